// The content-hash cache is reused only while file, config and packs are unchanged; shards partition.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Xiaobao, lintFiles } from '@xiaobao/node';

describe('cache', () => {
  it('reuses a result, and is invalidated by a changed file or config', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-cache-'));
    const f = path.join(d, 'a.md');
    fs.writeFileSync(f, '本产品稳赚不赔。\n');
    fs.writeFileSync(path.join(d, 'xiaobao.config.json'), JSON.stringify({ rules: {} }));
    const lint = async () => (await new Xiaobao({ cwd: d, cache: true }).lintFile(f)).messages.map((m) => m.ruleId);
    const first = await lint();
    expect(first.length).toBe(1);
    const files = fs.readdirSync(path.join(d, '.xiaobao-cache'));
    expect(files).toHaveLength(1);
    // a planted cache entry proves the second run reads the cache rather than linting again
    const entry = path.join(d, '.xiaobao-cache', files[0]);
    const planted = JSON.parse(fs.readFileSync(entry, 'utf8'));
    planted.messages[0].message = 'FROM-CACHE';
    fs.writeFileSync(entry, JSON.stringify(planted));
    expect((await new Xiaobao({ cwd: d, cache: true }).lintFile(f)).messages[0].message).toBe('FROM-CACHE');
    fs.writeFileSync(path.join(d, 'xiaobao.config.json'), JSON.stringify({ rules: { 'banned-terms': 'off' } }));
    expect(await lint()).toEqual([]);
    fs.writeFileSync(f, '本产品稳赚不赔，零风险。\n');
    fs.writeFileSync(path.join(d, 'xiaobao.config.json'), JSON.stringify({ rules: {} }));
    expect((await lint()).length).toBe(1);
  });
});

describe('cache entries', () => {
  it('store a rule\'s basis and suggestion once, and give back a result equal to a fresh one', async () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-cache-'));
    const f = path.join(d, 'a.md');
    // three findings of one rule, one of another
    fs.writeFileSync(f, '# 稳盈理财\n\n本产品稳赚不赔。\n\n本产品保本保收益。\n\n稳赚不赔，零风险。\n');
    const fresh = await new Xiaobao({ cwd: d, noConfig: true }).lintFile(f);
    const first = await new Xiaobao({ cwd: d, noConfig: true, cache: true }).lintFile(f);
    const dir = path.join(d, '.xiaobao-cache');
    const text = fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]), 'utf8');
    const cached = await new Xiaobao({ cwd: d, noConfig: true, cache: true }).lintFile(f);
    const strip = (r: typeof fresh) => JSON.parse(JSON.stringify({ ...r, source: undefined, findings: undefined, format: undefined }));
    expect(strip(cached)).toEqual(strip(fresh));
    expect(strip(first)).toEqual(strip(fresh));
    const withBasis = fresh.messages.filter((m) => m.basis?.length);
    expect(withBasis.length).toBeGreaterThan(2);
    const rules = new Set(withBasis.map((m) => m.ruleId));
    expect(rules.size).toBeLessThan(withBasis.length);
    // each rule's first instrument is written once per rule, not once per message
    const instrument = JSON.stringify(withBasis[0].basis![0]);
    expect(text.split(instrument).length - 1).toBe(1);
  });
});

describe('shards', () => {
  it('split the files into disjoint parts that cover them all', async () => {
    const ROOT = path.resolve(__dirname, '../../..');
    const all = (await lintFiles(['fixtures/wealth', 'fixtures/fund', 'fixtures/loan'], { cwd: ROOT, noConfig: true })).map((r) => r.filePath);
    const parts = await Promise.all([1, 2, 3].map(async (i) => (await lintFiles(['fixtures/wealth', 'fixtures/fund', 'fixtures/loan'], { cwd: ROOT, noConfig: true, shard: { index: i, count: 3 } })).map((r) => r.filePath)));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
  });
});

// scripts/corpus-ci.mjs: a document-level bootstrap interval of the scorer's F1, and of the difference between two engines
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../../scripts/corpus-ci.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const label = (family: string) => ({ label: { family, line: 1 } });
const finding = (family: string) => ({ finding: { family, line: 2, ruleId: `${family}/x` } });
const doc = (file: string, tp: number, fp: number, fn: number, family = 'banned-terms') => ({
  file, tp: Array.from({ length: tp }, () => ({ ...label(family), ...finding(family) })),
  fp: Array.from({ length: fp }, () => finding(family).finding), fn: Array.from({ length: fn }, () => label(family).label),
});

describe('corpus-ci', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-ci-'));
  const write = (name: string, docs: unknown[]) => { const f = path.join(dir, name); fs.writeFileSync(f, JSON.stringify({ perDocument: docs })); return f; };
  const nums = (line: string) => [...line.matchAll(/-?\d+\.\d{4}/g)].map((m) => Number(m[0]));

  it('gives the point F1 inside its interval, a narrower interval for more documents alike, and one family alone', () => {
    const few = write('few.json', [doc('a/m-1.md', 3, 1, 1), doc('a/m-2.md', 0, 2, 0), doc('a/m-3.md', 2, 0, 2, 'risk-disclosure')]);
    const many = write('many.json', Array.from({ length: 30 }, (_, i) => [doc(`a/m-${i}a.md`, 3, 1, 1), doc(`a/m-${i}b.md`, 0, 2, 0), doc(`a/m-${i}c.md`, 2, 0, 2, 'risk-disclosure')]).flat());
    const r1 = run(few), r2 = run(many), r3 = run(few, '--family', 'banned-terms');
    for (const r of [r1, r2, r3]) expect(r.status).toBe(0);
    expect(r1.stdout).toContain('3 documents, TP/FP/FN 5/3/3, F1 0.6250');
    expect(r3.stdout).toContain('banned-terms: 3 documents, TP/FP/FN 3/3/1, F1 0.6000');
    const [p1, lo1, hi1] = nums(r1.stdout), [p2, lo2, hi2] = nums(r2.stdout);
    expect(p1).toBe(p2);
    expect(lo1).toBeLessThanOrEqual(p1); expect(hi1).toBeGreaterThanOrEqual(p1);
    expect(hi2 - lo2).toBeLessThan(hi1 - lo1);
    expect(run(few).stdout).toBe(r1.stdout); // the same seed, the same draws
  });

  it('pairs two engines document by document, by file name, on the documents both scored', () => {
    const base = write('base.json', [doc('x/check/m-1.md', 3, 1, 1), doc('x/check/m-2.md', 0, 2, 0), doc('x/check/m-3.md', 1, 0, 0)]);
    const same = write('same.json', [doc('y/m-1.md', 3, 1, 1), doc('y/m-2.md', 0, 2, 0), doc('y/m-3.md', 1, 0, 0), doc('y/m-new.md', 0, 5, 0)]);
    const better = write('better.json', [doc('y/m-1.md', 4, 1, 0), doc('y/m-2.md', 0, 0, 0), doc('y/m-3.md', 1, 0, 0)]);
    const r0 = run(same, base), r1 = run(better, base);
    expect(r0.status).toBe(0);
    expect(r0.stdout).toContain('difference +0.0000, 95% interval 0.0000–0.0000; 0 documents changed; 1 documents scored by only one of the two left out');
    const line = r1.stdout.split('\n')[1];
    expect(line).toContain('2 documents changed');
    const [, diff, lo, hi] = nums(line);
    expect(diff).toBeGreaterThan(0);
    expect(lo).toBeGreaterThanOrEqual(0); // every draw is at least as good: the change never loses a finding
    expect(hi).toBeGreaterThanOrEqual(diff);
  });

  it('keeps with --unseen only the documents whose source repository no tune document comes from', () => {
    const root = path.join(dir, 'corpus');
    for (const d of ['mkt/tune', 'mkt/check']) fs.mkdirSync(path.join(root, d), { recursive: true });
    fs.writeFileSync(path.join(root, 'mkt/tune/m-t.md'), 'x');
    fs.writeFileSync(path.join(root, 'mkt/SOURCES.tsv'), [
      'm-t.md\thttps://github.com/Own/Repo/blob/abc/a.md\tnote',
      'm-1.md\thttps://github.com/own/repo/blob/def/b.md\tnote', // the tuned repository, another spelling
      'm-2.md\thttps://github.com/other/one/blob/abc/c.md\tnote',
      '',
    ].join('\n'));
    const out = write('unseen.json', [doc('x/check/m-1.md', 3, 1, 1), doc('x/check/m-2.md', 1, 2, 0), doc('x/check/m-3.md', 5, 0, 0)]);
    const r = run(out, '--unseen', root);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 documents (of 3: only those from a repository no tune document comes from; 1 with no source row left out), TP/FP/FN 1/2/0');
    const none = run(write('tuned.json', [doc('x/check/m-1.md', 3, 1, 1)]), '--unseen', root);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^xiaobao corpus-ci: .* scores no document from a repository no tune document comes from/);
  });

  it('refuses in one line, exit 2: no file, a file that is not the scorer\'s JSON, no shared document', () => {
    const other = write('other.json', [doc('z/q.md', 1, 0, 0)]);
    const base = write('b.json', [doc('z/p.md', 1, 0, 0)]);
    for (const r of [run(), run(SCRIPT), run(path.join(dir, 'missing.json')), run(other, base), run(other, '--draws', '5')]) {
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^xiaobao corpus-ci: /);
    }
  });
});

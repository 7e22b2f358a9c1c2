// The Node API: config discovery (overrides, ignores, extends), lintText, and the worker pool.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Xiaobao, lintFiles, lintText, loadConfig } from '@xiaobao/node';

const ROOT = path.resolve(__dirname, '../../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-api-'));
const write = (dir: string, name: string, text: string) => { const f = path.join(dir, name); fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, text); return f; };

describe('config', () => {
  it('overrides by glob set the product and kind; ignores skip files; the nearest config applies', async () => {
    const d = tmp();
    write(d, 'xiaobao.config.json', JSON.stringify({ overrides: [{ files: 'sms/*.txt', product: 'loan', kind: 'marketing' }], ignores: ['drafts/**'] }));
    write(d, 'sms/a.txt', '【云栖银行】月息低至0.8%，最快10分钟到账。\n');
    write(d, 'drafts/b.md', '本产品稳赚不赔。\n');
    write(d, 'sub/xiaobao.config.json', JSON.stringify({ root: true, rules: { 'banned-terms': 'off' } }));
    write(d, 'sub/c.md', '本产品稳赚不赔。\n');
    const res = await lintFiles(['.'], { cwd: d });
    const byName = Object.fromEntries(res.map((r) => [path.relative(d, r.filePath), r]));
    expect(Object.keys(byName).sort()).toEqual(['sms/a.txt', 'sub/c.md']);
    expect(byName['sms/a.txt'].product).toBe('loan');
    expect(byName['sms/a.txt'].messages.map((m) => m.ruleId)).toContain('rate-disclosure/apr-missing-in-loan-marketing');
    expect(byName['sub/c.md'].messages).toEqual([]);
  });

  it('extends presets and files; xiaobao:strict turns on context rules', async () => {
    const d = tmp();
    write(d, 'base.json', JSON.stringify({ rules: { 'banned-terms/absolute-superlative': 'warn' } }));
    write(d, 'xiaobao.config.json', JSON.stringify({ extends: ['xiaobao:strict', './base.json'] }));
    const cfg = loadConfig(path.join(d, 'x.md'));
    expect(cfg.strict).toBe(true);
    expect(cfg.levels['banned-terms/absolute-superlative']).toBe('warn');
    const r = await new Xiaobao({ cwd: d }).lintText('领先的财富管理品牌，最好的理财。', { filePath: path.join(d, 'x.md') });
    // (both rules fire in one sentence: one message, the other rule under also)
    const wording = r.messages.filter((m) => m.ruleId?.startsWith('banned-terms/'));
    expect(wording).toHaveLength(1);
    expect(wording[0].severity).toBe(1);
    const ids = wording.flatMap((m) => [m.ruleId, ...(m.also ?? []).map((a) => a.ruleId)]);
    expect(ids).toContain('banned-terms/superlative-context');
    expect(ids).toContain('banned-terms/absolute-superlative');
  });

  it('an unknown preset is a readable config error', () => {
    const d = tmp();
    write(d, 'xiaobao.config.json', JSON.stringify({ extends: 'xiaobao:loose' }));
    expect(() => loadConfig(path.join(d, 'x.md'))).toThrow(/没有名为 “xiaobao:loose” 的预设/);
  });
});

describe('lintText', () => {
  it('lints Markdown held in memory with product and kind', async () => {
    const r = await lintText('# 借款合同\n\n借款人提前还款的，应支付违约金。\n', { product: 'loan', kind: 'contract', noConfig: true });
    expect(r.messages.map((m) => m.ruleId)).toEqual(['key-clause-emphasis/loan-contract-key-terms']);
    expect(r.messages[0].fix?.text).toBe('**借款人提前还款的，应支付违约金。**');
  });
  it('HTML held in memory', async () => {
    const r = await lintText('<p>本产品<b>保本保收益</b>。</p>', { format: 'html', product: 'wealth', noConfig: true });
    expect(r.messages.find((m) => m.ruleId?.startsWith('banned-terms/'))).toMatchObject({ line: 1, column: 10, text: '保本保收益' });
  });
});

describe('a menu of links', () => {
  const menu = (href: string) => `<ul><li><a href="${href}1">首页</a></li><li><a href="${href}2">限时抢购</a></li><li><a href="${href}3">帮助中心</a></li></ul><p>本产品为非保本浮动收益型理财产品。</p>`;
  const ids = async (html: string) => (await lintText(html, { format: 'html', product: 'wealth', kind: 'marketing', noConfig: true })).findings.map((f) => f.ruleId).filter((id) => id.startsWith('banned-terms/'));
  it('whose links go to other pages names those pages: its words are their titles, not this page\'s wording', async () => {
    expect(await ids(menu('/youhui/'))).toEqual([]);
  });
  it('whose links go nowhere (#) is a row of this page\'s own tiles: its words are this page\'s', async () => {
    expect(await ids(menu('#'))).toEqual(['banned-terms/inducing-pressure-language']);
  });
});

describe('worker pool', () => {
  it('gives the same results as an in-process run, in the same order', async () => {
    const a = await lintFiles(['fixtures'], { cwd: ROOT, noConfig: true, concurrency: 'off' });
    const b = await lintFiles(['fixtures'], { cwd: ROOT, noConfig: true, concurrency: 2 });
    const key = (rs: typeof a) => rs.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)]);
    expect(key(b)).toEqual(key(a));
  }, 60_000);
});

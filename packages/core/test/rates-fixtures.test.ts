// Loan, installment, card and loan-contract snippets in fixtures/rates: each asserted finding or clean, with the
// computed rate (or the quoted offer, the fees left out) in the message where the check gives one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Xiaobao } from '@xiaobao/node';
import { Linter, plainTextDocument, type RulePack } from '../src/index.js';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'fixtures/rates');
const EXPECTED: Record<string, { product: 'loan' | 'credit-card' | 'fund' | 'deposit'; kind?: 'marketing' | 'contract' | 'notice'; expect: string[] }> = JSON.parse(fs.readFileSync(path.join(DIR, 'EXPECTED.json'), 'utf8'));

describe('rate fixtures', () => {
  it('there are at least 25, clean and not', () => {
    const all = Object.values(EXPECTED);
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(all.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(8);
  });
  it.each(Object.entries(EXPECTED))('%s', async (file, e) => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: e.product, kind: e.kind });
    const r = await x.lintFile(path.join(DIR, file));
    const got = r.messages.filter((m) => m.ruleId?.startsWith('rate-disclosure/'));
    expect(got.map((m) => `${m.line} ${m.ruleId}`)).toEqual(e.expect.map((w) => w.split(' ').slice(0, 2).join(' ')));
    e.expect.forEach((w, i) => { const rate = w.split(' ')[2]; if (rate) expect(got[i].message).toContain(rate); });
  });
  it('a rate of zero (a calculator\'s empty field) is no price to annualise; any other rate is', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan', kind: 'marketing' });
    const ids = async (t: string) => (await x.lintText(t, { format: 'text' })).messages.map((m) => m.ruleId);
    expect(await ids('借款计算器\n月利率： 0%\n借款期限：12个月')).not.toContain('rate-disclosure/apr-missing-in-loan-marketing');
    expect(await ids('借款计算器\n月利率： 0.5%\n借款期限：12个月')).toContain('rate-disclosure/apr-missing-in-loan-marketing');
  });
  it('a computed APR comes with a suggestion that inserts it', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan' });
    const r = await x.lintText('日利率0.05%起，最快5分钟到账。', { format: 'text' });
    const s = r.messages[0].suggestions![0];
    expect(s.fix.text).toBe('（年化利率（单利）约18.00%，按360天计）');
    expect(r.source!.slice(0, s.fix.range[0])).toBe('日利率0.05%');
  });
  it('a missing all-in cost statement is reported where a fee is charged, not at a fee defined or waived', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const at = (text: string) => {
      const f = new Linter({ packs: [pack], asOf: '2026-08-01' }).lint(plainTextDocument(text), { product: 'loan', kind: 'contract' }).findings.find((x) => x.ruleId === 'rate-disclosure/all-in-cost-statement-missing');
      return f && text.slice(0, f.start).split('\n').length;
    };
    // the fee defined first, charged later: the charging clause
    expect(at('# 个人借款合同\n\n第一条 服务费：指平台提供居间服务的对价。\n\n第二条 借款年化利率（单利）10.8%。\n\n第三条 借款人应按借款本金的1%向平台支付服务费。')).toBe(7);
    // a fee named only where it is waived is no fee: the rate clause, as before
    expect(at('# 个人借款合同\n\n第一条 本合同项下不收取服务费。\n\n第二条 借款日利率0.05%，按日计息。')).toBe(5);
    // a letter-spaced title (Word's 分 期 合 同, with no-break spaces) names a loan contract as well; a spaced title of
    // another agreement does not
    const body = '\n\n第一条 借款日利率0.05%，按日计息。\n\n第二条 借款人应按借款本金的1%向平台支付服务费。';
    expect(at('分\u00a0期\u00a0合\u00a0同' + body)).toBe(5);
    expect(at('借 款 合 同' + body)).toBe(5);
    expect(at('注 册 协 议' + body)).toBeUndefined();
  });
  it('the all-in cost statement is required from 2026-08-01 only (--as-of)', () => {
    const pack: RulePack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/rate-disclosure.json'), 'utf8'));
    const text = fs.readFileSync(path.join(DIR, 'r58-contract-no-all-in-cost.md'), 'utf8');
    const ids = (asOf: string) => new Linter({ packs: [pack], asOf }).lint(plainTextDocument(text), { product: 'loan', kind: 'contract' }).findings.map((f) => f.ruleId);
    expect(ids('2026-07-31')).not.toContain('rate-disclosure/all-in-cost-statement-missing');
    expect(ids('2026-08-01')).toContain('rate-disclosure/all-in-cost-statement-missing');
  });
});

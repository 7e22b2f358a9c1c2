// 33 loan, installment and card snippets in fixtures/rates: each asserted finding or clean, with the computed
// rate in the message where the check computes one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Xiaobao } from '@xiaobao/node';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'fixtures/rates');
const EXPECTED: Record<string, { product: 'loan' | 'credit-card' | 'fund' | 'deposit'; expect: string[] }> = JSON.parse(fs.readFileSync(path.join(DIR, 'EXPECTED.json'), 'utf8'));

describe('rate fixtures', () => {
  it('there are at least 25, clean and not', () => {
    const all = Object.values(EXPECTED);
    expect(all.length).toBeGreaterThanOrEqual(25);
    expect(all.filter((e) => e.expect.length === 0).length).toBeGreaterThanOrEqual(8);
  });
  it.each(Object.entries(EXPECTED))('%s', async (file, e) => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: e.product });
    const r = await x.lintFile(path.join(DIR, file));
    const got = r.messages.filter((m) => m.ruleId?.startsWith('rate-disclosure/'));
    expect(got.map((m) => `${m.line} ${m.ruleId}`)).toEqual(e.expect.map((w) => w.split(' ').slice(0, 2).join(' ')));
    e.expect.forEach((w, i) => { const rate = w.split(' ')[2]; if (rate) expect(got[i].message).toContain(rate); });
  });
  it('a computed APR comes with a suggestion that inserts it', async () => {
    const x = new Xiaobao({ cwd: ROOT, noConfig: true, product: 'loan' });
    const r = await x.lintText('日利率0.05%起，最快5分钟到账。', { format: 'text' });
    const s = r.messages[0].suggestions![0];
    expect(s.fix.text).toBe('（年化利率（单利）约18.00%，按360天计）');
    expect(r.source!.slice(0, s.fix.range[0])).toBe('日利率0.05%');
  });
});

// The Node API of `xiaobao review` (@xiaobao/node/review): the conclusion follows the config's `review` key
// (wording, what warnings only mean, the reviewer), and a waiver decided in an earlier review is not carried
// past its expiry.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { review, ReviewError } from '../src/review/index.js';

const ROOT = path.resolve(__dirname, '../../..');
const AD = '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品历史上从未亏损，稳赚不赔。\n';
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-review-api-'));

describe('review() — the config key `review`', () => {
  it('words the conclusion as configured; warnings only give the configured conclusion; the reviewer comes from the config', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'ad.md'), AD);
    fs.writeFileSync(path.join(dir, 'xiaobao.config.json'), JSON.stringify({ root: true, rules: { 'banned-terms': 'warn' }, review: { reviewer: '配置审核人', conclusions: { warnings: '有条件通过' } } }));
    const a = await review('ad.md', { cwd: dir, out: 'out', asOf: '2026-05-01' });
    expect(a.documents.map((d) => [d.document, d.conclusion, d.conclusionKey, d.errors, d.warnings])).toEqual([['ad.md', '有条件通过', 'warnings', 0, 1]]);
    const rec = JSON.parse(fs.readFileSync(path.join(dir, 'out/.xiaobao-reviews', fs.readdirSync(path.join(dir, 'out/.xiaobao-reviews'))[0]), 'utf8'));
    expect(rec).toMatchObject({ reviewer: '配置审核人', conclusion: '有条件通过', date: '2026-05-01' });

    fs.writeFileSync(path.join(dir, 'xiaobao.config.json'), JSON.stringify({ root: true, rules: { 'banned-terms': 'warn' }, review: { onlyWarnings: 'errors' } }));
    const b = await review('ad.md', { cwd: dir, out: 'out', reviewer: '张审核', asOf: '2026-05-02' });
    expect(b.documents[0]).toMatchObject({ conclusion: '不通过', conclusionKey: 'errors', previous: { conclusion: '有条件通过' } });
    expect(b.changedConclusion).toBe(1);
  });

  it('a contract between companies is concluded out of scope, not passed; given as a contract (kind) it is reviewed', async () => {
    const dir = tmp();
    const B2B = '# 借款合同\n\n贷款人：某某小额贷款有限公司\n\n法定代表人：张三\n\n借款人：某某贸易有限公司\n\n法定代表人：王五\n\n第一条 罚息\n\n借款人逾期还款的，贷款人按日万分之五计收罚息，并有权宣布贷款提前到期。\n';
    fs.writeFileSync(path.join(dir, 'b2b.md'), B2B);
    fs.writeFileSync(path.join(dir, 'xiaobao.config.json'), JSON.stringify({ root: true }));
    const a = await review('b2b.md', { cwd: dir, out: 'out', asOf: '2026-05-01' });
    expect(a.documents.map((d) => [d.conclusion, d.conclusionKey, d.errors, d.warnings])).toEqual([['不属于审查范围', 'out-of-scope', 0, 0]]);
    const b = await review('b2b.md', { cwd: dir, out: 'out2', kind: 'contract', asOf: '2026-05-01' });
    expect(b.documents[0].conclusionKey).not.toBe('out-of-scope');
    expect(b.documents[0].errors + b.documents[0].warnings).toBeGreaterThan(0);
  });

  it('an invalid `review` key is a config error naming the key', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'ad.md'), AD);
    fs.writeFileSync(path.join(dir, 'xiaobao.config.json'), JSON.stringify({ root: true, review: { onlyWarnings: 'maybe' } }));
    const r = await review('ad.md', { cwd: dir, out: 'out' });
    expect(r.documents[0].conclusionKey).toBe('failed');
    expect(r.documents[0].error).toMatch(/xiaobao\.config\.json: .*onlyWarnings/);
  });
});

describe('review() — carried-over waivers', () => {
  it('carry over while in force, not after they expire', async () => {
    const dir = tmp();
    fs.copyFileSync(path.join(ROOT, 'fixtures/review/loan-contract-v1.docx'), path.join(dir, 'v1.docx'));
    fs.copyFileSync(path.join(ROOT, 'fixtures/review/loan-contract-v2.docx'), path.join(dir, 'v2.docx'));
    const { Xiaobao } = await import('../src/index.js');
    const m = (await new Xiaobao({ cwd: dir, noConfig: true }).lintFile(path.join(dir, 'v1.docx'))).messages.find((x) => x.ruleId === 'key-clause-emphasis/format-clause-major-interest')!;
    fs.writeFileSync(path.join(dir, 'xiaobao-waivers.json'), JSON.stringify({ waivers: [{ ruleId: m.ruleId, file: 'v1.docx', fingerprint: m.fingerprint, reviewer: '李法务', reason: '标准文本', expires: '2026-05-31' }] }));
    const first = await review('v1.docx', { cwd: dir, noConfig: true, out: 'out', asOf: '2026-05-11' });
    expect(first.documents[0].waived).toBe(1);
    const inForce = await review('v2.docx', { cwd: dir, noConfig: true, out: 'out', previous: 'v1.docx', asOf: '2026-05-20' });
    expect(inForce.documents[0]).toMatchObject({ waived: 1, carried: 1, new: 1, resolved: 1, remaining: 2 });
    const expired = await review('v2.docx', { cwd: dir, noConfig: true, out: 'out', previous: 'v1.docx', asOf: '2026-06-02' });
    expect(expired.documents[0]).toMatchObject({ waived: 0, carried: 0, errors: 3 });
    await expect(review('v2.docx', { cwd: dir, noConfig: true, out: 'out', previous: 'nothing.json' })).rejects.toThrow(ReviewError);
  });
});

// `xiaobao review`, run as a process on real files: the opinion (审查意见书) read back with mammoth and rendered by
// LibreOffice (pdftotext), the ledger (台账) read back with exceljs and through LibreOffice's CSV export, the
// re-review of the revised contract (fixtures/review) with new / resolved / remaining findings and a carried-over
// waiver, a batch over a folder, and bad input: an unreadable document, a corrupt or locked ledger, two reviews
// at once.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const mammoth = createRequire(path.join(ROOT, 'packages/parsers/package.json'))('mammoth');
const ExcelJS = createRequire(path.join(ROOT, 'packages/node/package.json'))('exceljs');
const soffice = ['soffice', 'libreoffice'].find((b) => spawnSync('which', [b]).status === 0);
const pdftotext = spawnSync('which', ['pdftotext']).status === 0;
// LibreOffice Calc (libreoffice-calc-nogui in .ci/run) opens the .xlsx
const calc = !!soffice && ['/usr/lib/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'].some((f) => fs.existsSync(f));
const PACKS_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/index.json'), 'utf8')).version;
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
const env = { ...process.env, CI: 'true' };

function xb(cwd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...env, ...extraEnv } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function xbAsync(cwd: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let out = '', err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('close', (code) => resolve({ code, out, err }));
  });
}
const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), p));

/** the findings table of an opinion: rows of cell texts (mammoth's HTML) */
async function opinionTables(file: string): Promise<string[][][]> {
  const { value } = await mammoth.convertToHtml({ path: file });
  return [...value.matchAll(/<table>([^]*?)<\/table>/g)].map((t) => [...t[1].matchAll(/<tr>([^]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>([^]*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, ''))));
}
const squash = (s: string) => s.replace(/\s+/g, '');

/** the opinion as LibreOffice renders it: PDF, then its text */
function renderedText(file: string, outDir: string): string {
  const profile = tmp('lo-profile-');
  execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'ignore', timeout: 120_000 });
  const pdf = path.join(outDir, path.basename(file).replace(/\.docx$/, '.pdf'));
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
}

async function readLedger(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = (i: number) => { const rows: unknown[][] = []; wb.worksheets[i].eachRow((r: any) => rows.push(r.values.slice(1))); return rows; };
  const [head, ...rows] = sheet(0);
  return { names: wb.worksheets.map((w: any) => w.name), head: head as string[], rows: rows.map((r) => Object.fromEntries((head as string[]).map((h, i) => [h, r[i] ?? '']))), summary: sheet(1) };
}

describe('review: the two-version contract (fixtures/review)', () => {
  const dir = tmp('xiaobao-review-');
  const v1 = path.join(dir, 'contract.docx');
  const v2 = path.join(dir, 'contract-v2.docx');
  const out = path.join(dir, 'reviews');
  let first: ReturnType<typeof xb>, second: ReturnType<typeof xb>;
  let waived: { text: string; fingerprint: string };

  beforeAll(() => {
    fs.copyFileSync(path.join(ROOT, 'fixtures/review/loan-contract-v1.docx'), v1);
    fs.copyFileSync(path.join(ROOT, 'fixtures/review/loan-contract-v2.docx'), v2);
    // the reviewer accepts the unilateral-change clause (the head office's standard wording), with an expiry
    const lint = JSON.parse(xb(dir, ['lint', 'contract.docx', '--format', 'json']).out)[0].messages;
    waived = lint.find((m: any) => m.ruleId === 'key-clause-emphasis/format-clause-major-interest');
    fs.writeFileSync(path.join(dir, 'xiaobao-waivers.json'), JSON.stringify({ waivers: [{ ruleId: 'key-clause-emphasis/format-clause-major-interest', file: 'contract.docx', fingerprint: waived.fingerprint, text: waived.text, reviewer: '李法务', reason: '总行法律合规部审定的标准文本', expires: '2027-12-31' }] }));
    first = xb(dir, ['review', 'contract.docx', '--out', 'reviews', '--reviewer', '张审核', '--as-of', '2026-05-11']);
    // the revised version arrives under a new name: compared with the first review by --previous
    second = xb(dir, ['review', 'contract-v2.docx', '--previous', 'contract.docx', '--out', 'reviews', '--reviewer', '王复核', '--as-of', '2026-06-02']);
  }, 120_000);

  it('first review: exit 1, a summary line, the opinion, the reviewed copy, the record; the document untouched', () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(1);
    expect(first.out).toContain('contract.docx  不通过  错误 2，警告 0，已豁免 1');
    expect(first.out).toContain('共审查 1 个文档：不通过 1；与上次审查相比结论变化 0 个。');
    for (const f of ['contract.审查意见书.docx', 'contract.reviewed.docx', 'xiaobao-ledger.xlsx', 'xiaobao-ledger.csv']) expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    expect(fs.readdirSync(path.join(out, '.xiaobao-reviews')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    expect(sha(v1)).toBe(sha(path.join(ROOT, 'fixtures/review/loan-contract-v1.docx')));
  });

  it('the first opinion, read with mammoth: header, conclusion, one table row per finding with location, text, problem, basis, suggestion, status', async () => {
    const file = path.join(out, 'contract.审查意见书.docx');
    const text = (await mammoth.extractRawText({ path: file })).value;
    for (const s of ['消费者权益保护审查意见书', 'contract.docx', sha(v1).slice(0, 12), '贷款（loan）', '合同（contract）', '2026-05-11', '张审核', `版本 ${PACKS_VERSION}，内容哈希`, '无（首次审查）', '审查结论：', '不通过', '审查人（签字）：', '日期：']) expect(text).toContain(s);
    const [info, findings] = await opinionTables(file);
    expect(info.map((r) => r[0])).toEqual(['文档名称', '版本（SHA-256）', '产品类型', '文档类型', '审查日期', '审查人', '规则包', '上次审查']);
    expect(findings[0]).toEqual(['序号', '位置', '原文', '问题', '依据', '建议修改', '状态']);
    expect(findings.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', '第12段', '借款人授权贷款人在还款日从借款人的还款账户中自动扣款。'],
      ['2', '第14段', '借款人提前还款的，应按提前还款本金的2%支付提前还款违约金。'],
      ['3', '第16段', waived.text],
    ]);
    for (const r of findings.slice(1)) {
      expect(r[3]).toMatch(/^【错误】.+key-clause-emphasis\//);
      expect(r[4]).toContain('《中华人民共和国民法典》第四百九十六条');
      expect(r[5]).toContain('加粗');
    }
    expect(findings[1][6]).toBe('待修改');
    expect(findings[3][6]).toBe('已豁免理由：总行法律合规部审定的标准文本审查人：李法务有效期至：2027-12-31');
  });

  it('re-review of the revised version: new, resolved and remaining findings; the waiver carries over', async () => {
    expect(second.err).toBe('');
    expect(second.code).toBe(1);
    expect(second.out).toContain('contract-v2.docx  不通过  错误 2，警告 0，已豁免 1；较 2026-05-11：新增 1，已解决 1，仍存在 2，沿用豁免 1');
    const file = path.join(out, 'contract-v2.审查意见书.docx');
    const text = (await mammoth.extractRawText({ path: file })).value;
    expect(text).toContain(`2026-05-11，版本 ${sha(v1).slice(0, 12)}，结论：不通过，审查人：张审核`);
    expect(text).toContain('与上次审查相比：新增问题 1 个，已解决 1 个，仍存在 2 个。');
    expect(text).toContain('（其中沿用上次审查的豁免决定 1 个）');
    const [, findings, resolved] = await opinionTables(file);
    expect(findings.slice(1).map((r) => [r[1], r[6]])).toEqual([
      ['第14段', '待修改（上次已提出）'],
      ['第16段', '已豁免理由：总行法律合规部审定的标准文本审查人：李法务有效期至：2027-12-31（沿用 2026-05-11 审查的决定）（上次已提出）'],
      ['第17段', '待修改（本次新增）'],
    ]);
    expect(findings[3][2]).toContain('第三方催收机构');
    expect(resolved.slice(1).map((r) => [r[1], r[2]])).toEqual([['第12段', '借款人授权贷款人在还款日从借款人的还款账户中自动扣款。']]);
    // the record keeps the decision for the review after this one
    const rec = fs.readdirSync(path.join(out, '.xiaobao-reviews')).map((f) => JSON.parse(fs.readFileSync(path.join(out, '.xiaobao-reviews', f), 'utf8'))).find((r) => r.document === 'contract-v2.docx');
    expect(rec.findings.find((f: any) => f.status === 'waived').waiver).toEqual({ reason: '总行法律合规部审定的标准文本', reviewer: '李法务', expires: '2027-12-31', carried: true, since: '2026-05-11' });
  });

  it('the ledger: one row per review with counts by family and severity, the previous review; a monthly summary sheet (exceljs)', async () => {
    const l = await readLedger(path.join(out, 'xiaobao-ledger.xlsx'));
    expect(l.names).toEqual(['台账', '汇总']);
    expect(l.head.slice(0, 9)).toEqual(['审查日期', '文档', '版本哈希', '产品', '文档类型', '结论', '错误', '警告', '已豁免']);
    expect(l.head).toEqual(expect.arrayContaining(['banned-terms', 'risk-disclosure', 'key-clause-emphasis', 'rate-disclosure', '新增', '已解决', '仍存在', '豁免说明', '审查人', '规则包', '上次审查', '上次结论']));
    expect(l.rows).toHaveLength(2);
    expect(l.rows[0]).toMatchObject({ 审查日期: '2026-05-11', 文档: 'contract.docx', 版本哈希: sha(v1).slice(0, 12), 产品: '贷款（loan）', 文档类型: '合同（contract）', 结论: '不通过', 错误: 2, 警告: 0, 已豁免: 1, 'key-clause-emphasis': 2, 审查人: '张审核', 上次审查: '', 意见书: 'contract.审查意见书.docx' });
    expect(l.rows[0].规则包).toMatch(new RegExp(`^${PACKS_VERSION.replace(/\./g, '\\.')} / [0-9a-f]{12}$`));
    expect(l.rows[0].豁免说明).toContain('总行法律合规部审定的标准文本（李法务）');
    expect(l.rows[1]).toMatchObject({ 审查日期: '2026-06-02', 文档: 'contract-v2.docx', 版本哈希: sha(v2).slice(0, 12), 结论: '不通过', 错误: 2, 已豁免: 1, 'key-clause-emphasis': 2, 新增: 1, 已解决: 1, 仍存在: 2, 上次审查: `2026-05-11 ${sha(v1).slice(0, 12)} contract.docx`, 上次结论: '不通过', 审查人: '王复核' });
    expect(l.rows[1].豁免说明).toContain('[沿用]');
    expect(l.summary[0].slice(0, 3)).toEqual(['月份', '审查次数', '不通过']);
    const fam = (l.summary[0] as string[]).indexOf('key-clause-emphasis');
    expect(l.summary.slice(1).map((r) => [r[0], r[1], r[fam]])).toEqual([['2026-05', 1, 2], ['2026-06', 1, 2], ['合计', 2, 4]]);
    // the CSV twin: UTF-8 with a BOM, the same rows
    const csv = fs.readFileSync(path.join(out, 'xiaobao-ledger.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',')).toEqual(l.head);
    expect(lines[2]).toContain(`2026-06-02,contract-v2.docx,${sha(v2).slice(0, 12)}`);
  });

  it.skipIf(!soffice || !pdftotext)('LibreOffice renders both opinions with the conclusion and every finding', () => {
    const pdfDir = tmp('xiaobao-review-pdf-');
    for (const [name, texts] of [
      ['contract.审查意见书.docx', ['借款人授权贷款人在还款日从借款人的还款账户中自动扣款。', '借款人提前还款的，应按提前还款本金的2%支付提前还款违约金。', waived.text]],
      ['contract-v2.审查意见书.docx', ['借款人提前还款的，应按提前还款本金的2%支付提前还款违约金。', waived.text, '借款人逾期还款的，贷款人有权将借款人的逾期信息提供给第三方催收机构。', '借款人授权贷款人在还款日从借款人的还款账户中自动扣款。', '本次新增', '沿用2026-05-11审查的决定']],
    ] as const) {
      const t = squash(renderedText(path.join(out, name), pdfDir));
      expect(t).toContain('审查结论：不通过');
      for (const s of texts) expect(t, `${name}: ${s}`).toContain(squash(s));
    }
  }, 240_000);

  it.skipIf(!calc)('LibreOffice Calc opens the ledger: its CSV export has both rows', () => {
    const pdfDir = tmp('xiaobao-review-csv-');
    const profile = tmp('lo-profile-');
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', pdfDir, path.join(out, 'xiaobao-ledger.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    // (LibreOffice quotes every text cell)
    const rows = fs.readFileSync(path.join(pdfDir, 'xiaobao-ledger.csv'), 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/).map((r) => r.replace(/"/g, ''));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^审查日期,文档,版本哈希/);
    expect(rows[1]).toMatch(/^2026-05-11,contract\.docx,[0-9a-f]{12},贷款（loan）,合同（contract）,不通过,2,0,1,/);
    expect(rows[2]).toMatch(/^2026-06-02,contract-v2\.docx,[0-9a-f]{12},贷款（loan）,合同（contract）,不通过,2,0,1,/);
  }, 240_000);

  it('in English with --locale en', async () => {
    const r = xb(dir, ['review', 'contract-v2.docx', '--out', 'reviews-en', '--locale', 'en', '--as-of', '2026-06-03']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Reviewed 1 document(s): Fail 1');
    const text = (await mammoth.extractRawText({ path: path.join(dir, 'reviews-en/contract-v2.opinion.docx') })).value;
    for (const s of ['Consumer Protection Review Opinion', 'Conclusion: ', 'Fail', 'paragraph 14', 'Reviewer (signature): ', 'none (first review)']) expect(text).toContain(s);
    expect((await readLedger(path.join(dir, 'reviews-en/xiaobao-ledger.xlsx'))).head.slice(0, 3)).toEqual(['Date', 'Document', 'Version hash']);
  });
});

describe('review: a batch over a folder', () => {
  it('reviews every document (worker pool, cache), records an unreadable one in the ledger and goes on; the second run matches by path and counts changed conclusions', async () => {
    const dir = tmp('xiaobao-review-batch-');
    const archive = path.join(dir, 'archive');
    fs.mkdirSync(path.join(archive, 'ads'), { recursive: true });
    fs.mkdirSync(path.join(archive, 'contracts'));
    fs.copyFileSync(path.join(ROOT, 'fixtures/wealth/branch-poster.txt'), path.join(archive, 'ads/branch-poster.txt'));
    fs.copyFileSync(path.join(ROOT, 'fixtures/wealth/product-notice-clean.md'), path.join(archive, 'ads/notice.md'));
    fs.writeFileSync(path.join(archive, 'ads/ad.md'), '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品历史上从未亏损，稳赚不赔。\n');
    fs.copyFileSync(path.join(ROOT, 'fixtures/review/loan-contract-v1.docx'), path.join(archive, 'contracts/loan.docx'));
    fs.copyFileSync(path.join(ROOT, 'fixtures/bad/corrupt.docx'), path.join(archive, 'contracts/corrupt.docx'));
    const corrupt = sha(path.join(archive, 'contracts/corrupt.docx'));
    const args = ['review', 'archive', '--out', 'reviews', '--concurrency', '2', '--cache', '--cache-location', '.cache', '--as-of', '2026-03-02'];
    const a = xb(dir, args);
    expect(a.code).toBe(2);
    expect(a.err.trim().split('\n')).toEqual([expect.stringMatching(/^xiaobao: archive\/contracts\/corrupt\.docx: .+/)]);
    expect(a.out).toMatch(/archive\/contracts\/corrupt\.docx {2}无法审查 {2}\S/);
    expect(a.out).toContain('共审查 5 个文档：');
    expect(a.out).toContain('与上次审查相比结论变化 0 个');
    expect(fs.readdirSync(path.join(dir, '.cache')).length).toBeGreaterThan(0);
    for (const f of ['ads/branch-poster.txt.审查意见书.docx', 'ads/branch-poster.txt.report.html', 'ads/notice.md.审查意见书.docx', 'ads/ad.md.审查意见书.docx', 'contracts/loan.审查意见书.docx', 'contracts/loan.reviewed.docx']) expect(fs.existsSync(path.join(dir, 'reviews', f)), f).toBe(true);
    expect(fs.existsSync(path.join(dir, 'reviews/contracts/corrupt.审查意见书.docx'))).toBe(false);
    expect(sha(path.join(archive, 'contracts/corrupt.docx'))).toBe(corrupt);
    let l = await readLedger(path.join(dir, 'reviews/xiaobao-ledger.xlsx'));
    expect(l.rows.map((r) => [r.文档, r.结论])).toEqual(expect.arrayContaining([['archive/ads/notice.md', '通过'], ['archive/ads/ad.md', '不通过'], ['archive/contracts/corrupt.docx', '无法审查']]));
    expect(l.rows.find((r) => r.文档 === 'archive/contracts/corrupt.docx')!.错误信息).toMatch(/\S/);
    const clean = await opinionTables(path.join(dir, 'reviews/ads/notice.md.审查意见书.docx'));
    expect(clean).toHaveLength(1);
    expect((await mammoth.extractRawText({ path: path.join(dir, 'reviews/ads/notice.md.审查意见书.docx') })).value).toContain('未发现问题。');

    // the ad is fixed; the rest unchanged: matched by path, one conclusion changes
    fs.writeFileSync(path.join(archive, 'ads/ad.md'), '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品不保证本金和收益。\n');
    fs.rmSync(path.join(archive, 'contracts/corrupt.docx'));
    const b = xb(dir, args.map((x) => (x === '2026-03-02' ? '2026-04-01' : x)));
    expect(b.err).toBe('');
    expect(b.code).toBe(1);
    expect(b.out).toContain('archive/ads/ad.md  通过（上次：不通过）  错误 0，警告 0，已豁免 0；较 2026-03-02：新增 0，已解决 1，仍存在 0');
    expect(b.out).toContain('与上次审查相比结论变化 1 个');
    l = await readLedger(path.join(dir, 'reviews/xiaobao-ledger.xlsx'));
    expect(l.rows).toHaveLength(9);
    expect(l.rows.filter((r) => r.文档 === 'archive/ads/ad.md').map((r) => [r.审查日期, r.结论, r.上次结论, r.已解决])).toEqual([['2026-03-02', '不通过', '', ''], ['2026-04-01', '通过', '不通过', 1]]);
  }, 180_000);

  it.skipIf(spawnSync('which', ['script']).status !== 0)('shows the progress line on a terminal', () => {
    const dir = tmp('xiaobao-review-tty-');
    const e = { ...process.env, XIAOBAO_PROGRESS_AFTER_MS: '0' };
    delete (e as Record<string, string | undefined>).CI;
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} review ${path.join(ROOT, 'fixtures/wealth')} --out ${path.join(dir, 'out')} > /dev/null`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: e });
    expect(r.stdout).toMatch(/检查中 \d+\/\d+/);
  });
});

describe('review: bad input', () => {
  const doc = '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品历史上从未亏损，稳赚不赔。\n';
  const setup = () => { const dir = tmp('xiaobao-review-bad-'); fs.writeFileSync(path.join(dir, 'ad.md'), doc); fs.writeFileSync(path.join(dir, 'ad2.md'), doc.replace('启元', '安盈')); return dir; };

  it('a corrupt ledger is reported in one line (exit 2) and left byte-identical; nothing is written', () => {
    const dir = setup();
    fs.mkdirSync(path.join(dir, 'reviews'));
    const ledger = path.join(dir, 'reviews/xiaobao-ledger.xlsx');
    fs.writeFileSync(ledger, Buffer.concat([Buffer.from('PK\x03\x04'), crypto.randomBytes(500)]));
    const before = sha(ledger);
    const r = xb(dir, ['review', 'ad.md', '--out', 'reviews']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^xiaobao: .*xiaobao-ledger\.xlsx: 台账已损坏或不是 Excel 文件，未做任何改动/)]);
    expect(r.err).not.toMatch(/\bat \w+.*\.js:\d+/);
    expect(sha(ledger)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'reviews'))).toEqual(['xiaobao-ledger.xlsx']);
  });

  it('a workbook that is not a xiaobao ledger is refused the same way', async () => {
    const dir = setup();
    fs.mkdirSync(path.join(dir, 'reviews'));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('预算').addRow(['科目', '金额']);
    await wb.xlsx.writeFile(path.join(dir, 'reviews/xiaobao-ledger.xlsx'));
    const before = sha(path.join(dir, 'reviews/xiaobao-ledger.xlsx'));
    const r = xb(dir, ['review', 'ad.md', '--out', 'reviews']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/不是 xiaobao 台账/);
    expect(sha(path.join(dir, 'reviews/xiaobao-ledger.xlsx'))).toBe(before);
  });

  it('a ledger open in an office application, or locked by a running review, is reported (exit 2) and left byte-identical; a lock left by a dead process is taken over', () => {
    const dir = setup();
    expect(xb(dir, ['review', 'ad.md', '--out', 'reviews']).code).toBe(1);
    const ledger = path.join(dir, 'reviews/xiaobao-ledger.xlsx');
    const before = [sha(ledger), sha(path.join(dir, 'reviews/xiaobao-ledger.csv'))];
    const office = path.join(dir, 'reviews/.~lock.xiaobao-ledger.xlsx#');
    fs.writeFileSync(office, ',someone,host,01.01.2026 10:00,file:///home/someone/.config/libreoffice/4;');
    const o = xb(dir, ['review', 'ad.md', '--out', 'reviews']);
    expect(o.code).toBe(2);
    expect(o.err).toMatch(/台账正被 Excel\/WPS\/LibreOffice 打开/);
    fs.rmSync(office);
    // a lock held by a live process (this test) for longer than the wait
    const lock = path.join(dir, 'reviews/xiaobao-ledger.xlsx.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname() }));
    const l = xb(dir, ['review', 'ad.md', '--out', 'reviews'], { XIAOBAO_LEDGER_LOCK_TIMEOUT_MS: '300' });
    expect(l.code).toBe(2);
    expect(l.err.trim().split('\n')).toEqual([expect.stringMatching(/台账被另一个审查进程锁定.*未做任何改动/)]);
    expect([sha(ledger), sha(path.join(dir, 'reviews/xiaobao-ledger.csv'))]).toEqual(before);
    // the same lock from a process that is gone
    fs.writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    expect(xb(dir, ['review', 'ad.md', '--out', 'reviews']).code).toBe(1);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('two reviews started at once both land in the ledger', async () => {
    const dir = setup();
    // hold the lock while both start, so that both have to wait for it and take turns
    fs.mkdirSync(path.join(dir, 'reviews'));
    const lock = path.join(dir, 'reviews/xiaobao-ledger.xlsx.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname() }));
    const both = Promise.all([xbAsync(dir, ['review', 'ad.md', '--out', 'reviews']), xbAsync(dir, ['review', 'ad2.md', '--out', 'reviews'])]);
    await new Promise((r) => setTimeout(r, 1500));
    fs.rmSync(lock);
    const [a, b] = await both;
    expect([a.code, b.code, a.err, b.err]).toEqual([1, 1, '', '']);
    const l = await readLedger(path.join(dir, 'reviews/xiaobao-ledger.xlsx'));
    expect(l.rows.map((r) => r.文档).sort()).toEqual(['ad.md', 'ad2.md']);
    expect(fs.readFileSync(path.join(dir, 'reviews/xiaobao-ledger.csv'), 'utf8').trim().split('\r\n')).toHaveLength(3);
    expect(fs.readdirSync(path.join(dir, 'reviews')).filter((f) => f.includes('.tmp') || f.endsWith('.lock'))).toEqual([]);
  }, 60_000);

  it('usage: --out is required; --previous takes one document and an existing review', () => {
    const dir = setup();
    const a = xb(dir, ['review', 'ad.md']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/review 需要 --out 目录/);
    const b = xb(dir, ['review', 'ad.md', 'ad2.md', '--out', 'reviews', '--previous', 'ad.md']);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--previous 只能用于一个文档/);
    const c = xb(dir, ['review', 'ad2.md', '--out', 'reviews', '--previous', 'ad.md']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/ad\.md: 在 .*reviews 中没有该文档的审查记录/);
  });
});

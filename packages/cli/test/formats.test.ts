// Machine formats and gates, through the CLI process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const require = createRequire(path.join(ROOT, 'package.json'));
const requireParsers = createRequire(path.join(ROOT, 'packages/parsers/package.json'));
let dir: string;
const run = (args: string[]) => { const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }); return { code: r.status, stdout: r.stdout, stderr: r.stderr }; };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-fmt-'));
  fs.writeFileSync(path.join(dir, 'err.md'), '本产品稳赚不赔。\n');
  // warnings only: a loan contract clause that is not bold is an error; a strict-only context term is a warning
  fs.writeFileSync(path.join(dir, 'warn.md'), '# 云栖银行财富节\n\n领先的财富管理品牌，欢迎咨询。\n');
  fs.writeFileSync(path.join(dir, 'clean.md'), '# 网点公告\n\n城东支行营业时间调整为每日九点至十七点。\n');
});

describe('formats', () => {
  it('sarif 2.1.0: rule metadata with helpUri and basis, results pointing at rules and regions', () => {
    const r = run(['lint', '--format', 'sarif', 'err.md']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('xiaobao');
    const res = run0.results[0];
    const rule = run0.tool.driver.rules[res.ruleIndex];
    expect(rule.id).toBe(res.ruleId);
    expect(rule.helpUri).toMatch(/docs\/rules\/banned-terms\/[a-z-]+\.md$/);
    expect(rule.help.text).toContain('依据：');
    expect(res.level).toBe('error');
    expect(res.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'err.md' }, region: { startLine: 1, startColumn: 4, snippet: { text: '稳赚不赔' } } });
  });
  it('junit parses back as XML with one failure per finding', () => {
    const r = run(['lint', '--format', 'junit', 'err.md', 'clean.md']);
    const { DOMParser } = requireParsers('@xmldom/xmldom');
    const doc = new DOMParser().parseFromString(r.stdout, 'text/xml');
    const suites = Array.from(doc.getElementsByTagName('testsuite') as ArrayLike<any>);
    expect(suites.map((s) => s.getAttribute('name'))).toEqual(['err.md', 'clean.md']);
    expect(doc.getElementsByTagName('failure').length).toBe(1);
    expect(doc.documentElement.getAttribute('failures')).toBe('1');
  });
  it('github annotations', () => {
    const r = run(['lint', '--format', 'github', 'err.md']);
    expect(r.stdout.trim()).toMatch(/^::error file=err\.md,line=1,col=4,endLine=1,endColumn=8,title=banned-terms\/[a-z-]+::“稳赚不赔”/);
  });
  it('--output writes the report to a file', () => {
    const r = run(['lint', '--format', 'json', '--output', 'out/report.json', 'err.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8'))[0].errorCount).toBe(1);
  });
});

describe('why a document was read as it was', () => {
  it('stylish, JSON and the HTML report say what decided the kind and the product; a --kind given says so', () => {
    fs.writeFileSync(path.join(dir, 'contract.md'), '# 个人借款合同\n\n借款人逾期的，贷款人有权按日万分之五计收罚息。\n');
    fs.writeFileSync(path.join(dir, 'faq.txt'), ['活期宝有什么优点？', '加入活期宝后，可享受5.6%的固定收益，稳赚不赔。', '活期宝是否收费？', '不收取任何费用。', '如何转出？', '在账户页面点击转出。', '转出多久到账？', '一般当日到账。'].join('\n'));
    const stylish = run(['lint', 'contract.md', 'faq.txt']).stdout;
    expect(stylish).toContain('（识别为：loan / contract；依据：标题“个人借款合同”；产品关键词“');
    expect(stylish).toContain('依据：问答格式，如“活期宝有什么优点？”');
    const json = JSON.parse(run(['lint', '--format', 'json', 'contract.md', 'faq.txt']).stdout);
    expect(json[0].why.kind).toEqual({ by: 'title', cue: '个人借款合同' });
    expect(json[0].why.product).toContain('借款人');
    expect(json[1].why.kind.by).toBe('help-page');
    expect(JSON.parse(run(['lint', '--format', 'json', '--kind', 'marketing', 'faq.txt']).stdout)[0].why.kind).toEqual({ by: 'given' });
    expect(run(['lint', '--locale', 'en', 'contract.md']).stdout).toContain('(detected: loan / contract; by title “个人借款合同”; product cue words “');
    expect(run(['lint', '--format', 'html', 'contract.md']).stdout).toContain('依据：标题“个人借款合同”');
  });
});

describe('sarif against the official OASIS SARIF 2.1.0 schema (test/schemas)', () => {
  const Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'schemas/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the official schema's language pattern is not a valid /u regexp;
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const check = (log: unknown) => { const ok = validate(log); return ok ? [] : validate.errors.map((e: any) => `${e.instancePath} ${e.message}`); };
  const sarifOf = (args: string[], cwd = dir) => { const r = spawnSync(process.execPath, [BIN, 'lint', '--format', 'sarif', ...args], { cwd, encoding: 'utf8' }); return JSON.parse(r.stdout); };

  it('every bundled fixture (Markdown, text, GBK, HTML, .docx, rates) gives a valid log', () => {
    const log = sarifOf(['fixtures/'], ROOT);
    expect(log.runs[0].results.length).toBeGreaterThan(50);
    expect(check(log)).toEqual([]);
  });
  it('a clean file, and waived findings carried as suppressions, are valid too', () => {
    expect(check(sarifOf(['clean.md']))).toEqual([]);
    const w = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-sarif-'));
    fs.writeFileSync(path.join(w, 'ad.md'), '本产品稳赚不赔。\n');
    spawnSync(process.execPath, [BIN, 'lint', '--write-waivers', '--reviewer', '李审核', 'ad.md'], { cwd: w });
    const log = sarifOf(['ad.md'], w);
    expect(log.runs[0].results[0].suppressions[0]).toMatchObject({ kind: 'external', justification: expect.stringContaining('李审核') });
    expect(check(log)).toEqual([]);
  });
  it('the validator does reject a malformed log (so the checks above can fail)', () => {
    const log = sarifOf(['err.md']);
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(check(log).join('\n')).toMatch(/level[\s\S]*startLine|startLine[\s\S]*level/);
  });
});

describe('gates', () => {
  it('warnings alone exit 0; --fail-on warn and --max-warnings 0 make them exit 1; --quiet hides them', () => {
    expect(run(['lint', '--strict', 'warn.md']).code).toBe(0);
    expect(run(['lint', '--strict', '--fail-on', 'warn', 'warn.md']).code).toBe(1);
    const m = run(['lint', '--strict', '--max-warnings', '0', 'warn.md']);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('超过 --max-warnings 0');
    expect(run(['lint', '--strict', '--max-warnings', '5', 'warn.md']).code).toBe(0);
    const q = run(['lint', '--strict', '--quiet', '--format', 'json', 'warn.md']);
    expect(JSON.parse(q.stdout)[0].messages).toEqual([]);
  });
  it('errors exit 1 whatever the warning gates; bad gate values exit 2', () => {
    expect(run(['lint', '--max-warnings', '100', 'err.md']).code).toBe(1);
    expect(run(['lint', '--max-warnings', 'many', 'err.md']).code).toBe(2);
    expect(run(['lint', '--fail-on', 'info', 'err.md']).code).toBe(2);
  });
});

// The CLI as a process: exit codes, JSON shape, bad input, config errors, --fix.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
let dir: string;

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const write = (name: string, content: string | Buffer) => { const f = path.join(dir, name); fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, content); return f; };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-cli-'));
  write('bad.md', '# 启元理财稳享1号\n\n本产品保本保收益，稳赚不赔。\n');
  write('clean.md', '# 澄江银行网点营业时间调整公告\n\n自下月起，本行城东支行营业时间调整为每日9:00至17:00。\n');
});

describe('xiaobao lint', () => {
  it('exits 1 with errors and prints ESLint-shaped JSON', () => {
    const r = run(['lint', '--format', 'json', 'bad.md']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0])).toEqual(expect.arrayContaining(['filePath', 'messages', 'errorCount', 'warningCount']));
    const m = out[0].messages.find((x: any) => x.text?.startsWith('保本保收益'));
    expect(m).toMatchObject({ ruleId: expect.stringMatching(/^banned-terms\//), severity: 2, line: 3, column: 4, endLine: 3, text: '保本保收益，稳赚不赔' });
    expect(m.endColumn).toBe(m.column + m.text.length);
    expect(typeof m.message).toBe('string');
    expect(out[0].errorCount).toBeGreaterThan(0);
  });

  it('exits 0 on a clean file', () => {
    const r = run(['lint', 'clean.md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('stylish output quotes the text, names the rule, the basis and the suggestion', () => {
    const r = run(['lint', 'bad.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('原文：“保本保收益，稳赚不赔”');
    expect(r.stdout).toMatch(/banned-terms\/[a-z-]+/);
    expect(r.stdout).toContain('依据：');
    expect(r.stdout).toContain('建议：');
    expect(r.stdout).toMatch(/共 \d+ 个问题/);
  });

  it('speaks English with --locale en', () => {
    const r = run(['lint', '--locale', 'en', 'bad.md']);
    expect(r.stdout).toContain('Basis:'.replace(':', '：'));
    expect(r.stdout).toMatch(/problems? \(/);
  });

  it('a contract between companies: no rule applies, and the reviewer is told why (stylish), the pipeline too (json)', () => {
    const b2b = '借款合同\n贷款人：某某小额贷款有限公司\n法定代表人：张三\n借款人：某某贸易有限公司\n法定代表人：王五\n第一条 罚息\n借款人逾期还款的，贷款人按日万分之五计收罚息，并有权宣布贷款提前到期。\n';
    write('b2b.md', b2b);
    const r = run(['lint', 'b2b.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('b2b.md');
    expect(r.stdout).toContain('双方均为企业的合同，不属于金融消费者权益保护审查范围');
    const out = JSON.parse(run(['lint', '--format', 'json', 'b2b.md']).stdout);
    expect(out[0]).toMatchObject({ outOfScope: 'business', messages: [], kind: 'contract' });
    // …unless the reviewer says it is a contract to review
    expect(run(['lint', '--kind', 'contract', 'b2b.md']).code).toBe(1);
    // the same contract with a person as the borrower is reviewed
    write('b2c.md', b2b.replace('某某贸易有限公司\n法定代表人：王五', '李四\n身份证号码：110101199001011234'));
    const p = run(['lint', '--format', 'json', 'b2c.md']);
    expect(p.code).toBe(1);
    expect(JSON.parse(p.stdout)[0].outOfScope).toBeUndefined();
    expect(run(['lint', 'clean.md']).stdout).toBe('');
    // the HTML report lists it apart from the clean files: not reviewed, and why
    const report = path.join(dir, 'scope.html');
    run(['lint', 'b2b.md', 'clean.md', '--format', 'html', '--output', report]);
    const html = fs.readFileSync(report, 'utf8');
    expect(html).toMatch(/<h2>未审查的文件<\/h2><ul><li>b2b\.md：双方均为企业的合同/);
    expect(html).toMatch(/<h2>未发现问题的文件<\/h2><ul><li>clean\.md<\/li><\/ul>/);
    // and the machine formats: a SARIF note (the run still successful), a skipped JUnit case, a GitHub notice
    const sarif = JSON.parse(run(['lint', 'b2b.md', '--format', 'sarif']).stdout);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: expect.stringContaining('双方均为企业的合同') } }] });
    const junit = run(['lint', 'b2b.md', 'clean.md', '--format', 'junit']).stdout;
    expect(junit).toMatch(/<testsuites name="xiaobao" tests="2" failures="0" errors="0" skipped="1">/);
    expect(junit).toMatch(/<testcase classname="b2b\.md" name="xiaobao"><skipped message="双方均为企业的合同/);
    expect(junit).toMatch(/<testcase classname="clean\.md" name="xiaobao"\/>/);
    expect(run(['lint', 'b2b.md', '--format', 'github']).stdout).toMatch(/^::notice file=b2b\.md,title=xiaobao::双方均为企业的合同/);
  });

  it('recurses into directories, skipping node_modules and .git', () => {
    write('tree/a/x.md', '本产品稳赚不赔。\n');
    write('tree/node_modules/y.md', '本产品稳赚不赔。\n');
    write('tree/.git/z.md', '本产品稳赚不赔。\n');
    const out = JSON.parse(run(['lint', '--format', 'json', 'tree']).stdout);
    expect(out.map((r: any) => path.relative(dir, r.filePath))).toEqual([path.join('tree', 'a', 'x.md')]);
  });

  it('a binary file: one readable line naming it, exit 2, other files still linted', () => {
    const bin = Buffer.alloc(4096); for (let i = 0; i < bin.length; i++) bin[i] = (i * 131) % 256;
    write('binary.txt', bin);
    const r = run(['lint', '--format', 'json', 'binary.txt', 'bad.md']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^xiaobao: binary\.txt: .*二进制/)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout);
    expect(out.find((x: any) => x.filePath.endsWith('binary.txt')).messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null });
    expect(out.find((x: any) => x.filePath.endsWith('bad.md')).errorCount).toBeGreaterThan(0);
  });

  it('a file that cannot be read (a FIFO, never a hang): exit 2', () => {
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const r = run(['lint', 'pipe.md', 'bad.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pipe\.md: .*不是普通文件/);
  });

  it('an unsupported file type named explicitly: exit 2', () => {
    write('x.pdf', '%PDF-1.4');
    const r = run(['lint', 'x.pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.pdf: .*不支持的文件类型/);
  });

  it('a pattern that matches nothing: exit 2', () => {
    const r = run(['lint', 'nope/*.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有找到可检查的文件');
  });

  it('a reader that stops early (| head): the output ends quietly, no stack trace', () => {
    // ~20,000 findings: far more JSON than a pipe holds, so the writes go on after the reader has gone
    write('many.md', `# 启元理财\n\n${'本产品保本保收益，稳赚不赔。\n\n'.repeat(5000)}`);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" lint --format json many.md | head -c 100 >/dev/null`], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('usage errors exit 2 with a hint', () => {
    const r = run(['lint', '--format', 'xml', 'bad.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format 的取值应为 stylish\|json/);
    expect(run(['frobnicate']).code).toBe(2);
  });
});

describe('configuration errors', () => {
  it('an invalid config: readable lines naming the file and key, exit 2', () => {
    const p = path.join(dir, 'cfg1');
    write('cfg1/xiaobao.config.json', JSON.stringify({ rules: { 'banned-terms/absolute-superlative': 'loud' }, produkt: 'loan' }));
    write('cfg1/a.md', '本产品稳赚不赔。\n');
    const r = run(['lint', 'a.md'], p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xiaobao.config.json');
    expect(r.stderr).toContain('rules.banned-terms/absolute-superlative');
    expect(r.stderr).toContain('produkt');
    expect(r.stderr).not.toMatch(/instancePath|schemaPath/);
  });

  it('an invalid config governing three files is reported once, not once per file', () => {
    const p = path.join(dir, 'cfg1b');
    write('cfg1b/.xiaobaorc.json', JSON.stringify({ produkt: 'loan' }));
    for (const n of ['a', 'b', 'c']) write(`cfg1b/${n}.md`, '本产品稳赚不赔。\n');
    const r = run(['lint', 'a.md', 'b.md', 'c.md'], p);
    expect(r.code).toBe(2);
    expect(r.stderr.match(/produkt/g)).toHaveLength(1);
    expect(r.stderr).toContain('a.md 等 3 个文件');
    // the human format prints it in full once, then points back to it
    expect(r.stdout.match(/produkt/g)).toHaveLength(1);
    expect(r.stdout.match(/与 a\.md 的错误相同，见上/g)).toHaveLength(2);
    // a machine format keeps the error on every file it stopped
    const j = JSON.parse(run(['lint', '--format', 'json', 'a.md', 'b.md', 'c.md'], p).stdout);
    expect(j.map((x: { fatalErrorCount: number }) => x.fatalErrorCount)).toEqual([1, 1, 1]);
  });

  it('different errors on different files are each reported', () => {
    const p = path.join(dir, 'cfg1c');
    write('cfg1c/x/.xiaobaorc.json', JSON.stringify({ produkt: 'loan' }));
    write('cfg1c/y/.xiaobaorc.json', JSON.stringify({ prodakt: 'loan' }));
    write('cfg1c/x/a.md', '本产品稳赚不赔。\n');
    write('cfg1c/y/b.md', '本产品稳赚不赔。\n');
    const r = run(['lint', 'x/a.md', 'y/b.md'], p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('produkt');
    expect(r.stderr).toContain('prodakt');
    expect(r.stderr).not.toContain('等 2 个文件');
  });

  it('broken JSON in a config names the line', () => {
    const p = path.join(dir, 'cfg2');
    write('cfg2/.xiaobaorc.json', '{\n  "rules": {\n    "x": "off",\n  }\n}');
    write('cfg2/a.md', '本产品稳赚不赔。\n');
    const r = run(['lint', 'a.md'], p);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.xiaobaorc\.json: 第\d+行 JSON 语法错误/);
  });

  it('an invalid user rule pack: readable lines naming the pack and the rule', () => {
    const p = path.join(dir, 'cfg3');
    write('cfg3/xiaobao.config.json', JSON.stringify({ packs: ['./my-pack.json'] }));
    write('cfg3/my-pack.json', JSON.stringify({ name: 'mine', version: '1', rules: [{ id: 'mine/x', engine: 'terms', severity: 'fatal' }] }));
    write('cfg3/a.md', '本产品稳赚不赔。\n');
    const r = run(['lint', 'a.md'], p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('my-pack.json');
    expect(r.stderr).toMatch(/rules\[0\]（mine\/x）/);
  });

  it('a user pack whose claim term has no claimContext is refused in one readable line (it could never be reported)', () => {
    const p = path.join(dir, 'cfg3b');
    const rule = { id: 'mine/sup', engine: 'terms', severity: 'error', title: { zh: 't', en: 't' }, message: { zh: '“{text}”', en: '{text}' },
      suggestion: { zh: '删除', en: 'remove' }, basis: [{ instrument: '《中华人民共和国广告法》', confidence: 'A', article: '第九条' }],
      appliesTo: { products: ['any'], kinds: ['any'] }, examples: { valid: [], invalid: ['收益最高'] }, terms: [{ text: '最高', claim: true }] };
    write('cfg3b/xiaobao.config.json', JSON.stringify({ packs: ['./my-pack.json'] }));
    write('cfg3b/my-pack.json', JSON.stringify({ name: 'mine', version: '1', rules: [rule] }));
    write('cfg3b/a.md', '本产品收益最高。\n');
    const r = run(['lint', 'a.md'], p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('my-pack.json');
    expect(r.stderr).toContain('规则 mine/sup 有标为 claim 的词条，但没有 claimContext');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // with its context the same pack loads and reports the claim, not the limit
    write('cfg3b/my-pack.json', JSON.stringify({ name: 'mine', version: '1', rules: [{ ...rule, claimContext: { before: '收益', after: '的产品' } }] }));
    write('cfg3b/a.md', '本产品收益最高。\n\n单笔最高投入以页面为准。\n');
    const out = JSON.parse(run(['lint', '--format', 'json', 'a.md'], p).stdout);
    expect(out[0].messages.filter((m: any) => m.ruleId === 'mine/sup').map((m: any) => m.line)).toEqual([1]);
  });

  it('config rules, overrides and user terms apply', () => {
    const p = path.join(dir, 'cfg4');
    write('cfg4/package.json', JSON.stringify({ name: 'x', xiaobao: { rules: { 'banned-terms': 'off' }, terms: [{ term: '闭眼买', severity: 'error' }] } }));
    write('cfg4/a.md', '本产品稳赚不赔，闭眼买。\n');
    const out = JSON.parse(run(['lint', '--format', 'json', 'a.md'], p).stdout);
    const ids = out[0].messages.map((m: any) => m.ruleId);
    expect(ids.some((i: string) => i.startsWith('banned-terms/'))).toBe(false);
    expect(ids).toContain('user-terms/term-1');
  });

  it('an inline directive silences the next line', () => {
    write('dir.md', '<!-- xiaobao-disable-next-line banned-terms -- 引用监管原文 -->\n本产品稳赚不赔。\n\n本产品稳赚不赔。\n');
    const out = JSON.parse(run(['lint', '--format', 'json', 'dir.md']).stdout);
    const lines = out[0].messages.filter((m: any) => m.ruleId?.startsWith('banned-terms/')).map((m: any) => m.line);
    expect(lines).toEqual([4]);
  });
});

describe('--fix', () => {
  it('applies fixes atomically and is idempotent; keeps the GBK encoding', async () => {
    const iconv = (await import('iconv-lite' as string)).default;
    const f = write('fix/wm.txt', iconv.encode('启元理财稳享1号理财产品，业绩比较基准3.2%，欢迎购买。\n', 'gbk'));
    const r1 = run(['lint', '--fix', '--product', 'wealth', 'fix/wm.txt']);
    expect([0, 1]).toContain(r1.code);
    const once = fs.readFileSync(f);
    const text = iconv.decode(once, 'gbk');
    expect(text).toContain('理财非存款');
    run(['lint', '--fix', '--product', 'wealth', 'fix/wm.txt']);
    expect(fs.readFileSync(f).equals(once)).toBe(true);
    expect(fs.readdirSync(path.dirname(f))).toEqual(['wm.txt']);
  });
});

describe('rules and explain', () => {
  it('lists rules with their basis', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('banned-terms/');
    expect(r.stdout).toContain('依据');
  });
  it('explains a rule; unknown rule exits 2', () => {
    const list = JSON.parse(run(['rules', '--format', 'json']).stdout);
    const r = run(['explain', list[0].id]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(list[0].id);
    expect(r.stdout).toContain('违规示例');
    // the examples themselves, read from the packs (the build-time rule set leaves them out)
    expect(r.stdout).toMatch(/\n  ✗ \S/);
    expect(run(['explain', 'nope/nothing']).code).toBe(2);
  });
});

describe('--as-of: a review as of a date', () => {
  it('applies the 2026 online-marketing words only from 2026-09-30, and refuses a bad date', () => {
    write('asof.txt', '限时抢购！\n本产品高收益、低风险。\n');
    const at = (d: string) => JSON.parse(run(['lint', '--format', 'json', '--product', 'wealth', '--kind', 'marketing', '--as-of', d, 'asof.txt']).stdout)[0].messages
      .filter((m: any) => m.ruleId === 'banned-terms/inducing-pressure-language').map((m: any) => m.text);
    expect(at('2026-09-29')).toEqual(['限时抢购']);
    expect(at('2026-09-30')).toEqual(['限时抢购', '高收益、低风险']);
    const bad = run(['lint', '--as-of', '2026-13-01', 'asof.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--as-of/);
  });
  it('shows the dates in rules and explain', () => {
    expect(run(['explain', 'banned-terms/inducing-pressure-language']).stdout).toMatch(/高收益（2026-09-30 起）/);
    const json = JSON.parse(run(['rules', '--format', 'json']).stdout);
    expect(json.some((r: any) => r.since)).toBe(true);
  });
});


describe('--fix on a file whose name is near the length limit (found by fuzzing)', () => {
  it('fixes it: the temporary file beside it keeps within 255 bytes, and none is left behind', () => {
    const name = `${'x'.repeat(215)}${'理财'.repeat(5)}.md`; // 248 bytes: its temporary file's old name was past 255
    const f = write(`long/${name}`, '# 启元理财稳享1号\n\n理财产品，业绩比较基准4.5%。\n');
    const r = run(['lint', '--fix', '--format', 'json', name], path.join(dir, 'long'));
    expect(r.stderr).not.toContain('ENAMETOOLONG');
    expect([0, 1]).toContain(r.code);
    expect(fs.readFileSync(f, 'utf8')).toContain('理财非存款');
    expect(fs.readdirSync(path.join(dir, 'long'))).toEqual([name]);
  });
});

describe('a file name with a line break in it (found by fuzzing)', () => {
  it('is linted by its extension, and a refusal of such a file stays on one line', () => {
    write('nl/a\nb.md', '# 启元理财稳享1号\n\n本产品保本保收益。\n');
    write('nl/c\nd.xyz', 'x');
    const ok = run(['lint', '--format', 'json', 'a\nb.md'], path.join(dir, 'nl'));
    expect(ok.code).toBe(1);
    expect(JSON.parse(ok.stdout)[0].messages.length).toBeGreaterThan(0);
    const bad = run(['lint', '--format', 'json', 'c\nd.xyz'], path.join(dir, 'nl'));
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('c\\nd.xyz');
  });
});

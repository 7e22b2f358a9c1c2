// The GitHub Action's script (action/run.mjs), run as the composite action runs it: node, with the variables Actions
// sets (GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP, INPUT_*), and xiaobao installed by the script
// with npm from the locally packed tarballs (the `version` input takes install specs) instead of the registry.
// Checks the SARIF log against the OASIS SARIF 2.1.0 schema, the annotation lines, the step summary's counts (against
// this repository's CLI) and the exit code of each fail-on gate.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, VERSION, packTarballs, run, watchInstalls, type Watch } from './install-helpers';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the official schema's language pattern is not a valid /u regexp
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(fs.readFileSync(path.join(__dirname, 'schemas/sarif-schema-2.1.0.json'), 'utf8')));

let tmp: string, ws: string, tarballs: string[], watch: Watch;
let n = 0;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-action-'));
  tarballs = packTarballs(path.join(tmp, 'tgz'));
  watch = watchInstalls(tmp);
  ws = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(ws, 'marketing'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'runner-temp'));
  fs.writeFileSync(path.join(ws, 'marketing/ad.md'), '# 稳盈理财\n\n本产品保本保收益，稳赚不赔。\n');
  fs.writeFileSync(path.join(ws, 'marketing/warn.md'), '# 云栖银行财富节\n\n领先的财富管理品牌，欢迎咨询。\n');
  fs.writeFileSync(path.join(ws, 'clean.md'), '# 网点公告\n\n城东支行营业时间调整为每日九点至十七点。\n');
}, 300_000);
afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

interface ActionRun { code: number | null; stdout: string; stderr: string; summary: string; outputs: Record<string, string> }
async function action(inputs: Record<string, string>): Promise<ActionRun> {
  const i = n++;
  const summary = path.join(tmp, `summary-${i}.md`), output = path.join(tmp, `output-${i}.txt`);
  const env: Record<string, string> = { ...watch.env, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, RUNNER_TEMP: path.join(tmp, 'runner-temp'), INPUT_VERSION: tarballs.join(' ') };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await run(process.execPath, [path.join(ROOT, 'action/run.mjs')], { cwd: ws, env, timeout: 240_000 });
  const read = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '');
  const outputs = Object.fromEntries(read(output).split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: read(summary), outputs };
}
/** this repository's CLI on the same files: the reference counts */
function reference(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/xiaobao.js'), 'lint', '--format', 'json', ...args], { cwd: ws, encoding: 'utf8' });
  const res = JSON.parse(r.stdout) as { errorCount: number; warningCount: number }[];
  return { errors: res.reduce((s, x) => s + x.errorCount, 0), warnings: res.reduce((s, x) => s + x.warningCount, 0) };
}

describe('action.yml', () => {
  const yml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  it('is a composite action running action/run.mjs with every input passed as INPUT_*, pinned to this release', async () => {
    expect(yml).toMatch(/using: composite/);
    expect(yml).toContain('run: node "$GITHUB_ACTION_PATH/action/run.mjs"');
    for (const k of ['paths', 'version', 'fail-on', 'args', 'sarif-file']) {
      expect(yml).toMatch(new RegExp(`^  ${k}:$`, 'm'));
      expect(yml).toContain(`INPUT_${k.toUpperCase()}: \${{ inputs.${k} }}`);
    }
    expect(yml).toMatch(new RegExp(`version:\\n(.*\\n){2}    default: '${VERSION.replace(/\./g, '\\.')}'`));
    expect(fs.readFileSync(path.join(ROOT, 'action/run.mjs'), 'utf8')).toContain(`input('version', '${VERSION}')`);
  });
});

describe('action/run.mjs with the environment of a GitHub runner', () => {
  it('fail-on error, with errors: exit 1, a valid SARIF log, one annotation per finding, the counts in the summary and outputs', async () => {
    const r = await action({ paths: 'marketing clean.md', 'fail-on': 'error', args: '--strict' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const ref = reference(['--strict', 'marketing', 'clean.md']);
    expect(ref.errors).toBeGreaterThan(0);
    expect(ref.warnings).toBeGreaterThan(0);
    // SARIF, for code scanning
    const sarifFile = r.outputs['sarif-file'];
    expect(sarifFile).toBe(path.join(tmp, 'runner-temp/xiaobao.sarif'));
    const log = JSON.parse(fs.readFileSync(sarifFile, 'utf8'));
    expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    expect(log.runs[0].results.length).toBe(ref.errors + ref.warnings);
    expect(log.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri)).toContain('marketing/ad.md');
    // annotations
    const ann = r.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(ann.filter((l) => l.startsWith('::error ')).length).toBe(ref.errors);
    expect(ann.filter((l) => l.startsWith('::warning ')).length).toBe(ref.warnings);
    expect(ann).toContainEqual(expect.stringMatching(/^::error file=marketing\/ad\.md,line=3,col=4,endLine=3,endColumn=\d+,title=banned-terms\/guaranteed-principal-or-return::.*保本保收益/));
    // summary and outputs
    expect(r.summary).toContain('### xiaobao 消保审查 — ❌ 未通过（failed）');
    expect(r.summary).toContain(`| ${ref.errors} | ${ref.warnings} | 2 | 0 | 0 | error |`);
    expect(r.summary).toMatch(/\| `banned-terms\/guaranteed-principal-or-return` \| 1 \| 0 \|/);
    expect(r.outputs).toMatchObject({ errors: String(ref.errors), warnings: String(ref.warnings), 'exit-code': '1' });
  }, 300_000);

  it('fail-on never: the same findings, exit 0', async () => {
    const r = await action({ paths: 'marketing clean.md', 'fail-on': 'never', args: '--strict' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::error file=marketing\/ad\.md/m);
    expect(r.summary).toContain('✅ 通过（passed）');
  }, 120_000);

  it('warnings only: fail-on error exits 0, fail-on warning exits 1', async () => {
    const e = await action({ paths: 'marketing/warn.md clean.md', 'fail-on': 'error', args: '--strict' });
    const w = await action({ paths: 'marketing/warn.md clean.md', 'fail-on': 'warning', args: '--strict' });
    const ref = reference(['--strict', 'marketing/warn.md', 'clean.md']);
    expect(ref).toMatchObject({ errors: 0 });
    expect(ref.warnings).toBeGreaterThan(0);
    expect(e.code).toBe(0);
    expect(w.code).toBe(1);
    for (const r of [e, w]) {
      expect(r.summary).toContain(`| 0 | ${ref.warnings} | 1 | 0 | 0 |`);
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::warning file=marketing/warn.md')).length).toBe(ref.warnings);
    }
  }, 120_000);

  it('a clean folder passes even fail-on warning', async () => {
    fs.mkdirSync(path.join(ws, 'clean-only'));
    fs.copyFileSync(path.join(ws, 'clean.md'), path.join(ws, 'clean-only/notice.md'));
    const r = await action({ paths: 'clean-only', 'fail-on': 'warning' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::/m);
    expect(r.summary).toContain('| 0 | 0 | 0 | 0 | 0 | warning |');
    expect(validateSarif(JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8')))).toBe(true);
  }, 120_000);

  it('an unreadable file is reported in the summary and fails even with fail-on never (exit 2)', async () => {
    fs.writeFileSync(path.join(ws, 'broken.docx'), 'not a zip');
    const r = await action({ paths: 'broken.docx', 'fail-on': 'never' });
    fs.rmSync(path.join(ws, 'broken.docx'));
    expect(r.code).toBe(2);
    expect(r.summary).toContain('| 0 | 0 | 0 | 0 | 1 | never |');
    expect(r.stdout).toMatch(/^::error file=broken\.docx,line=1,col=1,.*title=xiaobao::/m);
  }, 120_000);

  it('bad inputs: one readable ::error line each, exit 2, nothing written to the workspace', async () => {
    const before = fs.readdirSync(ws).sort();
    const gate = await action({ 'fail-on': 'sometimes' });
    expect(gate.code).toBe(2);
    expect(gate.stdout.trim()).toBe('::error title=xiaobao::fail-on 的取值应为 error、warning 或 never，收到 “sometimes”（invalid fail-on）');
    const arg = await action({ args: '--product shoes' });
    expect(arg.code).toBe(2);
    expect(arg.stdout.trim().split('\n')).toHaveLength(1);
    expect(arg.stdout).toMatch(/^::error title=xiaobao::--product 的取值应为 .*收到 “shoes”/);
    const missing = await action({ version: path.join(tmp, 'no-such-xiaobao.tgz') });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/^::error title=xiaobao::无法安装 .*no-such-xiaobao\.tgz（npm install failed）/);
    expect(fs.readdirSync(ws).sort()).toEqual(before);
  }, 240_000);

  it('installing xiaobao ran no install script and no compiler', async () => {
    expect(watch.scriptsRun()).toEqual([]);
    expect(watch.compilerCalls()).toEqual([]);
  });
});

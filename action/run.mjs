#!/usr/bin/env node
// The GitHub Action (action.yml): install xiaobao from npm into $RUNNER_TEMP, lint the inputs' paths in
// $GITHUB_WORKSPACE, write a SARIF log (for github/codeql-action/upload-sarif), print the findings as workflow
// annotations (the CLI's `github` format), write the counts to $GITHUB_STEP_SUMMARY and the outputs to $GITHUB_OUTPUT,
// and exit per the fail-on gate: error (default) fails on errors, warning on errors or warnings, never on neither.
// A usage, configuration or input problem (the CLI's exit code 2) fails in every gate.
// Inputs come as INPUT_* variables, as Actions names them (INPUT_PATHS, INPUT_VERSION, INPUT_FAIL-ON, INPUT_ARGS,
// INPUT_SARIF-FILE). Only Node's standard library: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const input = (name, fallback = '') => (process.env[`INPUT_${name.toUpperCase()}`] ?? process.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? '').trim() || fallback;
/** words of an input, split on white space; "…" and '…' keep spaces */
const words = (s) => [...s.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
const fail = (msg, code = 2) => { process.stdout.write(`::error title=xiaobao::${msg.replace(/%/g, '%25').replace(/\r?\n/g, '%0A')}\n`); process.exit(code); };

const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
const temp = process.env.RUNNER_TEMP || path.join(workspace, '.xiaobao-action');
const gate = input('fail-on', 'error');
if (!['error', 'warning', 'never'].includes(gate)) fail(`fail-on 的取值应为 error、warning 或 never，收到 “${gate}”（invalid fail-on）`);
const version = input('version', '0.2.0');
// a version or dist-tag of xiaobao from npm; or npm install specs (tarballs, URLs), space-separated, for a mirror
const specs = /^[\w.^~<>=*|-]+$/.test(version) && !/\.t(ar\.)?gz$/.test(version) ? [`xiaobao@${version}`] : words(version);
const paths = words(input('paths', '.'));
const extra = words(input('args'));
const sarifFile = path.resolve(workspace, input('sarif-file', path.join(temp, 'xiaobao.sarif')));

// 1. install (once per job: a second step with the same version reuses it)
const prefix = path.join(temp, 'xiaobao-action');
const stamp = path.join(prefix, '.installed');
const bin = path.join(prefix, 'node_modules', '.bin', process.platform === 'win32' ? 'xiaobao.cmd' : 'xiaobao');
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== specs.join('\n') || !fs.existsSync(bin)) {
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(prefix, { recursive: true });
  fs.writeFileSync(path.join(prefix, 'package.json'), '{"name":"xiaobao-action-install","private":true}\n');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--omit=dev', ...specs], { cwd: prefix, encoding: 'utf8', shell: process.platform === 'win32' });
  if (npm.status !== 0) {
    const why = (npm.stderr || npm.error?.message || '').split('\n').filter((l) => /error/i.test(l)).slice(0, 2).join(' ');
    fail(`无法安装 ${specs.join(' ')}（npm install failed）${why ? `: ${why}` : ''}`);
  }
  fs.writeFileSync(stamp, specs.join('\n'));
}

// 2. lint twice through the CLI's own formatters; the second run reads the first one's cache
const cache = ['--cache', '--cache-location', path.join(temp, 'xiaobao-cache')];
const lint = (format, more) => spawnSync(bin, ['lint', '--format', format, ...more, ...cache, ...extra, ...paths], { cwd: workspace, encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 1 << 30 });
fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
fs.rmSync(sarifFile, { force: true });
const s = lint('sarif', ['-o', sarifFile]);
if (s.status === null) fail(`xiaobao 未能运行（could not run）: ${s.error?.message ?? s.signal}`);
// a usage or configuration problem writes no log: show the CLI's one line and stop
if (!fs.existsSync(sarifFile)) fail((s.stderr.trim() || `xiaobao 退出码 ${s.status}`).split('\n')[0].replace(/^xiaobao: /, ''));
const g = lint('github', []);
process.stdout.write(g.stdout.endsWith('\n') || !g.stdout ? g.stdout : `${g.stdout}\n`);
for (const l of s.stderr.split('\n').filter(Boolean)) process.stdout.write(`${l}\n`);

// 3. counts from the SARIF log
const run = JSON.parse(fs.readFileSync(sarifFile, 'utf8')).runs[0];
const active = run.results.filter((r) => !r.suppressions?.length);
const count = (level) => active.filter((r) => r.level === level).length;
const errors = count('error'), warnings = count('warning'), waived = run.results.length - active.length;
const problems = run.invocations?.[0]?.toolExecutionNotifications?.length ?? 0;
const files = new Set(active.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).size;
const byRule = new Map();
for (const r of active) {
  const n = byRule.get(r.ruleId) ?? [0, 0];
  n[r.level === 'error' ? 0 : 1]++;
  byRule.set(r.ruleId, n);
}

const code = s.status === 2 ? 2 : gate === 'never' ? 0 : s.status === 1 || errors > 0 || (gate === 'warning' && warnings > 0) ? 1 : 0;
const verdict = code === 0 ? '✅ 通过（passed）' : code === 2 ? '⚠️ 无法完成检查（usage, configuration or input problem）' : '❌ 未通过（failed）';

if (process.env.GITHUB_STEP_SUMMARY) {
  const rows = [...byRule].sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1));
  fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, [
    `### xiaobao 消保审查 — ${verdict}`,
    '',
    '| 错误 errors | 警告 warnings | 有问题的文件 files with findings | 已豁免 waived | 无法读取 unreadable files | 门槛 fail-on |',
    '|---:|---:|---:|---:|---:|---|',
    `| ${errors} | ${warnings} | ${files} | ${waived} | ${problems} | ${gate} |`,
    '',
    ...(rows.length ? ['| 规则 rule | 错误 errors | 警告 warnings |', '|---|---:|---:|', ...rows.map(([id, [e, w]]) => `| \`${id}\` | ${e} | ${w} |`), ''] : []),
    '',
  ].join('\n'));
}
if (process.env.GITHUB_OUTPUT) {
  fs.appendFileSync(process.env.GITHUB_OUTPUT, `sarif-file=${sarifFile}\nerrors=${errors}\nwarnings=${warnings}\nexit-code=${code}\n`);
}
process.stdout.write(`xiaobao: ${errors} 个错误，${warnings} 个警告（${errors} errors, ${warnings} warnings）；fail-on ${gate}：${verdict}\n`);
process.exit(code);

// Installing xiaobao as a user would: `pnpm pack` every package, `npm install` the tarballs into a fresh project
// (third-party dependencies from the registry), then the installed CLI gives the same JSON as this repository's on a
// Markdown, a .docx and an HTML file, lists every rule, and the Node API imports with ESM and CJS. No compiler and no
// install script: nodejieba (an optional backend) is not pulled in.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOk, watchInstalls, type Watch } from './install-helpers';

const ROOT = path.resolve(__dirname, '../../..');
const PACKAGES = ['core', 'parsers', 'node', 'cli'];
let proj: string;
let watch: Watch;
// a fresh project sees only its own node_modules (pnpm gives test processes a NODE_PATH into this workspace)
const ENV = { ...process.env, NODE_PATH: '' };

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-pack-'));
  const tgz = path.join(tmp, 'tgz');
  proj = path.join(tmp, 'project');
  fs.mkdirSync(tgz);
  fs.mkdirSync(proj);
  for (const p of PACKAGES) execFileSync('pnpm', ['pack', '--pack-destination', tgz], { cwd: path.join(ROOT, 'packages', p), stdio: 'ignore' });
  fs.writeFileSync(path.join(proj, 'package.json'), JSON.stringify({ name: 'a-bank-content-repo', private: true, version: '1.0.0' }));
  const tarballs = fs.readdirSync(tgz).map((f) => path.join(tgz, f));
  // npm's debug log records every lifecycle script it runs; compiler names on PATH are shims that record any call
  watch = watchInstalls(tmp);
  await runOk('npm', ['install', '--no-audit', '--no-fund', ...tarballs], { cwd: proj, timeout: 240_000, env: watch.env });
  for (const f of ['fixtures/contract/consumer-loan-contract.md', 'fixtures/docx/consumer-loan-contract.docx', 'fixtures/html/cash-loan-landing.html']) fs.copyFileSync(path.join(ROOT, f), path.join(proj, path.basename(f)));
}, 300_000);

const installed = (args: string[]) => spawnSync(path.join(proj, 'node_modules/.bin/xiaobao'), args, { cwd: proj, encoding: 'utf8', env: ENV });
const repo = (args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/xiaobao.js'), ...args], { cwd: proj, encoding: 'utf8' });

describe('the packages, installed from their tarballs into a fresh project', () => {
  it('pull in no compiler and no install script (nodejieba stays out; the prebuilt @node-rs/jieba comes in)', () => {
    expect(fs.existsSync(path.join(proj, 'node_modules/nodejieba'))).toBe(false);
    expect(fs.existsSync(path.join(proj, 'node_modules/@node-rs/jieba'))).toBe(true);
    expect(fs.existsSync(path.join(proj, 'node_modules/@xiaobao/node/bundled-rules/index.json'))).toBe(true);
    expect(watch.scriptsRun()).toEqual([]);
    expect(watch.compilerCalls()).toEqual([]);
  });

  it.each(['consumer-loan-contract.md', 'consumer-loan-contract.docx', 'cash-loan-landing.html'])('npx xiaobao lint %s gives the same JSON as the repository', (file) => {
    const a = installed(['lint', '--no-config', '--format', 'json', file]), b = repo(['lint', '--no-config', '--format', 'json', file]);
    expect(a.stderr).toBe('');
    const msgs = (s: string) => JSON.parse(s)[0].messages;
    expect(msgs(a.stdout).length).toBeGreaterThan(0);
    expect(msgs(a.stdout)).toEqual(msgs(b.stdout));
    expect(a.status).toBe(b.status);
  });

  it('npx xiaobao lint on every fixture (all formats, the broken files too) gives the same JSON and exit code as the repository', () => {
    fs.cpSync(path.join(ROOT, 'fixtures'), path.join(proj, 'fixtures'), { recursive: true });
    const a = installed(['lint', '--no-config', '--format', 'json', 'fixtures']), b = repo(['lint', '--no-config', '--format', 'json', 'fixtures']);
    const files = JSON.parse(a.stdout);
    expect(files.length).toBeGreaterThan(100);
    expect(files.reduce((n: number, f: { messages: unknown[] }) => n + f.messages.length, 0)).toBeGreaterThan(100);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
    expect(a.status).toBe(b.status);
  });

  it('asking for the nodejieba backend there is one clear error, exit 2', () => {
    // 保本 between Han characters with no longer hit around it: its word boundary decides the finding, so the segmenter is asked for
    fs.writeFileSync(path.join(proj, 'seg.txt'), '本产品保本，收益稳定\n');
    const r = installed(['lint', '--segmenter', 'nodejieba', '--product', 'wealth', 'seg.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nodejieba 未安装/);
  });

  it('xiaobao rules lists every rule', () => {
    const a = JSON.parse(installed(['rules', '--format', 'json']).stdout), b = JSON.parse(repo(['rules', '--format', 'json']).stdout);
    expect(a.map((r: { id: string }) => r.id)).toEqual(b.map((r: { id: string }) => r.id));
  });

  it('xiaobao review works installed (docx and exceljs are real dependencies of @xiaobao/node)', () => {
    const r = installed(['review', 'consumer-loan-contract.docx', '--out', 'reviews', '--no-config']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    for (const f of ['consumer-loan-contract.审查意见书.docx', 'consumer-loan-contract.reviewed.docx', 'xiaobao-ledger.xlsx', 'xiaobao-ledger.csv']) expect(fs.existsSync(path.join(proj, 'reviews', f)), f).toBe(true);
  });

  it('the Node API imports with ESM and with CJS', () => {
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', "import { lintText } from '@xiaobao/node'; const r = await lintText('本产品保本保收益', { format: 'text', product: 'wealth' }); console.log(r.messages.length);"], { cwd: proj, encoding: 'utf8', env: ENV });
    const cjs = spawnSync(process.execPath, ['-e', "require('@xiaobao/node').lintText('本产品保本保收益', { format: 'text', product: 'wealth' }).then((r) => console.log(r.messages.length));"], { cwd: proj, encoding: 'utf8', env: ENV });
    expect(esm.stderr).toBe('');
    expect(Number(esm.stdout.trim())).toBeGreaterThan(0);
    expect(cjs.stdout.trim()).toBe(esm.stdout.trim());
  });

  it('xiaobao web serves the browser version shipped inside the package', async () => {
    expect(fs.existsSync(path.join(proj, 'node_modules/xiaobao/web/index.html'))).toBe(true);
    const proc = spawn(path.join(proj, 'node_modules/.bin/xiaobao'), ['web', '--port', '0'], { cwd: proj, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        proc.stdout!.on('data', (d) => { out += d; const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out); if (m) resolve(m[0]); });
        proc.on('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('消保审查');
      expect((await fetch(new URL('worker.js', url))).status).toBe(200);
    } finally {
      proc.kill('SIGTERM');
    }
  });
});

// Shared by the tests that install xiaobao as users do (packaging, pre-commit, lint-staged, the GitHub Action):
// the packed tarballs, and a watch on what npm runs — every npm debug log goes to one folder (npm writes
// "info run <pkg> <event>" for each lifecycle script it runs) and the usual compiler names on PATH are shims that
// record any call and fail.
import { execFileSync, spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const PACKAGES = ['core', 'parsers', 'node', 'cli'];
export const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')).version;

/** `pnpm pack` every package into `dir`; returns the tarballs' absolute paths (the CLI's first) */
export function packTarballs(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const p of PACKAGES) execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: path.join(ROOT, 'packages', p), stdio: 'ignore' });
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tgz')).sort((a, b) => (a.startsWith('xiaobao-0') ? -1 : b.startsWith('xiaobao-0') ? 1 : a.localeCompare(b))).map((f) => path.join(dir, f));
}

export interface Watch { env: Record<string, string>; scriptsRun(): string[]; compilerCalls(): string[] }

/** an environment under which npm's lifecycle scripts and compiler calls are recorded (in `dir`) */
export function watchInstalls(dir: string): Watch {
  const shims = path.join(dir, 'compiler-shims'), logs = path.join(dir, 'npm-logs'), calls = path.join(dir, 'compiler-calls.log');
  fs.mkdirSync(shims, { recursive: true });
  for (const c of ['cc', 'gcc', 'g++', 'c++', 'clang', 'clang++', 'make']) {
    fs.writeFileSync(path.join(shims, c), `#!/bin/sh\necho "${c} $*" >> '${calls}'\nexit 1\n`, { mode: 0o755 });
  }
  return {
    // a fresh project sees only its own node_modules (pnpm gives test processes a NODE_PATH into this workspace)
    env: { ...process.env as Record<string, string>, NODE_PATH: '', PATH: `${shims}${path.delimiter}${process.env.PATH}`, npm_config_logs_dir: logs, npm_config_logs_max: '1000', npm_config_update_notifier: 'false' },
    scriptsRun: () => (fs.existsSync(logs) ? fs.readdirSync(logs) : []).flatMap((f) => fs.readFileSync(path.join(logs, f), 'utf8').split('\n').filter((l) => / info run /.test(l))),
    compilerCalls: () => (fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').split('\n').filter(Boolean) : []),
  };
}

/** how many npm debug logs the watch has seen (a check that it watched anything at all) */
export function npmLogCount(w: Watch): number {
  const logs = w.env.npm_config_logs_dir;
  return fs.existsSync(logs) ? fs.readdirSync(logs).length : 0;
}

/** a git repository in `dir` with a test identity */
export function gitInit(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', '张审核']);
  git(dir, ['config', 'user.email', 'review@example.com']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
}

export function git(cwd: string, args: string[], env?: Record<string, string>) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: env ?? process.env, timeout: 300_000 });
}

export interface Ran { status: number | null; stdout: string; stderr: string }
/** a child process without blocking the test worker (a long synchronous call starves vitest's RPC) */
export function run(cmd: string, args: string[], opts: SpawnOptions & { timeout?: number } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr!.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = opts.timeout ? setTimeout(() => child.kill(), opts.timeout) : undefined;
    child.on('error', reject);
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, stdout, stderr }); });
  });
}
/** run() that throws with the output when the command fails */
export async function runOk(cmd: string, args: string[], opts: SpawnOptions & { timeout?: number } = {}): Promise<Ran> {
  const r = await run(cmd, args, opts);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

export const BANNED_MD = '# 稳盈理财\n\n本产品保本保收益，稳赚不赔。\n';
export const CLEAN_MD = '# 稳盈理财 2号\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品为非保本浮动收益型理财产品，过往业绩不代表未来表现。\n';

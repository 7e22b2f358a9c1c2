#!/usr/bin/env node
// Package the extension as a .vsix (never published): the tsup bundles in dist/, the rule packs in rules/,
// and the packages that must stay real files (the segmenter's N-API binary, modules loaded lazily with
// createRequire) copied with their dependencies into dist/node_modules, where require() from dist/server.js
// finds them.
// vsce runs with --no-dependencies, so nothing else from node_modules is packed.
// One .vsix per VS Code target that @node-rs/jieba ships a binary for, each carrying that platform's binary only
// (the other platforms' packages come from the npm registry: npm pack @node-rs/jieba-<platform>@<same version>,
// kept in node_modules/.cache/jieba-platforms). dist/ itself keeps this machine's binary.
//   node scripts/package.mjs [--target linux-x64,darwin-arm64] [--out-dir DIR]   (after pnpm build)
//     → DIR/xiaobao-vscode-<target>.vsix for each target (default: all; DIR default: packages/vscode)
//   node scripts/package.mjs out.vsix      this machine's target only, to out.vsix
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(HERE, '../..');
/** VS Code target → the @node-rs/jieba platform package that holds its binary */
const TARGETS = {
  'linux-x64': 'jieba-linux-x64-gnu',
  'linux-arm64': 'jieba-linux-arm64-gnu',
  'linux-armhf': 'jieba-linux-arm-gnueabihf',
  'alpine-x64': 'jieba-linux-x64-musl',
  'alpine-arm64': 'jieba-linux-arm64-musl',
  'darwin-x64': 'jieba-darwin-x64',
  'darwin-arm64': 'jieba-darwin-arm64',
  'win32-x64': 'jieba-win32-x64-msvc',
  'win32-arm64': 'jieba-win32-arm64-msvc',
};
const musl = process.platform === 'linux' && !process.report?.getReport().header.glibcVersionRuntime;
const HOST = `${musl ? 'alpine' : process.platform}-${process.arch === 'arm' ? 'armhf' : process.arch}`;
const { values: opt, positionals } = parseArgs({ options: { target: { type: 'string' }, 'out-dir': { type: 'string' } }, allowPositionals: true });
const single = positionals[0] ? path.resolve(positionals[0]) : undefined;
const targets = single ? [HOST] : opt.target ? opt.target.split(',') : Object.keys(TARGETS);
for (const t of targets) if (!TARGETS[t]) { console.error(`package: unknown target ${t} (one of ${Object.keys(TARGETS).join(', ')})`); process.exit(2); }
const outDir = path.resolve(opt['out-dir'] ?? HERE);
// nodejieba (the optional C++ backend, ~20 MB of dictionaries) stays out: the extension uses @node-rs/jieba
const RUNTIME = ['@node-rs/jieba', 'ajv', 'iconv-lite'];

if (!fs.existsSync(path.join(HERE, 'dist/server.js'))) { console.error('package: dist/server.js missing, run pnpm build first'); process.exit(2); }

// 1. rule packs, schemas and dictionary (the server finds rules/index.json above dist/)
fs.rmSync(path.join(HERE, 'rules'), { recursive: true, force: true });
fs.cpSync(path.join(ROOT, 'rules'), path.join(HERE, 'rules'), { recursive: true });

// 2. runtime packages and everything they depend on, flattened into dist/node_modules
const nm = path.join(HERE, 'dist/node_modules');
fs.rmSync(nm, { recursive: true, force: true });
const copied = new Map();
/** the real folder of package `name` as seen from folder `from` (pnpm: a sibling in .pnpm/<pkg>/node_modules) */
function locate(name, from) {
  for (let d = from; ; d = path.dirname(d)) {
    const p = path.join(d, 'node_modules', name);
    if (fs.existsSync(path.join(p, 'package.json'))) return fs.realpathSync(p);
    if (path.dirname(d) === d) return undefined;
  }
}
function copy(name, from, optional = false) {
  const dir = locate(name, from);
  if (!dir) { if (optional) return; throw new Error(`package: cannot find ${name} from ${from}`); }
  if (copied.has(name)) return;
  copied.set(name, dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  fs.cpSync(dir, path.join(nm, name), { recursive: true, dereference: true, filter: (src) => !src.slice(dir.length).split(path.sep).includes('node_modules') });
  for (const d of Object.keys(pkg.dependencies ?? {})) copy(d, dir);
  // platform packages of native addons (@node-rs/jieba-linux-x64-gnu...): only those installed here
  for (const d of Object.keys(pkg.optionalDependencies ?? {})) copy(d, dir, true);
}
for (const name of RUNTIME) copy(name, path.join(ROOT, 'packages/core'));
console.log(`package: ${copied.size} runtime packages in dist/node_modules: ${[...copied.keys()].join(', ')}`);

// 3. prove the bundle resolves them: require each from dist/ (the addon is loaded for real)
const req = createRequire(path.join(HERE, 'dist/server.js'));
const { Jieba } = req('@node-rs/jieba');
const { dict } = req('@node-rs/jieba/dict');
console.log(`package: jieba from dist/: ${Jieba.withDict(dict).cut('本产品保本保息', false).join('/')}`);
req('ajv/dist/2020'); req('iconv-lite');

// 4. one .vsix per target, each from a staging copy of the extension whose dist/node_modules/@node-rs holds jieba and
// that target's binary package only (dist/ itself is left as it is: this machine's binary, for the tests)
const jiebaVersion = JSON.parse(fs.readFileSync(path.join(nm, '@node-rs/jieba/package.json'), 'utf8')).version;
const cache = path.join(HERE, 'node_modules/.cache/jieba-platforms', jiebaVersion);
/** the folder of @node-rs/<pkg>@jiebaVersion: installed here, or unpacked from npm pack */
function platformPackage(pkg) {
  const installed = path.join(nm, '@node-rs', pkg);
  if (fs.existsSync(installed)) return installed;
  const dir = path.join(cache, pkg);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fs.mkdirSync(cache, { recursive: true });
    const tgz = execFileSync('npm', ['pack', '--silent', `@node-rs/${pkg}@${jiebaVersion}`], { cwd: cache, encoding: 'utf8', shell: process.platform === 'win32' }).trim().split('\n').pop();
    const tmp = fs.mkdtempSync(path.join(cache, 'unpack-'));
    execFileSync('tar', ['-xzf', path.join(cache, tgz), '-C', tmp]);
    fs.renameSync(path.join(tmp, 'package'), dir);
    fs.rmSync(tmp, { recursive: true });
    fs.rmSync(path.join(cache, tgz));
  }
  const v = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  if (v !== jiebaVersion) throw new Error(`package: @node-rs/${pkg} is ${v}, @node-rs/jieba is ${jiebaVersion}`);
  return dir;
}
const vsce = createRequire(path.join(HERE, 'package.json')).resolve('@vscode/vsce/vsce');
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-vsix-'));
fs.mkdirSync(outDir, { recursive: true });
for (const target of targets) {
  const pkg = TARGETS[target];
  const dir = path.join(stage, target);
  fs.cpSync(HERE, dir, { recursive: true, filter: (src) => { const top = path.relative(HERE, src).split(path.sep)[0]; return top !== 'node_modules' && !top.endsWith('.vsix'); } });
  const scope = path.join(dir, 'dist/node_modules/@node-rs');
  for (const d of fs.readdirSync(scope)) if (d.startsWith('jieba-')) fs.rmSync(path.join(scope, d), { recursive: true });
  fs.cpSync(platformPackage(pkg), path.join(scope, pkg), { recursive: true });
  const out = single ?? path.join(outDir, `xiaobao-vscode-${target}.vsix`);
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--target', target, '-o', out], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`package: ${out} (${(fs.statSync(out).size / 1048576).toFixed(1)} MB, ${target}, @node-rs/${pkg})`);
}
fs.rmSync(stage, { recursive: true, force: true });

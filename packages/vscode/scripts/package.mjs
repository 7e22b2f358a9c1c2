#!/usr/bin/env node
// Package the extension as a .vsix (never published): the tsup bundles in dist/, the rule packs in rules/,
// and the packages that must stay real files (the segmenter's N-API binary, modules loaded lazily with
// createRequire) copied with their dependencies into dist/node_modules, where require() from dist/server.js
// finds them. vsce runs with --no-dependencies, so nothing else from node_modules is packed.
//   node scripts/package.mjs [out.vsix]      (after pnpm build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = path.resolve(HERE, '../..');
const out = path.resolve(process.argv[2] ?? path.join(HERE, 'xiaobao-vscode.vsix'));
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

// 4. the .vsix, marked for this platform: it carries this platform's jieba binary only
const musl = process.platform === 'linux' && !process.report?.getReport().header.glibcVersionRuntime;
const target = `${musl ? 'alpine' : process.platform}-${process.arch}`;
const vsce = createRequire(path.join(HERE, 'package.json')).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--target', target, '-o', out], { cwd: HERE, stdio: 'inherit' });
console.log(`package: ${out} (${(fs.statSync(out).size / 1048576).toFixed(1)} MB, ${target})`);

#!/usr/bin/env node
// Builds the static site into dist/: index.html, app.js (the page), worker.js + chunks (the engine: core, parsers,
// rule packs, the CLI's HTML report formatter), jieba_rs_wasm_bg.wasm (the segmenter, fetched on first need) and
// sw.js (a service worker that keeps every file for offline use). Plain files: any static server can host them.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { loadBundledRules, packsHash, defaultRulesDir } from '@xiaobao/node';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgs = path.resolve(here, '..');
const out = path.join(here, 'dist');
const require = createRequire(import.meta.url);

// the bundled rule packs exactly as the Node API loads them, stamped as the CLI stamps its report
const rulesDir = defaultRulesDir();
const set = loadBundledRules(rulesDir);
const index = JSON.parse(fs.readFileSync(path.join(rulesDir, 'index.json'), 'utf8'));
const rules = {
  packs: set.packs, dictionary: set.dictionary, discourse: set.discourse, detection: set.detection,
  version: JSON.parse(fs.readFileSync(path.join(pkgs, 'cli/package.json'), 'utf8')).version,
  packsVersion: String(index.version ?? '0'), packsHash: packsHash(rulesDir),
};

const shim = (f) => path.join(here, 'src/shims', f);
const browserPlugin = {
  name: 'xiaobao-browser',
  setup(b) {
    b.onResolve({ filter: /^virtual:xiaobao-rules$/ }, () => ({ path: 'rules', namespace: 'xiaobao-rules' }));
    b.onLoad({ filter: /.*/, namespace: 'xiaobao-rules' }, () => ({ contents: JSON.stringify(rules), loader: 'json' }));
    // the engine's sources, not their Node builds
    b.onResolve({ filter: /^@xiaobao\/(core|parsers)$/ }, (a) => ({ path: path.join(pkgs, a.path.slice(9), 'src/index.ts') }));
    // Node built-ins: browser stand-ins (see src/shims)
    const builtins = { module: 'node-module.ts', crypto: 'node-crypto.ts', path: 'node-path.ts', fs: 'empty.ts', os: 'empty.ts' };
    b.onResolve({ filter: /^(node:)?(module|crypto|path|fs|os)$/ }, (a) => ({ path: shim(builtins[a.path.replace(/^node:/, '')]) }));
    // the parsers' own dependencies, resolved where the parsers are (the shim imports them by name)
    b.onResolve({ filter: /^(mammoth|jszip|@xmldom\/xmldom)$/ }, (a) => (a.importer.startsWith(path.join(here, 'src')) ? b.resolve(a.path, { resolveDir: path.join(pkgs, 'parsers'), kind: a.kind }) : undefined));
  },
};

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const common = {
  bundle: true, minify: true, legalComments: 'none', target: ['chrome100', 'firefox115', 'safari16'], platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' }, logLevel: 'warning', plugins: [browserPlugin],
};
// the engine: an ES module worker; the Markdown tree, HTML, .docx and annotation code are chunks loaded on demand
await esbuild.build({ ...common, entryPoints: { worker: path.join(here, 'src/worker.ts') }, outdir: out, format: 'esm', conditions: ['worker'], splitting: true, chunkNames: 'chunks/[name]-[hash]', inject: [shim('buffer.ts')] });
await esbuild.build({ ...common, entryPoints: { app: path.join(here, 'src/main.ts') }, outdir: out, format: 'esm' });
fs.copyFileSync(require.resolve('jieba-wasm/web').replace(/jieba_rs_wasm\.js$/, 'jieba_rs_wasm_bg.wasm'), path.join(out, 'jieba_rs_wasm_bg.wasm'));
for (const f of ['index.html', 'style.css']) fs.copyFileSync(path.join(here, 'src', f), path.join(out, f));

// the service worker precaches every file, versioned by their content
const files = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(path.relative(out, p).split(path.sep).join('/')); } };
walk(out);
files.sort();
const hash = crypto.createHash('sha256');
for (const f of files) hash.update(f).update(fs.readFileSync(path.join(out, f)));
const sw = fs.readFileSync(path.join(here, 'src/sw.js'), 'utf8')
  .replace('__VERSION__', hash.digest('hex').slice(0, 12))
  .replace('__FILES__', JSON.stringify(['./', ...files]));
fs.writeFileSync(path.join(out, 'sw.js'), sw);
const size = files.reduce((n, f) => n + fs.statSync(path.join(out, f)).size, 0);
console.log(`web: ${files.length + 1} files, ${(size / 1048576).toFixed(1)} MB → ${path.relative(process.cwd(), out) || '.'}`);

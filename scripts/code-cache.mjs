#!/usr/bin/env node
// Makes the CLI's CommonJS bundle ready for the bin (packages/cli/bin/xiaobao.js) and writes its V8 code cache:
// `node scripts/code-cache.mjs dist/cli.cjs` (run in packages/cli after tsup).
// 1. Every non-ASCII character (in regular expression literals and comments; esbuild escapes those in strings) becomes a
//    \uXXXX escape — the same character to the parser, in a string, a template, a regular expression (with or without
//    the u flag, a surrogate pair as two escapes is one code point) and a character class — so the bin reads the file
//    as a one-byte string without decoding UTF-8. An identity escape (\。) becomes the escape itself.
// 2. The first line names the bundle (a hash of its text): the cache is taken only for the bundle it was made from.
//    The file is the bundle inside a function of the CommonJS wrapper's parameters, so the bin compiles the file's text
//    as it is (a wrapper added at run time made a second string that V8 copied whole, 1.4 MB of fresh memory, before
//    looking the script up); required as a module (Node's own compile cache, Node ≥ 22.1) it runs that function itself.
// 3. The bin lints three fixtures (a clean file, a contract that needs the tree, an article that needs jieba) with
//    XIAOBAO_CODE_CACHE_OUT set, and writes `script.createCachedData()` after the run: the bytecode of the start path and
//    of every function those lints compiled, for this Node's V8. Another Node rejects it (its header, then V8's own
//    check) and compiles the file as usual. (The tree and jieba paths in the cache cost the clean file nothing measurable
//    and spare the contract ~4% of its run.)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

// the bin's script evaluates to the bundle's function; as a CommonJS module (`this` is then its module.exports, never
// in a script, even where module and require are globals: node -e, the REPL) it calls the function itself
const WRAP = "(function (main, self) { if (typeof module === 'object' && module !== null && self === module.exports) main(exports, require, module, __filename, __dirname); return main; })((function (exports, require, module, __filename, __dirname) {";
const END = '\n}), this)\n';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.resolve(process.argv[2] ?? 'dist/cli.cjs');
const bin = path.join(path.dirname(file), '..', 'bin', 'xiaobao.js');
let text = fs.readFileSync(file, 'utf8');
const marked = /^[^\n]*\/\/ xiaobao-bundle \S+\n/.exec(text);
if (marked) text = text.slice(marked[0].length, text.endsWith(END) ? -END.length : undefined);
// esbuild gives each `import fs from 'node:fs'` a namespace object of its own, copying every property of the built-in
// as a getter (47 copies, ~0.7 MB of allocation at start): a built-in's namespace is made once and shared, as an ES
// module's namespace is one object however often it is imported
const builtins = new Set(builtinModules);
text = text.replace(/__toESM\(require\("([^"]+)"\), 1\)/g, (all, name) => (builtins.has(name) ? `__xiaobaoBuiltin(require(${JSON.stringify(name)}))` : all));
if (text.includes('__xiaobaoBuiltin(') && !text.includes('function __xiaobaoBuiltin(')) {
  const nl = text.indexOf('\n') + 1;
  text = `${text.slice(0, nl)}var __xiaobaoNamespaces = new Map(); function __xiaobaoBuiltin(mod) { let ns = __xiaobaoNamespaces.get(mod); if (ns === undefined) __xiaobaoNamespaces.set(mod, (ns = __toESM(mod, 1))); return ns; }\n${text.slice(nl)}`;
}
text = text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => (slashes.length % 2 ? slashes.slice(1) : slashes) + `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
fs.writeFileSync(file, `${WRAP}// xiaobao-bundle ${id}\n${text}${END}`);

const cache = `${file}.cache`;
fs.rmSync(cache, { force: true });
const samples = ['wealth/product-notice-clean.md', 'contract/consumer-loan-contract.md', 'wealth/spring-wechat-article.md'].map((f) => path.join(root, 'fixtures', f)).filter((f) => fs.existsSync(f));
if (!samples.length) { console.log('code cache: no sample to lint, none written'); process.exit(0); }
const tmp = `${cache}.${process.pid}.tmp`;
const r = spawnSync(process.execPath, [bin, 'lint', '--no-config', ...samples], { cwd: root, env: { ...process.env, XIAOBAO_CODE_CACHE_OUT: tmp }, encoding: 'utf8' });
if (r.status === null || r.status > 1 || !fs.existsSync(tmp)) { fs.rmSync(tmp, { force: true }); console.error(`code cache: the sample run failed (${r.status}): ${r.stderr}`); process.exit(1); }
fs.renameSync(tmp, cache);
console.log(`code cache: ${fs.statSync(cache).size} bytes for bundle ${id}, Node ${process.version} (V8 ${process.versions.v8}, ${process.arch})`);

// What a one-file run loads (issue 14, a lean start): counted, not timed. The built CLI runs on one small file with a
// module hook that records every module it loads; the libraries a run does not need must not be among them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
// records each loaded module's URL (the hook runs on a worker thread of its own, so built-ins are counted without it)
const HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent("import { writeSync } from 'node:fs'; export async function load(url, ctx, next) { writeSync(2, 'LOADED ' + url + '\\\\n'); return next(url, ctx); }"));
`)}`;
// at exit, Node's own built-in modules that were loaded
const BUILTINS = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { for (const m of process.moduleLoadList) writeSync(2, 'BUILTIN ' + m + '\\n'); });")}`;

// at exit, how many dictionary lines were given to jieba (Jieba.withDict and loadDict, as the CLI resolves @node-rs/jieba)
const JIEBA = `data:text/javascript,${encodeURIComponent(`
import { createRequire } from 'node:module';
import { writeSync } from 'node:fs';
const mod = createRequire(${JSON.stringify(BIN)})('@node-rs/jieba');
let lines = 0;
const count = (d) => { for (const b of d) if (b === 10) lines++; };
const counted = (j) => new Proxy(j, { get: (t, k) => { const v = t[k]; return k === 'loadDict' ? (d) => { count(d); return v.call(t, d); } : typeof v === 'function' ? v.bind(t) : v; } });
const Jieba = mod.Jieba;
mod.Jieba = { withDict: (d) => { count(d); return counted(Jieba.withDict(d)); } };
process.on('exit', () => writeSync(2, 'JIEBA_LINES ' + lines + '\\n'));
`)}`;

const run = (preload: string, args: string[]) => spawnSync(process.execPath, ['--import', preload, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

/** the bundled libraries a run loaded (from the source paths esbuild leaves in each chunk) and the built-ins it loaded */
function loads(args: string[]) {
  const r = run(HOOK, args);
  const files = [...r.stderr.matchAll(/^LOADED (file:\S+)$/gm)].map((m) => new URL(m[1]));
  const libraries = new Set(files.flatMap((u) => [...fs.readFileSync(u, 'utf8').matchAll(/^\/\/ \S*node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1])));
  const b = run(BUILTINS, args);
  const builtins = new Set([...b.stderr.matchAll(/^BUILTIN NativeModule (\S+)$/gm)].map((m) => m[1]));
  return { code: r.status, files: files.length, libraries, builtins };
}

describe('a one-file run loads only what it needs', () => {
  it('a clean Markdown file: no Markdown tree, no glob library, no worker threads', () => {
    const l = loads(['lint', 'fixtures/wealth/product-notice-clean.md']);
    expect(l.code).toBe(0);
    expect(l.files).toBeGreaterThan(1); // the hook saw the bundle
    for (const lib of ['unified', 'remark-parse', 'remark-gfm', 'micromark', 'tinyglobby', 'fdir']) expect(l.libraries).not.toContain(lib);
    expect(l.builtins).not.toContain('worker_threads');
    expect(l.builtins).not.toContain('crypto'); // loaded for the first fingerprint; a clean file has none
    expect(l.files).toBeLessThanOrEqual(9); // the bin and a few bundle files (the worker is built apart)
  });

  it('a glob loads the glob library; a file whose tree needs a remark parse loads remark', () => {
    expect(loads(['lint', 'fixtures/wealth/product-notice-*.md']).libraries).toContain('tinyglobby');
    // bold inside a line (**注意：**本条款…): remark
    const excerpt = loads(['lint', 'fixtures/parsers/cjk-emphasis.md']);
    expect(excerpt.libraries).toContain('remark-parse');
    expect(excerpt.builtins).toContain('crypto'); // it has findings to fingerprint
    // no '<' in it, so no raw HTML: rehype-parse and parse5 stay unloaded
    for (const lib of ['rehype-parse', 'parse5']) expect(excerpt.libraries).not.toContain(lib);
    // a contract needing the tree whose chunks are all simple (headings, clauses, bold clauses, fill-in blanks): no remark
    const contract = loads(['lint', 'fixtures/contract/consumer-loan-contract.md']);
    expect(contract.code).toBe(1);
    for (const lib of ['unified', 'remark-parse', 'micromark']) expect(contract.libraries).not.toContain(lib);
  });

  it('a file whose boundary check needs jieba gives it the few dictionary entries of its window, not dict.txt', () => {
    const r = run(JIEBA, ['lint', 'fixtures/wealth/spring-wechat-article.md']);
    expect(r.status).toBe(1);
    const lines = Number(/^JIEBA_LINES (\d+)$/m.exec(r.stderr)?.[1]);
    expect(lines).toBeGreaterThan(2); // the padding entry and the window's words
    expect(lines).toBeLessThan(100); // dict.txt has ~350,000
  });
});

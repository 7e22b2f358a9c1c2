// What a one-file run loads (issue 14, a lean start): counted, not timed. The bin runs the CLI as one CommonJS bundle
// (dist/cli.cjs) whose modules are initialised on first use; the built CLI runs on one small file under V8's precise
// coverage, and the bundled libraries whose code ran are read off the bundle's `// path` comments (esbuild writes one
// before each module); the libraries a run does not need must not be among them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const BUNDLE = path.join(ROOT, 'packages/cli/dist/cli.cjs');
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

const run = (preload: string, args: string[], env?: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['--import', preload, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: env && { ...process.env, ...env } });

/** for each module of the bundle, where its code begins and the library it belongs to (undefined: our own code) */
function bundleModules(source: string) {
  return [...source.matchAll(/^\/\/ (\S+\.(?:[cm]?js|ts|json))$/gm)].map((m) => ({
    at: m.index!,
    library: /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(m[1])?.[1], // the last node_modules/ (pnpm nests them)
  }));
}

/** the files of this package that ran, the bundled libraries whose code ran (V8 coverage: functions called at least once) and the built-ins loaded */
function loads(args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-coverage-'));
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_V8_COVERAGE: dir } });
    const scripts = fs.readdirSync(dir).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).result) as { url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[];
    const ours = scripts.filter((s) => s.url.startsWith('file:') && s.url.includes('/packages/cli/') && s.functions.some((f) => f.ranges[0].count > 0));
    const files = ours.map((s) => path.relative(path.join(ROOT, 'packages/cli'), new URL(s.url).pathname)).sort();
    const libraries = new Set<string>();
    // the bundle, and the Markdown and HTML stacks' own bundle when a document needed a tree (dist/markdown-stack.cjs)
    for (const bundle of ours.filter((s) => s.url.endsWith('.cjs'))) {
      const file = new URL(bundle.url).pathname;
      // (dist/cli.cjs is ASCII; coverage offsets are in UTF-16 code units of the file's text)
      const source = fs.readFileSync(file, 'utf8');
      // the bin compiles the file as it is (the build wrapped the bundle in a function): the offsets are the file's
      if (file === BUNDLE) expect(Math.max(...bundle.functions.map((f) => f.ranges[0].endOffset))).toBe(source.length);
      const modules = bundleModules(source);
      for (const f of bundle.functions) {
        const { startOffset, count } = f.ranges[0];
        if (count === 0) continue;
        let lo = 0, hi = modules.length; // the last module that begins before the function
        while (lo < hi) { const mid = (lo + hi) >> 1; if (modules[mid].at <= startOffset) lo = mid + 1; else hi = mid; }
        const lib = lo > 0 ? modules[lo - 1].library : undefined;
        if (lib) libraries.add(lib);
      }
    }
    const b = run(BUILTINS, args);
    const builtins = new Set([...b.stderr.matchAll(/^BUILTIN NativeModule (\S+)$/gm)].map((m) => m[1]));
    return { code: r.status, files, libraries, builtins };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('a one-file run loads only what it needs', () => {
  it('a clean Markdown file: no Markdown tree, no glob library, no worker threads', () => {
    const l = loads(['lint', 'fixtures/wealth/product-notice-clean.md']);
    expect(l.code).toBe(0);
    expect(l.files).toEqual(['bin/xiaobao.js', 'dist/cli.cjs']); // the bin and the bundle, nothing else of this package
    for (const lib of ['unified', 'remark-parse', 'remark-gfm', 'micromark', 'tinyglobby', 'fdir']) expect(l.libraries).not.toContain(lib);
    expect(l.builtins).not.toContain('worker_threads');
    expect(l.builtins).not.toContain('crypto'); // loaded for the first fingerprint; a clean file has none
    expect(l.builtins).not.toContain('net'); // process.stdout/stderr (pipes here) are not built when nothing is printed
    // nor when the output is printed: it is written to descriptor 1, not through the stream Node builds for a pipe
    const json = loads(['lint', '--format', 'json', 'fixtures/wealth/product-notice-clean.md']);
    expect(json.code).toBe(0);
    expect(json.builtins).not.toContain('net');
  });

  it('a glob loads the glob library; a file whose tree needs a remark parse loads remark', () => {
    expect(loads(['lint', 'fixtures/wealth/product-notice-*.md']).libraries).toContain('tinyglobby');
    // bold inside a line (**注意：**本条款…): remark
    const excerpt = loads(['lint', 'fixtures/parsers/cjk-emphasis.md']);
    expect(excerpt.libraries).toContain('remark-parse');
    expect(excerpt.files).toEqual(['bin/xiaobao.js', 'dist/cli.cjs', 'dist/markdown-stack.cjs']); // remark is in a file of its own
    expect(excerpt.builtins).toContain('crypto'); // it has findings to fingerprint
    // no '<' in it, so no raw HTML: rehype-parse and parse5 stay unloaded
    for (const lib of ['rehype-parse', 'parse5']) expect(excerpt.libraries).not.toContain(lib);
    // a contract needing the tree whose chunks are all simple (headings, clauses, bold clauses, fill-in blanks): no remark
    const contract = loads(['lint', 'fixtures/contract/consumer-loan-contract.md']);
    expect(contract.code).toBe(1);
    for (const lib of ['unified', 'remark-parse', 'micromark']) expect(contract.libraries).not.toContain(lib);
    expect(contract.files).toEqual(['bin/xiaobao.js', 'dist/cli.cjs']);
  });

  it('a file whose boundary check needs jieba gives it the few dictionary entries of its window, not dict.txt', () => {
    const r = run(JIEBA, ['lint', 'fixtures/wealth/spring-wechat-article.md']);
    expect(r.status).toBe(1);
    const lines = Number(/^JIEBA_LINES (\d+)$/m.exec(r.stderr)?.[1]);
    expect(lines).toBeGreaterThan(2); // the padding entry and the window's words
    expect(lines).toBeLessThan(100); // dict.txt has ~350,000
  });
});

describe('the end of a run', () => {
  // at exit: whether process.exit() ended the run, and the exit code 'exit' saw
  const EXIT = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; const exit = process.exit; process.exit = (...a) => { writeSync(2, 'PROCESS.EXIT\\n'); return exit(...a); }; process.on('exit', (c) => writeSync(2, 'EXIT ' + c + '\\n'));")}`;
  it('ends at beforeExit with process.exit, with its exit code and all its output', () => {
    const clean = run(EXIT, ['lint', 'fixtures/wealth/product-notice-clean.md']);
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '', 'PROCESS.EXIT\nEXIT 0\n']);
    const contract = run(EXIT, ['lint', '--format', 'json', 'fixtures/contract/consumer-loan-contract.md']);
    expect([contract.status, contract.stderr]).toEqual([1, 'PROCESS.EXIT\nEXIT 1\n']);
    expect(JSON.parse(contract.stdout)[0].messages.length).toBeGreaterThan(0);
    expect(contract.stdout).toBe(spawnSync(process.execPath, [BIN, 'lint', '--format', 'json', 'fixtures/contract/consumer-loan-contract.md'], { cwd: ROOT, encoding: 'utf8' }).stdout);
  });
  it('another beforeExit listener keeps the natural exit, and the work it schedules is done', () => {
    const LATE = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; let n = 0; process.on('beforeExit', () => { if (n++ === 0) setTimeout(() => writeSync(2, 'LATE\\n'), 20); }); process.on('exit', (c) => writeSync(2, 'EXIT ' + c + '\\n'));")}`;
    const r = run(LATE, ['lint', 'fixtures/wealth/product-notice-clean.md']);
    expect([r.status, r.stderr]).toEqual([0, 'LATE\nEXIT 0\n']);
  });
});

describe('the code cache', () => {
  // the file as bin/xiaobao.js compiles it (the build wrapped it): V8 takes a cache only for a script of the length it was
  // made from
  const CHECK = `
const fs = require('node:fs'); const vm = require('node:vm');
const file = ${JSON.stringify(BUNDLE)};
const source = fs.readFileSync(file, 'latin1');
const cache = fs.readFileSync(file + '.cache');
const name = 'xiaobao-code-cache ' + /^[^\\n]*\\/\\/ xiaobao-bundle (\\S+)\\n/.exec(source)[1] + ' ' + process.versions.v8 + ' ' + process.arch;
const key = name + ' '.repeat(15 - (name.length % 16)) + '\\n';
if (key.length % 16) { console.log('UNALIGNED'); process.exit(0); }
if (cache.latin1Slice(0, key.length) !== key) { console.log('HEADER'); process.exit(0); }
const script = new vm.Script(source, { filename: file, cachedData: cache.subarray(key.length) });
console.log(script.cachedDataRejected ? 'REJECTED' : typeof script.runInThisContext() === 'function' ? 'ACCEPTED' : 'NO FUNCTION');
`;

  it('the build made a cache that this Node takes for the bundle, and the bundle is ASCII', () => {
    const r = spawnSync(process.execPath, ['-e', CHECK], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('ACCEPTED');
    expect(/[^\x00-\x7f]/.test(fs.readFileSync(BUNDLE, 'latin1'))).toBe(false);
  });

  it("the bin gives V8 the build's cache for the bundle, read into the bundle's buffer, and V8 takes it", () => {
    const SPY = `data:text/javascript,${encodeURIComponent(`
import vm from 'node:vm'; import { writeSync } from 'node:fs';
const Script = vm.Script;
vm.Script = class extends Script { constructor(src, o) { super(src, o); writeSync(2, 'SCRIPT ' + (o && o.cachedData ? (this.cachedDataRejected ? 'REJECTED' : 'ACCEPTED') + ' ' + (o.cachedData.byteOffset % 16) + ' ' + (o.cachedData.buffer.byteLength >= src.length) : 'NONE') + '\\n'); } };
`)}`;
    const r = run(SPY, ['lint', 'fixtures/wealth/product-notice-clean.md']);
    expect([r.status, r.stderr]).toEqual([0, 'SCRIPT ACCEPTED 0 true\n']);
  });

  it('the bundle makes one namespace object per built-in, not one per import', () => {
    const source = fs.readFileSync(BUNDLE, 'latin1');
    expect(source).not.toMatch(/__toESM\(require\("(?:fs|path|os|crypto|process|http|worker_threads)"\)/);
    expect(source.match(/__xiaobaoBuiltin\(require\("fs"\)\)/g)!.length).toBeGreaterThan(10);
    expect(source).toMatch(/function __xiaobaoBuiltin\(mod\) \{ let ns = __xiaobaoNamespaces\.get\(mod\);/);
  });

  it('a cache for another bundle or another Node is not used, and the run is the same', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-cache-'));
    try {
      fs.cpSync(path.join(ROOT, 'packages/cli/bin'), path.join(tmp, 'bin'), { recursive: true });
      fs.cpSync(path.join(ROOT, 'packages/cli/dist'), path.join(tmp, 'dist'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'packages/cli/package.json'), path.join(tmp, 'package.json'));
      fs.symlinkSync(path.join(ROOT, 'packages/cli/node_modules'), path.join(tmp, 'node_modules'));
      const args = ['lint', '--format', 'json', 'fixtures/contract/consumer-loan-contract.md'];
      const want = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      const cacheFile = path.join(tmp, 'dist/cli.cjs.cache');
      const good = fs.readFileSync(cacheFile);
      const nl = good.indexOf(10);
      const variants = [
        Buffer.concat([Buffer.from(good.latin1Slice(0, nl).replace(` ${process.versions.v8} `, ' 0.0.0 ')), good.subarray(nl)]), // another V8
        Buffer.concat([good.subarray(0, nl + 1), Buffer.alloc(good.length - nl - 1, 7)]), // garbage V8 must refuse
        good.subarray(0, nl + 1 + 100), // cut short
        Buffer.alloc(0),
      ];
      for (const v of variants) {
        fs.writeFileSync(cacheFile, v);
        const r = spawnSync(process.execPath, [path.join(tmp, 'bin/xiaobao.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
        expect(r.status).toBe(want.status);
        expect(r.stdout.replaceAll(tmp, '')).toBe(want.stdout.replaceAll(path.join(ROOT, 'packages/cli'), ''));
        expect(r.stderr).toBe(want.stderr);
      }
      fs.rmSync(cacheFile);
      const r = spawnSync(process.execPath, [path.join(tmp, 'bin/xiaobao.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
      expect([r.status, r.stdout]).toEqual([want.status, want.stdout]);
      expect(fs.readdirSync(path.join(tmp, 'dist')).filter((f) => f.startsWith('cli.cjs'))).toEqual(['cli.cjs']); // nothing written at run time
      // no cache for this Node, and a Node with its own compile cache (faked here): the bundle is required as a module
      const fake = path.join(tmp, 'node22.cjs');
      fs.writeFileSync(fake, "require('node:module').enableCompileCache = () => { process.stderr.write('COMPILE_CACHE\\n'); };");
      const r22 = spawnSync(process.execPath, ['-r', fake, path.join(tmp, 'bin/xiaobao.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
      expect([r22.status, r22.stdout.replaceAll(tmp, ''), r22.stderr]).toEqual([want.status, want.stdout.replaceAll(path.join(ROOT, 'packages/cli'), ''), `COMPILE_CACHE\n${want.stderr}`]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

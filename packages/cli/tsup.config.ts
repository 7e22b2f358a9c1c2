import { defineConfig } from 'tsup';
// The CLI is bundled with the engine, the parsers, the Node API and their pure-JS dependencies into one file, dist/cli.cjs
// (below); what only some runs need (remark, the formatters' rarer paths, review, web) is initialised on first use. What
// must stay a real package (a native addon, modules loaded with createRequire, the large docx/exceljs of `review`) is
// external and a dependency of this package. dist/worker.js is the --concurrency worker, next to the bundle, with the
// same code, an ES module.
const RUNTIME_PACKAGES = ['@node-rs/jieba', 'nodejieba', 'ajv', 'iconv-lite', 'mammoth', 'jszip', '@xmldom/xmldom', 'docx', 'exceljs'];
const BUNDLED = new RegExp(`^(?!(?:${RUNTIME_PACKAGES.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(?:/|$))`);
const common = {
  format: ['esm'],
  dts: false,
  target: 'node20',
  platform: 'node',
  splitting: true,
  external: RUNTIME_PACKAGES,
  noExternal: [BUNDLED],
  // bundled CommonJS modules (picomatch) call require(): give the ESM chunks one
  banner: { js: "import { createRequire as __xiaobaoCreateRequire } from 'node:module'; const require = __xiaobaoCreateRequire(import.meta.url);" },
} as const;
// The worker is a build of its own: built together, every module the CLI shares with it would be a chunk apart, and a
// start would load ~11 files instead of ~4 (each ES module costs ~1 ms to resolve, load and link)
// dist/cli.cjs is what the bin runs: the same code as one CommonJS file, everything but RUNTIME_PACKAGES inlined (a module
// only some runs need is initialised on first use, not at load), run through vm.Script with a V8 code cache made at build
// time (scripts/code-cache.mjs). Node 20 has no module.enableCompileCache, and a code cache is only taken for a script:
// with it a start deserialises the bytecode of the start path and of a first lint instead of compiling it. Dynamic
// imports of the external packages become require (they are all CommonJS), import.meta.url the file's own URL.
// The Markdown and HTML stacks are not in dist/cli.cjs but in dist/markdown-stack.cjs (packages/parsers/src/markdown-stack.ts), which the
// bundle requires the first time a document needs a tree: each of their imports in the engine's parsers resolves to a
// small module that takes the export from that file.
const STACK: Record<string, string> = { unified: 'unified', 'remark-parse': 'remarkParse', 'remark-gfm': 'remarkGfm', 'remark-cjk-friendly/parseOnly': 'remarkCjkFriendly', 'rehype-parse': 'rehypeParse' };
const STACK_FILE = './markdown-stack.cjs';
const stackApart = {
  name: 'markdown-stack-apart',
  setup(build: { onResolve: Function; onLoad: Function }) {
    build.onResolve({ filter: new RegExp(`^(?:${Object.keys(STACK).map((k) => k.replace(/[/.-]/g, '\\$&')).join('|')})$`) }, (a: { path: string }) => ({ path: a.path, namespace: 'markdown-stack' }));
    build.onResolve({ filter: /^\.\/markdown-stack\.cjs$/ }, (a: { path: string }) => ({ path: a.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'markdown-stack' }, (a: { path: string }) => {
      const name = STACK[a.path];
      const take = `require(${JSON.stringify(STACK_FILE)}).stack.${name}`;
      return { contents: name === 'unified' ? `export const unified = ${take};` : `export default ${take};`, loader: 'js' };
    });
  },
};
const cjs = {
  ...common,
  format: ['cjs'],
  splitting: false,
  outExtension: () => ({ js: '.cjs' }),
  banner: { js: "'use strict'; const __xiaobaoUrl = require('node:url').pathToFileURL(__filename).href;" },
  esbuildOptions(o: { supported?: Record<string, boolean>; define?: Record<string, string> }) {
    o.supported = { ...o.supported, 'dynamic-import': false };
    o.define = { ...o.define, 'import.meta.url': '__xiaobaoUrl' };
  },
} as const;
export default defineConfig([
  { ...common, entry: { worker: '../node/src/worker.ts' }, clean: true },
  { ...cjs, entry: { cli: 'src/cli.ts' }, clean: false, esbuildPlugins: [stackApart] },
  { ...cjs, entry: { 'markdown-stack': '../parsers/src/markdown-stack.ts' }, clean: false },
]);

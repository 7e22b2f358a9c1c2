import { defineConfig } from 'tsup';
// The CLI is bundled with the engine, the parsers, the Node API and their pure-JS dependencies: a start resolves and
// compiles a few files instead of ~20 (a clean file) or ~200 (a Markdown tree); what only some runs need (remark,
// the formatters' rarer paths, review, web) stays in chunks loaded on demand. What must stay a real package (a native
// addon, modules loaded with createRequire, the large docx/exceljs of `review`) is external and a dependency of this
// package. dist/worker.js is the --concurrency worker, next to the bundle, with the same code.
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
export default defineConfig([
  { ...common, entry: { cli: 'src/cli.ts' }, clean: true },
  { ...common, entry: { worker: '../node/src/worker.ts' }, clean: false },
]);

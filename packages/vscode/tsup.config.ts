// Two bundles for the .vsix (vsce does not follow pnpm's symlinks, so nothing is left in node_modules):
// the client (CommonJS, `vscode` provided by the host) and the language server with the engine, parsers and
// their dependencies. What must stay a real package (native addons, modules loaded with createRequire)
// is external here and copied into dist/node_modules by scripts/package.mjs.
import { defineConfig } from 'tsup';
const RUNTIME_PACKAGES = ['@node-rs/jieba', 'nodejieba', 'ajv', 'iconv-lite'];
/** every module but those (and their subpaths) is bundled */
const BUNDLED = new RegExp(`^(?!(?:${RUNTIME_PACKAGES.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})(?:/|$))`);
export default defineConfig([
  { entry: { extension: 'src/extension.ts' }, format: ['cjs'], platform: 'node', target: 'node20', clean: false, dts: false, external: ['vscode'], noExternal: [/^vscode-languageclient/] },
  { entry: { server: '../language-server/src/server.ts' }, format: ['cjs'], platform: 'node', target: 'node20', clean: false, dts: false, shims: true, external: RUNTIME_PACKAGES, noExternal: [BUNDLED] },
  // the extension-host test suite (test/e2e/run-ext-tests.mjs), not packaged
  { entry: { 'suite/index': 'test/suite/index.ts', 'suite/extension.test': 'test/suite/extension.test.ts' }, outDir: 'out-test', format: ['cjs'], platform: 'node', target: 'node20', clean: false, dts: false, external: ['vscode', 'mocha'] },
]);

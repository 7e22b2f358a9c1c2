import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(`./packages/${p}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@xiaobao/core': src('core'),
      '@xiaobao/parsers': src('parsers'),
      '@xiaobao/node': src('node'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'bench/**/*.test.ts'],
    // the extension's mocha suite runs inside VS Code's extension host (packages/vscode/test/e2e/e2e.sh)
    exclude: [...configDefaults.exclude, 'packages/vscode/test/suite/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // the run's temporary files in one directory, removed at the end (vitest.tmpdir.ts)
    globalSetup: ['./vitest.tmpdir.ts'],
    // one event-loop turn after each test, so a long synchronous file never starves the worker's messages (vitest.setup.ts)
    setupFiles: ['./vitest.setup.ts'],
  },
});

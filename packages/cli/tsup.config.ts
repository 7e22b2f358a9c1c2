import { defineConfig } from 'tsup';
export default defineConfig({
  entry: ['src/cli.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
  shims: true,
  splitting: true,
  // the CLI is a thin layer over @xiaobao/node; the packages resolve their own dependencies
  external: [/^@xiaobao\//],
});

import { defineConfig } from 'tsup';
export default defineConfig({
  entry: ['src/index.ts', 'src/markdown.ts', 'src/html.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  shims: true,
  external: [/^@xiaobao\//],
});

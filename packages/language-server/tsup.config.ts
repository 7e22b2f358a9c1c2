import { defineConfig } from 'tsup';
export default defineConfig({
  entry: ['src/server.ts'],
  format: ['esm'],
  dts: false,
  clean: true,
  target: 'node20',
  shims: true,
  external: [/^@xiaobao\//],
});

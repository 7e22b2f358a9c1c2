import { defineConfig } from 'tsup';
export default defineConfig({
  entry: { index: 'src/index.ts', worker: 'src/worker.ts', review: 'src/review/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  shims: true,
  external: [/^@xiaobao\//],
  // bundled, so that config.ts's require('picomatch') is evaluated only when a config names a glob
  noExternal: ['picomatch'],
});

#!/usr/bin/env node
// The V8 compile cache (Node ≥ 22.1) makes every later start skip compiling the CLI's modules; a no-op elsewhere.
import module from 'node:module';
try { module.enableCompileCache?.(); } catch { /* a read-only cache directory is not an error */ }
import('../dist/cli.js').then((m) => m.main(process.argv.slice(2))).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`xiaobao: internal error: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);

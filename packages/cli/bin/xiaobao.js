#!/usr/bin/env node
// The bin is CommonJS (bin/package.json): a CommonJS entry starts without Node's ES module loader. It runs dist/cli.cjs,
// the CLI as one file, through vm.Script with the V8 code cache the build made for this Node (dist/cli.cjs.cache): the
// start path and a first lint are deserialised, not compiled. The cache is used only when its header names this
// bundle, this V8 and this architecture, and V8 checks it again (its version and flags); otherwise the file is compiled
// as usual (on Node ≥ 22.1 through Node's own compile cache, as before). The bin writes nothing of its own at run time:
// XIAOBAO_CODE_CACHE_OUT is for the build (scripts/code-cache.mjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, '..', 'dist', 'cli.cjs');
const fail = (err) => { process.stderr.write(`xiaobao: internal error: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; };

function load() {
  const buf = fs.readFileSync(file);
  // the build escapes every non-ASCII character, wraps the bundle in a function of the CommonJS wrapper's parameters
  // (the script evaluates to it) and marks the file with an id: a one-byte string, read without decoding and compiled
  // as it is (scripts/code-cache.mjs)
  const id = /^[^\n]*\/\/ xiaobao-bundle (\S+)\n/.exec(buf.latin1Slice(0, 512));
  const source = id ? buf.latin1Slice() : `(function (exports, require, module, __filename, __dirname) {${buf.toString('utf8')}\n})`;
  // the cache's header names the bundle, this V8 and this architecture, padded to 16 bytes: V8 copies cached data that
  // is not pointer-aligned (a Buffer read from a file starts aligned)
  const name = id && `xiaobao-code-cache ${id[1]} ${process.versions.v8} ${process.arch}`;
  const key = id && `${name}${' '.repeat(15 - (name.length % 16))}\n`;
  let cachedData;
  if (key && !process.env.XIAOBAO_CODE_CACHE_OUT) {
    let fd;
    try {
      // read into the bundle's buffer when it fits (the source is a copy of it now): memory already touched, not fresh
      // pages (~12 µs each on the benchmark machine)
      fd = fs.openSync(`${file}.cache`, 'r');
      const size = fs.fstatSync(fd).size;
      const into = id && size <= buf.length ? buf : Buffer.allocUnsafeSlow(size);
      let n = 0;
      for (let r; n < size && (r = fs.readSync(fd, into, n, size - n, n)) > 0;) n += r;
      const cache = into.subarray(0, n);
      if (cache.length > key.length && cache.latin1Slice(0, key.length) === key) cachedData = cache.subarray(key.length);
    } catch { /* no cache: compile */ } finally { if (fd !== undefined) fs.closeSync(fd); }
  }
  if (!cachedData && !process.env.XIAOBAO_CODE_CACHE_OUT) {
    // no cache for this Node: where Node has its own compile cache (≥ 22.1) it caches the bundle as a module of its own
    const { enableCompileCache } = require('node:module');
    if (typeof enableCompileCache === 'function') {
      try { enableCompileCache(); } catch { /* a read-only cache directory is not an error */ }
      return { main: require(file).main, save: () => {} };
    }
  }
  const script = new vm.Script(source, { filename: file, cachedData });
  // the bundle's buffer is free now (the source is a copy of it, V8 has read the cache): offered to the bundle's first
  // large read (the rule state), memory already touched instead of fresh pages
  globalThis[Symbol.for('xiaobao.scratch')] = buf;
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, require('node:module').createRequire(file), mod, file, path.dirname(file));
  return { main: mod.exports.main, save: key ? () => { const out = process.env.XIAOBAO_CODE_CACHE_OUT; fs.writeFileSync(out, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()])); } : () => {} };
}

// When the run is over (the event loop is empty: every write to stdout, stderr and files is done, every timer has run),
// exit there: the environment's teardown (its handles, the heap) is work nobody waits for. 'exit' is emitted all the
// same; a listener that schedules more work (another 'beforeExit' listener) keeps the natural exit.
process.once('beforeExit', () => { if (process.listenerCount('beforeExit') === 0) process.exit(); });

let cli;
try { cli = load(); } catch (err) { fail(err); }
if (cli) {
  cli.main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; if (process.env.XIAOBAO_CODE_CACHE_OUT) cli.save(); },
    fail,
  );
}

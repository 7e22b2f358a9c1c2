#!/usr/bin/env node
import('../dist/server.js').catch((err) => { process.stderr.write(`xiaobao-language-server: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; });

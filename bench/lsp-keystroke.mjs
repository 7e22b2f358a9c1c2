#!/usr/bin/env node
// Re-lint latency after one keystroke in a 100 KB Markdown document, through the language server over
// stdio: the time from didChange to the matching publishDiagnostics, median of 50 keystrokes. Also the cold run
// (didOpen in a fresh server to its diagnostics: engine, packs and the first parse) and a cached re-run (the same
// text again, median of 10), and the cold run's ratio to each.
//   node bench/lsp-keystroke.mjs       (after pnpm build)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
if (!fs.existsSync(path.join(ROOT, 'bench/out/corpus/00'))) { console.error('bench/lsp-keystroke.mjs: no corpus at bench/out/corpus — run `node bench/gen-corpus.mjs` first'); process.exit(2); }
const files = fs.readdirSync(path.join(ROOT, 'bench/out/corpus/00')).map((f) => fs.readFileSync(path.join(ROOT, 'bench/out/corpus/00', f), 'utf8'));
let text = '';
for (const f of files) { if (Buffer.byteLength(text) > 100 * 1024) break; text += f; }
const proc = spawn(process.execPath, [path.join(ROOT, 'packages/language-server/bin/xiaobao-language-server.js'), '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const waiters = new Map();
conn.onNotification('textDocument/publishDiagnostics', (p) => { waiters.get(p.version)?.(p); });
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: `file://${ROOT}`, capabilities: {}, initializationOptions: { debounceMs: 0 } });
conn.sendNotification('initialized', {});
const uri = `file://${ROOT}/bench/out/keystroke.md`;
const until = (v) => new Promise((res) => waiters.set(v, res));
let p = until(1);
const t0 = performance.now();
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await p;
const cold = performance.now() - t0;
const times = [];
for (let v = 2; v < 52; v++) {
  const at = Math.floor(text.length / 2) + v;
  p = until(v);
  const t = performance.now();
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: posOf(at), end: posOf(at) }, text: '的' }] });
  text = text.slice(0, at) + '的' + text.slice(at);
  await p;
  times.push(performance.now() - t);
}
// the same text again: a full-document change to identical content
const reruns = [];
for (let v = 52; v < 62; v++) {
  p = until(v);
  const t = performance.now();
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  await p;
  reruns.push(performance.now() - t);
}
reruns.sort((a, b) => a - b);
function posOf(o) { const before = text.slice(0, o).split('\n'); return { line: before.length - 1, character: before[before.length - 1].length }; }
times.sort((a, b) => a - b);
console.log(`100 KB (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB) Markdown, re-lint after one keystroke: median ${times[25].toFixed(1)} ms, p90 ${times[45].toFixed(1)} ms (aim < 30 ms)`);
console.log(`cold run (didOpen, fresh server) ${cold.toFixed(0)} ms; cached re-run of the same text: median ${reruns[5].toFixed(1)} ms = cold / ${(cold / reruns[5]).toFixed(1)}; a keystroke = cold / ${(cold / times[25]).toFixed(1)} (aim ≥ 8)`);
conn.dispose(); proc.kill();

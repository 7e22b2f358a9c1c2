#!/usr/bin/env node
// Writes @node-rs/jieba's dict.txt grouped by first character, for the segmenter's sub-dictionaries
// (packages/core/src/segmenter.ts): `node scripts/jieba-index.mjs packages/core/dist/jieba-index.bin`.
// Every line must be `word freq[ tag]`, sorted by the words' bytes, each word once: then jieba-rs's load_dict reads what
// the segmenter reads, the lines of the words that begin with a character are consecutive, and a word's line comes
// first among the lines that begin with it. Layout (little-endian): 'XBJ2', u32 byte size of the dict.txt it was made
// from, u32 n, u32 0, f64 the total of the frequencies, then n × (u32 code point, u32 offset, u32 length) sorted by code
// point: the byte range of dict.txt holding the lines of the words that begin with it.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'dist/jieba-index.bin');
const require = createRequire(path.join(root, 'packages/core/package.json'));
const dictFile = path.join(path.dirname(require.resolve('@node-rs/jieba/dict')), 'dict.txt');
const bytes = fs.readFileSync(dictFile);

// each first character's lines, as a byte range of dict.txt
const freq = new Map();
const ranges = new Map();
let off = 0, prev = '';
for (const line of bytes.toString('utf8').split('\n')) {
  const end = off + Buffer.byteLength(line) + 1;
  if (line) {
    const m = /^([^\s\u0085]+) (\d+)(?: [^\s\u0085]+)?$/.exec(line); // no White_Space inside a field
    if (!m || (prev && Buffer.compare(Buffer.from(prev), Buffer.from(m[1])) >= 0)) throw new Error(`${dictFile}: not a line \`word freq[ tag]\` after the word before it in byte order: ${line}`);
    prev = m[1];
    freq.set(m[1], Number(m[2]));
    const cp = m[1].codePointAt(0);
    if (ranges.has(cp)) ranges.get(cp)[1] = end;
    else ranges.set(cp, [off, end]);
  }
  off = end;
}
let total = 0;
for (const f of freq.values()) total += f;
if (!Number.isSafeInteger(total)) throw new Error('total frequency out of range');
const cps = [...ranges.keys()].sort((a, b) => a - b);
const out = Buffer.alloc(24 + 12 * cps.length);
out.write('XBJ2', 0, 'latin1');
out.writeUInt32LE(bytes.length, 4);
out.writeUInt32LE(cps.length, 8);
out.writeDoubleLE(total, 16);
cps.forEach((cp, i) => {
  const [a, b] = ranges.get(cp);
  out.writeUInt32LE(cp, 24 + 12 * i);
  out.writeUInt32LE(a, 28 + 12 * i);
  out.writeUInt32LE(Math.min(b, bytes.length) - a, 32 + 12 * i);
});
fs.mkdirSync(path.dirname(dest), { recursive: true });
fs.writeFileSync(dest, out);
console.log(`jieba index: ${freq.size} words under ${cps.length} first characters written to ${path.relative(process.cwd(), dest)}`);

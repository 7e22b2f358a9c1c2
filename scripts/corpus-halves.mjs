#!/usr/bin/env node
// The tune split's two halves, for tuning with a blind validation half (corpus/LABELLING.md, "Tuning with a blind
// half"): half A = documents of even-numbered batches (studied), half B = odd-numbered and unnumbered batches (read as
// totals only). Reads the JSON that `../shared/eval/score.mjs --json OUT` writes and prints TP/FP/FN and F1 per family
// for each half and both, and how many clean documents get findings in each.
// --quarters (from session 55): half B in two — B1 (batches numbered 1 mod 4, opened for study) and B3 (batches numbered
// 3 mod 4 and unnumbered ones, still read as totals only).
// --studied FILE (from session 67): also write FILE, the same JSON with only the studied quarters' documents (A and B1) and
// none of the scorer's totals — what a helper may be given as start figures (the full JSON names blind documents).
//   node scripts/corpus-halves.mjs OUT.json [--skip REGEX] [--quarters] [--studied FILE]
import fs from 'node:fs';
import { familyOf as family, readPerDocument } from './lib/score-json.mjs';

const args = process.argv.slice(2);
const si = args.indexOf('--skip');
const skip = si >= 0 ? new RegExp(args.splice(si, 2)[1]) : undefined;
const qi = args.indexOf('--quarters');
const sti = args.indexOf('--studied');
const studied = sti >= 0 ? args.splice(sti, 2)[1] : undefined;
const quarters = (qi >= 0 && args.splice(args.indexOf('--quarters'), 1).length > 0) || studied !== undefined;
if (args.length !== 1 || !fs.existsSync(args[0]) || (sti >= 0 && !studied)) {
  console.error('usage: node scripts/corpus-halves.mjs OUT.json [--skip REGEX] [--quarters] [--studied FILE]   (OUT.json from score.mjs --json)');
  process.exit(2);
}
const perDocument = readPerDocument(args[0], 'corpus-halves');

/** A for even-numbered batches (con-b100-…, mkt-b42-…), B for odd-numbered and unnumbered ones (with --quarters, B1 for
 * those numbered 1 mod 4 and B3 for the rest) */
function half(file) {
  const m = /[-_]b(\d+)[-_.]/.exec(file.slice(file.lastIndexOf('/') + 1));
  if (m && Number(m[1]) % 2 === 0) return 'A';
  if (!quarters) return 'B';
  return m && Number(m[1]) % 4 === 1 ? 'B1' : 'B3';
}
const counts = {};
const clean = quarters ? { A: [0, 0], B1: [0, 0], B3: [0, 0] } : { A: [0, 0], B: [0, 0] };
for (const d of perDocument) {
  if (skip?.test(d.file)) continue;
  const h = half(d.file);
  const both = quarters ? 'all' : 'A+B';
  for (const k of ['tp', 'fp', 'fn']) for (const x of d[k]) for (const key of [`${h} ${family(x)}`, `${h} all`, `${both} ${family(x)}`, `${both} all`]) (counts[key] ??= { tp: 0, fp: 0, fn: 0 })[k]++;
  if (!d.tp.length && !d.fn.length) { clean[h][1]++; if (d.fp.length) clean[h][0]++; }
}
const f1 = ({ tp, fp, fn }) => { const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1); return (2 * p * r) / (p + r || 1); };
for (const key of Object.keys(counts).sort()) {
  const c = counts[key];
  console.log(`${key.padEnd(26)} ${`${c.tp}/${c.fp}/${c.fn}`.padEnd(16)} F1 ${f1(c).toFixed(4)}`);
}
console.log(`clean documents with findings: ${Object.entries(clean).map(([h, [f, n]]) => `${h} ${f}/${n}`).join(', ')}`);
if (studied) {
  const { command } = JSON.parse(fs.readFileSync(args[0], 'utf8'));
  const keep = perDocument.filter((d) => half(d.file) !== 'B3');
  fs.writeFileSync(studied, JSON.stringify({ command, studiedOnly: true, perDocument: keep }));
  console.log(`studied quarters only (A, B1): ${keep.length} of ${perDocument.length} documents written to ${studied}`);
}

#!/usr/bin/env node
// How sure is a corpus figure? A document-level (cluster) bootstrap of the scorer's F1: documents are drawn with
// replacement, TP/FP/FN summed over the draw, F1 recomputed; the 2.5th and 97.5th percentiles of the draws are the 95%
// interval. Given two scorer JSONs of the same documents (two engines), it bootstraps the *difference* the same way,
// pairing each document with itself, so a change of a few findings can be told from noise.
//   node scripts/corpus-ci.mjs OUT.json [BASE.json] [--family F] [--draws N] [--seed S] [--unseen CORPUS]
// --unseen CORPUS (the corpus root, e.g. corpus): keep only the documents whose source repository (SOURCES.tsv) holds no
// document of any tune split — check documents from repositories the rules were never tuned on: the plainer forecast.
// With BASE.json, both are taken on the documents both scored. OUT.json and BASE.json are what `../shared/eval/score.mjs --json FILE` writes. Prints one line per figure; counts only,
// never a document's name (the interval can be computed on *check* without reading it).
import fs from 'node:fs';
import path from 'node:path';
import { familyOf as fam, readPerDocument } from './lib/score-json.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const family = opt('--family', undefined);
const unseenRoot = opt('--unseen', undefined);
const draws = Number(opt('--draws', '2000'));
let seed = Number(opt('--seed', '42')) >>> 0;
const fail = (msg) => { console.error(`xiaobao corpus-ci: ${msg}`); process.exit(2); };
if (args.length < 1 || args.length > 2 || !Number.isInteger(draws) || draws < 100) {
  fail('usage: node scripts/corpus-ci.mjs OUT.json [BASE.json] [--family F] [--draws N ≥ 100] [--seed S]');
}
const read = (f) => readPerDocument(f, 'corpus-ci');
/** per document [tp, fp, fn], keyed by the file's name (two engines may be scored from different folders) */
const counts = (docs) => new Map(docs.map((d) => [d.file.slice(d.file.lastIndexOf('/') + 1), ['tp', 'fp', 'fn'].map((k) => d[k].filter((x) => !family || fam(x) === family).length)]));
const a = counts(read(args[0]));
const b = args[1] ? counts(read(args[1])) : undefined;
// two engines are compared on the documents both scored (a batch added between them is left out, and said so)
let files = [...a.keys()].filter((f) => !b || b.has(f));
let unseenNote = '';
if (unseenRoot) {
  // a document's source: the GitHub owner/name of its URL (any other URL: its host and first path segment)
  const repoOf = new Map();
  const sides = fs.readdirSync(unseenRoot).filter((d) => fs.existsSync(path.join(unseenRoot, d, 'SOURCES.tsv')));
  if (!sides.length) fail(`${unseenRoot} holds no corpus side with a SOURCES.tsv`);
  for (const side of sides) {
    for (const row of fs.readFileSync(path.join(unseenRoot, side, 'SOURCES.tsv'), 'utf8').split('\n')) {
      const [name, url] = row.split('\t');
      const m = /^https?:\/\/(?:www\.)?([^/\s]+)\/([^/\s]+)(?:\/([^/\s]+))?/.exec(url ?? '');
      if (name && m) repoOf.set(name, (m[1] === 'github.com' ? `${m[2]}/${m[3]}` : `${m[1]}/${m[2]}`).toLowerCase());
    }
  }
  const tuned = new Set();
  for (const side of sides) {
    const dir = path.join(unseenRoot, side, 'tune');
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir)) if (repoOf.has(f)) tuned.add(repoOf.get(f));
  }
  const before = files.length;
  const unknown = files.filter((f) => !repoOf.has(f)).length;
  files = files.filter((f) => repoOf.has(f) && !tuned.has(repoOf.get(f)));
  unseenNote = ` (of ${before}: only those from a repository no tune document comes from${unknown ? `; ${unknown} with no source row left out` : ''})`;
}
const onlyOne = b ? a.size + b.size - 2 * files.length : 0;
if (!files.length) fail(unseenRoot ? `${args[0]} scores no document from a repository no tune document comes from` : b ? `${args[0]} and ${args[1]} share no document` : `${args[0]} scores no document`);

// mulberry32: the same draws for the same seed on every machine
const rnd = () => { seed = (seed + 0x6d2b79f5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const f1 = (tp, fp, fn) => (tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1);
const total = (m, pick) => { let tp = 0, fp = 0, fn = 0; for (const f of pick) { const c = m.get(f); tp += c[0]; fp += c[1]; fn += c[2]; } return [tp, fp, fn]; };
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.max(0, Math.round(p * (xs.length - 1))))];

const pointA = f1(...total(a, files));
const pointB = b ? f1(...total(b, files)) : 0;
const fA = [], fD = [], pA = [], rA = [];
for (let i = 0; i < draws; i++) {
  const pick = Array.from({ length: files.length }, () => files[Math.floor(rnd() * files.length)]);
  const [tp, fp, fn] = total(a, pick);
  const x = f1(tp, fp, fn);
  fA.push(x);
  if (tp + fp) pA.push(tp / (tp + fp));
  if (tp + fn) rA.push(tp / (tp + fn));
  if (b) fD.push(x - f1(...total(b, pick)));
}
for (const xs of [fA, fD, pA, rA]) xs.sort((x, y) => x - y);
const [tp, fp, fn] = total(a, files);
const what = family ?? 'all families';
const range = (xs) => (xs.length ? `${pct(xs, 0.025).toFixed(3)}–${pct(xs, 0.975).toFixed(3)}` : 'none');
console.log(`${what}: ${files.length} documents${unseenNote}, TP/FP/FN ${tp}/${fp}/${fn}, F1 ${pointA.toFixed(4)}, 95% interval ${pct(fA, 0.025).toFixed(4)}–${pct(fA, 0.975).toFixed(4)} (${draws} draws); precision ${(tp / (tp + fp || 1)).toFixed(3)} (${range(pA)}), recall ${(tp / (tp + fn || 1)).toFixed(3)} (${range(rA)})`);
if (b) {
  const [btp, bfp, bfn] = total(b, files);
  const changed = files.filter((f) => a.get(f).some((v, k) => v !== b.get(f)[k])).length;
  console.log(`against ${args[1]}: F1 ${pointB.toFixed(4)} (TP/FP/FN ${btp}/${bfp}/${bfn}), difference ${(pointA - pointB >= 0 ? '+' : '')}${(pointA - pointB).toFixed(4)}, 95% interval ${pct(fD, 0.025).toFixed(4)}–${pct(fD, 0.975).toFixed(4)}; ${changed} documents changed${onlyOne ? `; ${onlyOne} documents scored by only one of the two left out` : ''}`);
}

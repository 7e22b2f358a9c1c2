#!/usr/bin/env node
// Splits a batch of newly collected corpus documents at random into tune (two thirds) and check (one third),
// before anyone labels them or runs the linter on them.
//
//   node scripts/corpus-split.mjs corpus/contracts BATCH
//
// Reads DIR/incoming-BATCH/ (documents .md .txt .html .docx, plus SOURCES.tsv: name<TAB>source URL<TAB>note),
// shuffles the documents with crypto randomness, moves two thirds into DIR/tune/ and the rest into DIR/check/,
// appends the sources to DIR/SOURCES.tsv and records the draw in DIR/SPLIT.md. Refuses a name that exists.
import fs from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';

const [dirArg, batch] = process.argv.slice(2);
if (!dirArg || !batch) { console.error('usage: corpus-split.mjs DIR [BATCH]'); process.exit(2); }
const dir = path.resolve(dirArg);
const incoming = path.join(dir, `incoming-${batch}`);
const docs = fs.readdirSync(incoming).filter((f) => /\.(md|txt|html|docx)$/.test(f)).sort();
if (!docs.length) { console.error(`no documents in ${incoming}`); process.exit(2); }
const sourcesFile = path.join(incoming, 'SOURCES.tsv');
const sources = fs.existsSync(sourcesFile) ? fs.readFileSync(sourcesFile, 'utf8').split('\n').filter((l) => l.trim()) : [];
const named = new Set(sources.map((l) => l.split('\t')[0]));
const missing = docs.filter((d) => !named.has(d));
if (missing.length) { console.error(`no source in ${incoming}/SOURCES.tsv for: ${missing.join(', ')}`); process.exit(2); }
for (const sub of ['tune', 'check']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
const clash = docs.filter((d) => ['tune', 'check'].some((s) => fs.existsSync(path.join(dir, s, d))));
if (clash.length) { console.error(`already split: ${clash.join(', ')}`); process.exit(2); }

// Fisher–Yates with crypto randomness: the draw is not chosen by anyone.
const order = [...docs];
for (let i = order.length - 1; i > 0; i--) { const j = randomInt(i + 1); [order[i], order[j]] = [order[j], order[i]]; }
const nCheck = Math.round(order.length / 3);
const check = new Set(order.slice(0, nCheck));
for (const d of docs) fs.renameSync(path.join(incoming, d), path.join(dir, check.has(d) ? 'check' : 'tune', d));
fs.appendFileSync(path.join(dir, 'SOURCES.tsv'), sources.map((l) => l + '\n').join(''));
fs.rmSync(sourcesFile);
if (!fs.readdirSync(incoming).length) fs.rmdirSync(incoming);
const lines = [`\n## ${batch} — split ${new Date().toISOString()} (crypto.randomInt Fisher–Yates), ${docs.length} documents`,
  `- check (${check.size}): ${docs.filter((d) => check.has(d)).join(', ')}`,
  `- tune (${docs.length - check.size}): ${docs.filter((d) => !check.has(d)).join(', ')}`, ''];
if (!fs.existsSync(path.join(dir, 'SPLIT.md'))) fs.writeFileSync(path.join(dir, 'SPLIT.md'), '# Random splits (made before labelling)\n');
fs.appendFileSync(path.join(dir, 'SPLIT.md'), lines.join('\n'));
console.log(lines.join('\n'));

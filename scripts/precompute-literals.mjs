#!/usr/bin/env node
// Reads, at build time, the literals every match of each emphasis shape, terms, discourse and rate-phrase pattern holds (what
// `requiredLiterals` reads from a pattern's source, ~5–10 ms for all shapes in a fresh process) and writes them keyed by
// flags and pattern text:
// `node scripts/precompute-literals.mjs packages/node/dist/literals.json`. A pattern not in the file (an edited or a
// user's shape) is read at run time; a test checks the file against `requiredLiterals`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDiscourse, ratePatterns, requiredLiterals } from '../packages/core/dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'dist/literals.json');
const rulesDir = path.join(root, 'rules');
const index = JSON.parse(fs.readFileSync(path.join(rulesDir, 'index.json'), 'utf8'));
/** keyed by flags (without g) and source, as `knownLiterals` looks them up */
const out = {};
const add = (re) => { out[`${re.flags.replace('g', '')}/${re.source}`] = requiredLiterals(re.source, re.flags); };
for (const p of index.packs) {
  const pack = JSON.parse(fs.readFileSync(path.join(rulesDir, p), 'utf8'));
  // as compiled: the emphasis shapes with u, the terms' patterns without
  for (const rule of pack.rules) {
    for (const shape of rule.shapes ?? []) add(new RegExp(shape.pattern, 'gu'));
    for (const src of rule.patterns ?? []) add(new RegExp(src, 'g'));
  }
}
// and the discourse patterns, compiled as the engine compiles them
const walk = (v) => { if (v instanceof RegExp) add(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
walk(compileDiscourse(JSON.parse(fs.readFileSync(path.join(rulesDir, index.discourse), 'utf8'))));
// and the rate phrases' (the engine's own)
ratePatterns().forEach(add);
fs.mkdirSync(path.dirname(dest), { recursive: true });
fs.writeFileSync(dest, JSON.stringify(out));
console.log(`literals of ${Object.keys(out).length} patterns written to ${path.relative(process.cwd(), dest)}`);

#!/usr/bin/env node
// Reads, at build time, the literals every match of each emphasis shape, terms, discourse and rate-phrase pattern holds (what
// `requiredLiterals` reads from a pattern's source, ~5–10 ms for all shapes in a fresh process) and writes them keyed by
// flags and a hash of the pattern text:
// `node scripts/precompute-literals.mjs packages/node/dist/literals.json`. A pattern not in the file (an edited or a
// user's shape) is read at run time; a test checks the file against `requiredLiterals`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDiscourse, literalKey, ratePatterns, requiredLiterals } from '../packages/core/dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'dist/literals.json');
const rulesDir = path.join(root, 'rules');
const index = JSON.parse(fs.readFileSync(path.join(rulesDir, 'index.json'), 'utf8'));
/** keyed by flags (without g) and a hash of the source (`literalKey`), as `knownLiterals` looks them up; two patterns
 * with one key would be an error */
const out = {};
const sources = new Map();
const add = (re) => {
  const key = literalKey(re.source, re.flags), was = sources.get(key);
  if (was !== undefined && was !== re.source) throw new Error(`two patterns with one literal key ${key}: ${was} / ${re.source}`);
  sources.set(key, re.source);
  out[key] = requiredLiterals(re.source, re.flags);
};
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

#!/usr/bin/env node
// Writes, at build time, the bundled rule set as loadBundledRules reads it from rules/ (the index, the packs, the
// dictionary's words, the discourse data) with the literals of the literals.json beside it, and the size, modification
// time and change time of each file it was read from: `node scripts/rules-state.mjs dist/rules-state.json`. At run time
// the state is taken only while every stamp still holds (an edited pack is read from rules/ as before, no rebuild needed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesStateJson, stateBytes } from '../packages/node/dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'dist/rules-state.json');
const literalsFile = path.join(path.dirname(dest), 'literals.json');
const json = rulesStateJson(path.join(root, 'rules'), fs.existsSync(literalsFile) ? literalsFile : undefined);
fs.mkdirSync(path.dirname(dest), { recursive: true });
// (in UTF-16 after a byte-order mark: read without decoding UTF-8, see stateText)
fs.writeFileSync(dest, stateBytes(json));
console.log(`rule set (${Math.round(json.length / 1024)} KB) written to ${path.relative(process.cwd(), dest)}`);

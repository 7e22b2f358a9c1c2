#!/usr/bin/env node
// Copies the rule packs (index, packs, schemas, discourse and detection data, dictionary) into a package, so an installed package
// finds them without this repository: `node scripts/bundle-rules.mjs packages/node/bundled-rules`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'bundled-rules');
fs.rmSync(dest, { recursive: true, force: true });
fs.cpSync(path.join(root, 'rules'), dest, { recursive: true });
console.log(`rule packs copied to ${path.relative(process.cwd(), dest) || '.'}`);

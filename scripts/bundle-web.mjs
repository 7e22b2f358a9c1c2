#!/usr/bin/env node
// Copies the built browser version (packages/web/dist) into the CLI package, so `xiaobao web` serves it from an
// installed package: `node scripts/bundle-web.mjs packages/cli/web`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'packages/web/dist');
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'web');
if (!fs.existsSync(path.join(src, 'index.html'))) { console.error('packages/web/dist is missing: build @xiaobao/web first'); process.exit(1); }
fs.rmSync(dest, { recursive: true, force: true });
fs.cpSync(src, dest, { recursive: true });
console.log(`web version copied to ${path.relative(process.cwd(), dest) || '.'}`);

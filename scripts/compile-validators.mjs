#!/usr/bin/env node
// Precompiles the JSON Schema validators (config, rule pack) with ajv's standalone code at build time, so a run that
// reads a config file or a user pack does not compile the schema (~0.16 s of ajv): `node scripts/compile-validators.mjs
// packages/node/dist/validators`. Each module records the SHA-256 of the schema it was made from; at run time a
// schema that differs (an edited rules directory) is compiled as before.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'packages/node/package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;
const dest = path.resolve(process.cwd(), process.argv[2] ?? 'dist/validators');
fs.mkdirSync(dest, { recursive: true });
for (const name of ['config', 'rule-pack']) {
  const text = fs.readFileSync(path.join(root, 'rules/schema', `${name}.schema.json`), 'utf8');
  // the same options as the run-time compilation in packages/node/src/validate.ts
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(text)));
  const hash = crypto.createHash('sha256').update(text).digest('hex');
  fs.writeFileSync(path.join(dest, `${name}.cjs`), `${code}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`);
}
console.log(`validators precompiled to ${path.relative(process.cwd(), dest) || '.'}`);

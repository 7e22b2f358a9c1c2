// The config and rule-pack validators precompiled at build time (scripts/compile-validators.mjs): the same verdicts
// and the same readable errors as compiling the schema with ajv, used without loading ajv's compiler, and not used
// when the schema on disk is not the one they were made from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readableErrors } from '../src/validate.js';

const ROOT = path.resolve(__dirname, '../../..');
const DIST = path.join(ROOT, 'packages/node/dist');
const require = createRequire(path.join(ROOT, 'packages/node/package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const compiled = (name: string) => new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/schema', `${name}.schema.json`), 'utf8')));

const configs: unknown[] = [
  {}, { product: 'loan' }, { product: 'rocket' }, { rules: { 'banned-terms': 'error', x: 'loud' } }, { locale: 'fr', strict: 'yes' },
  { terms: [{ term: '保本' }] }, { terms: [{}] }, { overrides: [{ files: ['*.md'], kind: 'contract' }] }, { overrides: [{ kind: 1 }] },
  { unknownKey: 1 }, [], 'text', { packs: ['./a.json', 3] }, { ignores: ['x/**'], root: true },
];
const packs: unknown[] = [
  JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/banned-terms.json'), 'utf8')),
  { name: 'p', version: '1.0.0', rules: [] }, { name: 'p', rules: [{ id: 'x' }] }, {},
];

describe('precompiled validators', () => {
  it('give the verdicts and readable errors ajv gives', () => {
    for (const [name, samples] of [['config', configs], ['rule-pack', packs]] as const) {
      const pre = require(path.join(DIST, 'validators', `${name}.cjs`));
      const ajv = compiled(name);
      let invalid = 0;
      for (const x of samples) {
        const ok = ajv(x);
        expect(pre(x), JSON.stringify(x)).toBe(ok);
        if (!ok) { invalid++; expect(readableErrors(pre.errors, x)).toEqual(readableErrors(ajv.errors, x)); }
      }
      expect(invalid).toBeGreaterThan(1);
    }
  });

  const probe = (rulesDir: string, cwd: string) => spawnSync(process.execPath, ['--input-type=module', '-e', `
    import { createRequire } from 'node:module';
    const { loadConfig } = await import(${JSON.stringify(path.join(DIST, 'index.js'))});
    let problem = '';
    try { loadConfig('a.md', { cwd: ${JSON.stringify(cwd)}, rulesDir: ${JSON.stringify(rulesDir)} }); } catch (e) { problem = e.problems.join(' '); }
    const req = createRequire(import.meta.url);
    const ajvCompiler = Object.keys(req.cache).some((k) => /ajv[\\\\/]dist[\\\\/](2020|core|compile)/.test(k));
    console.log(JSON.stringify({ ajvCompiler, problem }));
  `], { encoding: 'utf8' });

  it('a run with a config file does not load the ajv compiler; an edited schema is compiled as before', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-validators-'));
    fs.writeFileSync(path.join(dir, 'xiaobao.config.json'), JSON.stringify({ product: 'rocket' }));
    const r = JSON.parse(probe(path.join(ROOT, 'packages/node/bundled-rules'), dir).stdout);
    expect(r.ajvCompiler).toBe(false);
    expect(r.problem).toContain('product');
    // the same rules with a schema that says more: the precompiled validator no longer applies
    const rules = path.join(dir, 'rules');
    fs.cpSync(path.join(ROOT, 'rules'), rules, { recursive: true });
    const schemaFile = path.join(rules, 'schema/config.schema.json');
    fs.writeFileSync(schemaFile, fs.readFileSync(schemaFile, 'utf8').replace(/\n$/, '') + ' \n');
    const s = JSON.parse(probe(rules, dir).stdout);
    expect(s.ajvCompiler).toBe(true);
    expect(s.problem).toBe(r.problem);
  });
});

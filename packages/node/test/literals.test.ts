// The literals read at build time (scripts/precompute-literals.mjs → dist/literals.json, in @xiaobao/node and next to the
// CLI's bundle): exactly what `requiredLiterals` reads from each pattern with its flags, for every bundled emphasis shape
// (compiled with u), terms pattern (without), discourse and rate-phrase pattern.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDiscourse, knownLiterals, Linter, ratePatterns, requiredLiterals } from '@xiaobao/core';
import { parseString } from '@xiaobao/parsers';
import { loadBundledRules } from '../src/packs.js';

const ROOT = path.resolve(__dirname, '../../..');

describe('precomputed literals', () => {
  it.each(['packages/node/dist/literals.json', 'packages/cli/dist/literals.json'])('%s: every bundled shape, terms and discourse pattern, as requiredLiterals reads it', (file) => {
    const known = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string[][]>;
    const { packs, discourse } = loadBundledRules(path.join(ROOT, 'rules'));
    const rules = packs.flatMap((p) => p.rules);
    const compiled = [
      ...rules.flatMap((r) => r.shapes ?? []).map((s) => new RegExp(s.pattern, 'gu')),
      ...rules.flatMap((r) => r.patterns ?? []).map((s) => new RegExp(s, 'g')),
      // (every pattern of the compiled discourse, nested ones included — roles and mentions are [name, pattern] pairs, condition a group)
      ...(function all(v: unknown): RegExp[] { return v instanceof RegExp ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(all) : []; })(compileDiscourse(discourse)),
      ...ratePatterns(),
    ];
    expect(compiled.length).toBeGreaterThan(140);
    for (const re of compiled) expect(knownLiterals(() => known, re.source, re.flags), re.source).toEqual(requiredLiterals(re.source, re.flags));
    expect(Object.keys(known).length).toBe(new Set(compiled.map((re) => `${re.flags}/${re.source}`)).size);
    // keyed by a hash of the source, not the source
    expect(Object.keys(known).every((k) => k.length < 20)).toBe(true);
    expect(knownLiterals(() => known, 'not a bundled pattern', 'g')).toBeUndefined();
  });
  it('a linter given them finds what one without them finds, on every Markdown and text file of fixtures/ and corpus/', async () => {
    const known = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/node/dist/literals.json'), 'utf8')) as Record<string, string[][]>;
    const { packs, discourse, detection, dictionary } = loadBundledRules(path.join(ROOT, 'rules'));
    const files: string[] = [];
    const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (/\.(md|txt)$/.test(e.name)) files.push(f); } };
    walk(path.join(ROOT, 'fixtures'));
    expect(files.length).toBeGreaterThan(20);
    walk(path.join(ROOT, 'corpus'));
    // one linter of each for all files: the gate holds back, in every short text, each pattern whose literals it lacks
    const [gated, whole] = [() => known, undefined].map((literals) => new Linter({ packs, discourse, detection, dictionary, literals }));
    for (const f of files) {
      const doc = await parseString(fs.readFileSync(f, 'utf8'), f.endsWith('.md') ? 'markdown' : 'text');
      expect(JSON.stringify(gated.lint(doc).findings), f).toBe(JSON.stringify(whole.lint(doc).findings));
    }
  }, 240_000); // every corpus text, linted twice: the corpus grows by a batch or two a session
});

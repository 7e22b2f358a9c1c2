// The emphasis shapes' literals read at build time (scripts/precompute-literals.mjs → dist/literals.json, in @xiaobao/node
// and next to the CLI's bundle): exactly what `requiredLiterals` reads from each pattern, for every bundled shape.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '@xiaobao/core';
import { loadBundledRules } from '../src/packs.js';

const ROOT = path.resolve(__dirname, '../../..');

describe('precomputed shape literals', () => {
  it.each(['packages/node/dist/literals.json', 'packages/cli/dist/literals.json'])('%s: every bundled shape, as requiredLiterals reads it', (file) => {
    const known = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string[][]>;
    const shapes = loadBundledRules(path.join(ROOT, 'rules')).packs.flatMap((p) => p.rules).flatMap((r) => r.shapes ?? []);
    expect(shapes.length).toBeGreaterThan(50);
    for (const s of shapes) expect(known[s.pattern]).toEqual(requiredLiterals(s.pattern));
    expect(Object.keys(known).length).toBe(new Set(shapes.map((s) => s.pattern)).size);
  });
});

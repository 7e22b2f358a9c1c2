// Required literals of a regular expression: every match contains one of them (so a text without any is skipped).
// Checked on hand-made cases, on every expression in the shipped packs against every fixture and dev-set text and
// the packs' own examples, and on random expressions against random strings.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralGate, requiredLiterals } from '../src/regex-literals.js';
import { normalize } from '../src/normalize.js';


describe('requiredLiterals', () => {
  it('finds the literals a match must contain', () => {
    expect(new Set(requiredLiterals('提前(?:还款|归还)[^。]{0,30}(?:违约金|费)'))).toEqual(new Set(['提前还款', '提前归还']));
    expect(new Set(requiredLiterals('(?:本公司|我们)[^，]{0,14}(?<!不)免责(?!条款)'))).toEqual(new Set(['免责']));
    expect(new Set(requiredLiterals('[\\u4e00-\\u9fa5]{2,8}(?:银行|公司)有权'))).toEqual(new Set(['公司有权', '银行有权']));
    expect(new Set(requiredLiterals('(?:承担|提前承担)[^，]{0,8}(?:保证|担保)责任|保证金'))).toEqual(new Set(['保证金', '保证责任', '担保责任']));
    expect(new Set(requiredLiterals('[区县市]人民法院'))).toEqual(new Set(['区人民法院', '县人民法院', '市人民法院']));
    expect(new Set(requiredLiterals('a\\u4e00?b'))).toEqual(new Set(['ab', 'a一b']));
  });
  it('gives none when a branch or the whole has no requirement', () => {
    expect(requiredLiterals('保本|\\d+')).toBeUndefined();
    expect(requiredLiterals('(?:保本)?\\d')).toBeUndefined();
    expect(requiredLiterals('[^a]+')).toBeUndefined();
    expect(requiredLiterals('保本', 'i')).toBeUndefined();
    expect(requiredLiterals('(保本)\\1')).toEqual(['保本']);
    expect(requiredLiterals('(')).toBeUndefined();
  });
});

const RULES = path.resolve(__dirname, '../../../rules');
const packs = fs.readdirSync(RULES).filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => JSON.parse(fs.readFileSync(path.join(RULES, f), 'utf8')));
const expressions: RegExp[] = [];
const examples: string[] = [];
for (const p of packs) for (const r of p.rules ?? []) {
  for (const s of r.shapes ?? []) expressions.push(new RegExp(s.pattern, 'gu'));
  for (const s of r.patterns ?? []) expressions.push(new RegExp(s, 'g'));
  for (const e of [...(r.examples?.invalid ?? []), ...(r.examples?.valid ?? [])]) examples.push(typeof e === 'string' ? e : e.text);
}
const texts = (dir: string): string[] => !fs.existsSync(dir) ? [] : fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
  const f = path.join(dir, d.name);
  if (d.isDirectory()) return texts(f);
  return /\.(md|txt|html?)$/.test(d.name) ? [fs.readFileSync(f, 'utf8')] : [];
});

describe('the packs’ expressions', () => {
  it('has literals for most of them', () => {
    const known = expressions.filter((re) => requiredLiterals(re.source, re.flags));
    expect(expressions.length).toBeGreaterThan(40);
    expect(known.length / expressions.length).toBeGreaterThan(0.5);
  });
  it('every match contains a required literal (fixtures, dev set, examples)', () => {
    const all = [...texts(path.resolve(__dirname, '../../../fixtures')), ...texts(path.resolve(__dirname, '../../../../shared/eval/dev')), ...examples]
      .flatMap((t) => [t, normalize(t).text]);
    expect(all.length).toBeGreaterThan(100);
    let matches = 0;
    for (const re of expressions) {
      const lits = requiredLiterals(re.source, re.flags);
      if (!lits) continue;
      for (const t of all) for (const m of t.matchAll(re)) {
        matches++;
        if (!lits.some((l) => m[0].includes(l))) expect.fail(`${re.source} matched «${m[0]}» holding none of ${lits.join(' ')}`);
      }
    }
    expect(matches).toBeGreaterThan(100);
  });
  it('the gate says "may match" for every expression that matches', () => {
    const gate = new LiteralGate(expressions);
    for (const t of examples) {
      const may = gate.mayMatch(t);
      expressions.forEach((re, k) => { re.lastIndex = 0; if (re.test(t)) expect(may[k], re.source).toBe(1); });
    }
  });
});

describe('random expressions', () => {
  const alphabet = ['a', 'b', 'c', '保', '本'];
  const lit = fc.constantFrom(...alphabet);
  const re: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      lit, lit, fc.constant('[ab]'), fc.constant('[^a]'), fc.constant('.'), fc.constant('(?<!a)'), fc.constant('(?=b)'),
      fc.tuple(tie('node'), tie('node')).map(([x, y]) => x + y),
      fc.tuple(tie('node'), tie('node')).map(([x, y]) => `(?:${x}|${y})`),
      fc.tuple(tie('node'), fc.constantFrom('?', '*', '+', '{0,2}', '{1,3}', '{2}', '??')).map(([x, q]) => `(?:${x})${q}`)),
  })).node as fc.Arbitrary<string>;
  it('every match holds a required literal', () => {
    fc.assert(fc.property(re, fc.array(fc.constantFrom(...alphabet, '\n'), { maxLength: 30 }), (src, chars) => {
      const lits = requiredLiterals(src, 'g');
      if (!lits) return;
      const text = chars.join('');
      // a zero-width match holds no literal: a source with a requirement must never match the empty string
      for (const m of text.matchAll(new RegExp(src, 'g'))) {
        expect(lits.some((l) => m[0].includes(l)), `${src} on ${text}: «${m[0]}» vs ${lits}`).toBe(true);
      }
    }), { numRuns: 3000 });
  });
});

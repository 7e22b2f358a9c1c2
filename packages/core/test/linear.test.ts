// Work grows linearly with the number of hits: each adversarial input (bench/adversarial.mjs has the timings) is
// linted at n and 2n, and the deterministic counters — candidates verified and spans visited by the containment
// passes (exceptions, mentions, overlapping hits) — must at most about double. All-pairs passes would quadruple.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Linter, type RulePack } from '../src/index.js';
import { loadMarkdown, parseMarkdown } from '../../parsers/src/markdown.js';
await loadMarkdown(); // remark-gfm, for the tables

const RULES = path.resolve(__dirname, '../../../rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const packs: RulePack[] = index.packs.map((p: string) => JSON.parse(fs.readFileSync(path.join(RULES, p), 'utf8')));
const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
const detection = JSON.parse(fs.readFileSync(path.join(RULES, index.detection), 'utf8'));
const linter = new Linter({ packs, discourse, detection });

const inputs: [string, (n: number) => string][] = [
  ['table rows, a banned term each', (n) => ['# 理财', '', '| 产品 | 说明 |', '| --- | --- |', ...Array.from({ length: n }, (_, i) => `| 产品${i} | 保本保收益，稳赚不赔 |`)].join('\n')],
  ['one paragraph repeating a phrase', (n) => `# 理财\n\n${'本产品保本保息，零风险。'.repeat(n)}`],
  ['one line without stops', (n) => '保本稳赚零风险最高第一'.repeat(n)],
  ['overlapping terms and exceptions', (n) => '保本保息保本保收益最高额抵押第一条'.repeat(n)],
];

describe('linear in hits', () => {
  it.each(inputs)('%s', (_name, make) => {
    const work = (n: number) => linter.lint(parseMarkdown(make(n)), { product: 'wealth', kind: 'marketing' }).stats;
    const a = work(400), b = work(800);
    expect(a.candidates).toBeGreaterThan(100);
    expect(b.candidates / a.candidates).toBeLessThanOrEqual(2.2);
    expect((b.visited ?? 0) / Math.max(1, a.visited ?? 0)).toBeLessThanOrEqual(2.2);
  });
});

// the rates engine read a phrase's whole block (its term, principal, upfront fee) once per phrase: a line of 20,000 rates
// read it 20,000 times (found by fuzzing: 400 KB took 14 s), compared each stated APR with every rate beside it and looked
// through all the APRs for the one nearest each rate. The characters it reads and the phrases it compares must about double.
const rateLines: [string, (n: number) => string][] = [
  ['one line of daily rates', (n) => '日息低至0.02%，'.repeat(n)],
  ['one line of daily rates and APRs', (n) => '日息0.02%，年化利率7.3%，每期手续费率0.5%，'.repeat(n)],
];

describe('linear in rate phrases', () => {
  it.each(rateLines)('%s', (_name, make) => {
    const work = (n: number) => linter.lint(parseMarkdown(make(n)), { product: 'loan', kind: 'marketing' }).stats;
    const a = work(400), b = work(800);
    expect(a.rateBlockChars).toBeGreaterThan(1000);
    expect(b.rateBlockChars / a.rateBlockChars).toBeLessThanOrEqual(2.2);
    // (the nearest APR by binary search: n log n, ×2.2; looked through all of them, ×4)
    expect(b.ratePairs / Math.max(1, a.ratePairs)).toBeLessThanOrEqual(2.5);
  });
});

// the lexical Markdown view's prominence check (`plainSpan`: is a rate's line free of emphasis, so no tree is needed?)
// judged one long line of rates once per phrase: 32,000 phrases read the line 32,000 times. What it reads, counted, must
// about double — on one long line and on many short ones.
const { parseMarkdownLexical } = await import('../../parsers/src/markdown-lexical.js');
const plainInputs: [string, (n: number) => string][] = [
  ['one line of daily rates and APRs', (n) => '日息0.02%，年化利率7.3%，'.repeat(n)],
  ['a line of rates each', (n) => Array.from({ length: n }, (_, i) => `产品${i}：日息0.02%，年化利率7.3%`).join('\n')],
];

describe('linear in the lexical view\'s prominence check', () => {
  it.each(plainInputs)('%s', (_name, make) => {
    const work = (n: number) => { const doc = parseMarkdownLexical(make(n)); linter.needsStructure(doc, { product: 'loan', kind: 'marketing' }); return doc.plainWork.read; };
    const a = work(400), b = work(800);
    expect(a).toBeGreaterThan(400);
    expect(b / a).toBeLessThanOrEqual(2.2);
  });
});

// Every shipped pack validates against the schema, and every rule's own examples behave as the pack says:
// each invalid example gives at least one finding of that rule, each valid example none.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Linter, plainTextDocument, type Example, type RuleEntry, type RulePack, PRODUCTS, KINDS } from '../src/index.js';
import { loadMarkdown, parseMarkdown } from '../../parsers/src/markdown.js';
await loadMarkdown(); // remark-gfm, for the tables

const RULES = path.resolve(__dirname, '../../../rules');
const index = JSON.parse(fs.readFileSync(path.join(RULES, 'index.json'), 'utf8'));
const files: string[] = index.packs.map((p: string) => path.join(RULES, p)).filter((f: string) => fs.existsSync(f));
const packs: RulePack[] = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const dictionary = fs.readFileSync(path.join(RULES, index.dictionary), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(/\s+/)[0]);
const schema = JSON.parse(fs.readFileSync(path.join(RULES, 'schema/rule-pack.schema.json'), 'utf8'));
const validate = new (Ajv2020 as any)({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

describe('rule packs validate', () => {
  it.each(files.map((f) => [path.basename(f), f]))('%s', (_name, f) => {
    const ok = validate(JSON.parse(fs.readFileSync(f, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
  it('the schema rejects a broken pack', () => {
    expect(validate({ name: 'x', version: '1', rules: [{ id: 'Bad Id', engine: 'terms', severity: 'fatal' }] })).toBe(false);
    expect(validate.errors!.length).toBeGreaterThan(0);
  });
  it('rule ids are unique across packs, and the banned-term lists hold 150+ distinct terms', () => {
    const ids = packs.flatMap((p) => p.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const terms = new Set(packs.flatMap((p) => p.rules.filter((r) => r.id.startsWith('banned-terms/')).flatMap((r) => (r.terms ?? []).map((t) => (typeof t === 'string' ? t : t.text)))));
    expect(terms.size).toBeGreaterThanOrEqual(150);
  });
  it('articles are cited only with confidence A or B', () => {
    for (const r of packs.flatMap((p) => p.rules)) for (const b of r.basis) if (b.article) expect(['A', 'B'], `${r.id} ${b.instrument}`).toContain(b.confidence);
  });
});

const discourse = JSON.parse(fs.readFileSync(path.join(RULES, index.discourse), 'utf8'));
const linter = new Linter({ packs, dictionary, discourse, strict: true });
const first = <T extends string>(xs: (T | 'any')[], all: readonly T[], fallback: T): T => (xs.find((x) => x !== 'any') as T) ?? (all.includes(fallback) ? fallback : all[0]);
const cases: [string, string, RuleEntry, Example, boolean][] = [];
for (const p of packs) for (const r of p.rules) {
  for (const e of r.examples.invalid) { const ex = typeof e === 'string' ? { text: e } : e; cases.push([r.id, ex.text, r, ex, true]); }
  for (const e of r.examples.valid) { const ex = typeof e === 'string' ? { text: e } : e; cases.push([r.id, ex.text, r, ex, false]); }
}

describe('every rule example', () => {
  it.each(cases)('%s: %s', (id, text, rule, ex, invalid) => {
    const product = ex.product ?? first(rule.appliesTo.products, PRODUCTS, 'wealth');
    const kind = ex.kind ?? first(rule.appliesTo.kinds, KINDS, 'marketing');
    const doc = /^#|\*\*/.test(text) ? parseMarkdown(text) : plainTextDocument(text);
    // (a rule's finding may be folded into another rule's of its family in the same sentence: reported there, under also)
    const got = linter.lint(doc, { product, kind }).findings.flatMap((f) => [{ ruleId: f.ruleId, text: f.text }, ...(f.also ?? [])]).filter((f) => f.ruleId === id);
    if (invalid) expect(got.length, `expected ${id} on: ${text}`).toBeGreaterThan(0);
    else expect(got.map((f) => f.text), `expected no ${id} on: ${text}`).toEqual([]);
  });
});

// A replacement is offered as a quick fix: it must remove the finding and be clean itself under every
// banned-terms rule (strict mode, the product the rule applies to).
const replacements = packs.flatMap((p) => p.rules.flatMap((r) => (r.terms ?? []).filter((t): t is Exclude<typeof t, string> => typeof t !== 'string' && !!t.replace).map((t) => [r.id, t.text, t.replace!, r] as const)));
describe('every term replacement', () => {
  it('there are quick-fix replacements for the common wording', () => expect(replacements.length).toBeGreaterThanOrEqual(20));
  it.each(replacements)('%s: %s → %s', (id, text, replace, rule) => {
    const product = first(rule.appliesTo.products, PRODUCTS, 'wealth');
    const before = `本产品${text}为3.5%，欢迎了解。`;
    const found = linter.lint(plainTextDocument(before), { product, kind: 'marketing' }).findings.filter((f) => f.ruleId === id);
    expect(found.length, before).toBeGreaterThan(0);
    const sg = found[0].suggestions?.find((s) => s.fix.text === replace);
    expect(sg, `suggestion “${replace}” offered`).toBeTruthy();
    const after = before.slice(0, sg!.fix.range[0]) + sg!.fix.text + before.slice(sg!.fix.range[1]);
    const left = linter.lint(plainTextDocument(after), { product, kind: 'marketing' }).findings.filter((f) => f.ruleId.startsWith('banned-terms/'));
    expect(left.map((f) => `${f.ruleId} ${f.text}`), after).toEqual([]);
  });
});

describe('final-interpretation right', () => {
  it('a heading 解释权 above the clause does not start the finding: it is on the clause that reserves the right, and a heading above a clause that reserves nothing gives none', () => {
    const at = (text: string) => linter.lint(plainTextDocument(text), { product: 'general', kind: 'contract' }).findings.filter((f) => f.ruleId === 'unfair-terms/final-interpretation-right').map((f) => `${f.line}:${f.text}`);
    expect(at('12.3 本协议中的标题仅为方便而设。\n13.修改权和解释权\n13.1本条款的修改权和解释权归东亚资产所有。')).toEqual(['3:解释权归东亚资产所有']);
    expect(at('十三、解释权\n本协议所有条款由双方共同协商解释。')).toEqual([]);
  });
});

// An edited long text is scanned again only around the edit (the editor re-lints after each keystroke): the matches
// must be a whole scan's, in order, for every pattern, policy and edit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LazyPattern, regexReach, regexScan, regexScanStats, type ScanPolicy } from '../src/regex-scan.js';
import { literalKey, requiredLiterals } from '../src/regex-literals.js';

/** the reference: exec over the whole text, the next search as the policy says */
function whole(re: RegExp, text: string, policy: ScanPolicy): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m; (m = g.exec(text)); ) {
    out.push(`${m.index}:${[...m].join('|')}`);
    if (!m[0].length) { g.lastIndex = m.index + 1; continue; }
    const nl = m[0].indexOf('\n');
    if (policy === 'line' && nl >= 0) g.lastIndex = m.index + nl + 1;
  }
  return out;
}
const got = (re: RegExp, text: string, policy: ScanPolicy) => regexScan(re, text, policy).map((m) => `${m.index}:${m.join('|')}`);

const PATTERNS = [
  /保本|保息/g,
  /(?:甲方|乙方|[\u4e00-\u9fa5]{2,3}(?:银行|公司))(?:有权|可)[^，。；;]{0,6}(?:调整|变更)/gu,
  /(?<!被)保险人[^，。\n]{0,4}(?:不|免)/gu,
  /(?<!被)保险人|被/g,
  /(?<=☑\s{0,2})(?:同意|授权)[^，,。；;\n]{0,5}/gu,
  /由(?:您|甲方)(?:自行)?(?:承担|负责)(?!的)/gu,
  /^(?:第[一二三]条)/gmu,
  /\b[a-z]{1,3}\b/g,
  /a?/g,
  /(年化|月)[ \t]{0,2}([0-9.]{1,4})%/g,
  /[^，。]{0,3}\n[^，。]{0,3}/gu,
  /保本$/g,
  /^本/g,
  /\u{20000}[保本]{1,2}/gu,
  // unbounded quantifiers on one kind of character (bounded by the longest run of them in the text)
  /(年化|日息)[^。\n0-9]{0,6}([0-9]+(?:\.[0-9]+)?)([ \t]*[%％])?/g,
  /(?<=☑\s*)同意[^，。]{0,3}/g,
  /(?<![0-9.])(?=[0-9])([0-9.]*)[ \t\u3000]*(万|千)?元/g,
  /[^，。\n]*保本/g,
  /\d+\s+\w*/g,
  // …and under the u flag, where a negated class, . and \S take a character beyond the BMP as two code units
  /[^，。\n]*保本/gu,
  /(?<![^。；]*不)保本/gu,
  /犹豫期[ \t]*(?:0|零)?/gu,
  /\S+保/gu,
  /保.*/gu,
];
// pieces of the patterns and of what stops them, so that random texts are dense with matches and near-matches
const ALPHA = [...'保本息甲方乙有权可调整被险人不免☑同意由您的第条银行，。\nab年0.5%元万', '0.05', '12345', '   ', '甲方', '有权', '调整', '保本', '保险人', '☑ 同意', '由您', '承担', '第一条', '工商银行', '年化 5.5%', '\u{20000}保', 'ab ', '\n'];

describe('regexScan', () => {
  it('reads how far each pattern can look (c + k·R, R the longest run an unbounded quantifier can take), or gives up', () => {
    expect(regexReach('保本|保息', false)).toEqual({ back: { c: 2, k: 0 }, ahead: { c: 4, k: 0 }, runs: undefined });
    expect(regexReach('(?<!被)保险人', true)!.back.c).toBeGreaterThanOrEqual(3);
    const digits = regexReach('[0-9.]+%', false)!;
    expect(digits.ahead).toEqual({ c: 3, k: 1 });
    expect([...'0123456789.'].every((c) => digits.runs![c.charCodeAt(0)] === 1) && digits.runs!['%'.charCodeAt(0)] === 0).toBe(true);
    expect(regexReach('(?<=☑\\s*)同意', false)!.back.k).toBe(1);
    const runsOf = (src: string) => regexReach(src, false)!.runs!;
    const at = (t: Uint8Array, ch: string) => t[ch.charCodeAt(0)];
    expect([at(runsOf('[^，。]*保本'), '，'), at(runsOf('[^，。]*保本'), '保'), at(runsOf('.*'), '\n'), at(runsOf('.*'), '。')]).toEqual([0, 1, 0, 1]);
    expect([at(runsOf('\\s*'), '\u3000'), at(runsOf('\\s*'), 'a'), at(runsOf('\\S+'), ' '), at(runsOf('[\\d.]+'), '.'), at(runsOf('[\\d.]+'), '5'), at(runsOf('[\\d.]+'), 'a')]).toEqual([1, 0, 0, 1, 1, 0]);
    expect(regexReach('(?:保本)+', false)).toBeUndefined();
    expect(regexReach('a(?=bc)', false)!.ahead.c).toBeGreaterThanOrEqual(3);
    expect(regexReach('(a)\\1', false)).toBeUndefined();
    expect(regexReach('(?=(?<=a)b)', false)).toBeUndefined();
    expect(regexReach('[0-9]+', false, 'gi')).toBeUndefined();
    // under the u flag a run is understood too; a class that can match beyond the BMP marks every surrogate
    const u = regexReach('[^，。]*保本', true)!;
    expect([u.ahead.k, at(u.runs!, '\ud840'), at(u.runs!, '\udc00'), at(u.runs!, '，')]).toEqual([1, 1, 1, 0]);
    expect(at(regexReach('犹豫期[ \\t]*天', true)!.runs!, '\ud840')).toBe(0);
    expect(regexReach('\\p{L}+', true)).toBeUndefined();
    expect(regexReach('\u{20000}+', true)).toBeUndefined();
  });

  it('gives a whole scan\'s matches, in order, after any sequence of edits (property)', () => {
    const unit = fc.constantFrom(...ALPHA);
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 10 }), fc.string({ unit, maxLength: 8 }));
    fc.assert(fc.property(fc.constantFrom<ScanPolicy>('plain', 'line'), fc.string({ unit, minLength: 30, maxLength: 300 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (policy, seed, edits) => {
      // (a short text is scanned whole, its steps not remembered)
      for (const re of PATTERNS) expect(got(re, seed, policy)).toEqual(whole(re, seed, policy));
      let text = seed.repeat(Math.ceil(5000 / seed.length));
      for (const re of PATTERNS) expect(got(re, text, policy)).toEqual(whole(re, text, policy));
      for (const [at, del, ins] of edits) {
        const a = at % (text.length + 1);
        const before = text;
        text = text.slice(0, a) + ins + text.slice(Math.min(text.length, a + del));
        for (const re of PATTERNS) {
          expect(got(re, text, policy)).toEqual(whole(re, text, policy));
          // and back again (the editor alternates two views of a document)
          expect(got(re, before, policy)).toEqual(whole(re, before, policy));
        }
      }
    }), { numRuns: 120 });
  });

  it('at the very start and the very end of the text (anchors, lookarounds)', () => {
    for (const re of PATTERNS) for (const policy of ['plain', 'line'] as const) {
      let text = '本甲方有权调整保本\n'.repeat(600);
      got(re, text, policy);
      for (const t of [`保${text}`, text.slice(1), `${text}保本`, text.slice(0, -1), `被${text}`, `${text}的`]) { text = t; expect(got(re, text, policy)).toEqual(whole(re, text, policy)); }
    }
  });

  it('a lookbehind into the edit, just after a match that ends where the edit does', () => {
    const re = /(?<!被)保险人|被/g;
    let text = '保险人不赔。'.repeat(1000);
    got(re, text, 'plain');
    const at = text.indexOf('保险人', 3000);
    text = `${text.slice(0, at)}被${text.slice(at)}`;
    expect(got(re, text, 'plain')).toEqual(whole(re, text, 'plain'));
  });

  it('a run an unbounded quantifier takes, across the edit (the reach grows with the longest run in the text)', () => {
    const pct = /([0-9]+)%/g;
    let text = '利率1234567890123%，'.repeat(800);
    got(pct, text, 'plain');
    const at = text.indexOf('%', 8000);
    for (const t of [text.slice(0, at) + text.slice(at + 1), `${text.slice(0, at - 13)}x${text.slice(at - 13)}`, `${text.slice(0, at)}9${text.slice(at)}`]) {
      text = t;
      expect(got(pct, text, 'plain')).toEqual(whole(pct, text, 'plain'));
    }
    // a run made longer than any before by the edit, reaching into the unchanged suffix
    const digits = /[0-9]+/g;
    let runs = 'ab1234567890，'.repeat(1000);
    got(digits, runs, 'plain');
    const before = runs.indexOf('1', 7000);
    runs = `${runs.slice(0, before)}55555${runs.slice(before)}`;
    expect(got(digits, runs, 'plain')).toEqual(whole(digits, runs, 'plain'));
    const ticked = /(?<=☑\s*)同意/g;
    let form = `${'□            同意本协议。\n'.repeat(800)}`;
    got(ticked, form, 'plain');
    const box = form.indexOf('□', 9000);
    form = `${form.slice(0, box)}☑${form.slice(box + 1)}`;
    expect(got(ticked, form, 'plain')).toEqual(whole(ticked, form, 'plain'));
  });

  it('after one keystroke in a 40,000-character text, searches only near it (work counted, not timed)', () => {
    const re = /(?:甲方|[\u4e00-\u9fa5]{2,8}(?:银行|公司))(?:有权|可)[^，。；;]{0,16}(?:调整|变更)/gu;
    let text = '第一条 甲方有权调整利率。乙方应按期还款，本合同另有约定的除外。\n'.repeat(1300);
    regexScan(re, text, 'line');
    text = `${text.slice(0, 20000)}的${text.slice(20000)}`;
    const before = regexScanStats.units;
    expect(got(re, text, 'line')).toEqual(whole(re, text, 'line'));
    expect(regexScanStats.units - before).toBeLessThan(400);
    // a pattern found only near the start is not searched to the end of the text again
    const rare = /(?:向|由)[^，。；;]{0,16}(?:所在地|住所地)[^，。；;]{0,16}法院/gu;
    let doc = `由甲方所在地人民法院管辖。\n${'乙方应按期还款，本合同另有约定的除外。\n'.repeat(2000)}`;
    regexScan(rare, doc, 'line');
    doc = `${doc.slice(0, 30000)}的${doc.slice(30000)}`;
    const b2 = regexScanStats.units;
    expect(got(rare, doc, 'line')).toEqual(whole(rare, doc, 'line'));
    expect(regexScanStats.units - b2).toBeLessThan(200);
  });
});

describe('regexScan with literals read at build time', () => {
  it('skips every short text without them, before and after the pattern was first searched; never a long text', () => {
    const re = /保本(?:保息)?|稳赚/g;
    const known = () => ({ [literalKey(re.source, 'g')]: requiredLiterals(re.source, '') });
    expect(known()[literalKey(re.source, '')]).toEqual([['保本', '稳赚']]);
    let units = regexScanStats.units;
    expect(regexScan(re, '本产品风险较低', 'plain', known)).toEqual([]);
    expect(regexScanStats.units).toBe(units); // not searched at all
    expect(regexScan(re, '本产品保本保息，稳赚', 'plain', known).map((m) => m[0])).toEqual(['保本保息', '稳赚']);
    expect(regexScanStats.units).toBeGreaterThan(units);
    // searched once, still skipped where its literals are not: each of 保 and 本 occurs, 保本 does not
    units = regexScanStats.units;
    expect(regexScan(re, '本金有保障', 'plain', known)).toEqual([]);
    expect(regexScanStats.units).toBe(units);
    // a long text (the editor's, scanned again around each edit) is always searched
    const long = `${'正文。'.repeat(2000)}`;
    expect(regexScan(re, long, 'plain', known)).toEqual([]);
    expect(regexScanStats.units).toBeGreaterThan(units);
  });
});

describe('a pattern compiled on its first use (LazyPattern)', () => {
  it('has the source and flags its RegExp has, without compiling where the source is written as the RegExp keeps it', () => {
    const cases: [string, string][] = [['保本|保息', 'g'], ['a/b', 'g'], ['[/]', 'u'], ['x\ny', 'gu'], ['x\ny', 'g'], ['a\/b', 'g'], ['', 'g'], ['(?<=元)/日', 'gu'], ['\u2028', 'u'], ['^第', 'um'], ['x', 'ug']];
    for (const [text, flags] of cases) {
      const lazy = new LazyPattern(text, flags), re = new RegExp(text, flags);
      expect([lazy.source, lazy.flags], text).toEqual([re.source, re.flags]);
      expect(lazy.re.source).toBe(re.source);
      expect(new LazyPattern(text, flags, true).source).toBe(re.source);
    }
    // a line break or a slash in the text: the RegExp is asked (it escapes them)
    expect(new LazyPattern('a\nb', 'g').source).toBe(new RegExp('a\nb', 'g').source);
    expect(new LazyPattern('a\u2029b', 'g').source).toBe('a\\u2029b');
  });
  it('is compiled when first searched, not when the gate skips the text; an invalid one is refused only when compiled now', () => {
    const bad = new LazyPattern('保本(', 'g');
    const known = () => ({ [literalKey(bad.source, 'g')]: [['保本']] });
    expect(regexScan(bad, '本产品风险较低', 'plain', known)).toEqual([]); // gated: never compiled
    expect(() => regexScan(bad, '本产品保本', 'plain', known)).toThrow(SyntaxError);
    expect(() => new LazyPattern('保本(', 'g', true)).toThrow(SyntaxError);
    const p = new LazyPattern('保本(?:保息)?|稳赚', 'g');
    expect(regexScan(p, '本产品保本保息，稳赚', 'plain').map((m) => m[0])).toEqual(['保本保息', '稳赚']);
    expect(regexScan(p, '保本', 'line').map((m) => m.index)).toEqual([0]);
    // its literal key, when given, is what the literals are looked up by (the source is not hashed)
    const keyed = new LazyPattern('保本(?:保息)?|稳赚', 'g', false, 'k1');
    expect(regexScan(keyed, '本产品保本', 'plain', () => ({ k1: [['稳赚']] }))).toEqual([]);
    expect(regexScan(new LazyPattern('保本(?:保息)?|稳赚', 'g', false, 'k2'), '本产品保本', 'plain', () => ({ k2: [['保本']] })).map((m) => m[0])).toEqual(['保本']);
  });
});

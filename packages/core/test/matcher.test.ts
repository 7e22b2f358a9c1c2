import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick, SearchGroup } from '../src/aho-corasick.js';
import { normalize, normalizePattern, normalizeStats, normalizeWhole } from '../src/normalize.js';
import { COMPAT_PAIRS, T2S_PAIRS } from '../src/t2s.js';

describe('AhoCorasick', () => {
  it('reports overlapping matches, longer and shorter', () => {
    const ac = new AhoCorasick(['保本', '保本保息', '保息', '本保']);
    const hits = ac.search('承诺保本保息').map((h) => `${h.start}-${h.end}:${ac.patterns[h.pattern]}`).sort();
    expect(hits).toEqual(['2-4:保本', '2-6:保本保息', '3-5:本保', '4-6:保息'].sort());
  });
  it('agrees with a naive indexOf search (property)', () => {
    const alphabet = fc.constantFrom(...'保本息收益稳赚不赔ab');
    fc.assert(fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 60 }), (pats, text) => {
      const ac = new AhoCorasick(pats, 0); // the automaton, not the short-text search
      const got = ac.search(text).map((h) => `${h.start}:${h.pattern}`).sort();
      const want: string[] = [];
      pats.forEach((p, id) => { for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) want.push(`${i}:${id}`); });
      expect(got).toEqual(want.sort());
      // in order of end position, then longest first, then pattern order (duplicate patterns included)
      const ordered = [...ac.search(text)].sort((x, y) => x.end - y.end || y.end - y.start - (x.end - x.start) || x.pattern - y.pattern);
      expect(ac.search(text)).toEqual(ordered);
    }));
  });
  it('searched pattern by pattern (a short text) or with the automaton: the same matches in the same order, in any window (property)', () => {
    const alphabet = fc.constantFrom(...'保本息收益稳赚不赔ab');
    fc.assert(fc.property(fc.array(fc.string({ unit: alphabet, minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 10 }), fc.string({ unit: alphabet, maxLength: 80 }), fc.nat(), fc.nat(), (pats, text, a, b) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
      const each: number[][] = [], automaton: number[][] = [];
      new AhoCorasick(pats).scan(text, (...m) => each.push(m), from, to);
      new AhoCorasick(pats, 0).scan(text, (...m) => automaton.push(m), from, to);
      expect(each).toEqual(automaton);
    }), { numRuns: 500 });
    // past its budget an automaton is built, and finds the same
    const ac = new AhoCorasick(['保本', '本保', '保'], 3 * 300);
    const text = '保本保'.repeat(20);
    const first = ac.search(text), second = ac.search(text);
    expect(second).toEqual(first);
    expect(second).toEqual(new AhoCorasick(['保本', '本保', '保'], 0).search(text));
  });
  it('agrees with indexOf where states have many transitions (the sorted rows are searched by halves)', () => {
    const alphabet = fc.constantFrom(...'保本息收益稳赚不赔零风险高回报年化利率手续费服务管理担保承诺兑付刚性无忧首家最佳第一abcdefgh');
    // patterns that share their first one or two characters: those states have tens of transitions
    const pattern = fc.tuple(fc.constantFrom('保', '保本', '年化'), fc.string({ unit: alphabet, minLength: 0, maxLength: 2 })).map(([a, b]) => a + b);
    fc.assert(fc.property(fc.array(pattern, { minLength: 20, maxLength: 120 }), fc.string({ unit: fc.oneof(alphabet, fc.constantFrom('保', '保本', '年化')), maxLength: 200 }), (pats, text) => {
      const ac = new AhoCorasick(pats, 0);
      const got = ac.search(text).map((h) => `${h.start}:${h.pattern}`).sort();
      const want: string[] = [];
      pats.forEach((p, id) => { for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) want.push(`${i}:${id}`); });
      expect(got).toEqual(want.sort());
    }), { numRuns: 200 });
  });
  it('a search group gives each member exactly its own matches, in its own order (property)', () => {
    const alphabet = fc.constantFrom(...'保本息收益稳赚不赔ab');
    const pats = fc.array(fc.string({ unit: alphabet, minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 8 });
    fc.assert(fc.property(fc.array(pats, { minLength: 1, maxLength: 4 }), fc.array(fc.string({ unit: alphabet, maxLength: 60 }), { minLength: 1, maxLength: 4 }), (sets, texts) => {
      const alone = sets.map((p) => new AhoCorasick(p, 0));
      const grouped = sets.map((p) => new AhoCorasick(p));
      new SearchGroup(grouped, 0);
      // each text asked of every member, twice, in a mixed order (the second ask is served from the shared pass)
      for (const text of texts) for (const i of [...sets.keys(), ...[...sets.keys()].reverse()]) expect(grouped[i].search(text)).toEqual(alone[i].search(text));
    }), { numRuns: 300 });
  });
  it('a search group searches members one by one until enough text has gone through', () => {
    const a = new AhoCorasick(['保本']), b = new AhoCorasick(['稳赚']);
    new SearchGroup([a, b], 10);
    expect(a.search('保本稳赚')).toEqual([{ pattern: 0, start: 0, end: 2 }]);
    expect(b.search('稳赚不赔保本保息')).toEqual([{ pattern: 0, start: 0, end: 2 }]);
    expect(a.search('稳赚不赔保本保息')).toEqual([{ pattern: 0, start: 4, end: 6 }]);
  });
});

describe('normalize', () => {
  it.each([
    ['稳 赚 不 赔', '稳赚不赔'],
    ['保.本', '保本'],
    ['保\u200b本', '保本'],
    ['穩賺不賠', '稳赚不赔'],
    ['保證收益', '保证收益'],
    ['１００％安全', '100%安全'],
    ['**保**本', '保本'],
    ['ＰＲ２', 'pr2'],
    // PDF extraction's look-alikes: KANGXI RADICAL MAN (U+2F08), a compatibility ideograph (U+F9D1 六)
    ['贷款\u2f08有权', '贷款人有权'],
    ['\uf9d1个月', '六个月'],
  ])('%s → %s', (input, want) => {
    expect(normalize(input).text).toBe(want);
  });
  it('every look-alike (the build-time COMPAT_PAIRS) as NFKC and the pairs give it, here and now', () => {
    const t2s = new Map<string, string>();
    for (let i = 0; i < T2S_PAIRS.length; i += 2) t2s.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
    let want = '';
    for (const [lo, hi] of [[0x2e80, 0x2ef3], [0x2f00, 0x2fd5], [0xf900, 0xfad9]]) for (let c = lo; c <= hi; c++) {
      const nf = String.fromCharCode(c).normalize('NFKC');
      if (nf.length === 1 && nf.charCodeAt(0) !== c) want += String.fromCharCode(c) + (t2s.get(nf) ?? nf);
    }
    expect(COMPAT_PAIRS).toBe(want);
    for (let i = 0; i < want.length; i += 2) expect(normalize(want[i]!).text).toBe(normalize(want[i + 1]!).text);
  });
  it('maps normalised spans back to the exact original span', () => {
    const src = '本产品稳 赚 不 赔哦';
    const n = normalize(src);
    const at = n.text.indexOf(normalizePattern('稳赚不赔'));
    const [s, e] = n.origSpan(at, at + 4);
    expect(src.slice(s, e)).toBe('稳 赚 不 赔');
  });
  it('keeps clause punctuation (a term never spans a comma)', () => {
    expect(normalize('保，本').text).toBe('保,本');
  });
  it('leaves the radicals alone that stand for no ideograph of their own, and the ideographs themselves', () => {
    expect(normalize('人有权').text).toBe('人有权');
    expect(normalize('\u2e80').text).toBe('\u2e80');
  });
});

// The editor re-lints a document after each keystroke: a long text that is an edit of one searched or normalised
// recently is searched and normalised only around the edit. The result must be a whole pass's, in its order.
describe('an edited long text', () => {
  const alphabet = fc.constantFrom(...'保本息收益稳赚不赔ab 。*');
  const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.string({ unit: alphabet, maxLength: 10 })), { minLength: 1, maxLength: 8 });
  const long = (seed: string) => seed.repeat(Math.ceil(5000 / seed.length));
  const apply = (text: string, [at, del, ins]: [number, number, string]) => { const a = at % (text.length + 1); return text.slice(0, a) + ins + text.slice(Math.min(text.length, a + del)); };

  it('is searched to the matches of a whole pass, in their order, after any edits (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }), fc.string({ unit: alphabet, minLength: 20, maxLength: 200 }), edits, (pats, seed, es) => {
      const inc = new AhoCorasick(pats, 0); // the automaton (a fresh one searches these texts pattern by pattern)
      let text = long(seed);
      inc.search(text);
      for (const e of es) {
        const before = text;
        text = apply(text, e);
        // a fresh automaton has searched nothing: its pass is whole
        expect(inc.search(text)).toEqual(new AhoCorasick(pats).search(text));
        expect(inc.search(before)).toEqual(new AhoCorasick(pats).search(before));
      }
    }), { numRuns: 150 });
  });

  it('a search group deals out the same matches when two views of a document alternate (property)', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 3 }), fc.string({ unit: alphabet, minLength: 20, maxLength: 200 }), edits, (sets, seed, es) => {
      const grouped = sets.map((p) => new AhoCorasick(p));
      new SearchGroup(grouped, 0);
      let text = long(seed);
      for (const e of es) {
        text = apply(text, e);
        const other = text.replace(/\*/g, '');
        for (const t of [text, other]) for (let i = 0; i < sets.length; i++) expect(grouped[i].search(t)).toEqual(new AhoCorasick(sets[i]).search(t));
      }
    }), { numRuns: 100 });
  });

  it('is normalised to a whole pass\'s text and offset map after any edits (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'保本穩賺 。*ＡBc\u200b'), minLength: 20, maxLength: 200 }), edits, (seed, es) => {
      let text = long(seed);
      normalize(text);
      for (const e of es) {
        text = apply(text, e);
        const got = normalize(text), want = normalizeWhole(text);
        expect(got.text).toBe(want.text);
        expect([...got.toOrig]).toEqual([...want.toOrig]);
        expect(got.source).toBe(text);
      }
    }), { numRuns: 150 });
  });

  it('after one keystroke in a 40,000-character text, reads only the window around it (work counted, not timed)', () => {
    const ac = new AhoCorasick(['保本', '稳赚不赔', '收益']);
    let text = '本产品保本，稳赚不赔，收益高。'.repeat(2700);
    ac.search(text);
    const before = ac.scanned;
    text = `${text.slice(0, 20000)}的${text.slice(20000)}`;
    expect(ac.search(text)).toEqual(new AhoCorasick(['保本', '稳赚不赔', '收益']).search(text));
    expect(ac.scanned - before).toBeLessThan(16);
    normalize(text);
    const u = normalizeStats.units;
    normalize(text.slice(0, 30000) + text.slice(30001));
    normalize(`${text.slice(0, 30000)}x${text.slice(30001)}`);
    expect(normalizeStats.units - u).toBeLessThan(4);
  });
});

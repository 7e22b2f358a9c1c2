import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AhoCorasick, SearchGroup } from '../src/aho-corasick.js';
import { normalize, normalizePattern } from '../src/normalize.js';

describe('AhoCorasick', () => {
  it('reports overlapping matches, longer and shorter', () => {
    const ac = new AhoCorasick(['保本', '保本保息', '保息', '本保']);
    const hits = ac.search('承诺保本保息').map((h) => `${h.start}-${h.end}:${ac.patterns[h.pattern]}`).sort();
    expect(hits).toEqual(['2-4:保本', '2-6:保本保息', '3-5:本保', '4-6:保息'].sort());
  });
  it('agrees with a naive indexOf search (property)', () => {
    const alphabet = fc.constantFrom(...'保本息收益稳赚不赔ab');
    fc.assert(fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 60 }), (pats, text) => {
      const ac = new AhoCorasick(pats);
      const got = ac.search(text).map((h) => `${h.start}:${h.pattern}`).sort();
      const want: string[] = [];
      pats.forEach((p, id) => { for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) want.push(`${i}:${id}`); });
      expect(got).toEqual(want.sort());
    }));
  });
  it('agrees with indexOf where states have many transitions (the sorted rows are searched by halves)', () => {
    const alphabet = fc.constantFrom(...'保本息收益稳赚不赔零风险高回报年化利率手续费服务管理担保承诺兑付刚性无忧首家最佳第一abcdefgh');
    // patterns that share their first one or two characters: those states have tens of transitions
    const pattern = fc.tuple(fc.constantFrom('保', '保本', '年化'), fc.string({ unit: alphabet, minLength: 0, maxLength: 2 })).map(([a, b]) => a + b);
    fc.assert(fc.property(fc.array(pattern, { minLength: 20, maxLength: 120 }), fc.string({ unit: fc.oneof(alphabet, fc.constantFrom('保', '保本', '年化')), maxLength: 200 }), (pats, text) => {
      const ac = new AhoCorasick(pats);
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
      const alone = sets.map((p) => new AhoCorasick(p));
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
  ])('%s → %s', (input, want) => {
    expect(normalize(input).text).toBe(want);
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
});

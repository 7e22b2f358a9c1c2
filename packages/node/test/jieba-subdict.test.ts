// The default segmenter loads only the dictionary entries that occur in the texts it cuts, plus one padding entry that
// carries the rest of jieba's total frequency (core/src/segmenter.ts). It must cut exactly as the whole dictionary does:
// on every window the linter segments over the fixtures, the corpus and the dev set (when it is there), and on random
// text, with the linter's user words added in both.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeRsSegmenter, type LazySegmenter, type Segmenter } from '@xiaobao/core';
import { Xiaobao, expandPatterns } from '@xiaobao/node';

const ROOT = path.resolve(__dirname, '../../..');
const DEV = path.resolve(ROOT, '../shared/eval/dev');
const INDEX = path.join(os.tmpdir(), `xiaobao-jieba-index-${process.pid}.bin`);

/** the windows the linter cuts on these files, and its user dictionary */
async function windowsOf(patterns: string[]): Promise<{ windows: Set<string>; userDict: string }> {
  const { files } = await expandPatterns(patterns, ROOT);
  const x = new Xiaobao({ cwd: ROOT, noConfig: true });
  const linter = x.linterFor(x.configFor(files[0]!));
  const userDict = (linter.segmenter as LazySegmenter).userDict();
  const whole = nodeRsSegmenter(userDict);
  const windows = new Set<string>();
  const recorder: Segmenter = { name: 'node-rs', cut: (t) => { windows.add(t); return whole.cut(t); } };
  Object.defineProperty(linter, 'segmenter', { value: recorder });
  for (const f of files) await x.lintFile(f);
  return { windows, userDict };
}

describe('jieba on a sub-dictionary', () => {
  let windows: Set<string>, userDict: string;
  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/jieba-index.mjs'), INDEX]);
    ({ windows, userDict } = await windowsOf(['fixtures', 'corpus', ...(fs.existsSync(DEV) ? [DEV] : [])]));
    return () => fs.rmSync(INDEX, { force: true });
  }, 300_000);

  it('cuts every window the linter segments over the fixtures, the corpus and the dev set as the whole dictionary does', () => {
    expect(windows.size).toBeGreaterThan(100);
    const whole = nodeRsSegmenter(userDict), sub = nodeRsSegmenter(userDict, INDEX);
    for (const w of windows) expect(sub.cut(w), w).toEqual(whole.cut(w));
    // and each again, after every other's entries were loaded
    for (const w of windows) expect(sub.cut(w), w).toEqual(whole.cut(w));
    // the fixtures' own window ('请确保本金来源合法') alone loads a few dozen entries, not 350,000
    const one = nodeRsSegmenter(userDict, INDEX);
    one.cut('请确保本金来源合法');
    expect(one.entries()).toBeLessThan(100);
  });

  it('cuts random text as the whole dictionary does, one segmenter for many texts and a fresh one for each', () => {
    // characters of the financial words and of common words, Latin, digits, the characters that end jieba's runs, a
    // character outside the BMP and a lone surrogate
    const chars = [...new Set([...userDict.replace(/\s|\d/g, ''), ...'的了是不一在人有我他这中大来上个国到说们为子和你地出道也时年', ...'abcAB019.%+-#&_@，。、 \n', '𠀀', '\ud800'])];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 60 }).map((a) => a.join(''));
    const whole = nodeRsSegmenter(userDict), shared = nodeRsSegmenter(userDict, INDEX);
    fc.assert(fc.property(text, (t) => {
      expect(shared.cut(t)).toEqual(whole.cut(t));
      expect(nodeRsSegmenter(userDict, INDEX).cut(t)).toEqual(whole.cut(t));
    }), { numRuns: 300 });
  });

  it('cuts as the whole dictionary does with a user word that is in the dictionary at another frequency, one that is not, and none', () => {
    for (const ud of ['', '本金 3 n\n确保本金 20000 n\n', '来源合法 1\n金来 0\n']) {
      const whole = nodeRsSegmenter(ud), sub = nodeRsSegmenter(ud, INDEX);
      for (const t of ['请确保本金来源合法', '本金来源', '确保本金安全，来源合法合规', 'abc本金123']) expect(sub.cut(t), `${ud} / ${t}`).toEqual(whole.cut(t));
    }
    // a line jieba refuses (U+0085 is white space to it: the frequency field is '乙') is refused either way
    expect(() => nodeRsSegmenter('甲\u0085乙 20000 n\n')).toThrow();
    expect(() => nodeRsSegmenter('甲\u0085乙 20000 n\n', INDEX)).toThrow();
  });

  it('cuts a text that holds dictionary lines verbatim (a word never spans a space or a line break) as the whole dictionary does', () => {
    const dict = fs.readFileSync(path.join(path.dirname(createRequire(__filename).resolve('@node-rs/jieba/dict')), 'dict.txt'), 'utf8');
    const at = dict.indexOf('\n本金 ') + 1, lines = dict.slice(at, dict.indexOf('\n', dict.indexOf('\n', at) + 1));
    for (const ud of [userDict, '']) {
      const whole = nodeRsSegmenter(ud), sub = nodeRsSegmenter(ud, INDEX);
      for (const t of [lines, `请确保${lines}来源合法`, lines.replace('\n', '\u3000')]) expect(sub.cut(t), t).toEqual(whole.cut(t));
    }
  });

  it('loads the whole dictionary once it has searched its budget of the dictionary, and cuts the same before and after', () => {
    const whole = nodeRsSegmenter(userDict), sub = nodeRsSegmenter(userDict, INDEX);
    const texts = [...windows], long = texts.join('，');
    for (const t of [long, `${long}。`, `${long}；`, ...texts]) expect(sub.cut(t)).toEqual(whole.cut(t));
    expect(sub.entries()).toBe(Infinity);
  });
});

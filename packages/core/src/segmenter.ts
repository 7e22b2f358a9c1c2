// Word segmentation behind one small interface. Two real backends:
//  - 'node-rs'  : @node-rs/jieba (default) — jieba's dictionary in Rust, prebuilt N-API binary, loads in ~0.1 s
//  - 'nodejieba': nodejieba (C++), named by the product card — loads in ~2.5 s
// Both are loaded lazily, on the first candidate that needs a word-boundary check, so a file with no
// candidates never pays for the dictionary.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type SegmenterName = 'node-rs' | 'nodejieba';

export interface Segmenter {
  readonly name: SegmenterName;
  cut(text: string): string[];
}

const require = createRequire(import.meta.url);

/** a segmenter backend that cannot be loaded: said plainly, naming the setting, not as an internal error */
export class SegmenterError extends Error {}
export function requireBackend(name: string, setting: SegmenterName): any {
  try {
    return require(name);
  } catch (e: any) {
    if (e?.code !== 'MODULE_NOT_FOUND') throw e;
    throw new SegmenterError(`分词后端 ${name} 未安装（segmenter "${setting}" is not installed）：请安装 ${name}，或删去配置中的 "segmenter": "${setting}"（默认 node-rs）`);
  }
}

/** user dictionary lines: "word freq tag" */
export function dictLines(words: Iterable<string>, freq = 20000): string {
  const seen = new Set<string>();
  let s = '';
  for (const w of words) {
    const t = w.trim();
    if (!t || seen.has(t) || /\s/.test(t)) continue;
    seen.add(t);
    s += `${t} ${freq} n\n`;
  }
  return s;
}

/** dict.txt, which `@node-rs/jieba/dict` exports as `dict` (that module also reads idf.txt, 6 MB, unused here) */
function jiebaDictFile(): string {
  return path.join(path.dirname(require.resolve('@node-rs/jieba/dict')), 'dict.txt');
}

/** dict.txt read alone; where there is no such file (the browser build's shim), the module's own export */
function jiebaDict(): Uint8Array {
  try { return fs.readFileSync(jiebaDictFile()); }
  catch { return require('@node-rs/jieba/dict').dict; }
}

/** the index of dict.txt by first character that scripts/jieba-index.mjs writes next to the bundle */
export const JIEBA_INDEX = new URL('./jieba-index.bin', import.meta.url);

/** a word of this padding entry never occurs in a run jieba segments ('@' ends a run), so it never enters a route */
const PAD = '@xiaobao@';

/** Code units of dict.txt searched by a segmenter on a sub-dictionary before it loads the whole dictionary instead: at
 * ~100 million a second, about half what loading the whole dictionary costs (~0.1 s; a window of 96 characters
 * searches ~0.3 million) */
const SCAN_BUDGET = 1 << 22;

/** a dictionary line as jieba-rs's load_dict reads it: the first field the word, the second its frequency (0 when
 * absent; NaN when not a number jieba takes, or one too large to add up exactly here) */
function entryOf(line: string): [string, number] | undefined {
  const [w, f] = line.split(/[\s\u0085]+/).filter(Boolean); // Rust's split_whitespace: Unicode White_Space
  return w ? [w, f === undefined ? 0 : /^\d{1,15}$/.test(f) ? Number(f) : NaN] : undefined;
}

/**
 * @node-rs/jieba on a dictionary cut to the words of the texts it has cut. jieba-rs (`cut` without HMM) cuts each run
 * of Han, Latin and digits by the route of highest Σ ln(freq) − ln(total) through the dictionary's entries found in the
 * run (a position no entry starts at steps one character with freq 1): an entry that does not occur in the text never
 * enters it, and `total` is the sum of every entry's frequency. So the entries that occur in the texts cut so far,
 * with the frequencies the whole dictionary plus the user words would give them, and one padding entry that carries
 * the rest of the total cut every text as the whole dictionary does (`packages/node/test/jieba-subdict.test.ts` checks
 * it on every window the linter segments over the fixtures, the corpus and the dev set, and on random text). The
 * entries are found through the index (`index`: each first character's byte range of dict.txt); once the entries tested
 * reach SCAN_BUDGET, the whole dictionary is loaded instead. Without a usable index (none, or made from another
 * dict.txt): the whole dictionary. `entries`: how many dictionary entries it holds (the whole dictionary: Infinity).
 */
export function nodeRsSegmenter(userDict: string, index?: URL | string): Segmenter & { entries(): number } {
  const { Jieba } = requireBackend('@node-rs/jieba', 'node-rs');
  const whole = () => {
    const jieba = Jieba.withDict(jiebaDict());
    if (userDict) jieba.loadDict(Buffer.from(userDict, 'utf8'));
    return { name: 'node-rs' as const, cut: (t: string): string[] => jieba.cut(t, false), entries: () => Infinity };
  };
  const user = new Map<string, number>();
  for (const line of userDict.split('\n')) {
    const e = entryOf(line);
    if (e && Number.isNaN(e[1])) return whole(); // for jieba to read (or refuse) itself
    if (e) user.set(...e);
  }
  let table: Buffer, file: string;
  try {
    if (index === undefined || user.has(PAD)) return whole();
    file = jiebaDictFile();
    table = fs.readFileSync(index);
    if (table.toString('latin1', 0, 4) !== 'XBJ2' || table.readUInt32LE(4) !== fs.statSync(file).size) return whole();
  } catch { return whole(); }
  /** code units searched (against SCAN_BUDGET); the loaded entries' frequencies summed */
  let scanned = 0, sum = 0;
  /** dict.txt's lines of the words beginning with a character (the index's byte range) */
  const bytes = new Map<number, Buffer>();
  const read = (cps: Iterable<number>) => {
    let fd = -1;
    try {
      for (const cp of cps) {
        if (bytes.has(cp)) continue;
        let b = Buffer.alloc(0);
        for (let lo = 0, hi = table.readUInt32LE(8) - 1; lo <= hi;) {
          const mid = (lo + hi) >> 1, at = 24 + 12 * mid, c = table.readUInt32LE(at);
          if (c < cp) lo = mid + 1;
          else if (c > cp) hi = mid - 1;
          else {
            if (fd < 0) fd = fs.openSync(file, 'r');
            b = Buffer.allocUnsafe(table.readUInt32LE(at + 8));
            fs.readSync(fd, b, 0, b.length, table.readUInt32LE(at + 4));
            break;
          }
        }
        bytes.set(cp, b);
      }
    } finally { if (fd >= 0) fs.closeSync(fd); }
  };
  /** a character's lines as text, after a '\n' */
  const texts = new Map<number, string>();
  const text = (cp: number): string => {
    let g = texts.get(cp);
    if (g === undefined) texts.set(cp, (g = `\n${bytes.get(cp)!.toString('utf8')}`));
    return g;
  };
  /** jieba's total: the dictionary's, with a user word's frequency in place of its own; the user words it lacks, by first character */
  let total = table.readDoubleLE(16);
  const userOnly = new Map<number, string[]>();
  read([...user.keys()].map((w) => w.codePointAt(0)!));
  for (const [w, f] of user) {
    const cp = w.codePointAt(0)!, g = bytes.get(cp)!;
    let at = g.indexOf(`${w} `);
    while (at > 0 && g[at - 1] !== 0x0a) at = g.indexOf(`${w} `, at + 1);
    if (at >= 0) total -= parseInt(g.toString('latin1', at + Buffer.byteLength(w) + 1, at + Buffer.byteLength(w) + 12), 10);
    else userOnly.set(cp, [...(userOnly.get(cp) ?? []), w]);
    total += f;
  }
  const jieba = Jieba.withDict(Buffer.from(`${PAD} ${total}\n`));
  const loaded = new Set<string>();
  /** texts whose entries are loaded (a file's windows recur in the next: the same paragraph, a repeated heading) */
  const ready = new Set<string>();
  let full: Segmenter | undefined;
  return {
    name: 'node-rs',
    entries: () => full ? Infinity : loaded.size,
    cut(t: string): string[] {
      if (full) return full.cut(t);
      if (ready.has(t)) return jieba.cut(t, false);
      let lines = '';
      const add = (w: string, f: number) => { loaded.add(w); sum += f; lines += `${w} ${f}\n`; };
      const chars = [...new Set(t)];
      read(chars.map((ch) => ch.codePointAt(0)!));
      // the words that begin at each position, found in its character's sorted lines: the first line that begins with
      // t[j, e) is that word's own line if it is a word; none, and no longer word begins there either (nor across a
      // space or a line break, which no word holds)
      for (let j = 0; j < t.length; j++) {
        const cp = t.codePointAt(j)!;
        if (cp >= 0xdc00 && cp <= 0xdfff) continue;
        const g = text(cp);
        for (let e = j + (cp > 0xffff ? 2 : 1), at = 0; e <= t.length && !/\s/.test(t[e - 1]!); e++) {
          const w = t.slice(j, e), from = at;
          at = g.indexOf(`\n${w}`, at);
          scanned += (at < 0 ? g.length : at) - from;
          if (at < 0) break;
          if (g.charCodeAt(at + 1 + w.length) === 32 && !loaded.has(w)) add(w, user.get(w) ?? parseInt(g.slice(at + 2 + w.length, at + 13 + w.length), 10));
        }
      }
      for (const ch of chars) for (const w of userOnly.get(ch.codePointAt(0)!) ?? []) if (t.includes(w) && !loaded.has(w)) add(w, user.get(w)!);
      if (scanned >= SCAN_BUDGET) { bytes.clear(); texts.clear(); return (full = whole()).cut(t); }
      if (lines) jieba.loadDict(Buffer.from(`${lines}${PAD} ${total - sum}\n`, 'utf8'));
      if (ready.size >= 4096) ready.clear();
      ready.add(t);
      return jieba.cut(t, false);
    },
  };
}

function loadNodejieba(userDict: string): Segmenter {
  const nodejieba = requireBackend('nodejieba', 'nodejieba');
  const file = path.join(os.tmpdir(), `xiaobao-userdict-${process.pid}-${Date.now()}.utf8`);
  fs.writeFileSync(file, userDict || 'xiaobao 1 n\n');
  try {
    nodejieba.load({ userDict: file });
  } finally {
    fs.rmSync(file, { force: true });
  }
  return { name: 'nodejieba', cut: (t: string) => nodejieba.cut(t, false) };
}

const cache = new Map<string, Segmenter>();
let loads = 0;

/** How many times a dictionary was loaded in this process (tests show clean files load none). */
export function segmenterLoadCount(): number { return loads; }

export function loadSegmenter(name: SegmenterName, userDict: string): Segmenter {
  const key = `${name}\0${userDict}`;
  let s = cache.get(key);
  if (!s) {
    loads++;
    s = name === 'nodejieba' ? loadNodejieba(userDict) : nodeRsSegmenter(userDict, JIEBA_INDEX);
    cache.set(key, s);
  }
  return s;
}

/** A segmenter that loads on first use. */
export class LazySegmenter implements Segmenter {
  private inner: Segmenter | undefined;
  /** `userDict`: the user dictionary's lines, read when the backend loads */
  constructor(readonly name: SegmenterName, readonly userDict: () => string) {}
  get loaded(): boolean { return this.inner !== undefined; }
  cut(text: string): string[] {
    if (!this.inner) this.inner = loadSegmenter(this.name, this.userDict());
    return this.inner.cut(text);
  }
}

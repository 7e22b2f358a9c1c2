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

/** dict.txt, which `@node-rs/jieba/dict` exports as `dict`, read alone (that module also reads idf.txt, 6 MB, unused
 * here); where there is no such file (the browser build's shim), the module's own export */
function jiebaDict(): Uint8Array {
  try { return fs.readFileSync(path.join(path.dirname(require.resolve('@node-rs/jieba/dict')), 'dict.txt')); }
  catch { return require('@node-rs/jieba/dict').dict; }
}

function loadNodeRs(userDict: string): Segmenter {
  const { Jieba } = requireBackend('@node-rs/jieba', 'node-rs');
  const jieba = Jieba.withDict(jiebaDict());
  if (userDict) jieba.loadDict(Buffer.from(userDict, 'utf8'));
  return { name: 'node-rs', cut: (t: string) => jieba.cut(t, false) };
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
    s = name === 'nodejieba' ? loadNodejieba(userDict) : loadNodeRs(userDict);
    cache.set(key, s);
  }
  return s;
}

/** A segmenter that loads on first use. */
export class LazySegmenter implements Segmenter {
  private inner: Segmenter | undefined;
  constructor(readonly name: SegmenterName, private userDict: () => string) {}
  get loaded(): boolean { return this.inner !== undefined; }
  cut(text: string): string[] {
    if (!this.inner) this.inner = loadSegmenter(this.name, this.userDict());
    return this.inner.cut(text);
  }
}

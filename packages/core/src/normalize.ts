// A normalised view of text for matching: full-width → half-width, Latin lower-cased, traditional →
// simplified, and characters that can be slipped inside a term (spaces, zero-width, filler punctuation,
// Markdown emphasis markers, quotes) dropped, so 稳 赚 不 赔, 保.本, 穩賺 and **保**本 all match.
// `toOrig[i]` is the offset in the original string of normalised char i, so hits map back exactly.
import { COMPAT_PAIRS, T2S_PAIRS } from './t2s.js';
import { editOf, incremental } from './edits.js';

/**
 * traditional → simplified by code unit, 0 where unchanged (a typed array: ~30× cheaper to fill at start-up than a Map);
 * and the look-alike code points that text extracted from PDF carries in place of the ideographs (贷款⼈ with KANGXI
 * RADICAL MAN U+2F08 for 人, 﨑 for 崎), each as the (simplified) ideograph NFKC gives it (COMPAT_PAIRS, found at build
 * time), so 贷款⼈有权 reads as 贷款人有权 — in the matching view and in the simplified twin the discourse layer reads alike.
 */
const T2S = new Uint16Array(0x10000);

const IGNORABLE = new Set<number>();
for (const ch of ' \t\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad.·•・*_~`^|\\\'"“”‘’「」『』﹏…-—') IGNORABLE.add(ch.charCodeAt(0));

export interface NormalizedText {
  text: string;
  /** the original string */
  source: string;
  /** normalised index → original index */
  toOrig: Int32Array;
  /** original span of normalised [start, end) */
  origSpan(start: number, end: number): [number, number];
}

/**
 * One table over the BMP, built once: the normalised code unit of each code unit minus the code unit (0 for most), or
 * -1 - c when c is ignorable. The per-character work of a pass is then one load and an add (measured ~3.5× the Set and
 * Map lookups it replaces); zero-filled, only the ~3,600 code units that change are written at start-up, not 65,536.
 */
const DELTA = new Int32Array(0x10000);
{
  // both tables in one pass over the pairs (the look-alikes after the pairs, as they override them)
  for (const pairs of [T2S_PAIRS, COMPAT_PAIRS]) {
    for (let i = 0; i + 1 < pairs.length; i += 2) { const c = pairs.charCodeAt(i), d = pairs.charCodeAt(i + 1); T2S[c] = d; DELTA[c] = d - c; }
  }
  // simplified variants read as the standard form money wording uses: 帐 (OpenCC's simplified 帳) for 账, so 到帳, 到帐,
  // 帐户 match 到账, 账户 (a Taiwanese page's 3分鐘立即到帳 is the mainland 3分钟到账)
  for (const [v, d] of [[0x5e10, 0x8d26]]) {
    for (let c = 0; c < 0x10000; c++) if (T2S[c] === v) { T2S[c] = d; DELTA[c] = d - c; }
    T2S[v] = d; DELTA[v] = d - v;
  }
  const set = (c: number, d: number) => { DELTA[c] = d - c; };
  // the same rule as c → T2S(lower(half-width(c))), ignorables dropped, written as the few entries that differ
  const fold = (d: number) => T2S[d] || d;
  for (let c = 65; c <= 90; c++) set(c, fold(c + 32));
  for (let c = 0xff01; c <= 0xff5e; c++) { let d = c - 0xfee0; if (d >= 65 && d <= 90) d += 32; set(c, fold(d)); }
  for (const c of IGNORABLE) { set(c, -1); if (c >= 0x21 && c <= 0x7e) set(c + 0xfee0, -1); }
}

/**
 * `text` with traditional characters written simplified, and nothing else changed: the same length and offsets (every
 * pair is one BMP character for one). The discourse layer (mentions, required wording, clause roles and burdens) reads
 * the document's own text; through this a 繁體 page (不保證最低之收益, 本行有權調整) reads as its simplified twin. The
 * text itself when it has no traditional character; the last result is kept.
 */
let lastIn: string | undefined, lastOut = '';
export function simplified(text: string): string {
  if (text === lastIn) return lastOut;
  let i = 0;
  while (i < text.length && !T2S[text.charCodeAt(i)]) i++;
  let out = text;
  if (i < text.length) {
    const codes = new Uint16Array(text.length);
    for (let k = 0; k < text.length; k++) { const c = text.charCodeAt(k); codes[k] = T2S[c] || c; }
    out = '';
    for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode.apply(null, codes.subarray(k, k + 8192) as unknown as number[]);
  }
  lastIn = text; lastOut = out;
  return out;
}

export function normalizeChar(c: number): number {
  const m = c + DELTA[c];
  if (m >= 0) return m;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // an ignorable character asked about alone: folded all the same
  return T2S[c] || c;
}

export function isIgnorable(c: number): boolean {
  return c + DELTA[c] < 0;
}

/**
 * The normalised view of `input`. Normalising reads one code unit at a time, so a long text that is an edit of one
 * normalised recently (the editor's document after a keystroke) is normalised only between the common prefix and
 * suffix: the rest is the old view's, its offsets moved by the change in length — the same text and map as a whole pass.
 */
export function normalize(input: string): NormalizedText {
  if (input.length < INCREMENTAL_FROM || !incremental.enabled) return normalizeRange(input);
  let best: NormalizedText | undefined, bestP = 0, bestS = 0;
  for (const r of recent) {
    if (r.source === input) return r;
    const { prefix: p, suffix: sfx } = editOf(r.source, input);
    if (!best || p + sfx > bestP + bestS) { best = r; bestP = p; bestS = sfx; }
  }
  const res = best && bestP + bestS >= input.length / 4 ? edited(best, input, bestP, bestS) : normalizeRange(input);
  recent.push(res);
  if (recent.length > 3) recent.shift();
  return res;
}

const INCREMENTAL_FROM = 4096;
const FLAT = /^/;
/** @internal a whole pass, never from a remembered text (what the incremental pass is checked against) */
export const normalizeWhole = (input: string): NormalizedText => normalizeRange(input);
/** the last long texts normalised (the editor alternates a document's cheap view and its tree's text) */
const recent: NormalizedText[] = [];
/** code units normalised, all passes together (work counted by tests, not timed) */
export const normalizeStats = { units: 0 };

function edited(old: NormalizedText, input: string, p: number, sfx: number): NormalizedText {
  const n = input.length, oldLen = old.source.length, delta = n - oldLen;
  const om = old.toOrig, oj = om.length - 1;
  // the old view's characters that come from the prefix [0, p), and the first that comes from the suffix
  const lower = (x: number) => { let lo = 0, hi = oj; while (lo < hi) { const mid = (lo + hi) >> 1; if (om[mid] < x) lo = mid + 1; else hi = mid; } return lo; };
  const jp = lower(p), jt = lower(oldLen - sfx);
  const mid = normalizeRange(input, p, n - sfx);
  const mj = mid.toOrig.length - 1;
  const j = jp + mj + (oj - jt);
  const toOrig = new Int32Array(j + 1);
  toOrig.set(om.subarray(0, jp), 0);
  toOrig.set(mid.toOrig.subarray(0, mj), jp);
  for (let k = jt, q = jp + mj; k < oj; k++, q++) toOrig[q] = om[k] + delta;
  toOrig[j] = n;
  let text = old.text.slice(0, jp) + mid.text + old.text.slice(jt);
  // flattened now (a regular expression flattens its subject): a concatenation of slices would keep the old text alive
  FLAT.test(text);
  if (j === n && text === input) text = input;
  return view(input, text, toOrig);
}

/** input[from, to) normalised, its map in offsets of the whole input (the map's last entry is `to`) */
function normalizeRange(input: string, from = 0, to = input.length): NormalizedText {
  const len = to - from;
  normalizeStats.units += len;
  const out = new Uint16Array(len);
  const toOrig = new Int32Array(len + 1);
  let j = 0;
  for (let i = from; i < to; i++) {
    const c = input.charCodeAt(i);
    const m = c + DELTA[c];
    if (m < 0) continue;
    out[j] = m;
    toOrig[j] = i;
    j++;
  }
  toOrig[j] = to;
  let text = '';
  const CH = 8192;
  for (let k = 0; k < j; k += CH) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + CH)) as unknown as number[]);
  // nothing changed: the input itself, so that later identity checks (per-text caches) are pointer compares
  if (from === 0 && to === input.length && j === len && text === input) text = input;
  return view(input, text, toOrig.subarray(0, j + 1));
}

/** a normalised view of `source`: `text` with its offset map (`map[i]`: the offset in `source` of `text[i]`; one entry more, the end) */
export function view(source: string, text: string, map: Int32Array): NormalizedText {
  return {
    text,
    source,
    toOrig: map,
    origSpan(start: number, end: number): [number, number] {
      return [map[start], end > start ? map[end - 1] + 1 : map[start]];
    },
  };
}

let scratch = new Uint16Array(256);
/** `normalize(x).text` without the characters marked in `skip` (a table by code unit): no offset map, one pass */
export function normalizeSkipping(x: string, skip: Uint8Array): string {
  if (scratch.length < x.length) scratch = new Uint16Array(x.length * 2);
  const out = scratch;
  let k = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (skip[c]) continue;
    const m = c + DELTA[c];
    if (m >= 0) out[k++] = m;
  }
  let s = '';
  for (let i = 0; i < k; i += 8192) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  return s;
}

/** Normalise a pattern (term, exception) the same way as text: no mapping needed. */
export function normalizePattern(p: string): string {
  // (most patterns are their own normal form: returned as they are, without building a copy character by character)
  let i = 0;
  while (i < p.length && DELTA[p.charCodeAt(i)] === 0) i++;
  if (i === p.length) return p;
  let s = p.slice(0, i);
  for (; i < p.length; i++) {
    const c = p.charCodeAt(i);
    const m = c + DELTA[c];
    if (m >= 0) s += String.fromCharCode(m);
  }
  return s;
}

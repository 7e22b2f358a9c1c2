// A normalised view of text for matching: full-width → half-width, Latin lower-cased, traditional →
// simplified, and characters that can be slipped inside a term (spaces, zero-width, filler punctuation,
// Markdown emphasis markers, quotes) dropped, so 稳 赚 不 赔, 保.本, 穩賺 and **保**本 all match.
// `toOrig[i]` is the offset in the original string of normalised char i, so hits map back exactly.
import { T2S, T2S_PAIRS } from './t2s.js';

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
const DELTA = (() => {
  const t = new Int32Array(0x10000);
  const set = (c: number, d: number) => { t[c] = d - c; };
  // the same rule as c → T2S(lower(half-width(c))), ignorables dropped, written as the few entries that differ
  const fold = (d: number) => { const x = T2S.get(d); return x === undefined ? d : x; };
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) set(T2S_PAIRS.charCodeAt(i), T2S_PAIRS.charCodeAt(i + 1));
  for (let c = 65; c <= 90; c++) set(c, fold(c + 32));
  for (let c = 0xff01; c <= 0xff5e; c++) { let d = c - 0xfee0; if (d >= 65 && d <= 90) d += 32; set(c, fold(d)); }
  for (const c of IGNORABLE) { set(c, -1); if (c >= 0x21 && c <= 0x7e) set(c + 0xfee0, -1); }
  return t;
})();

export function normalizeChar(c: number): number {
  const m = c + DELTA[c];
  if (m >= 0) return m;
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // an ignorable character asked about alone: folded all the same
  const x = T2S.get(c);
  return x === undefined ? c : x;
}

export function isIgnorable(c: number): boolean {
  return c + DELTA[c] < 0;
}

export function normalize(input: string): NormalizedText {
  const n = input.length;
  const out = new Uint16Array(n);
  const toOrig = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const m = c + DELTA[c];
    if (m < 0) continue;
    out[j] = m;
    toOrig[j] = i;
    j++;
  }
  toOrig[j] = n;
  let text = '';
  const CH = 8192;
  for (let k = 0; k < j; k += CH) text += String.fromCharCode.apply(null, out.subarray(k, Math.min(j, k + CH)) as unknown as number[]);
  // nothing changed: the input itself, so that later identity checks (per-text caches) are pointer compares
  if (j === n && text === input) text = input;
  const map = toOrig.subarray(0, j + 1);
  return {
    text,
    source: input,
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
  let s = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    const m = c + DELTA[c];
    if (m >= 0) s += String.fromCharCode(m);
  }
  return s;
}

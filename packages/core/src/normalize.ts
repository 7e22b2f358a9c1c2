// A normalised view of text for matching: full-width → half-width, Latin lower-cased, traditional →
// simplified, and characters that can be slipped inside a term (spaces, zero-width, filler punctuation,
// Markdown emphasis markers, quotes) dropped, so 稳 赚 不 赔, 保.本, 穩賺 and **保**本 all match.
// `toOrig[i]` is the offset in the original string of normalised char i, so hits map back exactly.
import { T2S } from './t2s.js';

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

export function normalizeChar(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII
  if (c >= 65 && c <= 90) c += 32; // A-Z
  const s = T2S.get(c);
  return s === undefined ? c : s;
}

export function isIgnorable(c: number): boolean {
  return IGNORABLE.has(c) || (c >= 0xff01 && c <= 0xff5e && IGNORABLE.has(c - 0xfee0));
}

export function normalize(input: string): NormalizedText {
  const n = input.length;
  const out = new Uint16Array(n);
  const toOrig = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (isIgnorable(c)) continue;
    out[j] = normalizeChar(c);
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

/** Normalise a pattern (term, exception) the same way as text: no mapping needed. */
export function normalizePattern(p: string): string {
  let s = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (isIgnorable(c)) continue;
    s += String.fromCharCode(normalizeChar(c));
  }
  return s;
}

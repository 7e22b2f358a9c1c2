// Clause and sentence boundaries used by every engine.
import { regexScan } from './regex-scan.js';
import type { KnownLiterals } from './regex-literals.js';
const CLAUSE_STOPS = new Set([...'。！？!?；;，,：:\n']);
const SENTENCE_STOPS = new Set([...'。！？!?；;\n']);

export const isClauseStop = (ch: string) => CLAUSE_STOPS.has(ch);
export const isSentenceStop = (ch: string) => SENTENCE_STOPS.has(ch);

/** a stop table for spanAround: 1 at the code unit of each of `chars` (BMP characters) */
export function stopCodes(chars: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** [start, end) of the clause (or sentence) around [s, e), bounded to `max` chars each side */
export function spanAround(text: string, s: number, e: number, stops: Set<string> | ((c: string) => boolean) | Uint8Array, max = 40): [number, number] {
  if (stops === CLAUSE_STOPS || stops === SENTENCE_STOPS) return indexedSpan(text, s, e, stops, max);
  if (stops instanceof Uint8Array) {
    // a table by code unit (stopCodes): no one-character string made per character walked
    let a = s;
    while (a > 0 && s - a < max && !stops[text.charCodeAt(a - 1)]) a--;
    let b = e;
    while (b < text.length && b - e < max && !stops[text.charCodeAt(b)]) b++;
    return [a, b];
  }
  const stop = typeof stops === 'function' ? stops : (c: string) => stops.has(c);
  let a = s;
  while (a > 0 && s - a < max && !stop(text[a - 1])) a--;
  let b = e;
  while (b < text.length && b - e < max && !stop(text[b])) b++;
  return [a, b];
}

// The positions of the stops of the texts asked about (a few at a time: the engines alternate between a document's
// text and its normalised text), so that a span is two binary searches instead of a walk of up to `max` characters
// each way — a line without stops and with thousands of hits stays cheap.
/** the stop positions of the last few texts, one list per stop set (each span asks for one of two sets: no Map lookup per call) */
const clauseStopIndex: { text: string; at: Int32Array }[] = [];
const sentenceStopIndex: { text: string; at: Int32Array }[] = [];
const stopTables = new Map<Set<string>, Uint8Array>();
/** a lookup table by char code (no one-character strings made per character scanned) */
function stopTable(stops: Set<string>): Uint8Array {
  let t = stopTables.get(stops);
  if (!t) { t = new Uint8Array(0x10000); for (const ch of stops) t[ch.charCodeAt(0)] = 1; stopTables.set(stops, t); }
  return t;
}
function stopsOf(text: string, stops: Set<string>): Int32Array {
  const cache = stops === CLAUSE_STOPS ? clauseStopIndex : sentenceStopIndex;
  // the text asked about last is the one asked about next, mostly (a document's findings, one after the other);
  // === on the same string object is a pointer compare (a Map would hash a rope of the whole text on every lookup)
  const n = cache.length;
  if (n && cache[n - 1].text === text) return cache[n - 1].at;
  for (let i = n - 2; i >= 0; i--) {
    const c = cache[i];
    if (c.text === text) { cache.splice(i, 1); cache.push(c); return c.at; }
  }
  const table = stopTable(stops);
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); if (c < 0x10000 && table[c]) found.push(i); }
  const at = Int32Array.from(found);
  if (cache.length >= 4) cache.shift();
  cache.push({ text, at });
  return at;
}
function indexedSpan(text: string, s: number, e: number, stops: Set<string>, max: number): [number, number] {
  const at = stopsOf(text, stops);
  // the last stop before s, and the first at or after e
  let lo = 0, hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < s) lo = mid + 1; else hi = mid; }
  const prev = lo > 0 ? at[lo - 1] : -1;
  lo = 0; hi = at.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid] < e) lo = mid + 1; else hi = mid; }
  const next = lo < at.length ? at[lo] : text.length;
  return [Math.max(prev + 1, s - max, 0), Math.min(next, e + max, text.length)];
}
/** from the first span's start to the last one's end (a loop, not Math.min(...): a paragraph may hold a hundred thousand
 * hits, more than a call's arguments can be) */
export function spanOf(xs: readonly { start: number; end: number }[]): [number, number] {
  let a = Infinity, b = -Infinity;
  for (const x of xs) { if (x.start < a) a = x.start; if (x.end > b) b = x.end; }
  return [a, b];
}

export const clauseAround = (text: string, s: number, e: number, max = 40) => spanAround(text, s, e, CLAUSE_STOPS, max);
export const sentenceAround = (text: string, s: number, e: number, max = 200) => spanAround(text, s, e, SENTENCE_STOPS, max);

/** fill a template: {text}, {name}; a value given per locale ({cue} with cue_en) is taken in the template's locale */
export function fill(template: string, data: Record<string, string> | undefined, locale?: string): string {
  if (!data || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (m, k) => (locale && `${k}_${locale}` in data ? data[`${k}_${locale}`] : k in data ? data[k] : m));
}

/**
 * Spans sorted by start, for "which spans contain [s, t)" in O(log n + k): a containing span starts no earlier than
 * t minus the longest span, so a binary search finds the first candidate and the walk stops past s. Never all pairs:
 * a page with 50,000 hits stays linear. `visited` counts the spans looked at (a deterministic measure of the work).
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private spans: T[];
  private maxLen = 0;
  visited = 0;
  constructor(spans: T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    for (const x of this.spans) this.maxLen = Math.max(this.maxLen, x.end - x.start);
  }
  some(s: number, t: number, test: (x: T) => boolean): boolean {
    const sp = this.spans;
    let lo = 0, hi = sp.length;
    const from = t - this.maxLen;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sp[mid].start < from) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < sp.length && sp[i].start <= s; i++) {
      this.visited++;
      if (sp[i].end >= t && test(sp[i])) return true;
    }
    return false;
  }
}

/**
 * Where the discourse cues match in the whole text, found once (one scan per pattern) rather than by running every
 * pattern over every candidate's sentence: a line with a million hits stays linear.
 */
export class MatchIndex {
  private starts: number[] = [];
  private ends: number[] = [];
  constructor(text: string, re: RegExp, known?: KnownLiterals) {
    // (an edited long text is scanned again only around the edit; see regexScan for `known`)
    for (const m of regexScan(re, text, 'plain', known)) { this.starts.push(m.index); this.ends.push(m.index + m[0]!.length); }
  }
  /** a match inside [ss, se) that starts before `before` */
  within(ss: number, se: number, before = se): boolean {
    const st = this.starts;
    let lo = 0, hi = st.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (st[mid] < ss) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < st.length && st[i] < before; i++) if (this.ends[i] <= se) return true;
    return false;
  }
}


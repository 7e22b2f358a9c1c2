// A regular expression's matches over a long text, found again only around an edit. The editor re-lints a document
// after each keystroke; the emphasis shapes run over the whole text each time (a few ms each for a 100 KB contract).
//
// A global scan is a chain of steps: from a search start x, `exec` finds the leftmost match at x or later, and the
// next search starts where the caller's policy says (after the match; after the match's first line break for a shape
// that must stay on its line). Whether a match starts at position i depends only on text[i - B, i + W), where B is how
// far the pattern can look behind and W how far it can read ahead (its longest match, lookaheads counted as read).
// Both are read from the pattern's source; a pattern with an unbounded quantifier, a backreference, a nested
// lookaround or anything not understood has no bounds and is scanned whole.
//
// After an edit that keeps the first P and the last S code units of the text:
// - the old steps whose match starts at most P - W are the new ones (everything they read is in the prefix);
// - from there the text is scanned again, until a search start x with x - B at or after the unchanged suffix, from
//   which the old scan found the same thing: an old step that searched from x - delta or before and found nothing
//   before x - delta (its match starts at or after it, or it found none). From x on, both scans read only the suffix,
//   so the rest of the new chain is the old one's, moved by delta.
// The same matches, in the same order, as a whole scan (checked by a property test against `exec` over the whole text).
import { editOf, incremental, ownCopy } from './edits.js';
import { knownLiterals, type KnownLiterals } from './regex-literals.js';

/** how the next search starts after a match: 'plain' after the match (one further after an empty one); 'line' the
 * same, but after the first line break inside a match that holds one */
export type ScanPolicy = 'plain' | 'line';

/** a match: its index and groups (strings or undefined), like a RegExpExecArray without `input` */
export type ScanMatch = (string | undefined)[] & { index: number };

interface Step { from: number; m: ScanMatch | null }
/** what a scan needs of a pattern: its source and flags as a RegExp gives them (a RegExp, or a LazyPattern) */
export interface PatternSource {
  readonly source: string;
  readonly flags: string;
  /** its `literalKey`, when read at build time with the pattern (the build-time rule state) */
  readonly key?: string;
}

/**
 * A pattern compiled on its first use: `new RegExp` parses the whole pattern (~3 µs each, ~1,000 patterns in the packs),
 * and a one-file run searches few of them — a short text without a pattern's literals is never searched (see regexScan),
 * and a document no emphasis rule applies to never tries a shape. `source` is the RegExp's own (`new RegExp(text).source`:
 * the text itself unless it holds a / or a line break, which the RegExp escapes, or is empty), so literal keys and
 * messages read the same. `now`: compiled at once — a pattern not known to compile (a user's pack) is refused where it
 * always was, when the linter is built.
 */
export class LazyPattern implements PatternSource {
  private compiled?: RegExp;
  readonly flags: string;
  constructor(private readonly text: string, flags: string, now = false, readonly key?: string) {
    this.flags = canonicalFlags(flags);
    if (now) this.compiled = new RegExp(text, flags);
  }
  get re(): RegExp { return (this.compiled ??= new RegExp(this.text, this.flags)); }
  get source(): string { return this.compiled ? this.compiled.source : PLAIN_SOURCE.test(this.text) ? this.text : this.re.source; }
}
/** a source a RegExp keeps as it is written (it escapes / and line breaks, and writes an empty one (?:)) */
const PLAIN_SOURCE = /^[^\/\n\r\u2028\u2029]+$/;
/** flags in the order RegExp.prototype.flags gives them (as they are when they are in that order already: no copy) */
const FLAG_ORDER = 'dgimsuvy';
function canonicalFlags(f: string): string {
  for (let i = 1; i < f.length; i++) if (FLAG_ORDER.indexOf(f[i - 1]!) >= FLAG_ORDER.indexOf(f[i]!)) return [...FLAG_ORDER].filter((x) => f.includes(x)).join('');
  return f;
}

/** a pattern's global copy for one policy, compiled when first searched (the literal gate may skip every text) */
class Compiled {
  private compiled?: RegExp;
  reach?: Reach | null;
  recent: { text: string; steps: Step[]; run: number }[] = [];
  literals?: string[][] | null;
  constructor(readonly source: string, readonly flags: string) {}
  get re(): RegExp { return (this.compiled ??= new RegExp(this.source, this.flags)); }
}

const INCREMENTAL_FROM = 4096;
const RECENT = 3;
const compiled = new WeakMap<PatternSource, { plain?: Compiled; line?: Compiled }>();
/** code units searched from (the distance from each search start to its match or the text's end), all scans together:
 * work counted by tests, not timed */
export const regexScanStats = { units: 0 };

function compile(re: PatternSource, policy: ScanPolicy): Compiled {
  // (an object of two fields, not a Map: asked ~400,000 times on the 10 MB corpus)
  let byPolicy = compiled.get(re);
  if (!byPolicy) compiled.set(re, (byPolicy = {}));
  let c = byPolicy[policy];
  if (!c) {
    const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
    c = byPolicy[policy] = new Compiled(re.source, flags);
  }
  return c;
}

// (a loop, not Array.from: its iteration is costly for ~100,000 matches a corpus run)
const copy = (m: RegExpExecArray | ScanMatch, index: number): ScanMatch => {
  const a = [] as unknown as ScanMatch;
  for (let k = 0; k < m.length; k++) a.push(m[k]);
  a.index = index;
  return a;
};

function next(m: ScanMatch, policy: ScanPolicy): number {
  const s = m[0]!;
  if (!s.length) return m.index + 1;
  if (policy === 'line') { const nl = s.indexOf('\n'); if (nl >= 0) return m.index + nl + 1; }
  return m.index + s.length;
}

/**
 * Scan `text` from `x` (for a search that `started` earlier, with no match before `x`), appending steps, to the end or until `stop(x)` accepts a search start: then returns the start
 * of the step to take from the old scan (-1 at the end). Below `limit`, each search reads only text[0, limit + ahead):
 * a match that starts before `limit` is found there as in the whole text (everything it reads is there), and when
 * none does, the search goes on from `limit` (a pattern that occurs once in a document is not searched to its end).
 */
function scanFrom(c: Compiled, text: string, x: number, policy: ScanPolicy, steps: Step[], back: number, ahead: number, stop?: (x: number) => boolean, limit = -1, started = -1, remember = true): number {
  const re = c.re;
  let from = started; // where a search that goes on from a later position (`limit`, or the first one's) started
  for (;;) {
    if (stop?.(x)) return from >= 0 ? from : x;
    if (x > text.length) { steps.push({ from: from >= 0 ? from : x, m: null }); return -1; }
    let r: RegExpExecArray | null;
    if (x < limit && limit + ahead < text.length) {
      const part = text.slice(0, limit + ahead);
      re.lastIndex = x;
      r = re.exec(part);
      if (!r || r.index >= limit) { regexScanStats.units += limit - x; from = x; x = limit; continue; }
      regexScanStats.units += r.index - x;
    } else {
      re.lastIndex = x;
      r = re.exec(text);
      regexScanStats.units += (r ? r.index : text.length) - x;
    }
    if (!r) { steps.push({ from: from >= 0 ? from : x, m: null }); return -1; }
    // (its strings copied when it may be remembered: a substring would keep the whole text alive)
    const m = copy(r, r.index);
    if (remember) for (let k = 0; k < m.length; k++) if (m[k] !== undefined) m[k] = ownCopy(m[k]!);
    steps.push({ from: from >= 0 ? from : x, m });
    from = -1;
    x = next(m, policy);
  }
}

/**
 * Every match a global scan of `re` over `text` finds, in order, the next search starting as `policy` says. For a long
 * text that is an edit of one scanned recently with the same pattern and policy, only the part around the edit is
 * scanned again. The caller's `re` is not used to search (its lastIndex is left alone).
 */
export function regexScan(re: PatternSource, text: string, policy: ScanPolicy = 'plain', known?: KnownLiterals): ScanMatch[] {
  const c = compile(re, policy);
  // a short text without the literals every match holds (`known`, read at build time) is not searched: a one-file run
  // compiles only the patterns its text may match (V8 compiles a pattern on its first search, ~0.1–2 ms for the packs'
  // long alternations), and a run over many files searches each text only with the patterns it may hold (on the 10 MB
  // corpus ~80% of the terms and discourse searches have no literal in their text). The sets are looked up once per
  // pattern, the smallest first.
  if (known && c.literals === undefined) c.literals = knownLiterals(known, c.source, re.flags, re.key)?.slice().sort((a, b) => a.length - b.length) ?? null;
  if (c.literals && text.length < INCREMENTAL_FROM && !mayHold(text, c.literals)) return [];
  if (text.length < INCREMENTAL_FROM || !incremental.enabled || c.reach === null) return whole(c, text, policy, false);
  let best: { text: string; steps: Step[]; run: number } | undefined, bp = 0, bs = 0;
  for (const r of c.recent) {
    if (r.text === text) return matchesOf(r.steps);
    const { prefix, suffix } = editOf(r.text, text);
    if (!best || prefix + suffix > bp + bs) { best = r; bp = prefix; bs = suffix; }
  }
  // a text not an edit of one scanned recently (a CLI run's next file): scanned whole, remembered; the pattern's
  // reach is read only when an edit comes
  if (!best || bp + bs < text.length / 4) return whole(c, text, policy, true);
  if (c.reach === undefined) {
    const reach = /[yv]/.test(c.flags) ? undefined : regexReach(c.source, c.flags.includes('u'), c.flags);
    c.reach = reach ?? null;
    if (!reach) { c.recent = []; return whole(c, text, policy, false); }
  }
  const reach = c.reach!;
  // the pattern's reach in these texts: R the longest run its unbounded quantifiers could take in either
  const runOf = (r: { text: string; run: number }) => (r.run >= 0 ? r.run : (r.run = reach.runs ? runIn(r.text, reach.runs) : 0));
  // (in the new text a run lies in the unchanged prefix or suffix, so is no longer than the old text's longest, or
  // meets the edit: an upper bound, carried from edit to edit)
  const R = reach.runs ? Math.max(runOf(best), runAcross(text, reach.runs, bp, text.length - bs)) : 0;
  const entry = { text, steps: [] as Step[], run: R };
  const back = reach.back.c + reach.back.k * R, ahead = reach.ahead.c + reach.ahead.k * R;
  if (back + ahead < text.length / 8) entry.steps = edited(c, best, text, bp, bs, policy, back, ahead);
  else scanFrom(c, text, 0, policy, entry.steps, back, ahead);
  c.recent.push(entry);
  if (c.recent.length > RECENT) c.recent.shift();
  return matchesOf(entry.steps);
}

/** which code units occur in the last text asked about (`seen[c] === stamp`): a literal with a code unit the text lacks
 * needs no search */
const seen = new Uint32Array(65536);
let stamp = 0, stamped: string | undefined;

/** whether `text` holds a literal of each set */
function mayHold(text: string, sets: string[][]): boolean {
  if (text !== stamped) {
    stamped = text;
    stamp = (stamp + 1) >>> 0 || (seen.fill(0), 1);
    for (let i = 0; i < text.length; i++) seen[text.charCodeAt(i)] = stamp;
  }
  // (loops, not every and some with a closure: asked ~140,000 times on the 10 MB corpus)
  for (const set of sets) {
    let any = false;
    for (const l of set) if (holds(text, l)) { any = true; break; }
    if (!any) return false;
  }
  return true;
}
function holds(text: string, l: string): boolean {
  for (let i = 0; i < l.length; i++) if (seen[l.charCodeAt(i)] !== stamp) return false;
  return text.includes(l);
}

function whole(c: Compiled, text: string, policy: ScanPolicy, remember: boolean): ScanMatch[] {
  // a text not remembered (a short one: ~300,000 scans a corpus run, nearly all finding nothing) needs no steps: the
  // same exec chain as scanFrom's from 0 without a limit, its matches straight into the list returned
  if (!remember) {
    const re = c.re, out: ScanMatch[] = [];
    for (let x = 0; x <= text.length; ) {
      re.lastIndex = x;
      const r = re.exec(text);
      regexScanStats.units += (r ? r.index : text.length) - x;
      if (!r) break;
      const m = copy(r, r.index);
      out.push(m);
      x = next(m, policy);
    }
    return out;
  }
  const steps: Step[] = [];
  scanFrom(c, text, 0, policy, steps, Infinity, Infinity, undefined, -1, -1, remember);
  if (remember) { c.recent.push({ text, steps, run: -1 }); if (c.recent.length > RECENT) c.recent.shift(); }
  return matchesOf(steps);
}

/** the longest runs of each set of characters in the last few texts */
const runs: { text: string; by: Map<Uint8Array, number> }[] = [];
function runIn(text: string, t: Uint8Array): number {
  let r = runs.find((x) => x.text === text);
  if (!r) { r = { text, by: new Map() }; runs.push(r); if (runs.length > 8) runs.shift(); }
  let v = r.by.get(t);
  if (v === undefined) r.by.set(t, (v = longestRun(text, t)));
  return v;
}

function matchesOf(steps: Step[]): ScanMatch[] {
  const out: ScanMatch[] = [];
  for (const s of steps) if (s.m) out.push(s.m);
  return out;
}

function edited(c: Compiled, old: { text: string; steps: Step[] }, text: string, p: number, sfx: number, policy: ScanPolicy, back: number, ahead: number): Step[] {
  const delta = text.length - old.text.length;
  const os = old.steps;
  const steps: Step[] = [];
  // the old steps that read only the prefix
  let k = 0;
  for (; k < os.length; k++) { const m = os[k].m; if (!m || m.index + ahead > p) break; steps.push(os[k]); }
  const x0 = k ? next(os[k - 1].m!, policy) : 0;
  // the old step from x0 found no match before its own (or none at all): none starts before it in the new text either
  // where all it reads is in the prefix, so the new search from x0 goes on from there
  const mk = k < os.length ? os[k].m : null;
  const start = Math.max(x0, Math.min(mk ? mk.index : Infinity, p - ahead + 1));
  // from here, the new scan until it meets the old one in the suffix
  const tail = text.length - sfx + back;
  let join = -1;
  const stop = (x: number) => {
    if (x < tail) return false;
    // the last old step that searched from x - delta or before
    const y = x - delta;
    let lo = 0, hi = os.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (os[mid].from <= y) lo = mid + 1; else hi = mid; }
    const j = lo - 1;
    if (j < 0) return false;
    const m = os[j].m;
    if (m && m.index < y) return false;
    join = j;
    return true;
  };
  const x = scanFrom(c, text, start, policy, steps, back, ahead, stop, tail, start > x0 ? x0 : -1);
  if (join >= 0) {
    steps.push({ from: x, m: os[join].m && (delta ? copy(os[join].m!, os[join].m!.index + delta) : os[join].m) });
    for (let j = join + 1; j < os.length; j++) {
      const s = os[j];
      steps.push(delta ? { from: s.from + delta, m: s.m && copy(s.m, s.m.index + delta) } : s);
    }
  }
  return steps;
}

/** c + k·R: a length in code units, R the longest run of the characters an unbounded quantifier repeats */
interface Len { c: number; k: number }
const L = (c: number, k = 0): Len => ({ c, k });
const add = (a: Len, b: Len): Len => ({ c: a.c + b.c, k: a.k + b.k });
const times = (a: Len, q: number): Len => ({ c: a.c * q, k: a.k * q });
const max = (a: Len, b: Len): Len => ({ c: Math.max(a.c, b.c), k: Math.max(a.k, b.k) });

/** what a pattern may read around a match's start, `back` before it and `ahead` after it (c + k·R each); `runs`: the
 * characters its unbounded quantifiers repeat (R is the longest run of them in the text), when it has any */
export interface Reach { back: Len; ahead: Len; runs?: Uint8Array }

const WHITE = '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff';
/** a set of BMP code units as sorted, merged, inclusive ranges */
type Ranges = [number, number][];
function merged(r: Ranges): Ranges {
  const out: Ranges = [];
  for (const [a, b] of [...r].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b); else out.push([a, b]);
  }
  return out;
}
function complement(r: Ranges): Ranges {
  const out: Ranges = [];
  let from = 0;
  for (const [a, b] of merged(r)) { if (a > from) out.push([from, a - 1]); from = b + 1; }
  if (from <= 0xffff) out.push([from, 0xffff]);
  return out;
}
const ofChars = (chars: string): Ranges => [...chars].map((ch) => [ch.charCodeAt(0), ch.charCodeAt(0)]);
const DIGIT: Ranges = [[48, 57]];
const SPACE: Ranges = merged([...ofChars(WHITE), [0x2000, 0x200a]]);
const WORD: Ranges = [[48, 57], [65, 90], [95, 95], [97, 122]];
const NOT_LINE_END = complement(ofChars('\n\r\u2028\u2029'));
const ANY: Ranges = [[0, 0xffff]];
/** one table per set of characters (the patterns' runs share a few sets: digits, spaces), built when first needed */
const tables = new Map<string, Uint8Array>();
function tableOf(r: Ranges): Uint8Array {
  const m = merged(r);
  const key = m.map(([a, b]) => `${a}-${b}`).join(',');
  let t = tables.get(key);
  if (!t) {
    t = new Uint8Array(0x10000);
    for (const [a, b] of m) t.fill(1, a, b + 1);
    tables.set(key, t);
  }
  return t;
}

/**
 * How far a pattern can read around a match's start: `back` code units before it (lookbehinds, anchors, word
 * boundaries) and `ahead` after it (its longest match, lookaheads, anchors and boundaries counted as read). A
 * quantifier without a bound is understood on one character, a class or an escape (it reads at most the longest run
 * of those characters, R); undefined when anything else is unbounded or not understood. Generous by a code unit each
 * way; an atom counts two under the u flag (it may match a surrogate pair).
 */
export function regexReach(source: string, unicode: boolean, flags = ''): Reach | undefined {
  let i = 0;
  const n = source.length;
  const unit = unicode ? 2 : 1;
  let back = L(1);
  let runs: Ranges | undefined;
  const fail = (): never => { throw new Error('unbounded'); };
  // the characters one atom matches (a BMP table), or undefined when it is not one character
  type A = { w: Len; r: Len; chars?: Ranges };
  // [width, reach]: the longest a part consumes, and how far past its start it may read (reach >= width)
  const alternation = (inLook: boolean): A => {
    let w = sequence(inLook);
    while (source[i] === '|') { i++; const b = sequence(inLook); w = { w: max(w.w, b.w), r: max(w.r, b.r) }; }
    return w;
  };
  const sequence = (inLook: boolean): A => {
    let len = L(0), reach = L(0);
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      const a = atom(inLook);
      const q = quantifier();
      if (q === Infinity) {
        // a run of one kind of character: at most R of them. Under the u flag too: a class that can match a character
        // beyond the BMP (a negated class, ., \S, \W, \D) has every surrogate in its table, so such a character counts
        // its two code units in the run; one that cannot (written as BMP characters and ranges) never meets a surrogate
        if (!a.chars || flags.includes('i')) fail();
        (runs ??= []).push(...a.chars!);
        reach = max(reach, add(len, L(0, 1)));
        len = add(len, L(0, 1));
        continue;
      }
      if (q > 0) reach = max(reach, add(add(len, times(a.w, q - 1)), a.r));
      len = add(len, times(a.w, q));
    }
    return { w: len, r: max(reach, len) };
  };
  const group = (inLook: boolean): A => { const w = alternation(inLook); if (source[i] !== ')') fail(); i++; return w; };
  const one = (chars: Ranges, w = unit): A => ({ w: L(w), r: L(w), chars });
  const atom = (inLook: boolean): A => {
    const c = source[i];
    if (c === '(') {
      i++;
      if (source[i] === '?') {
        const la = source.slice(i, i + 3);
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '=' || source[i + 1] === '!') {
          if (inLook) fail();
          i += 2;
          return { w: L(0), r: group(true).r };
        } else if (la === '?<=' || la === '?<!') {
          if (inLook) fail();
          i += 3;
          // matched backwards to the current position: reads back its reach (and a boundary at its end reads one on)
          back = max(back, add(group(true).r, L(1)));
          return { w: L(0), r: L(1) };
        } else if (source[i + 1] === '<') { const e = source.indexOf('>', i); if (e < 0) fail(); i = e + 1; }
        else fail();
      }
      const g = group(inLook);
      return { w: g.w, r: g.r };
    }
    if (c === '[') return charClass();
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined) fail();
      i += 2;
      if (d === 'b' || d === 'B') return { w: L(0), r: L(1) };
      if (/[1-9k]/.test(d)) fail(); // a backreference
      if (d === 'u' && source[i] === '{') { const e = source.indexOf('}', i); if (e < 0) fail(); i = e + 1; return { w: L(unit), r: L(unit) }; }
      if (d === 'p' || d === 'P') { if (source[i] === '{') { const e = source.indexOf('}', i); if (e < 0) fail(); i = e + 1; } return { w: L(unit), r: L(unit) }; }
      if (d === 'c') { i += 1; return { w: L(1), r: L(1) }; }
      return one(setOf(escapeChars(d)));
    }
    if (c === '^' || c === '$') { i++; return { w: L(0), r: L(1) }; }
    if (c === '.') { i++; return one(flags.includes('s') ? ANY : NOT_LINE_END); }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|') fail();
    const cp = source.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp > 0xffff) return { w: L(2), r: L(2) };
    return one(setOf(cp));
  };
  // the characters of an escape (a code, or a shared set; in a class \b is a backspace); `i` is past it
  const escapeChars = (d: string, inClass = false): number | Ranges => {
    if (d === 'd' || d === 'D') return d === 'd' ? DIGIT : complement(DIGIT);
    if (d === 's' || d === 'S') return d === 's' ? SPACE : complement(SPACE);
    if (d === 'w' || d === 'W') return d === 'w' ? WORD : complement(WORD);
    if (d === 'u') { const h = source.slice(i, i + 4); if (!/^[0-9a-fA-F]{4}$/.test(h)) fail(); i += 4; return parseInt(h, 16); }
    if (d === 'x') { const h = source.slice(i, i + 2); if (!/^[0-9a-fA-F]{2}$/.test(h)) fail(); i += 2; return parseInt(h, 16); }
    const named: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, 0: 0 };
    if (inClass && d === 'b') return 8;
    if (d in named) return named[d];
    if (/[a-zA-Z0-9]/.test(d)) fail(); // an escape not understood
    return d.charCodeAt(0);
  };
  const setOf = (x: number | Ranges): Ranges => (typeof x === 'number' ? [[x, x]] : x);
  const charClass = (): A => {
    i++;
    const negated = source[i] === '^';
    if (negated) i++;
    const ranges: Ranges = [];
    let first = true;
    // one class member: a character code, or a set (an escape such as \d); `i` is past it
    const member = (): number | Ranges => {
      if (source[i] === '\\') {
        const d = source[i + 1];
        if (d === undefined) fail();
        i += 2;
        if (d === 'p' || d === 'P' || d === 'c' || d === 'k') fail();
        return escapeChars(d, true);
      }
      const cp = source.codePointAt(i)!;
      if (cp > 0xffff) fail();
      i++;
      return cp;
    };
    while (i < n && (source[i] !== ']' || first)) {
      first = false;
      const a = member();
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < n) {
        i++;
        const b = member();
        if (typeof a !== 'number' || typeof b !== 'number' || b < a) fail();
        ranges.push([a as number, b as number]);
      } else if (typeof a === 'number') ranges.push([a, a]);
      else ranges.push(...a);
    }
    if (i >= n) fail();
    i++;
    return one(negated ? complement(ranges) : ranges);
  };
  const quantifier = (): number => {
    let q = 1;
    const c = source[i];
    if (c === '*' || c === '+') { i++; q = Infinity; }
    else if (c === '?') { i++; q = 1; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) fail();
      i += m![0].length;
      q = m![2] ? (m![3] ? Number(m![3]) : Infinity) : Number(m![1]);
    } else return 1;
    if (source[i] === '?') i++; // lazy
    return q;
  };
  try {
    const top = alternation(false);
    if (i !== n) return undefined;
    return { back: add(back, L(unit)), ahead: add(top.r, L(unit + 1)), runs: runs && tableOf(runs) };
  } catch {
    return undefined;
  }
}

/** the longest run of characters marked in `t` in `text` that meets text[a, b) (or touches it) */
function runAcross(text: string, t: Uint8Array, a: number, b: number): number {
  while (a > 0 && t[text.charCodeAt(a - 1)]) a--;
  while (b < text.length && t[text.charCodeAt(b)]) b++;
  let best = 0, run = 0;
  for (let i = a; i < b; i++) { if (t[text.charCodeAt(i)]) { if (++run > best) best = run; } else run = 0; }
  return best;
}

/** the longest run of characters marked in `t` in `text` */
export function longestRun(text: string, t: Uint8Array): number {
  let best = 0, run = 0;
  for (let i = 0; i < text.length; i++) {
    if (t[text.charCodeAt(i)]) { if (++run > best) best = run; } else run = 0;
  }
  return best;
}

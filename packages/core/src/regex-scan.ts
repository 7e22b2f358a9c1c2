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
import { editOf, incremental } from './edits.js';

/** how the next search starts after a match: 'plain' after the match (one further after an empty one); 'line' the
 * same, but after the first line break inside a match that holds one */
export type ScanPolicy = 'plain' | 'line';

/** a match: its index and groups (strings or undefined), like a RegExpExecArray without `input` */
export type ScanMatch = (string | undefined)[] & { index: number };

interface Step { from: number; m: ScanMatch | null }
interface Compiled { re: RegExp; reach?: Reach; recent: { text: string; steps: Step[]; run: number }[] }

const INCREMENTAL_FROM = 4096;
const RECENT = 3;
const compiled = new WeakMap<RegExp, Map<ScanPolicy, Compiled>>();
/** code units searched from (the distance from each search start to its match or the text's end), all scans together:
 * work counted by tests, not timed */
export const regexScanStats = { units: 0 };

function compile(re: RegExp, policy: ScanPolicy): Compiled {
  let byPolicy = compiled.get(re);
  if (!byPolicy) compiled.set(re, (byPolicy = new Map()));
  let c = byPolicy.get(policy);
  if (!c) {
    const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
    const reach = /[yv]/.test(flags) ? undefined : regexReach(re.source, flags.includes('u'), flags);
    if (reach?.runs) reach.runs = canonicalTable(reach.runs);
    c = { re: new RegExp(re.source, flags), reach, recent: [] };
    byPolicy.set(policy, c);
  }
  return c;
}

const copy = (m: RegExpExecArray | ScanMatch, index: number): ScanMatch => { const a = Array.from(m) as ScanMatch; a.index = index; return a; };

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
function scanFrom(c: Compiled, text: string, x: number, policy: ScanPolicy, steps: Step[], back: number, ahead: number, stop?: (x: number) => boolean, limit = -1, started = -1): number {
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
    const m = copy(r, r.index);
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
export function regexScan(re: RegExp, text: string, policy: ScanPolicy = 'plain'): ScanMatch[] {
  const c = compile(re, policy);
  const reach = c.reach;
  if (text.length < INCREMENTAL_FROM || !reach || !incremental.enabled) {
    const steps: Step[] = [];
    scanFrom(c, text, 0, policy, steps, Infinity, Infinity);
    return matchesOf(steps);
  }
  let best: { text: string; steps: Step[]; run: number } | undefined, bp = 0, bs = 0;
  for (const r of c.recent) {
    if (r.text === text) return matchesOf(r.steps);
    const { prefix, suffix } = editOf(r.text, text);
    if (!best || prefix + suffix > bp + bs) { best = r; bp = prefix; bs = suffix; }
  }
  // the pattern's reach in these texts: R the longest run its unbounded quantifiers could take in either
  const run = reach.runs ? runIn(text, reach.runs) : 0;
  const R = Math.max(run, best?.run ?? 0);
  const back = reach.back.c + reach.back.k * R, ahead = reach.ahead.c + reach.ahead.k * R;
  let steps: Step[];
  if (best && bp + bs >= text.length / 4 && back + ahead < text.length / 8) steps = edited(c, best, text, bp, bs, policy, back, ahead);
  else { steps = []; scanFrom(c, text, 0, policy, steps, back, ahead); }
  c.recent.push({ text, steps, run });
  if (c.recent.length > RECENT) c.recent.shift();
  return matchesOf(steps);
}

/** one table object per set of characters (the patterns' runs share a few sets: digits, spaces) */
const tables = new Map<string, Uint8Array>();
function canonicalTable(t: Uint8Array): Uint8Array {
  let key = '';
  for (let c = 0; c < 0x10000; c++) if (t[c] && !t[c - 1]) { let e = c; while (e + 1 < 0x10000 && t[e + 1]) e++; key += `${c}-${e},`; }
  let u = tables.get(key);
  if (!u) tables.set(key, (u = t));
  return u;
}
/** the longest runs of each set of characters in the last few texts */
const runs: { text: string; by: Map<Uint8Array, number> }[] = [];
function runIn(text: string, t: Uint8Array): number {
  let r = runs.find((x) => x.text === text);
  if (!r) { r = { text, by: new Map() }; runs.push(r); if (runs.length > 4) runs.shift(); }
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
function charTable(chars: string, ranges: [number, number][] = []): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) t[c] = 1;
  return t;
}
const DIGIT = charTable('', [[48, 57]]);
const SPACE = charTable(WHITE, [[0x2000, 0x200a]]);
const WORD = charTable('_', [[48, 57], [65, 90], [97, 122]]);
const LINE_END = charTable('\n\r\u2028\u2029');
const invert = (t: Uint8Array) => t.map((x) => 1 - x);

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
  let runs: Uint8Array | undefined;
  const fail = (): never => { throw new Error('unbounded'); };
  // the characters one atom matches (a BMP table), or undefined when it is not one character
  type A = { w: Len; r: Len; chars?: () => Uint8Array };
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
        // a run of one kind of character: at most R of them
        if (!a.chars || unicode || flags.includes('i')) fail();
        const t = a.chars!();
        if (!runs) runs = new Uint8Array(0x10000);
        for (let c = 0; c < 0x10000; c++) if (t[c]) runs[c] = 1;
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
  const one = (chars: () => Uint8Array, w = unit): A => ({ w: L(w), r: L(w), chars });
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
      const t = escapeChars(d);
      return one(() => t);
    }
    if (c === '^' || c === '$') { i++; return { w: L(0), r: L(1) }; }
    if (c === '.') { i++; return one(() => (flags.includes('s') ? new Uint8Array(0x10000).fill(1) : invert(LINE_END))); }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|') fail();
    const cp = source.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp > 0xffff) return { w: L(2), r: L(2) };
    return one(() => charTable(String.fromCharCode(cp)));
  };
  // the characters of an escape outside a class (or inside one: \b is a backspace there); `i` is past it
  const escapeChars = (d: string, inClass = false): Uint8Array => {
    if (d === 'd') return DIGIT;
    if (d === 'D') return invert(DIGIT);
    if (d === 's') return SPACE;
    if (d === 'S') return invert(SPACE);
    if (d === 'w') return WORD;
    if (d === 'W') return invert(WORD);
    if (d === 'u') { const h = source.slice(i, i + 4); if (!/^[0-9a-fA-F]{4}$/.test(h)) fail(); i += 4; return charTable(String.fromCharCode(parseInt(h, 16))); }
    if (d === 'x') { const h = source.slice(i, i + 2); if (!/^[0-9a-fA-F]{2}$/.test(h)) fail(); i += 2; return charTable(String.fromCharCode(parseInt(h, 16))); }
    const named: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', 0: '\0' };
    if (inClass && d === 'b') return charTable('\b');
    if (d in named) return charTable(named[d]);
    if (/[a-zA-Z0-9]/.test(d)) fail(); // an escape not understood
    return charTable(d);
  };
  const charClass = (): A => {
    i++;
    const negated = source[i] === '^';
    if (negated) i++;
    const t = new Uint8Array(0x10000);
    let first = true;
    // one class member: a character code, or a table (an escape such as \d); `i` is past it
    const member = (): number | Uint8Array => {
      if (source[i] === '\\') {
        const d = source[i + 1];
        if (d === undefined) fail();
        i += 2;
        if (d === 'p' || d === 'P' || d === 'c') fail();
        const e = escapeChars(d, true);
        let only = -1, count = 0;
        for (let k = 0; k < 0x10000 && count < 2; k++) if (e[k]) { only = k; count++; }
        return count === 1 && !'dDsSwW'.includes(d) ? only : e;
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
        for (let c = a as number; c <= (b as number); c++) t[c] = 1;
      } else if (typeof a === 'number') t[a] = 1;
      else for (let c = 0; c < 0x10000; c++) if (a[c]) t[c] = 1;
    }
    if (i >= n) fail();
    i++;
    const table = negated ? invert(t) : t;
    return one(() => table);
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
    return { back: add(back, L(unit)), ahead: add(top.r, L(unit + 1)), runs };
  } catch {
    return undefined;
  }
}

/** the longest run of characters marked in `t` in `text` */
export function longestRun(text: string, t: Uint8Array): number {
  let best = 0, run = 0;
  for (let i = 0; i < text.length; i++) {
    if (t[text.charCodeAt(i)]) { if (++run > best) best = run; } else run = 0;
  }
  return best;
}

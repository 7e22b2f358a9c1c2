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
interface Compiled { re: RegExp; back: number; ahead: number; recent: { text: string; steps: Step[] }[] }

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
    const reach = /[yv]/.test(flags) ? undefined : regexReach(re.source, flags.includes('u'));
    c = { re: new RegExp(re.source, flags), back: reach?.back ?? Infinity, ahead: reach?.ahead ?? Infinity, recent: [] };
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
function scanFrom(c: Compiled, text: string, x: number, policy: ScanPolicy, steps: Step[], stop?: (x: number) => boolean, limit = -1, started = -1): number {
  const re = c.re;
  let from = started; // where a search that goes on from a later position (`limit`, or the first one's) started
  for (;;) {
    if (stop?.(x)) return from >= 0 ? from : x;
    if (x > text.length) { steps.push({ from: from >= 0 ? from : x, m: null }); return -1; }
    let r: RegExpExecArray | null;
    if (x < limit && limit + c.ahead < text.length) {
      const part = text.slice(0, limit + c.ahead);
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
  let steps: Step[];
  if (text.length < INCREMENTAL_FROM || c.back === Infinity || c.ahead === Infinity || !incremental.enabled) {
    steps = [];
    scanFrom(c, text, 0, policy, steps);
    return matchesOf(steps);
  }
  let best: { text: string; steps: Step[] } | undefined, bp = 0, bs = 0;
  for (const r of c.recent) {
    if (r.text === text) return matchesOf(r.steps);
    const { prefix, suffix } = editOf(r.text, text);
    if (!best || prefix + suffix > bp + bs) { best = r; bp = prefix; bs = suffix; }
  }
  steps = best && bp + bs >= text.length / 4 ? edited(c, best, text, bp, bs, policy) : (() => { const s: Step[] = []; scanFrom(c, text, 0, policy, s); return s; })();
  c.recent.push({ text, steps });
  if (c.recent.length > RECENT) c.recent.shift();
  return matchesOf(steps);
}

function matchesOf(steps: Step[]): ScanMatch[] {
  const out: ScanMatch[] = [];
  for (const s of steps) if (s.m) out.push(s.m);
  return out;
}

function edited(c: Compiled, old: { text: string; steps: Step[] }, text: string, p: number, sfx: number, policy: ScanPolicy): Step[] {
  const delta = text.length - old.text.length;
  const os = old.steps;
  const steps: Step[] = [];
  // the old steps that read only the prefix
  let k = 0;
  for (; k < os.length; k++) { const m = os[k].m; if (!m || m.index + c.ahead > p) break; steps.push(os[k]); }
  const x0 = k ? next(os[k - 1].m!, policy) : 0;
  // the old step from x0 found no match before its own (or none at all): none starts before it in the new text either
  // where all it reads is in the prefix, so the new search from x0 goes on from there
  const mk = k < os.length ? os[k].m : null;
  const start = Math.max(x0, Math.min(mk ? mk.index : Infinity, p - c.ahead + 1));
  // from here, the new scan until it meets the old one in the suffix
  const tail = text.length - sfx + c.back;
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
  const x = scanFrom(c, text, start, policy, steps, stop, tail, start > x0 ? x0 : -1);
  if (join >= 0) {
    steps.push({ from: x, m: os[join].m && (delta ? copy(os[join].m!, os[join].m!.index + delta) : os[join].m) });
    for (let j = join + 1; j < os.length; j++) {
      const s = os[j];
      steps.push(delta ? { from: s.from + delta, m: s.m && copy(s.m, s.m.index + delta) } : s);
    }
  }
  return steps;
}

/**
 * How far a pattern can read around a match's start: `back` code units before it (lookbehinds, anchors, word
 * boundaries) and `ahead` after it (its longest match, lookaheads, anchors and boundaries counted as read). Undefined
 * when not bounded or not understood. Generous by a code unit each way; an atom counts two under the u flag (it may
 * match a surrogate pair).
 */
export function regexReach(source: string, unicode: boolean): { back: number; ahead: number } | undefined {
  let i = 0;
  const n = source.length;
  const unit = unicode ? 2 : 1;
  let back = 1;
  const fail = (): never => { throw new Error('unbounded'); };
  // [width, reach]: the longest a part consumes, and how far past its start it may read (reach >= width)
  type W = [number, number];
  const alternation = (inLook: boolean): W => {
    const w = sequence(inLook);
    while (source[i] === '|') { i++; const b = sequence(inLook); w[0] = Math.max(w[0], b[0]); w[1] = Math.max(w[1], b[1]); }
    return w;
  };
  const sequence = (inLook: boolean): W => {
    let len = 0, reach = 0;
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      const [w, r] = atom(inLook);
      const q = quantifier();
      if (q === Infinity) fail();
      if (q > 0) reach = Math.max(reach, len + (q - 1) * w + r);
      len += w * q;
    }
    return [len, Math.max(reach, len)];
  };
  const group = (inLook: boolean): W => { const w = alternation(inLook); if (source[i] !== ')') fail(); i++; return w; };
  const atom = (inLook: boolean): W => {
    const c = source[i];
    if (c === '(') {
      i++;
      if (source[i] === '?') {
        const la = source.slice(i, i + 3);
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '=' || source[i + 1] === '!') {
          if (inLook) fail();
          i += 2;
          return [0, group(true)[1]];
        } else if (la === '?<=' || la === '?<!') {
          if (inLook) fail();
          i += 3;
          // matched backwards to the current position: reads back its reach (and a boundary at its end reads one on)
          back = Math.max(back, group(true)[1] + 1);
          return [0, 1];
        } else if (source[i + 1] === '<') { const e = source.indexOf('>', i); if (e < 0) fail(); i = e + 1; }
        else fail();
      }
      return group(inLook);
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (i >= n) fail();
      i++;
      return [unit, unit];
    }
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined) fail();
      i += 2;
      if (d === 'b' || d === 'B') return [0, 1];
      if (/[1-9k]/.test(d)) fail(); // a backreference
      if (d === 'u' && source[i] === '{') { const e = source.indexOf('}', i); if (e < 0) fail(); i = e + 1; return [unit, unit]; }
      if (d === 'u') { i += 4; return [1, 1]; }
      if (d === 'x') { i += 2; return [1, 1]; }
      if (d === 'c') { i += 1; return [1, 1]; }
      if (d === 'p' || d === 'P') { if (source[i] === '{') { const e = source.indexOf('}', i); if (e < 0) fail(); i = e + 1; } return [unit, unit]; }
      return [unit, unit];
    }
    if (c === '^' || c === '$') { i++; return [0, 1]; }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|') fail();
    const cp = source.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const w = cp > 0xffff ? 2 : unit;
    return [w, w];
  };
  const quantifier = (): number => {
    let max = 1;
    const c = source[i];
    if (c === '*' || c === '+') { i++; max = Infinity; }
    else if (c === '?') { i++; max = 1; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) fail();
      i += m![0].length;
      max = m![2] ? (m![3] ? Number(m![3]) : Infinity) : Number(m![1]);
    } else return 1;
    if (source[i] === '?') i++; // lazy
    return max;
  };
  try {
    const [, reach] = alternation(false);
    if (i !== n) return undefined;
    return { back: back + unit, ahead: reach + unit + 1 };
  } catch {
    return undefined;
  }
}

// Required literals of a regular expression: a set of strings such that every match of the expression contains at
// least one of them. A text holding none of them cannot match, so one Aho–Corasick pass over a document can skip the
// expressions that cannot match there. Conservative: anything not understood (classes with ranges, \d, ., flags
// other than g/u/y, back-references) imposes no requirement, and then the answer is undefined (always run).

import { AhoCorasick } from './aho-corasick.js';

const CAP = 64; // largest set kept

interface Info { exact: Set<string> | null; need: Set<string> | null }

const EPS: Info = { exact: new Set(['']), need: null };
const ANY: Info = { exact: null, need: null };

function score(s: Set<string> | null): number {
  if (!s || !s.size) return -1;
  let min = Infinity;
  for (const x of s) min = Math.min(min, x.length);
  return min === 0 ? -1 : min * 1000 - s.size;
}
const better = (a: Set<string> | null, b: Set<string> | null) => (score(b) > score(a) ? b : a);

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > CAP) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

class Parser {
  i = 0;
  constructor(private s: string) {}

  alt(): Info {
    const parts = [this.seq()];
    while (this.s[this.i] === '|') { this.i++; parts.push(this.seq()); }
    if (parts.length === 1) return parts[0];
    let exact: Set<string> | null = new Set<string>(), need: Set<string> | null = new Set<string>();
    for (const p of parts) {
      if (exact && p.exact) { for (const x of p.exact) exact.add(x); if (exact.size > CAP) exact = null; } else exact = null;
      const n = better(p.need, p.exact);
      if (need && n && score(n) >= 0) { for (const x of n) need.add(x); } else need = null;
    }
    return { exact, need };
  }

  seq(): Info {
    let need: Set<string> | null = null;
    let run: Set<string> | null = new Set(['']);
    let exact: Set<string> | null = new Set(['']);
    const flush = () => { need = better(need, run); run = new Set(['']); };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const a = this.quantified();
      need = better(need, a.need);
      if (a.exact) {
        const p: Set<string> | null = product(run!, a.exact);
        if (p) run = p; else { flush(); run = a.exact; }
      } else flush();
      exact = exact && a.exact ? product(exact, a.exact) : null;
    }
    flush();
    return { exact, need };
  }

  quantified(): Info {
    const a = this.atom();
    const c = this.s[this.i];
    let min = 1, max = 1;
    if (c === '*') { min = 0; max = Infinity; this.i++; }
    else if (c === '+') { min = 1; max = Infinity; this.i++; }
    else if (c === '?') { min = 0; max = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m) { min = +m[1]; max = m[2] ? (m[3] ? +m[3] : Infinity) : min; this.i += m[0].length; }
    }
    if (min === 1 && max === 1) return a;
    if (this.s[this.i] === '?') this.i++; // lazy
    let exact: Set<string> | null = null;
    if (a.exact && max !== Infinity) {
      // every repetition count from min to max, while small
      exact = new Set();
      let cur: Set<string> | null = new Set(['']);
      for (let k = 0; k <= max && cur; k++) {
        if (k >= min) for (const x of cur) exact.add(x);
        if (k < max) cur = product(cur, a.exact);
      }
      if (!cur || exact.size > CAP) exact = null;
    }
    return { exact, need: min >= 1 ? better(a.need, a.exact) : null };
  }

  atom(): Info {
    const s = this.s;
    const c = s[this.i++];
    if (c === '(') {
      let look = false;
      if (s[this.i] === '?') {
        if (s[this.i + 1] === ':') this.i += 2;
        else if (s[this.i + 1] === '=' || s[this.i + 1] === '!') { this.i += 2; look = true; }
        else if (s[this.i + 1] === '<' && (s[this.i + 2] === '=' || s[this.i + 2] === '!')) { this.i += 3; look = true; }
        else if (s[this.i + 1] === '<') { const e = s.indexOf('>', this.i); if (e < 0) throw new Error('group'); this.i = e + 1; }
        else throw new Error('group');
      }
      const inner = this.alt();
      if (s[this.i++] !== ')') throw new Error('paren');
      return look ? EPS : inner;
    }
    if (c === '[') {
      let neg = false;
      if (s[this.i] === '^') { neg = true; this.i++; }
      const chars = new Set<string>();
      let plain = !neg;
      while (this.i < s.length && s[this.i] !== ']') {
        let ch = s[this.i++];
        if (ch === '\\') { const e = this.escape(); if (e === undefined) plain = false; else ch = e; }
        if (s[this.i] === '-' && s[this.i + 1] !== ']') { plain = false; this.i++; if (s[this.i++] === '\\') this.escape(); continue; }
        chars.add(ch);
      }
      if (s[this.i++] !== ']') throw new Error('class');
      return plain && chars.size <= CAP ? { exact: chars, need: null } : ANY;
    }
    if (c === '\\') {
      if (/[bB]/.test(s[this.i])) { this.i++; return EPS; }
      const e = this.escape();
      return e === undefined ? ANY : { exact: new Set([e]), need: null };
    }
    if (c === '^' || c === '$') return EPS;
    if (c === '.') return ANY;
    if (c === undefined || '*+?{}|)'.includes(c)) throw new Error('syntax');
    // an astral character is one unit in u mode, two code units in the text: the same string either way
    if (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00) return { exact: new Set([c + s[this.i++]]), need: null };
    return { exact: new Set([c]), need: null };
  }

  /** after a backslash: the literal character it stands for, or undefined for a class (\d, \s, \w, \p{…}) or reference */
  escape(): string | undefined {
    const s = this.s;
    const c = s[this.i++];
    if (c === 'u') {
      if (s[this.i] === '{') { const e = s.indexOf('}', this.i); const v = String.fromCodePoint(parseInt(s.slice(this.i + 1, e), 16)); this.i = e + 1; return v; }
      const v = String.fromCharCode(parseInt(s.slice(this.i, this.i + 4), 16)); this.i += 4; return v;
    }
    if (c === 'x') { const v = String.fromCharCode(parseInt(s.slice(this.i, this.i + 2), 16)); this.i += 2; return v; }
    if (c === 'p' || c === 'P') { if (s[this.i] === '{') this.i = s.indexOf('}', this.i) + 1; return undefined; }
    if (c === 'k') { if (s[this.i] === '<') this.i = s.indexOf('>', this.i) + 1; return undefined; }
    if (/[dDsSwWbB0-9]/.test(c)) return c === '0' ? '\0' : undefined;
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === 'r') return '\r';
    if (c === 'f') return '\f';
    if (c === 'v') return '\v';
    if (c === 'c') { this.i++; return undefined; }
    return c;
  }
}

/** strings one of which every match of the expression contains, or undefined when none are known */
export function requiredLiterals(source: string, flags = ''): string[] | undefined {
  if (/[^guy]/.test(flags)) return undefined; // case folding, dotAll, multiline: not worth reasoning about
  try {
    const p = new Parser(source);
    const info = p.alt();
    if (p.i !== source.length) return undefined;
    const need = better(info.need, info.exact);
    return score(need) < 0 ? undefined : [...need!];
  } catch {
    return undefined;
  }
}

/**
 * One Aho–Corasick pass that says which of a list of expressions may match in a text: those whose required literals
 * occur there, and those with none known.
 */
export class LiteralGate {
  private ac: AhoCorasick;
  private owners: number[][] = [];
  private base: Uint8Array;

  constructor(res: RegExp[]) {
    this.base = new Uint8Array(res.length);
    const pats: string[] = [], idx = new Map<string, number>();
    res.forEach((re, k) => {
      const lits = requiredLiterals(re.source, re.flags);
      if (!lits) { this.base[k] = 1; return; }
      for (const l of lits) {
        let i = idx.get(l);
        if (i === undefined) { i = pats.length; idx.set(l, i); pats.push(l); this.owners.push([]); }
        this.owners[i].push(k);
      }
    });
    this.ac = new AhoCorasick(pats);
  }

  /** 1 for each expression that may match somewhere in the text, 0 for one that cannot */
  mayMatch(text: string): Uint8Array {
    const out = this.base.slice();
    for (const h of this.ac.search(text)) for (const k of this.owners[h.pattern]) out[k] = 1;
    return out;
  }
}

// What a regular expression's every match must contain: sets of literal strings, each set a necessary condition (a
// match contains at least one string of every set). Read from the pattern's source conservatively: anything not
// understood (a class, an optional part, a lookaround, a backreference) requires nothing, so the sets only ever say
// less than the pattern does. Used to skip text where a costly pattern cannot match.

type Req = string[] | null;

/** a bounded repeat, read where it starts (sticky: no copy of the rest of the pattern) */
const BOUNDS = /\{(\d+)(,(\d*))?\}/y;

interface Node { lit?: string; req: Req; sets: string[][] }

/** of several necessary sets, the one most likely to be rare: the longest shortest string, then the fewest strings */
function best(sets: string[][]): string[] | null {
  let b: string[] | null = null;
  const min = (s: string[]) => Math.min(...s.map((x) => x.length));
  for (const s of sets) if (s.length && (!b || min(s) > min(b) || (min(s) === min(b) && s.length < b.length))) b = s;
  return b;
}

/** `requiredLiterals` read at build time (scripts/precompute-literals.mjs), keyed by `literalKey` */
export type KnownLiterals = () => Record<string, string[][]> | undefined;
/** the precomputed literal sets of a pattern, or undefined when it was not among those read at build time */
export function knownLiterals(known: KnownLiterals | undefined, source: string, flags: string, given?: string): string[][] | undefined {
  const k = known?.();
  if (!k) return undefined;
  // (`given`: the pattern's key read at build time with the pattern itself — hashing a source in a fresh process runs
  // in V8's interpreter, ~2 ms for the terms patterns a one-file run asks about)
  const key = given ?? literalKey(source, flags);
  return Object.hasOwn(k, key) ? k[key] : undefined;
}

/**
 * The key of a pattern's literals: its flags (without g) and a 64-bit hash of its source (two FNV-1a hashes of its code
 * units, with different offsets) — the sources themselves were two thirds of the file a start reads and parses.
 */
export function literalKey(source: string, flags: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${flags.replace('g', '')}/${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

/** the necessary literal sets of `source` (with `flags` as compiled: none known when `i` or `v`), or [] when none is known */
export function requiredLiterals(source: string, flags = 'u'): string[][] {
  if (/[iv]/.test(flags)) return [];
  const unicode = flags.includes('u');
  let i = 0;
  const n = source.length;
  const fail = () => { throw new Error('unsupported'); };
  // alternation := sequence ('|' sequence)*
  const alternation = (): Node => {
    const branches: Node[] = [sequence()];
    while (source[i] === '|') { i++; branches.push(sequence()); }
    if (branches.length === 1) return branches[0];
    // every branch must hold one of its own: the union (a branch with nothing required makes the whole require nothing)
    const union: string[] = [];
    for (const b of branches) { const r = b.lit !== undefined && b.lit !== '' ? [b.lit] : b.req ?? best(b.sets); if (!r) return { req: null, sets: [] }; union.push(...r); }
    return { req: [...new Set(union)], sets: [] };
  };
  const sequence = (): Node => {
    const sets: string[][] = [];
    let run = '';
    let whole = true; // the sequence is exactly the literal `run`
    const flush = () => { if (run) sets.push([run]); run = ''; };
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      const atom = parseAtom();
      const q = quantifier();
      if (atom.kind === 'zero') { whole = false; flush(); continue; } // a lookaround or an anchor: consumes nothing
      if (q.min === 1 && q.max === 1) {
        if (atom.kind === 'char') { run += atom.ch; continue; }
        whole = false; flush();
        if (atom.kind === 'group') { if (atom.node.lit) sets.push([atom.node.lit]); else if (atom.node.req) sets.push(atom.node.req); sets.push(...atom.node.sets); }
        continue;
      }
      whole = false; flush();
      if (q.min >= 1) {
        if (atom.kind === 'char') sets.push([atom.ch]);
        else if (atom.kind === 'group') { if (atom.node.lit) sets.push([atom.node.lit]); else if (atom.node.req) sets.push(atom.node.req); sets.push(...atom.node.sets); }
      }
    }
    if (whole) return { lit: run, req: run ? [run] : null, sets: [] };
    flush();
    return { req: null, sets };
  };
  type Atom = { kind: 'char'; ch: string } | { kind: 'group'; node: Node } | { kind: 'other' } | { kind: 'zero' };
  const parseAtom = (): Atom => {
    const c = source[i];
    if (c === '(') {
      i++;
      let zero = false;
      if (source[i] === '?') {
        const la = source.slice(i, i + 3);
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '=' || source[i + 1] === '!') { i += 2; zero = true; }
        else if (la === '?<=' || la === '?<!') { i += 3; zero = true; }
        else if (source[i + 1] === '<') { const e = source.indexOf('>', i); if (e < 0) fail(); i = e + 1; }
        else fail();
      }
      const node = alternation();
      if (source[i] !== ')') fail();
      i++;
      return zero ? { kind: 'zero' } : { kind: 'group', node };
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (i >= n) fail();
      i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const d = source[i + 1];
      i += 2;
      if (d === 'b' || d === 'B') return { kind: 'zero' };
      if (d === 'u') {
        if (source[i] === '{') { if (!unicode) fail(); const e = source.indexOf('}', i); if (e < 0) fail(); const cp = parseInt(source.slice(i + 1, e), 16); i = e + 1; return { kind: 'char', ch: String.fromCodePoint(cp) }; }
        const h = source.slice(i, i + 4); if (!/^[0-9a-fA-F]{4}$/.test(h)) fail(); i += 4; return { kind: 'char', ch: String.fromCharCode(parseInt(h, 16)) };
      }
      if (d === 'x') { const h = source.slice(i, i + 2); if (!/^[0-9a-fA-F]{2}$/.test(h)) fail(); i += 2; return { kind: 'char', ch: String.fromCharCode(parseInt(h, 16)) }; }
      if (!unicode && (d === 'p' || d === 'P' || d === 'k')) fail();
      if (d === 'p' || d === 'P') { if (source[i] === '{') { const e = source.indexOf('}', i); if (e < 0) fail(); i = e + 1; } return { kind: 'other' }; }
      if (d === 'k') { const e = source.indexOf('>', i); if (e < 0) fail(); i = e + 1; return { kind: 'other' }; }
      if (d === 'n') return { kind: 'char', ch: '\n' };
      if (d === 't') return { kind: 'char', ch: '\t' };
      if (d === 'r') return { kind: 'char', ch: '\r' };
      if (d === undefined) fail();
      if (d === 'c') fail(); // \cX: X is not itself
      if (/[dDsSwWfv0-9]/.test(d)) return { kind: 'other' };
      return { kind: 'char', ch: d }; // an escaped syntax character: itself
    }
    if (c === '^' || c === '$') { i++; return { kind: 'zero' }; }
    if (c === '.') { i++; return { kind: 'other' }; }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|') fail();
    const cp = unicode ? source.codePointAt(i)! : source.charCodeAt(i);
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { kind: 'char', ch };
  };
  const quantifier = (): { min: number; max: number } => {
    let q = { min: 1, max: 1 };
    const c = source[i];
    if (c === '*') { i++; q = { min: 0, max: Infinity }; }
    else if (c === '+') { i++; q = { min: 1, max: Infinity }; }
    else if (c === '?') { i++; q = { min: 0, max: 1 }; }
    else if (c === '{') {
      BOUNDS.lastIndex = i;
      const m = BOUNDS.exec(source);
      if (!m) fail();
      i += m![0].length;
      q = { min: Number(m![1]), max: m![2] ? (m![3] ? Number(m![3]) : Infinity) : Number(m![1]) };
    } else return q;
    if (source[i] === '?') i++; // lazy
    return q;
  };
  try {
    const top = alternation();
    if (i !== n) return [];
    const sets = top.lit ? [[top.lit]] : top.req ? [top.req, ...top.sets] : top.sets;
    return sets.filter((s) => s.length && s.every((x) => x.length > 0));
  } catch {
    return [];
  }
}

/**
 * Where every match of a pattern that starts with a class (`[\u4e00-\u9fa5]{2,8}(?:银行|公司)有权…`) must hold a literal
 * near its start: `re` finds the literals' occurrences (global: every position where one starts is one `exec` from the
 * position after the last), and a match that starts at i holds one starting at o with i in [o + lo, o + hi]. A scan
 * then needs to try only those starts (regexScan), where irregexp would try the class at every position of the text.
 * The literals are those at the end of a leading part of bounded length (what every match of the part ends with),
 * followed, where the next part starts with literals too, by those (the two together, a junction: 公司有权, 甲方可).
 * Undefined when the pattern starts with a literal (irregexp's own search is fast there), has alternatives at its top,
 * or anything the reader does not know; like requiredLiterals, it only ever says less than the pattern does.
 */
export interface Anchor { re: RegExp; lo: number; hi: number }

interface Part { min: number; max: number; pfx: string[] | null; sfx: string[] | null }

export function anchorOf(source: string, flags = ''): Anchor | undefined {
  if (/[iv]/.test(flags)) return undefined;
  const unicode = flags.includes('u');
  let i = 0;
  const n = source.length;
  const fail = (): never => { throw new Error('unsupported'); };
  const lookFirst = new WeakSet<Part[]>();
  const nonEmpty = (s: string[] | null) => (s && s.length && s.every((x) => x.length > 0) ? s : null);
  const union = (a: (string[] | null)[]) => (a.some((x) => !x) ? null : nonEmpty([...new Set(a.flat() as string[])]));
  // alternation := sequence ('|' sequence)*; `top` receives the parts of each branch
  const alternation = (top?: Part[][]): Part => {
    const branches: Part[] = [];
    for (;;) {
      const parts: Part[] = [];
      branches.push(sequence(parts));
      top?.push(parts);
      if (source[i] !== '|') break;
      i++;
    }
    if (branches.length === 1) return branches[0];
    return { min: Math.min(...branches.map((b) => b.min)), max: Math.max(...branches.map((b) => b.max)), pfx: union(branches.map((b) => b.pfx)), sfx: union(branches.map((b) => b.sfx)) };
  };
  // the consuming parts in order (zero-width ones left out: they read, but consume nothing), literal runs as one part
  const sequence = (parts: Part[]): Part => {
    let run = '';
    const flush = () => { if (run) parts.push({ min: run.length, max: run.length, pfx: [run], sfx: [run] }); run = ''; };
    while (i < n && source[i] !== '|' && source[i] !== ')') {
      const atom = parseAtom();
      const q = quantifier();
      // (zero-width, or a group of lookarounds only: a lookbehind before the first part is tried at every position)
      if (!atom || atom.max === 0) { if (!parts.length && !run) lookFirst.add(parts); continue; }
      if (atom.lit !== undefined && q.min === 1 && q.max === 1) { run += atom.lit; continue; }
      flush();
      parts.push({ min: atom.min * q.min, max: q.max === 0 || atom.max === 0 ? 0 : atom.max * q.max, pfx: q.min >= 1 ? atom.pfx : null, sfx: q.min >= 1 ? atom.sfx : null });
    }
    flush();
    if (!parts.length) return { min: 0, max: 0, pfx: null, sfx: null };
    let min = 0, max = 0;
    for (const p of parts) { min += p.min; max += p.max; }
    return { min, max, pfx: parts[0].pfx, sfx: parts[parts.length - 1].sfx };
  };
  const one = (ch: string): Part & { lit: string } => ({ lit: ch, min: ch.length, max: ch.length, pfx: [ch], sfx: [ch] });
  // a part that matches one character, not a literal: one code unit, or two where a unicode pattern may match an astral one
  const single = (astral: boolean): Part => ({ min: 1, max: unicode && astral ? 2 : 1, pfx: null, sfx: null });
  const parseAtom = (): (Part & { lit?: string }) | undefined => {
    const c = source[i];
    if (c === '(') {
      i++;
      let zero = false;
      if (source[i] === '?') {
        const la = source.slice(i, i + 3);
        if (source[i + 1] === ':') i += 2;
        else if (source[i + 1] === '=' || source[i + 1] === '!') { i += 2; zero = true; }
        else if (la === '?<=' || la === '?<!') { i += 3; zero = true; }
        else if (source[i + 1] === '<') { const e = source.indexOf('>', i); if (e < 0) fail(); i = e + 1; }
        else fail();
      }
      const part = alternation();
      if (source[i] !== ')') fail();
      i++;
      return zero ? undefined : part;
    }
    if (c === '[') {
      const start = ++i;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      if (i >= n) fail();
      const body = source.slice(start, i++);
      // (an astral character only where the class is negated or names one: \p, \u{…}, \D \S \W, a surrogate)
      return single(body.startsWith('^') || /\\[pPDSW]|\\u\{|[\ud800-\udfff]/.test(body));
    }
    if (c === '\\') {
      const d = source[i + 1];
      i += 2;
      if (d === 'b' || d === 'B') return undefined;
      if (d === undefined || d === 'c' || d === 'k' || /[1-9]/.test(d)) fail(); // a backreference: length unknown
      if (d === 'u') {
        if (source[i] === '{') { if (!unicode) fail(); const e = source.indexOf('}', i); if (e < 0) fail(); const cp = parseInt(source.slice(i + 1, e), 16); i = e + 1; return one(String.fromCodePoint(cp)); }
        const h = source.slice(i, i + 4); if (!/^[0-9a-fA-F]{4}$/.test(h)) fail(); i += 4; return one(String.fromCharCode(parseInt(h, 16)));
      }
      if (d === 'x') { const h = source.slice(i, i + 2); if (!/^[0-9a-fA-F]{2}$/.test(h)) fail(); i += 2; return one(String.fromCharCode(parseInt(h, 16))); }
      if (d === 'p' || d === 'P') { if (!unicode) fail(); if (source[i] === '{') { const e = source.indexOf('}', i); if (e < 0) fail(); i = e + 1; } return single(true); }
      if (d === 'n') return one('\n');
      if (d === 't') return one('\t');
      if (d === 'r') return one('\r');
      if (/[dsw]/.test(d)) return single(false);
      if (/[DSWfv0]/.test(d)) return single(true);
      return one(d);
    }
    if (c === '^' || c === '$') { i++; return undefined; }
    if (c === '.') { i++; return single(true); }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|') fail();
    const cp = unicode ? source.codePointAt(i)! : source.charCodeAt(i);
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return one(ch);
  };
  const quantifier = (): { min: number; max: number } => {
    let q = { min: 1, max: 1 };
    const c = source[i];
    if (c === '*') { i++; q = { min: 0, max: Infinity }; }
    else if (c === '+') { i++; q = { min: 1, max: Infinity }; }
    else if (c === '?') { i++; q = { min: 0, max: 1 }; }
    else if (c === '{') {
      BOUNDS.lastIndex = i;
      const m = BOUNDS.exec(source);
      if (!m) fail();
      i += m![0].length;
      q = { min: Number(m![1]), max: m![2] ? (m![3] ? Number(m![3]) : Infinity) : Number(m![1]) };
    } else return q;
    if (source[i] === '?') i++;
    return q;
  };
  try {
    const top: Part[][] = [];
    alternation(top);
    if (i !== n || top.length !== 1) return undefined;
    const parts = top[0];
    if (parts.length < 2 && !lookFirst.has(parts)) return undefined;
    const esc = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    const alt = (s: string[]) => `(?:${s.map(esc).join('|')})`;
    const g = unicode ? 'gu' : 'g';
    // a pattern that starts with literals after a lookaround: tried where they occur
    if (parts[0].pfx) return lookFirst.has(parts) ? { re: new RegExp(alt(parts[0].pfx), g), lo: 0, hi: 0 } : undefined;
    let pmin = 0, pmax = 0, fallback: Anchor | undefined;
    for (let k = 0; k + 1 < parts.length; k++) {
      pmin += parts[k].min; pmax += parts[k].max;
      if (!Number.isFinite(pmax)) break;
      const s = parts[k].sfx, p = parts[k + 1].pfx;
      if (!s) continue;
      const ls = s.map((x) => x.length);
      // a match starting at i has its part k end at e in [i + pmin, i + pmax], with one of s just before e
      const lo = Math.min(...ls) - pmax, hi = Math.max(...ls) - pmin;
      if (p) return { re: new RegExp(alt(s) + alt(p), g), lo, hi };
      fallback ??= { re: new RegExp(alt(s), g), lo, hi };
    }
    return fallback;
  } catch {
    return undefined;
  }
}

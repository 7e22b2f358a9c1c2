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

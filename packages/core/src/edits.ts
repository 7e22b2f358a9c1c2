// How one text is an edit of another: the editor's document after a keystroke, against the same document before it.

/**
 * @internal Whether long texts are searched, normalised and scanned incrementally (from a remembered text they are an
 * edit of) and fingerprints remembered. Off, every pass is whole: the reference the equivalence tests compare with.
 */
export const incremental = { enabled: true };

/** the length of the common prefix of a and b */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  // in blocks first (two slices compared in native code), then code unit by code unit
  for (let w = 1024; w >= 16; w >>= 3) while (i + w <= n && a.slice(i, i + w) === b.slice(i, i + w)) i += w;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** the length of the common suffix of a and b, at most `max` */
export function commonSuffix(a: string, b: string, max: number): number {
  const la = a.length, lb = b.length;
  let i = 0;
  for (let w = 1024; w >= 16; w >>= 3) while (i + w <= max && a.slice(la - i - w, la - i) === b.slice(lb - i - w, lb - i)) i += w;
  while (i < max && a.charCodeAt(la - 1 - i) === b.charCodeAt(lb - 1 - i)) i++;
  return i;
}

/** the last pairs of texts compared: every automaton, the normaliser and every pattern compare the same few texts */
const edits: { a: string; b: string; prefix: number; suffix: number }[] = [];
/**
 * How b is an edit of a: the lengths of their common prefix and of their common suffix (not overlapping the prefix in
 * either). Remembered for the last few pairs.
 */
export function editOf(a: string, b: string): { prefix: number; suffix: number } {
  for (const e of edits) if (e.a === a && e.b === b) return e;
  const prefix = commonPrefix(a, b);
  const e = { a, b, prefix, suffix: commonSuffix(a, b, Math.min(a.length, b.length) - prefix) };
  edits.push(e);
  if (edits.length > 16) edits.shift();
  return e;
}

/**
 * A copy of `s` that holds its own characters. A substring of a long text (a match, a window) may share the text's
 * characters and keep the whole text alive: what the incremental passes remember from keystroke to keystroke is copied.
 */
export function ownCopy(s: string): string {
  if (s.length < 16) return s;
  let out = '';
  const codes: number[] = [];
  for (let i = 0; i < s.length; i += 4096) {
    const end = Math.min(s.length, i + 4096);
    codes.length = 0;
    for (let k = i; k < end; k++) codes.push(s.charCodeAt(k));
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

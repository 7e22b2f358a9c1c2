// A small Aho–Corasick automaton over UTF-16 code units. One pass reports every (overlapping) match,
// so 保本 and 保本保息 are both seen. The root row is a dense table and a bitmap says which code units
// occur in any pattern, so text outside the patterns costs one array read per character.

export interface AcMatch { pattern: number; start: number; end: number }

export class AhoCorasick {
  // built on the first search: a Linter compiles automata that a document may never need (another kind's cues)
  private built = false;
  private root!: Int32Array;
  // built with a Map per state, then laid out flat: state s's transitions are keys/targets[first[s]..first[s + 1]),
  // sorted by code unit (typed-array reads instead of a hash lookup per character)
  private first!: Int32Array;
  private keys!: Uint16Array;
  private targets!: Int32Array;
  private fail!: Int32Array;
  private out: number[][] = [[]];
  private dictLink!: Int32Array;
  private used!: Uint8Array;
  readonly lengths: number[];

  constructor(readonly patterns: string[]) {
    this.lengths = patterns.map((p) => p.length);
  }

  private build() {
    this.built = true;
    const patterns = this.patterns;
    this.root = new Int32Array(65536);
    this.used = new Uint8Array(65536);
    const next: Map<number, number>[] = [new Map()];
    patterns.forEach((p, id) => {
      if (!p) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        this.used[c] = 1;
        let t = next[s].get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          this.out.push([]);
          next[s].set(c, t);
        }
        s = t;
      }
      this.out[s].push(id);
    });
    const n = next.length;
    this.fail = new Int32Array(n);
    this.dictLink = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (const [c, t] of next[0]) { this.root[c] = t; queue.push(t); }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !next[f].has(c)) f = this.fail[f];
        const g = f === 0 ? this.root[c] : next[f].get(c)!;
        this.fail[t] = g === t ? 0 : g;
        const ft = this.fail[t];
        this.dictLink[t] = this.out[ft].length ? ft : this.dictLink[ft];
        queue.push(t);
      }
    }
    this.first = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) this.first[s + 1] = this.first[s] + (s === 0 ? 0 : next[s].size);
    this.keys = new Uint16Array(this.first[n]);
    this.targets = new Int32Array(this.first[n]);
    for (let s = 1; s < n; s++) {
      let k = this.first[s];
      const row = next[s].size === 1 ? next[s] : [...next[s]].sort((a, b) => a[0] - b[0]);
      for (const [c, t] of row) { this.keys[k] = c; this.targets[k++] = t; }
    }
  }

  /** the transition of state s (not the root) on c, or -1 */
  private go(s: number, c: number): number {
    let lo = this.first[s], hi = this.first[s + 1];
    const keys = this.keys;
    while (hi - lo > 8) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < c) lo = mid + 1; else hi = mid + 1;
    }
    for (; lo < hi; lo++) if (keys[lo] === c) return this.targets[lo]; else if (keys[lo] > c) return -1;
    return -1;
  }

  private step(s: number, c: number): number {
    if (!this.used[c]) return 0;
    while (s !== 0) {
      const t = this.go(s, c);
      if (t !== -1) return t;
      s = this.fail[s];
    }
    return this.root[c];
  }

  private group?: SearchGroup;
  private member = 0;
  /** @internal searched with the other members of `group` (SearchGroup) */
  join(group: SearchGroup, member: number) { this.group = group; this.member = member; }

  /** every match, in order of end position (then longest first, then in pattern order) */
  search(text: string): AcMatch[] {
    const shared = this.group?.hits(text, this.member);
    if (shared) return shared;
    const res: AcMatch[] = [];
    this.scan(text, (id, start, end) => res.push({ pattern: id, start, end }));
    return res;
  }

  /** @internal every match to `emit`, in the order of `search` */
  scan(text: string, emit: (pattern: number, start: number, end: number) => void): void {
    if (!this.built) this.build();
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      if (s === 0) continue;
      for (let t = s; t !== -1 && t !== 0; t = this.dictLink[t]) {
        for (const id of this.out[t]) emit(id, i + 1 - this.lengths[id], i + 1);
        if (t !== s && !this.out[t].length) break;
      }
    }
  }
}

/**
 * Automata over the same texts (detection cues, terms, emphasis cues and skips all read the normalised text) searched
 * in one pass: once enough text has gone through them (a one-file run does not pay for building it), one automaton of
 * all their patterns runs once per text and its matches are dealt back to each member. A member's matches come out in
 * its own order — by end, then longest first (the merged automaton's output chain visits suffixes longest first), then
 * in pattern order (merged ids keep each member's order) — so `search` returns exactly what the member's own pass would.
 */
export class SearchGroup {
  private merged?: AhoCorasick;
  private memberOf = new Int32Array(0);
  private localId = new Int32Array(0);
  private searched = 0;
  private lastText?: string;
  private lastHits: AcMatch[][] = [];

  constructor(private members: AhoCorasick[], private after = 256 * 1024) {
    members.forEach((m, i) => m.join(this, i));
  }

  /** member `i`'s matches in `text` (a fresh array of the shared matches), or undefined while the merged automaton is not built */
  hits(text: string, i: number): AcMatch[] | undefined {
    if (text !== this.lastText) {
      if (!this.merged) {
        this.searched += text.length;
        if (this.searched < this.after) return undefined;
        this.build();
      }
      const outs: AcMatch[][] = this.members.map(() => []);
      const memberOf = this.memberOf, localId = this.localId;
      this.merged!.scan(text, (id, start, end) => { outs[memberOf[id]].push({ pattern: localId[id], start, end }); });
      this.lastText = text;
      this.lastHits = outs;
    }
    return this.lastHits[i].slice();
  }

  private build() {
    const patterns = this.members.flatMap((m) => m.patterns);
    this.memberOf = new Int32Array(patterns.length);
    this.localId = new Int32Array(patterns.length);
    let k = 0;
    this.members.forEach((m, i) => m.patterns.forEach((_, j) => { this.memberOf[k] = i; this.localId[k++] = j; }));
    this.merged = new AhoCorasick(patterns);
  }
}

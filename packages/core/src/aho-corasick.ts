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

  /** every match, in order of end position */
  search(text: string): AcMatch[] {
    if (!this.built) this.build();
    const res: AcMatch[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = this.step(s, text.charCodeAt(i));
      if (s === 0) continue;
      for (let t = s; t !== -1 && t !== 0; t = this.dictLink[t]) {
        for (const id of this.out[t]) res.push({ pattern: id, start: i + 1 - this.lengths[id], end: i + 1 });
        if (t !== s && !this.out[t].length) break;
      }
    }
    return res;
  }
}

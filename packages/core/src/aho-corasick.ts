// A small Aho–Corasick automaton over UTF-16 code units. One pass reports every (overlapping) match,
// so 保本 and 保本保息 are both seen. The root row is a dense table and a bitmap says which code units
// occur in any pattern, so text outside the patterns costs one array read per character.

export interface AcMatch { pattern: number; start: number; end: number }

export class AhoCorasick {
  private root = new Int32Array(65536).fill(0);
  private next: Map<number, number>[] = [new Map()];
  private fail: Int32Array;
  private out: number[][] = [[]];
  private dictLink: Int32Array;
  private used = new Uint8Array(65536);
  readonly lengths: number[];

  constructor(readonly patterns: string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, id) => {
      if (!p) return;
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        this.used[c] = 1;
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.out.push([]);
          this.next[s].set(c, t);
        }
        s = t;
      }
      this.out[s].push(id);
    });
    const n = this.next.length;
    this.fail = new Int32Array(n);
    this.dictLink = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (const [c, t] of this.next[0]) { this.root[c] = t; queue.push(t); }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = f === 0 ? this.root[c] : this.next[f].get(c)!;
        this.fail[t] = g === t ? 0 : g;
        const ft = this.fail[t];
        this.dictLink[t] = this.out[ft].length ? ft : this.dictLink[ft];
        queue.push(t);
      }
    }
  }

  private step(s: number, c: number): number {
    if (!this.used[c]) return 0;
    while (s !== 0) {
      const t = this.next[s].get(c);
      if (t !== undefined) return t;
      s = this.fail[s];
    }
    return this.root[c];
  }

  /** every match, in order of end position */
  search(text: string): AcMatch[] {
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

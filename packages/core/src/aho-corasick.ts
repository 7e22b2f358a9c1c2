import { editOf, incremental } from './edits.js';

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
  /** the first state on s's output chain that has output (s itself, or its dictionary link), -1 when none */
  private emitFrom!: Int32Array;
  /** out laid out flat: state t's pattern ids are outIds[outFirst[t]..outFirst[t + 1]) */
  private outFirst!: Int32Array;
  private outIds!: Int32Array;
  private used!: Uint8Array;
  readonly lengths: number[];
  private maxLen: number;
  /** the last long texts searched and their matches, so that an edited text (a keystroke) is searched only around the edit */
  private recent: { text: string; matches: AcMatch[] }[] = [];
  /** code units the automaton has read, all searches together (work counted by tests, not timed) */
  scanned = 0;

  /** pattern × code units searched with indexOf so far (see scan) */
  private eachWork = 0;

  /** `eachBudget`: how much searching pattern by pattern may cost before the automaton is built (see scan) */
  constructor(readonly patterns: string[], private eachBudget = EACH_BUDGET) {
    this.lengths = patterns.map((p) => p.length);
    let max = 0;
    for (const n of this.lengths) if (n > max) max = n;
    this.maxLen = max;
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
    this.emitFrom = new Int32Array(n);
    this.outFirst = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) {
      this.emitFrom[s] = this.out[s].length ? s : this.dictLink[s];
      this.outFirst[s + 1] = this.outFirst[s] + this.out[s].length;
    }
    this.outIds = Int32Array.from(this.out.flat());
  }

  private group?: SearchGroup;
  private member = 0;
  /** @internal searched with the other members of `group` (SearchGroup) */
  join(group: SearchGroup, member: number) { this.group = group; this.member = member; }

  /** every match, in order of end position (then longest first, then in pattern order) */
  search(text: string): AcMatch[] {
    const shared = this.group?.hits(text, this.member);
    if (shared) return shared;
    return this.matches(text).slice();
  }

  /**
   * Every match in `text`, in the order of `search` (an array shared with the next calls: not to be changed). A long
   * text that is an edit of one searched recently (the editor's document after a keystroke; its other view) is searched
   * only around the edit: the matches that end in the unchanged prefix are the old ones, those that start in the
   * unchanged suffix the old ones moved by the change in length, and a pass from `maxLen - 1` before the edit to
   * `maxLen - 1` after it finds the rest (a pass started in the root state finds exactly the matches that start where
   * it starts or later). The same matches in the same order as a whole pass (checked by a property test).
   */
  matches(text: string): readonly AcMatch[] {
    if (text.length < INCREMENTAL_FROM || !incremental.enabled) {
      const res: AcMatch[] = [];
      this.scan(text, (id, start, end) => res.push({ pattern: id, start, end }));
      return res;
    }
    let best: { text: string; matches: AcMatch[] } | undefined, bestP = 0, bestS = 0;
    for (const r of this.recent) {
      if (r.text === text) { this.touch(r); return r.matches; }
      const { prefix: p, suffix: sfx } = editOf(r.text, text);
      if (!best || p + sfx > bestP + bestS) { best = r; bestP = p; bestS = sfx; }
    }
    let res: AcMatch[];
    if (!best || bestP + bestS < text.length / 4) {
      res = [];
      this.scan(text, (id, start, end) => res.push({ pattern: id, start, end }));
    } else res = this.edited(best, text, bestP, bestS);
    const entry = { text, matches: res };
    this.recent.push(entry);
    if (this.recent.length > RECENT) this.recent.shift();
    return res;
  }

  /** which patterns occur in `text` (1 at each one's index) */
  present(text: string): Uint8Array {
    const seen = new Uint8Array(this.patterns.length);
    if (text.length < INCREMENTAL_FROM) this.scan(text, (id) => { seen[id] = 1; });
    else for (const m of this.matches(text)) seen[m.pattern] = 1;
    return seen;
  }

  private touch(r: { text: string; matches: AcMatch[] }) {
    const i = this.recent.indexOf(r);
    if (i !== this.recent.length - 1) { this.recent.splice(i, 1); this.recent.push(r); }
  }

  /** the matches of `text`, which shares its first `p` and last `sfx` code units with `old.text` */
  private edited(old: { text: string; matches: AcMatch[] }, text: string, p: number, sfx: number): AcMatch[] {
    const oldLen = old.text.length, n = text.length, delta = n - oldLen;
    const tail = n - sfx; // new matches that start here or later are old ones, moved
    const out: AcMatch[] = [];
    const om = old.matches;
    let k = 0;
    // old matches in scan order (by end): those ending in the prefix first
    for (; k < om.length && om[k].end <= p; k++) out.push(om[k]);
    const mid: AcMatch[] = [];
    const from = Math.max(0, p - this.maxLen + 1), to = Math.min(n, tail + this.maxLen - 1);
    this.scan(text, (id, start, end) => { if (end > p && start < tail) mid.push({ pattern: id, start, end }); }, from, to);
    // the old matches in the suffix, moved, merged with the window's by end (at one end, the window's start earlier)
    const oldTail = oldLen - sfx;
    let j = 0;
    for (; k < om.length; k++) {
      const m = om[k];
      if (m.start < oldTail) continue;
      const end = m.end + delta;
      while (j < mid.length && mid[j].end <= end) out.push(mid[j++]);
      out.push(delta ? { pattern: m.pattern, start: m.start + delta, end } : m);
    }
    while (j < mid.length) out.push(mid[j++]);
    return out;
  }

  /** @internal every match in text[from, to) to `emit`, in the order of `search` */
  scan(text: string, emit: (pattern: number, start: number, end: number) => void, from = 0, to = text.length): void {
    this.scanned += to - from;
    if (!this.built) {
      this.eachWork += this.patterns.length * (to - from + 256);
      if (to - from < INCREMENTAL_FROM && this.eachWork <= this.eachBudget) return this.scanEach(text, emit, from, to);
      this.build();
    }
    const { emitFrom, dictLink, outFirst, outIds, lengths, used, root, fail, first, keys, targets } = this;
    let s = 0;
    for (let i = from; i < to; i++) {
      // the transition of s on c, following failure links: the root's row is a dense table, another state's a sorted
      // run of keys (binary-searched down to 8, then read in order)
      const c = text.charCodeAt(i);
      if (!used[c]) s = 0;
      else for (;;) {
        if (s === 0) { s = root[c]; break; }
        let lo = first[s], hi = first[s + 1];
        while (hi - lo > 8) { const mid = (lo + hi) >>> 1; if (keys[mid] < c) lo = mid + 1; else hi = mid + 1; }
        while (lo < hi && keys[lo] < c) lo++;
        if (lo < hi && keys[lo] === c) { s = targets[lo]; break; }
        s = fail[s];
      }
      // the outputs of s, then of each state on its dictionary-link chain (every one of which has output)
      for (let t = emitFrom[s]; t > 0; t = dictLink[t]) {
        for (let k = outFirst[t], z = outFirst[t + 1]; k < z; k++) { const id = outIds[k]; emit(id, i + 1 - lengths[id], i + 1); }
      }
    }
  }

  /**
   * The same matches in the same order, found pattern by pattern with indexOf: a one-file run searches a few short texts,
   * which costs less this way than building the automaton (~2–5 ms for the terms' ~600 patterns); once the searching
   * has cost about as much as building (`eachBudget`), or a long text comes (the editor's), the automaton is built.
   */
  private scanEach(text: string, emit: (pattern: number, start: number, end: number) => void, from: number, to: number): void {
    const found: AcMatch[] = [];
    this.patterns.forEach((p, id) => {
      if (p) for (let i = text.indexOf(p, from); i >= 0 && i + p.length <= to; i = text.indexOf(p, i + 1)) found.push({ pattern: id, start: i, end: i + p.length });
    });
    found.sort((a, b) => a.end - b.end || a.start - b.start || a.pattern - b.pattern);
    for (const m of found) emit(m.pattern, m.start, m.end);
  }
}

/** pattern × code units that may be searched pattern by pattern before an automaton is built (~1 ms of indexOf) */
const EACH_BUDGET = 1 << 22;
/** texts shorter than this are searched whole, not remembered */
const INCREMENTAL_FROM = 4096;
/** how many texts each automaton remembers (the editor alternates a document's cheap view and its tree's text) */
const RECENT = 3;

/**
 * Automata over the same texts (detection cues, terms, emphasis cues and skips all read the normalised text) searched
 * in one pass: once enough text has gone through them (a one-file run does not pay for building it), one automaton of
 * all their patterns runs once per text and its matches are dealt back to each member. A member's matches come out in
 * its own order — by end, then longest first (the merged automaton's output chain visits suffixes longest first), then
 * in pattern order (merged ids keep each member's order) — so `search` returns exactly what the member's own pass would.
 * Only the members asked for their matches are merged (a run with every emphasis rule off never asks for the emphasis cues
 * and skips: their matches are neither found nor dealt); a member first asked after the build is merged in then.
 */
export class SearchGroup {
  private merged?: AhoCorasick;
  private memberOf = new Int32Array(0);
  private localId = new Int32Array(0);
  private searched = 0;
  /** the members' matches in the last few texts (the editor alternates two views of a document) */
  private dealt: { text: string; hits: AcMatch[][] }[] = [];
  /** the members asked for their matches so far: only they are merged */
  private asked: boolean[] = [];

  constructor(private members: AhoCorasick[], private after = 256 * 1024) {
    members.forEach((m, i) => m.join(this, i));
  }

  /** member `i`'s matches in `text` (a fresh array of the shared matches), or undefined while the merged automaton is not built */
  hits(text: string, i: number): AcMatch[] | undefined {
    if (!this.asked[i]) {
      this.asked[i] = true;
      // (a member asked for the first time once the others are merged: merged in with them, the texts dealt so far forgotten)
      if (this.merged) { this.build(); this.dealt = []; }
    }
    let d = incremental.enabled ? this.dealt.find((x) => x.text === text) : undefined;
    if (!d) {
      if (!this.merged) {
        this.searched += text.length;
        if (this.searched < this.after) return undefined;
        this.build();
      }
      const outs: AcMatch[][] = this.members.map(() => []);
      const memberOf = this.memberOf, localId = this.localId;
      const deal = (id: number, start: number, end: number) => { outs[memberOf[id]].push({ pattern: localId[id], start, end }); };
      // (a short text is scanned straight into the members' lists: no merged match objects in between)
      if (text.length < INCREMENTAL_FROM || !incremental.enabled) this.merged!.scan(text, deal);
      else for (const m of this.merged!.matches(text)) deal(m.pattern, m.start, m.end);
      d = { text, hits: outs };
      this.dealt.push(d);
      if (this.dealt.length > RECENT) this.dealt.shift();
    }
    return d.hits[i].slice();
  }

  private build() {
    const asked = this.members.filter((_, i) => this.asked[i]);
    const patterns = asked.flatMap((m) => m.patterns);
    this.memberOf = new Int32Array(patterns.length);
    this.localId = new Int32Array(patterns.length);
    let k = 0;
    this.members.forEach((m, i) => { if (this.asked[i]) m.patterns.forEach((_, j) => { this.memberOf[k] = i; this.localId[k++] = j; }); });
    this.merged = new AhoCorasick(patterns);
  }
}

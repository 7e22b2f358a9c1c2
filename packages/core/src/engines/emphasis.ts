// The emphasis engine: in contracts, clauses recognised by cue words (fees, interest, exclusions,
// default, early repayment, auto-renewal, personal information, disputes, unilateral change) must lie
// inside emphasis (bold, heading, larger, coloured, underlined). Whole-document emphasis highlights
// nothing, so when nearly everything is emphasised every cue clause is reported.
import { AhoCorasick } from '../aho-corasick.js';
import { EMPHASIS_KINDS, type LintDocument, type Mark } from '../model.js';
import { normalizePattern, type NormalizedText } from '../normalize.js';
import { sentenceAround } from '../text-utils.js';
import type { RawFinding, RuleEntry } from '../types.js';

export interface EmphasisCompiled { rules: RuleEntry[]; ac: AhoCorasick; owners: { rule: RuleEntry; cue: string }[][]; skip: AhoCorasick; skipOwners: RuleEntry[][] }

export function compileEmphasis(rules: RuleEntry[]): EmphasisCompiled {
  const pats: string[] = [], owners: { rule: RuleEntry; cue: string }[][] = [], idx = new Map<string, number>();
  const spats: string[] = [], sowners: RuleEntry[][] = [], sidx = new Map<string, number>();
  for (const r of rules) {
    if (r.engine !== 'emphasis') continue;
    for (const c of r.cues ?? []) {
      const n = normalizePattern(c);
      let i = idx.get(n);
      if (i === undefined) { i = pats.length; idx.set(n, i); pats.push(n); owners.push([]); }
      owners[i].push({ rule: r, cue: c });
    }
    for (const s of r.skipIf ?? []) {
      const n = normalizePattern(s);
      let i = sidx.get(n);
      if (i === undefined) { i = spats.length; sidx.set(n, i); spats.push(n); sowners.push([]); }
      sowners[i].push(r);
    }
  }
  return { rules: rules.filter((r) => r.engine === 'emphasis'), ac: new AhoCorasick(pats), owners, skip: new AhoCorasick(spats), skipOwners: sowners };
}

/**
 * Share of the non-space characters of [s, e) that lie inside an emphasis mark, in O(1) per query after
 * one O(text + marks) pass (a difference array over the marks, then prefix sums).
 */
class Coverage {
  private marked: Int32Array;
  private chars: Int32Array;
  constructor(marks: Mark[], text: string) {
    const n = text.length;
    const diff = new Int32Array(n + 1);
    for (const m of marks) if (EMPHASIS_KINDS.has(m.kind) && m.end > m.start) { diff[Math.max(0, m.start)]++; diff[Math.min(n, m.end)]--; }
    this.marked = new Int32Array(n + 1);
    this.chars = new Int32Array(n + 1);
    let depth = 0;
    for (let i = 0; i < n; i++) {
      depth += diff[i];
      const c = text.charCodeAt(i);
      const counts = c > 32 && c !== 0x3000 ? 1 : 0;
      this.chars[i + 1] = this.chars[i] + counts;
      this.marked[i + 1] = this.marked[i] + (counts && depth > 0 ? 1 : 0);
    }
  }
  of(s: number, e: number): number {
    const total = this.chars[e] - this.chars[s];
    return total ? (this.marked[e] - this.marked[s]) / total : 1;
  }
}

export function runEmphasis(c: EmphasisCompiled, doc: LintDocument, norm: NormalizedText, active: (r: RuleEntry) => boolean): RawFinding[] {
  const text = norm.text;
  // nothing to do when no emphasis rule applies (off, or another product or kind) or no cue of one is present
  if (!c.rules.some(active)) return [];
  const hits = c.ac.search(text);
  if (!hits.some((h) => c.owners[h.pattern].some((o) => active(o.rule)))) return [];
  const skips = c.skip.search(text);
  // whole-document emphasis defeats the purpose
  const body = doc.blocks.filter((b) => b.type !== 'heading');
  let bodyLen = 0, bodyMarked = 0;
  const cov = new Coverage(doc.marks, doc.text);
  for (const b of body) { const len = b.end - b.start; bodyLen += len; bodyMarked += cov.of(b.start, b.end) * len; }
  // (short documents are exempt: a one-clause notice in bold is emphasis, not noise)
  const meaningful = body.length < 4 || bodyMarked / bodyLen < 0.85;
  const out: RawFinding[] = [];
  const reportedBlocks = new Set<number>();
  const blockOf = (o: number) => {
    let lo = 0, hi = doc.blocks.length - 1, found = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; const b = doc.blocks[mid]; if (b.start <= o) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    return found >= 0 && o < doc.blocks[found].end ? found : -1;
  };
  for (const h of hits) {
    const [os, oe] = norm.origSpan(h.start, h.end);
    const bi = blockOf(os);
    if (bi < 0 || reportedBlocks.has(bi)) continue;
    const block = doc.blocks[bi];
    if (block.type === 'heading' || block.type === 'code') continue;
    // a table header or label cell ("每期手续费率") is not a clause
    const len = block.end - block.start;
    if (len < 8 || (block.type === 'table-cell' && len < 16)) continue;
    for (const { rule, cue } of c.owners[h.pattern]) {
      if (!active(rule)) continue;
      const [ss, se] = sentenceAround(doc.text, os, oe);
      const s = Math.max(ss, block.start);
      let e = Math.min(se, block.end);
      if (e < block.end && '。！？!?；;'.includes(doc.text[e])) e++; // the sentence with its full stop
      // a harmless clause (不收取任何费用) needs no emphasis
      const skipped = skips.some((k) => c.skipOwners[k.pattern].includes(rule) && (() => { const [ks] = norm.origSpan(k.start, k.end); return ks >= s && ks < e; })());
      if (skipped) continue;
      const emphasised = meaningful && (cov.of(s, e) >= 0.5 || cov.of(block.start, block.end) >= 0.5);
      if (emphasised) { reportedBlocks.add(bi); break; }
      reportedBlocks.add(bi);
      out.push({ rule, start: s, end: e, data: { cue } });
      break;
    }
  }
  return out;
}

/** true when an active emphasis rule has a cue in the text (so the document's marks matter) */
export function hasEmphasisCue(c: EmphasisCompiled, norm: NormalizedText, active: (r: RuleEntry) => boolean): boolean {
  if (!c.rules.some(active)) return false;
  for (const h of c.ac.search(norm.text)) if (c.owners[h.pattern].some((o) => active(o.rule))) return true;
  return false;
}

// The rates engine: how loan and credit-card copy states the price of credit (PBOC 2021 No. 3).
//  - apr-missing: a daily/monthly/fee rate, an installment fee or a per-day cost with no annualised rate beside it
//  - apr-not-most-prominent: the figure is emphasised (bold, larger, heading) while the APR beside it is not
//  - apr-inconsistent: a stated APR that disagrees with the daily/monthly rate, or a fee × 12 (naive)
//  - present: a phrase that is a problem in itself (fees deducted at disbursement)
// Messages state the computed rate and how; suggestions insert it.
import { EMPHASIS_KINDS, type LintDocument } from '../model.js';
import { findRatePhrases, type RatePhrase } from '../rates/phrases.js';
import { installmentApr, simpleAnnual } from '../rates/apr.js';
import type { RawFinding, RuleEntry } from '../types.js';

const TOL = 0.001; // 0.1 percentage point (regulations.md §7.2)
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function runRates(rules: RuleEntry[], doc: LintDocument): RawFinding[] {
  const active = rules.filter((r) => r.engine === 'rates');
  if (!active.length) return [];
  const phrases = findRatePhrases(doc.text);
  if (!phrases.length) return [];
  // blocks are in document order: binary search, once per phrase
  const blockIndex = new Map<RatePhrase, number>();
  const blockOf = (p: RatePhrase) => {
    let i = blockIndex.get(p);
    if (i === undefined) {
      const bs = doc.blocks;
      let lo = 0, hi = bs.length - 1;
      i = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (bs[mid].end <= p.start) lo = mid + 1; else if (bs[mid].start > p.start) hi = mid - 1; else { i = mid; break; }
      }
      blockIndex.set(p, i);
    }
    return i;
  };
  const byBlock = (ps: RatePhrase[]) => {
    const m = new Map<number, RatePhrase[]>();
    for (const p of ps) { const b = blockOf(p); const list = m.get(b); if (list) list.push(p); else m.set(b, [p]); }
    return m;
  };
  const annual = phrases.filter((p) => p.kind === 'annual');
  const annualBlocks = new Set(annual.map(blockOf));
  // the APR counts when it is in the same block or a block or two away, but a text message (【发送方】…)
  // stands alone: each SMS in a batch needs its own APR
  const isMessage = (b: number) => b >= 0 && doc.text.startsWith('【', doc.blocks[b].start);
  const aprNear = (b: number) => {
    if (annualBlocks.has(b)) return true;
    if (isMessage(b)) return false;
    for (let d = -2; d <= 2; d++) if (d && annualBlocks.has(b + d) && !isMessage(b + d)) return true;
    return false;
  };
  const periodsIn = (b: number) => {
    const blk = doc.blocks[b];
    const m = blk ? /分\s*(\d{1,2})\s*期|(\d{1,2})\s*期/.exec(doc.text.slice(blk.start, blk.end)) : null;
    return m ? Number(m[1] ?? m[2]) : undefined;
  };
  const out: RawFinding[] = [];
  for (const rule of active) {
    const check = rule.rates?.check;
    const kinds: string[] = (rule.rates?.kinds as string[] | undefined) ?? [];
    if (check === 'apr-inconsistent') { out.push(...inconsistent(rule, doc, phrases, blockOf, byBlock, periodsIn, isMessage)); continue; }
    if (check === 'present') { for (const p of phrases) if (kinds.includes(p.kind)) out.push({ rule, start: p.start, end: p.end, data: { text: p.text } }); continue; }
    if (check === 'apr-not-most-prominent') {
      // one finding per block, like apr-missing: 「**日息0.05%，借1000元一天只要5毛**」 is one problem
      const louder = phrases.filter((p) => { const a = kinds.includes(p.kind) && aprNear(blockOf(p)) ? nearest(annual, p) : undefined; return !!a && prominence(doc, p) > prominence(doc, a); });
      for (const ps of byBlock(louder).values()) {
        const [start, end] = spanOf(ps);
        out.push({ rule, start, end, data: { text: ps.length === 1 ? ps[0].text : doc.text.slice(start, end), apr: nearest(annual, ps[0])!.text } });
      }
      continue;
    }
    if (check !== 'apr-missing') continue;
    // one finding per block: the first to the last price signal without an APR beside it
    for (const [b, ps] of byBlock(phrases.filter((p) => kinds.includes(p.kind) && !aprNear(blockOf(p))))) {
      const [start, end] = spanOf(ps);
      const f: RawFinding = { rule, start, end, data: { text: doc.text.slice(start, end), how: '' } };
      const first = ps.find((p) => p.value !== undefined) ?? ps[0];
      const est = estimate(first, periodsIn(b));
      if (est) {
        f.data!.how = est.how;
        f.suggest = { start: first.end, end: first.end, text: `（${est.label}）`, desc: { zh: `在其后注明${est.label}`, en: `Add the annualised rate (${est.label})` } };
      }
      out.push(f);
    }
  }
  return out;
}

/** [first start, last end] of phrases */
const spanOf = (ps: RatePhrase[]): [number, number] => [Math.min(...ps.map((p) => p.start)), Math.max(...ps.map((p) => p.end))];

/** the APR a phrase implies, with how it was computed */
function estimate(p: RatePhrase, periods?: number): { how: string; label: string } | undefined {
  if (p.value === undefined) return undefined;
  switch (p.kind) {
    case 'daily': { const a = simpleAnnual(p.value, 'day', 360), b = simpleAnnual(p.value, 'day', 365); return { how: `按日利率${pct(p.value)}折算，年化利率（单利）约${pct(a)}（按360天计）或${pct(b)}（按365天计）`, label: `年化利率（单利）约${pct(a)}，按360天计` }; }
    case 'monthly': { const a = simpleAnnual(p.value, 'month'); return { how: `按月利率${pct(p.value)}折算，年化利率（单利）约${pct(a)}`, label: `年化利率（单利）约${pct(a)}` }; }
    case 'per-day-cost': { const a = simpleAnnual(p.value, 'day', 360); return { how: `按每日成本折合日利率${pct(p.value)}，年化利率（单利）约${pct(a)}（按360天计）`, label: `年化利率（单利）约${pct(a)}` }; }
    case 'period-fee': { const n = periods ?? 12; const a = installmentApr(p.value, n); return { how: `每期费率${pct(p.value)}按原始本金收取、分${n}期，按内部收益率法折算年化利率约${pct(a)}`, label: `折算年化利率约${pct(a)}，按内部收益率法计算` }; }
    default: return undefined;
  }
}

function nearest(list: RatePhrase[], p: RatePhrase): RatePhrase | undefined {
  let best: RatePhrase | undefined;
  for (const a of list) if (!best || Math.abs(a.start - p.start) < Math.abs(best.start - p.start)) best = a;
  return best;
}

/** 2: larger or heading, 1: bold/colour/underline/highlight, 0: plain, -1: smaller (fine print) */
function prominence(doc: LintDocument, p: RatePhrase): number {
  let score = 0;
  const mid = p.start + Math.floor((p.end - p.start) / 2);
  for (const m of doc.marks) {
    if (m.start > mid || mid >= m.end) continue;
    if (m.kind === 'smaller') score = Math.min(score, -1);
    else if (m.kind === 'larger' || m.kind === 'heading') score = Math.max(score, 2);
    else if (EMPHASIS_KINDS.has(m.kind)) score = Math.max(score, 1);
  }
  return score;
}

/**
 * A stated annualised rate that disagrees with the daily or monthly rate beside it (simple annualisation,
 * 360 or 365 days), or that is a per-period fee × 12 (naive: the IRR on the declining balance is higher).
 */
function inconsistent(rule: RuleEntry, doc: LintDocument, phrases: RatePhrase[], blockOf: (p: RatePhrase) => number, byBlock: (ps: RatePhrase[]) => Map<number, RatePhrase[]>, periodsIn: (b: number) => number | undefined, isMessage: (b: number) => boolean): RawFinding[] {
  const out: RawFinding[] = [];
  const annual = phrases.filter((p) => p.kind === 'annual' && p.value !== undefined);
  const others = byBlock(phrases.filter((p) => p.value !== undefined && (p.kind === 'daily' || p.kind === 'monthly' || p.kind === 'period-fee')));
  // the rate it is compared with: in its own block; else a per-period fee a paragraph or two away (a page that
  // puts 每期手续费率 and 年化利率 in separate paragraphs), where the test — the APR is exactly fee × 12 — is specific
  // enough not to pair two products' rates; never another text message
  const comparedWith = (b: number): [number, RatePhrase[]] => {
    if (others.has(b)) return [b, others.get(b)!];
    if (isMessage(b)) return [b, []];
    for (const d of [-1, 1, -2, 2]) {
      const fees = (others.get(b + d) ?? []).filter((p) => p.kind === 'period-fee');
      if (fees.length && !isMessage(b + d)) return [b + d, fees];
    }
    return [b, []];
  };
  for (const a of annual) {
    const b = blockOf(a);
    const [pb, near] = comparedWith(b);
    for (const p of near) {
      // one block: the span covering both; two blocks: the stated APR, quoting both
      const s0 = pb === b ? Math.min(a.start, p.start) : a.start, e0 = pb === b ? Math.max(a.end, p.end) : a.end;
      const numAt = a.start + a.text.search(/[0-9]/);
      const numEnd = numAt + (/^[0-9]+(?:\.[0-9]+)?/.exec(doc.text.slice(numAt))?.[0].length ?? 0);
      if (p.kind === 'period-fee') {
        const n = periodsIn(pb) ?? periodsIn(b) ?? 12;
        const apr = installmentApr(p.value!, n);
        if (Math.abs(a.value! - p.value! * 12) < 0.0005 && a.value! < apr - TOL) {
          out.push({ rule, start: s0, end: e0,
            data: { text: pb === b ? doc.text.slice(s0, e0) : `${p.text}……${a.text}`, how: `每期费率${pct(p.value!)}按原始本金收取、分${n}期，按内部收益率法折算年化利率约${pct(apr)}；所示${pct(a.value!)}是每期费率×12的简单折算`, computed: pct(apr) },
            suggest: { start: numAt, end: numEnd, text: (apr * 100).toFixed(2), desc: { zh: `改为按内部收益率法折算的${pct(apr)}`, en: `Use the IRR-based ${pct(apr)}` } } });
        }
        continue;
      }
      const lows = p.kind === 'daily' ? [simpleAnnual(p.value!, 'day', 360), simpleAnnual(p.value!, 'day', 365)] : [simpleAnnual(p.value!, 'month')];
      const ok = (stated: number, candidates: number[]) => candidates.some((c) => Math.abs(c - stated) <= TOL + 1e-12);
      let bad = !ok(a.value!, lows);
      if (!bad && a.high !== undefined && p.high !== undefined) {
        const highs = p.kind === 'daily' ? [simpleAnnual(p.high, 'day', 360), simpleAnnual(p.high, 'day', 365)] : [simpleAnnual(p.high, 'month')];
        bad = !ok(a.high, highs);
      }
      if (!bad) continue;
      const how = p.kind === 'daily'
        ? `按日利率${pct(p.value!)}折算，年化利率（单利）约${pct(lows[0])}（按360天计）或${pct(lows[1])}（按365天计）`
        : `按月利率${pct(p.value!)}折算，年化利率（单利）约${pct(lows[0])}`;
      out.push({ rule, start: s0, end: e0, data: { text: pb === b ? doc.text.slice(s0, e0) : `${p.text}……${a.text}`, how: `${how}，与所示年化利率${pct(a.value!)}不一致`, computed: pct(lows[0]) },
        suggest: a.high === undefined ? { start: numAt, end: numEnd, text: (lows[0] * 100).toFixed(2), desc: { zh: `改为${pct(lows[0])}（按360天计）`, en: `Use ${pct(lows[0])} (360-day basis)` } } : undefined });
    }
  }
  return out;
}

// The rates engine: checks on how loan and credit-card copy states the price of credit.
// Foundation checks (no arithmetic): a daily/monthly/fee rate, an installment fee or a per-day cost shown
// with no annualised rate in the same block (PBOC 2021 No. 3: the APR must be shown where the other
// figures are, and not less conspicuously).
import type { LintDocument } from '../model.js';
import { findRatePhrases, type RatePhrase } from '../rates/phrases.js';
import { installmentApr, simpleAnnual } from '../rates/apr.js';
import type { RawFinding, RuleEntry } from '../types.js';

export function runRates(rules: RuleEntry[], doc: LintDocument): RawFinding[] {
  const active = rules.filter((r) => r.engine === 'rates');
  if (!active.length) return [];
  const phrases = findRatePhrases(doc.text);
  if (!phrases.length) return [];
  const blockOf = (p: RatePhrase) => doc.blocks.findIndex((b) => b.start <= p.start && p.start < b.end);
  const annualBlocks = new Set(phrases.filter((p) => p.kind === 'annual').map(blockOf));
  // the APR counts when it is in the same block or a block or two away, but a text message (【发送方】…)
  // stands alone: each SMS in a batch needs its own APR
  const isMessage = (b: number) => b >= 0 && doc.text.startsWith('【', doc.blocks[b].start);
  const aprNear = (b: number) => {
    if (annualBlocks.has(b)) return true;
    if (isMessage(b)) return false;
    for (let d = -2; d <= 2; d++) if (d && annualBlocks.has(b + d) && !isMessage(b + d)) return true;
    return false;
  };
  const out: RawFinding[] = [];
  for (const rule of active) {
    const check = rule.rates?.check;
    const kinds: string[] = (rule.rates?.kinds as string[] | undefined) ?? [];
    if (check === 'apr-inconsistent') { out.push(...inconsistent(rule, doc, phrases, blockOf)); continue; }
    if (check !== 'apr-missing') continue;
    // one finding per block: the first to the last price signal without an APR beside it
    const byBlock = new Map<number, RatePhrase[]>();
    for (const p of phrases) {
      if (!kinds.includes(p.kind)) continue;
      const b = blockOf(p);
      if (aprNear(b)) continue;
      byBlock.set(b, [...(byBlock.get(b) ?? []), p]);
    }
    for (const ps of byBlock.values()) {
      const start = Math.min(...ps.map((p) => p.start)), end = Math.max(...ps.map((p) => p.end));
      out.push({ rule, start, end, data: { text: doc.text.slice(start, end) } });
    }
  }
  return out;
}

const TOL = 0.001; // 0.1 percentage point (regulations.md §7.2)
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/**
 * A stated annualised rate that disagrees with the daily or monthly rate beside it (simple annualisation,
 * 360 or 365 days), or that is a per-period fee × 12 (naive: the IRR on the declining balance is higher).
 */
function inconsistent(rule: RuleEntry, doc: LintDocument, phrases: RatePhrase[], blockOf: (p: RatePhrase) => number): RawFinding[] {
  const out: RawFinding[] = [];
  const annual = phrases.filter((p) => p.kind === 'annual' && p.value !== undefined);
  for (const a of annual) {
    const b = blockOf(a);
    const near = phrases.filter((p) => p !== a && blockOf(p) === b && p.value !== undefined && (p.kind === 'daily' || p.kind === 'monthly' || p.kind === 'period-fee'));
    for (const p of near) {
      if (p.kind === 'period-fee') {
        const m = /分\s*(\d{1,2})\s*期|(\d{1,2})\s*期/.exec(doc.text.slice(doc.blocks[b]?.start ?? 0, doc.blocks[b]?.end ?? 0));
        const n = m ? Number(m[1] ?? m[2]) : 12;
        const apr = installmentApr(p.value!, n);
        if (Math.abs(a.value! - p.value! * 12) < 0.0005 && a.value! < apr - TOL) {
          out.push({ rule, start: Math.min(a.start, p.start), end: Math.max(a.end, p.end), message: undefined,
            data: { text: doc.text.slice(Math.min(a.start, p.start), Math.max(a.end, p.end)), how: `每期费率${pct(p.value!)}按原始本金收取、分${n}期，按内部收益率法折算年化利率约${pct(apr)}；所示${pct(a.value!)}是每期费率×12的简单折算`, computed: pct(apr) } });
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
      const s0 = Math.min(a.start, p.start), e0 = Math.max(a.end, p.end);
      out.push({ rule, start: s0, end: e0, data: { text: doc.text.slice(s0, e0), how: `${how}，与所示年化利率${pct(a.value!)}不一致`, computed: pct(lows[0]) } });
    }
  }
  return out;
}

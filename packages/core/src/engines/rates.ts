// The rates engine: checks on how loan and credit-card copy states the price of credit.
// Foundation checks (no arithmetic): a daily/monthly/fee rate, an installment fee or a per-day cost shown
// with no annualised rate in the same block (PBOC 2021 No. 3: the APR must be shown where the other
// figures are, and not less conspicuously).
import type { LintDocument } from '../model.js';
import { findRatePhrases, type RatePhrase } from '../rates/phrases.js';
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

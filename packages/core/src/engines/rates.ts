// The rates engine: checks on how loan and credit-card copy states the price of credit.
// Foundation checks (no arithmetic): a daily/monthly/fee rate or a per-day cost shown with no 年化利率.
import { findRatePhrases, type RatePhrase } from '../rates/phrases.js';
import type { RawFinding, RuleEntry } from '../types.js';

export function runRates(rules: RuleEntry[], text: string): RawFinding[] {
  const active = rules.filter((r) => r.engine === 'rates');
  if (!active.length) return [];
  const phrases = findRatePhrases(text);
  if (!phrases.length) return [];
  const hasAnnual = phrases.some((p) => p.kind === 'annual');
  const out: RawFinding[] = [];
  for (const rule of active) {
    const check = rule.rates?.check;
    const kinds: string[] = (rule.rates?.kinds as string[] | undefined) ?? [];
    if (check === 'apr-missing') {
      if (hasAnnual) continue;
      for (const p of phrases) if (kinds.includes(p.kind)) out.push(finding(rule, p));
    }
  }
  return out;
}

function finding(rule: RuleEntry, p: RatePhrase): RawFinding {
  return { rule, start: p.start, end: p.end, data: { text: p.text } };
}

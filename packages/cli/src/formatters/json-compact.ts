import type { LintMessage, LintResult } from '@xiaobao/node';
import { jsonShape } from './json.js';

/**
 * `--format json-compact`: the ESLint-shaped results of `--format json`, with each rule's `basis` (the regulations it
 * rests on, ~40% of the JSON when repeated on every message) given once in a `rules` table instead. A message keeps
 * its own `basis` only where it differs from its rule's entry (a user pack redefining a rule in one directory), so
 * `message.basis ?? rules[message.ruleId].basis` always gives back exactly what `--format json` prints.
 */
export function jsonCompact(results: LintResult[]): string {
  const rules: Record<string, { basis: unknown }> = {};
  const seen = new Map<string, { ref: unknown; text: string }>();
  const strip = (m: LintMessage): LintMessage => {
    if (typeof m.ruleId !== 'string' || m.basis === undefined) return m;
    let entry = seen.get(m.ruleId);
    if (!entry) { entry = { ref: m.basis, text: JSON.stringify(m.basis) }; seen.set(m.ruleId, entry); rules[m.ruleId] = { basis: m.basis }; }
    // the same rule shares one basis array: compared by reference first
    if (m.basis !== entry.ref && JSON.stringify(m.basis) !== entry.text) return m;
    const { basis: _b, ...rest } = m;
    return rest;
  };
  const out = results.map((r) => jsonShape(r, r.messages.map(strip), r.suppressedMessages?.map(strip)));
  return JSON.stringify({ format: 'xiaobao-json-compact', version: 1, rules, results: out });
}

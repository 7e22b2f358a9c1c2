// A lint result in ESLint's shape, built from the engine's findings. No Node APIs: the browser build (packages/web)
// uses it too.
import type { Basis, DocKind, Finding, Fix, LintDocument, Product, SourceFormat, Suggestion } from '@xiaobao/core';

export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  fatal?: boolean;
  /** the quoted text */
  text?: string;
  basis?: Basis[];
  /** what to write instead */
  suggestion?: string;
  /** readable location (第12段) */
  location?: string;
  /** stable identity for waivers */
  fingerprint?: string;
  /** other rules this message also reports (one per sentence and family), each with its words */
  also?: { ruleId: string; text: string }[];
  /** SARIF-style suppressions (a waiver) */
  suppressions?: { kind: 'external'; justification: string }[];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** source text (text formats) */
  source?: string;
  /** the fixed source, when fix was requested and something changed */
  output?: string;
  product?: Product;
  kind?: DocKind;
  /** why the kind and product were taken: what decided the kind ('given' by an option or the config) and the product's
   * weightiest cue words */
  why?: { kind: { by: string; cue?: string }; product: string[] };
  /** the document is outside consumer-protection review, so no rule was applied: 'business', a contract whose parties are
   * all companies */
  outOfScope?: 'business';
  format?: SourceFormat;
  /** internal: findings with document offsets (for annotating .docx, waivers) */
  findings?: Finding[];
  /** findings accepted by a waiver (ESLint's suppressedMessages) */
  suppressedMessages?: LintMessage[];
}

export function toResult(filePath: string, findings: Finding[], doc: LintDocument): LintResult {
  const messages: LintMessage[] = findings.map((f) => {
    const m: LintMessage = {
      ruleId: f.ruleId, severity: f.severity === 'error' ? 2 : 1, message: f.message,
      line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
      text: f.text, basis: f.basis, suggestion: f.suggestion,
    };
    if (f.location) m.location = f.location;
    m.fingerprint = f.fingerprint;
    if (f.fix) m.fix = f.fix;
    if (f.suggestions) m.suggestions = f.suggestions;
    if (f.also) m.also = f.also;
    return m;
  });
  const count = (sev: number, fixable = false) => messages.filter((m) => m.severity === sev && (!fixable || m.fix)).length;
  return {
    filePath, messages,
    errorCount: count(2), warningCount: count(1), fatalErrorCount: 0,
    fixableErrorCount: count(2, true), fixableWarningCount: count(1, true),
    source: doc.source, format: doc.format, findings,
  };
}

/** A finding as a Word comment for the reviewed .docx (parsers' annotateDocx): rule, message, basis, suggestion. */
export function annotationsOf(findings: Finding[] | undefined) {
  const basis = (b: { instrument: string; article?: string }[]) => b.map((i) => `${i.instrument}${i.article ?? ''}`).join('；');
  return (findings ?? []).map((f) => ({ start: f.start, end: f.end, ruleId: f.ruleId, message: f.message, basisText: basis(f.basis), suggestion: f.suggestion }));
}

import type { LintResult } from '@xiaobao/node';

/** ESLint's JSON shape, plus the quoted text, basis and suggested wording on each message. */
export function json(results: LintResult[]): string {
  return JSON.stringify(results.map((r) => jsonShape(r)));
}

/** one result as `--format json` prints it (messages as given: `json-compact` passes copies without basis) */
export function jsonShape(r: LintResult, messages = r.messages, suppressed = r.suppressedMessages) {
  return {
    filePath: r.filePath,
    messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: r.fatalErrorCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...(suppressed?.length ? { suppressedMessages: suppressed } : {}),
    ...(r.output !== undefined ? { output: r.output } : {}),
    ...(r.product ? { product: r.product, kind: r.kind, ...(r.why ? { why: r.why } : {}) } : {}),
  };
}

import type { LintResult } from '@xiaobao/node';

/** ESLint's JSON shape, plus the quoted text, basis and suggested wording on each message. */
export function json(results: LintResult[]): string {
  return JSON.stringify(results.map((r) => ({
    filePath: r.filePath,
    messages: r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fatalErrorCount: r.fatalErrorCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...(r.suppressedMessages?.length ? { suppressedMessages: r.suppressedMessages } : {}),
    ...(r.output !== undefined ? { output: r.output } : {}),
    ...(r.product ? { product: r.product, kind: r.kind } : {}),
  })));
}

import type { LintResult } from '@xiaobao/node';

/** ESLint's JSON shape, plus the quoted text, basis and suggested wording on each message. */
export function json(results: LintResult[]): string {
  return JSON.stringify(results.map((r) => jsonShape(r)));
}

/**
 * The text of `json`, in pieces of about `size` code units: a run over thousands of files (the 10 MB corpus prints
 * 46 MB) writes each piece as it is made instead of one string that is then copied and encoded whole.
 */
export function* jsonPieces(results: LintResult[], size = 1 << 15): Generator<string> {
  let s = '[';
  for (let i = 0; i < results.length; i++) {
    s += (i ? ',' : '') + JSON.stringify(jsonShape(results[i]));
    if (s.length >= size) { yield s; s = ''; }
  }
  yield `${s}]`;
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
    ...(r.outOfScope ? { outOfScope: r.outOfScope } : {}),
  };
}

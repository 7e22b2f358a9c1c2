export { Xiaobao, toResult, fatalResult, type LintMessage, type LintResult, type XiaobaoOptions } from './engine.js';
export { outOfScopeText } from '@xiaobao/core';
export { ConfigError } from './errors.js';
export { findConfigFile, loadConfigFile, clearConfigCache, CONFIG_FILES, type ResolvedConfig } from './config.js';
export { loadBundledRules, loadPackFile, type RuleSet } from './packs.js';
/** build time (scripts/rules-state.mjs): the bundled rule set of a rules directory, stamped, as JSON */
export { rulesStateJson, stateBytes, stateText } from './packs.js';
export { defaultRulesDir } from './rules-dir.js';
export { expandPatterns } from './files.js';
export { readableErrors } from './validate.js';

import { Xiaobao, type LintResult, type XiaobaoOptions } from './engine.js';
import { annotationsOf } from './result.js';
import type { DocKind, Product, SourceFormat } from '@xiaobao/core';

/** Lint files, directories or globs. */
export async function lintFiles(patterns: string | string[], options: XiaobaoOptions = {}): Promise<LintResult[]> {
  return (await new Xiaobao(options).lintFiles(Array.isArray(patterns) ? patterns : [patterns])).results;
}

/** Lint text held in memory (an editor buffer, a CMS field). */
export async function lintText(text: string, options: XiaobaoOptions & { filePath?: string; format?: SourceFormat; product?: Product; kind?: DocKind } = {}): Promise<LintResult> {
  return new Xiaobao(options).lintText(text, options);
}

/** The configuration that applies to a file. */
export function loadConfig(filePath: string, options: XiaobaoOptions = {}) {
  return new Xiaobao(options).configFor(filePath);
}
export { workerCount, type Concurrency } from './pool.js';

// rate arithmetic and phrase parsing, for review systems that compute APRs themselves
export { simpleAnnual, irr, aprFromSchedule, installmentApr, oneOffFeeApr, effectiveAnnualRate, annuityPayment, installmentSchedule, findRatePhrases, type RatePhrase } from '@xiaobao/core';

/**
 * Write DIR/NAME.reviewed.docx for a linted .docx: the original with a Word comment on each finding.
 * The original is never touched. Returns the path written.
 */
export async function writeReviewedDocx(result: LintResult, outDir: string): Promise<string> {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { loadDocxTools } = await import('@xiaobao/parsers');
  const target = path.join(outDir, path.basename(result.filePath).replace(/\.docx$/i, '.reviewed.docx'));
  if (path.resolve(target) === path.resolve(result.filePath)) throw new Error('批注副本不能覆盖原文件（the reviewed copy may not replace the original）');
  const bytes = await (await loadDocxTools()).annotateDocx(fs.readFileSync(result.filePath), annotationsOf(result.findings));
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
  return target;
}

/** Lint a .docx and write DIR/NAME.reviewed.docx with a Word comment on each finding. */
export async function annotateDocxFile(filePath: string, outDir: string, options: XiaobaoOptions = {}): Promise<string> {
  const res = await new Xiaobao(options).lintFile(filePath);
  if (res.fatalErrorCount) throw new Error(res.messages[0].message);
  return writeReviewedDocx(res, outDir);
}
export { applyWaivers, readWaivers, writeWaivers, WAIVERS_FILE, type Waiver } from './waivers.js';
export { packsHash } from './cache.js';

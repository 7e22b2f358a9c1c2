export { Xiaobao, toResult, fatalResult, type LintMessage, type LintResult, type XiaobaoOptions } from './engine.js';
export { ConfigError } from './errors.js';
export { findConfigFile, loadConfigFile, CONFIG_FILES, type ResolvedConfig } from './config.js';
export { loadBundledRules, loadPackFile, type RuleSet } from './packs.js';
export { defaultRulesDir } from './rules-dir.js';
export { expandPatterns } from './files.js';
export { readableErrors } from './validate.js';

import { Xiaobao, type LintResult, type XiaobaoOptions } from './engine.js';
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

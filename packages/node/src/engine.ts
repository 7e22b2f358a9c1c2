// The Node API: lint files and text with configuration discovery. The CLI and the language server use it.
import fs from 'node:fs';
import path from 'node:path';
import { Linter, SegmenterError, applyFixes, type Basis, type DocKind, type Finding, type Fix, type LintDocument, type Locale, type Product, type RuleLevel, type SegmenterName, type SourceFormat, type Suggestion } from '@xiaobao/core';
import { InputError, formatOf, parseBuffer, parseString } from '@xiaobao/parsers';
import { emptyConfig, findConfigFile, loadConfigFile, setConfigSchema, type ResolvedConfig } from './config.js';
import { ConfigError } from './errors.js';
import { expandPatterns } from './files.js';
import { checkedPacks, statePatternKeys, loadBundledRules, loadPackFile, precomputedLiterals, userTermsPack } from './packs.js';
import { defaultRulesDir } from './rules-dir.js';
import { lintInWorkers, workerCount, type Concurrency } from './pool.js';
import { ResultCache, inShard, packsHash, settingsKey } from './cache.js';
import { toResult, type LintMessage, type LintResult } from './result.js';

export { toResult, type LintMessage, type LintResult };

export interface XiaobaoOptions {
  cwd?: string;
  rulesDir?: string;
  /** use this config file instead of discovery */
  configFile?: string;
  /** ignore config files altogether */
  noConfig?: boolean;
  locale?: Locale;
  product?: Product;
  kind?: DocKind;
  segmenter?: SegmenterName;
  fix?: boolean;
  /** rule levels that override everything (CLI --rule) */
  rules?: Record<string, RuleLevel>;
  strict?: boolean;
  /** YYYY-MM-DD: review as of this date (rules and terms in force then); default: today, or the config's asOf */
  asOf?: string;
  /** worker threads for many files: 'auto', 'off' (default in the CLI) or a number */
  concurrency?: Concurrency;
  /** reuse results of unchanged files (content hash + packs + config + options) */
  cache?: boolean;
  cacheLocation?: string;
  /** lint only shard i of n (1-based), stable by file path */
  shard?: { index: number; count: number };
  /** called after each file (progress display) */
  onProgress?: (done: number, total: number) => void;
}

export class Xiaobao {
  readonly cwd: string;
  readonly rulesDir: string;
  private linters = new Map<string, Linter>();
  /** the levels each file is linted with, by its config and the overrides it matches (see prepare) */
  private levelsMemo = new WeakMap<object, Map<string, Record<string, RuleLevel>>>();
  private configs = new Map<string, ResolvedConfig>();

  constructor(readonly options: XiaobaoOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.rulesDir = options.rulesDir ?? defaultRulesDir();
    setConfigSchema(path.join(this.rulesDir, 'schema', 'config.schema.json'));
  }

  /** the configuration that applies to a file (throws ConfigError) */
  configFor(filePath: string): ResolvedConfig {
    const file = this.options.noConfig ? undefined : this.options.configFile ? path.resolve(this.cwd, this.options.configFile) : findConfigFile(path.dirname(path.resolve(this.cwd, filePath)));
    const key = file ?? '';
    let cfg = this.configs.get(key);
    if (!cfg) {
      cfg = file ? loadConfigFile(file) : emptyConfig(this.cwd);
      this.configs.set(key, cfg);
    }
    return cfg;
  }

  linterFor(cfg: ResolvedConfig): Linter {
    const key = cfg.file ?? '';
    let l = this.linters.get(key);
    if (!l) {
      const bundled = loadBundledRules(this.rulesDir);
      const packs = [...bundled.packs, ...cfg.packs.map((p) => loadPackFile(p, this.rulesDir))];
      if (cfg.terms.length) packs.push(userTermsPack(cfg.terms, cfg.file ?? 'config'));
      l = new Linter({
        packs,
        dictionary: bundled.dictionary,
        discourse: bundled.discourse,
        detection: bundled.detection,
        literals: precomputedLiterals,
        checked: (p) => checkedPacks.has(p),
        patternKeys: (r) => statePatternKeys.get(r),
        segmenter: this.options.segmenter ?? cfg.segmenter,
        levels: { ...cfg.levels, ...this.options.rules },
        strict: this.options.strict ?? cfg.strict,
        asOf: this.options.asOf ?? cfg.asOf ?? today(),
      });
      this.linters.set(key, l);
    }
    return l;
  }

  /** true when a config `ignores` the file */
  isIgnored(filePath: string): boolean {
    const cfg = this.configFor(filePath);
    const rel = path.relative(cfg.dir, path.resolve(this.cwd, filePath)).split(path.sep).join('/');
    return cfg.ignores.some((m) => m(rel));
  }

  /** lint a document; a lazy view (Markdown before its tree) is upgraded when a rule needs structure */
  async lintParsed(doc: LintDocument & { full?: () => Promise<LintDocument> }, filePath: string, over: { product?: Product; kind?: DocKind } = {}): Promise<LintResult> {
    if (!doc.full) return this.lintDocument(doc, filePath, over);
    // (the file's config, linter and options found once for both calls)
    const prepared = this.prepare(filePath, over);
    if (prepared.linter.needsStructure(doc, prepared.options)) doc = await doc.full();
    return this.lintPrepared(doc, filePath, prepared);
  }

  private prepare(filePath: string, over: { product?: Product; kind?: DocKind }) {
    const cfg = this.configFor(filePath);
    const linter = this.linterFor(cfg);
    const rel = path.relative(cfg.dir, path.resolve(this.cwd, filePath)).split(path.sep).join('/');
    let product = cfg.product, kind = cfg.kind;
    // (one levels object per set of overrides a file matches, kept for the run: the linter's memo of where each rule
    // applies is kept per levels object, so files read alike share it instead of asking every rule again per file)
    const matched = cfg.overrides.filter((o) => o.match(rel));
    for (const o of matched) { product = o.product ?? product; kind = o.kind ?? kind; }
    const key = matched.map((o) => cfg.overrides.indexOf(o)).join(',');
    let byKey = this.levelsMemo.get(cfg);
    if (!byKey) this.levelsMemo.set(cfg, (byKey = new Map()));
    let levels = byKey.get(key);
    if (!levels) {
      levels = {};
      for (const o of matched) Object.assign(levels, o.levels);
      Object.assign(levels, this.options.rules);
      byKey.set(key, levels);
    }
    const options = {
      product: over.product ?? this.options.product ?? product,
      kind: over.kind ?? this.options.kind ?? kind,
      locale: this.options.locale ?? cfg.locale ?? 'zh',
      levels,
    };
    return { linter, options };
  }

  lintDocument(doc: LintDocument, filePath: string, over: { product?: Product; kind?: DocKind } = {}): LintResult {
    return this.lintPrepared(doc, filePath, this.prepare(filePath, over));
  }

  private lintPrepared(doc: LintDocument, filePath: string, { linter, options }: ReturnType<Xiaobao['prepare']>): LintResult {
    const res = linter.lint(doc, options);
    const result = toResult(filePath, res.findings, doc);
    result.product = res.product;
    result.kind = res.kind;
    result.why = {
      kind: options.kind ? { by: 'given' } : res.detection.why.kind,
      product: options.product ? [] : res.detection.why.product,
    };
    if (!options.kind && res.kind === 'contract' && res.detection.businessOnly) result.outOfScope = 'business';
    return result;
  }

  async lintFile(filePath: string): Promise<LintResult> {
    const abs = path.resolve(this.cwd, filePath);
    try {
      const format = formatOf(abs);
      if (!format) throw new InputError('不支持的文件类型，支持 .md .txt .docx .html（unsupported file type）', 'unsupported');
      let buf: Buffer;
      try {
        const st = fs.statSync(abs);
        if (!st.isFile()) throw new InputError('不是普通文件（not a regular file）', 'unreadable');
        if (st.size > 100 * 1024 * 1024) throw new InputError(`文件过大（${(st.size / 1048576).toFixed(0)} MB），上限 100 MB（file too large; limit 100 MB）`, 'too-large');
        buf = fs.readFileSync(abs);
      } catch (e: any) {
        if (e instanceof InputError) throw e;
        throw new InputError(`无法读取文件（cannot read file）: ${e.code === 'EACCES' ? '没有读取权限（permission denied）' : e.code === 'ENOENT' ? '文件不存在（no such file）' : e.code ?? e.message}`, 'unreadable');
      }
      if (!this.options.cache || this.options.fix) return await this.lintBuffer(buf, abs, format);
      const cache = (this.cacheStore ??= new ResultCache(path.resolve(this.cwd, this.options.cacheLocation ?? '.xiaobao-cache')));
      const key = cache.key(buf, this.settingsKeyFor(this.configFor(abs)), abs);
      const hit = cache.get(key);
      if (hit) return hit;
      const fresh = await this.lintBuffer(buf, abs, format);
      if (!fresh.fatalErrorCount) cache.set(key, fresh);
      return fresh;
    } catch (e) {
      return fatalResult(abs, e);
    }
  }

  /** what a cached result depends on besides the file: packs, resolved config and its files, options */
  private settingsKeyFor(cfg: ResolvedConfig): string {
    let settings = this.settingsKeys.get(cfg);
    if (!settings) {
      const { cache: _c, cacheLocation: _l, concurrency: _n, shard: _s, onProgress: _p, ...opts } = this.options;
      settings = settingsKey([packsHash(this.rulesDir), cfg, cfg.sources.map((f) => fs.readFileSync(f, 'utf8')), opts]);
      this.settingsKeys.set(cfg, settings);
    }
    return settings;
  }

  private cacheStore?: ResultCache;
  private settingsKeys = new Map<ResolvedConfig, string>();

  private async lintBuffer(buf: Buffer, abs: string, format: SourceFormat): Promise<LintResult> {
    try {
      let res = await this.lintParsed(await parseBuffer(buf, abs, format, true), abs);
      if (this.options.fix && res.source !== undefined) res = await this.fixLoop(res, format, abs);
      return res;
    } catch (e) {
      return fatalResult(abs, e);
    }
  }

  private async fixLoop(res: LintResult, format: SourceFormat, abs: string): Promise<LintResult> {
    let source = res.source!;
    let current = res;
    let changed = false;
    // a fix whose finding is still there after it was applied (text appended where the linter does not read it) is
    // not applied again: the loop converges instead of appending ten copies
    const applied = new Set<string>();
    const key = (m: LintMessage) => `${m.ruleId}\0${m.fingerprint ?? ''}\0${m.fix?.text ?? ''}`;
    for (let pass = 0; pass < 10; pass++) {
      const pending = current.messages.filter((m) => m.fix && !applied.has(key(m)));
      const fixes = pending.map((m) => m.fix!);
      if (!fixes.length) break;
      for (const m of pending) applied.add(key(m));
      const { output } = applyFixes(source, fixes);
      if (output === source) break;
      source = output;
      changed = true;
      current = await this.lintParsed(await parseString(source, format, true), abs);
    }
    if (changed) { current.output = source; current.source = res.source; }
    return current;
  }

  async lintText(text: string, opts: { filePath?: string; format?: SourceFormat; product?: Product; kind?: DocKind } = {}): Promise<LintResult> {
    const filePath = path.resolve(this.cwd, opts.filePath ?? '<text>.md');
    const format = opts.format ?? formatOf(filePath) ?? 'markdown';
    try {
      const doc = await parseString(text, format, true);
      let res = await this.lintParsed(doc, filePath, opts);
      if (this.options.fix) res = await this.fixLoop(res, format, filePath);
      return res;
    } catch (e) {
      return fatalResult(filePath, e);
    }
  }

  async lintFiles(patterns: string[]): Promise<{ results: LintResult[]; unmatched: string[] }> {
    const expanded = await expandPatterns(patterns, this.cwd);
    const { unmatched } = expanded;
    const shard = this.options.shard;
    const files = shard ? expanded.files.filter((f) => inShard(path.relative(this.cwd, f), shard)) : expanded.files;
    const todo: string[] = [];
    const results: LintResult[] = [];
    const early = new Map<string, LintResult>();
    for (const f of files) {
      let ignored = false;
      try { ignored = this.isIgnored(f); } catch (e) { early.set(f, fatalResult(f, e)); todo.push(f); continue; }
      if (!ignored) todo.push(f);
    }
    const n = early.size ? 1 : workerCount(this.options.concurrency, todo.length);
    if (n > 1) { const { onProgress, ...rest } = this.options; return { results: await lintInWorkers(todo, { ...rest, cwd: this.cwd, rulesDir: this.rulesDir }, n, onProgress, (f) => this.lintFile(f)), unmatched }; }
    for (const f of todo) { results.push(early.get(f) ?? (await this.lintFile(f))); this.options.onProgress?.(results.length, todo.length); }
    return { results, unmatched };
  }
}

export function fatalResult(filePath: string, e: unknown): LintResult {
  let message: string;
  if (e instanceof InputError) message = e.message;
  else if (e instanceof SegmenterError) message = e.message;
  else if (e instanceof ConfigError) message = e.problems.map((p) => `${path.basename(e.file)}: ${p}`).join('\n');
  else message = `内部错误（internal error）: ${(e as Error)?.message ?? String(e)}`;
  return {
    filePath,
    messages: [{ ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1 }],
    errorCount: 1, warningCount: 0, fatalErrorCount: 1, fixableErrorCount: 0, fixableWarningCount: 0,
  };
}

export function isConfigError(e: unknown): e is ConfigError { return e instanceof ConfigError; }

/** today's date (local time) as YYYY-MM-DD: a review applies the rules in force on the day it is run */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

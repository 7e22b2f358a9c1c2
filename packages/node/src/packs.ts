// Loading rule packs from disk (bundled and user packs), validated against rules/schema/rule-pack.schema.json.
import fs from 'node:fs';
import path from 'node:path';
import { compileDiscourse, compileTerms, literalKey, type DetectionData, type DiscourseData, type RuleEntry, type RulePack } from '@xiaobao/core';
import { ConfigError } from './errors.js';
import { readableErrors, readJson, validator } from './validate.js';

export interface RuleSet { packs: RulePack[]; dictionary: string[]; discourse?: DiscourseData; detection?: DetectionData; files: string[]; version: string }

export function loadPackFile(file: string, rulesDir: string, validateIt = true): RulePack {
  const data = readJson(file);
  if (!validateIt) return data as RulePack;
  const validate = validator(path.join(rulesDir, 'schema', 'rule-pack.schema.json'));
  if (!validate(data)) throw new ConfigError(file, readableErrors(validate.errors, data));
  const pack = data as RulePack;
  const seen = new Set<string>();
  const dupes = pack.rules.filter((r) => (seen.has(r.id) ? true : (seen.add(r.id), false))).map((r) => `规则 ${r.id} 重复定义（duplicate rule id）`);
  // a term marked claim is reported only in its rule's claimContext: without one it could never be reported
  const noContext = pack.rules.filter((r) => !r.claimContext && r.terms?.some((t) => typeof t !== 'string' && t.claim))
    .map((r) => `规则 ${r.id} 有标为 claim 的词条，但没有 claimContext（a term is marked claim but the rule has no claimContext）`);
  if (dupes.length || noContext.length) throw new ConfigError(file, [...dupes, ...noContext]);
  return pack;
}

const bundledCache = new Map<string, RuleSet>();

/**
 * The emphasis shapes' and terms patterns' required literals, read from their sources at build time
 * (scripts/precompute-literals.mjs → literals.json next to this module or the CLI's bundle, and the same in
 * rules-state.json) and keyed by flags and a hash of the pattern text (`literalKey`), so an edited or a user's pattern is simply read at run time (or
 * not gated); none when run from source. Read when a shape or a term pattern is first tried (from the rules' state when
 * that was read: a pattern's literals are a function of its text, never stale).
 */
let literals: Record<string, string[][]> | null | undefined;
export function precomputedLiterals(): Record<string, string[][]> | undefined {
  if (literals === undefined) {
    const state = readState();
    if (state?.literals) literals = state.literals;
    else {
      try { literals = JSON.parse(fs.readFileSync(new URL('./literals.json', import.meta.url), 'utf8')) as Record<string, string[][]>; }
      catch { literals = null; }
    }
  }
  return literals ?? undefined;
}

/**
 * The bundled rule set as it was read at build time (scripts/rules-state.mjs → rules-state.json next to this module or
 * the CLI's bundle, with the literals above): one file to read and parse at start instead of the index, five packs, the
 * dictionary, the discourse data and the literals. It is taken only for the rules directory it was read from, unchanged:
 * each file it was read from is stamped with its size, modification time and change time (a file absent at build time
 * as absent), and one differing stamp (an edited, added or removed pack, another directory) reads the files as before.
 */
type Stamp = [file: string, size: number, mtimeMs: number, ctimeMs: number];
interface RulesState { v: 1; stamp: Stamp[]; files: string[]; version: string; packs: RulePack[]; dictionary: string[]; discourse?: DiscourseData; detection?: DetectionData; literals?: Record<string, string[][]>; keys?: string[][][]; later?: [pack: number, rule: number][] }
/** the state's second part (see stateJson): each listed rule's emphasis shapes, in order, and their literals; its third:
 * the discourse data and its patterns' literals */
interface Later { shapes?: NonNullable<RuleEntry['shapes']>[]; discourse?: DiscourseData; literals?: Record<string, string[][]> }

function stampOf(rulesDir: string, file: string): Stamp {
  const s = fs.statSync(path.join(rulesDir, file), { throwIfNoEntry: false });
  return s ? [file, s.size, s.mtimeMs, s.ctimeMs] : [file, -1, 0, 0];
}

/**
 * The state's text: the build writes it in UTF-16 (little-endian, after a byte-order mark), which becomes a string by a
 * copy — decoding the UTF-8 of its mostly Chinese text took ~1.5 ms of a one-file run; UTF-8 is read too (a state written
 * by rulesStateJson as it is, in tests)
 */
export function stateText(buf: Buffer): string {
  return buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? buf.toString('utf16le', 2) : buf.toString('utf8');
}
/** the state's text as the build writes it (see stateText) */
export function stateBytes(json: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
}

/**
 * A file's bytes, read into the buffer the CLI's bin offers when it fits (the bin's buffer of the bundle and its code
 * cache, free once the bundle is compiled: `Symbol.for('xiaobao.scratch')`, taken by the first read that asks) — memory
 * touched already, not ~120 fresh pages (each ~12 µs on the benchmark machine). The bytes are used at once (decoded to
 * a string), never kept.
 */
function readBytes(file: string | URL): Buffer {
  const g = globalThis as { [SCRATCH]?: unknown };
  const scratch = g[SCRATCH];
  if (!(scratch instanceof Uint8Array)) return fs.readFileSync(file);
  delete g[SCRATCH];
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size > scratch.length) return fs.readFileSync(fd);
    const into = Buffer.from(scratch.buffer, scratch.byteOffset, size);
    let n = 0;
    for (let r; n < size && (r = fs.readSync(fd, into, n, size - n, n)) > 0;) n += r;
    return into.subarray(0, n);
  } finally { fs.closeSync(fd); }
}
const SCRATCH = Symbol.for('xiaobao.scratch');

let state: RulesState | null | undefined;
let stateFile: string | URL = new URL('./rules-state.json', import.meta.url);
function readState(): RulesState | undefined {
  if (state === undefined) {
    try { const s = parseState(stateText(readBytes(stateFile))); state = s && s.v === 1 && Array.isArray(s.stamp) ? s : null; }
    catch { state = null; }
  }
  return state ?? undefined;
}

/**
 * The state's text is `[n,{the state, n characters},m,{its second part, m characters},{its third part}]` (stateJson): the
 * emphasis rules' shapes and their literals (84 K of its 280 K characters), which only a contract's lint reads, are
 * parsed when a rule's `shapes` is first read; the discourse data and its patterns' literals (~45 K), which a clean
 * marketing page never reads either, when one of the discourse's fields is first read. A state that is one object
 * (written by hand, in tests) is parsed whole.
 */
export function parseState(text: string): RulesState {
  if (text.charCodeAt(0) !== 0x5b) return JSON.parse(text) as RulesState;
  const at = text.indexOf(',');
  const n = Number(text.slice(1, at));
  const s = JSON.parse(text.slice(at + 1, at + 1 + n)) as RulesState;
  const at2 = text.indexOf(',', at + 2 + n);
  const m = Number(text.slice(at + 2 + n, at2));
  const parts = [text.slice(at2 + 1, at2 + 1 + m), text.slice(at2 + 2 + m, -1)];
  const parsed: (Later | undefined)[] = [];
  const part = (i: number) => {
    let p = parsed[i];
    if (!p) { p = parsed[i] = JSON.parse(parts[i]!) as Later; if (s.literals && p.literals) Object.assign(s.literals, p.literals); }
    return p;
  };
  // (the rule keeps its keys in their order: its `shapes` placeholder becomes a getter, and the shapes once read)
  s.later?.forEach(([i, j], k) => {
    const r = s.packs[i]!.rules[j]!;
    Object.defineProperty(r, 'shapes', { get: () => Object.defineProperty(r, 'shapes', { value: part(0).shapes![k], writable: true, enumerable: true, configurable: true }).shapes, enumerable: true, configurable: true });
  });
  // (the discourse's fields are placeholders in the state, in their order: each a getter of the third part's)
  const d = s.discourse as unknown as Record<string, unknown> | undefined;
  if (d) for (const k of Object.keys(d)) Object.defineProperty(d, k, { get: () => (part(1).discourse as unknown as Record<string, unknown>)[k], enumerable: true, configurable: true });
  return s;
}

/** build time: the state's text, its emphasis shapes and its discourse data (with their literals) moved to parts of
 * their own (see parseState) */
function stateJson(s: RulesState): string {
  const later: Later = { shapes: [], literals: s.literals && {} };
  const third: Later = { discourse: s.discourse, literals: s.literals && {} };
  s.later = [];
  const keys = new Set<string>();
  s.packs = s.packs.map((p, i) => ({ ...p, rules: p.rules.map((r, j) => {
    if (!r.shapes) return r;
    s.later!.push([i, j]);
    later.shapes!.push(r.shapes);
    for (const x of r.shapes) keys.add(literalKey(new RegExp(x.pattern, 'gu').source, 'u'));
    return { ...r, shapes: [] };
  }) }));
  // the discourse's patterns as the engine compiles them (see compileDiscourse)
  const discourseKeys = new Set<string>();
  const walk = (v: unknown): void => { if (v instanceof RegExp) discourseKeys.add(literalKey(v.source, v.flags)); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
  if (s.discourse) { walk(compileDiscourse(s.discourse)); s.discourse = Object.fromEntries(Object.keys(s.discourse).map((k) => [k, 0])) as unknown as DiscourseData; }
  if (s.literals && later.literals && third.literals) {
    const main: Record<string, string[][]> = {};
    for (const [k, v] of Object.entries(s.literals)) (keys.has(k) ? later.literals : discourseKeys.has(k) ? third.literals : main)[k] = v;
    s.literals = main;
  }
  const main = JSON.stringify(s), second = JSON.stringify(later);
  return `[${main.length},${main},${second.length},${second},${JSON.stringify(third)}]`;
}

/** @internal the state file to read instead of the one next to this module (tests); forgets what was read */
export function useRulesState(file: string | URL): void {
  stateFile = file;
  state = literals = undefined;
  bundledCache.clear();
}

/**
 * The packs of the build-time state: every terms pattern and emphasis shape in them compiled when the state was written
 * (rulesStateJson), so the linter compiles each when it is first searched (`LinterOptions.checked`).
 */
export const checkedPacks = new WeakSet<RulePack>();
/** the literal keys of each terms pattern of the state's rules, in order (`LinterOptions.patternKeys`) */
export const statePatternKeys = new WeakMap<RuleEntry, string[]>();

/** the rule set the state holds for `rulesDir`, when every file it was read from is as it was then */
function fromState(rulesDir: string): RuleSet | undefined {
  const s = readState();
  if (!s || process.env.XIAOBAO_VALIDATE_PACKS === '1') return undefined;
  for (const want of s.stamp) {
    const have = stampOf(rulesDir, want[0]);
    if (have[1] !== want[1] || have[2] !== want[2] || have[3] !== want[3]) return undefined;
  }
  s.packs.forEach((p, i) => {
    checkedPacks.add(p);
    p.rules.forEach((r, j) => { const k = s.keys?.[i]?.[j]; if (k?.length && k.length === r.patterns?.length) statePatternKeys.set(r, k); });
  });
  return { packs: s.packs, dictionary: s.dictionary, discourse: s.discourse, detection: s.detection, files: s.files.map((f) => path.join(rulesDir, f)), version: s.version };
}

/**
 * Build time: the state of `rulesDir` (its rule set as the files give it, each file stamped) with the literals of
 * `literalsFile`, as JSON. Stamped before it is read: a file changed while it is read is stale when next looked at.
 */
export function rulesStateJson(rulesDir: string, literalsFile?: string): string {
  const index = readJson(path.join(rulesDir, 'index.json')) as { packs: string[]; dictionary?: string; discourse?: string; detection?: string };
  const stamp = ['index.json', ...index.packs, ...dataFiles(index)].map((f) => stampOf(rulesDir, f));
  const set = readRuleSet(rulesDir);
  // the state's packs are compiled lazily (checkedPacks): every pattern in them must compile now; and each terms
  // pattern's literal key is kept with it (statePatternKeys)
  const keys = set.packs.map((p) => p.rules.map((r) => {
    for (const x of r.shapes ?? []) new RegExp(x.pattern, 'gu');
    return (r.patterns ?? []).map((src) => { const re = new RegExp(src, 'g'); return literalKey(re.source, re.flags); });
  }));
  // (and the terms' patterns with their context patterns, compiled now by the engine's own code, not a list of its fields)
  compileTerms(set.packs.flatMap((p) => p.rules), [], []);
  // the rules' examples (a third of the packs' text) are for people and tests, not for linting: the state leaves them
  // empty (same keys, same order), and whoever shows them reads the files (loadBundledRules(dir, { examples: true }))
  const packs = set.packs.map((p) => ({ ...p, rules: p.rules.map((r) => ({ ...r, examples: { valid: [], invalid: [] } })) }));
  const out: RulesState = {
    v: 1, stamp, files: set.files.map((f) => path.relative(rulesDir, f)), version: set.version, packs, dictionary: set.dictionary, discourse: set.discourse, detection: set.detection,
    literals: literalsFile ? (JSON.parse(fs.readFileSync(literalsFile, 'utf8')) as Record<string, string[][]>) : undefined,
    keys,
  };
  return stateJson(out);
}

/**
 * The bundled rule set of `rulesDir`, as the linter needs it: from the build-time state while it is fresh, where each
 * rule's `examples` are empty; `{ examples: true }` reads the files, examples included (to show them: `explain`).
 */
export function loadBundledRules(rulesDir: string, options: { examples?: boolean } = {}): RuleSet {
  const key = options.examples ? `${rulesDir}\0examples` : rulesDir;
  const hit = bundledCache.get(key);
  if (hit) return hit;
  const set = (!options.examples && fromState(rulesDir)) || readRuleSet(rulesDir);
  bundledCache.set(key, set);
  return set;
}

/** the data files an index names beside its packs (the segmenter's dictionary, the discourse and detection data) */
function dataFiles(index: { dictionary?: string; discourse?: string; detection?: string }): string[] {
  return [index.dictionary, index.discourse, index.detection].filter((f): f is string => !!f);
}

/** @internal the bundled rule set as its files give it (never the build-time state) */
export function readRuleSet(rulesDir: string): RuleSet {
  const indexFile = path.join(rulesDir, 'index.json');
  const index = readJson(indexFile) as { packs: string[]; dictionary?: string; discourse?: string; detection?: string; version?: string };
  // (a pack the index names may be absent — an optional pack, read when it is created — but the data every pack reads
  // through may not: a dictionary, discourse or detection file the index names and the directory lacks, or no detection
  // data at all, is refused — without it every document would silently be read as being about no product, and its
  // product's rules would report nothing)
  const missing = dataFiles(index).filter((f) => !fs.existsSync(path.join(rulesDir, f)));
  const problems = [
    ...missing.map((f) => `列出的文件 ${f} 不存在 (lists ${f}, which does not exist)`),
    ...(index.detection ? [] : ['未指定 detection（文档类型与产品的识别数据，如 detect.json）：没有它，每份文件都会被当作与任何产品无关而漏报 (names no detection data, e.g. detect.json: without it no document is read as being about any product, and findings are missed)']),
  ];
  if (problems.length) throw new ConfigError(indexFile, problems);
  const files = index.packs.map((p) => path.join(rulesDir, p)).filter((f) => fs.existsSync(f));
  // the bundled packs are validated by the test suite; user packs are validated when loaded
  const packs = files.map((f) => loadPackFile(f, rulesDir, process.env.XIAOBAO_VALIDATE_PACKS === '1'));
  const dictionary: string[] = [];
  if (index.dictionary) {
    for (const line of fs.readFileSync(path.join(rulesDir, index.dictionary), 'utf8').split('\n')) {
      const w = line.trim().split(/\s+/)[0];
      if (w && !w.startsWith('#')) dictionary.push(w);
    }
  }
  const discourseFile = index.discourse ? path.join(rulesDir, index.discourse) : undefined;
  const discourse = discourseFile ? (readJson(discourseFile) as DiscourseData) : undefined;
  if (discourseFile && discourse) files.push(discourseFile);
  const detectionFile = index.detection ? path.join(rulesDir, index.detection) : undefined;
  const detection = detectionFile ? (readJson(detectionFile) as DetectionData) : undefined;
  if (detectionFile && detection) files.push(detectionFile);
  return { packs, dictionary, discourse, detection, files: [indexFile, ...files], version: index.version ?? '0.1.0' };
}

export interface UserTerm { term: string; message?: string; suggestion?: string; severity?: 'error' | 'warn'; products?: string[]; kinds?: string[] }

/** user terms from config become one pack with a rule per term: `user-terms/<n>` */
export function userTermsPack(terms: UserTerm[], configFile: string): RulePack {
  const rules: RuleEntry[] = terms.map((t, i) => ({
    id: `user-terms/term-${i + 1}`,
    engine: 'terms',
    severity: t.severity ?? 'warn',
    title: { zh: `自定义禁用词：${t.term}`, en: `Custom term: ${t.term}` },
    message: { zh: t.message ?? `使用了本机构禁用的表述“{text}”`, en: t.message ?? `Uses the wording “{text}”, banned by your organisation's configuration` },
    suggestion: { zh: t.suggestion ?? '删除或改写该表述', en: t.suggestion ?? 'Remove or rephrase it' },
    basis: [{ instrument: `本机构配置（${path.basename(configFile)}）`, confidence: 'A' }],
    appliesTo: { products: (t.products as any) ?? ['any'], kinds: (t.kinds as any) ?? ['any'] },
    examples: { valid: [], invalid: [t.term] },
    terms: [t.term],
  }));
  return { name: 'user-terms', version: '0', rules };
}

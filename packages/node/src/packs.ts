// Loading rule packs from disk (bundled and user packs), validated against rules/schema/rule-pack.schema.json.
import fs from 'node:fs';
import path from 'node:path';
import type { DiscourseData, RuleEntry, RulePack } from '@xiaobao/core';
import { ConfigError } from './errors.js';
import { readableErrors, readJson, validator } from './validate.js';

export interface RuleSet { packs: RulePack[]; dictionary: string[]; discourse?: DiscourseData; files: string[]; version: string }

export function loadPackFile(file: string, rulesDir: string, validateIt = true): RulePack {
  const data = readJson(file);
  if (!validateIt) return data as RulePack;
  const validate = validator(path.join(rulesDir, 'schema', 'rule-pack.schema.json'));
  if (!validate(data)) throw new ConfigError(file, readableErrors(validate.errors, data));
  const pack = data as RulePack;
  const seen = new Set<string>();
  const dupes = pack.rules.filter((r) => (seen.has(r.id) ? true : (seen.add(r.id), false))).map((r) => `规则 ${r.id} 重复定义（duplicate rule id）`);
  if (dupes.length) throw new ConfigError(file, dupes);
  return pack;
}

const bundledCache = new Map<string, RuleSet>();

/**
 * The emphasis shapes' and terms patterns' required literals, read from their sources at build time
 * (scripts/precompute-literals.mjs → literals.json next to this module or the CLI's bundle) and keyed by flags and
 * pattern text, so an edited or a user's pattern is simply read at run time (or not gated); none when run from source.
 * Read when a shape or a term pattern is first tried.
 */
let literals: Record<string, string[][]> | null | undefined;
export function precomputedLiterals(): Record<string, string[][]> | undefined {
  if (literals === undefined) {
    try { literals = JSON.parse(fs.readFileSync(new URL('./literals.json', import.meta.url), 'utf8')) as Record<string, string[][]>; }
    catch { literals = null; }
  }
  return literals ?? undefined;
}

export function loadBundledRules(rulesDir: string): RuleSet {
  const hit = bundledCache.get(rulesDir);
  if (hit) return hit;
  const indexFile = path.join(rulesDir, 'index.json');
  const index = readJson(indexFile) as { packs: string[]; dictionary?: string; discourse?: string; version?: string };
  const files = index.packs.map((p) => path.join(rulesDir, p)).filter((f) => fs.existsSync(f));
  // the bundled packs are validated by the test suite; user packs are validated when loaded
  const packs = files.map((f) => loadPackFile(f, rulesDir, process.env.XIAOBAO_VALIDATE_PACKS === '1'));
  const dictionary: string[] = [];
  if (index.dictionary) {
    const dictFile = path.join(rulesDir, index.dictionary);
    if (fs.existsSync(dictFile)) {
      for (const line of fs.readFileSync(dictFile, 'utf8').split('\n')) {
        const w = line.trim().split(/\s+/)[0];
        if (w && !w.startsWith('#')) dictionary.push(w);
      }
    }
  }
  const discourseFile = index.discourse ? path.join(rulesDir, index.discourse) : undefined;
  const discourse = discourseFile && fs.existsSync(discourseFile) ? (readJson(discourseFile) as DiscourseData) : undefined;
  if (discourseFile && discourse) files.push(discourseFile);
  const set = { packs, dictionary, discourse, files: [indexFile, ...files], version: index.version ?? '0.1.0' };
  bundledCache.set(rulesDir, set);
  return set;
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

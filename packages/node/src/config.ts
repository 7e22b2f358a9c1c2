// Configuration: xiaobao.config.json / .xiaobaorc.json / package.json#xiaobao, found by walking up from each
// file (the nearest one applies; `root: true` stops the walk), `extends` presets and files, validated with ajv.
import fs from 'node:fs';
import path from 'node:path';
import type { DocKind, Locale, Product, RuleLevel, SegmenterName } from '@xiaobao/core';
import { ConfigError } from './errors.js';
import type { UserTerm } from './packs.js';
import { readableErrors, readJson, validator } from './validate.js';

// picomatch is evaluated when a config names a glob (~3 ms a start otherwise): a require() the bundlers inline as a
// lazily evaluated module (the CLI and the .vsix bundle it; @xiaobao/node's own build too, see its tsup config)
const picomatch = (glob: string | string[], options: { dot: boolean; matchBase?: boolean }) => (require('picomatch') as typeof import('picomatch'))(glob, options);

export const CONFIG_FILES = ['xiaobao.config.json', '.xiaobaorc.json', 'package.json'];

type RuleSetting = RuleLevel | [RuleLevel, Record<string, unknown>?];

export interface RawConfig {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  product?: Product;
  kind?: DocKind;
  locale?: Locale;
  segmenter?: SegmenterName;
  ignores?: string[];
  packs?: string[];
  terms?: (string | UserTerm)[];
  overrides?: { files: string | string[]; product?: Product; kind?: DocKind; rules?: Record<string, RuleSetting> }[];
  asOf?: string;
  review?: ReviewSettings;
}

/** xiaobao review: the reviewer's name and the conclusion wording (docs/review.md) */
export interface ReviewSettings { reviewer?: string; conclusions?: { clean?: string; warnings?: string; errors?: string }; onlyWarnings?: 'clean' | 'warnings' | 'errors' }

export interface Override { match: (rel: string) => boolean; product?: Product; kind?: DocKind; levels: Record<string, RuleLevel> }

export interface ResolvedConfig {
  /** the config file, or undefined for defaults */
  file?: string;
  dir: string;
  strict: boolean;
  levels: Record<string, RuleLevel>;
  ruleOptions: Record<string, Record<string, unknown>>;
  product?: Product;
  kind?: DocKind;
  locale?: Locale;
  segmenter?: SegmenterName;
  ignores: ((rel: string) => boolean)[];
  packs: string[];
  terms: UserTerm[];
  overrides: Override[];
  asOf?: string;
  review?: ReviewSettings;
  /** files this config was built from (for cache keys and editor watching) */
  sources: string[];
}

let schemaFile = '';
export function setConfigSchema(file: string) { schemaFile = file; }

function levelsOf(rules: Record<string, RuleSetting> | undefined, into: Record<string, RuleLevel>, opts?: Record<string, Record<string, unknown>>) {
  for (const [id, s] of Object.entries(rules ?? {})) {
    if (Array.isArray(s)) { into[id] = s[0]; if (s[1] && opts) opts[id] = s[1]; }
    else into[id] = s;
  }
  return into;
}

function readConfigFile(file: string): RawConfig | undefined {
  const data = readJson(file) as Record<string, unknown>;
  const raw = path.basename(file) === 'package.json' ? (data.xiaobao as RawConfig | undefined) : (data as RawConfig);
  if (raw === undefined) return undefined;
  const validate = validator(schemaFile);
  if (!validate(raw)) throw new ConfigError(file, readableErrors(validate.errors, raw).map((l) => (path.basename(file) === 'package.json' ? `xiaobao.${l}` : l)));
  return raw;
}

export function emptyConfig(dir: string): ResolvedConfig {
  return { dir, strict: false, levels: {}, ruleOptions: {}, ignores: [], packs: [], terms: [], overrides: [], sources: [] };
}

export function loadConfigFile(file: string, seen: string[] = []): ResolvedConfig {
  if (seen.includes(file)) throw new ConfigError(file, [`extends 形成循环（circular extends）: ${[...seen, file].join(' → ')}`]);
  const raw = readConfigFile(file);
  const dir = path.dirname(file);
  const cfg = emptyConfig(dir);
  cfg.file = file;
  if (!raw) return cfg;
  for (const ext of raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends]) {
    if (ext === 'xiaobao:recommended') continue;
    if (ext === 'xiaobao:strict') { cfg.strict = true; continue; }
    if (ext.startsWith('xiaobao:')) throw new ConfigError(file, [`extends: 没有名为 “${ext}” 的预设，可用 xiaobao:recommended、xiaobao:strict（unknown preset）`]);
    const target = path.resolve(dir, ext);
    if (!fs.existsSync(target)) throw new ConfigError(file, [`extends: 找不到文件 “${ext}”（file not found）`]);
    const base = loadConfigFile(target, [...seen, file]);
    Object.assign(cfg, { ...base, strict: cfg.strict || base.strict, file, dir, sources: base.sources, levels: { ...base.levels }, ruleOptions: { ...base.ruleOptions }, ignores: [...base.ignores], packs: [...base.packs], terms: [...base.terms], overrides: [...base.overrides] });
  }
  levelsOf(raw.rules, cfg.levels, cfg.ruleOptions);
  for (const k of ['product', 'kind', 'locale', 'segmenter', 'asOf', 'review'] as const) if (raw[k] !== undefined) (cfg as any)[k] = raw[k];
  for (const g of raw.ignores ?? []) { const m = picomatch(g, { dot: true }); cfg.ignores.push((rel) => m(rel) || m(`${rel}/`)); }
  for (const p of raw.packs ?? []) {
    const abs = path.resolve(dir, p);
    if (!fs.existsSync(abs)) throw new ConfigError(file, [`packs: 找不到规则包 “${p}”（rule pack not found）`]);
    cfg.packs.push(abs);
  }
  for (const t of raw.terms ?? []) cfg.terms.push(typeof t === 'string' ? { term: t } : t);
  for (const o of raw.overrides ?? []) {
    const globs = Array.isArray(o.files) ? o.files : [o.files];
    const m = picomatch(globs, { dot: true, matchBase: !globs.some((g) => g.includes('/')) });
    cfg.overrides.push({ match: m, product: o.product, kind: o.kind, levels: levelsOf(o.rules, {}) });
  }
  cfg.sources = [...cfg.sources, file];
  return cfg;
}

const dirCache = new Map<string, string | null>();

/** nearest config file for a directory (walking up), or undefined */
export function findConfigFile(startDir: string): string | undefined {
  const visited: string[] = [];
  let dir = path.resolve(startDir);
  let found: string | null | undefined;
  for (;;) {
    const cached = dirCache.get(dir);
    if (cached !== undefined) { found = cached; break; }
    visited.push(dir);
    for (const name of CONFIG_FILES) {
      const f = path.join(dir, name);
      if (!fs.existsSync(f)) continue;
      if (name === 'package.json') {
        try { if (!('xiaobao' in (JSON.parse(fs.readFileSync(f, 'utf8')) as object))) continue; } catch { continue; }
      }
      found = f;
      break;
    }
    if (found) break;
    const up = path.dirname(dir);
    if (up === dir) { found = null; break; }
    dir = up;
  }
  for (const v of visited) dirCache.set(v, found ?? null);
  return found ?? undefined;
}

export function clearConfigCache() { dirCache.clear(); }

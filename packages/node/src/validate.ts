// JSON Schema validation with ajv, with errors turned into readable lines ("rules[3] (banned-terms/x).message: 缺少 en").
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ConfigError } from './errors.js';

const require = createRequire(import.meta.url);
const cache = new Map<string, ValidateFunction>();

// validators precompiled at build time (scripts/compile-validators.mjs → dist/validators), used when the schema file is
// the one they were made from: no ajv compilation (~0.16 s) for a run with a config file or a user pack
const PRECOMPILED: Record<string, string> = { 'config.schema.json': 'config', 'rule-pack.schema.json': 'rule-pack' };
function precompiled(schemaFile: string): ValidateFunction | undefined {
  const name = PRECOMPILED[path.basename(schemaFile)];
  if (!name) return undefined;
  try {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'validators', `${name}.cjs`);
    if (!fs.existsSync(file)) return undefined; // run from source, or bundled elsewhere
    const mod = require(file) as ValidateFunction & { schemaHash?: string };
    const hash = (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(fs.readFileSync(schemaFile, 'utf8')).digest('hex');
    return mod.schemaHash === hash ? mod : undefined;
  } catch {
    return undefined;
  }
}

export function validator(schemaFile: string): ValidateFunction {
  let v = cache.get(schemaFile) ?? precompiled(schemaFile);
  if (v) cache.set(schemaFile, v);
  else {
    const Ajv2020 = require('ajv/dist/2020').default ?? require('ajv/dist/2020');
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    v = ajv.compile(schema) as ValidateFunction;
    cache.set(schemaFile, v);
  }
  return v;
}

function where(instancePath: string, data: unknown): string {
  if (!instancePath) return '（顶层 top level）';
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  let node: any = data;
  for (const p of parts) {
    if (/^\d+$/.test(p)) {
      out += `[${p}]`;
      node = node?.[Number(p)];
      if (node && typeof node === 'object' && typeof node.id === 'string') out += `（${node.id}）`;
    } else { out += out ? `.${p}` : p; node = node?.[p]; }
  }
  return out;
}

export function readableErrors(errors: ErrorObject[] | null | undefined, data: unknown): string[] {
  const lines: string[] = [];
  for (const e of errors ?? []) {
    const at = where(e.instancePath, data);
    let msg: string;
    switch (e.keyword) {
      case 'required': msg = `缺少必填字段 “${(e.params as any).missingProperty}”（missing required property）`; break;
      case 'additionalProperties': msg = `不认识的字段 “${(e.params as any).additionalProperty}”（unknown property）`; break;
      case 'enum': msg = `取值应为 ${(e.params as any).allowedValues.map((x: unknown) => JSON.stringify(x)).join(' | ')}（must be one of these）`; break;
      case 'type': msg = `类型应为 ${(e.params as any).type}（must be ${(e.params as any).type}）`; break;
      case 'pattern': msg = `格式不对，应匹配 ${(e.params as any).pattern}（does not match the pattern）`; break;
      case 'minItems': msg = `至少需要 ${(e.params as any).limit} 项（needs at least ${(e.params as any).limit} items）`; break;
      case 'minLength': msg = `不能为空（must not be empty）`; break;
      case 'oneOf': case 'anyOf': continue; // the branch errors say more
      default: msg = `${e.message ?? e.keyword}`;
    }
    // one line per key: of a oneOf's branch errors the first says enough
    if (lines.some((l) => l.startsWith(`${at}: `))) continue;
    lines.push(`${at}: ${msg}`);
  }
  return lines.length ? lines : ['内容不符合格式（does not match the schema）'];
}

export function readJson(file: string): unknown {
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); }
  catch (e: any) { throw new ConfigError(file, [`无法读取（cannot read）: ${e.code ?? e.message}`]); }
  try { return JSON.parse(text.replace(/^\ufeff/, '')); }
  catch (e: any) {
    const m = /position (\d+)/.exec(e.message);
    const loc = m ? `第${text.slice(0, Number(m[1])).split('\n').length}行 ` : '';
    throw new ConfigError(file, [`${loc}JSON 语法错误（invalid JSON: ${e.message}）`]);
  }
}

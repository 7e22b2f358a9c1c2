// A content-hash cache: a file's result is reused when its bytes, the rule packs, the resolved configuration,
// the options and the tool version are all unchanged. Safe to keep between runs; delete the folder any time.
import fs from 'node:fs';
import path from 'node:path';
import type { LintResult } from './engine.js';
import type { LintMessage } from './result.js';

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const VERSION: string = require('../package.json').version;
// `crypto` loaded when something is hashed (a run without --cache never is)
const hash = (s: string | Uint8Array) => (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(s).digest('hex');
const packsHashes = new Map<string, string>();

/** the packs' content, so editing a pack invalidates the cache */
export function packsHash(rulesDir: string): string {
  let h = packsHashes.get(rulesDir);
  if (!h) {
    const files: string[] = [];
    const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(p); } };
    walk(rulesDir);
    h = hash(files.map((f) => `${path.relative(rulesDir, f)}\0${hash(fs.readFileSync(f))}`).join('\n'));
    packsHashes.set(rulesDir, h);
  }
  return h;
}

/** bumped whenever what a result contains changes within a version (2: markup-independent fingerprints; 3: why; 4: each
 * entry's bases and suggestions stored once and referred to by index) */
const CACHE_FORMAT = 4;

export function settingsKey(parts: unknown): string {
  return hash(JSON.stringify(parts, (_k, v) => (typeof v === 'function' ? String(v) : v)) + VERSION + CACHE_FORMAT);
}

/** message fields that are the same on every message of a rule, stored once per entry */
const SHARED = ['basis', 'suggestion'] as const;

export class ResultCache {
  constructor(readonly dir: string) {}
  key(bytes: Uint8Array, settings: string, filePath: string): string { return hash(`${hash(bytes)}\0${settings}\0${filePath}`); }
  get(key: string): LintResult | undefined {
    let entry: LintResult & { shared?: unknown[] };
    try { entry = JSON.parse(fs.readFileSync(path.join(this.dir, `${key}.json`), 'utf8')); } catch { return undefined; }
    const { shared, ...r } = entry;
    if (shared) for (const m of r.messages) for (const k of SHARED) if (typeof m[k] === 'number') (m as any)[k] = shared[m[k] as number];
    return r;
  }
  set(key: string, r: LintResult): void {
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      // the internal findings (document offsets) are only needed to annotate a .docx; they double the entry
      const { source: _s, output: _o, findings, ...rest } = r;
      if (r.format === 'docx') Object.assign(rest, { findings });
      // a rule's basis and suggestion repeat on each of its messages and were a third of an entry: each distinct value is
      // written once and referred to by index (reading a warm run's entries was a third of its time, their garbage as much)
      const shared: unknown[] = [];
      const index = new Map<unknown, number>();
      rest.messages = r.messages.map((m) => {
        const c: Record<string, unknown> = { ...m };
        for (const k of SHARED) {
          if (m[k] === undefined) continue;
          let i = index.get(m[k]);
          if (i === undefined) { i = shared.push(m[k]) - 1; index.set(m[k], i); }
          c[k] = i;
        }
        return c as unknown as LintMessage;
      });
      if (shared.length) Object.assign(rest, { shared });
      const tmp = path.join(this.dir, `${key}.${process.pid}.tmp`);
      fs.writeFileSync(tmp, JSON.stringify(rest));
      fs.renameSync(tmp, path.join(this.dir, `${key}.json`));
    } catch { /* a cache that cannot be written is only slower */ }
  }
}

/** stable assignment of files to shards: by the hash of the path relative to the working folder */
export function inShard(relPath: string, shard: { index: number; count: number }): boolean {
  const n = parseInt(hash(relPath.split(path.sep).join('/')).slice(0, 8), 16);
  return n % shard.count === shard.index - 1;
}

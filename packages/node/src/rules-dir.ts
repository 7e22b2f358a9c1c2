import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled rule packs: $XIAOBAO_RULES_DIR, or the nearest `rules/index.json` above this module. */
export function defaultRulesDir(): string {
  const env = process.env.XIAOBAO_RULES_DIR;
  if (env) return path.resolve(env);
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'rules', 'index.json'))) return path.join(dir, 'rules');
    const up = path.dirname(dir);
    if (up === dir) throw new Error('xiaobao: rule packs not found (rules/index.json); set XIAOBAO_RULES_DIR');
    dir = up;
  }
}

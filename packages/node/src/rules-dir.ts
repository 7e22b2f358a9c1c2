import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The bundled rule packs: $XIAOBAO_RULES_DIR; else, in this repository, the nearest `rules/index.json` above this
 * module (so an edited pack is read without a rebuild); else the copy shipped inside this package (`bundled-rules`,
 * made by the build). The walk up never leaves an installed package: a user's project is not searched for packs.
 */
export function defaultRulesDir(): string {
  const env = process.env.XIAOBAO_RULES_DIR;
  if (env) return path.resolve(env);
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; path.basename(dir) !== 'node_modules'; ) {
    if (fs.existsSync(path.join(dir, 'rules', 'index.json'))) return path.join(dir, 'rules');
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const bundled = path.resolve(here, '..', 'bundled-rules');
  if (fs.existsSync(path.join(bundled, 'index.json'))) return bundled;
  // this code bundled into another package (the CLI): the copy shipped in @xiaobao/node
  try {
    const shipped = path.resolve(path.dirname(createRequire(import.meta.url).resolve('@xiaobao/node')), '..', 'bundled-rules');
    if (fs.existsSync(path.join(shipped, 'index.json'))) return shipped;
  } catch { /* not installed next to it */ }
  throw new Error('xiaobao: rule packs not found (rules/index.json); set XIAOBAO_RULES_DIR');
}

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the rule pages and the config reference are generated from the packs and schema, and up to date', () => {
  const ROOT = path.resolve(__dirname, '../../..');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-docs.mjs'), '--check'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});

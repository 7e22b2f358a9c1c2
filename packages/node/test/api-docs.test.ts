// The examples in docs/api.md are real: each `js run` block runs against the built package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const blocks = [...fs.readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8').matchAll(/```js run\n([^]*?)```/g)].map((m) => m[1]);

describe('docs/api.md examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(4));
  it.each(blocks.map((b, i) => [i + 1, b]))('example %i runs', (_i, code) => {
    const src = (code as string).replace(/from '@xiaobao\/node'/g, `from ${JSON.stringify(path.join(ROOT, 'packages/node/dist/index.js'))}`);
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', src], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
  });
});

it('the CommonJS build works with require()', () => {
  const src = `require(${JSON.stringify(path.join(ROOT, 'packages/node/dist/index.cjs'))}).lintText('本产品稳赚不赔。', { noConfig: true, product: 'wealth' }).then((r) => console.log(r.errorCount))`;
  const r = spawnSync(process.execPath, ['-e', src], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout.trim()).toBe('2');
});

// --format json-compact as a process: the same results as --format json once each message's basis is looked up in
// the rules table, the default JSON unchanged, and a smaller file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
let dir: string;
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-compact-'));
  for (const sub of ['wealth', 'loan', 'rates']) fs.cpSync(path.join(ROOT, 'fixtures', sub), path.join(dir, sub), { recursive: true });
  // a user pack redefining a bundled rule with another basis, in one directory: those messages keep their own basis
  const rule = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/banned-terms.json'), 'utf8')).rules[0];
  fs.mkdirSync(path.join(dir, 'own'));
  fs.writeFileSync(path.join(dir, 'own/pack.json'), JSON.stringify({ name: 'own', version: '1.0.0', rules: [{ ...rule, basis: [{ instrument: '本行内部规定', confidence: 'C' }] }] }));
  fs.writeFileSync(path.join(dir, 'own/xiaobao.config.json'), JSON.stringify({ packs: ['./pack.json'] }));
  fs.writeFileSync(path.join(dir, 'own/copy.md'), `# 理财\n\n本产品${rule.terms?.[0]?.term ?? rule.terms?.[0] ?? '保本保收益'}。\n`);
});

describe('--format json-compact', () => {
  it('gives back exactly the --format json results, with each basis once per rule', () => {
    const full = run(['lint', '--format', 'json', '.']);
    const compact = run(['lint', '--format', 'json-compact', '.']);
    expect(full.stderr).toBe('');
    expect(compact.code).toBe(full.code);
    const a = JSON.parse(full.stdout);
    const c = JSON.parse(compact.stdout);
    expect(c.format).toBe('xiaobao-json-compact');
    expect(c.version).toBe(1);
    const messages = c.results.flatMap((r: { messages: unknown[] }) => r.messages);
    expect(messages.length).toBeGreaterThan(50);
    // most messages carry no basis of their own; the redefined rule's do
    const own = messages.filter((m: { basis?: unknown }) => m.basis);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(messages.length / 10);
    // a message keeps its basis only when its rule's table entry says otherwise (the bundled and the redefined rule)
    for (const m of own) expect(m.basis).not.toEqual(c.rules[m.ruleId].basis);
    expect(JSON.stringify(c)).toContain('本行内部规定');
    const restored = c.results.map((r: { messages: Record<string, unknown>[] }) => ({
      ...r,
      messages: r.messages.map((m) => (m.basis || !m.ruleId ? m : { ...m, basis: c.rules[m.ruleId as string].basis })),
    }));
    // key order aside (basis moves to the end), the same content
    expect(restored).toEqual(a);
    expect(compact.stdout.length).toBeLessThan(full.stdout.length);
  });

  it('leaves the default JSON as it was: basis on every message, an array of results', () => {
    const a = JSON.parse(run(['lint', '--format', 'json', 'wealth']).stdout);
    expect(Array.isArray(a)).toBe(true);
    for (const r of a) for (const m of r.messages) if (m.ruleId) expect(Array.isArray(m.basis)).toBe(true);
  });

  it('an unknown format is still a usage error (exit 2) that lists json-compact', () => {
    const r = run(['lint', '--format', 'json-compakt', 'wealth']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain('json-compact');
  });
});

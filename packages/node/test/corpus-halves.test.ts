// scripts/corpus-halves.mjs: tune's two halves from the scorer's JSON (corpus/LABELLING.md, "Tuning with a blind half")
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../../scripts/corpus-halves.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const label = (family: string) => ({ label: { family, line: 1 } });
const finding = (family: string) => ({ finding: { family, line: 2, ruleId: `${family}/x` } });

describe('corpus-halves', () => {
  it('counts even-numbered batches as half A, odd and unnumbered ones as half B, and clean documents apart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-halves-'));
    try {
      const out = path.join(dir, 'score.json');
      fs.writeFileSync(out, JSON.stringify({ perDocument: [
        { file: 'corpus/contracts/tune/con-b100-x.html', tp: [{ ...label('key-clause-emphasis'), ...finding('key-clause-emphasis') }], fp: [finding('key-clause-emphasis')], fn: [] },
        { file: 'corpus/contracts/tune/con-b101-y.txt', tp: [], fp: [], fn: [label('key-clause-emphasis')] },
        { file: 'corpus/marketing/tune/mkt-lend-z.md', tp: [], fp: [finding('banned-terms')], fn: [] },
        { file: 'corpus/marketing/tune/mkt-b42-clean.md', tp: [], fp: [], fn: [] },
        { file: 'corpus/marketing/tune/mkt-b141-new.md', tp: [], fp: [finding('banned-terms')], fn: [] },
      ] }));
      const r = run(out, '--skip', '-b141-');
      expect(r.status).toBe(0);
      const line = (key: string) => r.stdout.split('\n').find((l) => l.startsWith(`${key} `))?.replace(/\s+/g, ' ');
      expect(line('A key-clause-emphasis')).toBe('A key-clause-emphasis 1/1/0 F1 0.6667');
      expect(line('B key-clause-emphasis')).toBe('B key-clause-emphasis 0/0/1 F1 0.0000');
      expect(line('B banned-terms')).toBe('B banned-terms 0/1/0 F1 0.0000');
      expect(line('A+B all')).toBe('A+B all 1/2/1 F1 0.4000');
      expect(r.stdout).toContain('clean documents with findings: A 0/1, B 1/1');
      // --quarters: half B in two, B1 (batches 1 mod 4: b101, b141) and B3 (3 mod 4 and unnumbered)
      const q = run(out, '--quarters');
      expect(q.status).toBe(0);
      const qline = (key: string) => q.stdout.split('\n').find((l) => l.startsWith(`${key} `))?.replace(/\s+/g, ' ');
      expect(qline('B1 key-clause-emphasis')).toBe('B1 key-clause-emphasis 0/0/1 F1 0.0000');
      expect(qline('B1 banned-terms')).toBe('B1 banned-terms 0/1/0 F1 0.0000');
      expect(qline('B3 banned-terms')).toBe('B3 banned-terms 0/1/0 F1 0.0000');
      expect(qline('B key-clause-emphasis')).toBeUndefined();
      expect(qline('all all')).toBe('all all 1/3/1 F1 0.3333');
      expect(q.stdout).toContain('clean documents with findings: A 0/1, B1 1/1, B3 1/1');
      // --studied: the studied quarters' documents alone (A and B1), none of the blind quarter's, no totals
      const st = path.join(dir, 'studied.json');
      const s = run(out, '--studied', st);
      expect(s.status).toBe(0);
      expect(s.stdout).toContain('B3 banned-terms');
      const written = JSON.parse(fs.readFileSync(st, 'utf8'));
      expect(written.perDocument.map((d: { file: string }) => path.basename(d.file))).toEqual(['con-b100-x.html', 'con-b101-y.txt', 'mkt-b42-clean.md', 'mkt-b141-new.md']);
      expect(written.studiedOnly).toBe(true);
      expect(written.families).toBeUndefined();
      expect(JSON.stringify(written)).not.toContain('mkt-lend-z');
      expect(run(out, '--studied').status).toBe(2);
      const again = run(st, '--quarters');
      expect(again.stdout).toContain('clean documents with findings: A 0/1, B1 1/1, B3 0/0');
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('refuses a file that is not the scorer\'s JSON in one line, exit 2', () => {
    const r = run(SCRIPT);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('is not the scorer\'s JSON');
    expect(run().status).toBe(2);
  });
});

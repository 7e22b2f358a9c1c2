// scripts/corpus-split.mjs refuses a document that is already in the corpus (the same page kept in another repository),
// and the repository's corpora hold no two byte-identical documents.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/corpus-split.mjs');

function corpusWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-split-'));
  for (const [name, text] of Object.entries(files)) { fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); fs.writeFileSync(path.join(dir, name), text); }
  return dir;
}

describe('corpus-split', () => {
  it('refuses a document byte for byte in a sibling corpus, and moves nothing', () => {
    const dir = corpusWith({
      'contracts/check/con-b1-a.html': '<p>借款合同 第一条</p>',
      'marketing/incoming-b9/mkt-b9-new.html': '<p>稳健理财</p>',
      'marketing/incoming-b9/mkt-b9-copy.html': '<p>借款合同 第一条</p>',
      'marketing/incoming-b9/SOURCES.tsv': 'mkt-b9-new.html\thttps://example.org/a\tnote\nmkt-b9-copy.html\thttps://example.org/b\tnote\n',
    });
    try {
      const r = spawnSync(process.execPath, [SCRIPT, path.join(dir, 'marketing'), 'b9'], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`mkt-b9-copy.html = ${path.join('contracts', 'check', 'con-b1-a.html')}`);
      expect(r.stderr).not.toContain('mkt-b9-new.html');
      expect(fs.readdirSync(path.join(dir, 'marketing/incoming-b9')).sort()).toEqual(['SOURCES.tsv', 'mkt-b9-copy.html', 'mkt-b9-new.html']);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('refuses two identical documents in one batch, and splits a batch of distinct ones', () => {
    const twice = corpusWith({
      'marketing/incoming-b9/mkt-b9-x.txt': '零风险',
      'marketing/incoming-b9/mkt-b9-y.txt': '零风险',
      'marketing/incoming-b9/SOURCES.tsv': 'mkt-b9-x.txt\tu1\tn\nmkt-b9-y.txt\tu2\tn\n',
    });
    const distinct = corpusWith({
      'marketing/tune/mkt-b1-old.txt': '旧文档',
      'marketing/incoming-b9/mkt-b9-x.txt': '零风险',
      'marketing/incoming-b9/mkt-b9-y.txt': '高收益',
      'marketing/incoming-b9/mkt-b9-z.txt': '秒到账',
      'marketing/incoming-b9/SOURCES.tsv': 'mkt-b9-x.txt\tu1\tn\nmkt-b9-y.txt\tu2\tn\nmkt-b9-z.txt\tu3\tn\n',
    });
    try {
      const r = spawnSync(process.execPath, [SCRIPT, path.join(twice, 'marketing'), 'b9'], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/mkt-b9-y\.txt = .*mkt-b9-x\.txt/);
      const ok = spawnSync(process.execPath, [SCRIPT, path.join(distinct, 'marketing'), 'b9'], { encoding: 'utf8' });
      expect(ok.status).toBe(0);
      const split = ['tune', 'check'].flatMap((s) => fs.readdirSync(path.join(distinct, 'marketing', s)).filter((f) => f.includes('-b9-')));
      expect(split.sort()).toEqual(['mkt-b9-x.txt', 'mkt-b9-y.txt', 'mkt-b9-z.txt']);
    } finally { for (const d of [twice, distinct]) fs.rmSync(d, { recursive: true, force: true }); }
  });

  it('gives each corpus its third, and a one-document draw reaches check about one time in three', () => {
    // three contracts and three marketing texts: exactly one of each to check, whatever the order drawn
    for (let round = 0; round < 5; round++) {
      const dir = corpusWith({
        ...Object.fromEntries(['a', 'b', 'c'].map((x) => [`contracts/incoming-b9/con-b9-${x}.txt`, `合同${x}${round}`])),
        ...Object.fromEntries(['a', 'b', 'c'].map((x) => [`marketing/incoming-b9/mkt-b9-${x}.txt`, `广告${x}${round}`])),
        'contracts/incoming-b9/SOURCES.tsv': ['a', 'b', 'c'].map((x) => `con-b9-${x}.txt\tu${x}\tn\n`).join(''),
        'marketing/incoming-b9/SOURCES.tsv': ['a', 'b', 'c'].map((x) => `mkt-b9-${x}.txt\tv${x}\tn\n`).join(''),
      });
      try {
        const r = spawnSync(process.execPath, [SCRIPT, path.join(dir, 'contracts'), path.join(dir, 'marketing'), 'b9'], { encoding: 'utf8' });
        expect(r.status).toBe(0);
        for (const c of ['contracts', 'marketing']) expect(fs.readdirSync(path.join(dir, c, 'check'))).toHaveLength(1);
      } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    }
    // one document, 30 draws: both sides occur (all tune would happen by chance with probability (2/3)^30 ≈ 5e-6)
    const sides = new Set<string>();
    for (let i = 0; i < 30 && sides.size < 2; i++) {
      const dir = corpusWith({ 'marketing/incoming-b9/mkt-b9-one.txt': '零风险', 'marketing/incoming-b9/SOURCES.tsv': 'mkt-b9-one.txt\tu\tn\n' });
      try {
        expect(spawnSync(process.execPath, [SCRIPT, path.join(dir, 'marketing'), 'b9'], { encoding: 'utf8' }).status).toBe(0);
        for (const s of ['tune', 'check']) if (fs.existsSync(path.join(dir, 'marketing', s, 'mkt-b9-one.txt'))) sides.add(s);
      } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    }
    expect([...sides].sort()).toEqual(['check', 'tune']);
  });

  it('a repository or issuer already on one side of an earlier draw follows it there; one on both sides is drawn', () => {
    // 20 rounds: a document drawn at random would reach tune about two times in three, so a follower that ever lands on
    // the other side fails; the both-sides repository (a one-document stratum) must reach each side at least once
    // ((2/3)^20 + (1/3)^20 ≈ 3e-4)
    const bothSides = new Set<string>();
    for (let round = 0; round < 20; round++) {
      const dir = corpusWith({
        'marketing/check/mkt-b1-a.txt': `甲${round}`,
        'marketing/tune/mkt-b1-b.txt': `乙${round}`,
        'contracts/tune/con-b1-c.txt': `丙${round}`,
        'contracts/check/con-b1-d.txt': `丁${round}`,
        'marketing/SOURCES.tsv': 'mkt-b1-a.txt\thttps://github.com/Owner/Repo-A/blob/1/a.txt\tn\nmkt-b1-b.txt\thttps://example.org/b\tn\n',
        'marketing/SPLIT.md': '# Random splits\n- issuers: mkt-b1-a.txt = 甲公司; mkt-b1-b.txt = 乙银行\n',
        'contracts/SOURCES.tsv': 'con-b1-c.txt\thttps://github.com/o/both/blob/1/c.txt\tn\ncon-b1-d.txt\thttps://github.com/o/both/blob/1/d.txt\tn\n',
        'marketing/incoming-b9/mkt-b9-repo.txt': `同库${round}`,
        'marketing/incoming-b9/mkt-b9-issuer.txt': `同名${round}`,
        'contracts/incoming-b9/con-b9-both.txt': `两边${round}`,
        'contracts/incoming-b9/SOURCES.tsv': 'con-b9-both.txt\thttps://github.com/o/both/blob/2/z.txt\tn\n',
        'marketing/incoming-b9/SOURCES.tsv': [
          'mkt-b9-repo.txt\thttps://github.com/owner/repo-a/blob/2/x.txt\tn\t新名',
          'mkt-b9-issuer.txt\thttps://example.org/y\tn\t乙银行',
        ].join('\n') + '\n',
      });
      try {
        const r = spawnSync(process.execPath, [SCRIPT, path.join(dir, 'contracts'), path.join(dir, 'marketing'), 'b9'], { encoding: 'utf8' });
        expect(r.status).toBe(0);
        expect(fs.existsSync(path.join(dir, 'marketing/check/mkt-b9-repo.txt'))).toBe(true);
        expect(fs.existsSync(path.join(dir, 'marketing/tune/mkt-b9-issuer.txt'))).toBe(true);
        for (const s of ['tune', 'check']) if (fs.existsSync(path.join(dir, 'contracts', s, 'con-b9-both.txt'))) bothSides.add(s);
      } finally { fs.rmSync(dir, { recursive: true, force: true }); }
    }
    expect([...bothSides].sort()).toEqual(['check', 'tune']);
  });

  it('the repository\'s corpora hold no two byte-identical documents', () => {
    const seen = new Map<string, string>();
    const twins: string[] = [];
    for (const corpus of ['contracts', 'marketing']) for (const sub of ['tune', 'check']) {
      const d = path.join(ROOT, 'corpus', corpus, sub);
      for (const f of fs.readdirSync(d).filter((n) => /\.(md|txt|html|docx)$/.test(n))) {
        const h = crypto.createHash('sha256').update(fs.readFileSync(path.join(d, f))).digest('hex');
        const at = `${corpus}/${sub}/${f}`;
        if (seen.has(h)) twins.push(`${at} = ${seen.get(h)}`); else seen.set(h, at);
      }
    }
    expect(twins).toEqual([]);
    expect(seen.size).toBeGreaterThan(2000);
  });
});

#!/usr/bin/env node
// Inter-annotator agreement on the real corpora: a second labeller labelled a random sample of 30 corpus documents
// blind (the document only, renamed; no first labels, no rule packs, no linter). This scores the second labeller's
// expected labels as if they were a linter's findings against the first labels, with the eval's own scorer, so the
// figure reads like the linter's: the ceiling a linter can be measured against on these labels.
//   node scripts/agreement.mjs [--round round2] [--score ../shared/eval/score.mjs]
//   node scripts/agreement.mjs [--round round2] --emit FILE...   (the "linter": ESLint-shaped JSON of the second labels)
// A round is a folder of corpus/agreement/ with its own SAMPLE.tsv and second/ (the first round lies in corpus/agreement/
// itself; round2 sampled batches b40 and later).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const ri = args.indexOf('--round');
const round = ri >= 0 ? args.splice(ri, 2)[1] : '';
if (ri >= 0 && !/^[\w-]+$/.test(round ?? '')) { console.error('xiaobao agreement: --round takes the name of a folder of corpus/agreement/'); process.exit(2); }
const DIR = path.join(ROOT, 'corpus/agreement', round);

if (args[0] === '--emit') {
  const out = args.slice(1).map((f) => {
    const lf = path.join(DIR, 'second', path.basename(f).replace(/\.[^.]+$/, '') + '.labels.json');
    const L = fs.existsSync(lf) ? JSON.parse(fs.readFileSync(lf, 'utf8')) : { expected: [] };
    return { filePath: path.resolve(f), messages: L.expected.map((l) => ({ ruleId: `${l.family}/second-labeller`, severity: 2, message: l.note ?? '', ...(l.line ? { line: l.line, column: 1 } : {}) })) };
  });
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

// the eval's scorer beside the project (../shared/eval), or beside a folder above it (a worktree under /work/wt/NAME)
const beside = () => { for (let d = path.dirname(ROOT); ; d = path.dirname(d)) { const f = path.join(d, 'shared/eval/score.mjs'); if (fs.existsSync(f) || d === path.dirname(d)) return f; } };
const score = args[0] === '--score' ? path.resolve(args[1]) : beside();
if (!fs.existsSync(score)) { console.error(`xiaobao agreement: the scorer ${score} is not there (give --score PATH)`); process.exit(2); }
const rows = fs.readFileSync(path.join(DIR, 'SAMPLE.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-agreement-'));
try {
  for (const kind of ['contracts', 'marketing', 'all']) fs.mkdirSync(path.join(tmp, kind));
  for (const [kind, split, file] of rows) {
    const base = file.replace(/\.[^.]+$/, '');
    for (const f of [file, `${base}.labels.json`]) for (const to of [kind, 'all']) fs.copyFileSync(path.join(ROOT, 'corpus', kind, split, f), path.join(tmp, to, f));
  }
  for (const kind of ['contracts', 'marketing', 'all']) {
    console.log(`== ${kind}`);
    const r = spawnSync(process.execPath, [score, '--cmd', `${JSON.stringify(process.execPath)} ${JSON.stringify(fileURLToPath(import.meta.url))}${round ? ` --round ${round}` : ''} --emit`, path.join(tmp, kind)], { encoding: 'utf8' });
    process.stdout.write((r.stdout || '').split('\n').filter((l) => /^(family|[a-z-]+ +\d|overall|clean|F1=)/.test(l)).join('\n') + '\n');
    if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr);
  }
} finally { fs.rmSync(tmp, { recursive: true, force: true }); }

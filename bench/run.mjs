#!/usr/bin/env node
// xiaobao benchmark: whole-process throughput on a generated 10 MB corpus, one small file against bare
// `node -e 0`, and proof that a file with no candidate term never loads the jieba dictionary.
//   pnpm bench            (after `pnpm build`)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
const CORPUS = path.join(OUT, 'corpus');
const args = process.argv.slice(2);
const extra = args.includes('--concurrency') ? ['--concurrency', args[args.indexOf('--concurrency') + 1]] : [];

if (!fs.existsSync(path.join(ROOT, 'packages/cli/dist/cli.js'))) { console.error('build first: pnpm build'); process.exit(2); }
if (!fs.existsSync(CORPUS)) spawnSync(process.execPath, [path.join(ROOT, 'bench/gen-corpus.mjs'), '--out', CORPUS], { stdio: 'inherit' });

const bytes = (dir) => fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? bytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const haveTime = fs.existsSync('/usr/bin/time');

function timed(cmd, cmdArgs) {
  const t = process.hrtime.bigint();
  const r = haveTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  const rssKb = haveTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${cmdArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { wall, rssMb: rssKb / 1024, stdout: r.stdout };
}

const size = bytes(CORPUS);
const files = fs.readdirSync(CORPUS).reduce((n, d) => n + fs.readdirSync(path.join(CORPUS, d)).length, 0);
console.log(`corpus: ${files} files, ${(size / 1048576).toFixed(1)} MB`);

const runs = [0, 1, 2].map(() => timed(process.execPath, [BIN, 'lint', CORPUS, '--format', 'json', ...extra]));
const findings = JSON.parse(runs[0].stdout).reduce((n, r) => n + r.messages.length, 0);
const wall = median(runs.map((r) => r.wall));
const rss = Math.max(...runs.map((r) => r.rssMb));

const one = path.join(OUT, 'one-file.md');
const oneRuns = [0, 1, 2, 3, 4].map(() => timed(process.execPath, [BIN, 'lint', one, '--format', 'json']).wall);
const bare = [0, 1, 2, 3, 4].map(() => timed(process.execPath, ['-e', '0']).wall);

// the dictionary stays unloaded for a file without candidates (in-process, through the Node API)
const probe = `
  const { Xiaobao } = await import(${JSON.stringify(path.join(ROOT, 'packages/node/dist/index.js'))});
  const { segmenterLoadCount } = await import(${JSON.stringify(path.join(ROOT, 'packages/core/dist/index.js'))});
  const x = new Xiaobao({ noConfig: true });
  const a = await x.lintFile(${JSON.stringify(path.join(OUT, 'no-candidates.md'))});
  const afterClean = segmenterLoadCount();
  await x.lintFile(${JSON.stringify(one)});
  console.log(JSON.stringify({ findingsClean: a.messages.length, afterClean, afterCandidate: segmenterLoadCount() }));`;
const p = JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout);

const res = {
  corpusMB: +(size / 1048576).toFixed(2), files, findings,
  wallSeconds: +wall.toFixed(3), mbPerSecond: +(size / 1048576 / wall).toFixed(2), peakRssMB: +rss.toFixed(0),
  oneFileSeconds: +median(oneRuns).toFixed(3), nodeE0Seconds: +median(bare).toFixed(3), oneFileRatio: +(median(oneRuns) / median(bare)).toFixed(2),
  segmenterLoads: p, options: extra.join(' ') || 'default',
};
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(res, null, 2));
console.log(`
| measure | figure | aim |
|---|---|---|
| 10 MB corpus, whole process (median of 3) | ${res.wallSeconds} s · ${res.mbPerSecond} MB/s · ${findings} findings | ≤ 1.5 s |
| peak RSS | ${res.peakRssMB} MB | |
| one small file, whole process (median of 5) | ${res.oneFileSeconds} s = ${res.oneFileRatio} × node -e 0 (${res.nodeE0Seconds} s) | ≤ 3 × |
| jieba dictionary loads: clean file / then a file with candidates (loaded only where a boundary decides a finding) | ${p.afterClean} / ${p.afterCandidate} | 0 / ≤ 1 |
`);

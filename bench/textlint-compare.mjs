#!/usr/bin/env node
// xiaobao against textlint + textlint-rule-prh on the same generated corpus and the same term list (the
// banned-terms pack), plus the speed-up of --concurrency 2 and of a cached re-run. textlint is installed here,
// into bench/out/textlint (npm), not into the workspace.
//   node bench/textlint-compare.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench/out');
const CORPUS = path.join(OUT, 'corpus');
const TL = path.join(OUT, 'textlint');
const BIN = path.join(ROOT, 'packages/cli/bin/xiaobao.js');
if (!fs.existsSync(CORPUS)) spawnSync(process.execPath, [path.join(ROOT, 'bench/gen-corpus.mjs'), '--out', CORPUS], { stdio: 'inherit' });

if (!fs.existsSync(path.join(TL, 'node_modules/.bin/textlint'))) {
  fs.mkdirSync(TL, { recursive: true });
  fs.writeFileSync(path.join(TL, 'package.json'), '{"private":true}');
  console.log('installing textlint and textlint-rule-prh into bench/out/textlint …');
  execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', 'textlint@14', 'textlint-rule-prh'], { cwd: TL, stdio: 'inherit' });
}
// the same term list: every term of the banned-terms pack
const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'rules/banned-terms.json'), 'utf8'));
const terms = [...new Set(pack.rules.flatMap((r) => (r.terms ?? []).map((t) => (typeof t === 'string' ? t : t.text))))];
const yml = `version: 1\nrules:\n${terms.map((t) => `  - expected: 【禁用】${JSON.stringify(t).slice(1, -1)}\n    pattern: ${JSON.stringify(t)}`).join('\n')}\n`;
fs.writeFileSync(path.join(TL, 'prh.yml'), yml);
fs.writeFileSync(path.join(TL, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [path.join(TL, 'prh.yml')] } } }));

const time = (cmd, args, opts = {}) => { const t = process.hrtime.bigint(); const r = spawnSync(cmd, args, { maxBuffer: 1 << 30, encoding: 'utf8', ...opts }); return { s: Number(process.hrtime.bigint() - t) / 1e9, r }; };
const families = ['risk-disclosure', 'key-clause-emphasis', 'rate-disclosure', 'unfair-terms', 'personal-info', 'tying', 'deposit-insurance', 'vulnerable-customers', 'fee-disclosure'];
const onlyTerms = families.flatMap((f) => ['--rule', `${f}=off`]);

const tl = time(path.join(TL, 'node_modules/.bin/textlint'), ['--config', path.join(TL, '.textlintrc.json'), '--format', 'json', `${CORPUS}/**/*.md`], { cwd: TL });
const xb = time(process.execPath, [BIN, 'lint', CORPUS, '--format', 'json', ...onlyTerms]);
const full1 = time(process.execPath, [BIN, 'lint', CORPUS, '--format', 'json', '--concurrency', 'off']);
const full2 = time(process.execPath, [BIN, 'lint', CORPUS, '--format', 'json', '--concurrency', '2']);
const cacheDir = path.join(OUT, 'cache');
fs.rmSync(cacheDir, { recursive: true, force: true });
const cold = time(process.execPath, [BIN, 'lint', CORPUS, '--format', 'json', '--cache', '--cache-location', cacheDir]);
const warm = time(process.execPath, [BIN, 'lint', CORPUS, '--format', 'json', '--cache', '--cache-location', cacheDir]);

const res = {
  terms: terms.length,
  textlintSeconds: +tl.s.toFixed(2), textlintExit: tl.r.status,
  xiaobaoTermsOnlySeconds: +xb.s.toFixed(2), throughputRatio: +(tl.s / xb.s).toFixed(1),
  fullSeconds: +full1.s.toFixed(2), twoWorkersSeconds: +full2.s.toFixed(2), workersSpeedup: +(full1.s / full2.s).toFixed(2),
  cacheColdSeconds: +cold.s.toFixed(2), cacheWarmSeconds: +warm.s.toFixed(2), cacheSpeedup: +(cold.s / warm.s).toFixed(1),
};
fs.writeFileSync(path.join(OUT, 'textlint-compare.json'), JSON.stringify(res, null, 2));
console.log(`
| measure | figure | aim |
|---|---|---|
| textlint + prh, ${terms.length} terms | ${res.textlintSeconds} s | |
| xiaobao, same terms | ${res.xiaobaoTermsOnlySeconds} s → ${res.throughputRatio}× textlint | ≥ 50× |
| xiaobao all packs, 1 → 2 workers | ${res.fullSeconds} s → ${res.twoWorkersSeconds} s (${res.workersSpeedup}×) | ≥ 1.6× |
| cached re-run | ${res.cacheColdSeconds} s → ${res.cacheWarmSeconds} s (${res.cacheSpeedup}×) | ≥ 10× |
`);

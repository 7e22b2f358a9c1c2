// `xiaobao review PATHS… --out DIR`: opinions (审查意见书), reviewed copies or report pages, the ledger (台账),
// comparison with the previous review. The work is done by @xiaobao/node/review; this prints the summary.
import fs from 'node:fs';
import path from 'node:path';
import { packsHash, type Xiaobao } from '@xiaobao/node';
import { htmlReport } from './formatters/html.js';
import { writeOut } from './stdout.js';

export interface ReviewArgs { out?: string; reviewer?: string; previous?: string; waivers?: string; config?: string }

export async function reviewCommand(x: Xiaobao, patterns: string[], a: ReviewArgs, version: string, usage: (msg: string) => Error): Promise<number> {
  const en = x.options.locale === 'en';
  if (!a.out) throw usage(en ? 'review needs --out DIR (where the opinions and the ledger go)' : 'review 需要 --out 目录（意见书和台账的存放位置）');
  if (!patterns.length) throw usage(en ? 'review needs files or folders to review' : 'review 需要要审查的文件或目录');
  const { review, ReviewError } = await import('@xiaobao/node/review');
  const cwd = x.cwd;
  const cfgFile = a.config ? path.resolve(cwd, a.config) : undefined;
  const index = JSON.parse(fs.readFileSync(path.join(x.rulesDir, 'index.json'), 'utf8'));
  const stamp = { version, packsVersion: String(index.version ?? '0'), packsHash: packsHash(x.rulesDir), date: new Date(), cwd };
  let outcome;
  try {
    outcome = await review(patterns, {
      ...x.options, cwd, out: a.out, reviewer: a.reviewer, previous: a.previous, version,
      waiversFile: a.waivers ?? (cfgFile ? path.join(path.dirname(cfgFile), 'xiaobao-waivers.json') : undefined),
      htmlPage: (r) => htmlReport([r], stamp),
    });
  } catch (e) {
    if (e instanceof ReviewError) { process.stderr.write(`xiaobao: ${e.message}\n`); return 2; }
    throw e;
  }
  const rel = (f: string) => path.relative(cwd, f) || f;
  const lines: string[] = [];
  for (const d of outcome.documents) {
    const counts = d.error ? d.error
      : en ? `${d.errors} error(s), ${d.warnings} warning(s), ${d.waived} waived${d.previous ? `; since ${d.previous.date}: ${d.new} new, ${d.resolved} resolved, ${d.remaining} remaining${d.carried ? `, ${d.carried} waiver(s) carried over` : ''}` : ''}`
        : `错误 ${d.errors}，警告 ${d.warnings}，已豁免 ${d.waived}${d.previous ? `；较 ${d.previous.date}：新增 ${d.new}，已解决 ${d.resolved}，仍存在 ${d.remaining}${d.carried ? `，沿用豁免 ${d.carried}` : ''}` : ''}`;
    const was = d.previous && d.previous.conclusionKey !== d.conclusionKey && d.conclusionKey !== 'failed' ? (en ? ` (was ${d.previous.conclusion})` : `（上次：${d.previous.conclusion}）`) : '';
    lines.push(`  ${d.document}  ${d.conclusion}${was}  ${counts}`);
  }
  const by = new Map<string, number>();
  for (const d of outcome.documents) by.set(d.conclusion, (by.get(d.conclusion) ?? 0) + 1);
  const tally = [...by].map(([c, n]) => `${c} ${n}`).join(en ? ', ' : '，');
  const n = outcome.documents.length;
  lines.push(en
    ? `Reviewed ${n} document(s): ${tally || '—'}; ${outcome.changedConclusion} changed conclusion since their previous review.`
    : `共审查 ${n} 个文档：${tally || '无'}；与上次审查相比结论变化 ${outcome.changedConclusion} 个。`);
  lines.push(en ? `Opinions and ledger: ${rel(path.resolve(cwd, a.out))} (${path.basename(outcome.ledger)}, ${path.basename(outcome.csv)})` : `意见书与台账：${rel(path.resolve(cwd, a.out))}（${path.basename(outcome.ledger)}、${path.basename(outcome.csv)}）`);
  writeOut(`${lines.join('\n')}\n`);
  for (const p of outcome.unmatched) process.stderr.write(`xiaobao: 没有找到可检查的文件：“${p}”（no files match）\n`);
  for (const d of outcome.documents) if (d.error) process.stderr.write(`xiaobao: ${rel(d.file)}: ${d.error}\n`);
  if (outcome.unmatched.length || outcome.documents.some((d) => d.error)) return 2;
  return outcome.documents.some((d) => d.errors > 0) ? 1 : 0;
}

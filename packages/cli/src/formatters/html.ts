// One self-contained Chinese report for a reviewer: summary by family and severity, every finding with its
// sentence quoted and the span highlighted, the basis and the suggested wording; stamped with the tool
// version, the rule-pack version and content hash, and the date.
import path from 'node:path';
import type { LintResult } from '@xiaobao/node';
import { outOfScopeText } from '@xiaobao/core';
import { formatBasis, whyText } from './stylish.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const FAMILY_ZH: Record<string, string> = { 'banned-terms': '禁用词与禁止性承诺', 'risk-disclosure': '必备风险提示', 'key-clause-emphasis': '关键条款显著提示', 'rate-disclosure': '利率披露', waivers: '豁免' };

export interface ReportStamp { version: string; packsVersion: string; packsHash: string; date: Date; cwd: string }

function lineOf(source: string | undefined, line: number): string | undefined {
  return source?.split('\n')[line - 1];
}

export function htmlReport(results: LintResult[], s: ReportStamp): string {
  const all = results.flatMap((r) => r.messages.map((m) => ({ r, m })));
  const fam = (id: string | null) => (id ? id.split('/')[0] : '文件错误');
  const families = [...new Set(all.map(({ m }) => fam(m.ruleId)))];
  const count = (f: string, sev: number) => all.filter(({ m }) => fam(m.ruleId) === f && m.severity === sev).length;
  const errors = all.filter(({ m }) => m.severity === 2).length, warnings = all.length - errors;
  const summary = families.map((f) => `<tr><td>${esc(FAMILY_ZH[f] ?? f)}<br><code>${esc(f)}</code></td><td class="n err">${count(f, 2)}</td><td class="n warn">${count(f, 1)}</td></tr>`).join('');
  const sections = results.filter((r) => r.messages.length).map((r) => {
    const rel = path.relative(s.cwd, r.filePath) || r.filePath;
    const items = r.messages.map((m) => {
      const line = lineOf(r.source, m.line);
      let quote = '';
      if (line !== undefined && m.text && m.endLine === m.line) {
        const a = m.column - 1, b = (m.endColumn ?? m.column) - 1;
        quote = `${esc(line.slice(0, a))}<mark>${esc(line.slice(a, b))}</mark>${esc(line.slice(b))}`;
      } else if (m.text) quote = `<mark>${esc(m.text)}</mark>`;
      return `<li class="finding ${m.severity === 2 ? 'error' : 'warning'}">
  <div class="head"><span class="sev">${m.severity === 2 ? '错误' : '警告'}</span> <span class="loc">${esc(m.location ?? `第${m.line}行第${m.column}列`)}</span> <code class="rule">${esc(m.ruleId ?? '')}</code></div>
  <p class="msg">${esc(m.message)}</p>
  ${quote ? `<blockquote class="quote">${quote}</blockquote>` : ''}
  ${m.basis?.length ? `<p class="basis"><b>依据</b>：${esc(formatBasis(m.basis))}</p>` : ''}
  ${m.suggestion ? `<p class="sugg"><b>建议</b>：${esc(m.suggestion)}</p>` : ''}
</li>`;
    }).join('\n');
    return `<section><h2>${esc(rel)} <small>${r.errorCount} 个错误，${r.warningCount} 个警告${r.product ? `（${esc(r.product)} / ${esc(r.kind ?? '')}${r.why ? `；依据：${esc(whyText(r.why, true))}` : ''}）` : ''}</small></h2><ol>${items}</ol></section>`;
  }).join('\n');
  const clean = results.filter((r) => !r.messages.length && !r.outOfScope).map((r) => `<li>${esc(path.relative(s.cwd, r.filePath))}</li>`).join('');
  // a file outside the review's scope is not a clean one: the reviewer is told it was not reviewed, and why
  const outside = results.filter((r) => r.outOfScope).map((r) => `<li>${esc(path.relative(s.cwd, r.filePath))}：${esc(outOfScopeText())}</li>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>消保审查报告</title>
<style>
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:960px;color:#222;line-height:1.6}
h1{font-size:1.6rem;margin-bottom:.2rem} .stamp{color:#666;font-size:.85rem}
table{border-collapse:collapse;margin:1rem 0} td,th{border:1px solid #ddd;padding:.3rem .8rem} .n{text-align:right} .err{color:#b00020} .warn{color:#a15c00}
section{margin-top:2rem} h2{font-size:1.15rem;border-bottom:2px solid #eee} h2 small{font-weight:normal;color:#666;font-size:.85rem}
.finding{margin:.8rem 0;padding:.6rem .8rem;border-left:4px solid #b00020;background:#fff8f8} .finding.warning{border-color:#e0a000;background:#fffbf0}
.sev{font-weight:bold} .loc{color:#555} .rule{color:#555;font-size:.8rem} .quote{margin:.4rem 0;padding:.3rem .6rem;background:#fff;border:1px dashed #ccc}
mark{background:#ffd54f;padding:0 .1rem} .basis,.sugg,.msg{margin:.2rem 0}
</style></head><body>
<h1>消保审查报告</h1>
<p class="stamp">xiaobao ${esc(s.version)} · 规则包 ${esc(s.packsVersion)}（内容哈希 ${esc(s.packsHash.slice(0, 12))}）· 生成于 ${esc(s.date.toISOString().slice(0, 19).replace('T', ' '))} UTC</p>
<p>共检查 ${results.length} 个文件，发现 <b class="err">${errors}</b> 个错误、<b class="warn">${warnings}</b> 个警告。</p>
<table><thead><tr><th>问题类别</th><th>错误</th><th>警告</th></tr></thead><tbody>${summary}</tbody></table>
${sections}
${clean ? `<section><h2>未发现问题的文件</h2><ul>${clean}</ul></section>` : ''}
${outside ? `<section><h2>未审查的文件</h2><ul>${outside}</ul></section>` : ''}
</body></html>
`;
}

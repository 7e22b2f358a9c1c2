// The human format: grouped by file, each finding with the quoted text, the rule, the basis and the
// suggested wording — what a compliance reviewer needs to act on it.
import path from 'node:path';
import type { LintResult } from '@xiaobao/node';
import { outOfScopeText } from '@xiaobao/core';
import type { Basis, Locale } from '@xiaobao/core';

export interface StylishOptions { cwd: string; color: boolean; locale: Locale }

export function formatBasis(basis: Basis[] | undefined): string {
  return (basis ?? []).map((b) => `${b.instrument}${b.article ? b.article : ''}`).join('；');
}

export function stylish(results: LintResult[], o: StylishOptions): string {
  const c = (code: string, s: string) => (o.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const zh = o.locale === 'zh';
  let out = '';
  let errors = 0, warnings = 0, fixable = 0;
  let notes = false;
  // a fatal error shared by many files (an invalid config governs them all) is printed in full once
  const firstWith = new Map<string, string>();
  for (const r of results) {
    // a document outside the review's scope says so, or a clean run would read as a passed review
    if (r.outOfScope) {
      notes = true;
      out += `\n${c('4', path.relative(o.cwd, r.filePath) || r.filePath)}\n  ${c('2', outOfScopeText(o.locale))}\n`;
    }
    if (!r.messages.length) continue;
    out += `\n${c('4', path.relative(o.cwd, r.filePath) || r.filePath)}`;
    if (r.product && !r.fatalErrorCount) {
      const why = r.why ? whyText(r.why, zh) : '';
      out += c('2', zh ? `  （识别为：${r.product} / ${r.kind}${why ? `；依据：${why}` : ''}）` : `  (detected: ${r.product} / ${r.kind}${why ? `; by ${why}` : ''})`);
    }
    out += '\n';
    for (const m of r.messages) {
      const sev = m.severity === 2 ? c('31', zh ? '错误' : 'error') : c('33', zh ? '警告' : 'warning');
      if (m.severity === 2) errors++; else warnings++;
      if (m.fix) fixable++;
      const pos = m.location ? `${m.location}` : `${m.line}:${m.column}`;
      const name = path.relative(o.cwd, r.filePath) || r.filePath;
      const first = m.fatal ? firstWith.get(m.message) : undefined;
      if (m.fatal && first === undefined) firstWith.set(m.message, name);
      // continuation lines of a multi-line message (one per invalid field) stay under the first
      const text = first !== undefined ? (zh ? `与 ${first} 的错误相同，见上` : `the same error as ${first}, above`) : m.message.replace(/\n/g, `\n${' '.repeat(12 + (zh ? 4 : m.severity === 2 ? 5 : 7))}`);
      out += `  ${c('2', pos.padEnd(7))} ${sev}  ${text}  ${c('2', m.ruleId ?? '')}\n`;
      const pad = '           ';
      if (m.text && !m.fatal) out += `${pad}${zh ? '原文' : 'Text'}：“${m.text.length > 80 ? `${m.text.slice(0, 80)}…` : m.text}”\n`;
      if (m.basis?.length) out += `${pad}${zh ? '依据' : 'Basis'}：${formatBasis(m.basis)}\n`;
      if (m.suggestion) out += `${pad}${zh ? '建议' : 'Suggestion'}：${m.suggestion}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return notes ? out : '';
  out += `\n${c(errors ? '31;1' : '33;1', zh ? `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告）` : `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`)}\n`;
  if (fixable) out += c('2', zh ? `  其中 ${fixable} 个可用 --fix 自动修复\n` : `  ${fixable} fixable with --fix\n`);
  return out;
}

const KIND_BY: Record<string, [string, string]> = {
  title: ['标题', 'title'], 'notice-heading': ['通知标题', 'notice heading'], section: ['所在栏目', 'site section'],
  byline: ['文章署名行', 'byline'], 'article-date': ['带日期的文章标题', 'headline with its date'], 'site-page': ['文档或笔记网站的页面', 'a page of a documentation or notes site'], explainer: ['解释概念的文字，如', 'an explainer defining terms such as'], report: ['分点汇报工作、以截至某日的数据说明的报告，如', 'a report counting off its points with figures as of a date, such as'],
  'help-page': ['问答格式，如', 'help-page questions such as'], questionnaire: ['问卷格式（题目与选项），如', 'a questionnaire (questions with lettered options) such as'], 'sales-page': ['销售页要素', 'sales-page furniture'], calculator: ['计算器页面（输入金额、利率，算出结果），如', 'a calculator page (figures in, a result out), such as'],
  catalogue: ['产品目录页', 'product catalogue page'], 'staff-notes': ['写给销售人员的展业笔记（以第三人称谈客户），如', 'notes for the seller (the customer spoken of, not to), such as'], 'self-name': ['文中自称', 'the text names itself'], 'risk-statement': ['通篇为客户签署或确认的风险揭示书、风险说明书', 'a risk statement the customer signs or accepts'], disclaims: ['通篇声明免责、保留单方权利或由客户自担损失，如', 'disclaims liability or reserves rights throughout, such as'], cues: ['关键词', 'cue words'], given: ['配置或命令行指定', 'given by an option or the config'],
  default: ['未见合同、产品文件或通知的特征，按宣传材料审查', 'no sign of a contract, product document or notice: read as marketing'],
};
/** why a document was taken for its kind and product, in a reviewer's words: 标题“个人借款合同”；产品关键词“借款、还款” */
export function whyText(why: NonNullable<LintResult['why']>, zh: boolean): string {
  const [bz, be] = KIND_BY[why.kind.by] ?? [why.kind.by, why.kind.by];
  const clip = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);
  const kind = `${zh ? bz : be}${why.kind.cue ? (zh ? `“${clip(why.kind.cue)}”` : ` “${clip(why.kind.cue)}”`) : ''}`;
  const product = why.product.length ? (zh ? `；产品关键词“${why.product.join('、')}”` : `; product cue words “${why.product.join(', ')}”`) : '';
  return kind + product;
}

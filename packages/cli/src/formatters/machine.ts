// Machine formats for pipelines: SARIF 2.1.0 (code scanning), JUnit XML (test reports) and GitHub workflow
// annotations. Formatters only format: they read LintResults and the rule metadata, nothing else.
import path from 'node:path';
import type { LintResult } from '@xiaobao/node';
import { outOfScopeText } from '@xiaobao/core';
import type { RuleEntry } from '@xiaobao/core';
import { formatBasis } from './stylish.js';

export const DOCS_URL = 'https://github.com/xiaobao-lint/xiaobao/blob/main/docs/rules';
const docsUrl = (id: string) => `${DOCS_URL}/${id}.md`;

export function sarif(results: LintResult[], rules: RuleEntry[], o: { cwd: string; version: string }): string {
  const used = new Map<string, number>();
  const ruleMeta: object[] = [];
  const indexOf = (id: string) => {
    let i = used.get(id);
    if (i === undefined) {
      const r = rules.find((x) => x.id === id);
      i = ruleMeta.length;
      used.set(id, i);
      ruleMeta.push({
        id,
        name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
        shortDescription: { text: r ? r.title.zh : id },
        fullDescription: { text: r ? `${r.title.zh}（${r.title.en}）` : id },
        helpUri: docsUrl(id),
        help: { text: r ? `${r.suggestion.zh}\n依据：${formatBasis(r.basis)}` : id, markdown: r ? `${r.suggestion.zh}\n\n**依据**：${formatBasis(r.basis)}` : id },
        defaultConfiguration: { level: r?.severity === 'error' ? 'error' : 'warning' },
        properties: { tags: [id.split('/')[0]] },
      });
    }
    return i;
  };
  const out = [];
  const notifications = [];
  for (const r of results) {
    const uri = path.relative(o.cwd, r.filePath).split(path.sep).join('/');
    // (a file outside the review's scope is a note, not a failure of the run)
    if (r.outOfScope) notifications.push({ level: 'note', message: { text: outOfScopeText() }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] });
    for (const m of [...r.messages, ...(r.suppressedMessages ?? [])]) {
      if (m.fatal || !m.ruleId) { notifications.push({ level: 'error', message: { text: m.message }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] }); continue; }
      out.push({
        ruleId: m.ruleId,
        ruleIndex: indexOf(m.ruleId),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.suggestion ? `${m.message} 建议：${m.suggestion}` : m.message },
        ...(m.suppressions ? { suppressions: m.suppressions } : {}),
        partialFingerprints: m.fingerprint ? { 'xiaobao/v1': m.fingerprint } : undefined,
        locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: m.line, startColumn: m.column, endLine: m.endLine ?? m.line, endColumn: m.endColumn ?? m.column, ...(m.text ? { snippet: { text: m.text } } : {}) } } }],
      });
    }
  }
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'xiaobao', version: o.version, informationUri: 'https://github.com/xiaobao-lint/xiaobao', rules: ruleMeta } },
      results: out,
      invocations: [{ executionSuccessful: !notifications.some((n) => n.level === 'error'), toolExecutionNotifications: notifications }],
    }],
  }, null, 2);
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** one test suite per file, one failing test case per finding (a clean file is one passing case) */
export function junit(results: LintResult[], o: { cwd: string }): string {
  let body = '';
  let tests = 0, failures = 0, errors = 0, skipped = 0;
  for (const r of results) {
    const name = path.relative(o.cwd, r.filePath).split(path.sep).join('/');
    const cases = r.messages.length
      ? r.messages.map((m) => {
        const kind = m.fatal ? 'error' : 'failure';
        return `    <testcase classname="${xml(name)}" name="${xml(`${m.line}:${m.column} ${m.ruleId ?? 'fatal'}`)}"><${kind} type="${xml(m.ruleId ?? 'fatal')}" message="${xml(m.message)}">${xml(`${name}:${m.line}:${m.column} ${m.message}${m.suggestion ? `\n建议：${m.suggestion}` : ''}`)}</${kind}></testcase>\n`;
      })
      : r.outOfScope
        ? [`    <testcase classname="${xml(name)}" name="xiaobao"><skipped message="${xml(outOfScopeText())}"/></testcase>\n`]
        : [`    <testcase classname="${xml(name)}" name="xiaobao"/>\n`];
    const f = r.messages.filter((m) => !m.fatal).length, e = r.messages.filter((m) => m.fatal).length;
    const k = r.outOfScope ? 1 : 0;
    tests += cases.length; failures += f; errors += e; skipped += k;
    body += `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${f}" errors="${e}"${k ? ' skipped="1"' : ''}>\n${cases.join('')}  </testsuite>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="xiaobao" tests="${tests}" failures="${failures}" errors="${errors}"${skipped ? ` skipped="${skipped}"` : ''}>\n${body}</testsuites>\n`;
}

/** GitHub Actions workflow commands: one ::error / ::warning per finding */
export function github(results: LintResult[], o: { cwd: string }): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const r of results) {
    const file = path.relative(o.cwd, r.filePath).split(path.sep).join('/');
    if (r.outOfScope) lines.push(`::notice file=${prop(file)},title=xiaobao::${esc(outOfScopeText())}`);
    for (const m of r.messages) {
      const level = m.severity === 2 ? 'error' : 'warning';
      lines.push(`::${level} file=${prop(file)},line=${m.line},col=${m.column},endLine=${m.endLine ?? m.line},endColumn=${m.endColumn ?? m.column},title=${prop(m.ruleId ?? 'xiaobao')}::${esc(m.suggestion ? `${m.message} 建议：${m.suggestion}` : m.message)}`);
    }
  }
  return lines.join('\n');
}

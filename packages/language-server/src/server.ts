// xiaobao language server: lints Markdown, text and HTML as authors type (debounced, stale runs dropped),
// publishes diagnostics with the rule, its docs link and the regulation, shows the basis and suggested
// wording on hover, and offers the fix, each suggestion and "disable on this line" as code actions.
// Speaks LSP over stdio or IPC (`--stdio`, `--node-ipc`), so any LSP editor can use it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, DiagnosticSeverity, ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection,
  type CodeAction, type Diagnostic, type Hover,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Xiaobao, type LintMessage } from '@xiaobao/node';
import type { SourceFormat } from '@xiaobao/core';

const DOCS = 'https://github.com/xiaobao-lint/xiaobao/blob/main/docs/rules';
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let settings = { locale: 'zh' as 'zh' | 'en', product: undefined as string | undefined, debounceMs: 200 };
let engine: Xiaobao | undefined;
const pending = new Map<string, NodeJS.Timeout>();
const versions = new Map<string, number>();
const lastMessages = new Map<string, LintMessage[]>();

const formatOf = (uri: string, languageId: string): SourceFormat | undefined => {
  if (languageId === 'markdown' || /\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (languageId === 'html' || /\.html?$/i.test(uri)) return 'html';
  if (languageId === 'plaintext' || /\.txt$/i.test(uri)) return 'text';
  return undefined;
};
const fileOf = (uri: string) => (uri.startsWith('file://') ? fileURLToPath(uri) : path.join(process.cwd(), path.basename(uri)));

function xiaobao(): Xiaobao {
  engine ??= new Xiaobao({ cwd: process.cwd(), locale: settings.locale, product: settings.product as never });
  return engine;
}

function toDiagnostic(doc: TextDocument, m: LintMessage): Diagnostic {
  const start = { line: Math.max(0, m.line - 1), character: Math.max(0, m.column - 1) };
  const end = { line: Math.max(0, (m.endLine ?? m.line) - 1), character: Math.max(0, (m.endColumn ?? m.column) - 1) };
  const d: Diagnostic = {
    range: { start, end },
    severity: m.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    message: m.message,
    source: 'xiaobao',
  };
  if (m.ruleId) { d.code = m.ruleId; d.codeDescription = { href: `${DOCS}/${m.ruleId}.md` }; }
  return d;
}

async function lint(doc: TextDocument): Promise<void> {
  const format = formatOf(doc.uri, doc.languageId);
  if (!format) return;
  const version = doc.version;
  versions.set(doc.uri, version);
  const res = await xiaobao().lintText(doc.getText(), { filePath: fileOf(doc.uri), format });
  // a newer edit arrived while this run was going: drop the stale result
  if (versions.get(doc.uri) !== version || !documents.get(doc.uri)) return;
  const msgs = res.messages.filter((m) => !m.fatal);
  lastMessages.set(doc.uri, msgs);
  await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: msgs.map((m) => toDiagnostic(doc, m)) });
}

function schedule(doc: TextDocument, delay = settings.debounceMs) {
  clearTimeout(pending.get(doc.uri));
  pending.set(doc.uri, setTimeout(() => { pending.delete(doc.uri); lint(doc).catch((e) => connection.console.error(String(e?.stack ?? e))); }, delay));
}

connection.onInitialize((params) => {
  const init = (params.initializationOptions ?? {}) as Partial<typeof settings>;
  settings = { ...settings, ...init };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, 'source.fixAll.xiaobao'] },
    },
    serverInfo: { name: 'xiaobao-language-server', version: '0.1.0' },
  };
});

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => { clearTimeout(pending.get(e.document.uri)); lastMessages.delete(e.document.uri); connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });
connection.onDidChangeWatchedFiles(() => { engine = undefined; for (const d of documents.all()) schedule(d, 0); });

const at = (doc: TextDocument, m: LintMessage, line: number, character: number) => {
  const s = doc.offsetAt({ line: m.line - 1, character: m.column - 1 }), e = doc.offsetAt({ line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 });
  const o = doc.offsetAt({ line, character });
  return o >= s && o <= e;
};

connection.onHover((p): Hover | null => {
  const doc = documents.get(p.textDocument.uri);
  const m = doc && lastMessages.get(p.textDocument.uri)?.find((x) => at(doc, x, p.position.line, p.position.character));
  if (!m) return null;
  const basis = (m.basis ?? []).map((b) => `${b.instrument}${b.article ?? ''}`).join('；');
  return { contents: { kind: 'markdown', value: [`**${m.ruleId}**`, m.message, basis ? `**依据**：${basis}` : '', m.suggestion ? `**建议**：${m.suggestion}` : '', `[规则说明](${DOCS}/${m.ruleId}.md)`].filter(Boolean).join('\n\n') } };
});

connection.onCodeAction((p): CodeAction[] => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return [];
  const msgs = lastMessages.get(p.textDocument.uri) ?? [];
  const edit = (range: [number, number], text: string) => ({ changes: { [doc.uri]: [{ range: { start: doc.positionAt(range[0]), end: doc.positionAt(range[1]) }, newText: text }] } });
  const actions: CodeAction[] = [];
  const only = p.context.only;
  if (only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll))) {
    const fixes = msgs.filter((m) => m.fix).map((m) => m.fix!).sort((a, b) => b.range[0] - a.range[0]);
    const edits = [];
    let last = Infinity;
    for (const f of fixes) if (f.range[1] <= last) { edits.push({ range: { start: doc.positionAt(f.range[0]), end: doc.positionAt(f.range[1]) }, newText: f.text }); last = f.range[0]; }
    return edits.length ? [{ title: '修复全部 xiaobao 问题（fix all）', kind: 'source.fixAll.xiaobao', edit: { changes: { [doc.uri]: edits } } }] : [];
  }
  for (const m of msgs) {
    const s = doc.offsetAt({ line: m.line - 1, character: m.column - 1 }), e = doc.offsetAt({ line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 });
    const rs = doc.offsetAt(p.range.start), re = doc.offsetAt(p.range.end);
    if (e < rs || s > re) continue;
    const diagnostic = toDiagnostic(doc, m);
    if (m.fix) actions.push({ title: `修复：${m.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(m.fix.range, m.fix.text) });
    for (const sg of m.suggestions ?? []) actions.push({ title: sg.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(sg.fix.range, sg.fix.text) });
    const format = formatOf(doc.uri, doc.languageId);
    const lineStart = doc.offsetAt({ line: m.line - 1, character: 0 });
    const indent = /^[ \t]*/.exec(doc.getText().slice(lineStart))?.[0] ?? '';
    const comment = format === 'text' ? `${indent}# xiaobao-disable-next-line ${m.ruleId} -- 原因\n` : `${indent}<!-- xiaobao-disable-next-line ${m.ruleId} -- 原因 -->\n`;
    actions.push({ title: `在此行停用 ${m.ruleId}（disable on this line）`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([lineStart, lineStart], comment) });
  }
  return actions;
});

documents.listen(connection);
connection.listen();

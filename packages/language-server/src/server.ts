// xiaobao language server: lints Markdown, text and HTML as authors type (debounced, stale runs dropped),
// publishes diagnostics with the rule, its docs link and the regulation, shows the basis and suggested
// wording on hover, and offers the fix, each suggestion, "disable on this line" and "add a waiver" as code
// actions. Waived findings stay hidden; .docx files are linted by a command (`xiaobao.lintFile`) into the
// Problems panel. Re-lints when a config file, a rule pack or the waivers file changes.
// Speaks LSP over stdio or IPC (`--stdio`, `--node-ipc`), so any LSP editor can use it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, DidChangeWatchedFilesNotification, DiagnosticSeverity, MessageType, ShowMessageNotification, ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection,
  type CodeAction, type Diagnostic, type Hover,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Xiaobao, WAIVERS_FILE, applyWaivers, clearConfigCache, outOfScopeText, readWaivers, writeWaivers, type LintMessage, type LintResult, type Waiver } from '@xiaobao/node';
import type { SourceFormat } from '@xiaobao/core';

const DOCS = 'https://github.com/xiaobao-lint/xiaobao/blob/main/docs/rules';
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
interface Settings { enable: boolean; locale: 'zh' | 'en'; product?: string; run: 'onType' | 'onSave'; debounceMs: number }
let settings: Settings = { enable: true, locale: 'zh', product: undefined, run: 'onType', debounceMs: 200 };
let root = process.cwd();
let engine: Xiaobao | undefined;
const pending = new Map<string, NodeJS.Timeout>();
const versions = new Map<string, number>();
const lastMessages = new Map<string, LintMessage[]>();
/** files linted by command (.docx): re-linted when config, packs or waivers change */
const commandFiles = new Set<string>();
const COMMANDS = { addWaiver: 'xiaobao.addWaiver', lintFile: 'xiaobao.lintFile', info: 'xiaobao.info' };

const formatOf = (uri: string, languageId: string): SourceFormat | undefined => {
  if (languageId === 'markdown' || /\.(md|markdown)$/i.test(uri)) return 'markdown';
  if (languageId === 'html' || /\.html?$/i.test(uri)) return 'html';
  if (languageId === 'plaintext' || /\.txt$/i.test(uri)) return 'text';
  return undefined;
};
const fileOf = (uri: string) => (uri.startsWith('file://') ? fileURLToPath(uri) : path.join(root, path.basename(uri)));
const waiverFile = () => path.join(root, WAIVERS_FILE);

function xiaobao(): Xiaobao {
  engine ??= new Xiaobao({ cwd: root, locale: settings.locale, product: (settings.product || undefined) as never });
  return engine;
}

/** an error worth a pop-up (a broken config or waivers file), shown once until it changes, not per keystroke */
let lastShown = '';
function showOnce(message: string) {
  if (message === lastShown) return;
  lastShown = message;
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
}

/** the waivers file, read again only when its size or time changes (a stat per lint, not a read and parse) */
let waivers: Waiver[] | undefined;
let waiversStamp = '';
/** hide waived findings, report stale/expired waivers; a broken waivers file is reported, not fatal */
function waive(res: LintResult): LintResult {
  const st = fs.statSync(waiverFile(), { throwIfNoEntry: false });
  const stamp = st ? `${st.mtimeMs}:${st.size}` : '';
  if (stamp !== waiversStamp) { waivers = undefined; waiversStamp = stamp; }
  try {
    waivers ??= readWaivers(waiverFile());
  } catch (e) {
    waivers = [];
    showOnce(`xiaobao：豁免文件无法读取（invalid waivers file）${waiverFile()}：${(e as Error).message}`);
  }
  if (waivers.length) applyWaivers([res], waivers, root, waiverFile());
  return res;
}

function toDiagnostic(m: LintMessage): Diagnostic {
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

/** a file no rule was applied to (a contract between companies) says so on its first line, as information: an author who
 * sees no diagnostics must not read it as a passed review */
function notes(res: LintResult): Diagnostic[] {
  if (!res.outOfScope) return [];
  const at = { line: 0, character: 0 };
  return [{ range: { start: at, end: at }, severity: DiagnosticSeverity.Information, message: outOfScopeText(settings.locale), source: 'xiaobao', code: 'out-of-scope' }];
}

async function lint(doc: TextDocument): Promise<void> {
  const format = formatOf(doc.uri, doc.languageId);
  if (!format) return;
  const version = doc.version;
  versions.set(doc.uri, version);
  if (!settings.enable) { lastMessages.delete(doc.uri); await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [] }); return; }
  const res = waive(await xiaobao().lintText(doc.getText(), { filePath: fileOf(doc.uri), format }));
  // a newer edit arrived while this run was going: drop the stale result
  if (versions.get(doc.uri) !== version || !documents.get(doc.uri)) return;
  // a file that cannot be linted (an invalid config file, say) says so once, on its first line
  const fatal = res.messages.find((m) => m.fatal);
  if (fatal) showOnce(`xiaobao：${fatal.message}`);
  const msgs = res.messages;
  lastMessages.set(doc.uri, msgs);
  await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [...notes(res), ...msgs.map((m) => toDiagnostic(m))] });
}

function schedule(doc: TextDocument, delay = settings.debounceMs) {
  clearTimeout(pending.get(doc.uri));
  pending.set(doc.uri, setTimeout(() => { pending.delete(doc.uri); lint(doc).catch((e) => connection.console.error(String(e?.stack ?? e))); }, delay));
}

/** lint a file on disk (.docx, or any supported file) into the Problems panel */
async function lintFileCommand(target: string) {
  const file = target.startsWith('file://') ? fileURLToPath(target) : path.resolve(root, target);
  const uri = pathToFileURL(file).href;
  commandFiles.add(file);
  const res = waive(await xiaobao().lintFile(file));
  const fatal = res.messages.find((m) => m.fatal);
  const diagnostics: Diagnostic[] = res.messages.map((m) => {
    const d = toDiagnostic(m);
    if (m.fatal) d.message = `无法检查 ${path.basename(file)}：${m.message}`;
    if (m.location) d.message = `${m.message}（${m.location}）`;
    return d;
  });
  await connection.sendDiagnostics({ uri, diagnostics: [...notes(res), ...diagnostics] });
  return { file, errorCount: res.errorCount, warningCount: res.warningCount, fatal: fatal?.message };
}

function relintAll() {
  for (const d of documents.all()) schedule(d, 0);
  for (const f of commandFiles) lintFileCommand(f).catch((e) => connection.console.error(String(e?.stack ?? e)));
}

connection.onInitialize((params) => {
  const init = (params.initializationOptions ?? {}) as Partial<Settings>;
  settings = { ...settings, ...init };
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder?.startsWith('file://')) root = fileURLToPath(folder);
  watchDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, 'source.fixAll.xiaobao'] },
      executeCommandProvider: { commands: Object.values(COMMANDS) },
    },
    serverInfo: { name: 'xiaobao-language-server', version: '0.2.0' },
  };
});
let watchDynamically = false;
connection.onInitialized(() => {
  // config files, user rule packs and the waivers file are all JSON: any change re-lints what is open
  if (watchDynamically) connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }] });
});

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => { if (settings.run === 'onType') schedule(e.document); });
documents.onDidSave((e) => { if (settings.run === 'onSave') schedule(e.document, 0); });
documents.onDidClose((e) => { clearTimeout(pending.get(e.document.uri)); lastMessages.delete(e.document.uri); connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); });
connection.onDidChangeWatchedFiles((p) => {
  lastShown = '';
  // the waivers file does not change the engine; a config or rule pack does
  if (!p.changes.every((c) => c.uri.endsWith(`/${WAIVERS_FILE}`))) { engine = undefined; clearConfigCache(); }
  relintAll();
});
connection.onDidChangeConfiguration((p) => {
  const next = (p.settings as { xiaobao?: Partial<Settings> } | undefined)?.xiaobao;
  if (!next) return;
  settings = { ...settings, ...next };
  engine = undefined;
  relintAll();
});

connection.onExecuteCommand(async (p) => {
  const arg = (p.arguments?.[0] ?? {}) as any;
  // where the server runs, and proof that the segmenter's native module loads in this node
  if (p.command === COMMANDS.info) {
    const seg = xiaobao().linterFor(xiaobao().configFor(path.join(root, 'x.md'))).segmenter;
    return { node: process.version, abi: process.versions.modules, root, segmenter: seg.name, cut: seg.cut('本产品保本保息').join('/') };
  }
  if (p.command === COMMANDS.lintFile) return lintFileCommand(typeof arg === 'string' ? arg : arg.uri ?? arg.path);
  if (p.command === COMMANDS.addWaiver) {
    const m = lastMessages.get(arg.uri)?.find((x) => x.ruleId === arg.ruleId && x.fingerprint === arg.fingerprint);
    if (!m) return { added: 0 };
    const added = writeWaivers(waiverFile(), [{ filePath: fileOf(arg.uri), messages: [m] } as LintResult], root, arg.reviewer ?? process.env.USER ?? '', arg.reason || '作者确认（added from the editor）');
    relintAll();
    return { added, file: waiverFile() };
  }
  return null;
});

/** [start, end] offsets of a message in the open document */
const offsetsOf = (doc: TextDocument, m: LintMessage): [number, number] => [
  doc.offsetAt({ line: m.line - 1, character: m.column - 1 }),
  doc.offsetAt({ line: (m.endLine ?? m.line) - 1, character: (m.endColumn ?? m.column) - 1 }),
];
const textEdit = (doc: TextDocument, [s, e]: [number, number], newText: string) => ({ range: { start: doc.positionAt(s), end: doc.positionAt(e) }, newText });

connection.onHover((p): Hover | null => {
  const doc = documents.get(p.textDocument.uri);
  const o = doc?.offsetAt(p.position) ?? -1;
  const m = doc && lastMessages.get(p.textDocument.uri)?.find((x) => { const [s, e] = offsetsOf(doc, x); return o >= s && o <= e; });
  if (!m) return null;
  const basis = (m.basis ?? []).map((b) => `${b.instrument}${b.article ?? ''}`).join('；');
  // the rule's title in the reader's language, then its id
  let title: string | undefined;
  try { title = xiaobao().linterFor(xiaobao().configFor(fileOf(p.textDocument.uri))).rules.find((r) => r.id === m.ruleId)?.title[settings.locale]; } catch { /* a broken config: the id alone */ }
  return { contents: { kind: 'markdown', value: [title ? `**${title}**（${m.ruleId}）` : `**${m.ruleId}**`, basis ? `**依据**：${basis}` : '', m.suggestion ? `**建议**：${m.suggestion}` : '', `[规则说明](${DOCS}/${m.ruleId}.md)`].filter(Boolean).join('\n\n') } };
});

connection.onCodeAction((p): CodeAction[] => {
  const doc = documents.get(p.textDocument.uri);
  if (!doc) return [];
  const msgs = lastMessages.get(p.textDocument.uri) ?? [];
  const edit = (range: [number, number], text: string) => ({ changes: { [doc.uri]: [textEdit(doc, range, text)] } });
  const actions: CodeAction[] = [];
  const only = p.context.only;
  if (only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll))) {
    const fixes = msgs.filter((m) => m.fix).map((m) => m.fix!).sort((a, b) => b.range[0] - a.range[0]);
    const edits = [];
    let last = Infinity;
    for (const f of fixes) if (f.range[1] <= last) { edits.push(textEdit(doc, f.range, f.text)); last = f.range[0]; }
    return edits.length ? [{ title: '修复全部 xiaobao 问题（fix all）', kind: 'source.fixAll.xiaobao', edit: { changes: { [doc.uri]: edits } } }] : [];
  }
  for (const m of msgs) {
    const [s, e] = offsetsOf(doc, m);
    const rs = doc.offsetAt(p.range.start), re = doc.offsetAt(p.range.end);
    if (e < rs || s > re) continue;
    const diagnostic = toDiagnostic(m);
    if (m.fix) actions.push({ title: `修复：${m.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit(m.fix.range, m.fix.text) });
    for (const sg of m.suggestions ?? []) actions.push({ title: sg.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(sg.fix.range, sg.fix.text) });
    const format = formatOf(doc.uri, doc.languageId);
    const lineStart = doc.offsetAt({ line: m.line - 1, character: 0 });
    const indent = /^[ \t]*/.exec(doc.getText().slice(lineStart))?.[0] ?? '';
    const comment = format === 'text' ? `${indent}# xiaobao-disable-next-line ${m.ruleId} -- 原因\n` : `${indent}<!-- xiaobao-disable-next-line ${m.ruleId} -- 原因 -->\n`;
    actions.push({ title: `在此行停用 ${m.ruleId}（disable on this line）`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([lineStart, lineStart], comment) });
    if (m.fingerprint && !m.ruleId?.startsWith('waivers/')) actions.push({ title: `添加豁免：${m.ruleId}（add a waiver to ${WAIVERS_FILE}）`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: '添加豁免', command: COMMANDS.addWaiver, arguments: [{ uri: doc.uri, ruleId: m.ruleId, fingerprint: m.fingerprint }] } });
  }
  return actions;
});

// one bad request must not take the editor's linting down with it
process.on('unhandledRejection', (e) => connection.console.error(`xiaobao: ${String((e as Error)?.stack ?? e)}`));

documents.listen(connection);
connection.listen();

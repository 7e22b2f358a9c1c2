// The language server as a real process over stdio, driven by a real JSON-RPC client (vscode-jsonrpc).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

const ROOT = path.resolve(__dirname, '../../..');
// the workspace is a scratch folder: the waivers and config files the tests write go there
const WS = fs.mkdtempSync(path.join(os.tmpdir(), 'xiaobao-lsp-'));
const URI = `file://${WS}/__lsp_test__.md`;
const SERVER = process.env.XIAOBAO_LSP_SERVER ?? path.join(ROOT, 'packages/language-server/bin/xiaobao-language-server.js');
let proc: ChildProcess;
let conn: MessageConnection;
const diagnostics: { uri: string; version?: number; diagnostics: any[] }[] = [];
const shown: string[] = [];
const waitFor = async <T>(pred: () => T | undefined, ms = 10_000): Promise<T> => {
  const t = Date.now();
  for (;;) { const v = pred(); if (v) return v; if (Date.now() - t > ms) throw new Error('timeout'); await new Promise((r) => setTimeout(r, 20)); }
};

beforeAll(async () => {
  proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onNotification('textDocument/publishDiagnostics', (p: any) => diagnostics.push(p));
  conn.onNotification('window/showMessage', (p: any) => shown.push(p.message));
  conn.listen();
  const init: any = await conn.sendRequest('initialize', { processId: process.pid, rootUri: `file://${WS}`, capabilities: {}, initializationOptions: { debounceMs: 5 } });
  expect(init.capabilities.hoverProvider).toBe(true);
  conn.sendNotification('initialized', {});
});
// the exit notification is awaited and the server let go before the connection is closed: a write still in flight when the
// stream is destroyed rejects after the suite (ERR_STREAM_DESTROYED, seen once in CI)
afterAll(async () => {
  await conn.sendRequest('shutdown').catch(() => {});
  const exited = new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once('exit', r)));
  await conn.sendNotification('exit').catch(() => {});
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  conn.dispose(); proc.kill(); fs.rmSync(WS, { recursive: true, force: true });
});

describe('language server', () => {
  it('didOpen → diagnostics with exact ranges, severity, rule code and docs link', async () => {
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n本产品保本保收益，欢迎购买。\n' } });
    const d = await waitFor(() => diagnostics.find((x) => x.uri === URI && x.version === 1));
    const g = d.diagnostics.find((x: any) => String(x.code).startsWith('banned-terms/'));
    expect(g).toMatchObject({ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 8 } }, severity: 1, source: 'xiaobao' });
    expect(g.codeDescription.href).toContain(`docs/rules/${g.code}.md`);
  });

  it('hover shows the rule title, the basis and the suggested wording', async () => {
    const h: any = await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 5 } });
    expect(h.contents.value).toMatch(/^\*\*承诺保本保收益\*\*（banned-terms\/guaranteed-principal-or-return）/);
    expect(h.contents.value).toContain('依据');
    expect(h.contents.value).toContain('建议');
  });

  it('code actions: disable on this line (a Markdown comment), applied as an edit', async () => {
    const actions: any[] = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: { line: 4, character: 4 }, end: { line: 4, character: 4 } }, context: { diagnostics: [] } });
    const disable = actions.find((a) => a.title.includes('disable on this line'));
    const e = disable.edit.changes[URI][0];
    expect(e.newText).toMatch(/^<!-- xiaobao-disable-next-line banned-terms\/[a-z-]+ -- 原因 -->\n$/);
    // apply it as the editor would, and the finding goes away
    const text = '# 启元理财\n\n理财非存款、产品有风险、投资须谨慎。\n\n' + e.newText + '本产品保本保收益，欢迎购买。\n';
    conn.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text }] });
    const d = await waitFor(() => diagnostics.find((x) => x.uri === URI && x.version === 2));
    expect(d.diagnostics.filter((x: any) => String(x.code).startsWith('banned-terms/'))).toEqual([]);
  });

  it('fix-all applies the fixes (a missing key-clause emphasis is wrapped in **)', async () => {
    const uri = URI.replace('__lsp_test__', '__lsp_contract__');
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 借款合同\n\n借款人提前还款的，应支付违约金。\n' } });
    await waitFor(() => diagnostics.find((x) => x.uri === uri && x.diagnostics.length));
    const actions: any[] = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.xiaobao'] } });
    expect(actions[0].edit.changes[uri][0].newText).toBe('**借款人提前还款的，应支付违约金。**');
  });

  it('add a waiver: the code action runs a command that writes xiaobao-waivers.json, and the finding is hidden', async () => {
    const uri = URI.replace('__lsp_test__', '__lsp_waive__');
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 公告\n\n本产品稳赚不赔。\n' } });
    await waitFor(() => diagnostics.find((x) => x.uri === uri && x.diagnostics.some((d: any) => String(d.code).startsWith('banned-terms/'))));
    const actions: any[] = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 2, character: 4 }, end: { line: 2, character: 4 } }, context: { diagnostics: [] } });
    const waive = actions.find((a) => a.title.includes('add a waiver'));
    expect(waive.command.command).toBe('xiaobao.addWaiver');
    const n = diagnostics.length;
    const res: any = await conn.sendRequest('workspace/executeCommand', { command: waive.command.command, arguments: [{ ...waive.command.arguments[0], reason: '法务已确认', reviewer: '王审核' }] });
    expect(res.added).toBe(1);
    const file = JSON.parse(fs.readFileSync(path.join(WS, 'xiaobao-waivers.json'), 'utf8'));
    expect(file.waivers[0]).toMatchObject({ file: '__lsp_waive__.md', text: '稳赚不赔', reason: '法务已确认', reviewer: '王审核' });
    const after = await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri));
    expect(after.diagnostics.filter((d: any) => String(d.code).startsWith('banned-terms/'))).toEqual([]);
  });

  it('a config file change (watched files) re-lints open documents; settings can turn linting off and on', async () => {
    const uri = URI.replace('__lsp_test__', '__lsp_config__');
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '# 公告\n\n本产品零风险。\n' } });
    const first = await waitFor(() => diagnostics.find((x) => x.uri === uri && x.diagnostics.length));
    const rule = first.diagnostics[0].code;
    let n = diagnostics.length;
    fs.writeFileSync(path.join(WS, 'xiaobao.config.json'), JSON.stringify({ rules: { [rule]: 'off' } }));
    conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${WS}/xiaobao.config.json`, type: 1 }] });
    const off = await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri));
    expect(off.diagnostics.map((d: any) => d.code)).not.toContain(rule);
    fs.rmSync(path.join(WS, 'xiaobao.config.json'));
    conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${WS}/xiaobao.config.json`, type: 3 }] });
    await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri && x.diagnostics.some((d: any) => d.code === rule)));
    // an invalid config file: one diagnostic naming the file and the key, one pop-up (not one per keystroke)
    n = diagnostics.length;
    fs.writeFileSync(path.join(WS, 'xiaobao.config.json'), JSON.stringify({ rules: { 'banned-terms': 'loud' } }));
    conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${WS}/xiaobao.config.json`, type: 1 }] });
    const bad = await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri));
    expect(bad.diagnostics).toHaveLength(1);
    expect(bad.diagnostics[0].message).toMatch(/xiaobao\.config\.json[\s\S]*banned-terms/);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '# 公告\n\n本产品零风险！\n' }] });
    await waitFor(() => diagnostics.find((x) => x.uri === uri && x.version === 2));
    expect(shown.filter((m) => m.includes('xiaobao.config.json'))).toHaveLength(1);
    fs.rmSync(path.join(WS, 'xiaobao.config.json'));
    conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${WS}/xiaobao.config.json`, type: 3 }] });
    await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri && x.diagnostics.some((d: any) => d.code === rule)));

    n = diagnostics.length;
    conn.sendNotification('workspace/didChangeConfiguration', { settings: { xiaobao: { enable: false } } });
    await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri && x.diagnostics.length === 0));
    n = diagnostics.length;
    conn.sendNotification('workspace/didChangeConfiguration', { settings: { xiaobao: { enable: true, locale: 'en' } } });
    const en = await waitFor(() => diagnostics.slice(n).find((x) => x.uri === uri && x.diagnostics.length));
    expect(en.diagnostics[0].message).toMatch(/[A-Za-z]{4,}/);
    expect(en.diagnostics[0].message).not.toBe(first.diagnostics[0].message);
    conn.sendNotification('workspace/didChangeConfiguration', { settings: { xiaobao: { locale: 'zh' } } });
  });

  it('a contract between companies (no rule applied) says so as information on its first line; a consumer\'s contract does not', async () => {
    const b2b = '借款合同\n贷款人：某某小额贷款有限公司\n法定代表人：张三\n借款人：某某贸易有限公司\n法定代表人：王五\n第一条 罚息\n借款人逾期还款的，贷款人按日万分之五计收罚息，并有权宣布贷款提前到期。\n';
    const uri = URI.replace('__lsp_test__', '__lsp_b2b__'), b2c = URI.replace('__lsp_test__', '__lsp_b2c__');
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: b2b } });
    const d = await waitFor(() => diagnostics.find((x) => x.uri === uri));
    expect(d.diagnostics).toHaveLength(1);
    expect(d.diagnostics[0]).toMatchObject({ severity: 3, code: 'out-of-scope', source: 'xiaobao', range: { start: { line: 0, character: 0 } } });
    expect(d.diagnostics[0].message).toContain('不属于金融消费者权益保护审查范围');
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri: b2c, languageId: 'markdown', version: 1, text: b2b.replace('某某贸易有限公司\n法定代表人：王五', '李四\n身份证号码：110101199001011234') } });
    const c = await waitFor(() => diagnostics.find((x) => x.uri === b2c && x.diagnostics.length));
    expect(c.diagnostics.some((x: any) => x.code === 'out-of-scope')).toBe(false);
    expect(c.diagnostics.some((x: any) => String(x.code).startsWith('key-clause-emphasis/'))).toBe(true);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    conn.sendNotification('textDocument/didClose', { textDocument: { uri: b2c } });
  });

  it('.docx through the lintFile command: findings for the Word file, and a corrupt file reported, not crashed', async () => {
    const docx = path.join(ROOT, 'fixtures/docx/consumer-loan-contract.docx');
    const r: any = await conn.sendRequest('workspace/executeCommand', { command: 'xiaobao.lintFile', arguments: [`file://${docx}`] });
    expect(r.errorCount + r.warningCount).toBeGreaterThan(0);
    const d = await waitFor(() => diagnostics.find((x) => x.uri === `file://${docx}` && x.diagnostics.length));
    expect(d.diagnostics.every((x: any) => x.source === 'xiaobao')).toBe(true);
    const bad = path.join(ROOT, 'fixtures/bad/encrypted.docx');
    const b: any = await conn.sendRequest('workspace/executeCommand', { command: 'xiaobao.lintFile', arguments: [bad] });
    expect(b.fatal).toBeTruthy();
    const bd = await waitFor(() => diagnostics.find((x) => x.uri === `file://${bad}`));
    expect(bd.diagnostics[0].message).toContain('无法检查 encrypted.docx');
    expect(proc.exitCode).toBe(null);
  });

  it('1,000 random edits: no crash, the last version always gets its diagnostics, memory stays bounded', async () => {
    const uri = URI.replace('__lsp_test__', '__lsp_fuzz__');
    let text = '本产品保本保收益。\n';
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const pieces = ['稳赚不赔', '，', '。\n', '零风险', '日利率0.05%', '年化利率（单利）18%', '不', '理财', '**', '最高', '第一条', ' '];
    const edits = fc.sample(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...pieces)), 1000);
    let version = 1;
    for (const [pos, del, ins] of edits) {
      const at = pos % (text.length + 1);
      text = text.slice(0, at) + ins + text.slice(at + del);
      version++;
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }
    const final = await waitFor(() => diagnostics.find((x) => x.uri === uri && x.version === version), 30_000);
    expect(Array.isArray(final.diagnostics)).toBe(true);
    expect(proc.exitCode).toBe(null);
    const rss = Number((await import('node:fs')).readFileSync(`/proc/${proc.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    expect(rss).toBeLessThan(600);
  }, 60_000);
});

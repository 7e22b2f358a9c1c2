// The client's own behaviour inside a real VS Code (code-server's extension host): the server runs in the host's
// node with the segmenter's native module, settings reach the server, the .docx command fills diagnostics.
// The workspace (made by test/e2e/e2e.sh) holds ad.md (a banned term) and contract.docx.
import * as assert from 'node:assert';
import * as vscode from 'vscode';

async function waitFor<T>(fn: () => T | undefined | false, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'xiaobao');
const setting = (key: string, value: unknown) => vscode.workspace.getConfiguration('xiaobao').update(key, value, vscode.ConfigurationTarget.Global);

suite('xiaobao in a real VS Code', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;

  test('the server runs in the extension host’s node and segments with @node-rs/jieba there', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'xiaobao-vscode')!;
    await ext.activate();
    const info: any = await vscode.commands.executeCommand('xiaobao.info');
    assert.strictEqual(info.node, process.version);
    assert.strictEqual(info.segmenter, 'node-rs');
    assert.match(info.cut, /保本/);
  });

  test('diagnostics on open; settings (enable, locale) reach the server', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'ad.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const d = await waitFor(() => { const x = ours(uri); return x.length > 0 && x; });
    const banned = d.find((x) => String((x.code as any)?.value ?? x.code).startsWith('banned-terms/'))!;
    assert.strictEqual(doc.getText(banned.range), '稳赚不赔');
    assert.strictEqual(banned.severity, vscode.DiagnosticSeverity.Error);
    const zh = banned.message;

    await setting('enable', false);
    await waitFor(() => ours(uri).length === 0);
    await setting('enable', true);
    await setting('locale', 'en');
    const en = await waitFor(() => ours(uri).find((x) => x.range.isEqual(banned.range) && x.message !== zh));
    assert.match(en.message, /[A-Za-z]{4,}/);
    await setting('locale', undefined);
    await waitFor(() => ours(uri).find((x) => x.message === zh));
  });

  test('fix all (source.fixAll.xiaobao) is offered for a contract clause that is not bold', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 借款合同\n\n借款人提前还款的，应支付违约金。\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor(() => ours(doc.uri).length > 0 && true);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.xiaobao');
    const all = actions.find((a) => a.kind?.value === 'source.fixAll.xiaobao');
    assert.ok(all?.edit, 'fix all offered');
    assert.ok(await vscode.workspace.applyEdit(all!.edit!));
    assert.match(doc.getText(), /\*\*借款人提前还款的，应支付违约金。\*\*/);
  });

  test('“检查 Word 文件” lints a .docx into the Problems panel', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'contract.docx');
    const res: any = await vscode.commands.executeCommand('xiaobao.lintDocx', uri);
    assert.ok(res.errorCount + res.warningCount > 0, JSON.stringify(res));
    const d = await waitFor(() => { const x = ours(uri); return x.length > 0 && x; });
    assert.strictEqual(d.length, res.errorCount + res.warningCount);
  });
});

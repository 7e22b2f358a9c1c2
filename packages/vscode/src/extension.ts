// xiaobao for VS Code: a thin client. It starts the language server (bundled next to this file) in the Node
// that VS Code runs extensions with, passes the settings, shows a status-bar count, and adds the commands:
// lint a .docx into the Problems panel, fix all, restart. Everything else (diagnostics, hover, quick fixes,
// disable-on-line, waivers) comes from the server, so Neovim and other LSP editors get the same.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let status: vscode.StatusBarItem;
let serverInfo = '';

function settings() {
  const c = vscode.workspace.getConfiguration('xiaobao');
  return { enable: c.get<boolean>('enable', true), locale: c.get<'zh' | 'en'>('locale', 'zh'), product: c.get<string>('product', '') || undefined, run: c.get<'onType' | 'onSave'>('run', 'onType') };
}

function updateStatus() {
  let errors = 0, warnings = 0;
  for (const [, diags] of vscode.languages.getDiagnostics()) for (const d of diags) {
    if (d.source !== 'xiaobao') continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++; else warnings++;
  }
  const enabled = settings().enable;
  status.text = !enabled ? '$(circle-slash) 消保' : errors + warnings ? `$(warning) 消保 ${errors} 错误 ${warnings} 警告` : '$(check) 消保';
  const summary = !enabled ? 'xiaobao 已停用（disabled）' : `xiaobao：${errors} 个错误，${warnings} 个警告（errors, warnings）`;
  status.tooltip = `${summary}${serverInfo ? `\n${serverInfo}` : ''}\n点击查看问题（click to show problems）`;
  status.accessibilityInformation = { label: `${summary} ${serverInfo}` };
  status.show();
}

async function fetchInfo() {
  try {
    const info: any = await vscode.commands.executeCommand('xiaobao.info');
    serverInfo = `服务：node ${info.node}（ABI ${info.abi}），分词 ${info.segmenter}：${info.cut}`;
    updateStatus();
  } catch (e) {
    serverInfo = `服务信息不可用：${(e as Error).message}`;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  };
  const languages = ['markdown', 'plaintext', 'html'];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    initializationOptions: settings(),
    synchronize: { configurationSection: 'xiaobao' },
    middleware: {
      // "add a waiver": ask for the reason first (a waiver without a reason is not a review)
      executeCommand: async (command, args, next) => {
        if (command === 'xiaobao.addWaiver') {
          const reason = await vscode.window.showInputBox({ title: '添加豁免（add a waiver）', prompt: '豁免原因，例如“法务已确认，该表述为产品名称”（reason）', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : '请填写原因（a reason is required）') });
          if (reason === undefined) return undefined;
          const res: any = await next(command, [{ ...args[0], reason }]);
          if (res?.added) vscode.window.showInformationMessage(`已写入豁免：${path.basename(res.file)}`);
          return res;
        }
        return next(command, args);
      },
    },
  };
  client = new LanguageClient('xiaobao', 'xiaobao 消保审查', serverOptions, clientOptions);

  status = vscode.window.createStatusBarItem('xiaobao.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'xiaobao';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(
    status,
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('xiaobao')) updateStatus(); }),
    vscode.commands.registerCommand('xiaobao.lintDocx', async (uri?: vscode.Uri) => {
      if (!uri) {
        const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word 文档': ['docx'] }, title: '选择要检查的 Word 文件（choose a .docx）' });
        if (!picked?.length) return;
        uri = picked[0];
      }
      const res: any = await vscode.commands.executeCommand('xiaobao.lintFile', uri.toString());
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      if (res?.fatal) vscode.window.showErrorMessage(`无法检查 ${path.basename(uri.fsPath)}：${res.fatal}`);
      else vscode.window.showInformationMessage(`${path.basename(uri.fsPath)}：${res?.errorCount ?? 0} 个错误，${res?.warningCount ?? 0} 个警告`);
      return res;
    }),
    vscode.commands.registerCommand('xiaobao.fixAll', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.xiaobao', apply: 'first' })),
    vscode.commands.registerCommand('xiaobao.restart', async () => { await client?.restart(); await fetchInfo(); }),
  );
  updateStatus();
  await client.start();
  await fetchInfo();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

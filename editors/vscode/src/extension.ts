// VS Code client for the copydesk language server (`copydesk lsp`, stdio).

import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import {
  languagesFrom,
  notFoundMessage,
  RawSettings,
  resolveServerCommand,
  statusText,
  statusTooltip,
  toServerOptions,
} from "./config";

const SECTION = "copydesk";
const FIX_ALL_KIND = "source.fixAll.copydesk";

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusItem: vscode.StatusBarItem;
let languages: string[] = [];
let lastWarnings = "";

function readSettings(): RawSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    path: c.get("path"),
    languages: c.get("languages"),
    lintOn: c.get("lintOn"),
    documentDate: c.get("documentDate"),
    debounceMs: c.get("debounceMs"),
    maxFileSize: c.get("maxFileSize"),
    rules: c.get("rules"),
    trace: c.get("trace.server"),
  };
}

function serverOptionsFromSettings() {
  const { options, warnings } = toServerOptions(readSettings());
  const joined = warnings.join("\n");
  if (joined && joined !== lastWarnings) {
    for (const w of warnings) output.appendLine(`[settings] ${w}`);
    void vscode.window.showWarningMessage(warnings[0] + (warnings.length > 1 ? ` (and ${warnings.length - 1} more, see the output)` : ""));
  }
  lastWarnings = joined;
  return options;
}

function firstWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

async function startClient(): Promise<void> {
  const settings = readSettings();
  languages = languagesFrom(settings.languages);

  const resolution = resolveServerCommand(settings.path, { workspaceFolder: firstWorkspaceFolder() });
  if (!resolution.found) {
    const msg = notFoundMessage(resolution, settings.path);
    output.appendLine(msg);
    output.appendLine(`Looked for: ${resolution.tried.slice(0, 20).join(", ")}${resolution.tried.length > 20 ? ", ..." : ""}`);
    statusItem.text = "$(error) copydesk";
    statusItem.tooltip = "copydesk: server binary not found. Click to set copydesk.path.";
    statusItem.command = { title: "Set copydesk.path", command: "workbench.action.openSettings", arguments: ["copydesk.path"] };
    statusItem.show();
    const choice = await vscode.window.showErrorMessage(msg, "Set copydesk.path", "Show output");
    if (choice === "Set copydesk.path") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.path");
    } else if (choice === "Show output") {
      output.show(true);
    }
    return;
  }

  output.appendLine(`Starting ${resolution.command} lsp`);
  const run = { command: resolution.command, args: ["lsp"] };
  const serverOptions: ServerOptions = { run, debug: run };

  const documentSelector = languages.flatMap((language) => [
    { scheme: "file", language },
    { scheme: "untitled", language },
  ]);

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    initializationOptions: serverOptionsFromSettings(),
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // When the server uses pull diagnostics: pull on change and on save
    // (the latter matters for lintOn = "save").
    diagnosticPullOptions: { onChange: true, onSave: true },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/copydesk.toml"),
    },
    middleware: {
      workspace: {
        // Answer the server's `workspace/configuration` pull with the mapped
        // settings (the same shape as the initialization options).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return params.items.map((item, i) =>
            item.section === SECTION ? serverOptionsFromSettings() : result[i],
          );
        },
      },
    },
  };

  const c = new LanguageClient(SECTION, "copydesk", serverOptions, clientOptions);
  client = c;
  c.onDidChangeState((e) => {
    if (e.newState === State.Stopped && client === c) updateStatus();
  });
  try {
    await c.start();
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    output.appendLine(`copydesk: the server failed to start: ${detail}`);
    const choice = await vscode.window.showErrorMessage(
      `copydesk: "${resolution.command} lsp" failed to start (${detail}). Check that it is a copydesk build with the \`lsp\` subcommand, or set "copydesk.path".`,
      "Show output",
      "Set copydesk.path",
    );
    if (choice === "Show output") output.show(true);
    else if (choice === "Set copydesk.path") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "copydesk.path");
    }
  }
  updateStatus();
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    if (c.state !== State.Stopped) await c.stop(2000);
  } catch (err) {
    output.appendLine(`copydesk: error while stopping the server: ${String(err)}`);
  }
  try {
    await c.dispose();
  } catch {
    // already disposed
  }
}

function countFindings(uri: vscode.Uri) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== "copydesk") continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) counts.error++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) counts.warning++;
    else counts.info++;
  }
  return counts;
}

function updateStatus(): void {
  const editor = vscode.window.activeTextEditor;
  if (!client) {
    if (!statusItem.text.startsWith("$(error)")) statusItem.hide();
    return;
  }
  if (!editor || !languages.includes(editor.document.languageId)) {
    statusItem.hide();
    return;
  }
  if (client.state !== State.Running) {
    statusItem.text = "$(sync~spin) copydesk";
    statusItem.tooltip = "copydesk: server starting";
    statusItem.command = "copydesk.showOutput";
    statusItem.show();
    return;
  }
  const counts = countFindings(editor.document.uri);
  const total = counts.error + counts.warning + counts.info;
  statusItem.text = statusText(total) ?? "copydesk";
  statusItem.tooltip = statusTooltip(counts);
  statusItem.command = "workbench.actions.view.problems";
  statusItem.show();
}

async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage("copydesk: open a document first.");
    return;
  }
  const doc = editor.document;
  if (!client || client.state !== State.Running) {
    void vscode.window.showWarningMessage("copydesk: the server is not running (see \"copydesk: Show output\").");
    return;
  }
  if (!languages.includes(doc.languageId)) {
    void vscode.window.showInformationMessage(
      `copydesk does not check "${doc.languageId}" documents (see the copydesk.languages setting).`,
    );
    return;
  }
  const fullRange = doc.validateRange(new vscode.Range(0, 0, doc.lineCount, 0));
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      "vscode.executeCodeActionProvider",
      doc.uri,
      fullRange,
      FIX_ALL_KIND,
      10,
    )) ?? [];
  const fixAllKind = vscode.CodeActionKind.SourceFixAll.append("copydesk");
  const action = actions.find(
    (a): a is vscode.CodeAction => "kind" in a && a.kind !== undefined && fixAllKind.contains(a.kind),
  );
  if (!action) {
    // Fall back on VS Code's own runner for the kind.
    await vscode.commands.executeCommand("editor.action.codeAction", { kind: FIX_ALL_KIND, apply: "first" });
    return;
  }
  let applied = false;
  if (action.edit && action.edit.size > 0) {
    applied = await vscode.workspace.applyEdit(action.edit);
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    applied = true;
  }
  if (!applied) {
    void vscode.window.showInformationMessage("copydesk: no safe fixes to apply in this document.");
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("copydesk");
  statusItem = vscode.window.createStatusBarItem("copydesk.status", vscode.StatusBarAlignment.Right, 100);
  statusItem.name = "copydesk";
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand("copydesk.fixAll", fixAll),
    vscode.commands.registerCommand("copydesk.restartServer", async () => {
      output.appendLine("Restarting the server");
      await stopClient();
      statusItem.text = "";
      await startClient();
    }),
    vscode.commands.registerCommand("copydesk.showOutput", () => output.show(true)),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) updateStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      if (e.affectsConfiguration(`${SECTION}.path`) || e.affectsConfiguration(`${SECTION}.languages`)) {
        output.appendLine("copydesk.path or copydesk.languages changed: restarting the server");
        await stopClient();
        statusItem.text = "";
        await startClient();
        return;
      }
      if (e.affectsConfiguration(`${SECTION}.trace.server`)) return; // the client handles it
      if (client && client.state === State.Running) {
        await client.sendNotification("workspace/didChangeConfiguration", {
          settings: { [SECTION]: serverOptionsFromSettings() },
        });
      }
    }),
  );

  await startClient();
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

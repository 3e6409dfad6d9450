import * as path from 'node:path';
import * as vscode from 'vscode';
import { randomUUID } from 'node:crypto';
import { ExecuteCommandRequest, LanguageClient, TransportKind, WorkDoneProgress, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { addTermCommand } from '../../server/src/addTermProtocol';
import { checkAllNotesCommand, checkNoteCommand, describeCounts, type CheckStateOptions, type FindingCounts } from '../../server/src/commands';
import { CheckStatusBar } from './checkStatusBar';
import { serverExecArgv } from '../../server/src/launch';
import { resolveWithOpenFiles, withOpenFiles } from './openFiles';
import { isNoteDocument, noteSelector } from './noteLanguages';
import { unsavedUnsentFile } from './renameEdits';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let checkStatusBar: CheckStatusBar | undefined;
/** The language client's subscriptions that end with it (the status bar item's notifications). */
let clientSubscriptions: vscode.Disposable[] = [];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Regen Notes', { log: true });
  checkStatusBar = new CheckStatusBar(() => client);
  context.subscriptions.push(
    output,
    checkStatusBar,
    // Where the active note's check stands, as the status bar item shows it: for the e2e suite, which cannot read the status bar.
    vscode.commands.registerCommand('regenNotes.checkStatus', () => checkStatusBar?.status),
    vscode.commands.registerCommand('regenNotes.restartServer', () => restart(context)),
    vscode.commands.registerCommand('regenNotes.enableSuggestionsWhileTyping', enableSuggestionsWhileTyping),
    vscode.commands.registerCommand('regenNotes.checkNote', checkNote),
    vscode.commands.registerCommand('regenNotes.checkAllNotes', checkAllNotes),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function stop(): Promise<void> {
  for (const subscription of clientSubscriptions) subscription.dispose();
  clientSubscriptions = [];
  await client?.stop();
  client = undefined;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: serverExecArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: noteSelector,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,json,md,markdown,txt,qmd,Rmd,rmd}') },
    initializationOptions: { noteCheckStateChanges: true } satisfies CheckStateOptions,
    outputChannel: output,
    traceOutputChannel: output,
    // Only notes are synced: the server gets an open vocabulary file's text when it writes into it.
    middleware: {
      resolveCodeAction: (item, token, next) =>
        resolveWithOpenFiles(item as vscode.CodeAction & { data?: unknown }, (sent) => next(sent, token), documentAt, (uri) => {
          void vscode.window.showWarningMessage(`Regen Notes: ${vscode.Uri.parse(uri).fsPath} changed while the term was being added; nothing was written. Choose the action again.`);
        }),
      executeCommand: (command, args, next) => next(command, command === addTermCommand ? [withOpenFiles(args[0], documentAt), ...args.slice(1)] : args),
      provideRenameEdits: async (document, position, newName, token, next) => {
        // A refusal is shown here and answered with an edit of nothing: refused (or answered with
        // none), VS Code asks the next rename provider, the built-in markdown one, which takes
        // `[@smith2015]` for a link and makes it `[smith2015kc]`, in this note alone.
        try {
          const edit = await next(document, position, newName, token);
          const unsaved = edit && unsavedUnsentFile(edit.entries().map(([uri]) => uri.toString()), documentAt);
          if (unsaved) throw new Error(`Save ${vscode.workspace.asRelativePath(vscode.Uri.parse(unsaved))} first: the rename was made from it as saved, and it has changes that are not.`);
          return edit ?? new vscode.WorkspaceEdit();
        } catch (error) {
          if (token.isCancellationRequested) throw error;
          void vscode.window.showWarningMessage(`Regen Notes: ${error instanceof Error ? error.message : String(error)}`);
          return new vscode.WorkspaceEdit();
        }
      },
    },
  };
  client = new LanguageClient('regenNotes', 'Regen Notes', serverOptions, clientOptions);
  if (checkStatusBar) clientSubscriptions.push(checkStatusBar.listenTo(client));
  try {
    await client.start();
    void checkStatusBar?.refresh();
  } catch (error) {
    const message = `Regen Notes could not start its language server: ${error instanceof Error ? error.message : String(error)}`;
    output?.appendLine(message);
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => choice && output?.show());
  }
}

/** The document open at a URI the server wrote, compared as VS Code spells URIs. */
function documentAt(uri: string): vscode.TextDocument | undefined {
  const key = vscode.Uri.parse(uri).toString();
  return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === key);
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  await stop().catch((error: unknown) => output?.appendLine(`Stopping the server failed: ${String(error)}`));
  client = undefined;
  await start(context);
  void vscode.window.setStatusBarMessage('Regen Notes: server restarted', 3000);
}

/**
 * Asks the server to check a note now, whatever `regenNotes.check.frequency` says (with `manual`,
 * this is how a note gets findings), and says in the status bar what it found; the findings
 * themselves come as the note's diagnostics. The note is the one a menu passes (`resource`: the
 * editor's or the Explorer's context menu), else the active editor's; one that is not open is
 * read from disk by the server.
 */
async function checkNote(resource?: unknown): Promise<void> {
  const running = client;
  if (!running) {
    void vscode.window.showWarningMessage('Regen Notes: the language server is not running; run "Regen Notes: Restart Server".');
    return;
  }
  const target = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  const document = target && documentAt(target.toString());
  if (!target || (document ? !isNoteDocument(document) : !(resource instanceof vscode.Uri))) {
    void vscode.window.showWarningMessage('Regen Notes: Check This Note checks the note (markdown, Quarto or R Markdown) in the active editor, and there is none.');
    return;
  }
  const name = vscode.workspace.asRelativePath(target);
  try {
    const found = (await running.sendRequest(ExecuteCommandRequest.type, { command: checkNoteCommand, arguments: [running.code2ProtocolConverter.asUri(target)] })) as FindingCounts;
    void vscode.window.setStatusBarMessage(`Regen Notes: checked ${name}${document ? '' : ' (read from disk)'}: ${describeCounts(found)}`, 5000);
  } catch (error) {
    void vscode.window.showErrorMessage(`Regen Notes could not check ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Asks the server to check every note of the workspace, with its progress in a notification that
 * has a Cancel button (progress the server starts itself goes to the status bar, which has none).
 * The server shows the summary when it is done.
 */
async function checkAllNotes(): Promise<void> {
  const running = client;
  if (!running) {
    void vscode.window.showWarningMessage('Regen Notes: the language server is not running; run "Regen Notes: Restart Server".');
    return;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Regen Notes: checking all notes', cancellable: true }, async (progress, token) => {
    const workDoneToken = randomUUID();
    const reports = running.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'report' && value.message) progress.report({ message: value.message });
    });
    try {
      await running.sendRequest(ExecuteCommandRequest.type, { command: checkAllNotesCommand, workDoneToken }, token);
    } catch (error) {
      if (!token.isCancellationRequested) void vscode.window.showErrorMessage(`Regen Notes could not check all notes: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      reports.dispose();
    }
  });
}

/** Quick suggestions are off for markdown by default; this turns them on for this workspace, when asked. */
async function enableSuggestionsWhileTyping(): Promise<void> {
  const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
  await markdown.update('quickSuggestions', { other: 'on', comments: 'off', strings: 'off' }, vscode.ConfigurationTarget.Workspace, true);
  void vscode.window.showInformationMessage('Regen Notes: suggestions now appear while you type in this workspace’s markdown files.');
}

// Helpers shared by the e2e cases: fixture paths, positions located by text, polling with a deadline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'regen-notes.regen-notes';

/** Polls `fn` until it returns a value that is not undefined, null or false, or throws at the deadline. */
export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  deadlineMs = 20_000, what = 'a condition'): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run must open the fixture workspace folder');
  return folder.uri;
}

export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Opens a fixture file in an editor and returns it. */
export async function openNote(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Position of the `nth` occurrence of `text` in the document, moved `delta` characters into it. */
export function positionOf(document: vscode.TextDocument, text: string, delta = 0, nth = 0): vscode.Position {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = document.getText().indexOf(text, offset + 1);
    assert.notEqual(offset, -1, `"${text}" (occurrence ${nth}) not found in ${document.uri.fsPath}`);
  }
  return document.positionAt(offset + delta);
}

/** Position just after the `nth` occurrence of `text`. */
export function positionAfter(document: vscode.TextDocument, text: string, nth = 0): vscode.Position {
  return positionOf(document, text, text.length, nth);
}

function markdownText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/** All hover text the providers give at `position`, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? []).flatMap((hover) => hover.contents.map(markdownText)).join('\n');
}

export async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', uri, position);
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** Our diagnostics with `code` in the document. */
export function findings(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'regen-notes' && diagnosticCode(diagnostic) === code);
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `extension ${extensionId} is not installed in this extension host`);
  return waitFor(() => extension.isActive && extension, 30_000, `${extensionId} to activate`);
}

/** Closes every editor and reverts unsaved changes, so each case starts from the fixture on disk. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

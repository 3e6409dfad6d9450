import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, extensionId, openNote } from './util';

suite('activation', () => {
  teardown(closeAllEditors);

  test('activates when a markdown note is opened', async () => {
    const editor = await openNote('notes/kupffer.md');
    assert.equal(editor.document.languageId, 'markdown');
    const extension = await activeExtension();
    // The launcher names the folder it expects the extension to run from (the installed .vsix
    // or the development folder), so a run cannot silently test the wrong build.
    const expected = process.env.REGEN_E2E_EXTENSION_PATH;
    if (expected) assert.equal(vscode.Uri.file(extension.extensionPath).fsPath, vscode.Uri.file(expected).fsPath);
    console.log(`  ${extensionId} ${extension.packageJSON.version} active from ${extension.extensionPath}`);
  });

  test('contributes the restart command', async () => {
    await openNote('notes/kupffer.md');
    await activeExtension();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('regenNotes.restartServer'), 'regenNotes.restartServer is not registered');
  });
});

// regenNotes.check.frequency "save" and "manual" in a real VS Code: it pulls a note's diagnostics
// after each edit, and the server must keep the last check's until the note is saved, or, checked
// by hand, show none until "Regen Notes: Check This Note" runs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, hoverText, openNote, positionOf, waitFor } from './util';

suite('check frequency', () => {
  teardown(closeAllEditors);

  test('with "save", an edit leaves the diagnostics as the last check found them, and saving checks the note', async () => {
    const config = vscode.workspace.getConfiguration('regenNotes');
    const before = config.inspect('check.frequency')?.workspaceValue;
    await config.update('check.frequency', 'save', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openNote('notes/save-mode.md');
      const { document } = editor;
      await activeExtension();
      const [ito] = await waitFor(() => {
        const found = findings(document.uri, 'term.non-preferred');
        return found.length === 1 && found;
      }, 30_000, 'term.non-preferred on "Ito cells" when the note is opened');
      assert.equal(document.getText(ito!.range), 'Ito cells');

      const range = new vscode.Range(positionOf(document, 'Ito cells'), positionOf(document, 'Ito cells', 'Ito cells'.length));
      assert.ok(await editor.edit((edit) => edit.replace(range, 'Stellate cells')));
      // The server has the edit (the hover reads it), and VS Code has pulled since.
      await waitFor(async () => /hepatic stellate cell/i.test(await hoverText(document.uri, positionOf(document, 'Stellate', 2))), 30_000, 'a hover on the edited text');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      assert.equal(findings(document.uri, 'term.non-preferred').length, 1, 'the edit must not check the note');

      assert.ok(await document.save());
      await waitFor(() => findings(document.uri, 'term.non-preferred').length === 0, 30_000, 'term.non-preferred to go after the save');
    } finally {
      await config.update('check.frequency', before, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('with "manual", a note has no findings until "Regen Notes: Check This Note" runs, and keeps them through an edit', async () => {
    const config = vscode.workspace.getConfiguration('regenNotes');
    const before = config.inspect('check.frequency')?.workspaceValue;
    await config.update('check.frequency', 'manual', vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openNote('notes/manual-mode.md');
      const { document } = editor;
      await activeExtension();
      // The server has the note (the hover reads it), and VS Code has pulled since.
      await waitFor(async () => /hepatic stellate cell/i.test(await hoverText(document.uri, positionOf(document, 'Ito', 1))), 30_000, 'a hover on "Ito cells"');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      assert.deepEqual(findings(document.uri, 'term.non-preferred'), [], 'no findings before the note is checked');

      await vscode.commands.executeCommand('regenNotes.checkNote');
      const [ito] = await waitFor(() => {
        const found = findings(document.uri, 'term.non-preferred');
        return found.length === 1 && found;
      }, 30_000, 'term.non-preferred on "Ito cells" after Check This Note');
      assert.equal(document.getText(ito!.range), 'Ito cells');

      assert.ok(await editor.edit((edit) => edit.insert(positionOf(document, 'Ito cells'), 'Then ')));
      await waitFor(async () => /hepatic stellate cell/i.test(await hoverText(document.uri, positionOf(document, 'Ito', 1))), 30_000, 'a hover on the edited text');
      await new Promise((resolve) => setTimeout(resolve, 2000));
      assert.equal(findings(document.uri, 'term.non-preferred').length, 1, 'the edit must not take the check off');
    } finally {
      await config.update('check.frequency', before, vscode.ConfigurationTarget.Workspace);
    }
  });
});

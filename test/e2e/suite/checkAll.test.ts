// "Regen Notes: Check All Notes" in a real VS Code: the findings of a note that is not open appear
// in the Problems panel, and opening that note does not show them twice.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, fixtureUri, openNote, waitFor } from './util';

suite('check all notes', () => {
  teardown(closeAllEditors);

  test('the command shows the findings of a note that is not open, and opening it does not double them', async () => {
    await openNote('notes/terms.md');
    await activeExtension();
    const claims = fixtureUri('notes/claims.md');
    assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === claims.toString()), 'notes/claims.md is open already');
    assert.equal(findings(claims, 'claim.unsupported').length, 0);
    await vscode.commands.executeCommand('regenNotes.checkAllNotes');
    const shown = await waitFor(() => {
      const found = findings(claims, 'claim.unsupported');
      return found.length > 0 && found;
    }, 30_000, 'claim.unsupported on the closed notes/claims.md');
    assert.deepEqual(shown.map((d) => d.range.start.line), [2]);
    const { document } = await openNote('notes/claims.md');
    // Its own pulled diagnostics replace the command's copy: one finding, not two, once settled.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await waitFor(() => findings(document.uri, 'claim.unsupported').length === 1, 30_000, 'one claim.unsupported on the opened note');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(findings(document.uri, 'claim.unsupported').length, 1);
  });
});

// Controlled-vocabulary findings: a non-preferred form from the team's vocabulary file, its quick
// fix, and the per-code level setting that turns it off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, openNote, waitFor } from './util';

const deprecatedForm = 'oval cell response';
const preferredLabel = 'ductular reaction';

async function nonPreferred(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = findings(document.uri, 'term.non-preferred');
    return found.length > 0 && found;
  }, 30_000, `term.non-preferred diagnostics in ${document.uri.fsPath}`);
}

suite('term findings', () => {
  teardown(closeAllEditors);

  test('a deprecated form from the vocabulary file gets term.non-preferred on its range', async () => {
    const { document } = await openNote('notes/terms.md');
    await activeExtension();
    const diagnostics = await nonPreferred(document);
    assert.equal(diagnostics.length, 1);
    assert.equal(document.getText(diagnostics[0]!.range), deprecatedForm);
  });

  test('its quick fix replaces the form with the preferred label', async () => {
    const { document } = await openNote('notes/terms.md');
    await activeExtension();
    const [diagnostic] = await nonPreferred(document);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = (actions ?? []).find((action): action is vscode.CodeAction =>
      'kind' in action && action.title.includes(preferredLabel));
    assert.ok(fix?.edit, `no quick fix to '${preferredLabel}' among: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), new RegExp(`An ${preferredLabel} appears`));
    await waitFor(() => findings(document.uri, 'term.non-preferred').length === 0, 30_000,
      'term.non-preferred to go away after the fix');
    // closeAllEditors reverts the unsaved edit.
  });

  test('one edit at several places, as several cursors make, is checked as the text it leaves', async () => {
    const editor = await openNote('notes/terms.md');
    const { document } = editor;
    await activeExtension();
    await nonPreferred(document);
    const line = document.lineAt(2);
    // One edit of two changes: VS Code sends them in one notification, the last first.
    assert.ok(await editor.edit((edit) => {
      edit.insert(line.range.start, 'Ito cells and fat-storing cells. ');
      edit.insert(line.range.end, ' Lipocytes too.');
    }));
    const found = await waitFor(() => {
      const diagnostics = findings(document.uri, 'term.non-preferred');
      return diagnostics.length === 4 && diagnostics;
    }, 30_000, 'four term.non-preferred diagnostics after the edit');
    const texts = found.sort((a, b) => a.range.start.compareTo(b.range.start)).map((d) => document.getText(d.range));
    assert.deepEqual(texts, ['Ito cells', 'fat-storing cells', deprecatedForm, 'Lipocytes']);
    // closeAllEditors reverts the unsaved edit.
  });

  test('regenNotes.claims.level {"term.non-preferred": "off"} removes it; restoring the setting brings it back', async () => {
    const { document } = await openNote('notes/terms.md');
    await activeExtension();
    await nonPreferred(document);
    const config = vscode.workspace.getConfiguration('regenNotes', document.uri);
    const before = config.inspect('claims.level')?.workspaceValue;
    try {
      await config.update('claims.level', { 'term.non-preferred': 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => findings(document.uri, 'term.non-preferred').length === 0, 30_000,
        'term.non-preferred to go away after the setting turned it off');
    } finally {
      await config.update('claims.level', before, vscode.ConfigurationTarget.Workspace);
    }
    await nonPreferred(document);
  });
});

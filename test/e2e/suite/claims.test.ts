// Claims, quick fixes and the claims level setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, openNote, waitFor } from './util';

const unsupported = 'Exosomal VEGF silences apoptosis in Kupffer cells.';
const cited = 'Exosomal VEGF silences apoptosis in Kupffer cells [@smith2015].';

function lineOf(document: vscode.TextDocument, text: string): number {
  const offset = document.getText().indexOf(text);
  assert.notEqual(offset, -1, `"${text}" not found in ${document.uri.fsPath}`);
  return document.positionAt(offset).line;
}

async function unsupportedClaims(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = findings(document.uri, 'claim.unsupported');
    return found.length > 0 && found;
  }, 30_000, `claim.unsupported diagnostics in ${document.uri.fsPath}`);
}

suite('claim diagnostics', () => {
  teardown(closeAllEditors);

  test('an uncited claim gets claim.unsupported; a cited one does not', async () => {
    const { document } = await openNote('notes/claims.md');
    await activeExtension();
    const diagnostics = await unsupportedClaims(document);
    const uncitedLine = lineOf(document, unsupported);
    const citedLine = lineOf(document, cited);
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [uncitedLine],
      'exactly one claim.unsupported, on the uncited sentence');
    assert.equal(diagnostics[0]!.source, 'regen-notes');
    assert.ok(!diagnostics.some((d) => d.range.start.line === citedLine));
  });
});

suite('claim quick fixes', () => {
  teardown(closeAllEditors);

  test('"Insert citation placeholder" inserts a citation into the sentence', async () => {
    const editor = await openNote('notes/claims.md');
    const { document } = editor;
    await activeExtension();
    const [diagnostic] = await unsupportedClaims(document);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const titles = (actions ?? []).map((action) => action.title);
    const fix = (actions ?? []).find((action): action is vscode.CodeAction =>
      /insert citation/i.test(action.title) && 'kind' in action);
    assert.ok(fix, `no "Insert citation" quick fix among: ${titles.join(' | ')}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix edit was not applied');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    const line = document.lineAt(diagnostic!.range.start.line).text;
    assert.match(line, /\[@[^\]]*\]/, `no citation inserted: "${line}"`);
    // closeAllEditors reverts the unsaved edit.
  });
});

suite('claims level setting', () => {
  teardown(closeAllEditors);

  test('regenNotes.claims.level "off" removes claim diagnostics, and restoring it brings them back', async () => {
    const { document } = await openNote('notes/claims.md');
    await activeExtension();
    await unsupportedClaims(document);
    const config = vscode.workspace.getConfiguration('regenNotes', document.uri);
    const before = config.inspect<string>('claims.level')?.workspaceValue;
    try {
      await config.update('claims.level', 'off', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => findings(document.uri, 'claim.unsupported').length === 0, 30_000,
        'claim diagnostics to disappear after claims.level = off');
    } finally {
      await config.update('claims.level', before, vscode.ConfigurationTarget.Workspace);
    }
    await unsupportedClaims(document);
  });
});

suite('result cues setting', () => {
  teardown(closeAllEditors);

  test('regenNotes.claims.resultCues "withTerm" drops a result claim that names no term, keeps one that does, and restoring it brings it back', async () => {
    const editor = await openNote('notes/claims.md');
    const { document } = editor;
    await activeExtension();
    await unsupportedClaims(document);
    const everyday = 'The new tips cost half as much as the old ones.';
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), `\n${everyday}\n`));
    const everydayLine = lineOf(document, everyday);
    const uncitedLine = lineOf(document, unsupported);
    const flaggedLines = () => findings(document.uri, 'claim.unsupported').map((d) => d.range.start.line);
    await waitFor(() => flaggedLines().includes(everydayLine), 30_000, 'claim.unsupported on the everyday sentence');
    const config = vscode.workspace.getConfiguration('regenNotes', document.uri);
    const before = config.inspect<string>('claims.resultCues')?.workspaceValue;
    try {
      await config.update('claims.resultCues', 'withTerm', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !flaggedLines().includes(everydayLine), 30_000, 'the everyday sentence to lose its finding with resultCues = withTerm');
      assert.ok(flaggedLines().includes(uncitedLine), 'the claim between terms keeps its finding');
    } finally {
      await config.update('claims.resultCues', before, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => flaggedLines().includes(everydayLine), 30_000, 'the everyday sentence flagged again once the setting is restored');
    // closeAllEditors reverts the unsaved edit.
  });
});

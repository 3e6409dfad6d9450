// Restricted Mode (run by the second e2e session, in a folder that is not trusted): VS Code
// withholds the folder's values of the settings package.json lists as restricted
// (regenNotes.vocabulary.files, regenNotes.sources), so the team's vocabulary file is not read and
// only the built-in vocabulary is used. A note's own front matter is not a setting: the
// bibliography it names is still read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, hoverText, openNote, positionOf, waitFor } from './util';

suite('restricted mode', () => {
  teardown(closeAllEditors);

  test('the folder is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('built-in terms have hovers; terms of the folder\'s vocabulary file do not', async () => {
    const { document } = await openNote('notes/team-vocabulary.md');
    await activeExtension();
    // The same vocabulary serves both words: once the built-in term has its hover, the
    // vocabulary is loaded, and the team's term would have one too had the file been read.
    await waitFor(async () => /hepatocyte/i.test(await hoverText(document.uri, positionOf(document, 'hepatocytes', 3))), 30_000, 'a hover on the built-in term "hepatocytes"');
    assert.doesNotMatch(await hoverText(document.uri, positionOf(document, 'ductular reaction', 3)), /bile-duct-like|ductular/i);
    assert.deepEqual(vscode.workspace.getConfiguration('regenNotes', document.uri).get('vocabulary.files'), []);
  });

  test('a bibliography named in a note\'s front matter is still read: its keys are checked', async () => {
    const { document } = await openNote('notes/citations.md');
    await activeExtension();
    const found = await waitFor(() => {
      const diagnostics = findings(document.uri, 'citation.unknown-key');
      return diagnostics.length > 0 && diagnostics;
    }, 30_000, 'citation.unknown-key from the front matter\'s bibliography');
    assert.deepEqual(found.map((d) => document.getText(d.range)), ['@lee2012']);
    assert.match(found[0]!.message, /Did you mean @lee2021\?/);
  });

  test('Go to Symbol in Workspace lists none of the terms of the folder\'s vocabulary file', async () => {
    const { document } = await openNote('notes/team-vocabulary.md');
    await activeExtension();
    // Once the built-in term has its hover, the server is up and the vocabulary loaded.
    await waitFor(async () => /hepatocyte/i.test(await hoverText(document.uri, positionOf(document, 'hepatocytes', 3))), 30_000, 'a hover on the built-in term "hepatocytes"');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'ductular');
    assert.deepEqual(found.filter((s) => s.name.includes('ductular reaction')).map((s) => s.location.uri.fsPath), []);
  });
});

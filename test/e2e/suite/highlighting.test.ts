// Recognized terms coloured by kind: the semantic tokens VS Code gets from the server for a note.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, openNote, waitFor } from './util';

suite('term highlighting', () => {
  teardown(closeAllEditors);

  test('colours "Kupffer cells" as a cell, and nothing that is not a term, with the legend package.json declares', async () => {
    const { document } = await openNote('notes/kupffer.md');
    await activeExtension();
    const legend = await waitFor(async () => vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri), 30_000, 'the semantic tokens legend');
    assert.deepEqual(legend.tokenTypes, ['molecule', 'cell', 'mechanism']);
    const tokens = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
      return found && found.data.length > 0 && found;
    }, 30_000, 'the semantic tokens of notes/kupffer.md');
    const decoded: [string, string][] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1]! : tokens.data[i + 1]!;
      decoded.push([document.getText(new vscode.Range(line, character, line, character + tokens.data[i + 2]!)), legend.tokenTypes[tokens.data[i + 3]!]!]);
    }
    assert.deepEqual(decoded, [
      ['Kupffer cells', 'cell'],
      ['Kupffer cells', 'cell'],
      ['macrophages', 'cell'],
    ]);
  });
});

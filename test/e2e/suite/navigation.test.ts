// Navigation in a real VS Code: F12 (Go to Definition) on a cited key opens the bibliography on
// the key in its entry, and on an inline term the folder's settings file on its label; Find All
// References on a term lists its mentions in the notes on disk as well as in the open one, under
// any of its forms; Rename on a key makes one edit of the notes and refs.bib, and none to a key
// refs.bib has or while refs.bib has unsaved changes; and Go to Symbol in Workspace finds a
// team term by another of its forms, at its entry in the vocabulary file, and opens it there on
// that form.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, fixtureUri, hoverText, openNote, positionOf, waitFor } from './util';

/** Presses F12 at `position` until the file at `relativePath` (its last folders and name) opens, and gives the line its cursor lands on, and that line from the cursor on. */
async function definitionLine(editor: vscode.TextEditor, position: vscode.Position, relativePath: string): Promise<{ line: string; atCursor: string }> {
  editor.selection = new vscode.Selection(position, position);
  const opened = await waitFor(async () => {
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const active = vscode.window.activeTextEditor;
    return active && active.document.uri.fsPath.endsWith(path.sep + path.join(...relativePath.split('/'))) && active;
  }, 30_000, `F12 to open ${relativePath}`);
  const line = opened.document.lineAt(opened.selection.active.line).text;
  return { line, atCursor: line.slice(opened.selection.active.character) };
}

suite('navigation', () => {
  teardown(closeAllEditors);

  test('Go to Definition on a cited key opens refs.bib on the key in its entry', async () => {
    const editor = await openNote('notes/citations.md');
    const { document } = editor;
    await activeExtension();
    // The bibliography is read once the unknown key is reported.
    await waitFor(() => findings(document.uri, 'citation.unknown-key').length > 0, 30_000, 'the front matter\'s bibliography to be read');
    const landed = await definitionLine(editor, positionOf(document, '@smith2015', 4), 'refs.bib');
    assert.equal(landed.line, '@article{smith2015,');
    assert.equal(landed.atCursor, 'smith2015,', 'on the key');
  });

  test("Go to Definition on a term written inline in the folder's settings opens .vscode/settings.json on the label in its entry", async () => {
    const editor = await openNote('notes/inline-term.md');
    await activeExtension();
    const inTerm = positionOf(editor.document, 'zebra factor', 3);
    await waitFor(async () => (await hoverText(editor.document.uri, inTerm)).includes('zebra factor'), 30_000, 'the inline term to be recognized');
    const landed = await definitionLine(editor, inTerm, '.vscode/settings.json');
    assert.match(landed.line, /"id": "zebra-factor"/);
    assert.ok(landed.atCursor.startsWith('zebra factor"'), `on the label: ${landed.atCursor}`);
  });

  test('Rename on a cited key renames it in the notes that cite it and in refs.bib, as one edit', async () => {
    const editor = await openNote('notes/citations.md');
    const { document } = editor;
    await activeExtension();
    await waitFor(() => findings(document.uri, 'citation.unknown-key').length > 0, 30_000, "the front matter's bibliography to be read");
    const inKey = positionOf(document, '@smith2015', 4);
    const edit = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, inKey, 'smith2015kc');
      return found && found.size > 0 && found;
    }, 30_000, 'the rename edit');
    const byFile = new Map(edit.entries().map(([uri, edits]) => [path.basename(uri.fsPath), edits.map((e) => e.newText)]));
    // report.qmd: a Quarto note is a note, and its citation is renamed too.
    for (const name of ['citations.md', 'claims.md', 'refs.bib', 'report.qmd']) assert.deepEqual(byFile.get(name), ['smith2015kc'], `${name}: ${JSON.stringify([...byFile])}`);
  });

  test('Rename makes no edit to the key of another entry, nor while refs.bib is open with changes not saved', async () => {
    const editor = await openNote('notes/citations.md');
    const { document } = editor;
    await activeExtension();
    await waitFor(() => findings(document.uri, 'citation.unknown-key').length > 0, 30_000, "the front matter's bibliography to be read");
    const inKey = positionOf(document, '@smith2015', 4);
    const rename = async (newName: string) => vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', document.uri, inKey, newName);
    // Refused, the answer is an edit of nothing (and a warning): VS Code's own markdown rename,
    // asked when one refuses, made `[@smith2015]` a link `[lee2021]` in this note alone.
    const taken = await waitFor(() => rename('lee2021'), 30_000, 'the rename');
    assert.equal(taken.size, 0, JSON.stringify(taken.entries()));
    const bib = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('notes/refs.bib')));
    // An entry typed above the others: an edit made from the file on disk would land a line early in it.
    await bib.edit((builder) => builder.insert(new vscode.Position(0, 0), '@misc{new2024, title = {New}}\n'));
    const unsaved = await rename('smith2015kc');
    assert.equal(unsaved?.size, 0, JSON.stringify(unsaved?.entries()));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const saved = await rename('smith2015kc');
    assert.deepEqual(saved?.entries().map(([uri]) => path.basename(uri.fsPath)).sort(), ['citations.md', 'claims.md', 'refs.bib', 'report.qmd'], 'once refs.bib is as saved');
  });

  test('Find All References on a term lists every note that names it, in any form', async () => {
    const { document } = await openNote('notes/kupffer.md');
    await activeExtension();
    const position = positionOf(document, 'Kupffer cell', 2);
    const locations = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      return found && found.length > 0 && found;
    }, 30_000, 'references of Kupffer cell');
    const files = new Set(locations.map((l) => path.basename(l.uri.fsPath)));
    for (const name of ['kupffer.md', 'citations.md', 'claims.md']) assert.ok(files.has(name), `no reference in ${name}: ${[...files].join(', ')}`);
    for (const location of locations) {
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.match(text, /kupffer|KC/i, `${path.basename(location.uri.fsPath)}: '${text}' is not a form of Kupffer cell`);
    }
  });

  test('Go to Symbol in Workspace finds a team term by a non-preferred name, at its entry', async () => {
    await openNote('notes/team-vocabulary.md');
    await activeExtension();
    const symbol = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'oval cell');
      return found?.find((s) => path.basename(s.location.uri.fsPath) === 'regen-vocabulary.yaml');
    }, 30_000, 'a workspace symbol from the team vocabulary');
    assert.equal(symbol.name, 'ductular reaction (oval cell response)');
    assert.equal(symbol.kind, vscode.SymbolKind.Event);
    assert.equal(symbol.location.range.start.line, 3);
  });

  test('Go to Symbol in Workspace opens the symbol chosen on the form the query matched (workspaceSymbol/resolve)', async () => {
    await openNote('notes/team-vocabulary.md');
    await activeExtension();
    const opened = await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.quickOpen', '#oval cell');
      // The symbols come from the server; the first is chosen once they are listed.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const active = vscode.window.activeTextEditor;
      return active && path.basename(active.document.uri.fsPath) === 'regen-vocabulary.yaml' && active;
    }, 30_000, 'the chosen symbol to open the vocabulary file');
    const { active } = opened.selection;
    assert.equal(active.line, 8);
    assert.ok(opened.document.lineAt(active.line).text.slice(active.character).startsWith('oval cell response]'), opened.document.lineAt(active.line).text);
  });
});

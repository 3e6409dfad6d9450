// Terms from the team's vocabulary file (.vscode/regen-vocabulary.yaml), and live reload when it
// changes (feature 'vocabularyFile', landed).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, fixtureUri, hoverText, openNote, positionOf, waitFor } from './util';

const vocabularyFile = '.vscode/regen-vocabulary.yaml';

const addedTerm = `  - id: zonal-tracer-cell
    label: zonal tracer cell
    kind: cell
    abbreviations: []
    synonyms: []
    deprecated: []
    definition: A cell the e2e suite adds to the vocabulary file while it runs.
    source: "Lab vocabulary (e2e fixture)"
    related: []
    xrefs: []
`;

suite('vocabulary file', () => {
  teardown(closeAllEditors);

  test('a term from the vocabulary file has a hover', async () => {
    const { document } = await openNote('notes/team-vocabulary.md');
    await activeExtension();
    const position = positionOf(document, 'ductular reaction', 3);
    const text = await waitFor(async () => {
      const hover = await hoverText(document.uri, position);
      return /ductular/i.test(hover) && hover;
    }, 30_000, 'a hover on "ductular reaction"');
    assert.match(text, /bile-duct-like/);
  });

  test('a term added to the vocabulary file is recognized without a restart', async () => {
    const { document } = await openNote('notes/team-vocabulary.md');
    await activeExtension();
    const position = positionOf(document, 'Zonal tracer cells', 3);
    await waitFor(async () => /ductular/i.test(await hoverText(document.uri, positionOf(document, 'ductular reaction', 3))),
      30_000, 'the vocabulary file to be loaded');
    assert.doesNotMatch(await hoverText(document.uri, position), /zonal tracer/i);

    const uri = fixtureUri(vocabularyFile);
    const original = await vscode.workspace.fs.readFile(uri);
    const text = Buffer.from(original).toString('utf8');
    assert.ok(text.includes('relations:'), `${vocabularyFile} has no relations: key`);
    try {
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text.replace('relations:', `${addedTerm}relations:`), 'utf8'));
      const hover = await waitFor(async () => {
        const value = await hoverText(document.uri, position);
        return /zonal tracer/i.test(value) && value;
      }, 30_000, 'a hover on the term added to the vocabulary file');
      assert.match(hover, /adds to the vocabulary file/);
    } finally {
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  test('"Add … to the team vocabulary" is offered without its edit, which is made when it is chosen', async () => {
    const editor = await openNote('notes/team-vocabulary.md');
    const { document } = editor;
    await activeExtension();
    await waitFor(async () => /ductular/i.test(await hoverText(document.uri, positionOf(document, 'ductular reaction', 3))),
      30_000, 'the vocabulary file to be loaded');
    // An unsaved line with an unknown acronym-like word; closeAllEditors reverts it.
    assert.ok(await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\nThe QZX7 level rose.\n')));
    const at = positionOf(document, 'QZX7', 1);
    const title = "Add 'QZX7' to the team vocabulary as a molecule";
    const offered = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at));
      return actions?.find((action) => action.title === title);
    }, 30_000, `the action "${title}"`);
    assert.equal(offered.edit, undefined, 'the edit is not made before the action is chosen');
    // Asking VS Code to resolve the actions, as choosing one does.
    const resolved = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at), undefined, 100);
    const chosen = resolved?.find((action) => action.title === title);
    assert.ok(chosen?.edit, 'the chosen action has its edit');
    const edits = chosen.edit.entries().filter(([uri]) => uri.toString() === fixtureUri(vocabularyFile).toString());
    assert.equal(edits.length, 1, 'the edit is of the vocabulary file');
    assert.ok(edits[0]![1].some((edit) => /id: qzx7\n\s+label: QZX7\n\s+kind: molecule/.test(edit.newText)), JSON.stringify(edits[0]![1].map((e) => e.newText)));
  });

  test('"Add … to the team vocabulary" is made against the vocabulary file as it is open, unsaved changes and all', async () => {
    const editor = await openNote('notes/team-vocabulary.md');
    const { document } = editor;
    await activeExtension();
    await waitFor(async () => /ductular/i.test(await hoverText(document.uri, positionOf(document, 'ductular reaction', 3))),
      30_000, 'the vocabulary file to be loaded');
    assert.ok(await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\nThe QZX8 level rose.\n')));
    // The vocabulary file open with a term added at the top of its list, not saved: made against
    // the saved text, the new entry went inside this one and the YAML broke.
    const uri = fixtureUri(vocabularyFile);
    const saved = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    const vocabulary = await vscode.workspace.openTextDocument(uri);
    const unsaved = '  - id: unsaved-cell\n    label: unsaved cell\n    kind: cell\n    definition: A term typed into the open file and not saved.\n';
    const vocabularyEditor = await vscode.window.showTextDocument(vocabulary, { preview: false, preserveFocus: true });
    assert.ok(await vocabularyEditor.edit((edit) => edit.insert(vocabulary.positionAt(vocabulary.getText().indexOf('  - id: ductular-reaction')), unsaved)));
    assert.ok(vocabulary.isDirty);
    const at = positionOf(document, 'QZX8', 1);
    const title = "Add 'QZX8' to the team vocabulary as a molecule";
    const chosen = await waitFor(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(at, at), undefined, 100);
      return actions?.find((action) => action.title === title && action.edit);
    }, 30_000, `the action "${title}" with its edit`);
    const before = vocabulary.getText();
    assert.ok(await vscode.workspace.applyEdit(chosen.edit!), 'the edit applies to the open file');
    const text = vocabulary.getText();
    // One entry added, whole, between two others, and nothing else changed: without the new entry's
    // lines, the text is what it was.
    const start = text.indexOf('  - id: qzx8\n');
    assert.ok(start > 0 && text[start - 1] === '\n', text);
    const length = text.slice(start + 1).search(/\n(?: {2}- |relations:)/) + 2;
    assert.match(text.slice(start, start + length), /^ {2}- id: qzx8\n {4}label: QZX8\n {4}kind: molecule\n/);
    assert.equal(text.slice(0, start) + text.slice(start + length), before, text);
    assert.equal(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8'), saved, 'the file on disk is not written');
  });
});

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
});

// Citation keys checked against a bibliography: notes/citations.md names notes/refs.bib in its
// Pandoc front matter (so no setting of the folder changes, and Restricted Mode reads it too).
// The finding and its message, "Change to @…" applied through the editor's quick-fix menu, key
// completion opened by typing `[@`, and the hover on a cited key.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, completionLabels, findings, hoverText, openNote, positionAfter, positionOf, waitFor } from './util';

const note = 'notes/citations.md';
const misspelt = '@lee2012';
const nearest = 'lee2021';
const keys = ['smith2015', 'lee2021'];

async function unknownKeys(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = findings(document.uri, 'citation.unknown-key');
    return found.length > 0 && found;
  }, 30_000, `citation.unknown-key diagnostics in ${document.uri.fsPath}`);
}

/** Runs `command` until `done` holds: a widget's accept command does nothing until the widget is open. */
async function repeatUntil(command: string, done: () => boolean, what: string): Promise<void> {
  await waitFor(async () => {
    if (done()) return true;
    await vscode.commands.executeCommand(command);
    await new Promise((resolve) => setTimeout(resolve, 150));
    return done();
  }, 30_000, what);
}

suite('citation keys', () => {
  teardown(closeAllEditors);

  test('a key the front matter\'s bibliography lacks gets citation.unknown-key naming the nearest key; a known key does not', async () => {
    const { document } = await openNote(note);
    await activeExtension();
    const diagnostics = await unknownKeys(document);
    assert.equal(diagnostics.length, 1, `one citation.unknown-key expected, got: ${diagnostics.map((d) => d.message).join(' | ')}`);
    const [diagnostic] = diagnostics;
    assert.equal(document.getText(diagnostic!.range), misspelt);
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(diagnostic!.message,
      `Unknown citation key '${misspelt}': no entry of the bibliography has it. Did you mean @${nearest}?`);
  });

  test('"Change to @lee2021", chosen in the quick-fix menu, fixes the key and the finding goes away', async () => {
    const editor = await openNote(note);
    const { document } = editor;
    await activeExtension();
    const [diagnostic] = await unknownKeys(document);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
    const titles = (actions ?? []).map((action) => action.title);
    assert.equal(titles[0], `Change to @${nearest}`, `"Change to @${nearest}" is not the first quick fix: ${titles.join(' | ')}`);
    // As a person does: the cursor in the key, Ctrl+. opens the quick-fix menu, Enter takes its first entry.
    editor.selection = new vscode.Selection(diagnostic!.range.start.translate(0, 2), diagnostic!.range.start.translate(0, 2));
    await vscode.commands.executeCommand('editor.action.quickFix');
    await repeatUntil('acceptSelectedCodeAction', () => document.getText().includes(`[@${nearest}]`),
      `the quick-fix menu to apply "Change to @${nearest}"`);
    assert.ok(!document.getText().includes(misspelt));
    await waitFor(() => findings(document.uri, 'citation.unknown-key').length === 0, 30_000,
      'citation.unknown-key to go away after the fix');
    // closeAllEditors reverts the unsaved edit.
  });

  test('an unsupported claim offers to cite the entry whose title names its terms; choosing it cites the key, and the finding goes', async () => {
    const { document } = await openNote(note);
    await activeExtension();
    const claim = await waitFor(() => findings(document.uri, 'claim.unsupported').find((d) => document.getText(d.range).startsWith('Kupffer cells increase')), 30_000, 'claim.unsupported on "Kupffer cells increase liver regeneration."');
    const actions = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, claim.range, vscode.CodeActionKind.QuickFix.value);
      return found?.some((a) => a.title.startsWith('Cite @')) && found;
    }, 30_000, 'a "Cite @…" quick fix');
    const cite = actions.find((a): a is vscode.CodeAction => 'kind' in a && a.title.startsWith('Cite @'));
    assert.equal(cite?.title, 'Cite @wang2018 (Wang 2018: Kupffer cells in liver regeneration)');
    assert.ok(cite?.edit && (await vscode.workspace.applyEdit(cite.edit)));
    assert.match(document.getText(), /Kupffer cells increase liver regeneration \[@wang2018\]\./);
    await waitFor(() => !findings(document.uri, 'claim.unsupported').some((d) => document.getText(d.range).startsWith('Kupffer cells increase')), 30_000, 'the claim finding to go once cited');
    // closeAllEditors reverts the unsaved edit.
  });

  /** Types ` [` and then `texts` one at a time after "Further reading", once the bibliography is read; the line as it is now, and as typed. */
  async function typeCitation(...texts: string[]): Promise<{ document: vscode.TextDocument; line: () => string; typed: string }> {
    const editor = await openNote(note);
    const { document } = editor;
    await activeExtension();
    await unknownKeys(document); // the bibliography is read
    const end = positionAfter(document, 'Further reading');
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' [' });
    for (const text of texts) await vscode.commands.executeCommand('type', { text });
    const line = () => document.lineAt(end.line).text;
    return { document, line, typed: line() };
  }

  test('typing "[@" opens the completion list with the bibliography\'s keys; accepting one inserts it', async () => {
    const { document, line, typed } = await typeCitation('@');
    assert.match(typed, /^Further reading \[@\]?$/);
    const labels = await completionLabels(document.uri, positionAfter(document, 'Further reading [@'));
    for (const key of keys) assert.ok(labels.includes(key), `no completion "${key}" after "[@" among: ${labels.join(', ')}`);
    // `@` is a trigger character: the suggest widget opened as it was typed; Enter accepts its selection.
    await repeatUntil('acceptSelectedSuggestion', () => line() !== typed, 'the suggest widget to insert a key');
    const inserted = /^Further reading \[@([^\]\s]*)\]?$/.exec(line())?.[1];
    assert.ok(inserted && keys.includes(inserted), `not a key of the bibliography: "${line()}"`);
    // closeAllEditors reverts the unsaved edit.
  });

  test('typing "[@exos", a word of a title, offers its entry; accepting it inserts the key', async () => {
    const { document, line, typed } = await typeCitation('@', 'e', 'x', 'o', 's');
    assert.match(typed, /^Further reading \[@exos\]?$/);
    const labels = await completionLabels(document.uri, positionAfter(document, 'Further reading [@exos'));
    assert.deepEqual(labels.filter((label) => keys.includes(label)), ['lee2021'], 'the entry titled "Exosomal miR-122 …"');
    // VS Code's own filter keeps it as it is typed (it filters on the key, authors, year and title).
    await repeatUntil('acceptSelectedSuggestion', () => line() !== typed, 'the suggest widget to insert a key');
    assert.match(line(), /^Further reading \[@lee2021\]?$/);
    // closeAllEditors reverts the unsaved edit.
  });

  test('hovering a cited key shows its entry: title, year and the file', async () => {
    const { document } = await openNote(note);
    await activeExtension();
    const position = positionOf(document, '@smith2015', 3);
    const text = await waitFor(async () => {
      const hover = await hoverText(document.uri, position);
      return /Kupffer cells and gut-derived endotoxin in the regenerating liver/.test(hover) && hover;
    }, 30_000, 'a hover with the title of smith2015');
    assert.match(text, /2015/);
    assert.match(text, /Smith/);
    assert.match(text, /refs\.bib/);
  });
});

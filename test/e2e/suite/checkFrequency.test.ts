// regenNotes.check.frequency "save" and "manual" in a real VS Code: it pulls a note's diagnostics
// after each edit, and the server must keep the last check's until the note is saved, or, checked
// by hand, show none until "Regen Notes: Check This Note" runs.
import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, fixtureUri, hoverText, openNote, positionOf, waitFor } from './util';

/** What the status bar item shows for the active note (`regenNotes.checkStatus`: the suite cannot read the status bar). */
interface CheckStatus {
  kind: 'checked' | 'not-checked' | 'out-of-date';
  text: string;
  tooltip: string;
}

/** Waits until the status bar item shows `kind` (undefined: hidden), and returns what it shows. */
async function statusShows(kind: CheckStatus['kind'] | undefined, what: string): Promise<CheckStatus | undefined> {
  let last: CheckStatus | undefined;
  await waitFor(async () => {
    last = await vscode.commands.executeCommand<CheckStatus | undefined>('regenNotes.checkStatus');
    return last?.kind === kind;
  }, 30_000, `the status bar item to show ${kind ?? 'nothing'} ${what} (it shows ${JSON.stringify(last)})`);
  return last;
}

/** Sets regenNotes.check.frequency for the workspace while `run` runs. */
async function withFrequency(frequency: string, run: () => Promise<void>): Promise<void> {
  const config = vscode.workspace.getConfiguration('regenNotes');
  const before = config.inspect('check.frequency')?.workspaceValue;
  await config.update('check.frequency', frequency, vscode.ConfigurationTarget.Workspace);
  try {
    await run();
  } finally {
    await config.update('check.frequency', before, vscode.ConfigurationTarget.Workspace);
  }
}

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

  test('with "manual", the status bar says whether the active note is checked, and whether its check is out of date', async () => {
    await withFrequency('manual', async () => {
      const editor = await openNote('notes/manual-mode.md');
      const { document } = editor;
      await activeExtension();
      await statusShows('not-checked', 'before the note is checked');

      await vscode.commands.executeCommand('regenNotes.checkNote');
      const checked = await statusShows('checked', 'after Check This Note');
      assert.equal(checked?.text, '$(check) Regen Notes: checked');
      assert.match(checked!.tooltip, /^Checked at .+: 0 errors, 0 warnings, 1 other finding\./);

      assert.ok(await editor.edit((edit) => edit.insert(positionOf(document, 'Ito cells'), 'Then ')));
      const edited = await statusShows('out-of-date', 'after an edit');
      assert.equal(edited?.text, '$(warning) Regen Notes: out of date');
      assert.match(edited!.tooltip, /Changed since: the note;/);
      await vscode.commands.executeCommand('regenNotes.checkNote');
      await statusShows('checked', 'after the second check');

      // A setting the findings depend on, changed and put back.
      const config = vscode.workspace.getConfiguration('regenNotes');
      await config.update('claims.citationScope', 'sentence', vscode.ConfigurationTarget.Workspace);
      try {
        assert.match((await statusShows('out-of-date', 'after a settings change'))!.tooltip, /Changed since: the settings;/);
      } finally {
        await config.update('claims.citationScope', 'paragraph', vscode.ConfigurationTarget.Workspace);
      }
      await statusShows('checked', 'with the settings as they were at the check');

      // The vocabulary file the check read, changed on disk.
      const vocabulary = fixtureUri('.vscode/regen-vocabulary.yaml');
      const original = await vscode.workspace.fs.readFile(vocabulary);
      try {
        await vscode.workspace.fs.writeFile(vocabulary, Buffer.concat([Buffer.from(original), Buffer.from('\n# changed by the e2e suite\n')]));
        assert.match((await statusShows('out-of-date', 'after the vocabulary file changed'))!.tooltip, /Changed since: the vocabulary;/);
      } finally {
        await vscode.workspace.fs.writeFile(vocabulary, original);
      }

      // Another note in the editor has its own status; back, this one's is as it was.
      await openNote('notes/kupffer.md');
      await statusShows('not-checked', 'for another note');
      await vscode.window.showTextDocument(document);
      await statusShows('out-of-date', 'back on the checked note');
      // A note that is not checked by hand shows none.
      await withFrequency('edit', async () => {
        await statusShows(undefined, 'in edit mode');
      });
    });
  });

  test('Check This Note from the Explorer checks a note that is not open, read from disk, and shows its findings', async () => {
    await withFrequency('manual', async () => {
      await openNote('notes/kupffer.md');
      await activeExtension();
      const uri = fixtureUri('notes/explorer-check.md');
      assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === uri.toString()), 'the note is not open');
      // What an earlier Check All Notes showed for it went with the settings change.
      await waitFor(() => findings(uri, 'term.non-preferred').length === 0, 30_000, 'no finding on the closed note before it is checked');
      // The Explorer's context menu passes the file's URI.
      await vscode.commands.executeCommand('regenNotes.checkNote', uri, [uri]);
      const [ito] = await waitFor(() => {
        const found = findings(uri, 'term.non-preferred');
        return found.length === 1 && found;
      }, 30_000, 'term.non-preferred on "Ito cells" of the closed note');
      assert.deepEqual([ito!.range.start.line, ito!.range.start.character], [2, 0]);
      assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === uri.toString()), 'checking it did not open it');
    });
  });

  test("Check This Note has a keybinding in a note's editor that no other default keybinding takes", async () => {
    // The extension, and with it its keybinding, starts with a markdown file.
    await openNote('notes/kupffer.md');
    await activeExtension();
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const document = await waitFor(() => {
      const active = vscode.window.activeTextEditor?.document;
      return active?.uri.path.endsWith('keybindings.json') && active;
    }, 30_000, 'the default keybindings to open');
    const bindings = parse(document.getText()) as { key: string; command: string; when?: string }[];
    assert.ok(bindings.length > 100, `${bindings.length} default keybindings`);
    const ours = bindings.filter((binding) => binding.command === 'regenNotes.checkNote');
    assert.deepEqual(ours.map((binding) => binding.key), ['ctrl+k alt+c']);
    // VS Code writes the condition back normalized (values quoted, `&&` spread over each `||`): in a note's editor, markdown, Quarto or R Markdown.
    const when = ours[0]!.when ?? '';
    for (const language of ['markdown', 'quarto', 'rmd']) assert.match(when, new RegExp(`editorTextFocus && editorLangId == '?${language}'?`), when);
    assert.ok(when.split('||').every((part) => part.trim().startsWith('editorTextFocus && ')), when);
    assert.deepEqual(bindings.filter((binding) => binding.key === ours[0]!.key && binding.command !== 'regenNotes.checkNote'), []);
  });
});

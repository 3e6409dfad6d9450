// A Quarto note (.qmd) is a note: code-server has no Quarto extension, so VS Code opens it as
// plain text, and the client selects it by name.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, findings, hoverText, openNote, positionOf, waitFor } from './util';

suite('Quarto notes', () => {
  teardown(closeAllEditors);

  test('a .qmd note gets claim findings and hovers, and its cross-reference @fig-growth is neither a citation nor an unknown key', async () => {
    const { document } = await openNote('notes/report.qmd');
    await activeExtension();
    const [claim] = await waitFor(() => {
      const found = findings(document.uri, 'claim.unsupported');
      return found.length > 0 && found;
    }, 30_000, `claim.unsupported in ${document.uri.fsPath}`);
    assert.equal(document.getText(claim!.range), 'As @fig-growth shows, VEGF decreases apoptosis.');
    assert.deepEqual(findings(document.uri, 'citation.unknown-key').map((d) => document.getText(d.range)), [], 'the bibliography is read, and @fig-growth is no key');
    const hover = await hoverText(document.uri, positionOf(document, 'Kupffer cells', 2));
    assert.match(hover, /Kupffer cell/);
  });

  test("a note's DOI and PubMed id are links to doi.org and PubMed", async () => {
    const { document } = await openNote('notes/report.qmd');
    await activeExtension();
    const links = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
      return found && found.length >= 2 && found;
    }, 30_000, 'the links of notes/report.qmd');
    assert.deepEqual(
      links.map((link) => [document.getText(link.range), link.target?.toString(true)]),
      [
        ['doi:10.1016/j.jhep.2019.01.002', 'https://doi.org/10.1016/j.jhep.2019.01.002'],
        ['PMID: 31234567', 'https://pubmed.ncbi.nlm.nih.gov/31234567/'],
      ],
    );
  });
});

// Links to papers: a DOI or PubMed id written in a markdown note, also beside a key in a Pandoc
// citation or as the front matter's doi:, opens doi.org or PubMed. VS Code's markdown extension answers the same request with
// the note's own links, so the case reads the links to those sites, and none may be a second link
// in a link's destination.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, waitFor } from './util';

const paper = 'https://doi.org/10.1016/j.jhep.2019.01.002';
const pubmed = 'https://pubmed.ncbi.nlm.nih.gov/31234567/';

suite('links to papers', () => {
  teardown(closeAllEditors);

  test("the front matter's doi:, and a DOI and a PubMed id in a citation's brackets, are links to doi.org and PubMed; a DOI in a link's destination gets none from the extension", async () => {
    const content = '---\ntitle: Links\ndoi: 10.1000/own.paper\n---\n# Links\n\nHGF acts [@smith2015; doi:10.1016/j.jhep.2019.01.002] (PMID: 31234567), as [the paper](https://doi.org/10.1000/xyz) and [the file](10.1000/file) say.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document);
    await activeExtension();
    const links = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
      return found?.some((link) => link.target?.toString(true) === pubmed) && found;
    }, 30_000, 'the link to PubMed of an untitled note');
    const toPapers = links
      .filter((link) => /^https:\/\/(?:doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//.test(link.target?.toString(true) ?? ''))
      .sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start))
      .map((link) => [document.getText(link.range), link.target?.toString(true)]);
    // The destination https://doi.org/10.1000/xyz is VS Code's link; 10.1000/file is its link to a file, and no DOI.
    assert.deepEqual(toPapers.filter(([text]) => !text?.startsWith('https://')), [
      ['10.1000/own.paper', 'https://doi.org/10.1000/own.paper'],
      ['doi:10.1016/j.jhep.2019.01.002', paper],
      ['PMID: 31234567', pubmed],
    ]);
  });
});

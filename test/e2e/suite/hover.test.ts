import * as assert from 'node:assert/strict';
import { activeExtension, closeAllEditors, findings, hoverText, openNote, positionOf, waitFor } from './util';

suite('hover', () => {
  teardown(closeAllEditors);

  test('shows the definition of "Kupffer cells"', async () => {
    const { document } = await openNote('notes/kupffer.md');
    await activeExtension();
    const position = positionOf(document, 'Kupffer cells are', 3, 0);
    // The language server starts after activation; poll until its hover arrives.
    const text = await waitFor(async () => {
      const hover = await hoverText(document.uri, position);
      return /kupffer/i.test(hover) && hover;
    }, 30_000, 'a hover on "Kupffer cells"');
    assert.match(text, /Kupffer/);
  });

  test('shows nothing on a word that is not a term', async () => {
    const { document } = await openNote('notes/kupffer.md');
    await activeExtension();
    await waitFor(async () => /kupffer/i.test(await hoverText(document.uri, positionOf(document, 'Kupffer cells are', 3))),
      30_000, 'the language server to answer hovers');
    const text = await hoverText(document.uri, positionOf(document, 'paragraph is plain', 3));
    assert.doesNotMatch(text, /kupffer|macrophage/i);
  });

  test("shows on a cited claim's verb the citation that covers it, with its entry in the note's bibliography", async () => {
    const { document } = await openNote('notes/citations.md');
    await activeExtension();
    // The front matter's bibliography is read once the unknown key is reported.
    await waitFor(() => findings(document.uri, 'citation.unknown-key').length > 0, 30_000, "the front matter's bibliography to be read");
    const text = await waitFor(async () => {
      const hover = await hoverText(document.uri, positionOf(document, 'clear endotoxin', 2));
      return hover.includes('Cited') && hover;
    }, 30_000, 'a hover on the verb of a cited claim');
    assert.match(text, /\*\*Cited\*\*:/);
    assert.match(text, /`\[@smith2015\]`: Smith & Okafor 2015, \*Kupffer cells and gut-derived endotoxin in the regenerating liver\*/);
  });
});

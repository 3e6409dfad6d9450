import * as assert from 'node:assert/strict';
import { activeExtension, closeAllEditors, hoverText, openNote, positionOf, waitFor } from './util';

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
});

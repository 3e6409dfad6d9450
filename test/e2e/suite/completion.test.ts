import * as assert from 'node:assert/strict';
import { activeExtension, closeAllEditors, completionLabels, openNote, positionAfter, waitFor } from './util';

suite('completion', () => {
  teardown(closeAllEditors);

  test('offers "hepatic stellate cell" after "hepatic st"', async () => {
    const { document } = await openNote('notes/completion.md');
    await activeExtension();
    const position = positionAfter(document, 'hepatic st');
    const labels = await waitFor(async () => {
      const found = await completionLabels(document.uri, position);
      return found.some((label) => label.toLowerCase() === 'hepatic stellate cell') && found;
    }, 30_000, 'the completion "hepatic stellate cell"');
    assert.ok(labels.length > 0);
  });
});

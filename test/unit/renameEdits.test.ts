import assert from 'node:assert/strict';
import { unsavedUnsentFile, type OpenDocumentState } from '../../client/src/renameEdits';

describe("the extension checks a rename's edit before it is applied", () => {
  const open: Record<string, OpenDocumentState> = {
    'file:///w/refs.bib': { isDirty: true, languageId: 'bibtex' },
    'file:///w/saved.bib': { isDirty: false, languageId: 'bibtex' },
    'file:///w/note.md': { isDirty: true, languageId: 'markdown' },
  };
  const documentAt = (uri: string) => open[uri];

  it('finds a file open with unsaved changes that the server read from disk, not a note the editor sends it, nor a saved or closed file', () => {
    assert.equal(unsavedUnsentFile(['file:///w/note.md', 'file:///w/saved.bib', 'file:///w/closed.bib', 'file:///w/refs.bib'], documentAt), 'file:///w/refs.bib');
    assert.equal(unsavedUnsentFile(['file:///w/note.md', 'file:///w/saved.bib', 'file:///w/closed.bib'], documentAt), undefined);
    assert.equal(unsavedUnsentFile([], documentAt), undefined);
  });
});

import assert from 'node:assert/strict';
import { isNoteDocument, noteSelector } from '../../client/src/noteLanguages';
import { unsavedUnsentFile, type OpenDocumentState } from '../../client/src/renameEdits';

describe("the extension checks a rename's edit before it is applied", () => {
  const at = (path: string) => ({ scheme: 'file', path });
  const open: Record<string, OpenDocumentState> = {
    'file:///w/refs.bib': { isDirty: true, languageId: 'bibtex', uri: at('/w/refs.bib') },
    'file:///w/saved.bib': { isDirty: false, languageId: 'bibtex', uri: at('/w/saved.bib') },
    'file:///w/note.md': { isDirty: true, languageId: 'markdown', uri: at('/w/note.md') },
    'file:///w/report.qmd': { isDirty: true, languageId: 'quarto', uri: at('/w/report.qmd') },
    'file:///w/plain.Rmd': { isDirty: true, languageId: 'plaintext', uri: at('/w/plain.Rmd') },
  };
  const documentAt = (uri: string) => open[uri];

  it('finds a file open with unsaved changes that the server read from disk, not a note the editor sends it, nor a saved or closed file', () => {
    assert.equal(unsavedUnsentFile(['file:///w/note.md', 'file:///w/saved.bib', 'file:///w/closed.bib', 'file:///w/refs.bib'], documentAt), 'file:///w/refs.bib');
    assert.equal(unsavedUnsentFile(['file:///w/note.md', 'file:///w/saved.bib', 'file:///w/closed.bib'], documentAt), undefined);
    assert.equal(unsavedUnsentFile(['file:///w/report.qmd', 'file:///w/plain.Rmd'], documentAt), undefined, 'Quarto and R Markdown notes are sent too, with or without a language of their own');
    assert.equal(unsavedUnsentFile([], documentAt), undefined);
  });
});

describe('the documents that may be notes', () => {
  const doc = (languageId: string, path: string, scheme = 'file') => ({ languageId, uri: { scheme, path } });

  it('are markdown, Quarto and R Markdown, by language, or by name where no extension gives them one', () => {
    for (const note of [doc('markdown', '/w/a.md'), doc('markdown', 'Untitled-1', 'untitled'), doc('quarto', '/w/a.qmd'), doc('rmd', '/w/a.Rmd'), doc('plaintext', '/w/a.qmd'), doc('plaintext', '/w/a.RMD')]) assert.ok(isNoteDocument(note), JSON.stringify(note));
    for (const other of [doc('plaintext', '/w/a.txt'), doc('bibtex', '/w/refs.bib'), doc('markdown', '/w/a.md', 'git'), doc('plaintext', '/w/a.qmd', 'untitled'), doc('yaml', '/w/qmd')]) assert.ok(!isNoteDocument(other), JSON.stringify(other));
  });

  it('are what the client selects for the server', () => {
    assert.deepEqual(noteSelector.filter((s) => 'language' in s).map((s) => `${s.scheme}:${s.language}`), ['file:markdown', 'untitled:markdown', 'file:quarto', 'untitled:quarto', 'file:rmd', 'untitled:rmd']);
    assert.deepEqual(noteSelector.filter((s) => 'pattern' in s), [{ scheme: 'file', pattern: '**/*.{qmd,Qmd,QMD,rmd,Rmd,RMD}' }]);
  });
});

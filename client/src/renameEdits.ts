/**
 * The extension's check of a rename's edit before VS Code applies it. Kept apart from the
 * `vscode` API so that it can be tested without an editor.
 */

import { isNoteDocument } from './noteLanguages';

/** An open document, as far as the check needs it. */
export interface OpenDocumentState {
  readonly isDirty: boolean;
  readonly languageId: string;
  readonly uri: { readonly scheme: string; readonly path: string };
}

/**
 * The first of the files a rename's edit writes into that is open with changes not saved and that
 * the server does not get from the editor (only notes are sent to it: a `.bib` is not). The
 * server made its edit of such a file from the file on disk; applied to the editor's text, which
 * differs, it would land at the wrong places.
 */
export function unsavedUnsentFile(uris: readonly string[], documentAt: (uri: string) => OpenDocumentState | undefined): string | undefined {
  return uris.find((uri) => {
    const doc = documentAt(uri);
    return !!doc && doc.isDirty && !isNoteDocument(doc);
  });
}

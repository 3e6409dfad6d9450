import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * How open notes take their changes. `TextDocument.update` applies the changes of a notification
 * one at a time, each making the whole text again and moving every line offset after it: the
 * 6,400 changes of one multi-cursor edit (a character typed on every other line of a 1 MB note)
 * took 9 s, and the server answered nothing else meanwhile. Editors send the changes of one edit
 * from the last to the first (VS Code does: each range then still holds in the text as it was),
 * and such changes are put together in one pass; the document takes the new text whole.
 */
export const noteDocuments = { create: TextDocument.create, update: updateDocument };

/** `TextDocument.update(document, changes, version)`, the same text, in one pass when the changes come last first. */
export function updateDocument(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  const text = changes.length > 1 ? lastFirst(document, changes) : undefined;
  return TextDocument.update(document, text === undefined ? changes : [{ text }], version);
}

/**
 * The text after `changes`, when each ends at or before the start of the one before it, each
 * position lies in the document (one past a line's end or the document's would be clamped, to a
 * place that an earlier change may have moved), and none starts right after a carriage return;
 * otherwise undefined.
 */
export function lastFirst(document: TextDocument, changes: TextDocumentContentChangeEvent[]): string | undefined {
  const text = document.getText();
  const pieces: string[] = [];
  // Where the text not yet taken ends: the start of the last change taken.
  let end = text.length;
  for (const change of changes) {
    if (!('range' in change)) return undefined;
    const start = offsetWithin(document, change.range.start);
    const stop = offsetWithin(document, change.range.end);
    if (start === undefined || stop === undefined || start > stop || stop > end) return undefined;
    // After a carriage return, a change whose text starts with a line feed joins the two into one
    // line break, and the place where it starts is no longer the start of a line.
    if (start > 0 && text.charCodeAt(start - 1) === 13) return undefined;
    pieces.push(text.slice(stop, end), change.text);
    end = start;
  }
  pieces.push(text.slice(0, end));
  return pieces.reverse().join('');
}

function offsetWithin(document: TextDocument, position: { line: number; character: number }): number | undefined {
  const offset = document.offsetAt(position);
  const back = document.positionAt(offset);
  return back.line === position.line && back.character === position.character ? offset : undefined;
}

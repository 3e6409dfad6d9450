/**
 * What the extension and the server exchange so that "Add '<word>' to the team vocabulary" is
 * made against a vocabulary file as the editor holds it. The server syncs only markdown, so it
 * cannot know that a vocabulary file is open with unsaved changes: an edit made against the text
 * on disk put the new entry inside another item of the buffer, and the YAML broke. The action
 * names the files its edit writes into (`files`); the extension adds those it has open, with text
 * and version (`openFiles`), when the action is chosen; the edit is made against that text and
 * carries that version, so the editor refuses it if the buffer changed in between. Shared by
 * `client/src` and the server; no editor or protocol APIs.
 */

/** The command of an "Add '<word>' …" action for a client that applies edits but cannot resolve actions. */
export const addTermCommand = 'regenNotes.addTermToVocabulary';

/** A file open in the editor, as the editor holds it (perhaps unsaved). */
export interface OpenFile {
  /** As the server named it in `files`. */
  uri: string;
  version: number;
  text: string;
}

/** The part of an "Add '<word>' …" action's data that carries the files its edit writes into. */
export interface AddTermFiles {
  /** The URIs of the files the edit writes into, as they were when the action was offered. */
  files?: string[];
  /** Those of `files` the editor has open; absent from a client that does not send them. */
  openFiles?: OpenFile[];
}

/** Whether `value` is an `OpenFile`: it comes from the client, so it is checked. */
export function isOpenFile(value: unknown): value is OpenFile {
  const f = value as Partial<OpenFile> | undefined;
  return typeof f?.uri === 'string' && Number.isSafeInteger(f.version) && typeof f.text === 'string';
}

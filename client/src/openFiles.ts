/**
 * The extension's side of `server/src/addTermProtocol.ts`: an "Add '<word>' …" action goes to the
 * server with the files its edit writes into as the editor holds them. Kept apart from the
 * `vscode` API so that it can be tested without an editor.
 */
import type { AddTermFiles, OpenFile } from '../../server/src/addTermProtocol';

/** An open document, as far as the edit needs it. */
export interface EditorDocument {
  readonly version: number;
  getText(): string;
}

/** The document open at a URI as the server writes it (`file:///…`), if any. */
export type DocumentAt = (uri: string) => EditorDocument | undefined;

function filesOf(addTerm: unknown): string[] | undefined {
  const files = (addTerm as AddTermFiles | undefined)?.files;
  return Array.isArray(files) && files.every((f) => typeof f === 'string') ? files : undefined;
}

/**
 * The data of an "Add '<word>' …" action (or its command's argument) with those of the files its
 * edit writes into that are open, saved or not, with text and version (`openFiles`, empty when
 * none is). Data that names no files comes back as it is.
 */
export function withOpenFiles(addTerm: unknown, documentAt: DocumentAt): unknown {
  const files = filesOf(addTerm);
  if (!files) return addTerm;
  const openFiles: OpenFile[] = [];
  for (const uri of files) {
    const doc = documentAt(uri);
    if (doc) openFiles.push({ uri, version: doc.version, text: doc.getText() });
  }
  return { ...(addTerm as object), openFiles };
}

/**
 * The first of the files that `withOpenFiles` looked up whose document is no longer as it was
 * then: changed, opened or closed since. An edit made against what was sent would land at the
 * wrong place in it.
 */
export function changedFile(sent: unknown, documentAt: DocumentAt): string | undefined {
  const files = filesOf(sent) ?? [];
  const openFiles = (sent as AddTermFiles | undefined)?.openFiles ?? [];
  for (const uri of files) {
    const before = openFiles.find((f) => f.uri === uri)?.version;
    if (documentAt(uri)?.version !== before) return uri;
  }
  return undefined;
}

/**
 * Resolves an "Add '<word>' …" action (`item`, whose `data` the client sends to the server) with
 * the files it writes into as the editor holds them. When one of them changed while the server
 * made the edit, `changed` is told and the action comes back without it: applied, it would land
 * at the wrong place. Any other action is resolved as it is.
 */
export async function resolveWithOpenFiles<A extends { data?: unknown; edit?: unknown }>(
  item: A,
  resolve: (item: A) => PromiseLike<A | null | undefined> | A | null | undefined,
  documentAt: DocumentAt,
  changed: (uri: string) => void,
): Promise<A | null | undefined> {
  const data = item.data as { addTerm?: unknown } | undefined;
  if (data?.addTerm === undefined) return resolve(item);
  const addTerm = withOpenFiles(data.addTerm, documentAt);
  // The item itself goes to the server, as vscode-languageclient sends the data of its own code actions only, not of a copy; the texts do not stay on it.
  item.data = { ...data, addTerm };
  let resolved: A | null | undefined;
  try {
    resolved = await resolve(item);
  } finally {
    item.data = data;
  }
  const uri = changedFile(addTerm, documentAt);
  if (!uri || !resolved?.edit) return resolved;
  changed(uri);
  return item;
}

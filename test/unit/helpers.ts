import { builtinLayer, buildTermIndex, mergeLayers, type TermIndex, type TermPatch } from '../../server/src/core';

let builtin: TermIndex | undefined;

/** The index of the built-in vocabulary, built once. */
export function builtinIndex(): TermIndex {
  return (builtin ??= buildTermIndex(mergeLayers([builtinLayer()]).vocabulary));
}

/** An index of a few hand-written terms, for tests that must not depend on the shipped data. */
export function indexOf(terms: TermPatch[]): TermIndex {
  return buildTermIndex(mergeLayers([{ origin: { layer: 'settings' }, terms, relations: [] }]).vocabulary);
}

/** Splits `$$CURSOR$$` out of a text: the text without it and the cursor's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('$$CURSOR$$');
  if (offset < 0) throw new Error('no $$CURSOR$$ marker');
  return { text: marked.replace('$$CURSOR$$', ''), offset };
}

/** Token data with a `semanticTokens/full/delta` change applied, as an editor applies it (the edits last first). */
export function withTokenEdits(data: readonly number[], edits: readonly { start: number; deleteCount: number; data?: number[] }[]): number[] {
  const out = [...data];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return out;
}

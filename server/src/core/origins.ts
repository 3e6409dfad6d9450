import type { EntryOrigins, Origin, Term, TermField, TermOrigins } from './types';

/** Every part of a term a layer can set, in the order the merge sets them. */
export const termFields: readonly TermField[] = ['term', 'label', 'kind', 'definition', 'source', 'abbreviations', 'synonyms', 'deprecated', 'related', 'xrefs', 'ambiguous'];

/** Each field's bit in `EntryOrigins.fields`: its place in `termFields`. */
const bits: Readonly<Record<TermField, number>> = { term: 1, label: 2, kind: 4, definition: 8, source: 16, abbreviations: 32, synonyms: 64, deprecated: 128, related: 256, xrefs: 512, ambiguous: 1024 };

function isEntry(origins: TermOrigins): origins is EntryOrigins {
  return typeof (origins as EntryOrigins).fields === 'number';
}

/** Where `field` of the term came from, if any layer set it. */
export function originOf(term: Term, field: TermField): Origin | undefined {
  const origins = term.origins;
  if (!origins) return undefined;
  if (isEntry(origins)) return origins.fields & bits[field] ? origins : undefined;
  return origins[field];
}

/** Each part of the term a layer set, with where it came from, in the order they were first set. */
export function fieldOrigins(term: Term): [TermField, Origin][] {
  const origins = term.origins;
  if (!origins) return [];
  if (isEntry(origins)) return termFields.filter((field) => origins.fields & bits[field]).map((field) => [field, origins]);
  return Object.entries(origins) as [TermField, Origin][];
}

/**
 * Calls `visit` with the origins of the term's parts, in the order they were first set: what
 * `fieldOrigins` lists, with no list made, and the origin of a term that one entry made (nearly
 * every term of a large file) visited once for all its parts. Half the time of `fieldOrigins`
 * over 100k terms.
 */
export function forEachOrigin(term: Term, visit: (origin: Origin) => void): void {
  const origins = term.origins;
  if (!origins) return;
  if (isEntry(origins)) {
    if (origins.fields !== 0) visit(origins);
    return;
  }
  for (const field in origins) visit((origins as Record<string, Origin>)[field]);
}

/**
 * The origins of a term that the entry at `origin` makes, before it sets any field. Written out,
 * not spread: V8 gives a spread copy a large property store, and a file of 100k terms keeps them all.
 */
export function entryOrigins(origin: Origin, line: number | undefined): EntryOrigins {
  if (origin.file !== undefined) return line === undefined ? { layer: origin.layer, file: origin.file, fields: 1 } : { layer: origin.layer, file: origin.file, line, fields: 1 };
  return line === undefined ? { layer: origin.layer, fields: 1 } : { layer: origin.layer, line, fields: 1 };
}

/**
 * Records that `origin` set `field`. The entry that made the term adds a bit to its `EntryOrigins`
 * (`byEntry`); a later layer turns them into a record, keeping the order in which fields were set.
 * So `EntryOrigins` change only while their entry is merged, and terms may share them after.
 */
export function setOrigin(term: Term, field: TermField, origin: Origin, byEntry: boolean): void {
  const origins = term.origins;
  if (origins && isEntry(origins)) {
    if (byEntry) {
      origins.fields |= bits[field];
      return;
    }
    term.origins = recordOf(origins);
  }
  (term.origins ??= {} as Partial<Record<TermField, Origin>>);
  (term.origins as Partial<Record<TermField, Origin>>)[field] = origin;
}

function recordOf(entry: EntryOrigins): Partial<Record<TermField, Origin>> {
  const origin = plainOrigin(entry);
  const record: Partial<Record<TermField, Origin>> = {};
  for (const field of termFields) if (entry.fields & bits[field]) record[field] = origin;
  return record;
}

/** The origin alone, without what `originOf` may carry with it (a term's `EntryOrigins`). */
function plainOrigin(origin: Origin): Origin {
  const plain: Origin = origin.file === undefined ? { layer: origin.layer } : { layer: origin.layer, file: origin.file };
  if (origin.line !== undefined) plain.line = origin.line;
  return plain;
}

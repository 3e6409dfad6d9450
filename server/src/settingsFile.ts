import { isDeepStrictEqual } from 'node:util';
import { parse as parseJsonc, visit as visitJson, type ParseError } from 'jsonc-parser';
import { createLineIndex, isStackOverflow, jsonTextToScan, type Span } from './core';
import { isObject, normalizeSettings, type Settings } from './settings';

/**
 * Reading a VS Code settings file (`.vscode/settings.json`) as the editor hands its values to the
 * server: the CLI reads its settings so, and the server finds where an inline term is written.
 */

/**
 * The `regenNotes.*` keys of a VS Code settings file, as the nested object the server receives.
 * Written as own properties: a key `regenNotes.__proto__.include` reached `Object.prototype` and
 * set `include` for every object of the process, so that a settings file could make a check
 * silently pass on no notes.
 */
export function regenSettingsOf(settingsJson: unknown): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  if (typeof settingsJson !== 'object' || settingsJson === null) return nested;
  for (const [key, value] of Object.entries(settingsJson)) {
    if (key === 'regenNotes' && typeof value === 'object' && value !== null) {
      for (const [name, setting] of Object.entries(value)) setOwn(nested, name, setting);
      continue;
    }
    if (!key.startsWith('regenNotes.')) continue;
    const parts = key.split('.').slice(1);
    let node = nested;
    for (const part of parts.slice(0, -1)) {
      const child = Object.hasOwn(node, part) ? node[part] : undefined;
      node = typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : setOwn(node, part, {});
    }
    setOwn(node, parts[parts.length - 1], value);
  }
  return nested;
}

/** Sets an own property, whatever its name (`__proto__` too), and returns the value. */
function setOwn<T>(object: Record<string, unknown>, key: string, value: T): T {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/**
 * The keys that lead to each list of the `regenNotes` settings in a parsed settings file, by the
 * list itself: the settings keep the list they read, so the one `regenSettingsOf` took (of
 * `regenNotes.vocabulary.terms`, a `regenNotes` object, a key written twice) is found without
 * deciding that again here. Walked without recursion, no deeper than settings may nest.
 */
export function listKeysOf(json: unknown): Map<unknown, string[]> {
  const lists = new Map<unknown, string[]>();
  const stack: [Record<string, unknown>, string[]][] = isObject(json) ? [[json, []]] : [];
  while (stack.length > 0) {
    const [object, keys] = stack.pop()!;
    for (const [key, value] of Object.entries(object)) {
      if (keys.length === 0 && key !== 'regenNotes' && !key.startsWith('regenNotes.')) continue;
      if (Array.isArray(value)) lists.set(value, [...keys, key]);
      else if (isObject(value) && keys.length < maxSettingsKeys) stack.push([value, [...keys, key]]);
    }
  }
  return lists;
}

/**
 * How many keys deep `listKeysOf` looks: settings nested deeper (64 levels below the `regenNotes`
 * object) are refused anyway, and a file nested 100,000 deep must not copy its keys at each level.
 */
const maxSettingsKeys = 66;

/**
 * Where each entry of the list at `keys` is written in a settings file's `text`. Of a key written
 * twice the parser keeps the last value, so the last list at `keys` is the one read. The text is
 * walked as `jsonTextToScan` gives it: a file padded with 20 MB of blanks took 6 s a walk.
 */
function entrySpans(text: string, keys: string[]): Span[] {
  let spans: Span[] = [];
  // How deep the walk is, and how deep the entries of the list are while it is inside it (else -1).
  let depth = 0;
  let entries = -1;
  const begin = (offset: number) => {
    if (depth === entries) spans.push({ start: offset, end: offset, line: 0 });
  };
  const end = (offset: number, length: number) => {
    if (depth === entries) spans[spans.length - 1].end = offset + length;
  };
  visitJson(
    jsonTextToScan(text),
    {
      onObjectBegin: (offset) => {
        begin(offset);
        depth++;
      },
      onObjectEnd: (offset, length) => {
        depth--;
        end(offset, length);
      },
      onArrayBegin: (offset, _length, _line, _character, path) => {
        begin(offset);
        depth++;
        if (depth === keys.length + 1 && entries === -1 && sameKeys(path(), keys)) {
          spans = [];
          entries = depth;
        }
      },
      onArrayEnd: (offset, length) => {
        if (depth === entries) entries = -1;
        depth--;
        end(offset, length);
      },
      onLiteralValue: (_value, offset, length) => {
        begin(offset);
        end(offset, length);
      },
    },
    { allowTrailingComma: true },
  );
  // Lines of the text itself: the scanned one has more line breaks.
  if (spans.length > 0) {
    const { lineOf } = createLineIndex(text);
    for (const span of spans) span.line = lineOf(span.start);
  }
  return spans;
}

function sameKeys(path: (string | number)[], keys: string[]): boolean {
  return path.length === keys.length && path.every((key, i) => key === keys[i]);
}

/** Where each entry of `list` (one of the lists `listKeysOf` found in the parsed file) is written in the file's `text`; undefined when the file holds no such list. */
export function listSpans(text: string, listKeys: Map<unknown, string[]>, list: unknown): Span[] | undefined {
  const keys = listKeys.get(list);
  return keys && entrySpans(text, keys);
}

/**
 * A settings file's text read as VS Code reads it: JSON with comments and trailing commas, past
 * any syntax error (`errors` says where); undefined when it nests too deeply to be read.
 */
export function parseSettingsText(text: string): { json: unknown; errors: ParseError[] } | undefined {
  const errors: ParseError[] = [];
  try {
    return { json: parseJsonc(jsonTextToScan(text), errors, { allowTrailingComma: true, allowEmptyContent: true }), errors };
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return undefined;
  }
}

/**
 * Where the entry of each inline term is written in a settings file's `text`, by id: in its
 * `regenNotes.vocabulary.terms`, when that list is the one in force (`terms`, as the editor
 * handed it over); none when the file's list is not that one (another is in force: one of the
 * user's settings, or of a workspace file). Of an id written twice the first entry is the
 * one in force: merging drops the second as a duplicate. One reading of the file for all of them.
 */
export function inlineTermEntries(text: string, terms: Settings['vocabulary']['terms']): Map<string, Span> {
  const entries = new Map<string, Span>();
  if (terms.length === 0) return entries;
  const parsed = parseSettingsText(text);
  if (!parsed) return entries;
  const { json } = parsed;
  // A syntax error elsewhere is read past, as VS Code reads past it and hands over the values:
  // the list read is compared with the one in force all the same.
  const listKeys = listKeysOf(json);
  const written = normalizeSettings(regenSettingsOf(json)).settings.vocabulary.terms;
  if (!isDeepStrictEqual(written, terms)) return entries;
  const spans = listSpans(text, listKeys, written) ?? [];
  written.forEach((term, i) => {
    if (isObject(term) && typeof term.id === 'string' && spans[i] && !entries.has(term.id)) entries.set(term.id, spans[i]);
  });
  return entries;
}

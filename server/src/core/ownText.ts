/**
 * Strings that an analysis keeps must not be slices of the note. V8 makes a slice of 13 or more
 * characters a view into the string it was cut from, and an edit reuses the terms, claims and
 * citations outside the edited blocks: a kept slice would keep every old version of a long note
 * in memory. Kept texts repeat (the same spellings, hedges and keys), so each is stored once.
 */

const kept = new Map<string, string>();

/** `s` as a string of its own, not a view into a longer one. */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** `s` as a string of its own, shared with earlier equal texts. Bounded. */
export function ownText(s: string): string {
  if (s.length < 13) return s;
  let own = kept.get(s);
  if (own === undefined) {
    own = ownCopy(s);
    if (kept.size > 50_000) kept.clear();
    kept.set(own, own);
  }
  return own;
}

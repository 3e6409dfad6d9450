import { shortCitation, type BibEntry, type Bibliography } from './bibliography';
import { clipped } from './listing';
import { writtenCitationKey } from './markdown';
import { greekNames, type TermIndex } from './matcher';
import { termEntryPlaces, type EntryPlace } from './navigation';
import type { Term, TermKind } from './types';

/** A symbol of the workspace: a team's term where a vocabulary file writes its entry, or a bibliography entry's key. */
export interface WorkspaceSymbolEntry {
  /**
   * The term's preferred label, followed by the form the query matched best when that matched
   * better than the label (`hepatic stellate cell (Ito cell)`); `@key` for an entry, braced
   * where a citation braces it (`@{Smith 2015}`). An editor filters what it is sent
   * by the name (VS Code keeps only the symbols whose name holds the query's characters in
   * order), so a term found through another of its forms must carry that form in its name.
   */
  name: string;
  kind: TermKind | 'citation-key';
  /** The term's id, or the entry's key. */
  id: string;
  /** What tells it apart in a list: the term's id and kind, or the entry's authors, year and title; may be empty. */
  container: string;
  /** The file's path (or URI), as the vocabulary or bibliography reader was given it. */
  file: string;
  /** Zero-based line of the entry. */
  line: number;
  /** What the entry writes to open it on, best first: the form the query matched, the label, the id; or the key. */
  written: string[];
}

/** What a search found: the best symbols, and whether more matched than were kept. */
export interface WorkspaceSymbols {
  symbols: WorkspaceSymbolEntry[];
  more: boolean;
}

/**
 * How well a text matches a query, lower being better: the query is the whole text, its start,
 * the start of a word in it, inside a word, or its characters are there apart; `None` when they
 * are not all there in order.
 */
const Score = { Exact: 0, Prefix: 1, WordStart: 2, Inside: 3, Scattered: 4, None: 5 } as const;
type Score = (typeof Score)[keyof typeof Score];

/**
 * A query as symbols are matched against it, as VS Code filters them: case-insensitive, its
 * characters in order anywhere in the text (`hsc` finds "hepatic stellate cell"), white space
 * left out. Kept as code units in lower and upper case, so a text is compared where it stands,
 * with no lower-cased copy of each of 100k terms' forms.
 */
class SymbolQuery {
  /** The query's characters without white space, each in lower and in upper case. */
  readonly #lower: number[] = [];
  readonly #upper: number[] = [];
  /** The query with runs of white space as one space, for whole-phrase matches. */
  readonly #phraseLower: number[] = [];
  readonly #phraseUpper: number[] = [];
  /** The bits a text's mask must have to match (`bitOf`). */
  readonly mask: number = 0;

  constructor(query: string) {
    const phrase = query.trim().replace(/\s+/g, ' ');
    for (const ch of phrase) {
      // One code unit each way where case maps to one; otherwise (ß → SS, astral letters) the code units as written.
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      const asWritten = lower.length !== ch.length || upper.length !== ch.length;
      for (let i = 0; i < ch.length; i++) {
        const lo = asWritten ? ch.charCodeAt(i) : lower.charCodeAt(i);
        const up = asWritten ? ch.charCodeAt(i) : upper.charCodeAt(i);
        this.#phraseLower.push(lo);
        this.#phraseUpper.push(up);
        if (ch !== ' ') {
          this.#lower.push(lo);
          this.#upper.push(up);
          // A character whose two cases fall on different bits (the Kelvin sign is a K) asks for neither.
          if (bitOf(lo) === bitOf(up)) this.mask |= bitOf(lo);
        }
      }
    }
  }

  get isEmpty(): boolean {
    return this.#lower.length === 0;
  }

  /** How well `text` matches; `Score.None` when the query's characters are not all in it, in order. */
  score(text: string): Score {
    const lower = this.#lower;
    const upper = this.#upper;
    const count = lower.length;
    if (count === 0) return Score.Exact;
    if (count > text.length) return Score.None;
    let q = 0;
    for (let i = 0; i < text.length && q < count; i++) {
      const c = text.charCodeAt(i);
      if (c === lower[q] || c === upper[q]) q++;
    }
    if (q < count) return Score.None;
    let best: Score = Score.Scattered;
    for (let at = this.#phraseAt(text, 0); at !== -1; at = this.#phraseAt(text, at + 1)) {
      if (at === 0) return text.length === this.#phraseLower.length ? Score.Exact : Score.Prefix;
      if (isWordStart(text, at)) return Score.WordStart;
      best = Score.Inside;
    }
    return best;
  }

  /** Where the phrase stands whole in `text`, case-insensitively, from `from` on; -1 when nowhere. */
  #phraseAt(text: string, from: number): number {
    const lower = this.#phraseLower;
    const upper = this.#phraseUpper;
    const last = text.length - lower.length;
    outer: for (let at = from; at <= last; at++) {
      for (let i = 0; i < lower.length; i++) {
        const c = text.charCodeAt(at + i);
        if (c !== lower[i] && c !== upper[i]) continue outer;
      }
      return at;
    }
    return -1;
  }
}

/** Whether a word starts at `at`: the text's start, or after a character that is not a letter or digit. */
function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return !isAsciiLetterOrDigit(c);
  return !/[\p{L}\p{N}]/u.test(text[at - 1]);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The bit of a code unit in a text's mask of characters: one per ASCII letter (either case), one
 * for digits, one for other ASCII and one for all else. A term whose forms lack a bit that the
 * query needs cannot match, and is passed over without reading its forms.
 */
function bitOf(c: number): number {
  if (c >= 97 && c <= 122) return 1 << (c - 97);
  if (c >= 65 && c <= 90) return 1 << (c - 65);
  if (c >= 48 && c <= 57) return 1 << 26;
  if (c < 128) return 1 << 27;
  return (c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff) ? greekBit : 1 << 28;
}

/** The bit of a Greek letter: a term with one may be found by the letter's name. */
const greekBit = 1 << 29;

/** The mask of each term's forms, by the index's list of terms: made at the first search, ~4 bytes a term. */
const formMasks = new WeakMap<readonly Term[], Int32Array>();

function formMasksOf(terms: readonly Term[]): Int32Array {
  let masks = formMasks.get(terms);
  if (masks) return masks;
  masks = new Int32Array(terms.length);
  const maskOf = (text: string) => {
    let mask = 0;
    for (let i = 0; i < text.length; i++) mask |= bitOf(text.charCodeAt(i));
    return mask;
  };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    let mask = 0;
    // A form with a Greek letter is also matched spelled out, so the letters of its names count too.
    for (const form of formsOf(term)) mask |= maskOf(form) | maskOf(spelledOut(form) ?? '');
    masks[i] = mask;
  }
  formMasks.set(terms, masks);
  return masks;
}

/** The forms of a term besides its label, in the order they are tried: of two that match alike, the first is shown. */
const otherForms = ['abbreviations', 'synonyms', 'deprecated'] as const;

function* formsOf(term: Term): Generator<string> {
  yield term.label;
  for (const field of otherForms) yield* term[field];
}

const greekLetter = /\p{Script=Greek}/u;

/**
 * A form with its Greek letters spelled out in Latin letters (`TNF-α` → `TNF-alpha`), as a note
 * may write it and a query may type it; undefined when it has none.
 */
function spelledOut(form: string): string | undefined {
  if (!greekLetter.test(form)) return undefined;
  return form.replace(/\p{Script=Greek}/gu, (letter) => greekNames[letter] ?? greekNames[letter.toLowerCase()] ?? letter);
}

/** A symbol found and not yet made: how well it matched, and what to make it from. */
interface Candidate {
  /** How well it matched (`Score`), and of two that match alike, a label before another form. */
  rank: number;
  /** The length of the text matched: of two that match alike, the shorter is nearer. */
  length: number;
  /** The order it was found in: the vocabulary's and the bibliography's. */
  order: number;
  file: string;
  line: number;
  term?: Term;
  /** The form of the term that matched better than its label, if one did. */
  form?: string;
  entry?: BibEntry;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return a.rank - b.rank || a.length - b.length || a.order - b.order;
}

/** Each symbol once: two workspace folders may read one vocabulary or bibliography file. */
function identity(c: Candidate): string {
  return `${c.term ? `term\0${c.term.id}` : `key\0${c.entry!.key}`}\0${c.file}\0${c.line}`;
}

/**
 * The symbols of a workspace that match a query: the terms of the folders' vocabularies that
 * have an entry in a team's vocabulary file, matched by any of their forms (label, abbreviations,
 * synonyms, non-preferred names), and the keys of their bibliographies (a leading `@` of the
 * query is the citation's). The best `limit` are kept: whole matches first, then those the query
 * starts, those where it starts a word, those that hold it, and those that hold its characters
 * apart; then a label before another form, the shorter text first, and the order they were
 * added in. With an empty query, every
 * symbol matches, in that order. One pass over each vocabulary and bibliography, comparing each
 * form where it stands; a symbol is made only for what is kept. Sources are added one at a time,
 * so the caller may stop in between.
 */
export class WorkspaceSymbolSearch {
  readonly #terms: SymbolQuery;
  readonly #keys: SymbolQuery;
  readonly #limit: number;
  #found: Candidate[] = [];
  #order = 0;
  /** The worst of the `limit` best found so far, once there are that many: what a candidate must beat. */
  #worstKept: Candidate | undefined;
  /** Whether a symbol was left out for the limit. */
  #more = false;

  constructor(query: string, limit: number) {
    this.#terms = new SymbolQuery(query);
    this.#keys = new SymbolQuery(query.trim().replace(/^@\{?/, ''));
    this.#limit = Math.max(0, Math.floor(limit));
  }

  /**
   * The terms of a vocabulary's index that match, at each entry a team's vocabulary file writes
   * of them; `unreadable`: files whose last good version is in force but that cannot be opened
   * (deleted, say), whose entries are left out. `placesOf` says where a term's entries are
   * written: by default, in the vocabulary files (an inline term's, in a settings file, the caller knows).
   */
  addTerms(index: TermIndex, unreadable: readonly string[] = [], placesOf: (term: Term) => EntryPlace[] = termEntryPlaces): void {
    const query = this.#terms;
    const terms = index.list;
    const masks = query.isEmpty ? undefined : formMasksOf(terms);
    for (let i = 0; i < terms.length; i++) {
      if (masks && (masks[i] & query.mask) !== query.mask) continue;
      const term = terms[i];
      let score = query.score(term.label);
      // The form that matched better than the label, if one did: the term is named by both, as that is why it is found.
      let form: string | undefined;
      if (score !== Score.Exact) {
        for (const field of otherForms) {
          for (const other of term[field]) {
            const scored = query.score(other);
            if (scored < score) {
              score = scored;
              form = other;
            }
          }
        }
      }
      // Typed with a Greek letter's name (`TNF-alpha`), a form written with the letter is found,
      // and named spelled out: an editor keeps only the names that hold what was typed.
      if (score !== Score.Exact && masks && (masks[i] & greekBit) !== 0) {
        for (const other of formsOf(term)) {
          const spelled = spelledOut(other);
          const scored = spelled === undefined ? Score.None : query.score(spelled);
          if (scored < score) {
            score = scored;
            form = spelled;
          }
        }
      }
      if (score === Score.None) continue;
      const order = this.#order++;
      const rank = score * 2 + (form === undefined ? 0 : 1);
      const length = query.isEmpty ? 0 : (form ?? term.label).length;
      // Most terms of a long list match a short query but are not among the best: their places are not looked up.
      if (!this.#mayKeep(rank, length, order)) {
        this.#more ||= placesOf(term).some((place) => !unreadable.includes(place.file));
        continue;
      }
      for (const place of placesOf(term)) {
        if (!unreadable.includes(place.file)) this.#add({ rank, length, order, file: place.file, line: place.line, term, ...(form === undefined ? {} : { form }) });
      }
    }
  }

  /** The keys of a bibliography that match, at their entries; `unreadable` as for `addTerms`. */
  addKeys(bibliography: Bibliography, unreadable: readonly string[] = []): void {
    const query = this.#keys;
    for (const entry of bibliography.entries.values()) {
      const score = query.score(entry.key);
      if (score === Score.None || unreadable.includes(entry.file)) continue;
      const order = this.#order++;
      const rank = score * 2;
      const length = query.isEmpty ? 0 : entry.key.length;
      if (this.#mayKeep(rank, length, order)) this.#add({ rank, length, order, file: entry.file, line: entry.line, entry });
      else this.#more = true;
    }
  }

  /**
   * The symbols kept, best first, each once, and whether more matched (a symbol left out may be
   * one that two folders share and that is kept from the other).
   */
  results(): WorkspaceSymbols {
    this.#keepBest();
    return { symbols: this.#found.map(symbolOf), more: this.#more };
  }

  /** Whether a candidate that matched so may be among the best `limit`: otherwise it is not made. */
  #mayKeep(rank: number, length: number, order: number): boolean {
    const worst = this.#worstKept;
    return this.#limit > 0 && (!worst || rank < worst.rank || (rank === worst.rank && (length < worst.length || (length === worst.length && order <= worst.order))));
  }

  #add(candidate: Candidate): void {
    this.#found.push(candidate);
    // Sorted and cut now and then, not kept in order: a query of one letter matches most of 100k terms.
    if (this.#found.length >= 2 * this.#limit + 64) this.#keepBest();
  }

  #keepBest(): void {
    const seen = new Set<string>();
    const kept: Candidate[] = [];
    for (const candidate of this.#found.sort(compareCandidates)) {
      const key = identity(candidate);
      if (seen.has(key)) continue;
      if (kept.length === this.#limit) {
        this.#more = true;
        break;
      }
      seen.add(key);
      kept.push(candidate);
    }
    this.#found = kept;
    if (kept.length === this.#limit) this.#worstKept = kept[kept.length - 1];
  }
}

const maxContainerLength = 80;

function symbolOf(c: Candidate): WorkspaceSymbolEntry {
  if (c.term) {
    const { term } = c;
    const written = c.form === undefined ? [term.label, term.id] : [c.form, term.label, term.id];
    return { name: c.form === undefined ? term.label : `${term.label} (${c.form})`, kind: term.kind, id: term.id, container: `${term.id} (${term.kind})`, file: c.file, line: c.line, written };
  }
  const entry = c.entry!;
  const container = [shortCitation(entry), entry.title].filter((part) => part).join(': ');
  return { name: `@${writtenCitationKey(entry.key)}`, kind: 'citation-key', id: entry.key, container: clipped(container, maxContainerLength), file: c.file, line: c.line, written: [entry.key] };
}

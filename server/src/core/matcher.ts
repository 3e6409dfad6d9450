import { grown, TokenTrie } from './tokenTrie';
import { WordTable } from './wordTable';
import type { AmbiguousForm, FormRole, Relation, Term, TermMatch, Vocabulary } from './types';
import { ownText } from './ownText';

/**
 * Term recognition with a token trie: the text is cut into word tokens once, and from each
 * token the longest vocabulary form is followed through the trie, so the cost grows with the
 * text and the length of the longest form, not with the vocabulary's size. Token keys are
 * numbered and the trie is kept in typed arrays (`TokenTrie`): a node is a number, and the
 * node a form's tokens lead to is that form's key.
 */

const roles: readonly FormRole[] = ['label', 'abbreviation', 'synonym', 'deprecated'];

/**
 * The forms that end at each trie node, in the order they were added, as parallel arrays:
 * those of node n are at [start[n], start[n + 1]).
 */
interface FormEntries {
  start: Int32Array;
  /** Index of the term in `TermIndex.list`. */
  term: Int32Array;
  /** Index into `roles`. */
  role: Uint8Array;
  /** The normalized tokens with their case, joined by `exactJoiner`, for case-sensitive forms (abbreviations). */
  exact: (string | undefined)[];
  ambiguous: Map<number, AmbiguousForm>;
}

/** The vocabulary prepared for recognition and lookup. */
export interface TermIndex {
  terms: Map<string, Term>;
  relations: Relation[];
  /** Terms in vocabulary order. */
  list: Term[];
  readonly forms: FormTrie;
  readonly entries: FormEntries;
}

/** Greek letters and their names, as terms may spell them out (TGF-β = TGF-beta). */
export const greekNames: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
const greekNameSet = new Set(Object.values(greekNames));

/** Latin letters, a single Greek letter, other letters, or digits: one token each. */
const tokenPattern = /[\p{Script=Latin}\p{M}]+|\p{Script=Greek}|\p{L}[\p{L}\p{M}]*|\p{N}+/uy;

/** The tokens of a form: `count` of them, in arrays that may be longer (see `scratch`). */
interface Tokens {
  count: number;
  starts: number[];
  ends: number[];
  words: NormalToken[];
}

/**
 * The tokens of a note: `count` of them, their offsets and their keys' numbers in one index, in
 * typed arrays that may be longer. A 1 MB note has ~170k tokens, and arrays grown by `push` made
 * a fifth of an analysis's garbage. A token's `NormalToken` is not kept: it is found again, by
 * `tokenAt`, for the few that a case-sensitive form asks about.
 */
interface TextTokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** The number of each token's key in the index's `tokenIds`, -1 for a key that no form has. */
  ids: Int32Array;
}

interface NormalToken {
  /** Case-folded, singular. */
  key: string;
  /** Case kept, singular, for case-sensitive comparison. */
  exact: string;
  /**
   * The key's number in the token table of the `FormTrie` numbered `table` (-1 when it has none):
   * the one asked last. There is mostly one index at a time, and this spares a lookup for each
   * token of a document. A number, not the table, so that no old table is kept alive.
   */
  id: number;
  table: number;
  /** Whether the key is the name of a Greek letter (alpha), which a form may write joined to the token before it. */
  greekName: boolean;
}

/** Words repeat: normalizing each distinct word once keeps tokenizing cheap. Bounded. */
const normalCache = newWordTable();

function newWordTable(): WordTable<NormalToken> {
  return new WordTable(normalizeToken, 300_000);
}
/**
 * Forms are cut into tokens hundreds of thousands of times while a vocabulary is merged and
 * indexed; reusing one set of arrays spares the garbage. Only read before the next call.
 */
const scratch: Tokens = { count: 0, starts: [], ends: [], words: [] };

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Cuts a form into word tokens with their normalized keys. */
function tokenize(text: string, from = 0, to = text.length, cache = normalCache, into?: Tokens): Tokens {
  // Written by index up to `count`, not emptied first: setting an array's length is a call into the runtime.
  const tokens: Tokens = into ?? { count: 0, starts: [], ends: [], words: [] };
  let n = 0;
  for (let i = from; i < to; ) {
    const end = tokenEnd(text, i, to);
    if (end === i) {
      i++;
      continue;
    }
    tokens.starts[n] = i;
    tokens.ends[n] = end;
    tokens.words[n] = cache.get(text, i, end);
    n++;
    i = end;
  }
  tokens.count = n;
  return tokens;
}

/** Cuts `text[from, to)` of a note into word tokens, as `tokenize` cuts a form. */
function tokenizeText(text: string, from: number, to: number, forms: FormTrie): TextTokens {
  const { tokenIds, table } = forms;
  // Sized for one token in four characters, more than prose has (about one in six); the arrays
  // grow if a note has more.
  let starts = new Int32Array((Math.max(0, to - from) >> 2) + 16);
  let ends = new Int32Array(starts.length);
  let ids = new Int32Array(starts.length);
  let n = 0;
  for (let i = from; i < to; ) {
    const end = tokenEnd(text, i, to);
    if (end === i) {
      i++;
      continue;
    }
    if (n === starts.length) {
      starts = grown(starts, n * 2);
      ends = grown(ends, n * 2);
      ids = grown(ids, n * 2);
    }
    const word = normalCache.get(text, i, end);
    if (word.table !== table) {
      word.table = table;
      word.id = tokenIds.get(word.key) ?? -1;
    }
    starts[n] = i;
    ends[n] = end;
    ids[n] = word.id;
    n++;
    i = end;
  }
  return { count: n, starts, ends, ids };
}

/** The normalized token `k` of a note's tokens. */
function tokenAt(text: string, t: TextTokens, k: number): NormalToken {
  return normalCache.get(text, t.starts[k], t.ends[k]);
}

/** The end of the token that starts at `i`: `i` when none does. */
function tokenEnd(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  let end = i;
  if (isAsciiLetter(c)) {
    do end++;
    while (end < to && isAsciiLetter(text.charCodeAt(end)));
    if (end < to && text.charCodeAt(end) >= 128) end = unicodeTokenEnd(text, i, to);
  } else if (isDigit(c)) {
    do end++;
    while (end < to && isDigit(text.charCodeAt(end)));
    if (end < to && text.charCodeAt(end) >= 128) end = unicodeTokenEnd(text, i, to);
  } else if (c >= 128) {
    end = unicodeTokenEnd(text, i, to);
  }
  return end;
}

function unicodeTokenEnd(text: string, at: number, to: number): number {
  tokenPattern.lastIndex = at;
  const m = tokenPattern.exec(text);
  return m ? Math.min(at + m[0].length, to) : at;
}

/**
 * Whether the text between two tokens lets them belong to one form: spaces, one line break or one
 * hyphen. With the `original` of a masked text, markup blanked between them (a code span, a tag, a
 * comment: `Ito `x` cells`) keeps them apart, so that no fix of the form deletes it; a quote's `>`
 * after the line break does not.
 */
function isJoiner(text: string, from: number, to: number, original?: string): boolean {
  let hyphens = 0;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (original !== undefined && original.charCodeAt(i) !== c && !(breaks > 0 && original.charCodeAt(i) === 62)) return false;
    // Thin and narrow no-break spaces, and line separators, come with text pasted from a PDF or a word processor.
    if (c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 0x2009 || c === 0x202f) continue;
    if (c === 10 || c === 0x2028) {
      if (++breaks > 1) return false;
    } else if (c === 45 || (c >= 0x2010 && c <= 0x2013)) {
      if (++hyphens > 1) return false;
    } else {
      return false;
    }
  }
  return to - from <= 8;
}

function normalizeToken(raw: string): NormalToken {
  let word = raw;
  if (/[^\x00-\x7f]/.test(word)) {
    word = word.normalize('NFKC');
    const greek = greekNames[word.toLowerCase()];
    if (greek) return { key: greek, exact: greek, id: -1, table: 0, greekName: true };
    word = word.normalize('NFD').replace(/\p{M}/gu, '');
  }
  const lower = word.toLowerCase();
  if (greekNameSet.has(lower)) return { key: lower, exact: lower, id: -1, table: 0, greekName: true };
  return { key: singular(lower), exact: singularExact(word), id: -1, table: 0, greekName: false };
}

/** A crude English singular, applied alike to text and vocabulary, so it only has to be consistent. */
function singular(word: string): string {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return n === 2 && word.charCodeAt(1) === 115 && isPluralConsonant(word.charCodeAt(0)) ? word[0] : word;
  const before = word.charCodeAt(n - 2);
  if (before === 115 || before === 117 || before === 105 || before === 121) return word; // ss us is ys
  if (n > 4 && before === 101 && word.charCodeAt(n - 3) === 105) return word.slice(0, -3) + 'y'; // ies
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Strips the plural `s` of an abbreviation (MSCs, miRNAs, the Ks of PI3Ks) and keeps case otherwise. */
function singularExact(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const before = word.charCodeAt(n - 2);
  if (before < 65 || before > 90) return word;
  return n > 2 || isPluralConsonant(before + 32) ? word.slice(0, -1) : word;
}

/**
 * Whether a lower-case letter before an `s` makes a two-letter word a plural: the last letter of
 * abbreviation after a number (the Ks of PI3Ks, the Ts of 5-HTs). Not a vowel, `y` or `s`, so
 * that English words (as, is, us, os, es, ys, ss) keep their `s`.
 */
function isPluralConsonant(c: number): boolean {
  return c >= 98 && c <= 122 && c !== 101 && c !== 105 && c !== 111 && c !== 117 && c !== 121 && c !== 115;
}

/** Whether the form's tokens, written together, make another variant: 2–4 tokens apart by nothing or one hyphen. */
function joinable(form: string, t: Tokens): boolean {
  const n = t.count;
  if (n < 2 || n > 4) return false;
  for (let i = 1; i < n; i++) {
    const gap = t.starts[i] - t.ends[i - 1];
    if (gap === 0) continue;
    if (gap > 1) return false;
    const c = form.charCodeAt(t.ends[i - 1]);
    if (c !== 45 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}

const latinLetter = /\p{Script=Latin}/u;
/** Shared, as 15k forms of a real list have variants and nearly none has such a letter. */
const noSpellings: readonly string[] = [];

/**
 * Whether token `i` of the form is a Greek letter written directly before Latin letters (the κ of
 * NF-κB, the α of αSMA). Written as a Latin letter or a name, it makes one word with them (NF-kB,
 * NFkappaB), which no variant of the letter as a token of its own can spell.
 */
function gluedToLatin(form: string, t: Tokens, i: number): boolean {
  if (!t.words[i].greekName || i + 1 >= t.count || t.ends[i] !== t.starts[i + 1] || form.charCodeAt(t.starts[i]) < 128) return false;
  const c = form.charCodeAt(t.starts[i + 1]);
  return isAsciiLetter(c) || (c >= 128 && latinLetter.test(form[t.starts[i + 1]]));
}

/**
 * Whether the form has variants (`FormTrie.#variantSpellings`): it has a Greek-letter name after
 * its first token, or a Greek letter first that is glued to Latin letters (`gluedToLatin`), or
 * tokens that can be joined. Plain ASCII tokens that meet only where letters meet digits are
 * cut the same way when written together, so that variant would repeat the form itself.
 */
function hasVariants(form: string, t: Tokens): boolean {
  for (let i = 1; i < t.count; i++) if (t.words[i].greekName) return true;
  if (t.count > 1 && gluedToLatin(form, t, 0)) return true;
  if (!joinable(form, t)) return false;
  for (let i = 1; i < t.count; i++) {
    const a = form.charCodeAt(t.ends[i - 1] - 1);
    const b = form.charCodeAt(t.starts[i]);
    if (a >= 128 || b >= 128) return true;
    if (isDigit(a) === isDigit(b)) return true;
  }
  return false;
}

/** The key under which a surface form is recognized; two forms with one key are the same form. */
export function formKey(form: string): string {
  const t = tokenize(form, 0, form.length, normalCache, scratch);
  return t.words
    .slice(0, t.count)
    .map((w) => w.key)
    .join(' ');
}

/**
 * What the index needs of one way to write a form: `variant` when it is not the form as written
 * but another spelling of it (`FormTrie.#variantSpellings`).
 */
type Spelling = (node: number, exact: string | undefined, variant: boolean) => void;

/**
 * The trie of a vocabulary's forms, with their token keys numbered: `mergeLayers` fills it to
 * tell forms apart by key, and `buildTermIndex` goes on with it, so no form is cut into tokens
 * twice. The merge looks a term's forms up in nearly the order the index visits them, so a
 * record of the lookups (kept until `seal`) lets the index read them instead of a map by form.
 */
export class FormTrie {
  static #tables = 0;
  /** This trie's number, for `NormalToken.table`. */
  readonly table = ++FormTrie.#tables;
  readonly tokenIds = new Map<string, number>();
  readonly trie: TokenTrie;
  /** The words of forms, kept apart from those of documents, which they would crowd out. */
  #words = newWordTable();
  /**
   * The record: each form looked up, the node of its key (negated when it has variants), and its
   * exact tokens when asked; `#recorded` of them. Made as large as the forms expected, rather
   * than grown by `push`: growing arrays of 300k were copied over and over, and each garbage
   * collection while they were young copied them again.
   */
  #forms: string[];
  #codes: Int32Array<ArrayBuffer>;
  #exact: (string | undefined)[];
  #recorded = 0;
  /** Where each term's lookups start in the record, by term in order of `startTerm`. */
  #termStarts: number[] = [];
  #cursor = 0;

  /**
   * `expectedForms`: about how many forms will be added, to size the trie (two nodes a form, as
   * real term lists have); `expectedLookups`: how many lookups will be recorded, to size the record.
   */
  constructor(expectedForms = 0, expectedLookups = expectedForms) {
    this.trie = new TokenTrie(expectedForms * 2);
    this.#forms = new Array<string>(expectedLookups + 16).fill('');
    this.#codes = new Int32Array(expectedLookups + 16);
    this.#exact = new Array<string | undefined>(expectedLookups + 16).fill(undefined);
  }

  /**
   * The node the form's tokens lead to, added if need be: one node for forms with one key; 0 for
   * a form without tokens. Recorded, with the joined exact tokens if `caseSensitive`.
   */
  keyNode(form: string, caseSensitive = false): number {
    // The merge asks for a new term's label twice in a row (is it free? then claim it): the second
    // time reads the record, as cutting 100k labels twice was a tenth of the merge.
    const last = this.#recorded - 1;
    let code: number;
    let exact: string | undefined;
    if (last >= 0 && this.#forms[last] === form && (!caseSensitive || this.#exact[last] !== undefined)) {
      code = this.#codes[last];
      exact = caseSensitive ? this.#exact[last] : undefined;
    } else {
      const t = this.#tokens(form);
      code = this.#codeOf(form, t);
      exact = caseSensitive ? exactOf(t.words, t.count) : undefined;
    }
    const at = this.#recorded++;
    if (at === this.#codes.length) this.#codes = grown(this.#codes, at * 2);
    // Past their length, the arrays of strings grow by themselves.
    this.#forms[at] = form;
    this.#codes[at] = code;
    this.#exact[at] = exact;
    return Math.abs(code);
  }

  /** Marks where the next term's lookups start; terms are counted in the order of their vocabulary. */
  startTerm(): void {
    this.#termStarts.push(this.#recorded);
  }

  /** Makes `spellings` read the record from where the `term`th term started. */
  followTerm(term: number): void {
    this.#cursor = this.#termStarts[term] ?? this.#recorded;
  }

  /** Calls `spelling` for each way the form may be written: its own tokens and their variants (`#variantSpellings`). */
  spellings(form: string, caseSensitive: boolean, spelling: Spelling): void {
    const at = this.#recalled(form);
    let code = at >= 0 ? this.#codes[at] : undefined;
    let exact = at >= 0 ? this.#exact[at] : undefined;
    if (code === undefined || (caseSensitive && exact === undefined)) {
      const t = this.#tokens(form);
      code = this.#codeOf(form, t);
      if (caseSensitive) exact = exactOf(t.words, t.count);
    }
    if (code > 0) spelling(code, caseSensitive ? exact : undefined, false);
    else if (code < 0) this.#variantSpellings(form, -code, caseSensitive, spelling, false);
  }

  /**
   * `spellings` for a form with variants, whose own tokens lead to `node`: the token sequences
   * it may also be written as (IL-6 = IL6 = IL 6; TNF-α = TNFa = TNF a = TNFalpha). Each variant
   * goes on from the form's own path where it leaves it, with the tokens' numbers known:
   * a real list of 100k terms has 15k such forms, and looking every key of every variant up
   * again took most of the index's time. `variant`: whether `form` itself is a variant of the form written.
   */
  #variantSpellings(form: string, node: number, caseSensitive: boolean, spelling: Spelling, variant: boolean): void {
    const t = this.#tokens(form);
    const n = t.count;
    const words = t.words.slice(0, n);
    const exact = caseSensitive ? words.map((w) => w.exact) : undefined;
    const spell = (end: number, exactTokens: readonly string[] | undefined, isVariant = true) => spelling(end, exactTokens?.join(exactJoiner), isVariant);
    spell(node, exact, variant);
    if (joinable(form, t)) {
      const joined = tokenize(words.map((_, i) => form.slice(t.starts[i], t.ends[i])).join(''), undefined, undefined, this.#words);
      spell(this.#pathOf(joined.words, 0, joined.count), exact && joined.words.map((w) => w.exact));
    }
    // A Greek letter's name, glued to the token before it as its first letter or whole, or apart as its first letter.
    for (let i = 1; i < n; i++) {
      if (!words[i].greekName) continue;
      const before = this.#pathOf(words, 0, i - 1);
      const name = words[i].key;
      for (const letter of [name[0], name]) {
        const glued = this.trie.addChild(before, this.#idOf(words[i - 1].key + letter));
        spell(this.#pathOf(words, i + 1, n, glued), exact && [...exact.slice(0, i - 1), exact[i - 1] + letter, ...exact.slice(i + 1)]);
        if (letter.length > 1) continue;
        const apart = this.trie.addChild(this.#pathOf(words, i - 1, i, before), this.#idOf(letter));
        spell(this.#pathOf(words, i + 1, n, apart), exact && [...exact.slice(0, i), letter, ...exact.slice(i + 1)]);
      }
    }
    // Each has the variants of its own spelling, so that a form with two such letters (IκBα) gets both rewritten (IkBa).
    for (const variant of this.#mergedSpellings(form, t)) {
      const v = tokenize(variant, 0, variant.length, this.#words);
      const end = this.#pathOf(v.words, 0, v.count);
      if (hasVariants(variant, v)) this.#variantSpellings(variant, end, caseSensitive, spelling, true);
      else spelling(end, caseSensitive ? exactOf(v.words, v.count) : undefined, true);
    }
  }

  /**
   * The form written with a Greek letter that is glued to Latin letters after it (`gluedToLatin`)
   * as its Latin first letter or its name: apart from the token before (NF-kB, NF-kappaB) and
   * joined to it (NFkB, NFkappaB), as the letter's other variants are. The first such letter
   * only; the rest are rewritten in the variants of these.
   */
  #mergedSpellings(form: string, t: Tokens): readonly string[] {
    for (let i = 0; i < t.count; i++) {
      if (!gluedToLatin(form, t, i)) continue;
      const name = t.words[i].key;
      const variants: string[] = [];
      for (const letter of [name[0], name]) {
        const after = letter + form.slice(t.ends[i]);
        variants.push(form.slice(0, t.starts[i]) + after);
        if (i > 0 && t.ends[i - 1] < t.starts[i]) variants.push(form.slice(0, t.ends[i - 1]) + after);
      }
      return variants;
    }
    return noSpellings;
  }

  /** Drops what only building needed; the trie and the token ids stay for recognition. */
  seal(): void {
    this.#words = newWordTable();
    this.#forms = [];
    this.#codes = new Int32Array(0);
    this.#exact = [];
    this.#recorded = 0;
    this.#termStarts = [];
    this.trie.trim();
  }

  #tokens(form: string): Tokens {
    return tokenize(form, 0, form.length, this.#words, scratch);
  }

  /** The place of `form` in the record, looking a few lookups ahead of the cursor (past rejected or released forms); -1 if not there. */
  #recalled(form: string): number {
    const end = Math.min(this.#cursor + 8, this.#recorded);
    for (let i = this.#cursor; i < end; i++) {
      if (this.#forms[i] === form) {
        this.#cursor = i + 1;
        return i;
      }
    }
    return -1;
  }

  #codeOf(form: string, t: Tokens): number {
    const node = this.#pathOf(t.words, 0, t.count);
    return node > 0 && hasVariants(form, t) ? -node : node;
  }

  /** The node that `words[from, to)` lead to from `node`, added if need be. */
  #pathOf(words: readonly NormalToken[], from: number, to: number, node = 0): number {
    for (let k = from; k < to; k++) {
      const word = words[k];
      if (word.table !== this.table) {
        word.table = this.table;
        word.id = this.#idOf(word.key);
      }
      node = this.trie.addChild(node, word.id);
    }
    return node;
  }

  #idOf(key: string): number {
    let id = this.tokenIds.get(key);
    if (id === undefined) this.tokenIds.set(key, (id = this.tokenIds.size));
    return id;
  }
}

/** What `mergeLayers` leaves for `buildTermIndex`: its form trie, and its map of terms by id with the list that map was made for. */
interface Merge {
  forms: FormTrie;
  terms: Map<string, Term>;
  list: readonly Term[];
}

const merges = new WeakMap<Vocabulary, Merge>();

/** Lets `buildTermIndex` go on with what merging `vocabulary` made. */
export function handOverMerge(vocabulary: Vocabulary, forms: FormTrie, terms: Map<string, Term>): void {
  merges.set(vocabulary, { forms, terms, list: [...vocabulary.terms] });
}

/**
 * Builds the recognition index of a vocabulary. Later forms never displace earlier ones, but a
 * form as written displaces another term's variant spelling (`Placed.byNode`).
 */
export function buildTermIndex(vocabulary: Vocabulary): TermIndex {
  const merge = merges.get(vocabulary);
  // A second index of the same vocabulary gets a trie of its own.
  merges.delete(vocabulary);
  const forms = merge?.forms ?? new FormTrie();
  const unchanged = merge !== undefined && merge.list.length === vocabulary.terms.length && merge.list.every((term, i) => term === vocabulary.terms[i]);
  const terms = unchanged ? merge.terms : new Map<string, Term>();
  const placed = new Placed(formsOf(vocabulary.terms));
  const list = vocabulary.terms;
  // Loops by index: `for…of` over lists of several kinds (the layers' own, the frozen empty one)
  // made an iterator result for each of 300k forms.
  for (let t = 0; t < list.length; t++) {
    const term = list[t];
    if (!unchanged) terms.set(term.id, term);
    forms.followTerm(t);
    placed.term = t;
    placed.role = 0;
    forms.spellings(term.label, false, placed.place);
    placed.role = 1;
    // Few terms have ambiguous forms (one built-in, none of the real lists): a map for those.
    const ambiguous = term.ambiguous.length ? ambiguousByForm(term.ambiguous) : undefined;
    for (let f = 0; f < term.abbreviations.length; f++) {
      const form = term.abbreviations[f];
      placed.ambiguous = ambiguous?.get(form);
      forms.spellings(form, true, placed.place);
    }
    placed.ambiguous = undefined;
    placed.role = 2;
    for (let f = 0; f < term.synonyms.length; f++) forms.spellings(term.synonyms[f], false, placed.place);
    placed.role = 3;
    for (let f = 0; f < term.deprecated.length; f++) forms.spellings(term.deprecated[f], false, placed.place);
  }
  forms.seal();
  return { terms, relations: vocabulary.relations, list, forms, entries: placed.byNode(forms.trie.size) };
}

/** A term's ambiguous forms by form, the first of each: a term with thousands of abbreviations looked each up in the list. */
function ambiguousByForm(list: readonly AmbiguousForm[]): Map<string, AmbiguousForm> {
  const byForm = new Map<string, AmbiguousForm>();
  for (const a of list) if (!byForm.has(a.form)) byForm.set(a.form, a);
  return byForm;
}

/** The forms a term or an entry of a layer writes. */
interface WrittenForms {
  label?: string;
  abbreviations?: readonly string[];
  synonyms?: readonly string[];
  deprecated?: readonly string[];
}

/**
 * How many forms the terms (or a layer's entries) write: what a merge of them sizes its record
 * and trie for, and about how many entries their index will have (variants add some).
 */
export function formsOf(terms: readonly WrittenForms[]): number {
  let count = 0;
  for (let t = 0; t < terms.length; t++) {
    const term = terms[t];
    count += (term.label ? 1 : 0) + (term.abbreviations?.length ?? 0) + (term.synonyms?.length ?? 0) + (term.deprecated?.length ?? 0);
  }
  return count;
}

/** Marks, in `Placed`'s roles, an entry for a variant spelling of a form rather than the form as written. */
const variantBit = 4;

/**
 * The index's entries in the order they are placed: each spelling's node, with the term and
 * role being indexed (`term`, `role`, `ambiguous`, set before each form). In typed arrays sized
 * for the forms: arrays grown by `push` made half the garbage of indexing 100k terms.
 */
class Placed {
  term = 0;
  role = 0;
  ambiguous: AmbiguousForm | undefined;
  #count = 0;
  #variants = 0;
  #nodes: Int32Array<ArrayBuffer>;
  #terms: Int32Array<ArrayBuffer>;
  /**
   * Int32, not bytes as the index keeps them, so that `grown` serves all three arrays; only while
   * building. With `variantBit` set for a variant spelling.
   */
  #roles: Int32Array<ArrayBuffer>;
  #exact: (string | undefined)[];
  #ambiguous = new Map<number, AmbiguousForm>();

  constructor(expected: number) {
    this.#nodes = new Int32Array(expected + 16);
    this.#terms = new Int32Array(expected + 16);
    this.#roles = new Int32Array(expected + 16);
    this.#exact = new Array<string | undefined>(expected + 16).fill(undefined);
  }

  /** Adds an entry for a spelling of the form at hand. An arrow function, to be passed as a `Spelling`. */
  readonly place: Spelling = (node, exact, variant) => {
    const i = this.#count++;
    if (i === this.#nodes.length) {
      this.#nodes = grown(this.#nodes, i * 2);
      this.#terms = grown(this.#terms, i * 2);
      this.#roles = grown(this.#roles, i * 2);
    }
    if (this.ambiguous) this.#ambiguous.set(i, this.ambiguous);
    this.#nodes[i] = node;
    this.#terms[i] = this.term;
    this.#roles[i] = variant ? this.role | variantBit : this.role;
    if (variant) this.#variants++;
    this.#exact[i] = exact;
  };

  /**
   * The entries sorted by node, for a trie of `size` nodes (a counting sort, so each node keeps
   * its entries in order), the forms as written before the variant spellings of others: a team's
   * new term TNFa, or cMet beside c-Met, was accepted by the merge (its key is its own) and never
   * recognized, the variant of the earlier TNF-α or c-Met coming first.
   */
  byNode(size: number): FormEntries {
    const count = this.#count;
    const start = new Int32Array(size + 1);
    for (let i = 0; i < count; i++) start[this.#nodes[i] + 1]++;
    for (let n = 0; n < size; n++) start[n + 1] += start[n];
    const next = start.slice(0, size);
    const entries: FormEntries = { start, term: new Int32Array(count), role: new Uint8Array(count), exact: new Array<string | undefined>(count).fill(undefined), ambiguous: new Map() };
    const put = (i: number) => {
      const at = next[this.#nodes[i]]++;
      entries.term[at] = this.#terms[i];
      entries.role[at] = this.#roles[i] & ~variantBit;
      entries.exact[at] = this.#exact[i];
      const ambiguous = this.#ambiguous.get(i);
      if (ambiguous) entries.ambiguous.set(at, ambiguous);
    };
    const variants = new Int32Array(this.#variants);
    let v = 0;
    for (let i = 0; i < count; i++) {
      if (this.#roles[i] & variantBit) variants[v++] = i;
      else put(i);
    }
    for (let k = 0; k < v; k++) put(variants[k]);
    return entries;
  }
}

/**
 * Finds every term in `text[from, to)`: longest match first, never inside a word,
 * abbreviations case-sensitively, everything else case- and plural-insensitively. With `blocks`
 * (the prose blocks of a masked document, in order), a term never runs from one block into the
 * next: not from a heading into the paragraph under it, nor across list items or table cells.
 * With `original`, the document `text` masks, a term never runs across masked markup.
 */
export function findTerms(text: string, index: TermIndex, from = 0, to = text.length, blocks?: readonly { start: number; end: number }[], original?: string): TermMatch[] {
  const t = tokenizeText(text, from, to, index.forms);
  const { trie } = index.forms;
  const { start: entriesOf, exact } = index.entries;
  const matches: TermMatch[] = [];
  const n = t.count;
  const ids = t.ids;
  const blockOf = blocks ? blockNumbers(t.starts, n, blocks) : undefined;
  const glued = (i: number) => i > 0 && i < n && t.ends[i - 1] === t.starts[i];
  // A plural `s` glued to a number ends the word (CD44s, IL-6s): the form before it may end there.
  const pluralS = (i: number) => glued(i) && t.ends[i] - t.starts[i] === 1 && text.charCodeAt(t.starts[i]) === 115 && isDigit(text.charCodeAt(t.starts[i] - 1)) && !glued(i + 1);
  for (let i = 0; i < n; i++) {
    if (glued(i)) continue;
    let node = 0;
    let best = -1;
    let last = i;
    for (let j = i; j < n && ids[j] >= 0; j++) {
      if (j > i && ((!glued(j) && !isJoiner(text, t.ends[j - 1], t.starts[j], original)) || (blockOf !== undefined && blockOf[j] !== blockOf[i]))) break;
      node = trie.child(node, ids[j]);
      if (node === 0) break;
      if (entriesOf[node] === entriesOf[node + 1] || (glued(j + 1) && !pluralS(j + 1))) continue;
      for (let e = entriesOf[node]; e < entriesOf[node + 1]; e++) {
        const expected = exact[e];
        if (expected === undefined || sameTokens(expected, text, t, i, j)) {
          best = e;
          last = j;
          break;
        }
      }
    }
    if (best < 0) continue;
    if (pluralS(last + 1)) last++;
    const start = t.starts[i];
    const end = t.ends[last];
    const match: TermMatch = { start, end, termId: index.list[index.entries.term[best]].id, role: roles[index.entries.role[best]], text: ownText(text.slice(start, end)) };
    const ambiguous = index.entries.ambiguous.get(best);
    if (ambiguous) match.ambiguous = ambiguous;
    matches.push(match);
    i = last;
  }
  return matches;
}

/** The number of the block each of `count` tokens starts in (blocks in order, not overlapping); -1 outside every block. */
function blockNumbers(starts: Int32Array, count: number, blocks: readonly { start: number; end: number }[]): Int32Array {
  const numbers = new Int32Array(count);
  let b = 0;
  for (let i = 0; i < count; i++) {
    while (b < blocks.length && blocks[b].end <= starts[i]) b++;
    numbers[i] = b < blocks.length && blocks[b].start <= starts[i] ? b : -1;
  }
  return numbers;
}

/** Joins the exact tokens of a form: a character no token holds, unlike the space that NFKC may give. */
const exactJoiner = '\u0000';

/** The exact tokens of a form (the first `count` of `words`), joined. */
function exactOf(words: readonly NormalToken[], count = words.length): string {
  if (count === 1) return words[0].exact;
  return words
    .slice(0, count)
    .map((w) => w.exact)
    .join(exactJoiner);
}

/** Whether the exact tokens `from..to` of the note, joined, are `expected`. */
function sameTokens(expected: string, text: string, t: TextTokens, from: number, to: number): boolean {
  if (from === to) return expected === tokenAt(text, t, from).exact;
  const words: NormalToken[] = [];
  for (let k = from; k <= to; k++) words.push(tokenAt(text, t, k));
  return expected === exactOf(words);
}

/**
 * Whether a form written as `form` would have the key of a form the index has, or of another
 * spelling of one (its tokens case-folded and singular, as the merge compares them): `Il6` has the
 * key of IL-6, and `TNFA` that of TNFa, a spelling of TNF-α. A new term with the key of a form is
 * refused by the merge; one with the key of a spelling would be read, but the word is most likely
 * the older term written otherwise, so it is not one to offer as new.
 */
export function hasFormKey(index: TermIndex, form: string): boolean {
  const t = tokenize(form);
  if (t.count === 0) return false;
  const { trie, tokenIds } = index.forms;
  let node = 0;
  for (let k = 0; k < t.count; k++) {
    const id = tokenIds.get(t.words[k].key);
    if (id === undefined) return false;
    node = trie.child(node, id);
    if (node === 0) return false;
  }
  const { start } = index.entries;
  return start[node] < start[node + 1];
}

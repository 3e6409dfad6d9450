import type { AmbiguousForm, FormRole, Relation, Term, TermMatch, Vocabulary } from './types';

/**
 * Term recognition with a token trie: the text is cut into word tokens once, and from each
 * token the longest vocabulary form is followed through a `Map` per trie level, so the cost
 * grows with the text and the length of the longest form, not with the vocabulary's size.
 */

interface FormEntry {
  termId: string;
  role: FormRole;
  /** The normalized tokens with their case, for case-sensitive forms (abbreviations). */
  exact?: string[];
  ambiguous?: AmbiguousForm;
}

/** Most nodes have one child: it is kept inline, and a `Map` is made only for the second. */
interface TrieNode {
  key?: string;
  child?: TrieNode;
  children?: Map<string, TrieNode>;
  entries?: FormEntry[];
}

function childOf(node: TrieNode, key: string): TrieNode | undefined {
  if (node.children) return node.children.get(key);
  return node.key === key ? node.child : undefined;
}

function addChild(node: TrieNode, key: string): TrieNode {
  if (node.children) {
    let child = node.children.get(key);
    if (!child) node.children.set(key, (child = {}));
    return child;
  }
  if (node.child === undefined) {
    node.key = key;
    return (node.child = {});
  }
  if (node.key === key) return node.child;
  const child: TrieNode = {};
  node.children = new Map([
    [node.key!, node.child],
    [key, child],
  ]);
  node.key = undefined;
  node.child = undefined;
  return child;
}

/** The vocabulary prepared for recognition and lookup. */
export interface TermIndex {
  terms: Map<string, Term>;
  relations: Relation[];
  /** Terms in vocabulary order. */
  list: Term[];
  readonly root: TrieNode;
}

const greekNames: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ρ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};
const greekNameSet = new Set(Object.values(greekNames));

/** Latin letters, a single Greek letter, other letters, or digits: one token each. */
const tokenPattern = /[\p{Script=Latin}\p{M}]+|\p{Script=Greek}|\p{L}[\p{L}\p{M}]*|\p{N}+/uy;

interface Tokens {
  starts: number[];
  ends: number[];
  /** Case-folded, singular keys. */
  keys: string[];
  /** Case-kept, singular forms, for case-sensitive comparison. */
  exact: string[];
}

interface NormalToken {
  key: string;
  exact: string;
}

/** Words repeat: normalizing each distinct word once keeps tokenizing cheap. Bounded. */
const normalCache = new Map<string, NormalToken>();
/**
 * The words of vocabulary forms, kept apart from those of documents: a large vocabulary's words
 * would otherwise crowd the documents' out, and they are dropped once an index is built.
 */
const formCache = new Map<string, NormalToken>();
/**
 * Forms are cut into tokens hundreds of thousands of times while a vocabulary is merged and
 * indexed; reusing one set of arrays spares the garbage. Only read before the next call.
 */
const scratch: Tokens = { starts: [], ends: [], keys: [], exact: [] };

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Cuts text into word tokens with their normalized keys. */
function tokenize(text: string, from = 0, to = text.length, cache = normalCache, into?: Tokens): Tokens {
  const tokens: Tokens = into ?? { starts: [], ends: [], keys: [], exact: [] };
  if (into) into.starts.length = into.ends.length = into.keys.length = into.exact.length = 0;
  let i = from;
  while (i < to) {
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
    if (end === i) {
      i++;
      continue;
    }
    const normal = normalWord(text.slice(i, end), cache);
    tokens.starts.push(i);
    tokens.ends.push(end);
    tokens.keys.push(normal.key);
    tokens.exact.push(normal.exact);
    i = end;
  }
  return tokens;
}

function unicodeTokenEnd(text: string, at: number, to: number): number {
  tokenPattern.lastIndex = at;
  const m = tokenPattern.exec(text);
  return m ? Math.min(at + m[0].length, to) : at;
}

/** Whether the text between two tokens lets them belong to one form: spaces, one line break or one hyphen. */
function isJoiner(text: string, from: number, to: number): boolean {
  let hyphens = 0;
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 13) continue;
    if (c === 10) {
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
    if (greek) return { key: greek, exact: greek };
    word = word.normalize('NFD').replace(/\p{M}/gu, '');
  }
  const lower = word.toLowerCase();
  if (greekNameSet.has(lower)) return { key: lower, exact: lower };
  return { key: singular(lower), exact: singularExact(word) };
}

/** A crude English singular, applied alike to text and vocabulary, so it only has to be consistent. */
function singular(word: string): string {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115) return word;
  const before = word.charCodeAt(n - 2);
  if (before === 115 || before === 117 || before === 105 || before === 121) return word; // ss us is ys
  if (n > 4 && before === 101 && word.charCodeAt(n - 3) === 105) return word.slice(0, -3) + 'y'; // ies
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes')) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Strips the plural `s` of an abbreviation (MSCs, miRNAs) and keeps case otherwise. */
function singularExact(word: string): string {
  return word.length >= 3 && word.endsWith('s') && /[A-Z]/.test(word[word.length - 2]) ? word.slice(0, -1) : word;
}

/** Token sequences that a surface form may be written as (IL-6 = IL6 = IL 6; TNF-α = TNFa = TNFalpha). */
function formVariants(form: string): { keys: string[]; exact: string[] }[] {
  const t = tokenize(form, 0, form.length, formCache, scratch);
  if (t.keys.length === 0) return [];
  const variants = [{ keys: t.keys, exact: t.exact }];
  if (joinable(form, t)) {
    const joined = tokenize(t.starts.map((s, i) => form.slice(s, t.ends[i])).join(''), undefined, undefined, formCache);
    variants.push({ keys: joined.keys, exact: joined.exact });
  }
  for (let i = 1; i < t.keys.length; i++) {
    if (!greekNameSet.has(t.keys[i])) continue;
    for (const letter of [t.keys[i][0], t.keys[i]]) {
      variants.push({
        keys: [...t.keys.slice(0, i - 1), t.keys[i - 1] + letter, ...t.keys.slice(i + 1)],
        exact: [...t.exact.slice(0, i - 1), t.exact[i - 1] + letter, ...t.exact.slice(i + 1)],
      });
      if (letter.length === 1) {
        variants.push({ keys: [...t.keys.slice(0, i), letter, ...t.keys.slice(i + 1)], exact: [...t.exact.slice(0, i), letter, ...t.exact.slice(i + 1)] });
      }
    }
  }
  return variants;
}

/** Whether the form's tokens, written together, make another variant: 2–4 tokens apart by nothing or one hyphen. */
function joinable(form: string, t: Tokens): boolean {
  const n = t.starts.length;
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

/**
 * Whether the form needs `formVariants`: it has a Greek-letter name after its first token, or
 * tokens that can be joined. Plain ASCII tokens that meet only where letters meet digits are
 * cut the same way when written together, so that variant would repeat the form itself.
 */
function hasVariants(form: string, t: Tokens): boolean {
  for (let i = 1; i < t.keys.length; i++) if (greekNameSet.has(t.keys[i])) return true;
  if (!joinable(form, t)) return false;
  for (let i = 1; i < t.starts.length; i++) {
    const a = form.charCodeAt(t.ends[i - 1] - 1);
    const b = form.charCodeAt(t.starts[i]);
    if (a >= 128 || b >= 128) return true;
    if (isDigit(a) === isDigit(b)) return true;
  }
  return false;
}

/** The key under which a surface form is recognized; two forms with one key are the same form. */
export function formKey(form: string): string {
  // Most forms are ASCII: cut them here, with no arrays; any other character takes `tokenize`.
  let key = '';
  const n = form.length;
  let i = 0;
  while (i < n) {
    const c = form.charCodeAt(i);
    if (c >= 128) return slowFormKey(form);
    const digit = isDigit(c);
    if (!digit && !isAsciiLetter(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (digit) while (end < n && isDigit(form.charCodeAt(end))) end++;
    else while (end < n && isAsciiLetter(form.charCodeAt(end))) end++;
    if (end < n && form.charCodeAt(end) >= 128) return slowFormKey(form);
    const normal = normalWord(form.slice(i, end), formCache);
    key = key ? key + ' ' + normal.key : normal.key;
    i = end;
  }
  return key;
}

function slowFormKey(form: string): string {
  return tokenize(form, 0, form.length, formCache, scratch).keys.join(' ');
}

/**
 * A word cut from a document with `slice` can keep the whole document alive (V8 slices strings
 * of 13 or more characters without copying); a cached key must not, or every version of a
 * long note stays in memory.
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : (word + ' ').slice(0, -1);
}

function normalWord(word: string, cache: Map<string, NormalToken>): NormalToken {
  let normal = cache.get(word);
  if (!normal) {
    const own = ownCopy(word);
    normal = normalizeToken(own);
    if (cache.size > 300_000) cache.clear();
    cache.set(own, normal);
  }
  return normal;
}

/** Builds the recognition index of a vocabulary. Later forms never displace earlier ones. */
export function buildTermIndex(vocabulary: Vocabulary): TermIndex {
  const root: TrieNode = {};
  const terms = new Map<string, Term>();
  const place = (keys: string[], entry: FormEntry) => {
    let node = root;
    for (let k = 0; k < keys.length; k++) node = addChild(node, keys[k]);
    // An array literal is sized to fit; the first push would reserve room for 17.
    if (node.entries) node.entries.push(entry);
    else node.entries = [entry];
  };
  const add = (term: Term, form: string, role: FormRole, caseSensitive: boolean) => {
    const ambiguous = role === 'abbreviation' && term.ambiguous.length ? term.ambiguous.find((a) => a.form === form) : undefined;
    const t = tokenize(form, 0, form.length, formCache, scratch);
    if (t.keys.length === 0) return;
    for (const variant of hasVariants(form, t) ? formVariants(form) : [t]) {
      const entry: FormEntry = { termId: term.id, role };
      if (caseSensitive) entry.exact = variant.exact.slice();
      if (ambiguous) entry.ambiguous = ambiguous;
      place(variant.keys, entry);
    }
  };
  for (const term of vocabulary.terms) {
    terms.set(term.id, term);
    add(term, term.label, 'label', false);
    for (const form of term.abbreviations) add(term, form, 'abbreviation', true);
    for (const form of term.synonyms) add(term, form, 'synonym', false);
    for (const form of term.deprecated) add(term, form, 'deprecated', false);
  }
  formCache.clear();
  return { terms, relations: vocabulary.relations, list: vocabulary.terms, root };
}

/**
 * Finds every term in `text[from, to)`: longest match first, never inside a word,
 * abbreviations case-sensitively, everything else case- and plural-insensitively.
 */
export function findTerms(text: string, index: TermIndex, from = 0, to = text.length): TermMatch[] {
  const t = tokenize(text, from, to);
  const matches: TermMatch[] = [];
  const n = t.keys.length;
  const glued = (i: number) => i > 0 && i < n && t.ends[i - 1] === t.starts[i];
  for (let i = 0; i < n; i++) {
    if (glued(i)) continue;
    let node: TrieNode | undefined = index.root;
    let best: { last: number; entry: FormEntry } | undefined;
    for (let j = i; j < n; j++) {
      if (j > i && !glued(j) && !isJoiner(text, t.ends[j - 1], t.starts[j])) break;
      node = childOf(node, t.keys[j]);
      if (!node) break;
      if (node.entries && !glued(j + 1)) {
        const entry = node.entries.find((e) => !e.exact || sameTokens(e.exact, t.exact, i));
        if (entry) best = { last: j, entry };
      }
    }
    if (!best) continue;
    const start = t.starts[i];
    const end = t.ends[best.last];
    matches.push({
      start,
      end,
      termId: best.entry.termId,
      role: best.entry.role,
      text: text.slice(start, end),
      ...(best.entry.ambiguous ? { ambiguous: best.entry.ambiguous } : {}),
    });
    i = best.last;
  }
  return matches;
}

function sameTokens(expected: string[], actual: string[], at: number): boolean {
  for (let k = 0; k < expected.length; k++) if (expected[k] !== actual[at + k]) return false;
  return true;
}

/** The term whose form is exactly `phrase` (as typed in a note, any accepted variant), if any. */
export function lookupTerm(phrase: string, index: TermIndex): Term | undefined {
  const [match] = findTerms(phrase, index);
  return match && match.start === phrase.search(/\S/) && match.end === phrase.trimEnd().length ? index.terms.get(match.termId) : undefined;
}

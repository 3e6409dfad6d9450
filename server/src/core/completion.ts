import { describeTerm } from './hover';
import type { TermIndex } from './matcher';
import { partitionPoint } from './sorted';
import type { FormRole, TermKind } from './types';

/** A completion proposal as plain data; `convert.ts` makes it an LSP item. */
export interface TermCompletion {
  label: string;
  termId: string;
  kind: TermKind;
  detail: string;
  documentation: string;
  /** The text the client filters on (the form the prefix matched). */
  filterText: string;
  insertText: string;
  /** The range the insertion replaces: the typed prefix. */
  start: number;
  end: number;
  sortText: string;
}

interface FormKey {
  key: string;
  termId: string;
  role: FormRole;
  form: string;
}

const completionIndexes = new WeakMap<TermIndex, FormKey[]>();

/** Lowercase, Greek letters spelled out, hyphens and runs of spaces as one space. */
function completionKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/α/g, 'alpha')
    .replace(/β/g, 'beta')
    .replace(/γ/g, 'gamma')
    .replace(/κ/g, 'kappa')
    .replace(/[\s\-\u2010\u2011]+/g, ' ');
}

function formKeys(index: TermIndex): FormKey[] {
  let keys = completionIndexes.get(index);
  if (!keys) {
    keys = [];
    for (const term of index.list) {
      const add = (form: string, role: FormRole) => keys!.push({ key: completionKey(form), termId: term.id, role, form });
      add(term.label, 'label');
      term.abbreviations.forEach((f) => add(f, 'abbreviation'));
      term.synonyms.forEach((f) => add(f, 'synonym'));
      term.deprecated.forEach((f) => add(f, 'deprecated'));
    }
    keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    completionIndexes.set(index, keys);
  }
  return keys;
}


const maxItems = 100;

/**
 * Terms whose label, abbreviation or synonym starts with the words before `offset`
 * ("hepatic st", "HGF", "scatter"). The longest run of up to four words that some form starts
 * with is replaced by the preferred label; an abbreviation also gets an item of its own.
 */
export function completeTerms(text: string, offset: number, index: TermIndex): { items: TermCompletion[]; isIncomplete: boolean } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 120), offset);
  const words = /((?:[\p{L}\p{N}][\p{L}\p{N}\p{M}]*[\s\-\u2010\u2011]+){0,3}[\p{L}\p{N}][\p{L}\p{N}\p{M}-]*)$/u.exec(before);
  if (!words) return { items: [], isIncomplete: false };
  const keys = formKeys(index);
  const candidates = prefixesOf(words[1]);
  for (const prefix of candidates) {
    const key = completionKey(prefix);
    const first = partitionPoint(keys, (k) => k.key < key);
    if (first >= keys.length || !keys[first].key.startsWith(key)) continue;
    const start = offset - prefix.length;
    const items: TermCompletion[] = [];
    const seen = new Set<string>();
    let i = first;
    for (; i < keys.length && keys[i].key.startsWith(key) && items.length < maxItems; i++) {
      const { termId, role, form } = keys[i];
      const term = index.terms.get(termId)!;
      const documentation = describeTerm(term, index);
      if (role === 'abbreviation' && !seen.has(`${termId}:${form}`)) {
        seen.add(`${termId}:${form}`);
        items.push({ label: form, termId, kind: term.kind, detail: `${term.kind} · ${term.label}`, documentation, filterText: form, insertText: form, start, end: offset, sortText: `1${form}` });
      }
      if (seen.has(termId)) continue;
      seen.add(termId);
      const names = term.abbreviations.length ? ` (${term.abbreviations.join(', ')})` : '';
      items.push({ label: term.label, termId, kind: term.kind, detail: `${term.kind}${names}`, documentation, filterText: role === 'label' ? term.label : `${form} ${term.label}`, insertText: term.label, start, end: offset, sortText: `0${term.label}` });
    }
    const more = i < keys.length && keys[i].key.startsWith(key);
    return { items, isIncomplete: more };
  }
  return { items: [], isIncomplete: false };
}

/** "hepatic st" → ["hepatic st", "st"]: longer runs of words first. */
function prefixesOf(words: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]/gu;
  let previous = -1;
  for (let m = re.exec(words); m; m = re.exec(words)) {
    if (m.index === 0 || /[\s\-\u2010\u2011]/.test(words[m.index - 1])) {
      if (m.index !== previous) out.push(words.slice(m.index));
      previous = m.index;
    }
  }
  return out;
}

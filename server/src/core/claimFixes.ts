import { shortCitation, type BibEntry } from './bibliography';
import { showReviewPassageCommand, type Fix } from './codeActions';
import { clipped } from './listing';
import { identifierEnd, linkDestinationEnd, writtenCitationKey } from './markdown';
import { partitionPoint } from './sorted';
import type { Finding, TermMatch, TextEditOffsets } from './types';

/** The prefix "Mark as hypothesis" inserts; the claim detector reads the sentence as hedged. */
export const hypothesisMarker = '*Hypothesis:* ';

export interface ClaimFixOptions {
  /** The client accepts snippet edits: the citation placeholder puts the cursor after `@`. */
  snippetSupport?: boolean;
  /** Entries of the note's bibliography to offer citing for `claim.unsupported` (`suggestCitations`). */
  suggested?: readonly BibEntry[];
}

/**
 * Quick fixes for a claim finding, as plain data. For `claim.unsupported`: insert a citation
 * placeholder (`[@]`, or the snippet `[@$1]`) before the sentence's final punctuation, mark the
 * sentence as a hypothesis, or ignore it; and cite each `suggested` entry there. For
 * `claim.contradicts-review`: ignore it.
 * Ignoring writes `<!-- regen-notes-disable-claim CODE -->` right after the sentence.
 */
export function claimFixes(finding: Finding, text: string, options: ClaimFixOptions = {}): Fix[] {
  if (finding.code !== 'claim.unsupported' && finding.code !== 'claim.contradicts-review') return [];
  const fixes: Fix[] = [];
  if (finding.code === 'claim.unsupported') {
    const snippet = options.snippetSupport === true;
    fixes.push({
      title: 'Insert citation placeholder',
      kind: 'quickfix',
      edits: [citationEdit(text, finding.start, finding.end, snippet ? '[@$1]' : '[@]')],
      isPreferred: true,
      ...(snippet ? { snippet: true } : {}),
      finding,
    });
    for (const entry of options.suggested ?? []) {
      const what = [shortCitation(entry), entry.title].filter((part) => part).join(': ');
      const key = writtenCitationKey(entry.key);
      // A plain edit, not a snippet: a key may hold `$`.
      fixes.push({ title: clipped(`Cite @${key}${what ? ` (${what})` : ''}`, 100), kind: 'quickfix', edits: [citationEdit(text, finding.start, finding.end, `[@${key}]`)], finding });
    }
    fixes.push({ title: 'Mark as hypothesis', kind: 'quickfix', edits: [{ start: finding.start, end: finding.start, newText: hypothesisMarker }], finding });
  }
  if (finding.code === 'claim.contradicts-review' && finding.data?.backing) {
    fixes.push({ title: 'Show the review passage', kind: 'quickfix', edits: [], command: { name: showReviewPassageCommand, arguments: [finding.data.backing] }, finding });
  }
  fixes.push({ title: 'Ignore this claim', kind: 'quickfix', edits: [ignoreEdit(text, finding.end, finding.code)], finding });
  return fixes;
}

/** The terms a claim names: those of `terms` (in document order) inside `[start, end)`. */
export function claimTermIds(terms: readonly TermMatch[], start: number, end: number): Set<string> {
  const ids = new Set<string>();
  for (let i = partitionPoint(terms, (t) => t.start < start); i < terms.length && terms[i].end <= end; i++) ids.add(terms[i].termId);
  return ids;
}

/** ` [@]` (`citation`) before the final `.`, `!` or `?` (and any closing emphasis or quotes after it). */
function citationEdit(text: string, start: number, end: number, citation: string): TextEditOffsets {
  let at = end;
  while (at > start && /["'*_)\u201d\u2019]/.test(text[at - 1])) at--;
  if (at > start && /[.!?\u2026]/.test(text[at - 1])) {
    while (at > start && /[.!?\u2026]/.test(text[at - 1])) at--;
  } else {
    at = end;
  }
  at = pastLink(text, at);
  const space = at > start && /\s/.test(text[at - 1]) ? '' : ' ';
  return { start: at, end: at, newText: space + citation };
}

/**
 * Past the destination or label of a link whose text ends at `at` (`[this](https://… "title")`,
 * `[this][ref]`), and past a DOI the sentence ends with (`… angiogenesis doi:10.1000/xyz`): the
 * claim ends before them, as they are masked, and an edit put there broke the link, the title or
 * the DOI. (A citation key it ends with is the claim's already: `proseEnd`.) A destination is read as masking reads it, titles with their
 * parentheses; a label looks 1,000 characters ahead at most.
 */
function pastLink(text: string, at: number): number {
  const afterLink = text[at] === '(' ? linkDestinationEnd(text, at) : text[at - 1] === ']' && text[at] === '[' ? labelEnd(text, at) : at;
  return identifierEnd(text, afterLink);
}

function labelEnd(text: string, at: number): number {
  for (let i = at + 1; i < Math.min(text.length, at + 1000); i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ']') return i + 1;
    else if (text[i] === '[') return at;
  }
  return at;
}

/**
 * `<!-- regen-notes-disable-claim CODE -->` right after the sentence (after a link that ends it),
 * in the prose of its line: the comment silences that claim and no other, splits no paragraph,
 * list item or table, and sits before whatever follows the sentence, such as a code span, an HTML
 * comment or tag that goes on to the next line, or a hard line break. A space goes before it
 * where white space, a hard line break or the end of the note follows, as a browser shows none
 * more there; before a tag or code span glued to the sentence, none, as one would show.
 */
function ignoreEdit(text: string, end: number, code: string): TextEditOffsets {
  const at = pastLink(text, end);
  const hardBreak = text[at] === '\\' && (text[at + 1] === '\n' || text[at + 1] === '\r');
  const space = at >= text.length || /\s/.test(text[at]) || hardBreak ? ' ' : '';
  return { start: at, end: at, newText: `${space}<!-- regen-notes-disable-claim ${code} -->` };
}

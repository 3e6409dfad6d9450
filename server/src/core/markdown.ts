import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { CodeSpans, htmlComments } from './codeSpans';
import { lineStarts } from './lines';

/** Where a paragraph sits; citations in a container cover the whole container. */
export type ProseContainer = 'listItem' | 'blockquote' | 'footnote' | undefined;

/** A stretch of prose: a paragraph, a heading or a table cell. */
export interface ProseBlock {
  kind: 'paragraph' | 'heading' | 'tableCell';
  start: number;
  end: number;
  container: ProseContainer;
  /** The label of the footnote definition this block belongs to (`[^label]: …`). */
  footnoteLabel?: string;
  /** Index of the innermost list item, blockquote or footnote that holds this block. */
  containerId?: number;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** The prose of a markdown document, found by markdown-it's block parser. */
export interface ProseMap {
  /**
   * The document with every character that is not prose (code, front matter, HTML, link
   * destinations, autolinks, bare URLs, citation keys and DOIs, reference definitions, list and
   * quote markers) replaced by a space; line breaks are kept, so offsets are the document's.
   * A citation key's `@` is kept, so the citation still starts in prose.
   */
  masked: string;
  /** Prose blocks in document order. */
  blocks: ProseBlock[];
  /** HTML comments outside code (`<!-- … -->`), where in-document directives live. */
  comments: OffsetRange[];
  /**
   * Link reference definitions (`[label]: destination`) by `referenceKey` of their label, the
   * first of each label: markdown-it's own, so a definition counts where it is one (also in a
   * quote or a list item) and nowhere else (not in code, HTML or front matter).
   */
  references: ReadonlyMap<string, string>;
}

const parser = createParser();

function createParser() {
  const md = new MarkdownIt({ html: true }).use(footnote);
  // Only block structure is needed; inline spans are masked by `maskInline`, which keeps offsets.
  // Line endings and NULs are normalized by `normalized`, only when the text has some.
  md.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join', 'footnote_tail'], true);
  return md;
}

/**
 * What markdown-it's `normalize` rule makes of the text: CR and CRLF line endings as LF, NUL as
 * U+FFFD. The rule rewrites every line break, so a 1 MB note was copied twice on each parse;
 * most notes have neither, and are parsed as they are.
 */
function normalized(text: string): string {
  return /[\r\0]/.test(text) ? text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') : text;
}

/**
 * Finds the prose of a markdown document: paragraphs, headings and table cells, outside code,
 * front matter and HTML, with inline code, link destinations, URLs, citation keys and DOIs masked out.
 */
export function parseProse(text: string): ProseMap {
  return parseProseLayout(text).prose;
}

/**
 * Where markdown-it's top-level blocks start: what an incremental update needs to re-parse only
 * the blocks around an edit. Parallel arrays, in document order.
 */
export interface ProseLayout {
  /** Offset of the first line of each top-level block, and of each item of a top-level list. */
  topStarts: number[];
  /** How many containers (list items, quotes, footnotes) were opened before each top-level block. */
  topContainers: number[];
  /** Containers opened in the whole text. */
  containerCount: number;
  /** `comments` lists HTML-block comments first, then inline ones; this many are HTML-block comments. */
  blockComments: number;
}

/**
 * `parseProse` and the layout of its top-level blocks. With `frontMatter` false, a leading
 * `---` is not front matter (the text is a stretch of a document, not its start).
 */
export function parseProseLayout(text: string, frontMatter = true): { prose: ProseMap; layout: ProseLayout } {
  // Line starts, and one past the end, where markdown-it's line map may point.
  const lines = lineStarts(text);
  lines.push(text.length + 1);
  const frontMatterLines = frontMatter ? frontMatterLineCount(text) : 0;
  const source = frontMatterLines > 0 ? blankLines(text, lines, frontMatterLines) : text;
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = parser.parse(normalized(source), env);
  const blocks: ProseBlock[] = [];
  const comments: OffsetRange[] = [];
  const proseRanges: InlineRange[] = [];
  const containers: { kind: Exclude<ProseContainer, undefined>; id: number; label?: string }[] = [];
  const topStarts: number[] = [];
  const topContainers: number[] = [];
  let nextContainerId = 0;
  let headingOpen = false;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // The items of a top-level list count as top-level blocks too: a long list is re-parsed item by item.
    const topItem = token.type === 'list_item_open' && token.level === 1;
    if (((token.level === 0 && token.nesting >= 0) || topItem) && token.map) {
      const at = Math.min(lines[token.map[0]] ?? text.length, text.length);
      if (!topItem || at !== topStarts[topStarts.length - 1]) {
        topStarts.push(at);
        topContainers.push(nextContainerId);
      }
    }
    switch (token.type) {
      case 'list_item_open':
        containers.push({ kind: 'listItem', id: nextContainerId++ });
        break;
      case 'blockquote_open':
        containers.push({ kind: 'blockquote', id: nextContainerId++ });
        break;
      case 'footnote_reference_open':
        containers.push({ kind: 'footnote', id: nextContainerId++, label: String(token.meta?.label ?? '') });
        break;
      case 'list_item_close':
      case 'blockquote_close':
      case 'footnote_reference_close':
        containers.pop();
        break;
      case 'heading_open':
        headingOpen = true;
        break;
      case 'heading_close':
        headingOpen = false;
        break;
      case 'html_block':
        collectComments(text, token, lines, comments);
        break;
      case 'inline': {
        if (!token.map || tokens[i - 1]?.type === 'th_open' || tokens[i - 1]?.type === 'td_open') break;
        const range = inlineRange(text, lines, token);
        if (!range) break;
        const container = containers[containers.length - 1];
        const block: ProseBlock = { kind: headingOpen ? 'heading' : 'paragraph', start: range.start, end: range.end, container: container?.kind };
        if (container) block.containerId = container.id;
        const footnoteLabel = footnoteLabelOf(containers);
        if (footnoteLabel !== undefined) block.footnoteLabel = footnoteLabel;
        blocks.push(block);
        proseRanges.push(range);
        break;
      }
      case 'tr_open': {
        if (!token.map) break;
        const container = containers[containers.length - 1];
        for (const cell of tableCells(text, lines, token.map[0])) {
          const block: ProseBlock = { kind: 'tableCell', start: cell.start, end: cell.end, container: container?.kind };
          if (container) block.containerId = container.id;
          blocks.push(block);
          proseRanges.push({ start: cell.start, end: cell.end, segments: [cell] });
        }
        break;
      }
    }
  }
  const blockComments = comments.length;
  const masked = buildMasked(text, proseRanges, comments);
  const references = new Map(Object.entries(env.references ?? {}).map(([key, { href }]) => [key, href]));
  return { prose: { masked, blocks, comments, references }, layout: { topStarts, topContainers, containerCount: nextContainerId, blockComments } };
}

/**
 * A reference label as definitions are matched (CommonMark's: white space collapsed, Unicode case
 * folded, so `Straße` is `STRASSE`), by the parser that reads the definitions.
 */
export function referenceKey(label: string): string {
  return parser.utils.normalizeReference(label);
}

/** The offset just after YAML or TOML front matter at the start of `text`, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const count = frontMatterLineCount(text);
  if (count === 0) return 0;
  let at = 0;
  for (let k = 0; k < count && at !== -1; k++) at = text.indexOf('\n', at) + 1 || -1;
  return at === -1 ? text.length : at;
}

function footnoteLabelOf(containers: { kind: string; label?: string }[]): string | undefined {
  for (let i = containers.length - 1; i >= 0; i--) {
    if (containers[i].kind === 'footnote') return containers[i].label;
  }
  return undefined;
}

function lineText(text: string, lines: number[], line: number): { start: number; text: string } {
  const start = lines[line] ?? text.length;
  let end = Math.min((lines[line + 1] ?? text.length + 1) - 1, text.length);
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, text: text.slice(start, end) };
}

/** Lines taken by YAML (`---`) or TOML (`+++`) front matter at the very start, or 0. */
function frontMatterLineCount(text: string): number {
  const fence = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!fence) return 0;
  const close = fence[1] === '---' ? /^(---|\.\.\.)[ \t]*$/ : /^\+\+\+[ \t]*$/;
  let line = 1;
  for (let at = text.indexOf('\n') + 1; at > 0; line++) {
    const next = text.indexOf('\n', at);
    if (close.test(text.slice(at, next === -1 ? text.length : next).replace(/\r$/, ''))) return line + 1;
    at = next + 1;
  }
  return 0;
}

function blankLines(text: string, lines: number[], count: number): string {
  const end = Math.min(lines[count] ?? text.length, text.length);
  return blank(text.slice(0, end)) + text.slice(end);
}

interface InlineRange extends OffsetRange {
  segments: OffsetRange[];
}

/** The source range of an inline token's content, and the per-line segments that are prose. */
function inlineRange(text: string, lines: number[], token: MarkdownIt.Token): InlineRange | undefined {
  const [first] = token.map!;
  const contentLines = token.content.split('\n');
  const segments: OffsetRange[] = [];
  for (let k = 0; k < contentLines.length; k++) {
    const content = contentLines[k].trimEnd();
    if (content.length === 0) continue;
    const line = lineText(text, lines, first + k);
    const at = line.text.indexOf(content);
    if (at === -1) continue;
    segments.push({ start: line.start + at, end: line.start + at + content.length });
  }
  if (segments.length === 0) return undefined;
  return { start: segments[0].start, end: segments[segments.length - 1].end, segments };
}

/**
 * Cells of a table row, split where markdown-it splits them (GFM's rule): at each pipe without a
 * backslash right before it, inside a code span too. Split otherwise, a term could run from one
 * cell into the next (`\\|` is a pipe markdown-it keeps, a pipe in a code span one it splits at).
 */
function tableCells(text: string, lines: number[], lineIndex: number): OffsetRange[] {
  const line = lineText(text, lines, lineIndex);
  const cells: OffsetRange[] = [];
  let cellStart = 0;
  const s = line.text;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(s[from])) from++;
    while (to > from && /\s/.test(s[to - 1])) to--;
    if (to > from) cells.push({ start: line.start + from, end: line.start + to });
  };
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 124 && (i === 0 || s.charCodeAt(i - 1) !== 92)) {
      push(cellStart, i);
      cellStart = i + 1;
    }
  }
  push(cellStart, s.length);
  return cells;
}

function collectComments(text: string, token: MarkdownIt.Token, lines: number[], out: OffsetRange[]): void {
  if (!token.map) return;
  const start = lines[token.map[0]];
  const end = Math.min(lines[token.map[1]] ?? text.length, text.length);
  out.push(...htmlComments(text.slice(start, end), start));
}

/** `](destination "title")`: a link's destination and title after its text. */
const linkDestinationSource = '\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+(?:"[^"]{0,1000}"|\'[^\']{0,1000}\'|\\([^)]{0,1000}\\)))?\\s*\\)';
const linkDestinationAt = new RegExp(linkDestinationSource, 'y');

/** Where the destination and title of a link whose text ends with the `]` before `at` end, as masking reads them; `at` when there are none. */
export function linkDestinationEnd(text: string, at: number): number {
  linkDestinationAt.lastIndex = at - 1;
  return text.charCodeAt(at - 1) === 93 && linkDestinationAt.exec(text) ? linkDestinationAt.lastIndex : at;
}

/**
 * The punctuation a citation key may hold inside, before a letter or digit (Pandoc's rule), for a
 * character class: no apostrophe, so "@smith2015's review" cites `smith2015`.
 */
export const citationKeyPunctuation = ':.#$%&+?<>~/-';

/** A key Pandoc reads whole when written bare after its `@`: each punctuation mark inside before a letter or digit (or `:`/`/` before `/`, as in a URL). */
const bareCitationKey = new RegExp(`^[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_]|[${citationKeyPunctuation}](?=[\\p{L}\\p{N}_])|[:/](?=/))*$`, 'u');

/** A key as a citation writes it after its `@`: bare where Pandoc reads it whole, braced (`{Smith 2015}`) where it would not. */
export function writtenCitationKey(key: string): string {
  return bareCitationKey.test(key) ? key : `{${key}}`;
}

/**
 * What an `@` that starts a citation key does not follow, as a look-behind: a word, an e-mail's
 * local part, another `@`, or a backslash, which escapes it (`\@smith2016` is text in Pandoc).
 */
export const citationKeyNotAfter = '(?<![\\p{L}\\p{N}_.@+\\\\-])';

/** A citation key after its `@`, as `findCitations` reads it (Pandoc's rule: punctuation inside only before a letter or digit), or a braced one. */
const citationKeySource = `(?:[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_${citationKeyPunctuation}]*[\\p{L}\\p{N}_])?|\\{[^}\\n]{1,200}\\})`;
/** A DOI after its `10.`; its trailing punctuation is the sentence's. */
const doiRestSource = '\\d{4,9}/[^\\s"<>`\\]]*[^\\s"<>`\\]().,;:!?…\'*_]';
const citationKeyAt = new RegExp(citationKeySource, 'uy');
const doiAt = new RegExp(`10\\.${doiRestSource}`, 'uy');

/**
 * Where a citation key or a DOI that starts at `at` ends (`at` when none does): the key after a
 * kept `@`, or a DOI. They are masked, so a sentence that ends with one (`… angiogenesis
 * @smith2015`) ends at its `@`, or before the DOI; what is written after the sentence goes after it.
 */
export function identifierEnd(text: string, at: number): number {
  const pattern = text.charCodeAt(at - 1) === 64 ? citationKeyAt : doiAt;
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : at;
}

/**
 * Where prose that ends at `end` in `masked` ends in `text`: past a citation key whose `@` it ends
 * with, as masking keeps only the `@` (`… angiogenesis @smith2015`, as list items and table cells
 * end). A claim's underline and the directive that silences it both end there.
 */
export function proseEnd(text: string, masked: string, end: number): number {
  return masked.charCodeAt(end - 1) === 64 ? identifierEnd(text, end) : end;
}

/**
 * Inline spans that are not prose, besides code spans and HTML comments (`CodeSpans`): HTML
 * tags, autolinks, link destinations (with titles), reference, footnote and wiki-link labels,
 * bare URLs, citation keys and DOIs.
 */
const inlineNoise = new RegExp(
  [
    '<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*>', // autolink
    '<[^\\s<>@]+@[^\\s<>]+>', // e-mail autolink
    '</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>', // HTML tag
    // A title runs at most 1,000 characters: looking for its end to the end of the block from each
    // of thousands of `](x (` made a paragraph of 100 KB take 1.8 s, growing with its square.
    linkDestinationSource, // link destination
    // Labels name a link, a footnote or a note, not prose: a term fix there broke the reference.
    '\\]\\[[^\\]\\n]{1,999}\\]', // the label of a full reference link: [text][label]
    '(?<=\\[\\^)[^\\]\\s]{1,999}(?=\\])', // a footnote reference's label, its brackets kept for the citations
    '\\[\\[[^\\]\\n]{1,999}\\]\\]', // a wiki link: [[note]], ![[image.png]]
    '\\b(?:https?|ftp)://[^\\s<>"\'`]*[^\\s<>"\'`.,;:!?)\\]]', // bare URL
    '\\bwww\\.[^\\s<>"\'`]*[^\\s<>"\'`.,;:!?)\\]]', // bare www URL
    // A citation key names a reference, as `findCitations` reads it (Pandoc's rule: punctuation
    // inside only before a letter or digit), in brackets or not: a term fix there broke the
    // citation. Its `@` stays, where the citations look for prose. Each of these two starts with
    // what it matches, its look-behind after: one that starts with a look-behind is tried at
    // every offset, and each made masking a 1 MB note take twice as long.
    `@(?<=${citationKeyNotAfter}-?@)${citationKeySource}`, // citation key
    // An e-mail address's domain, after a character of its local part, which `maskInline`
    // masks too: a term fix there rewrote the address. It starts with the `@` for the same reason.
    '@(?<=[\\p{L}\\p{N}_.%+-]@)[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+', // e-mail address
    // A DOI is an identifier too (10.1016/j.stem.2019…); its trailing punctuation is the sentence's.
    `10\\.(?<![\\p{L}\\p{N}/.]10\\.)${doiRestSource}`, // DOI
    // So is an old-style arXiv id, whose archive (q-bio.CB) a team's term could name: a fix there changed the id.
    '[aA][rR][xX][iI][vV]:[ \\t]?[A-Za-z-]+(?:\\.[A-Za-z]{2})?/\\d{7}(?:[vV]\\d+)?', // arXiv id, old style
  ].join('|'),
  'gu',
);

function buildMasked(text: string, ranges: InlineRange[], comments: OffsetRange[]): string {
  const parts: string[] = [];
  let at = 0;
  // The next `*` and `_` of the text: most blocks have neither, and are not searched for emphasis.
  let star = text.indexOf('*');
  let underscore = text.indexOf('_');
  for (const range of ranges) {
    if (range.start < at) continue;
    parts.push(blank(text.slice(at, range.start)));
    if (star !== -1 && star < range.start) star = text.indexOf('*', range.start);
    if (underscore !== -1 && underscore < range.start) underscore = text.indexOf('_', range.start);
    let masked = maskInline(proseOf(text, range), range.start, comments);
    const emphasis = (star !== -1 && star < range.end) || (underscore !== -1 && underscore < range.end);
    if (emphasis) masked = withoutEmphasis(masked);
    parts.push(masked.includes('{{') ? withoutCloze(masked) : masked);
    at = range.end;
  }
  parts.push(blank(text.slice(at)));
  return parts.join('');
}

/**
 * `s` with the runs of `*` and `_` that open or close emphasis blanked, so that "leaves *more*
 * fibrosis than" reads as the words it emphasises. A `*` between spaces ("2 * 3") and a `_`
 * inside a word (`snake_case`) are no emphasis and stay.
 */
function withoutEmphasis(s: string): string {
  return s.replace(emphasisDelimiter, blank);
}

const emphasisDelimiter = /\*+(?=\S)|(?<=\S)\*+|(?<![\p{L}\p{N}])_+(?=\S)|(?<=\S)_+(?![\p{L}\p{N}])/gu;

/**
 * `s` with the marks of Anki's cloze deletions blanked, so that "{{c1::miR-122}} = ~70% of the
 * miRNA" reads as the words it hides (from the fifty-second batch): the opening `{{c1::`, and a
 * hint (`::hint`) with the closing `}}`.
 */
function withoutCloze(s: string): string {
  return s.replace(cloze, (_, open: string, answer: string, close: string) => blank(open) + answer + blank(close));
}

const cloze = /(\{\{c\d+::)([^{}]*?)((?:::[^{}]*)?\}\})/g;

/** The text of a range with everything between its segments (quote and list markers) blanked. */
function proseOf(text: string, range: InlineRange): string {
  if (range.segments.length === 1) return text.slice(range.start, range.end);
  let out = '';
  let at = range.start;
  for (const segment of range.segments) {
    out += blank(text.slice(at, segment.start)) + text.slice(segment.start, segment.end);
    at = segment.end;
  }
  return out;
}

/**
 * `s` with its code spans, comments, tags, autolinks, link destinations, URLs, citation keys and
 * DOIs blanked, each found where it starts first (a code span before a comment or tag at the same place).
 */
function maskInline(s: string, offset: number, comments: OffsetRange[]): string {
  if (!/[`<\]h:w@]|10\./.test(s)) return s;
  const spans = new CodeSpans(s);
  let out = '';
  let at = 0;
  // The pattern's next match is kept while it starts at or after `at`: what it passed over before has no match.
  let other: RegExpExecArray | null | undefined;
  for (;;) {
    if (other !== null && (other === undefined || other.index < at)) {
      inlineNoise.lastIndex = at;
      other = inlineNoise.exec(s);
    }
    const span = spans.next(at);
    let start: number;
    let end: number;
    if (span && (!other || span.start <= other.index)) {
      ({ start, end } = span);
      if (span.comment) comments.push({ start: offset + start, end: offset + end });
    } else if (other) {
      start = other.index;
      end = start + other[0].length;
      if (s.charCodeAt(start) === 64 && !citationKeyAtSign(s, start)) start = localPartStart(s, start, at);
    } else {
      break;
    }
    const keep = keptAt(s, start);
    out += s.slice(at, start + keep) + blank(s.slice(start + keep, end));
    at = end;
  }
  return out + s.slice(at);
}

/** Where the local part of an e-mail address whose `@` is at `at` starts, not before `from`: `at` for a citation key, which has none. */
function localPartStart(s: string, at: number, from: number): number {
  let start = at;
  while (start > from && localPartChar.test(s[start - 1])) start--;
  return start;
}

const localPartChar = /[\p{L}\p{N}_.%+-]/u;

/**
 * Whether the `@` at `at` starts a citation key rather than an e-mail address's domain, as
 * `inlineNoise` decides: no word, local part, `@` or backslash before it, past one `-` (Pandoc's
 * author-suppressing `[-@key]`, `-@key`). The `-` of such a key is no local part to mask: the `@`
 * went with it, and no key typed after `[-@` was completed, checked or hovered.
 */
function citationKeyAtSign(s: string, at: number): boolean {
  const before = s.charCodeAt(at - 1) === 45 ? at - 1 : at;
  return !notBeforeCitationKey.test(s.slice(Math.max(0, before - 2), before));
}

const notBeforeCitationKey = /[\p{L}\p{N}_.@+\\-]$/u;

/** How many characters at the start of a match stay: the `]` before a link destination, the `@` before a citation key. */
function keptAt(s: string, start: number): number {
  const c = s.charCodeAt(start);
  return c === 93 || c === 64 ? 1 : 0;
}

/** `s` with every UTF-16 unit but line breaks (CR, LF) turned into a space. */
function blank(s: string): string {
  // Scanning for CR per line would make a long code block quadratic; most notes have none.
  if (s.includes('\r')) return s.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
  let out = '';
  let at = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', at)) {
    out += ' '.repeat(i - at) + '\n';
    at = i + 1;
  }
  return out + ' '.repeat(s.length - at);
}

/** An ATX heading's opening `#`s at `at`: up to three spaces, one to six `#`, then a space, a tab or the end of the line. */
export function atxHeadingAt(text: string, at: number): boolean {
  let i = at;
  while (i - at < 3 && text.charCodeAt(i) === 32) i++;
  const hashes = i;
  while (i - hashes < 7 && text.charCodeAt(i) === 35) i++;
  if (i === hashes || i - hashes > 6) return false;
  const after = text.charCodeAt(i);
  return after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after);
}

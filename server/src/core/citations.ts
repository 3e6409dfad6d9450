import { CodeSpans } from './codeSpans';
import { citationKeyNotAfter, citationKeyPunctuation, referenceKey, type ProseMap } from './markdown';
import { ownText } from './ownText';
import { partitionIndex, partitionPoint } from './sorted';

/** How a citation is written. */
export type CitationKind =
  /** `[@key]`, `[see @key, p. 3; @other]`, `[-@key]` */
  | 'pandoc'
  /** `@key` in running text */
  | 'narrative'
  /** `[1]`, `[1, 3–5]`, `<sup>2</sup>`, `²` */
  | 'numeric'
  /** `[^label]`: counts only when the footnote's definition cites (see `citingFootnotes`) */
  | 'footnote'
  /** `(Smith et al., 2020)`, `Smith and Lee (2019)`, `Smith et al.` */
  | 'author-year'
  | 'doi'
  | 'pmid'
  | 'pmcid'
  | 'arxiv'
  /** a link or URL to a publisher, preprint server or literature index */
  | 'link'
  /** a free-form reference in a footnote or reference list ("Friedman SL. Gastroenterology. 2008") */
  | 'reference';

export interface Citation {
  start: number;
  end: number;
  kind: CitationKind;
  /** Citation keys, numbers, the footnote label, the DOI or id, or the URL. */
  keys?: string[];
}

export interface CitationOptions {
  /**
   * The document with non-prose masked (`ProseMap.masked`). Bracket, Pandoc and author–year
   * citations must start in prose (a key is masked, its `@` is not); identifiers and URLs may sit
   * in masked text (link destinations, autolinks, HTML, DOIs), but never in code spans or HTML comments.
   */
  masked?: string;
  /** Reference definitions of the document, by `referenceKey` of their label (`ProseMap.references`). */
  references?: ReadonlyMap<string, string>;
  /** Also accept free-form references, as written in footnotes and reference lists. */
  loose?: boolean;
}

/** Hosts of publishers, preprint servers and literature indexes; subdomains count too. */
const paperHosts: readonly string[] = [
  'doi.org', 'dx.doi.org', 'pubmed.ncbi.nlm.nih.gov', 'ncbi.nlm.nih.gov', 'europepmc.org', 'biorxiv.org', 'medrxiv.org',
  'arxiv.org', 'nature.com', 'sciencedirect.com', 'cell.com', 'springer.com', 'springeropen.com', 'link.springer.com',
  'wiley.com', 'onlinelibrary.wiley.com', 'nejm.org', 'thelancet.com', 'plos.org', 'frontiersin.org', 'mdpi.com',
  'science.org', 'sciencemag.org', 'pnas.org', 'jci.org', 'bmj.com', 'jamanetwork.com', 'academic.oup.com', 'oup.com',
  'tandfonline.com', 'karger.com', 'hindawi.com', 'aasldpubs.org', 'journal-of-hepatology.eu', 'jhep-reports.eu',
  'gastrojournal.org', 'lww.com', 'embopress.org', 'rupress.org', 'elifesciences.org', 'biomedcentral.com',
  'semanticscholar.org', 'jbc.org', 'ahajournals.org', 'physiology.org', 'sagepub.com', 'cambridge.org', 'acs.org',
  'rsc.org', 'peerj.com', 'f1000research.com', 'ssrn.com', 'researchsquare.com', 'preprints.org', 'jstage.jst.go.jp',
  'biologists.com', 'portlandpress.com', 'liebertpub.com', 'thieme-connect.com', 'thieme-connect.de', 'ingentaconnect.com',
  'annualreviews.org', 'asm.org', 'aacrjournals.org', 'ashpublications.org', 'jimmunol.org', 'molcells.org',
  'spandidos-publications.com', 'ijbs.com', 'thno.org', 'wjgnet.com', 'e-cmh.org', 'scielo.org',
  'scholar.archive.org', 'openalex.org', 'zenodo.org', 'osf.io', 'researchgate.net', 'ieee.org', 'acm.org', 'iop.org',
  'aps.org', 'annals.org', 'ajog.org', 'hepatology.org', 'cmghjournal.org', 'jhepatology.com',
];

const hostSet = new Set(paperHosts);

/** Whether a URL (with or without scheme) points at a paper host. */
export function isPaperUrl(url: string): boolean {
  const trimmed = url.trim();
  // `mailto:editor@nature.com` names a person at a publisher, not a paper.
  if (/^(?:mailto|tel|sms|data|javascript|file|urn|news):/i.test(trimmed)) return false;
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]*@)?([^/:?#\s]+)/i.exec(trimmed);
  if (!m) return false;
  let host = m[1].toLowerCase().replace(/\.$/, '');
  for (;;) {
    if (hostSet.has(host)) return true;
    const dot = host.indexOf('.');
    if (dot === -1 || host.indexOf('.', dot + 1) === -1) return false;
    host = host.slice(dot + 1);
  }
}

const particle = "(?:van|von|de|der|den|del|della|di|da|du|le|la|dos|das|ten|ter|zu|y|bin|al|el)";
// An organisation in capitals is an author before "et al.", "and", or a comma and a year: "(WHO, 2024)".
// A surname runs at most 60 letters, hyphens and apostrophes (double-barrelled ones included): with
// no bound, and a second surname after a hyphen, each name in a chain of 2,000 hyphenated words
// tried every way to split the rest of it (6 KB took 18 s).
const surname = "(?:[\\p{Lu}](?:['’][\\p{Lu}])?[\\p{Ll}][\\p{L}'’-]{0,60}|[\\p{Lu}]{2,}(?=\\s+(?:et\\s+al|and|&))|[\\p{Lu}]{2,8}(?=\\s*,\\s*(?:1[89]|20)\\d{2}))";
const name = `(?:${particle}\\s+){0,3}${surname}`;
const year = "(?:(?:1[89]|20)\\d{2}[a-z]?|in press|n\\.d\\.|forthcoming)";
const authors = `${name}(?:\\s+et\\s+al\\.?|(?:\\s*,\\s*${name})*,?\\s+(?:and|&)\\s+${name})?`;
const locator = "(?:,?\\s*(?:p|pp|ch|chap|fig|figs|table|sec|section)\\.?\\s*[\\w–-]+)";
/**
 * The journal after the year, with its volume and maybe issue and pages: "Smith 2021, Nat Rev
 * Gastroenterol Hepatol 18:40" (from the seventy-first batch), or alone at the end; or before it,
 * after a comma: "Jopling, RNA Biol 2012" (from the seventy-third).
 */
const journalWords = ",\\s*\\p{Lu}[\\p{L}.&]*(?:\\s+[\\p{L}.&]+){0,7}";
const journalName = `${journalWords}\\s+`;
/** The journal alone, last in the parentheses: "(Michalopoulos 2017, Hepatology)" (from the ninety-second batch). */
const journalAlone = `${journalWords}(?=\\s*$)`;
const journal = `(?:${journalName}\\d{1,4}(?:\\s*\\(\\d{1,4}\\))?(?:\\s*:\\s*[\\w–-]+)?|${journalAlone})`;
const journalBefore = `(?:${journalName}(?=(?:1[89]|20)\\d{2}))`;
// One way to read each run of prefixes: "see also" is "see" then "also", and the spaces after a
// word go to one `\s*` (`\s*,?\s*` could split them two ways: 'in  ' 20 times took seconds).
const prefix = "(?:(?:see|e\\.g\\.|cf\\.|reviewed\\s+(?:in|by)|as\\s+in|for\\s+(?:a\\s+)?review|and|also|in)\\s*(?:,\\s*)?)";

/**
 * Capitalised words that are no author when a year follows them alone: "(June 2021)", "(In
 * 2020)", "(Figure 2021)". "March et al., 2020" is still an author.
 */
const notAuthor = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|Winter|Figure|Fig|Table|In|Since|Until|From|By|During|Before|After|Early|Late|Mid|Around|Circa|Published|Updated|Accessed|Retrieved)";

/** One part of a parenthetical author–year citation: "see Smith et al., 2020, p. 3". */
const authorYearPart = new RegExp(`^\\s*${prefix}*(?!${notAuthor}\\s*,?\\s*\\(?\\s*${year})${authors}(?:${journalBefore}|\\s*,?\\s*)(?:\\(\\s*${year}\\s*\\)|${year}(?:\\s*,\\s*${year})*)${journal}?${locator}?\\s*$`, 'u');

/** Two authors with an ampersand and a year: the narrative pattern need run only where these stand. */
const ampersandYear = /&\s*\p{Lu}[\p{L}'’-]*,?\s+(?:1[89]|20)\d\d\b/u;

/**
 * Narrative author–year in running text: "Smith et al. (2020)", "Smith and Lee (2019)", "Smith et
 * al. 2020", "Smith et al.", "Seglen (1976, Methods Cell Biol 13:29–83)" with its journal in the
 * parentheses (from the hundred-and-sixty-second batch), and "Michalopoulos & DeFrances 1997" (from the eighty-seventh batch;
 * not "March & June 2021", nor a reference that goes on with its journal, which the free-form
 * reference reads where references are).
 */
const narrativeAuthorYear = new RegExp(
  `(?<![\\p{L}\\p{N}@-])${name}(?:\\s+et\\s+al\\.?(?:['’]s)?(?:\\s*\\(\\s*${year}(?:\\s*[,;]\\s*${year})*\\s*\\)|,?\\s+${year}\\b)?|\\s+(?:and|&)\\s+${name}['’]?s?\\s*\\(\\s*${year}(?:\\s*[,;]\\s*${year})*\\s*\\)|\\s*&\\s*(?!${notAuthor}\\b)${name},?\\s+${year}\\b(?!\\s*,\\s*\\p{Lu})|['’]?s?\\s*\\(\\s*${year}(?:\\s*[,;]\\s*${year})*(?:${journalName}\\d{1,4}(?:\\s*\\(\\d{1,4}\\))?(?:\\s*:\\s*[\\w–-]+)?)?\\s*\\))`,
  'gu',
);

/**
 * A document named with a place in it, as a footnote gives a source that is no paper
 * ("Participant information sheet, version 2.1, page 3", from the fifty-third batch; "Investigator's
 * brochure v4, p. 12", "Trial protocol, section 6.2"). Read only where free-form references are.
 */
const locatedDocument = /\b(?:sheet|protocol|brochure|leaflet|label|report|guidelines?|handbook|manual|SOP|dossier|minutes|datasheet|insert|monograph|SmPC|assessment|opinion|policy)\b[^\n]{0,60}?\b(?:page|pp?\.|version|v\.?|section|§|slide|chapter)\s*\d[\w.]*/gi;

/** A book's edition: "8e", "8th ed.", "3rd edition". */
const edition = "\\d{1,2}(?:e|(?:st|nd|rd|th)?\\s?(?:ed|edn|edition))\\b";
/** The year or the edition that ends every free-form reference: without one, the pattern need not run. */
const looseYear = new RegExp(`\\b(?:(?:1[89]|20)\\d{2}\\b|${edition})`);
/**
 * A free-form reference: a capitalised name (with initials, "et al.", a comma, or "& Chen"),
 * followed within one line by a year, or by a book's edition ("Ross & Pawlina, *Histology*, 8e",
 * from the seventy-first batch).
 */
const looseReference = new RegExp(`(?<![\\p{L}\\p{N}-])${surname}(?:\\s+[A-Z]{1,3}\\b|\\s+et\\s+al\\.?|,|\\s+(?:&|and)\\s+${surname})[^\\n]{0,160}?\\b(?:(?:1[89]|20)\\d{2}\\b|${edition})`, 'gu');

/**
 * The keys this reads are masked for term recognition by `parseProse` (`inlineNoise`): the two must
 * read the same keys. (An @-mention, which `isMention` tells from a key, is masked too: a handle is
 * no term.)
 */
const citeKeyPattern = new RegExp(`${citationKeyNotAfter}(-?)@([\\p{L}\\p{N}_][\\p{L}\\p{N}_${citationKeyPunctuation}]*|\\{[^}\\n]{1,200}\\})`, 'gu');

/** Numbers of references, "R" before each or not ("[R1, R2]", as impact case studies number them, from the hundred-and-sixty-sixth batch). */
const numericContent = /^\s*R?\d{1,4}(?:\s*[-–—]\s*R?\d{1,4})?(?:\s*[,;]\s*R?\d{1,4}(?:\s*[-–—]\s*R?\d{1,4})?)*\s*$/;

/**
 * What every citation but a free-form reference holds, one way or another: a bracket or
 * parenthesis, `@`, a superscript, `et al`, or the start of a DOI, PMID, PMCID, arXiv id or URL.
 * One scan finds which of these a block holds (see `CitationSigns`); most blocks hold none, and
 * are done with at once.
 */
const citationSign = /[[(@^¹²³⁰⁴-⁹&]|10\.|pmid|pmc|arxiv|http|www\.|et\s+al|<sup/gi;

/**
 * Which kinds of citation a block may hold, by the signs it holds. Each is true wherever its
 * patterns could match (`PMC` is looked for in any case, the pattern decides), so a pattern whose
 * sign is absent need not run. Found in one scan, rather than a search of the block for
 * each kind.
 */
interface CitationSigns {
  bracket: boolean;
  paren: boolean;
  at: boolean;
  sup: boolean;
  unicodeSup: boolean;
  doi: boolean;
  pmid: boolean;
  pmc: boolean;
  arxiv: boolean;
  url: boolean;
  etAl: boolean;
  /** An ampersand: "Michalopoulos & DeFrances 1997". */
  amp: boolean;
}

/** The signs of citations in `slice`, or undefined when it holds none. */
function citationSigns(slice: string): CitationSigns | undefined {
  let signs: CitationSigns | undefined;
  citationSign.lastIndex = 0;
  // Told apart by their first character, which no two kinds share (pmid and pmc differ in
  // length): capture groups made the scan a fifth slower.
  for (let m = citationSign.exec(slice); m; m = citationSign.exec(slice)) {
    signs ??= noSigns();
    const sign = m[0];
    switch (sign[0]) {
      case '[':
        signs.bracket = true;
        break;
      case '(':
        signs.paren = true;
        break;
      case '@':
        signs.at = true;
        break;
      case '^':
      case '<':
        signs.sup = true;
        break;
      case '1':
        signs.doi = true;
        break;
      case 'p':
      case 'P':
        if (sign.length === 4) signs.pmid = true;
        else signs.pmc = true;
        break;
      case 'a':
      case 'A':
        signs.arxiv = true;
        break;
      case 'h':
      case 'H':
      case 'w':
      case 'W':
        // `urlPattern` ignores case, but it has only ever run on blocks that write `http` or
        // `www.` in lower case somewhere; kept so that results do not change.
        signs.url ||= sign === 'http' || sign === 'www.';
        break;
      case 'e':
      case 'E':
        signs.etAl = true;
        break;
      case '&':
        signs.amp = true;
        break;
      default:
        signs.unicodeSup = true;
    }
  }
  return signs;
}

function noSigns(): CitationSigns {
  return { bracket: false, paren: false, at: false, sup: false, unicodeSup: false, doi: false, pmid: false, pmc: false, arxiv: false, url: false, etAl: false, amp: false };
}

/**
 * A DOI after "doi:", after doi.org's address with or without its scheme ("doi.org/10.1016/…",
 * from the hundred-and-fifty-seventh batch), or bare.
 * The look-ahead only repeats what each branch starts with. Without it the last branch, a
 * look-behind, lets a match start anywhere, and every position of the block was tried: ten
 * times slower on blocks that hold a DOI.
 */
const doiPattern = /(?=doi:|(?:https?:\/\/)?(?:dx\.)?doi\.org\/|10\.)(?:\bdoi:\s*|\bhttps?:\/\/(?:dx\.)?doi\.org\/|(?<![\p{L}\p{N}/.])(?:dx\.)?doi\.org\/|(?<![\p{L}\p{N}/.]))(10\.\d{4,9}\/[^\s"<>`\]]+)/giu;
const pmidPattern = /\bPMID:?\s*(\d{1,9})\b/gi;
const pmcidPattern = /\b(?:PMCID:?\s*)?(PMC\d{4,9})\b/g;
const arxivPattern = /\barXiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?)/gi;
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
/**
 * A superscript number: HTML's, or Pandoc's `^12^`; not a power of ten in a range ("10^9–10^11
 * particles/mL", from the hundred-and-nineteenth batch, holds "^9–10^").
 */
const supPattern = /<sup>\s*\d{1,4}(?:\s*[-–,]\s*\d{1,4})*\s*<\/sup>|(?<!\d)\^\d{1,4}(?:[-–,]\d{1,4})*\^(?!\d)/gi;
// Not after a number (10⁵) or a word of one or two letters (mm², µm³, s⁻¹): those are powers, not
// references; after a symbol that ends in digits (IL-6², CD44³) it is one.
const unicodeSupPattern = /(?<=[\p{L}\p{N}.,;:)\]])(?<!(?:^|[^\p{L}])\p{L}{1,2})(?<!(?:^|[^\p{L}\p{N}-])\p{N}+)[¹²³⁰⁴-⁹]+(?:[⁻,][¹²³⁰⁴-⁹]+)*/gu;

/**
 * Finds citations in `text[start, end)`, in document order, without overlaps: Pandoc
 * (`[@key]`, `[see @a, p. 3; @b]`, `[-@key]`, narrative `@key`), numeric (`[1]`, `[1, 3–5]`),
 * footnote references (`[^n]`), author–year (`(Smith et al., 2020)`, `(Smith & Lee 2019)`,
 * `Smith et al. (2020)`), DOIs, PMIDs, PMCIDs, arXiv ids, and links or URLs to paper hosts
 * (inline, reference-style and autolinks). Markdown link text, task-list boxes and e-mail
 * addresses are not citations. Scans the original text; `options.masked` keeps code and HTML
 * comments out.
 */
export function findCitations(text: string, start = 0, end = text.length, options: CitationOptions = {}): Citation[] {
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  if (end <= start) return [];
  const slice = text.slice(start, end);
  const loose = options.loose === true && looseYear.test(slice);
  const documents = options.loose === true && locatedDocument.test(slice);
  const seen = citationSigns(slice);
  if (!loose && !documents && !seen) return [];
  const signs = seen ?? noSigns();
  const gate = createGate(text, slice, options.masked, start);
  const citations: Citation[] = [];
  /** Where images' destinations are (pairs of offsets in `slice`): a figure's URL cites nothing, as its brackets do not. */
  const images: number[] = [];
  const push = (s: number, e: number, kind: CitationKind, keys?: string[], inMaskedOk = false) => {
    const at = start + s;
    if (!(inMaskedOk ? gate.notCode(at) : gate.prose(at))) return;
    if (inMaskedOk && inImage(images, s)) return;
    const citation: Citation = { start: at, end: start + e, kind };
    if (keys && keys.length > 0) citation.keys = keys.map(ownText);
    citations.push(citation);
  };

  const pairs = signs.bracket || signs.paren ? matchPairs(slice) : undefined;
  if (pairs && signs.bracket) scanBrackets(slice, pairs, options.references, push, images);
  if (pairs && signs.paren) scanParentheses(slice, pairs, push);

  // "et al" may be wrapped onto two lines, as the pattern allows. Not only a gate: the pattern
  // itself would take "Smith et alii" for "Smith et al", which counts only beside a real one.
  const hasYear = (signs.etAl && /\bet\s+al\b/.test(slice)) || (signs.paren && /\(\s*(?:1[89]|20)\d\d/.test(slice)) || (signs.amp && ampersandYear.test(slice));
  narrativeAuthorYear.lastIndex = hasYear ? 0 : slice.length;
  for (let m = hasYear ? narrativeAuthorYear.exec(slice) : null; m; m = narrativeAuthorYear.exec(slice)) {
    if (/\bet\s+al\b|\d/.test(m[0]) && !/^(?:The|This|These|In|We|Our|It|See|As|A|An)\b/.test(m[0])) push(m.index, m.index + m[0].length, 'author-year', [m[0].trim()]);
  }
  citeKeyPattern.lastIndex = 0;
  for (let m = signs.at ? citeKeyPattern.exec(slice) : null; m; m = citeKeyPattern.exec(slice)) {
    const key = trimKey(m[2]);
    if (key.length === 0 || isCrossReference(key)) continue;
    const s = m.index;
    const e = s + m[1].length + 1 + key.length;
    if (isMention(slice, s, e, key) || isMeasureAt(slice, e, key)) continue;
    push(s, e, 'narrative', [key.replace(/^\{|\}$/g, '')]);
  }
  doiPattern.lastIndex = 0;
  for (let m = signs.doi ? doiPattern.exec(slice) : null; m; m = doiPattern.exec(slice)) {
    const doi = trimIdentifier(m[1]);
    const s = m.index;
    const e = m.index + m[0].length - (m[1].length - doi.length);
    push(s, e, 'doi', [doi], true);
  }
  pmidPattern.lastIndex = 0;
  for (let m = signs.pmid ? pmidPattern.exec(slice) : null; m; m = pmidPattern.exec(slice)) push(m.index, m.index + m[0].length, 'pmid', [m[1]], true);
  pmcidPattern.lastIndex = 0;
  for (let m = signs.pmc ? pmcidPattern.exec(slice) : null; m; m = pmcidPattern.exec(slice)) push(m.index, m.index + m[0].length, 'pmcid', [m[1]], true);
  arxivPattern.lastIndex = 0;
  for (let m = signs.arxiv ? arxivPattern.exec(slice) : null; m; m = arxivPattern.exec(slice)) push(m.index, m.index + m[0].length, 'arxiv', [m[1]], true);
  urlPattern.lastIndex = 0;
  for (let m = signs.url ? urlPattern.exec(slice) : null; m; m = urlPattern.exec(slice)) {
    const url = trimIdentifier(m[0]);
    if (isPaperUrl(url)) push(m.index, m.index + url.length, 'link', [url], true);
  }
  supPattern.lastIndex = 0;
  for (let m = signs.sup ? supPattern.exec(slice) : null; m; m = supPattern.exec(slice)) push(m.index, m.index + m[0].length, 'numeric', [m[0].replace(/<\/?sup>|\^/gi, '').trim()], true);
  unicodeSupPattern.lastIndex = 0;
  for (let m = signs.unicodeSup ? unicodeSupPattern.exec(slice) : null; m; m = unicodeSupPattern.exec(slice)) push(m.index, m.index + m[0].length, 'numeric', [m[0]]);
  if (loose) {
    looseReference.lastIndex = 0;
    for (let m = looseReference.exec(slice); m; m = looseReference.exec(slice)) push(m.index, m.index + m[0].length, 'reference', [m[0]]);
  }
  if (documents) {
    locatedDocument.lastIndex = 0;
    for (let m = locatedDocument.exec(slice); m; m = locatedDocument.exec(slice)) push(m.index, m.index + m[0].length, 'reference', [m[0]]);
  }
  return removeOverlaps(citations);
}

type Push = (s: number, e: number, kind: CitationKind, keys?: string[], inMaskedOk?: boolean) => void;

/** Whether `at` lies in one of the image destinations `images` lists (start, end pairs, in order). */
function inImage(images: readonly number[], at: number): boolean {
  for (let i = 0; i < images.length && images[i] <= at; i += 2) if (at < images[i + 1]) return true;
  return false;
}

/** `[...]` groups: Pandoc, numeric, footnote references, links to papers; not link text or task boxes. */
function scanBrackets(s: string, pairs: Int32Array, references: ReadonlyMap<string, string> | undefined, push: Push, images: number[]): void {
  const closingBracket = (open: number) => (s.charCodeAt(open) === 91 ? pairs[open] : -1);
  const closingParen = (open: number) => (s.charCodeAt(open) === 40 ? pairs[open] : -1);
  for (let open = s.indexOf('['); open !== -1; open = s.indexOf('[', open + 1)) {
    const close = closingBracket(open);
    if (close === -1) continue;
    const content = s.slice(open + 1, close);
    const after = s.charCodeAt(close + 1);
    const image = open > 0 && s[open - 1] === '!';
    if (after === 40) {
      const destEnd = closingParen(close + 1);
      if (destEnd === -1) continue;
      const destination = s.slice(close + 2, destEnd).trim().replace(/^<|>$/g, '').split(/\s+/)[0];
      if (!image && isPaperUrl(destination)) push(open, destEnd + 1, 'link', [destination]);
      if (image) images.push(close + 1, destEnd + 1);
      open = destEnd;
      continue;
    }
    if (after === 91) {
      const labelEnd = closingBracket(close + 1);
      if (labelEnd !== -1) {
        const label = s.slice(close + 2, labelEnd) || content;
        const destination = references?.get(referenceKey(label));
        if (!image && destination && isPaperUrl(destination)) push(open, labelEnd + 1, 'link', [destination]);
        open = labelEnd;
        continue;
      }
    }
    if (image || (open > 0 && s[open - 1] === ']')) continue;
    if (content.startsWith('^')) {
      if (after !== 58 && /^\^[^\s\]]+$/.test(content)) push(open, close + 1, 'footnote', [content.slice(1)]);
      continue;
    }
    if (/^[ xX]$/.test(content)) continue;
    const keys = keysIn(content, 0).map((k) => k.key);
    if (keys.length > 0) {
      push(open, close + 1, 'pandoc', keys);
      continue;
    }
    const destination = references?.get(referenceKey(content));
    if (destination && isPaperUrl(destination)) {
      push(open, close + 1, 'link', [destination]);
      continue;
    }
    if (numericContent.test(content)) {
      push(open, close + 1, 'numeric', content.split(/\s*[,;]\s*/).map((k) => k.trim().replace(/\s+/g, '')));
      continue;
    }
    const parts = content.split(';');
    if (parts.some((p) => authorYearPart.test(p))) push(open, close + 1, 'author-year', parts.map((p) => p.trim()));
  }
}

/** `(...)` groups holding author–year citations: "(Smith et al., 2020; Lee 2019a)". */
function scanParentheses(s: string, pairs: Int32Array, push: Push): void {
  for (let open = s.indexOf('('); open !== -1; open = s.indexOf('(', open + 1)) {
    if (open > 0 && s[open - 1] === ']') continue;
    const close = pairs[open];
    if (close === -1) continue;
    const content = s.slice(open + 1, close);
    if (!/\d{4}|in press|n\.d\./.test(content)) continue;
    const parts = content.split(';');
    if (parts.some((p) => authorYearPart.test(p))) push(open, close + 1, 'author-year', parts.map((p) => p.trim()));
  }
}

/** A key in a Pandoc citation's bracket, or a narrative one: group 1 is the key as written after its `@`. */
const pandocKeyPattern = new RegExp(`(?:^|[\\s;,[(])-?@([\\p{L}\\p{N}_][\\p{L}\\p{N}_${citationKeyPunctuation}]*|\\{[^}]+\\})`, 'gu');

/**
 * Whether a narrative key `slice[start, end)` (from its `@`) is an @-mention of a person or a
 * channel, as chat, issue trackers and social media write them, not a citation (from the
 * fifty-third, fifty-fourth and fifty-sixth batches): a handle with no two digits in a row (a
 * citation key nearly always holds a year; "@brocc0li", from the hundred-and-fifty-seventh, holds
 * one digit), that either opens its line or sentence to address someone ("@maya
 * hepatocytes take up …", "@mkowalski the stain …", "@priya, can you …"; not "@doe shows that …"),
 * or ends it after no word ("… ~2x Ki67+ nuclei 📈 @hepato_lab", "cc @maya"; not "as shown by
 * @doe."). `@channel`, `@here` and `@everyone` are always mentions. A braced key (`@{maya}`) is a
 * citation.
 */
function isMention(slice: string, start: number, end: number, written: string): boolean {
  if (written.startsWith('{')) return false;
  if (broadcast.test(written)) return true;
  if (/\d{2}/.test(written)) return false;
  const before = slice.slice(Math.max(0, start - 40), start);
  const after = slice.slice(end, end + 40);
  // A handle with an underscore that opens its line addresses someone whatever follows ("@vesicle_guy
  // BM-MSC exosomes are …", from the hundred-and-twenty-ninth batch); keys seldom hold one without a year.
  if (opensLine.test(before) && (addresses.test(after) || written.includes('_'))) return true;
  return endsLine.test(after) && (!/[\p{L}\p{N},;([]\s*$/u.test(before) || ccBefore.test(before));
}

/**
 * Whether a key of digits is a measure that "@" writes "at" before: "hypoxia chamber @1% O2",
 * "spun @300 g", "stored @4 °C" (from the hundred-and-thirty-third batch), not a citation.
 */
function isMeasureAt(slice: string, end: number, written: string): boolean {
  return /^\d+(?:[.,]\d+)?$/.test(written) && measureAfter.test(slice.slice(end, end + 6));
}

const measureAfter = /^ ?(?:%|°|(?:rpm|min|mins|hrs?|h|kpa|nm|µm|um|ml|µl|ul|mg|µg|ug|ng|g|c|k)\b)/i;
const broadcast = /^(?:channel|here|everyone)$/i;
/** What comes before a key that opens its line or sentence: list markers, a quote's `>`, or nothing. */
const opensLine = /(?:^|\n|[.!?]\s)[ \t]*(?:(?:[-*+>]|\d{1,3}[.)/])[ \t]+)*$/;
/** After a handle that addresses someone: a comma or colon, or a word in lower case that no narrative citation is followed by. */
const addresses =
  /^(?:\s*[,:]|[ \t]+(?!(?:shows?|showed|shown|finds?|found|reports?|reported|argues?|argued|demonstrates?|demonstrated|suggests?|suggested|describes?|described|notes?|noted|observes?|observed|proposes?|proposed|claims?|claimed|states?|stated|writes?|wrote|says|said|uses?|used|measures?|measured|gives?|gave|provides?|provided|reviews?|reviewed|and|et|also|further|first|later|then|has|have|had|is|was|were|are|did|does|do|found)\b)[a-z])/;
/** After a handle that ends its line or sentence. */
const endsLine = /^\s*[.!?]?[ \t]*(?:\n|$)/;
/** "cc @maya", "h/t @hepato_lab", "ping @priya". */
const ccBefore = /\b(?:cc|h\/t|ht|ping|thx|thanks|ty)\s*:?\s*$/i;

/**
 * Whether a key written bare after `@` is a cross-reference to a figure, table, section, equation
 * or the like of the note, not a citation: Quarto's `@fig-…`, `@tbl-…`, `@sec-…`, `@eq-…` (and its
 * other kinds: listings, callouts, theorems, …), pandoc-crossref's `@fig:…`, `@tbl:…`, `@sec:…`,
 * `@eq:…`, `@lst:…`. Those tools resolve them before Pandoc cites what is left; braced
 * (`@{fig-1}`), a key is a citation.
 */
export function isCrossReference(written: string): boolean {
  return crossReference.test(written);
}

const crossReference = /^(?:(?:fig|tbl|lst|tip|nte|wrn|imp|cau|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|alg|eq|sec)-|(?:fig|sec|tbl|eq|lst):)[\p{L}\p{N}_]/u;

/** A citation key as written in a citation: the key, and where its `@` and its end are (in the text searched). */
export interface CitedKey {
  key: string;
  /** The offset of its `@` (a `-` before it, which suppresses the author, is not included). */
  start: number;
  /** Past the key, its closing brace included for `@{key}`. */
  end: number;
}

/** The keys of a Pandoc citation's bracket, or of a narrative citation, with their offsets in `content` (plus `offset`). */
function keysIn(content: string, offset: number): CitedKey[] {
  return keysMatching(pandocKeyPattern, content, offset);
}

/**
 * The keys `pattern` finds in `content`, whose last group is the key as written after its `@`,
 * with their offsets (plus `offset`).
 */
function keysMatching(pattern: RegExp, content: string, offset: number): CitedKey[] {
  const keys: CitedKey[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(content); m; m = pattern.exec(content)) {
    const group = m[m.length - 1];
    const written = trimKey(group);
    const key = written.replace(/^\{|\}$/g, '');
    // The key follows its `@` directly, at the end of the match.
    const at = m.index + m[0].length - group.length - 1;
    if (key && !isCrossReference(written)) keys.push({ key, start: offset + at, end: offset + at + 1 + written.length });
  }
  return keys;
}

/**
 * The Pandoc keys cited in the prose blocks `[from, to)` (`[@key]`, `[see @a, p. 3; @b]`,
 * `[-@key]`, narrative `@key`, `@{key}`), where `findCitations` finds them: never in code, a
 * link destination, a URL or an e-mail address.
 */
export function citedKeys(text: string, blocks: readonly { start: number; end: number }[], options: CitationOptions, from = 0, to = blocks.length): CitedKey[] {
  const keys: CitedKey[] = [];
  for (let i = from; i < to; i++) {
    const block = blocks[i];
    for (const c of findCitations(text, block.start, block.end, options)) {
      if (c.kind === 'pandoc' || c.kind === 'narrative') keys.push(...keysIn(text.slice(c.start, c.end), c.start));
    }
  }
  return keys;
}

/**
 * The cited key at `offset` (from its `@` to its end, both inclusive), where `citedKeys` reads
 * keys: never in code, a link destination, a URL or an e-mail address.
 */
export function citedKeyAt(text: string, prose: ProseMap, offset: number): CitedKey | undefined {
  const i = partitionPoint(prose.blocks, (b) => b.end < offset);
  const block = prose.blocks[i];
  if (!block || block.start > offset) return undefined;
  return citedKeys(text, prose.blocks, { masked: prose.masked, references: prose.references }, i, i + 1).find((k) => k.start <= offset && offset <= k.end);
}

/**
 * The Pandoc keys written in `text[start, end)`, read as `findCitations` reads a narrative key in
 * prose: for text that is not a note's prose, such as a front matter's `nocite:`.
 */
export function keysWritten(text: string, start: number, end: number): CitedKey[] {
  return keysMatching(citeKeyPattern, text.slice(start, end), start);
}

/** Internal punctuation belongs to a key only when a letter or digit follows (Pandoc's rule). */
function trimKey(key: string): string {
  if (key.startsWith('{')) return key;
  let end = key.length;
  while (end > 0 && citationKeyPunctuation.includes(key[end - 1])) end--;
  return key.slice(0, end);
}

/**
 * Trailing punctuation is not part of a DOI or URL, nor is an unbalanced closing parenthesis or
 * bracket. Trimmed from the end one character at a time, the brackets counted once: a pattern
 * anchored at the end, and counting the brackets again for each `)` taken off, made a URL
 * followed by 25,000 `)` or `._` take seconds.
 */
function trimIdentifier(id: string): string {
  const opens = count(id, '(');
  let closes = count(id, ')');
  const openSquares = count(id, '[');
  let closeSquares = count(id, ']');
  let end = id.length;
  for (; end > 0; end--) {
    const c = id[end - 1];
    if ('.,;:!?…\'"*_'.includes(c)) continue;
    if (c === ')' && opens < closes) closes--;
    else if (c === ']' && openSquares < closeSquares) closeSquares--;
    else break;
  }
  return id.slice(0, end);
}

function count(s: string, c: string): number {
  let n = 0;
  for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** What `matchPairs` looks at; a native search steps from one to the next faster than a loop over the characters between. */
const pairCharacter = /[\\[\]()\n]/g;

/**
 * The array `matchPairs` fills, kept from call to call: a typed array of more than 64 bytes
 * lives outside the heap, and making one for every block of a 1 MB note cost more than
 * matching its brackets.
 */
let pairScratch = new Int32Array(1024);
const maxScratch = 1 << 16;

/**
 * For each `[` and `(` of the text, the offset of its matching closer, or -1: one pass with a
 * stack. A bracket pair does not span a blank line or more than 400 characters, a parenthesis
 * pair not more than 600; a backslash escapes the next character. The array is only good until
 * the next call, and only up to `s.length`: entries past it are left from earlier calls.
 */
function matchPairs(s: string): Int32Array {
  if (pairScratch.length < s.length && s.length <= maxScratch) pairScratch = new Int32Array(Math.min(maxScratch, Math.max(s.length, pairScratch.length * 2)));
  // A longer block (a long table cell or paragraph) gets an array of its own, not kept.
  const pairs = pairScratch.length >= s.length ? pairScratch : new Int32Array(s.length);
  pairs.fill(-1, 0, s.length);
  const stack: number[] = [];
  pairCharacter.lastIndex = 0;
  while (pairCharacter.test(s)) {
    const i = pairCharacter.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (c === 92) {
      pairCharacter.lastIndex = i + 2;
    } else if (c === 91 || c === 40) {
      stack.push(i);
    } else if (c === 93 || c === 41) {
      const want = c === 93 ? 91 : 40;
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 4; k--) {
        const open = stack[k];
        if (s.charCodeAt(open) !== want) continue;
        stack.length = k;
        if (i - open <= (want === 91 ? 400 : 600)) pairs[open] = i;
        break;
      }
    } else if (c === 10 && s.charCodeAt(i + 1) === 10) {
      stack.length = 0;
    }
  }
  return pairs;
}

function removeOverlaps(found: Citation[]): Citation[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Citation[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

interface Gate {
  /** The offset is prose: not masked, not in a code span, not in an HTML comment. */
  prose(offset: number): boolean;
  /** The offset is prose or masked non-code: a link destination, URL, autolink or HTML tag. */
  notCode(offset: number): boolean;
}

/** Code spans and HTML comments of the range, found in the original text, shut out every citation. */
function createGate(text: string, slice: string, masked: string | undefined, start: number): Gate {
  const starts: number[] = [];
  const ends: number[] = [];
  const spans = new CodeSpans(slice);
  for (let span = spans.next(0); span; span = spans.next(span.end)) {
    starts.push(start + span.start);
    ends.push(start + span.end);
  }
  // The spans come from one scan left to right: sorted, not overlapping.
  const inCode = (offset: number): boolean => {
    const k = partitionIndex(starts.length, (i) => ends[i] <= offset);
    return k < starts.length && starts[k] <= offset;
  };
  const useMask = masked !== undefined && masked.length === text.length;
  return {
    prose: (offset) => !inCode(offset) && (!useMask || offset >= text.length || masked.charCodeAt(offset) === text.charCodeAt(offset)),
    notCode: (offset) => !inCode(offset),
  };
}

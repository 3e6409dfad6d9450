import { createHash } from 'node:crypto';
import { findingCodes, type FindingCode, type Level } from './core';

/** Kept in step with package.json's version by test/unit/cli.test.ts. */
export const toolVersion = '0.1.0';
export const toolInformationUri = 'https://github.com/regen-notes/regen-notes';

/** A finding placed in a file: 1-based lines and columns, columns in UTF-16 code units. */
export interface LocatedFinding {
  code: FindingCode;
  level: Exclude<Level, 'off'>;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text the finding covers; feeds the fingerprint, so a finding keeps it when lines move. */
  snippet: string;
}

/** The findings of one checked file, its path relative to the folder checked, with `/` separators. */
export interface FileReport {
  file: string;
  findings: LocatedFinding[];
}

interface RuleText {
  name: string;
  short: string;
  full: string;
  help: string;
}

const rules: Record<FindingCode, RuleText> = {
  'claim.unsupported': {
    name: 'UnsupportedClaim',
    short: 'Claim without support',
    full: 'A sentence asserts a relation or a result, but neither a citation in its paragraph (or sentence, with citationScope "sentence") nor a relation stated by the review backs it.',
    help: 'Cite the paper the claim comes from (`[@key]`, `[1]`, a DOI or a footnote), hedge it (may, might, we hypothesize), or silence it with `<!-- regen-notes-disable-claim claim.unsupported -->` right after the sentence.',
  },
  'claim.contradicts-review': {
    name: 'ClaimContradictsReview',
    short: 'Claim contradicts the review',
    full: 'The claim states a relation between two terms with the opposite polarity to a relation the review states (for example "inhibits" where the review says "promotes").',
    help: 'Check the review passage shown with the finding; correct the claim, or cite the work that disagrees with the review and silence it with `<!-- regen-notes-disable-claim claim.contradicts-review -->` right after the sentence.',
  },
  'term.non-preferred': {
    name: 'NonPreferredTerm',
    short: 'Non-preferred term',
    full: 'A form the team vocabulary marks as deprecated is used instead of the preferred label.',
    help: 'Replace the form with the preferred label (the editor offers a quick fix), or remove it from `deprecated` in the vocabulary if the team accepts it.',
  },
  'term.ambiguous': {
    name: 'AmbiguousAbbreviation',
    short: 'Ambiguous abbreviation',
    full: 'An abbreviation that also means something else outside this vocabulary (HSC: hepatic stellate cell or haematopoietic stem cell).',
    help: 'Write the term out at least once, or set the level of `term.ambiguous` to `off` in `regenNotes.claims.level` if the meaning is clear to every reader.',
  },
  'vocabulary.invalid': {
    name: 'InvalidVocabulary',
    short: 'Invalid vocabulary',
    full: 'A vocabulary file or the vocabulary settings fail validation: bad YAML or JSON, schema errors, duplicate ids, or one surface form on two terms.',
    help: 'Fix the entry named in the message; the vocabulary schema (`vocabulary.schema.json`) describes every field.',
  },
  'citation.unknown-key': {
    name: 'UnknownCitationKey',
    short: 'Citation key not in the bibliography',
    full: 'A Pandoc citation (`[@key]`, `@key`, `@{key}`) names a key that no entry of the note\'s bibliography has (`regenNotes.bibliography`, or `bibliography:` in the note\'s front matter); Pandoc would print it as `???`.',
    help: 'Correct the key (the message names the nearest keys, and the editor offers to change it), or add the entry to the bibliography file (BibTeX, CSL-JSON or CSL-YAML).',
  },
  'bibliography.invalid': {
    name: 'InvalidBibliography',
    short: 'Bibliography entry that cannot be read',
    full: 'A bibliography file that notes read (`regenNotes.bibliography`, a front matter or a Quarto project) has an entry that cannot be read: a BibTeX entry left open, a key used twice, a CSL-JSON or CSL-YAML item without an id, or a file that is no JSON or YAML where it is read. The other entries are read; the keys of the one left out are unknown.',
    help: 'Fix the entry at the line named; Pandoc and BibTeX would skip it or fail on it too.',
  },
};

/** SARIF levels: information and hint are both `note`; an `off` rule is `none`. */
export function sarifLevel(level: Level): 'error' | 'warning' | 'note' | 'none' {
  switch (level) {
    case 'error':
    case 'warning':
      return level;
    case 'information':
    case 'hint':
      return 'note';
    case 'off':
      return 'none';
  }
}

/**
 * The findings of a report with a fingerprint each that stays when lines move: of the file, the
 * code, the text the finding covers, and which occurrence of that text it is. Code scanning and
 * GitLab's code quality report match findings across runs by it.
 */
export function* fingerprinted(report: FileReport): Generator<[LocatedFinding, string]> {
  const seen = new Map<string, number>();
  for (const f of report.findings) {
    const key = `${f.code}\u0000${f.snippet}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    yield [f, createHash('sha256').update(`${report.file}\u0000${key}\u0000${occurrence}`).digest('hex').slice(0, 32)];
  }
}

/**
 * A SARIF 2.1.0 log of one run, in the shape GitHub code scanning accepts: one rule per finding
 * code, results with relative URIs under `%SRCROOT%` and UTF-16 columns.
 */
export function toSarif(reports: FileReport[], levels: Record<FindingCode, Level>): object {
  const ruleIndex = new Map(findingCodes.map((code, i) => [code, i]));
  const results = [];
  const used = new Set<FindingCode>();
  for (const report of reports) {
    for (const [f, fingerprint] of fingerprinted(report)) {
      used.add(f.code);
      results.push({
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code),
        level: sarifLevel(f.level),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeRelativeUri(report.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: { 'regenNotesFinding/v1': fingerprint },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'regen-notes',
            informationUri: toolInformationUri,
            version: toolVersion,
            semanticVersion: toolVersion,
            rules: findingCodes.map((code) => {
              const rule = rules[code];
              return {
                id: code,
                name: rule.name,
                shortDescription: { text: rule.short },
                fullDescription: { text: rule.full },
                help: { text: rule.help.replace(/`/g, ''), markdown: rule.help },
                // A rule switched off still has results when a vocabulary file cannot be used at all,
                // which is an error whatever the level: the rule is on for them.
                defaultConfiguration: levels[code] === 'off' && used.has(code) ? { level: 'error', enabled: true } : { level: sarifLevel(levels[code]), enabled: levels[code] !== 'off' },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder regen-notes check ran in.' } } },
        columnKind: 'utf16CodeUnits',
        // Lines as the editor counts them: a lone CR ends one too (SARIF's default is CRLF and LF only).
        newlineSequences: ['\r\n', '\n', '\r'],
        results,
      },
    ],
  };
}

/** A relative path (with `/` separators, as `relativePath` gives) as a URI reference, each segment percent-encoded: a `\\` in a name is `%5C`, not a folder. */
function encodeRelativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

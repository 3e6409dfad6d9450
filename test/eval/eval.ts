import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { claimFindings, findClaims, type Claim } from '../../server/src/core/claims';
import { parseDirectives } from '../../server/src/core/directives';
import { parseProse } from '../../server/src/core/markdown';
import { buildTermIndex, findTerms, type TermIndex } from '../../server/src/core/matcher';
import type { Finding } from '../../server/src/core/types';
import { builtinLayer, mergeLayers } from '../../server/src/core/vocabulary';

/**
 * Scores the claims check on the labelled set in test/fixtures/claims: precision, recall and F1
 * of the flags (a flag is `claim.unsupported` or `claim.contradicts-review` on a sentence that
 * should be flagged), and of contradictions on their own.
 */

export type Label = 'unsupported' | 'supported-by-review' | 'cited' | 'hedged' | 'not-a-claim' | 'contradicts-review';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Miss {
  source: string;
  text: string;
  expected: string;
  got: string;
}

export interface EvalResult {
  /** Any claim finding on a sentence that should have one. */
  flags: Score;
  /** `claim.contradicts-review` on a sentence that contradicts the review. */
  contradictions: Score;
  /** Labelled sentences and realistic notes read. */
  items: number;
  notes: number;
  /** Per label of the sentence list: how many, and how many came out right. */
  byLabel: Record<string, { total: number; correct: number }>;
  misses: Miss[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const fixtures = path.resolve(__dirname, '../../../test/fixtures/claims');

/** Findings of the claims check on one note, with directives applied, as the server reports them. */
export function claimCheck(text: string, index: TermIndex): { findings: Finding[]; claims: Claim[] } {
  const prose = parseProse(text);
  const terms = findTerms(prose.masked, index);
  const claims = findClaims({ text, prose, terms, index, citationScope: 'paragraph' });
  const directives = parseDirectives(text, prose);
  const findings = claimFindings(claims, index).filter((f) => !directives.isSuppressed(f.code, f.start, f.end));
  return { findings, claims };
}

/** Runs the evaluation on the fixtures directory (or another with the same layout). */
export function evaluate(directory = fixtures): EvalResult {
  const { vocabulary } = mergeLayers([builtinLayer()]);
  const index = buildTermIndex(vocabulary);
  const flags: Counts = { tp: 0, fp: 0, fn: 0 };
  const contradictions: Counts = { tp: 0, fp: 0, fn: 0 };
  const byLabel: Record<string, { total: number; correct: number }> = {};
  const misses: Miss[] = [];

  const items: { text: string; label: Label; file: string }[] = [];
  for (const file of fs.readdirSync(directory).filter((f) => f.endsWith('.yaml')).sort()) {
    const list = parse(fs.readFileSync(path.join(directory, file), 'utf8')) as { text: string; label: Label }[];
    for (const item of list) items.push({ ...item, file });
  }
  for (const item of items) {
    const { findings } = claimCheck(item.text, index);
    const flagged = findings.length > 0;
    const contradicted = findings.some((f) => f.code === 'claim.contradicts-review');
    const shouldFlag = item.label === 'unsupported' || item.label === 'contradicts-review';
    const shouldContradict = item.label === 'contradicts-review';
    tally(flags, shouldFlag, flagged);
    tally(contradictions, shouldContradict, contradicted);
    const wantCode = shouldContradict ? 'claim.contradicts-review' : shouldFlag ? 'claim.unsupported' : undefined;
    const correct = wantCode ? findings.length === 1 && findings[0].code === wantCode : !flagged;
    const entry = (byLabel[item.label] ??= { total: 0, correct: 0 });
    entry.total++;
    if (correct) entry.correct++;
    else misses.push({ source: item.file, text: item.text.trim(), expected: item.label, got: findings.map((f) => f.code).join(', ') || 'no finding' });
  }

  const notesDirectory = path.join(directory, 'notes');
  const notes = fs.existsSync(notesDirectory) ? fs.readdirSync(notesDirectory).filter((f) => f.endsWith('.md')).sort() : [];
  for (const file of notes) {
    const text = fs.readFileSync(path.join(notesDirectory, file), 'utf8');
    const { findings } = claimCheck(text, index);
    const expected = expectations(text);
    const matched = new Set<number>();
    for (const finding of findings) {
      const e = expected.findIndex((x, k) => !matched.has(k) && x.at >= finding.end && /^\s*$/.test(text.slice(finding.end, x.at)));
      const sentence = text.slice(finding.start, finding.end);
      if (e === -1) {
        flags.fp++;
        if (finding.code === 'claim.contradicts-review') contradictions.fp++;
        misses.push({ source: file, text: sentence, expected: 'no finding', got: finding.code });
        continue;
      }
      matched.add(e);
      flags.tp++;
      const want = expected[e].code;
      if (want === 'claim.contradicts-review') {
        if (finding.code === want) contradictions.tp++;
        else {
          contradictions.fn++;
          misses.push({ source: file, text: sentence, expected: want, got: finding.code });
        }
      } else if (finding.code === 'claim.contradicts-review') {
        contradictions.fp++;
        misses.push({ source: file, text: sentence, expected: want, got: finding.code });
      }
    }
    expected.forEach((x, k) => {
      if (matched.has(k)) return;
      flags.fn++;
      if (x.code === 'claim.contradicts-review') contradictions.fn++;
      const lineStart = text.lastIndexOf('\n', x.at - 1) + 1;
      misses.push({ source: file, text: text.slice(lineStart, x.at).trim(), expected: x.code, got: 'no finding' });
    });
  }
  return { flags: score(flags), contradictions: score(contradictions), items: items.length, notes: notes.length, byLabel, misses };
}

/** `<!-- expect: CODE -->` markers: the sentence right before one should get that finding. */
function expectations(text: string): { at: number; code: string }[] {
  const out: { at: number; code: string }[] = [];
  const re = /<!--\s*expect:\s*([\w.-]+)\s*-->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ at: m.index, code: m[1] });
  return out;
}

function tally(c: Counts, expected: boolean, got: boolean): void {
  if (expected && got) c.tp++;
  else if (!expected && got) c.fp++;
  else if (expected && !got) c.fn++;
}

function score(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: c.tp, falsePositives: c.fp, falseNegatives: c.fn, precision, recall, f1 };
}

function printTable(result: EvalResult, verbose: boolean): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, s: Score) =>
    `${name.padEnd(16)}${String(s.truePositives).padStart(5)}${String(s.falsePositives).padStart(5)}${String(s.falseNegatives).padStart(5)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}`;
  console.log(`Claims evaluation: ${result.items} labelled sentences, ${result.notes} notes\n`);
  console.log(`${''.padEnd(16)}${'TP'.padStart(5)}${'FP'.padStart(5)}${'FN'.padStart(5)}${'prec'.padStart(7)}${'recall'.padStart(7)}${'F1'.padStart(7)}`);
  console.log(row('flags', result.flags));
  console.log(row('contradictions', result.contradictions));
  console.log('\nSentences by label (correct / total):');
  for (const [label, { total, correct }] of Object.entries(result.byLabel)) console.log(`  ${label.padEnd(22)}${String(correct).padStart(4)} / ${total}`);
  if (verbose || result.misses.length <= 40) {
    console.log(`\nMisses (${result.misses.length}):`);
    for (const m of result.misses) console.log(`  [${m.source}] expected ${m.expected}, got ${m.got}: ${m.text.replace(/\s+/g, ' ').slice(0, 140)}`);
  } else {
    console.log(`\n${result.misses.length} misses; run with --verbose to list them.`);
  }
}

if (require.main === module) printTable(evaluate(), process.argv.includes('--verbose'));

/**
 * Hedges and evidential cues: what makes a sentence not an assertion ("may", "we will test
 * whether", a to-do, a question), and what marks it as one ("studies have shown").
 */

import { ownText } from './ownText';
import { asciiLower, nonAscii } from './ascii';
import { isLetter, isSpace } from './sentences';
import cueStartWords from '../data/cueStarts.json';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** A cue found in a sentence: a result cue knows its kind; an evidential cue ("studies have shown") has none. */
export interface Cue extends TextSpan {
  kind?: ResultKind;
  /** A comparison with a negation right before it: "no more than", "did not beat", "can't beat". */
  denied?: boolean;
}

/** What makes a sentence not a claim; `question` when it is the final `?` of a question. */
export interface Hedge {
  span: TextSpan;
  question: boolean;
  /**
   * A hedge word ("may", "perhaps", "suggests"), or a plan drawn from what comes before it: it
   * hedges its own clause, not a clause before it.
   */
  word?: true;
}

const hedgePattern = new RegExp(
  [
    // Not a number's range ("copies itself once, maybe twice"), nor the consequence of a degree
    // ("so small that a thousand of them would barely span a hair"), from the sixty-fifth batch.
    // Nor what a text should say, which the writer asserts ("Fig 7.3 caption should say the liver
    // is the only human organ that can regrow …", from the eighty-eighth batch). Nor a manner
    // ("as gently as I could", from the ninety-ninth). Nor the month in a date ("| 09 May |", from the
    // hundred-and-sixty-first).
    '\\b(?:may(?<!(?:^|[|(\\[]|\\b(?:on|by|until|from|since|of))\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+may)(?!\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\s+(?:19|20)\\d{2}\\b)|might|could(?<!\\bas\\s+(?:i|we|you|he|she|they)\\s+could)|would(?<!\\bso+\\s+[a-z]+\\s+that\\b[^.;!?]{0,80}?\\bwould)|should(?!\\s+(?:say|read|state|mention|note)\\b)|possible|(?:possibly|perhaps|maybe)(?<!\\b(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s*,?\\s*(?:possibly|perhaps|maybe))|likely(?<!\\b(?:more|less|most|least)\\s+likely)|unlikely|probably|presumably|putative(?:ly)?|potentially|conceivabl[ey]|plausibl[ey]|arguably|supposedly|allegedly)\\b',
    '\\bhypothe(?:sis|ses|si[sz]e[sd]?|si[sz]ing|tical(?:ly)?)\\b',
    // "One possibility is endotoxin in the infusate …" (from the eighty-second batch), as "one hypothesis is".
    '\\bpossibilit(?:y|ies)\\b',
    // "Wondering if pts on statins will show a blunted response …? just a hunch" (from the ninety-seventh batch).
    // And a feeling one has ("I always had a feeling — only a feeling, mind — that the exosome rats
    // bounced back quicker", from the hundred-and-fifty-ninth).
    '\\b(?:speculat\\w*|conjectur\\w*|suspect(?:s|ed)?|wonder(?:s|ed|ing)?|guess|hunch(?:es)?|feeling(?<=\\b(?:had|have|has|got|get|gets|having)\\s+(?:always\\s+)?(?:a|this|the)\\s+(?:(?:gut|funny|strong|sneaking|vague|nagging)\\s+)?feeling))\\b',
    '\\bsuggest(?:s|ed|ing)?\\b',
    // Not "tends to", a habit asserted ("exosome shots tend to set off a bigger immune reaction",
    // from the ninety-first batch; "Annexin V tends to overcall apoptosis", the twenty-fourth's).
    '\\b(?:appear(?:s|ed)?|seem(?:s|ed)?) to\\b',
    // An impression, not a finding: "looks worse than in other labs", "seems much higher".
    '\\b(?:appear(?:s|ed)?|seem(?:s|ed)?|look(?:s|ed)?)\\s+(?:(?:much|slightly|somewhat|a bit|a little|rather|far|even)\\s+)?(?:better|worse|higher|lower|greater|smaller|larger|bigger|stronger|weaker|faster|slower|earlier|later|more|less|fewer|similar|different|comparable|like|odd|strange|unusual|suspicious|off)\\b',
    '\\b(?:seemingly|apparently|tentative(?:ly)?)\\b',
    '\\b(?:unclear|unknown|uncertain|undetermined|unresolved|debated|controversial|untested|unproven)\\b',
    '\\bnot (?:yet )?(?:known|clear|established|understood|determined|tested)\\b',
    '\\blittle is known\\b',
    '\\bremains? to be\\b',
    '\\bwhether\\b',
    // "Supposed to be the safer one" (from the fifty-fifth batch): what is said or expected, as "thought to".
    '\\b(?:thought|believed|proposed|postulated|predicted|expected|hypothesi[sz]ed|presumed|assumed|supposed) to\\b',
    '\\b(?:we|i) (?:think|believe|propose|predict|expect|wonder|assume|guess|suspect|hope|speculate)\\b',
    '\\b(?:in theory|theoretically|open question|to be (?:tested|confirmed|determined|verified|checked))\\b',
    '\\bneeds? (?:testing|confirmation|verification|to be (?:tested|confirmed|checked|verified))\\b',
    // "Check:" and "To check:" ask for a check; "Contaminant check:" reports one (from the forty-second batch).
    '\\b(?:idea|question|q|hypothesis|speculation|guess|todo|to-do|tbd|(?:(?<![a-z]\\s)|(?<=\\bto\\s))check)\\s*:',
    // From the thirtieth batch: a plan or an action by its label ("Plan: repeat bile acids at week
    // 4", "Action for marketing: delete …"), and an exam question by its label and what it asks
    // ("Q4 (2 marks): Explain why …"; not an answer: "Answer key, Q1: in rats, …").
    '\\b(?:plan|action(?:\\s+items?|\\s+(?:for|by|on)\\s+[\\w -]{1,30}?)?)\\s*:',
    // From the fortieth batch: the next step of a notebook by its label ("Next cell: drop any miRNA with …").
    '\\bnext\\s+(?:cell|steps?|task|run)\\s*:',
    '\\bq\\d+[a-z]?(?:\\s*\\([^)]{0,20}\\))?\\s*:\\s*(?:explain|describe|name|list|give|state|outline|why|how|what|which|when|where|suggest|predict|draw|label|calculate)\\b',
    // From the thirty-sixth batch: a definition by its label ("Working definition for this paper: …";
    // "Def. for this log: …", from the hundred-and-twenty-eighth).
    '\\b(?:(?:working\\s+)?definition|def\\.)(?:\\s+(?:for|in|of)\\s+[\\w -]{1,30}?)?\\s*:',
    '\\bto-do\\b',
  ].join('|'),
);
const todoPattern = /\b(?:TODO|TBD|FIXME|XXX)\b/;
/** The verbs a step of a protocol starts with ("use 3x more buffer", "cut the volume by half"), in the plan pattern and its trigger words alike. */
const protocolStepVerbs = ['add', 'use', 'cut', 'dilute', 'centrifuge', 'load', 'incubate', 'pipette', 'aliquot', 'thaw', 'discard', 'resuspend', 'vortex', 'prepare', 'inject', 'keep', 'freeze', 'store', 'save', 'repack', 'ship', 'relabel'];
/** Plans and questions about a relation: "we will measure how much …", "aim 2 asks how …". */
const planAlternatives = [
  '\\b(?:ask|asks|asked|examin\\w*|compar\\w*|stud(?:y|ies|ied)|explor\\w*|investigat\\w*|test(?:s|ed|ing)?|understand\\w*|summari[sz]\\w*|outlin\\w*|cover(?:s|ed)?|discuss\\w*|describ\\w*|look(?:s|ed|ing)? at|learn\\w*|know|find out|figure out|check\\w*|measur\\w*|quantif\\w*|assess\\w*|evaluat\\w*|analy[sz]\\w*|track\\w*|monitor\\w*|see|focus\\w* on|address\\w*)\\s+(?:(?!(?:happens?|happened|occurs?|occurred|works?|worked)\\b)\\w+\\s+){0,2}?(?:how|why|what|which|when|where|to what extent|the extent to which)\\b',
  // Not what "I want" or "we need" after a noun wants: "that's the turn I want in stanza 3" (from the
  // ninety-fourth batch), "the buffer we need for Friday"; nor after "why", a reason drawn from what
  // the sentence states ("…, which is exactly why we need public money to study them", from the
  // hundred-and-thirty-fifth).
  '\\b(?:we|i)(?<!\\bwhy\\s+(?:we|i))(?:\\s+(?:will|shall|plan|aim|intend|are going|would like)\\b|\\s+(?:want|hope|need)\\b(?!\\s+(?:in|on|at|for|from|here|there)\\b|\\s*[.,;:!?)])|\\s*\'ll\\b)',
  // Not "was going to": what was bound to happen ("no infusion was going to change it", from the
  // seventy-ninth batch; "our 60-min vitals check was always going to miss it", the hundred-and-first).
  '\\b(?:plan|plans|planned|aim|aims|intend|intends|going(?<!\\b(?:was|were)\\s+(?:always\\s+|never\\s+|just\\s+|ever\\s+)?going)|goal is|objective is|purpose is)\\s+to\\b',
  // The imperative at the start: a task ("check whether …") or a step of a protocol ("use 3x more
  // buffer than last time", "cut the volume by half"; not "use of MSCs …", nor a step with a
  // finding after a colon or a dash, nor one with its consequence: "cut away two-thirds of the
  // liver and within a week it has grown back"; nor "Remember:" before a fact, from the
  // eighty-first batch; nor "Read that …", what the writer read, from the hundred-and-seventh). A
  // protocol's label may come first ("Protocol v3: thaw MSC P4, seed 5000 cells/cm² …", from the
  // ninetieth).
  `^[\\s*_>-]*(?:(?:(?:response|reply|answer)\\s+to\\s+[\\w ]{1,30}?|protocol(?:\\s+v?\\d[\\w.]*)?|step\\s+\\d+[a-z]?|method|procedure)\\s*:\\s*)?(?:(?:check|verify|confirm|look up|find|ask|compare|measure|read(?!\\s+(?:that|somewhere|online)\\b)|remember(?!\\s*[:—–])|make sure|double-check|figure out|try|cite|move)\\b|(?:${protocolStepVerbs.join('|')})\\s+(?!(?:of|in|on|is|are|was|were|and|or)\\b)(?![^:;—–]*(?:[:;—–]|\\s-\\s|\\b(?:and|then)\\s+(?:you|the|their|its|your|it|they|within|after|by|in\\s+(?:about|a|an|under|\\d)))))`,
  // Research to be done, whoever does it: "the consortium will define how …", "the next cohort will test …";
  // not a prediction ("exosome therapy will reduce fibrosis").
  '\\bwill\\s+(?:(?:first|then|also|now|next|further|systematically|directly|jointly)\\s+)?(?:test|measure|assess|compare|examine|explore|determine|characteri[sz]e|investigate|define|map|quantify|identify|evaluate|study|profile|screen|analy[sz]e|validate|recruit|enrol|enroll|sequence|track|monitor|collect|survey|estimate|follow\\s+up|look\\s+at)\\b',
  // A grant's or a thesis's own plan: "Aim 1 will define how …", "this project will map …".
  '\\b(?:(?:aims?|objectives?|goals?|tasks?|work\\s*packages?|wp|phases?|experiments?|parts?|chapters?)(?:\\s+(?:\\d+[a-z]?|[a-d]|one|two|three|four|i{1,3}|iv))?|this\\s+(?:study|project|proposal|grant|work|thesis|chapter|section|aim|paper|experiment|pilot))\\s+will\\b',
];
const notAssertedPattern = new RegExp(planAlternatives.join('|'));
/**
 * What every plan holds: a question word (first alternative), "we" or "i" (second), "to"
 * (third), the imperative at the start (the fourth alternative itself), or "will" (the last two). Most sentences hold
 * none, and skip the plan's trigger words and pattern.
 */
const mayPlanPattern = new RegExp(['\\b(?:how|why|what|which|when|where|we|i|to|will)\\b', planAlternatives[3]].join('|'));
/**
 * A sentence that opens on a condition. Not what happens when "you" do something to an animal or
 * a patient, which states what follows as a result ("if you deplete Kupffer cells w clodronate
 * the mouse liver regen faster", from the hundred-and-seventeenth batch).
 */
const conditionalPattern = /^[\s*_>"'(]*(?:if(?!\s+(?:you|u)\s+(?:deplete|knock\s+out|block|inject|infuse|remove|delete|resect|transplant)\b)|unless|assuming|suppose|supposing)\b/;
/**
 * An open or ticked box starts a task; not a box with a red flag or warning sign after it, which
 * raises a finding on a checklist ("- [ ] 🚩 … >50% of particles are lipoprotein contaminants",
 * from the eighty-third batch).
 */
const taskPattern = /^\s*\[[ xX]\]\s(?!\s*(?:\u{1F6A9}|\u26A0|\u2757|\u203C))/u;

/**
 * Words of a sentence that let the patterns run: one of a list of words, or a word starting with
 * one of a list of stems. A word is a run of `[a-z][a-z'-]*` in the lower-case text (ASCII
 * capitals count as small letters). Kept as a trie over a–z, apostrophe and hyphen so that
 * scanning a sentence walks its characters once and slices nothing.
 */
export class TriggerWords {
  /** The child of node `n` by symbol `s` is `next[n * symbols + s]`; 0 (the root) means none. */
  readonly #next: Int32Array;
  /** Per node: `isWord` when a word of the list ends there, `isStem` when a stem does. */
  readonly #flags: Uint8Array;

  constructor(words: string, stems: string) {
    const list = words.split(' ');
    const stemList = stems.split(' ');
    const capacity = 1 + [...list, ...stemList].reduce((n, w) => n + w.length, 0);
    const next = new Int32Array(capacity * symbols);
    const flags = new Uint8Array(capacity);
    let nodes = 1;
    const add = (word: string, flag: number) => {
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const symbol = symbolOf(word.charCodeAt(k));
        if (symbol < 0) throw new Error(`trigger '${word}' is not a lower-case word`);
        const at = node * symbols + symbol;
        if (next[at] === 0) next[at] = nodes++;
        node = next[at];
      }
      flags[node] |= flag;
    };
    for (const word of list) add(word, isWord);
    for (const stem of stemList) add(stem, isStem);
    this.#next = next;
    this.#flags = flags;
  }

  /**
   * Whether a word of `text[from, to)` (ASCII capitals read as small letters) is one of the words
   * or starts with one of the stems.
   */
  occursIn(text: string, from = 0, to = text.length): boolean {
    const next = this.#next;
    const flags = this.#flags;
    let i = from;
    while (i < to) {
      const c = asciiLower(text.charCodeAt(i));
      if (c < 97 || c > 122) {
        i++;
        continue;
      }
      // Walk the word down the trie; once it falls off, only its end is still to be found.
      let node = 0;
      let j = i;
      for (; j < to; j++) {
        const symbol = symbolOf(asciiLower(text.charCodeAt(j)));
        if (symbol < 0) break;
        if (node === -1) continue;
        node = next[node * symbols + symbol] || -1;
        if (node !== -1 && flags[node] & isStem) return true;
      }
      if (node > 0 && flags[node] & isWord) return true;
      i = j;
    }
    return false;
  }
}

const symbols = 28;
const isWord = 1;
const isStem = 2;

/** a–z are 0–25, the apostrophe 26, the hyphen 27; anything else ends a word (-1). */
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  return c === 39 ? 26 : c === 45 ? 27 : -1;
}

/** Words that can start a hedge: the pattern runs only when one occurs. */
const hedgeTriggers = new TriggerWords(
  'may might could would should possibly possible perhaps maybe likely unlikely probably presumably putative putatively potentially conceivable ' +
    'conceivably plausible plausibly arguably supposedly allegedly possibility possibilities hypothesis hypotheses hypothesize hypothesizes hypothesized hypothesise hypothesises ' +
    'hypothesised hypothesizing hypothesising hypothetical hypothetically suspect suspects suspected wonder wonders wondered wondering guess hunch hunches feeling suggest suggests ' +
    'suggested suggesting appear appears appeared seem seems seemed look looks looked seemingly apparently tentative tentatively unclear unknown ' +
    'uncertain undetermined unresolved debated controversial untested unproven not little remain remains whether thought believed proposed ' +
    'postulated predicted expected presumed assumed supposed we i in theoretically open to need needs idea question q speculation todo to-do tbd check plan action definition def',
  'speculat conjectur',
);
/** Words that can start a plan or a question about a relation. */
const planTriggers = new TriggerWords(
  'ask asks asked move compare compared compares comparing check checks checked checking see know find figure look looks looked looking focus we i ' +
    `plan plans planned aim aims intend intends going goal objective purpose verify confirm read remember make double-check try cite measure will ${protocolStepVerbs.join(' ')}`,
  'examin compar stud explor investigat test understand summari outlin cover discuss describ learn measur quantif assess evaluat analy track monitor address',
);

/** The final `?` of a question, if the sentence `masked[start, end)` is one. */
export function questionMark(masked: string, start: number, end: number): TextSpan | undefined {
  let last = end;
  while (last > start && /[\s*_"'”’)\]]/.test(masked[last - 1])) last--;
  return last > start && masked[last - 1] === '?' ? { text: '?', start: last - 1, end: last } : undefined;
}

/**
 * The patterns are written for lower-case text. Lower-casing is exact letter by letter on ASCII,
 * so ASCII text is matched as it is with these case-insensitive copies, sparing a lower-case copy
 * of it (costly on two-byte strings); other text may change length or gain ASCII letters when
 * lower-cased, so it is lower-cased first.
 */
const caseless = {
  hedge: new RegExp(hedgePattern.source, 'i'),
  conditional: new RegExp(conditionalPattern.source, 'i'),
  mayPlan: new RegExp(mayPlanPattern.source, 'i'),
  notAsserted: new RegExp(notAssertedPattern.source, 'i'),
};
const lowerCase = { hedge: hedgePattern, conditional: conditionalPattern, mayPlan: mayPlanPattern, notAsserted: notAssertedPattern };

/**
 * The hedge, hypothesis marker, to-do, conditional, task box or plan that makes the sentence
 * `text[start, end)` not an assertion. The text of a hedge, conditional or plan is given in lower
 * case. `knownAscii`: the caller knows the range is ASCII (it lies in an ASCII block), so it
 * need not be searched for other characters again.
 */
export function findHedge(text: string, start: number, end: number, knownAscii?: boolean): Hedge | undefined {
  const { slice: sentence, ascii, lower, subject, from, to } = caselessView(text, start, end, knownAscii);
  const patterns = ascii ? caseless : lowerCase;
  const hedge = hedgeTriggers.occursIn(subject, from, to) ? patterns.hedge.exec(lower) : null;
  if (hedge) return { ...asHedge(hedge, start, ascii), word: true };
  const todo = sentence.includes('TODO') || sentence.includes('TBD') || sentence.includes('FIXME') || sentence.includes('XXX') ? todoPattern.exec(sentence) : null;
  if (todo) return asHedge(todo, start, false);
  const conditional = patterns.conditional.exec(lower);
  if (conditional) return asHedge(conditional, start, ascii);
  const task = taskPattern.exec(sentence);
  if (task) return asHedge(task, start, false);
  const plan = patterns.mayPlan.test(lower) && planTriggers.occursIn(subject, from, to) ? patterns.notAsserted.exec(lower) : null;
  if (!plan) return undefined;
  // A plan drawn from a finding as its consequence ("… DNA synthesis peaks around 36–40 h, so I
  // will collect at 36 h", from the eighty-third batch) covers its own clause, as a hedge word
  // does: the finding before it is asserted.
  return consequentPlan.test(lower.slice(Math.max(0, plan.index - 8), plan.index)) ? { ...asHedge(plan, start, ascii), word: true } : asHedge(plan, start, ascii);
}

/** What ends the finding that a plan after it follows from: ", so" or an arrow. */
const consequentPlan = /(?:,\s*so|\s(?:[→⇒]|->|=>))\s*$/;

/**
 * How to read `text[start, end)` without regard to case: ASCII text in place, as `subject[from,
 * to)` (a flat string reads faster than a slice of it, and lower-casing a two-byte note is slow),
 * other text as a lower-cased copy, `subject` = `lower`, from 0. Regexes run on `lower`.
 */
function caselessView(text: string, start: number, end: number, knownAscii?: boolean): { slice: string; ascii: boolean; lower: string; subject: string; from: number; to: number } {
  const slice = text.slice(start, end);
  const ascii = knownAscii === true || !nonAscii.test(slice);
  const lower = ascii ? slice : slice.toLowerCase();
  return ascii ? { slice, ascii, lower, subject: text, from: start, to: end } : { slice, ascii, lower, subject: lower, from: 0, to: lower.length };
}

/**
 * Where the clause of a hedge word starts, when a clause of its own holds it: after a semicolon,
 * colon or dash, or after a comma that opens a clause of its own ("…, which may explain", "…,
 * dividing perhaps once a year", "…, possibly because"). `from`: the sentence's start, when no
 * such break lies between it and the hedge: the hedge then covers the whole sentence ("In most
 * trials, MSCs may reduce fibrosis"). A reason put first is a clause of its own too: "Because
 * IL-6 primes hepatocytes, the model should …" asserts its reason.
 */
export function hedgedClauseStart(text: string, from: number, hedge: Hedge): number {
  if (!hedge.word) return from;
  clauseBreak.lastIndex = 0;
  // A little past the hedge, for a break whose look-ahead reads the words after it (", would skew …").
  const upTo = text.slice(from, Math.min(text.length, hedge.span.end + 24));
  const hedgeAt = hedge.span.start - from;
  const reason = frontedReason.exec(upTo);
  let at = reason && reason[0].length <= hedgeAt ? from + reason[0].length : from;
  for (let m = clauseBreak.exec(upTo); m && m.index < hedgeAt; m = clauseBreak.exec(upTo)) at = from + m.index + m[0].length;
  return at;
}

/**
 * Where the clause of a hedge in the sentence from `from` ends: at the dash that closes an aside
 * the hedge is in, when it governs words of its own there ("The shots — I asked whether they're
 * the same thing — cut the risk …", from the forty-third batch; "— flotillin-1 especially, which
 * we had half-expected to be debris from lysed cells —", from the forty-fourth), else at `to`, the
 * end of the sentence. An aside that is no more than a hedge ("MSCs — we think — reduce …", "— or
 * so we believe, at least —") hedges it all.
 */
export function hedgedClauseEnd(text: string, from: number, hedge: Hedge, to: number): number {
  // A hedge whose clause ends at what follows it (`clauseEndsAfter`).
  for (const { word, plain, after, within } of clauseEndsAfter) {
    if ((plain === true) === (hedge.word === true) || !word.test(hedge.span.text)) continue;
    const m = after.exec(text.slice(hedge.span.end, Math.min(to, hedge.span.end + within)));
    if (m) return hedge.span.end + m[0].length;
  }
  if (!hedge.word) return askedThenTold(text, hedge, to);
  // A hedge word in the question someone asked, with the answer they were told after a dash ("Pt
  // asked if she could just take the capsules instead — told her those get digested …", from
  // the eighty-ninth batch): the answer is asserted.
  if (askedBefore.test(text.slice(Math.max(from, hedge.span.start - 80), hedge.span.start))) {
    const told = toldAt(text, hedge.span.end, to);
    if (told < to) return told;
  }
  // A semicolon after the hedge ends its clause when what follows holds no hedge of its own ("The
  // 21-year-old's liver should be back to full size inside six weeks; in healthy young adults the
  // organ regrows that fast", from the hundred-and-thirty-seventh batch).
  // Looked for in the sentence only, as the dashes below are.
  let semicolon = hedge.span.end;
  while (semicolon < to && text.charCodeAt(semicolon) !== 59) semicolon++;
  if (semicolon < to && !findHedge(text, semicolon + 1, to)) return semicolon;
  // So does a comma before the reason given for what should be ("BrdU labelling in the exo mice
  // should peak at 36 h not 48 h, since exosomes pull the S-phase peak earlier by half a day", from
  // the hundred-and-sixty-second batch), a reason the writer asserts; not the reason for what
  // might be ("… might work better than whole cells, since they can't get stuck in the lung
  // capillaries", from the seventeenth), which is part of the guess.
  const reason = /^should$/i.test(hedge.span.text) ? reasonAfter.exec(text.slice(hedge.span.end, to)) : null;
  if (reason && !findHedge(text, hedge.span.end + reason.index + reason[0].length, to)) return hedge.span.end + reason.index;
  // Dashes counted and looked for in the sentence only: a search of the rest of a long note for
  // each hedge made the analysis of 1 MB four times slower.
  let dashes = 0;
  for (let i = from; i < hedge.span.start; i++) if (isSpacedDash(text, i)) dashes++;
  if (dashes % 2 === 0) return to;
  let close = hedge.span.end;
  while (close < to && !isSpacedDash(text, close)) close++;
  if (close >= to) return to;
  let words = 0;
  for (let i = hedge.span.end; i < close; i++) if (isLetter(text.charCodeAt(i)) && !isLetter(text.charCodeAt(i - 1))) words++;
  return words >= 3 ? close : to;
}

const reasonAfter = /,\s*(?:since|because)\s/i;

/**
 * Where a question someone asked ends when the answer they were given follows a dash ("Pt asked
 * how fast it works — told him bilirubin usually starts dropping within 2 wks", from the
 * fifty-second batch), or when it is one someone may ask and the answer follows a colon: at the
 * dash or colon; else at `to`. The answer is asserted.
 */
function askedThenTold(text: string, hedge: Hedge, to: number): number {
  if (!askedHedge.test(hedge.span.text)) return to;
  // "When they ask why we don't combine cells + vesicles: the combo is redundant …" (from the
  // fifty-seventh batch): the answer prepared for a question follows its colon.
  if (whenAsked.test(text.slice(Math.max(0, hedge.span.start - 24), hedge.span.start))) {
    const colon = text.indexOf(':', hedge.span.end);
    if (colon !== -1 && colon < to) return colon;
  }
  return toldAt(text, hedge.span.end, to);
}

/**
 * The first spaced dash, semicolon or arrow from `from` when an answer someone was told follows
 * it ("— told him …", "; told her the cells just don't take …", from the ninety-ninth batch; "->
 * told him the exosome version …", from the hundred-and-tenth); else `to`.
 */
function toldAt(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const mark = answerBreak(text, at);
    if (mark > 0) return toldAfterDash.test(text.slice(at + mark, Math.min(to, at + mark + 40))) ? at : to;
  }
  return to;
}

/** The length of a spaced dash (from the space before it), a semicolon or a spaced arrow at `i`; 0 for none. */
function answerBreak(text: string, i: number): number {
  if (text.charCodeAt(i) === 59) return 1;
  if (!isSpace(text.charCodeAt(i))) return 0;
  if (isSpacedDash(text, i)) return 2;
  const c = text.charCodeAt(i + 1);
  if (c === 0x2192 || c === 0x21d2) return 2;
  return (c === 45 || c === 61) && text.charCodeAt(i + 2) === 62 ? 3 : 0;
}

/**
 * Hedges whose clause ends where `after` matches right after them, within `within` characters;
 * what follows is asserted. A hedge word's, or with `plain`, a hedge that is no word's ("if").
 * - What is plausible because of a reason: the reason ("The glass-liver plague is plausible b/c
 *   TGF-β from activated stellate cells is the one single driver of all liver fibrosis", from the
 *   ninety-seventh batch). Not "likely because", which hedges the reason.
 * - What someone should know or land on, after a colon: the point to be known ("LP 3.2, group
 *   should land on: miR-122 shoots up in the injured liver", from the hundred-and-thirty-fourth
 *   batch; "Heatmap caption should just say it: …", "Bar order should follow the biology: …", from
 *   the hundred-and-forty-first).
 * - What is not expected to be needed, for a reason: the reason ("Repeat dosing is not expected to
 *   be necessary, as a single … administration … produces … effects lasting beyond six months",
 *   from the hundred-and-thirty-third batch).
 * - A branch a player or reader takes, up to its colon: what follows ("If player picks the IV
 *   syringe: … irl nearly all IV exosomes end up in liver + spleen within 30 min", from the
 *   hundred-and-sixty-fourth batch's game script).
 */
const clauseEndsAfter: readonly { word: RegExp; plain?: true; after: RegExp; within: number }[] = [
  { word: /^(?:plausible|possible)$/i, after: /^(?=\s*,?\s*(?:because|b\/c|bc|since|given\s+that)\b)/i, within: 16 },
  {
    word: /^(?:should|must|need\s+to|needs\s+to)$/i,
    after: /^\s+(?:(?:all|also|then|now|first|just)\s+)?(?:know|learn|remember|understand|grasp|recogni[sz]e|reali[sz]e|conclude|take\s+away|land\s+on|arrive\s+at|come\s+away\s+with|say\s+it|say\s+so|state\s+it|follow\s+the\s+(?:biology|science|data|evidence))(?:\s+that)?\s*:/i,
    within: 40,
  },
  {
    word: /^(?:expected|anticipated)\s+to$/i,
    after: /^\s*be\s+(?:necessary|needed|required)\s*,?\s*(?=(?:as|because|b\/c|bc|since|given\s+that)\b)/i,
    within: 40,
  },
  { word: /^if$/i, plain: true, after: /^\s+(?:the\s+)?(?:player|user|reader)s?\s+[^:;.!?]{1,60}?:/i, within: 80 },
];

/** A question someone asked, open up to the hedge word in it: "asked if she could", "asks whether it might". */
const askedBefore = /\b(?:ask|asks|asked|asking)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:if|whether|how|why|what|when)\b[^—–.;!?]*$/i;

const whenAsked = /\b(?:when|if)\s+(?:they|people|investors|patients|families|someone|anyone|he|she|you|reviewers?)\s+$/i;

const askedHedge = /^(?:ask|asks|asked|know)\b/i;
const toldAfterDash = /^\s*(?:(?:i|we)\s+)?(?:told|said|explained|answered|replied|reassured)\b/i;

/** A dash with white space on both sides at `i` (the space before it): " — ", " – ", " - ". */
function isSpacedDash(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  return (c === 0x2014 || c === 0x2013 || c === 45) && isSpace(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 2));
}

const frontedReason = /^[\s*_>-]*(?:because|since|given\s+that)\b[^,;:]*,\s*/i;
/**
 * What ends the clause before a hedge word's: a semicolon, a colon, a spaced dash, an arrow ("MSCs
 * switch them off within 72 h → the improvement claimed is plausible", from the seventy-second
 * batch), "so" before a hedged consequence with no comma ("hepatocytes bounce back … within
 * 48-72h so graft should recover fine", from the hundred-and-fifth), or a comma before a word that
 * opens a clause ("…, that's the real clock you should be hacking", from the hundred-and-ninth),
 * or a comma before a modal that tells what the fact would spoil ("… enter S-phase ~24 h later after
 * 2/3 PHx, would skew timepoint", from the hundred-and-fifty-seventh).
 */
const clauseBreak = /[;:]\s*|\s[—–-]\s+|\s(?:[→⇒]|->|=>)\s*|\s(?=so\s+(?:[\w'’-]+\s+){1,3}?(?:should|might|may|could|would)\b)|,\s*(?=(?:would|could|might|may)\s+(?:skew|bias|confound|mess\s+up|throw\s+off|ruin|invalidate|complicate)\b)|,\s*(?=(?:which|who|whose|where|although|though|but|whereas|while|and|so|that['’]s|possibly|perhaps|probably|presumably|maybe|likely|apparently|(?!(?:during|something|nothing|anything|everything|bring|string)\b)[a-z]{3,}ing)\b)/gi;

/** A match, trimmed, as a hedge; `toLowerCase` when it was found in ASCII text as written but is given in lower case. */
function asHedge(m: RegExpExecArray, offset: number, toLowerCase: boolean): Hedge {
  const found = m[0].trim();
  const at = offset + m.index + m[0].indexOf(found);
  return { span: { text: ownText(toLowerCase ? found.toLowerCase() : found), start: at, end: at + found.length }, question: false };
}

/**
 * What a result cue states: a comparison ("more … than", "twice as"), an amount ("by half",
 * "was 80%", "6 of 8 rats"), a time course ("within 72 hours", "normalised by day 7"), a scope
 * ("in every model tested") or an association ("correlates with").
 */
export type ResultKind = 'comparison' | 'amount' | 'time' | 'scope' | 'association';

/**
 * Results stated as numbers, comparisons and time courses: "40% lower than controls", "three times
 * as much VEGF as", "fell by half", "within 72 hours", "peaks two hours after", "was 80%". A
 * sentence that reports a procedure ("samples were measured within 2 hours") states none.
 */
/** Most or all of a group ("most", "nearly all"), as a sentence may start. */
const mostOrAll = 'most|nearly\\s+all|almost\\s+all|virtually\\s+all';
/** The share of a whole a sentence may start with ("most of", "the vast majority of"), checked after it is read. */
const shareOf = `${mostOrAll}|majority|only\\s+a\\s+(?:small\\s+|tiny\\s+)?(?:fraction|minority)`;
/** What comes before a sentence's first word, for a lookbehind: the start of the block, or the end of a sentence. */
const sentenceStart = `(?:^\\s*|[.!?]["'”’)\\]]*\\s+)`;
/** After "of": what follows is not the note itself or the day ("most of this page", "most of the afternoon"). */
const notOfTheNote = '(?=\\s+(?!(?:this|that|it|which|my|these notes|the\\s+(?:page|text|note|notes|section|document|file|time|day|week|afternoon|morning|code|slides?|talk|meeting|discussion|budget|money|funds|funding|stock|tips))\\b))';
/** Superlatives that a result may be stated with ("the most HGF of all", "carry the most"). */
const superlatives = 'most|least|fewest|highest|lowest|greatest|largest|smallest|strongest|weakest|best|worst';
/** A denial inside a comparison, after its verb: "is not superior to", "was in no way as potent as". */
const denial = '(?:not|in\\s+no\\s+way|by\\s+no\\s+means|nowhere\\s+near)';
/** The other side of a comparison: "than", "vs.", "versus", "compared with", "relative to". */
const versus = '(?:than|vs\\.?|versus|compared (?:with|to)|relative to)(?![\\w-])';

const resultCues: readonly (readonly [ResultKind, string])[] = [
  // A change by a share or a multiple: "fell by 40%", "a 3-fold rise".
  // ("By up to 40%" from the hundred-and-twentieth batch, "by roughly 40–50%" from the
  // hundred-and-twenty-first.)
  ['amount', '\\b(?:by|to|from)\\s+(?:about\\s+|approximately\\s+|roughly\\s+|nearly\\s+|up\\s+to\\s+|like\\s+|~)?\\d+(?:\\.\\d+)?(?:\\s*[-–]\\s*\\d+(?:\\.\\d+)?)?\\s*(?:%|percent(?!age))'],
  ['amount', '\\b\\d+(?:\\.\\d+)?[- ]?fold\\b'],
  // The words between may hold a Greek letter ("more HGF and less TNF-α than") or a share ("does
  // more for regeneration after 70% PHx in rats than HGF does", from the ninety-sixth batch). Not
  // thanks beyond words ("I owe more than I can say to Margaret Doyle", from the
  // hundred-and-forty-fourth).
  ['comparison', `\\b(?:higher|lower|greater|more|less|fewer|faster|slower|quicker|sooner|earlier|stronger|weaker|better|worse|poorer)(?:\\s+[\\w+%\\u0370-\\u03ff-]+){0,10}?\\s+${versus}(?!\\s+(?:i|we|you|words)\\s+(?:can|could)\\s+(?:say|express|tell|thank|repay)\\b)`],
  ['comparison', '\\b(?:more|less)\\s+(?:slowly|quickly|rapidly|efficiently|effectively|strongly|often|frequently|likely\\s+to)\\b'],
  ['comparison', '\\b(?:twice|thrice|half|(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten)\\s+times)\\s+as\\s+[\\w-]+(?:(?:\\s+[\\w-]+){0,6}?\\s+as\\b)?'],
  ['amount', '\\bby\\s+(?:(?:about|roughly|nearly|almost|around|more\\s+than|over|well\\s+over|at\\s+least|up\\s+to)\\s+)?(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters)\\b'],
  ['time', '\\b(?:within|inside|w/in)\\s+(?:the\\s+(?:first\\s+)?|(?:about|roughly|approximately)\\s+|[~<]\\s*)?(?:\\d+(?:\\.\\d+)?(?:\\s*[-–]\\s*\\d+(?:\\.\\d+)?)?\\s*|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|a couple of|half an|half a)\\s+)?(?:h|hrs?|hours?|days?|weeks?|wks?|fortnights?|months?|min|minutes?|yrs?|years?)\\b'],
  ['time', '\\bpeak(?:s|ed|ing)\\s+(?:at|around|about|roughly|approximately|within|by|on|in|after|early|late|earlier|later|pod\\s*\\d+|(?:wk|week|day|d|month)\\s*\\d+|[~≈]?\\s*\\d+(?:\\s*(?:h|hrs?|hours?|d|days?|min|wks?|weeks?))?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\b'],
  ['time', '\\b(?:return(?:s|ed)?|back|resets?)\\s+to\\s+(?:baseline|normal|pre-?op(?:erative)?|pre-?injury|pre-?surgery|pre-?treatment|full\\s+(?:liver\\s+)?(?:weight|size|mass|volume))\\b'],
  ['time', '\\b(?:rises?|rose|risen|falls?|fell|fallen|drops?|dropped|declines?|declined|climbs?|climbed)\\s+(?:off\\s+|away\\s+)?(?:sharply|steeply|markedly|significantly|dramatically|rapidly|quickly|substantially|steadily)\\b'],
  ['amount', '\\b(?:was|were|is|are|reached|remained)\\s+(?:about\\s+|approximately\\s+|roughly\\s+|nearly\\s+|around\\s+|almost\\s+|like\\s+|~|[<>≤≥]\\s*|(?:below|above|under|over|less than|more than|at least|at most|up to|only)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent)(?!\\s+(?:public|private|train(?:ing)?|test|validation|holdout|dev)\\b)'],
  ['scope', '\\bin\\s+(?:every|all|each)\\s+(?:one\\s+of\\s+(?:the\\s+|our\\s+|these\\s+|those\\s+)?)?(?:[\\w-]+\\s+){0,2}?(?:models?|stud(?:y|ies)|trials?|patients|animals|mice|rats|experiments?|cases|cohorts?|comparisons?|settings?|sites?)\\b'],
  ['time', '\\bafter\\s+(?:passage|day|week|month|cycle|dose)\\s+\\d+\\b'],
  // A course over time told by an intransitive verb: "dropped after MSC infusion", "normalised by day 7"
  // (not what is "to be resolved by correspondence", a plan, from the hundred-and-fifty-fifth batch).
  ['time', '\\b(?<!\\b(?:to|will|shall|must)\\s+be\\s+)(?:rose|fell|dropped|declined|doubled|tripled|halved|normali[sz]ed|recovered|plateaued|regressed|resolved)\\s+(?:[\\w-]+\\s+){0,2}?(?:after|following|by|within|over|until)\\b'],
  // Proportions of animals or patients: "in 6 of 8 treated rats".
  ['amount', '\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:of|out of)\\s+(?:the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:[\\w-]+\\s+){0,2}?(?:rats|mice|animals|patients|donors|livers|samples|cases|subjects|models|trials|studies|sites|centres|centers|arms|groups|batches|lines|pigs|dogs)\\b'],
  ['time', '\\bfor\\s+(?:at\\s+least|up\\s+to|over|longer\\s+than)\\s+(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:hours?|days?|weeks?|months?|years?)\\b'],
  // Associations: "correlates with clinical outcome", "is strongly associated with".
  ['association', '\\b(?:correlates?|correlated|correlating)\\s+(?:\\w+ly\\s+)?with\\b'],
  ['association', '\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:associated|correlated)\\s+with\\b'],
  // A comparison written before its sentence: "Compared with bone-marrow MSCs, cord MSCs release more …".
  ['comparison', '\\b(?:compared\\s+(?:with|to)|relative\\s+to|in\\s+comparison\\s+(?:with|to))\\s+[^,;:.]{1,80},(?:\\s+[\\w+-]+){0,10}?\\s+(?:higher|lower|greater|more|less|fewer|faster|slower|earlier|later|stronger|weaker|better|worse|shorter|longer|smaller|larger)\\b'],
  // Comparatives that also describe things other than results ("this section is shorter than the
  // methods"): a result only when set against a control group or a baseline.
  ['comparison', '\\b(?:shorter|longer|smaller|larger|bigger|milder|quicker|heavier|lighter|thicker|thinner|later|poorer|older|younger)(?:\\s+[\\w+-]+){0,6}?\\s+than\\s+(?:(?:in|with|for|those|that|of)\\s+)?(?:(?:the|untreated|matched|healthy|sham)\\s+)?(?:controls?|vehicle|placebo|baseline|untreated|sham|wild[- ]type)\\b'],
  // A share lost or kept: "lose about half their activity", "retained 80% of its potency".
  ['amount', '\\b(?:lose|loses|lost|losing|retain|retains|retained|keeps|kept)\\s+(?:basically\\s+|virtually\\s+|essentially\\s+|practically\\s+|about\\s+|like\\s+|roughly\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+|less than\\s+|up to\\s+|only\\s+)?(?:(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|\\d+(?:\\.\\d+)?\\s*(?:%|percent))(?:\\s+of)?\\s+(?:their|its|the)\\b|(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters)(?=\\s*(?:[.;!?]|$))|\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+of\\s+(?:[\\w-]+\\s+)?(?:count|activity|potency|titer|titre|yield|viability|particles|cargo|function)\\b|(?:all|most|much)(?:\\s+of)?\\s+(?:(?:their|its|the)\\s+)?[\\w-]+)'],
  // A course that ends in a time: "is complete in about a week", "recovered in under two days".
  ['time', '\\b(?:complete|completed|restored|normali[sz]ed|recovered|resolved|regenerated|healed|finished|settles|settled|subsides|subsided)\\s+(?:with)?in\\s+(?:(?:about|roughly|approximately|around|under|less than|just|only)\\s+)?(?:\\d+(?:\\.\\d+)?(?:\\s*(?:to|–|-)\\s*\\d+)?\\s*|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few)\\s+)(?:h|hrs?|hours?|days?|weeks?|months?|years?)\\b'],
  // Comparisons by verb, by likeness, and by a shift without "than": "outperforms", "are as
  // potent as", "as many as 40%", "two weeks earlier in treated animals", "40% higher in".
  ['comparison', `\\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed)?|exceed(?:s|ed)?|outlast(?:s|ed)?|outlive(?:s|d)?|outstrip(?:s|ped)?|(?:beats?|(?<=\\b(?:have|has|had|haven['’]t|hasn['’]t|hadn['’]t|never|not|yet)\\s+)beaten)(?=(?:\\s+[\\w-]+){1,4}?\\s+(?:in|on|at|for|across)\\s)|(?:is|are|was|were)\\s+(?:${denial}\\s+)?(?:\\w+ly\\s+)?(?:superior|inferior)\\s+to)\\b`],
  ['comparison', `\\b(?:is|are|was|were|be|been|remains?|remained|proved|proves)\\s+(?:${denial}\\s+)?(?:(?:just|equally|nearly|almost|about|at least|roughly)\\s+)?as\\s+(?!well\\b|soon\\b|long\\b|far\\b|follows\\b)[\\w-]+\\s+as(?=\\s+(?!possible\\b|needed\\b|usual\\b|before\\b|planned\\b|required\\b|necessary\\b|expected\\b))`],
  ['comparison', '\\bas\\s+(?:many|much|few|little|high|low|young|old|small)\\s+as\\s+(?:~\\s*)?(?:\\d+(?:\\.\\d+)?\\s*(?:%|percent)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\b)'],
  ['comparison', '\\b(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:hours?|days?|weeks?|months?|years?)\\s+(?:earlier|later|sooner|longer|faster|quicker)\\b'],
  ['comparison', `\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+(?:higher|lower|more|less|fewer|greater|smaller|larger|faster|slower)(?:(?:\\s+[\\w+-]+){0,10}?\\s+${versus}|\\b)`],
  // Amounts: "tenfold", "barely expand", "rarely engraft".
  ['amount', '\\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)[- ]?fold\\b'],
  ['amount', '\\b(?:barely|hardly|scarcely|rarely|seldom)\\s+[\\w-]+'],
  // Associations by a verb of following: "tracks closely with", "scales with", "varies with".
  ['association', '\\b(?:tracks?|tracked|scales?|scaled|varies|varied|co-?varies|co-?varied)\\s+(?:\\w+ly\\s+)?(?:with|in proportion to|in step with|in parallel with)\\b'],
  // A share of a whole, as the subject of a sentence: "Most of the injected MSCs end up in the
  // lungs"; not one of the note or the day ("Most of this page is copied from the protocol").
  ['amount', `(?:${shareOf})(?<=${sentenceStart}(?:the\\s+(?:vast\\s+|great\\s+)?)?(?:${shareOf}))\\s+of${notOfTheNote}`],
  // What the literature has not done: "no study so far has followed".
  ['scope', '\\b(?:no|few)\\s+(?:[\\w-]+\\s+){0,2}?(?:stud(?:y|ies)|trials?|reports?|papers?|groups?)\\s+(?:so far\\s+|to date\\s+|yet\\s+)?(?:has|have|had)\\b'],
  // Amounts by a verb: "halves the time to", "doubles the yield" ("the dose was doubled" is a procedure).
  ['amount', '\\b(?<!\\b(?:bob|grandsire|stedman|mixed|tennis|badminton)\\s+)(?:halves|halving|doubles|doubling|triples|tripling|quadruples|quadrupled|quadrupling)\\b'],
  // A time point observed rather than set: "about 12 hours after hepatectomy", "as early as day 2".
  ['time', '\\b(?:about|roughly|approximately|around|as early as|as late as|by|only|just|already|still)\\s+(?:\\d+(?:\\.\\d+)?\\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+)(?:h|hrs?|hours?|days?|weeks?|months?)\\s+(?:after|post|following|into)\\b'],
  // None of a set: "none of the published trials".
  ['scope', '\\bnone\\s+of\\s+(?:the\\s+|our\\s+|these\\s+|those\\s+)?(?:[\\w-]+\\s+){0,2}?(?:stud(?:y|ies)|trials?|reports?|papers?|patients|animals|mice|rats|donors|samples|groups|models|cohorts)\\b'],
  // The shape or course of a response: "the dose-response curve is bell-shaped", "the effect is transient".
  ['association', '\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:bell-shaped|u-shaped|biphasic|non-?linear|linear|sigmoidal|dose-dependent|saturable|additive|synergistic)\\b'],
  ['time', '\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:transient|reversible|irreversible|sustained|short-lived|long-lasting|long-lived)\\b'],
  // A time after which something is seen, qualified: "vanish after about three days".
  ['time', '\\b(?:after|by|until|for)\\s+(?:(?:about|roughly|approximately|around|only|just|some)\\s+|~\\s*)(?:\\d+(?:\\.\\d+)?\\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+)(?:h|hrs?|hours?|days?|wks?|weeks?|months?)\\b'],
  // A superlative over a set: "the most HGF of all the sources", "the highest yield among".
  ['comparison', `\\b(?:${superlatives}|fastest|slowest|earliest|latest)(?<=(?:\\bthe\\s+|${sentenceStart})[a-z]+)(?:\\s+[\\w-]+){1,4}?\\s+(?:of\\s+all|among)\\b`],
  // A comparison left without its other side: "far more consistent", "needed fewer transfusions".
  ['comparison', '\\b(?:far|considerably|vastly|substantially|markedly|dramatically)\\s+(?:more|less|fewer|better|worse|higher|lower|greater|smaller|larger)\\b'],
  ['comparison', '\\b(?:needed|required|had|showed|developed|received|suffered|gained|lost)(?<!\\b(?:we|i|you)\\s+[a-z]+)\\s+(?:significantly\\s+|far\\s+|many\\s+|much\\s+)?(?:fewer|less|more)\\s+[\\w-]+'],
  ['amount', '\\b(?:cuts|halves|reduces|slashes)\\s+(?:[\\w-]+\\s+){0,4}?in\\s+half\\b'],
  // Sameness and the lack of a difference: "ended with identical scores", "no difference in ALT".
  ['comparison', '\\b(?:ended|were|was|are|is|remained|looked)\\s+(?:with\\s+)?(?:identical|indistinguishable|equivalent|comparable|unchanged)\\b'],
  ['comparison', '\\bno\\s+(?:significant\\s+|detectable\\s+|measurable\\s+|real\\s+|clear\\s+)?(?:difference|change|effect|improvement|benefit|increase|decrease|reduction)\\s+(?:in|on|between|with)\\b'],
  // Scope and cause: "regardless of the injection route", "is entirely due to miR-125b".
  ['scope', '\\b(?:regardless|irrespective)\\s+of\\b'],
  ['association', '\\b(?:is|are|was|were)\\s+(?:entirely|largely|mostly|mainly|partly|partially|solely|wholly|primarily|almost entirely)\\s+(?:due to|down to|owing to|thanks to|caused by|driven by|explained by|attributable to|mediated by)\\b'],
  // Against a control or a baseline without "than": "unlike the controls", "never rose above baseline".
  ['comparison', '\\bunlike\\s+(?:the\\s+|in\\s+(?:the\\s+)?)?(?:controls?|untreated|vehicle|sham|placebo|wild[- ]type)\\b'],
  ['comparison', '\\b(?:above|below|over|under)\\s+(?:the\\s+)?(?:baseline|control\\s+levels?|normal\\s+levels?)\\b'],
  // Likeness and degree: "works equally well in", "carry the most miR-122".
  ['comparison', '\\b(?:equally|just as)\\s+(?:well|effective|effectively|potent|good|badly|strongly|fast|quickly|safe)\\b'],
  ['comparison', `\\b(?:carry|carries|secrete|secretes|release|releases|produce|produces|contain|contains|have|has|had|show|shows|showed|express|expresses|give|gives|gave|yield|yields)\\s+the\\s+(?:${superlatives})\\b`],
  // Enough for an effect: "a single dose was enough to normalise bilirubin".
  ['amount', '\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:enough|sufficient)\\s+to\\b'],
  // A property remarked on: "are remarkably stable in bile".
  ['amount', '\\b(?:is|are|was|were|remains?|remained)\\s+(?:remarkably|surprisingly|unusually|notably|strikingly|exceptionally)\\s+[a-z-]+'],
  // Neither of two changed anything: "neither MSCs nor exosomes changed portal pressure".
  ['comparison', '\\bneither\\s+(?:[\\w-]+\\s+){1,5}?nor\\s+(?:[\\w-]+\\s+){1,5}?(?:changed|altered|affected|improved|reduced|increased|decreased|prevented|rescued|restored|worsened|helped)\\b'],
  // Genetic models and whole groups: "in IL-10 knockout mice", "every treated animal".
  ['scope', '\\b(?:in|from)\\s+(?:[\\w-]+\\s+){0,2}?(?:knockout|knock-out|ko|deficient|null|transgenic)\\s+(?:mice|rats|animals|cells|livers)\\b'],
  ['scope', '\\b(?:every|each)\\s+(?!other\\b)(?:[\\w-]+\\s+){0,2}?(?:animal|mouse|rat|patient|donor|liver|model|study|trial|dog|pig|sheep|rabbit|monkey|primate|hepatocyte)\\b'],
  // A share of another amount: "are a fraction of those for cell products".
  ['amount', '\\b(?:is|are|was|were)\\s+(?:only\\s+|just\\s+|about\\s+|roughly\\s+)?(?:a fraction|a tenth|a third|a quarter|half|double|twice|triple)\\s+(?:of\\s+)?(?:that|those|the)\\b'],
  // Nothing seen, nothing done: "show no tumour formation", "do nothing for hepatocyte survival".
  ['amount', '\\b(?:(?:show|shows|showed|shown|found|saw|reveal(?:s|ed)?|detected)\\s+no\\s+[\\w-]+|(?:gave|gives|give|produced|produces|yielded|yields)\\s+no\\s+(?:[\\w-]+\\s+){0,2}?(?:reduction|improvement|benefit|effect|change|difference|increase|decrease|protection|response|rise|drop)\\b(?!\\s+(?:over|than|beyond|versus|vs)\\b))'],
  ['amount', '\\b(?:do|does|did)\\s+nothing\\s+(?:for|to)\\b'],
  // A share of the animals: "cured cirrhosis in half of their rats".
  ['amount', '\\bin\\s+(?:(?:about|roughly|around|nearly|almost|over|under|~)\\s*)?(?:half|a third|a quarter|most|all|none|two[- ]thirds|\\d+(?:\\.\\d+)?\\s*%)\\s+of\\s+(?:the\\s+|their\\s+|our\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?(?:rats|mice|animals|patients|donors|recipients|livers|samples|cases|subjects|pigs|dogs|cats|people|adults|users|deaths|autopsies)\\b'],
  // The main one of a kind: "the biggest barrier to approval".
  ['comparison', `\\b(?:biggest|largest|greatest|main|major|chief|strongest)(?<=(?:\\bthe\\s+(?:single\\s+)?|${sentenceStart})[a-z]+)\\s+(?:barrier|obstacle|hurdle|limitation|bottleneck|challenge|risk|driver|determinant|predictor|source|cause)\\s+(?:to|of|for)\\b`],
  // Most of a group, as a sentence's subject: "Most patients in the pilot needed only one infusion".
  ['amount', `(?:${mostOrAll})(?<=(?:${sentenceStart}|:\\s+)(?:${mostOrAll}))\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|pts|animals|mice|rats|donors|samples|cells|studies|trials|livers|labs|groups|mscs|exosomes|vesicles|hepatocytes|clinics|centres|centers|products|companies)\\b`],
  // How long an effect lasts, and who benefits less: "lasts for months", "benefit less".
  ['time', '\\b(?:lasts?|lasted|persists?|persisted)\\s+(?:for\\s+)?(?:months|weeks|years|days|hours|several|many|up\\s+to|(?:only|just|about|roughly|under|less\\s+than)\\s+(?:\\d+|a\\s+few|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)(?:\\s*(?:to|–|-)\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty))?\\s*(?:seconds?|s|minutes?|min|hours?|h|days?|weeks?|months?|years?)(?!\\s+(?:longer|shorter|more|less)\\b))\\b'],
  ['comparison', '\\b(?:benefit|benefits|benefited|benefitted|respond|responds|responded)(?<!\\b(?:we|i|you)\\s+[a-z]+)\\s+(?:less|more|better|worse|least|most|best|worst|poorly|well|badly)\\b'],
  // A lifetime or a limit: "the half-life of circulating exosomes is only a few minutes", "saturates at".
  // (And "half-life i plasma after IV bolus is only ~2–5 min", from the hundred-and-second batch.)
  ['time', '\\bhalf[- ]li(?:fe|ves)(?:\\s+[\\w-]+){0,5}?\\s+(?:is|are|was|were)\\s+(?:(?:only|about|roughly|just|around|under|over|less than|more than|up to)\\s+)?(?:~\\s*)?(?:a few|several|a couple of|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\b'],
  // A benefit that plateaus at low doses is compared with higher ones, which add nothing ("exosome
  // benefit plateaus at low doses", from the hundred-and-first batch; "maxes out at low doses", the
  // hundred-and-ninth); claims.ts reads the term as its higher dose.
  ['comparison', '\\b(?:saturates?|saturated|plateaus?|plateaued|levels? off|levell?ed off|max(?:es|ed)?\\s+out)\\s+at(?=\\s+(?:a\\s+|the\\s+)?(?:low|lower|modest|small|lowest)[-\\s]+doses?\\b)'],
  ['time', '\\b(?:saturates?|saturated|plateaus?|levels? off|levell?ed off)\\s+(?:at|above|around|after|by|within)\\b'],
  // From the twelfth batch. Sameness of a result: "gave the same benefit at a third of the dose",
  // "showed the same drop in bilirubin", "makes no difference to exosome yield".
  ['comparison', '\\b(?:gave|gives|give|showed|shows|show|produced|produces|achieved|achieves|had|has|have)\\s+the\\s+same\\s+(?:[\\w-]+\\s+)?(?:benefit|effect|improvement|response|outcome|drop|fall|rise|increase|decrease|reduction|gain|loss|survival|efficacy|potency|protection)\\b'],
  ['comparison', '\\b(?:makes?|made|making)\\s+(?:no|little|a\\s+(?:big|large|real|huge|small)|all\\s+the)\\s+difference\\s+(?:to|in|for)\\b'],
  // Limits of an effect: "works, but only at the high dose", "is modest at best".
  ['scope', '\\b(?:works?|worked|helps?|helped|effective|but)\\s+only\\s+(?:at|in|when|after|above|below)\\b'],
  ['amount', '\\bbest(?<=\\bat\\s+best)\\b(?!\\s+practices?\\b)'],
  // Causes and shares: "remains a leading cause of death", "roughly a quarter of the injected dose".
  ['association', '\\b(?:is|are|was|were|remains?|remained)\\s+(?:a|the|one\\s+of\\s+the)\\s+(?:leading|main|major|commonest|most\\s+common|primary|principal|second|third)\\s+causes?\\s+of\\b'],
  // As a sentence's subject only: "keep about half of the samples" is an instruction.
  ['amount', `\\b(?:roughly|about|approximately|nearly|almost|only|just|over|under|some)(?<=${sentenceStart}[a-z]+)\\s+(?:a\\s+quarter|a\\s+third|a\\s+fifth|a\\s+tenth|half|two[- ]thirds|three[- ]quarters)\\s+of\\s+(?:the|all|our|their|its|patients|people|pts|mice|rats|dogs|cats|animals|donors|recipients|users)\\b`],
  // A measure that moves with another: "HGF levels rise with fibrosis stage".
  ['association', '\\b(?:rises?|rose|falls?|fell|increases?|increased|decreases?|decreased|drops?|dropped|declines?|declined|climbs?|climbed)\\s+with\\s+(?:[\\w-]+\\s+){0,3}?(?:stage|grade|age|dose|severity|score|duration|passage|burden)\\b'],
  // A record and a count of patients: "an excellent safety record in over 1,000 treated patients".
  ['amount', '\\b(?:excellent|good|strong|poor|clean|impressive|solid|spotless)\\s+(?:safety\\s+)?(?:track\\s+)?record\\b'],
  ['amount', '\\bin\\s+(?:over|more\\s+than|fewer\\s+than|under|nearly|almost|about|some)\\s+\\d[\\d,]*\\s+(?:[\\w-]+\\s+)?(?:patients|animals|mice|rats|subjects|donors|cases|participants)\\b'],
  // How long something keeps: "our exosomes hold up for a week at 4 °C".
  ['time', '\\b(?:(?:hold|holds|held)\\s+up|(?:is|are|was|were|remains?|remained|stays?|stayed)\\s+stable)\\s+(?:at\\s+(?:room\\s+temp(?:erature)?|rt|[-−]?\\d+\\s*°\\s*c?)\\s+)?(?:for\\b|(?:up\\s+to\\s+|about\\s+|~\\s*)?\\d+\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|yrs?|years?)\\s+at\\b)'],
  // From the thirteenth batch. Amounts by a verb in the past ("roughly tripled our yield"; "the
  // dose was doubled" is a procedure), nothing added, little use, a small share anywhere.
  // (And "regenerative capacity roughly halves between 30 and 60", from the hundred-and-ninth batch.)
  ['amount', '\\b(?:(?:roughly|about|nearly|almost|more\\s+than|approximately)\\s+(?:doubled|tripled|quadrupled|halved|doubles|triples|quadruples|halves)|(?:doubled|tripled|quadrupled|halved)\\s+(?:the|our|their|its))\\b'],
  // (And from the sixty-second batch: "higher doses buy no extra efficacy over low doses".)
  // (And from the eighty-third: "gives no extra benefit over EVs alone"; the eighty-eighth: "buys you nothing over a low dose".)
  ['comparison', '\\b(?:adds?|added|adding|buys?|bought|gives?|gave|provides?|provided|confers?|conferred|does|did|do)\\s+(?:(?:you|us|them|patients)\\s+)?(?:nothing(?:\\s+(?:extra|more|additional|further))?|little|no\\s+(?:(?:extra|additional|further)\\s+)?(?:benefit|value|efficacy|advantage))\\s+(?:over|to|beyond)\\b(?<!\\bdo(?:es)?\\s+nothing\\s+to|\\bdid\\s+nothing\\s+to)'],
  // More of a term denied any benefit, with nothing compared: "piling on more exosomes doesn't add
  // any benefit", "pouring in more exosomes doesn't buy you anything" (from the ninety-third and
  // ninety-fifth batches); claims.ts reads "more exosomes" as their higher dose. Not "a lower dose
  // doesn't add any benefit", which is no denial of more, nor "more buffer doesn't buy you anything".
  ['comparison', '\\b(?:add|buy|give)(?<=\\bmore\\s+(?:[\\w-]+\\s+)?(?:exosomes|exos|evs|vesicles|cells|mscs|infusions|shots|doses|[\\w-]*\\d[\\w-]*)\\s+(?:doesn[\'’]t|does\\s+not|don[\'’]t|do\\s+not|won[\'’]t|will\\s+not|didn[\'’]t)\\s+[a-z]+)\\s+(?:(?:you|us|them|patients)\\s+)?(?:anything|any\\s+(?:(?:extra|additional|further)\\s+)?(?:benefit|value|efficacy|advantage))\\b'],
  ['amount', '\\b(?:is|are|was|were)\\s+of\\s+(?:little|no|limited|great|real)\\s+(?:use|benefit|value|help)\\b'],
  ['amount', '\\bonly\\s+a\\s+(?:small\\s+|tiny\\s+)?(?:fraction|minority)\\b'],
  // Nothing changed, and no one had it: "activation unchanged after two rounds", "no animal developed tumours".
  ['comparison', '\\b(?:unchanged|unaltered|unaffected)\\s+(?:after|following|by|with)\\b'],
  ['scope', '\\bno\\s+(?:treated\\s+|single\\s+)?(?:animal|mouse|rat|patient|donor|subject|participant)s?\\b(?:\\s+[\\w-]+){0,5}?\\s+(?:developed|showed|had|experienced|died|suffered|relapsed|progressed|responded|required|needed)\\b'],
  // The one route of a process: "uptake goes almost entirely through clathrin-mediated endocytosis".
  // From the fourteenth batch. Comparisons by an outcome's size, likeness, a dose's multiple: "produced
  // bigger albumin gains than bone-marrow MSCs", "work almost as well as fresh ones", "even at ten
  // times the clinical dose"; a time by which an effect is gone; a scope over all of a set of trials.
  ['comparison', '\\b(?:produced|produces|produce|showed|shows|show|gave|gives|give|achieved|achieves|yielded|yields|caused|causes)\\s+(?:much\\s+|far\\s+|slightly\\s+)?(?:bigger|larger|smaller|shorter|longer|milder|greater)(?:\\s+[\\w+-]+){0,6}?\\s+than\\b'],
  // (And from the twenty-first batch: "gives a cleaner recovery after PHx than"; not "gives a clearer picture than".)
  ['comparison', '\\b(?:produced|produces|produce|gave|gives|give|yielded|yields|means|meant)\\s+(?:(?:a|an)\\s+)?(?:much\\s+|far\\s+|slightly\\s+)?(?!(?:easier|simpler|harder|clearer|nicer|newer|older|bigger|larger|smaller|shorter|longer|later)\\b)[a-z]{3,}er\\s+(?:[\\w-]+\\s+){0,4}?than\\b'],
  ['comparison', '\\b(?:almost|nearly|just|about|roughly|every\\s+bit)\\s+as\\s+(?:well|good|effective|potent|fast|strong)\\s+as\\b'],
  ['amount', '\\btimes(?<=\\bat\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\\s+times)\\s+(?:the|a|our|their)\\s+(?:[\\w-]+\\s+)?(?:dose|level|concentration|amount|rate)\\b'],
  ['time', '\\b(?:gone|lost|over|back|resolved|complete|disappeared|vanished|faded|waned|recovered)\\s+(?:by\\s+(?:week|day|month|year|hour)\\s+\\d+|(?:by|at)\\s+(?:d|wk)\\s*\\d+)\\b'],
  ['scope', '\\bin\\s+(?:any|all|none|each|either|both)\\s+of\\s+the\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:[\\w-]+\\s+)?(?:trials|studies|patients|cohorts|animals|mice|rats|centres|centers|sites)\\b'],
  ['association', '\\b(?:goes|go|went|runs?|ran|acts?|acted|signals?|signall?ed|occurs?|occurred|happens?|happened|proceeds?|proceeded)\\s+(?:almost\\s+|nearly\\s+)?(?:entirely|exclusively|mainly|mostly|largely|predominantly|primarily|solely|chiefly)\\s+(?:through|via)\\b'],
  // From the fifteenth batch. A level set against another's ("already below that of an MSC
  // infusion"), an effect gone by an hour or a day ("totally gone by 48h"), what a field's
  // programmes have mostly done ("have mostly stalled in phase II"), and no side effects.
  ['comparison', '\\b(?:is|are|was|were|remains?|remained|stays?|stayed|sits?|sat|lies|lay|fell|falls?|rose|rises?)\\s+(?:already\\s+|now\\s+|still\\s+|well\\s+|far\\s+|just\\s+|slightly\\s+|roughly\\s+|about\\s+)?(?:below|above|under|over|within)\\s+(?:that|those)\\s+of\\b'],
  ['time', '\\b(?:gone|lost|over|back|resolved|complete|disappeared|vanished|faded|waned|recovered|normal)\\s+by\\s+(?:\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:hours?|days?|weeks?|months?))\\b'],
  ['scope', '\\b(?:has|have|had)(?<!\\b(?:we|i)\\s+[a-z]+)\\s+(?:mostly|largely|mainly|generally|repeatedly|consistently|so\\s+far|all|nearly\\s+all|almost\\s+all)\\s+(?:stalled|failed|faltered|disappointed|foundered|floundered)\\b'],
  ['amount', '\\b(?:has|have|had|experienced?|experiences|reported?|reports)\\s+(?:no|few|only\\s+(?:mild|minor|transient))\\s+(?:serious\\s+|major\\s+|real\\s+|lasting\\s+|significant\\s+)?(?:side[- ]effects|adverse\\s+(?:events|effects|reactions)|complications|toxicity)\\b'],
  // From the sixteenth batch. A share or a multiple by number ("reported roughly 30% mortality",
  // "only ~1–2% of the dose", "a 60% drop in", "~3x more particles", "about double what the P7
  // batch gave"), a comparative by "-er" after a degree ("much cleaner preps than"; not "much
  // easier than"), a cause singled out ("is what killed the cultures"; "is what drives" is the
  // relation itself), no trial so far, and the biggest "reported for any" or "to date".
  ['amount', '\\b(?:reported|found|saw|observed|showed|shows|show|recorded|described)\\s+(?:a\\s+|an\\s+)?(?:about\\s+|roughly\\s+|approximately\\s+|nearly\\s+|around\\s+|over\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*(?:%|percent)'],
  ['amount', `\\bonly\\s+(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s*(?:%|percent)\\s+of${notOfTheNote}`],
  // A loss after what caused it, from the hundred-and-tenth batch: "~30% loss after a single freeze-thaw".
  // (Not the effect a study is powered to detect: "the n per group needed to detect a 20% drop in
  // Sirius-red area", from the hundred-and-twenty-second batch.)
  ['amount', '\\b(?<!\\bdetect\\s+(?:a|an)\\s+)\\d+(?:\\.\\d+)?(?:\\s*(?:%|percent)|[- ]logs?)\\s+(?:(?:drop|fall|decline|decrease|reduction|rise|increase|gain|loss|improvement|cut|jump)\\s+(?:in|of)\\b|(?:drop|fall|decline|decrease|reduction|loss)\\s+(?:after|following|upon|with)\\s+(?:a\\s+single|a|one|each|every|two|three|repeated|multiple|\\d+)\\b)'],
  ['comparison', `\\b\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s*[x×]\\s+(?:more|less|fewer|higher|lower|greater|bigger|smaller|better|faster|slower|as|what|${versus}|[a-z]+er\\s+(?:[\\w-]+\\s+)?than)`],
  ['comparison', '\\b(?:about|roughly|nearly|almost|around|over|at\\s+least|more\\s+than|close\\s+to)\\s+(?:double|twice|triple|half|(?:two|three|four|five|ten)\\s+times)\\s+what\\b'],
  // From the forty-third batch: a multiple of what another gave, unqualified ("holds 500 billion vesicles, five times what the trial gave").
  ['comparison', '\\btimes(?<=\\b(?:three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\\s+hundred|\\d+)\\s+times)\\s+what\\b'],
  ['comparison', '\\b(?:much|far|way|considerably|significantly|slightly|somewhat|a\\s+lot)\\s+(?!(?:easier|simpler|harder|clearer|nicer|newer|older|shorter|longer|bigger|larger|smaller|later|cleaner|neater|tidier|prettier|messier|uglier|sloppier)\\b)[a-z]+er\\s+(?:[\\w-]+\\s+){0,4}?than\\b'],
  ['association', '\\b(?:is|was|are|were)\\s+what\\s+(?:killed|kills|ruined|ruins|saved|saves|fixed|fixes|broke|breaks|wrecked|wrecks|explains|explained|stalls|stalled)\\b'],
  ['scope', '\\bno\\s+(?:[\\w-]+\\s+){0,3}?(?:stud(?:y|ies)|trials?|reports?|papers?)\\s+(?:[\\w-]+\\s+){0,8}?(?:(?:has|have)\\s+yet\\s+(?:been\\s+)?(?:completed|published|reported|finished|run|shown|tested|approved)|(?:(?:has|have)\\s+(?:been\\s+)?)?(?:completed|published|reported|finished|run|shown|tested|approved)\\s+(?:so\\s+far|to\\s+date|yet))\\b'],
  ['comparison', `\\b(?:${superlatives}|biggest|fastest|slowest|earliest)\\s+(?:\\S+\\s+){0,3}?(?:ever\\s+)?(?:reported|seen|observed|recorded|published|achieved|described)\\s+(?:(?:for|in|with)\\s+any|to\\s+date|so\\s+far|anywhere|in\\s+the\\s+literature)\\b`],
  // From the seventeenth batch. A share by "accounts for", a count a year ("roughly 40,000 patients
  // a year"), a share that stays or goes ("under 1% are still detectable"), a fraction as much
  // ("a tenth as much as"), trial phases reached ("has reached phase 3"; not "phase 2 of the
  // move"), the only one of a kind, most trials, who must not have it ("is a no-go in"), and
  // what patients never need.
  ['amount', '\\b(?:accounts?|accounted|accounting)\\s+for\\s+(?:(?:the\\s+(?:vast\\s+|great\\s+)?)?majority|most|(?:about\\s+|roughly\\s+|over\\s+|nearly\\s+|almost\\s+|around\\s+|up\\s+to\\s+|~\\s*)?(?:half|a\\s+third|a\\s+quarter|two[- ]thirds|three[- ]quarters|\\d+(?:\\.\\d+)?\\s*%))'],
  ['amount', '\\b(?:about|roughly|approximately|around|nearly|over|some|more\\s+than|fewer\\s+than|up\\s+to)\\s+(?:\\d[\\d,]*|a|one|two|three|half\\s+a)\\s+(?:(?:million|thousand|hundred|billion)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:patients|people|deaths|cases|adults|children|transplants|procedures|infusions|donors)\\s+(?:a|per|each|every)\\s+year\\b'],
  ['amount', '\\b(?:under|below|less\\s+than|fewer\\s+than|over|more\\s+than|only|just|about|roughly|nearly)\\s+~?\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s*%\\s+(?:actually\\s+|ever\\s+|really\\s+)?(?:are|is|were|was|remains?|remained|survives?|survived|reach(?:es|ed)?|engraft(?:s|ed)?|stays?|stayed|respond(?:s|ed)?|(?:of\\s+(?:them|those|these|the\\s+cells|patients|cells)))\\b(?!\\s+(?:per|a|each|every)\\s+year)'],
  ['comparison', '\\b(?:a\\s+(?:tenth|fifth|quarter|third|fraction)|half)\\s+as\\s+(?:much|many|long|often|fast|expensive|costly|effective|potent)\\b'],
  ['scope', '\\b(?:reached|entered|completed|finished|passed|stalled\\s+(?:in|after|at)|failed\\s+(?:in|at))\\s+phase\\s+(?:[1-4]|iv|i{1,3})\\b(?!\\s+of\\b)'],
  ['scope', '\\bthe\\s+only\\s+(?:[\\w-]+\\s+){0,3}?(?:organ|organs|cell|cells|tissue|molecule|factor|species|mammals?|animals?|therapy|treatment|drug|product|cytokine|marker|receptor|source|route|vesicles?|particles?|pathway|mechanism|population|subset|lineage)(?:\\s+(?:inside|in)\\s+(?:you|us|the\\s+body|your\\s+body|the\\s+human\\s+body))?\\s+(?:that|which|to|able|in|with)\\b'],
  ['scope', '\\bin\\s+(?:most|nearly\\s+all|almost\\s+all|the\\s+(?:vast\\s+)?majority\\s+of)\\s+(?:[\\w-]+\\s+){0,2}?(?:trials|studies|patients|models|cases|centres|centers|animals|mice|rats)\\b'],
  ['scope', '\\b(?:is|are|was|were)\\s+(?:a\\s+no-go|contraindicated|unsafe|off-limits|not\\s+an\\s+option)\\s+(?:in|for)\\s+(?:anyone|anybody|everyone|patients|pts|people|those|children|adults|women|men|pregnan\\w*|[\\w-]+\\s+patients)\\b'],
  ['amount', '\\b(?:never|always|rarely|seldom)(?<!\\b(?:we|i|you)\\s+[a-z]+)\\s+(?:need|needs|needed|develop|develops|developed|cause|causes|caused|respond|responds|responded|relapse|relapses|relapsed|grow|grows|regrow|regrows|regenerate|regenerates|recover|recovers|heal|heals|return|returns|dips|creeps)\\b'],
  // From the eighteenth batch. A cause singled out ("which is exactly why", not "why we moved
  // the meeting"), a group left untouched ("the males were completely unaffected"), only one group
  // affected, the only real cure, a time to clear ("gone from the blood in under 30 minutes"),
  // where most of it ends up, almost none of a set, a count of countries, and sameness by
  // behaviour ("behave the same").
  ['association', '\\b(?:is|was|are|were)\\s+(?:exactly|precisely|the\\s+(?:main\\s+|real\\s+)?reason)\\s+why\\b(?!\\s+(?:we|i|you)\\b|(?:\\s+[\\w-]+){1,4}?\\s+(?:has\\s+to|have\\s+to|must|should|needs?\\s+to)\\b)'],
  ['comparison', '\\b(?:is|are|was|were|remained|stayed)\\s+(?:completely|entirely|totally|largely|fully|wholly)\\s+(?:unaffected|unchanged|unaltered|spared|protected|resistant)\\b'],
  ['scope', '\\bonly\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:mice|rats|animals|patients|donors|pigs|dogs)\\s+(?:lost|gained|developed|showed|died|responded|survived|recovered|relapsed|had|got)\\b'],
  ['scope', '\\bthe\\s+only\\s+(?:real\\s+|effective\\s+|proven\\s+|true\\s+|definitive\\s+|known\\s+)?(?:cure|treatment|therapy|remedy)\\b'],
  ['time', '\\b(?:gone|cleared|eliminated|undetectable|removed)\\s+(?:from\\s+(?:the\\s+)?[\\w-]+\\s+)?(?:in|within)\\s+(?:under|less\\s+than|about|roughly|around|over|just)\\s+\\d+(?:\\.\\d+)?\\s*(?:s|sec|seconds?|min|minutes?|h|hrs?|hours?|days?)\\b'],
  ['amount', '\\bmost\\s+of\\s+(?:it|them)\\s+(?:ends?|ending|ended)\\s+up\\b'],
  ['amount', `\\b(?:almost|nearly|virtually)\\s+none\\s+of${notOfTheNote}`],
  ['scope', '\\bin\\s+(?:at\\s+least\\s+|over\\s+|more\\s+than\\s+|about\\s+|nearly\\s+)(?:a\\s+dozen|dozens\\s+of|\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\\s+countries\\b'],
  ['comparison', '\\b(?:behave|behaves|behaved|perform|performs|performed|act|acts|acted|respond|responds|responded)\\s+(?:exactly\\s+|essentially\\s+|basically\\s+|much\\s+)?(?:the\\s+same|identically|alike)\\b'],
  // From the nineteenth batch. The best there is ("the most predictive model available"; not "the
  // most recent version available" or "the best slot available"), a verdict on a set ("three
  // trials …, all negative"), a time before which nothing shows ("only show up after two years"),
  // nothing lost, no potency ("lose essentially no activity", "have no potency in"; not "we lost no
  // time"), and what every serious maker does.
  ['comparison', '\\b(?:(?:most|least)(?<=\\bthe\\s+(?:most|least))\\s+(?!(?:recent|current|convenient|suitable|up-to-date|appropriate|relevant)\\b)[a-z-]+|(?:best|worst|safest|strongest|weakest)(?<=\\bthe\\s+[a-z]+))\\s+(?!(?:slots?|times?|rooms?|dates?|days?|seats?|options?)\\b)(?:[\\w-]+\\s+){0,3}?(?:available|known|on\\s+the\\s+market|in\\s+existence|there\\s+is|out\\s+there)\\b'],
  ['scope', '\\b(?:all|both|each|every)(?<=,\\s*(?:all|both|each|every))\\s+(?:one\\s+)?(?:of\\s+them\\s+)?(?:negative|positive|failed|null|successful|unsuccessful|inconclusive)\\b'],
  ['time', '\\bonly\\s+(?:show\\s+up|shows\\s+up|showed\\s+up|emerges?|emerged|develops?|developed|occurs?|occurred|becomes?\\s+(?:visible|detectable|apparent|evident)|sets?\\s+in)\\s+(?:after|beyond|past)\\s+(?:(?:about|roughly|around|some|at\\s+least)\\s+)?(?:\\d+(?:\\.\\d+)?\\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few|several)\\s+)(?:h|hrs?|hours?|days?|weeks?|months?|years?|passages?|cycles?)\\b'],
  ['amount', '\\b(?:lose|loses|lost|losing)(?<!\\b(?:we|i|you)\\s+[a-z]+)\\s+(?:essentially\\s+|virtually\\s+|practically\\s+|almost\\s+|next\\s+to\\s+)?(?:no|little|none\\s+of\\s+(?:their|its|the))\\s+(?!(?:time|sleep|money|data|files?)\\b)[\\w-]+'],
  ['amount', '\\b(?:has|have|had|show|shows|showed)(?<!\\b(?:we|i|you)\\s+[a-z]+)\\s+(?:no|little|zero|negligible)\\s+(?:measurable\\s+|detectable\\s+|real\\s+)?(?:potency|bioactivity|activity|efficacy)\\s+(?:in|on|against|at)\\b'],
  ['scope', '\\b(?:every|no)\\s+(?:serious|credible|reputable|competent|self-respecting|respectable|leading)\\s+(?:[\\w-]+\\s+){0,2}?(?:manufacturers?|companies|company|groups?|labs?|centres?|centers?|clinicians?|researchers?|scientists?|hepatologists?|developers?|sponsors?|vendors?|suppliers?|journals?|reviewers?)\\b'],
  // From the twentieth batch. A multiple of another's amount ("roughly 3x the engraftment of"), a
  // share given ("gives >80% power"), a consequence of an instruction ("knock them out and the
  // whole response stalls", "put them together and you get more"), sameness ("are
  // interchangeable"), the main source of something, enough for hundreds of patients, a
  // correlation coefficient ("r = 0.52"; not "r = 0.3 was set as the cutoff"), and one
  // cause set against another ("it's the surviving hepatocytes, not stem cells, that do …"; not
  // "it's the blue box, not the red one, that holds the antibodies").
  ['comparison', '\\b(?:\\d+(?:\\.\\d+)?\\s*[x×]|(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\\s+times)\\s+the\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+\\s+(?:of|seen\\s+(?:with|in|after)|achieved\\s+(?:with|by))\\b'],
  ['amount', '\\b(?:gives?|gave|given|yields?|yielded|provides?|provided|achieves?|achieved)\\s+(?:(?:>|≥|<|≤|~)\\s*|(?:about|roughly|over|under|nearly|around|only|just|well\\s+over|at\\s+least)\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+(?:power|yield|recovery|survival|efficiency|purity|response|engraftment|remission|reduction|viability)\\b'],
  ['comparison', `\\b(?:give|add|put|knock|take|block|remove|inject|infuse|combine|treat|delete|deplete|pair|mix|swap|drop|stop|skip)(?<=(?:${sentenceStart}|[:;—–]\\s*|\\s-\\s+)(?:just\\s+|simply\\s+)?[a-z]+)\\s[^.!?;:]{0,160}?\\s(?:and|then)\\s+(?:you(?:['’]ll)?\\s+(?:get|see|lose|gain|end\\s+up\\s+with)|(?:the|their|its|your)\\s+(?:[\\w-]+\\s+){0,3}?(?:stalls?|stops?|collapses?|fails?|dies|die|disappears?|vanishes|vanish|goes\\s+(?:quiet|away|up|down)|go\\s+(?:quiet|away|up|down)|drops?|falls?|rises?|doubles?|halves|halve|shuts?\\s+down|recovers?|clears?\\s+up|(?:just\\s+|simply\\s+)?(?:doesn['’]t|does\\s+not|won['’]t|can['’]t|never)\\s+(?:regenerate|recover|grow\\s+back|heal|divide|proliferate)))\\b`],
  ['comparison', '\\b(?:is|are|was|were)\\s+(?:\\w+ly\\s+)?(?:interchangeable|one\\s+and\\s+the\\s+same)\\b'],
  ['association', '\\b(?:is|are|was|were)\\s+the\\s+(?:single\\s+)?(?:dominant|main|major|biggest|largest|primary|principal|leading|chief)\\s+(?:source|driver|cause|determinant|predictor|contributor|signal)\\s+(?:of|that)\\b'],
  ['amount', '\\benough\\s+(?:[\\w-]+\\s+){0,3}?(?:for|to\\s+treat|to\\s+dose)\\s+(?:hundreds|thousands|dozens|millions|\\d[\\d,]*)\\s+(?:of\\s+)?(?:patients|people|doses|mice|animals|rats|subjects)\\b'],
  ['association', '\\b(?:r|rho)\\s*(?:=|~|≈)\\s*[-−]?0?\\.\\d+(?!\\s+(?:was|is|were|are)\\s+(?:set|used|chosen|taken|required|needed)\\b)'],
  ['comparison', '\\bit(?:[\'’]s|\\s+is|\\s+was)\\s+[^,.;:!?]{1,60},\\s*not\\s+[^,.;:!?]{1,60},\\s*(?:that|which|who)\\s+(?:\\w+ly\\s+)?(?:do|does|did|drives?|drove|causes?|caused|matters?|mattered|counts?|makes?|made|determines?|determined|explains?|explained|predicts?|predicted|accounts?|accounted|kills?|killed|heals?|healed|rebuilds?|rebuilt|regenerates?|regenerated|repairs?|repaired|protects?|protected)\\b'],
  // From the twenty-first batch. A share something makes up ("make up about a third of the
  // liver's non-parenchymal cells"), a cost per dose ("lands under $2k/dose"), a course that
  // reverses once its cause goes ("fibrosis regresses once the insult is removed"), a low point
  // ("bottoms out on d2") and a recovery by a day, a multiple of another's amount ("roughly twice
  // the HGF of"; not "twice the length of"), and potency held for a time ("hold full potency for
  // 18 months"). "Make up half of the buffer with water" is a step of a protocol. (And from the
  // sixty-fourth, once "make up" no longer read as "make": "makes up roughly seventy percent of".)
  ['amount', '\\b(?:make(?<!(?:^|[.!?;:\\n])\\s*make)|makes|made|making)\\s+up\\s+(?:(?:about|roughly|around|nearly|almost|over|under|some|more\\s+than|less\\s+than|just\\s+over|just\\s+under|[~≈>≥<≤])\\s*)?(?:a\\s+third|a\\s+quarter|a\\s+fifth|a\\s+tenth|half|two[- ]thirds|three[- ]quarters|\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s*%|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\\s+percent|the\\s+(?:bulk|majority|vast\\s+majority))\\s+of\\b'],
  ['amount', '\\b\\d[\\d,.]*[kKmM]?(?<=[$€£]\\s?\\d[\\d,.]*[kKmM]?)\\s*(?:/|per\\s+|a\\s+)(?:dose|patient|treatment|course|infusion|vial)\\b'],
  // (And "bili usually normalizes ~2 wks after MSCs", from the ninety-seventh batch; "ALT
  // normalises ~1 wk before bili does", the hundred-and-eighth.)
  ['time', '\\b(?:regresses|regress|resolves|resolve|reverses|reverse|recedes|recede|normali[sz]es|normali[sz]e)\\s+(?:~?[\\w-]+\\s+){0,2}?(?:once|as\\s+soon\\s+as|after|following|within|before)\\b'],
  ['time', '\\b(?:bottoms?|bottomed|troughs?|troughed|nadirs?|bottoming)\\s+(?:out\\s+)?(?:on|at|around|by|after|within)\\s+(?:day\\s+|d|week\\s+|wk\\s*|h\\s*|hour\\s+)?\\d'],
  ['time', '\\b(?:full|complete|partial|near-complete|near-full)\\s+(?:recovery|regeneration|restoration|normali[sz]ation|resolution)\\s+(?:by|within|in|after)\\s+(?:(?:day\\s+|d|week\\s+|wk\\s*)\\d+|\\d+(?:\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?)\\b)?|(?:one|two|three|four|five|six|seven|a)\\s+(?:days?|weeks?|months?)\\b)'],
  ['comparison', '\\b(?:twice|double|triple|thrice|half)\\s+the\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+\\s+(?:of|that(?=(?:\\s+[\\w\'’-]+){1,7}?\\s+(?:do|does|did|make|makes|made|secrete|secretes|secreted|produce|produces|produced|release|releases|released|express|expresses|expressed)\\b))\\b(?<!\\b(?:time|budget|money|cost|price|space|room|paper|page|length|size|width|height|volume)\\s+(?:of|that))'],
  ['time', '\\b(?:hold|holds|held|keep|keeps|kept|maintain|maintains|maintained|retain|retains|retained)\\s+(?:full|most|all|their|its|nearly\\s+all|almost\\s+all)\\s+(?:(?:of\\s+)?(?:their|its)\\s+)?(?:[\\w-]+\\s+)?(?:potency|activity|bioactivity|function|viability|efficacy|integrity)\\s+(?:for|after|over|through|beyond)\\b'],
  // From the twenty-second batch. Two amounts set side by side ("~12 g/week vs 7"), a multiple by
  // "times" ("one and a half times larger than"), a share taken out ("takes out about half the
  // particle count"), agreement within a margin ("agree to within 5%"), and a level that does not
  // move ("troughs don't budge"; not "don't move the samples", "we don't change the dose").
  ['comparison', '\\b\\d+(?:\\.\\d+)?\\s*(?:%|(?!(?:am|pm)\\b)[a-zµμ]{1,4}(?:\\/[a-z]{1,5})?)\\s+(?:vs\\.?|versus)\\s+~?\\d'],
  ['comparison', '\\b(?:\\d+(?:\\.\\d+)?|one\\s+and\\s+a\\s+half|two|three|four|five|six|ten)\\s+times\\s+(?:larger|bigger|higher|greater|more|smaller|lower|faster|slower|longer|shorter|stronger|weaker)\\b'],
  ['amount', '\\b(?:takes?\\s+out|took\\s+out|removes?|removed|strips?\\s+out|stripped\\s+out|knocks?\\s+out|knocked\\s+out|wipes?\\s+out|wiped\\s+out|eliminates?|eliminated)\\s+(?:(?:about|roughly|nearly|almost|over|around|well\\s+over|more\\s+than|~)\\s*)?(?:half|a\\s+third|a\\s+quarter|two[- ]thirds|three[- ]quarters|\\d+(?:\\.\\d+)?\\s*%)\\s+(?:of\\s+)?(?:the|its|their)\\b'],
  ['comparison', '\\b(?:agree|agrees|agreed|match|matches|matched|differ|differs|differed)\\s+(?:to\\s+)?(?:within|by)\\s+(?:about\\s+|roughly\\s+|~)?\\d+(?:\\.\\d+)?\\s*%'],
  ['comparison', '\\b(?:don[\'’]t|doesn[\'’]t|didn[\'’]t|never|barely)(?<!(?:^|[.!?;:\\n]|\\b(?:we|i|you|they))\\s*(?:don[\'’]t|doesn[\'’]t|didn[\'’]t|never|barely))\\s+(?:budge|budges|budged|shift|shifts|shifted|move|moves|moved)\\b'],
  // From the twenty-third batch. A share of the cells or dose given ("sends >90% of infused MSCs
  // into the lungs"), and a rate among people or animals ("only 1 in 5 recipients develops").
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+of\\s+(?:the\\s+|all\\s+)?(?:infused|injected|transplanted|administered|engrafted|grafted|delivered|transfused|circulating)\\b'],
  ['amount', '\\b(?:\\d+|one|two|three|four)\\s+(?:in|out\\s+of)\\s+(?:\\d+|three|four|five|six|seven|eight|nine|ten|twenty|a\\s+hundred|a\\s+thousand)\\s+(?:[\\w-]+\\s+)?(?:patients|recipients|mice|rats|animals|subjects|participants|people|donors|pigs|dogs|children|adults|cases)\\b'],
  // From the twenty-fourth batch. Nothing "in any dose group" (after a denial), a level that stays
  // at a share ("stay >95% CD73+"), a change by percentage points, a dose tolerated, a share of
  // another's amount ("with about half the albumin"), no antibodies or tumours raised, a level
  // "up 12%", a time point set against the controls' ("by day 10 …, versus day 14 in controls"),
  // and a normal level regained.
  ['scope', '\\bany(?<=\\bin\\s+any)(?<=\\b(?:no|not|none|never|nothing|without)\\b[^.;!?]*\\bin\\s+any)\\s+(?:[\\w-]+\\s+){0,3}?(?:groups?|arms?|cohorts?|animals?|patients?|subjects?|rats?|mice|dogs?|monkeys?)\\b'],
  ['amount', '\\b(?:stays?|stayed|staying|remains?|remained|remaining)(?<!\\b(?:we|i|you)\\s+[a-z]+)\\s+(?:at\\s+)?(?:[<>≥≤~]\\s*|(?:above|below|over|under)\\s+)?\\d+(?:\\.\\d+)?\\s*%'],
  ['amount', '\\b\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s+percentage\\s+points?\\b'],
  ['scope', '\\btolerated(?<=\\b(?:was|were|is|are)\\s+(?:well\\s+|fully\\s+)?tolerated)\\s+(?:in|at|up\\s+to|across)\\b'],
  ['amount', '\\b(?:about|roughly|nearly|only|just|less\\s+than|under|around)(?<=\\bwith\\s+(?:about|roughly|nearly|only|just|less\\s+than|under|around))\\s+(?:half|a\\s+third|a\\s+quarter|a\\s+tenth|twice)\\s+the\\b'],
  ['amount', '\\b(?:raised|induced|caused|triggered|elicited|provoked|produced|generated)\\s+no\\s+(?:[\\w-]+\\s+){0,2}?(?:antibod(?:y|ies)|tumou?rs?|toxicity|reactions?|responses?|lesions?|inflammation|fibrosis)\\b'],
  ['amount', '\\b(?:up|down)(?<=\\b(?:is|are|was|were)\\s+(?:up|down))\\s+(?:by\\s+)?(?:about\\s+|roughly\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*(?:%|-?fold\\b)'],
  ['comparison', '\\b(?:versus|vs\\.?|compared\\s+with|against)\\s+(?:day|d|week|wk|hour|h|month)\\s*\\d+\\s+(?:in|for|with)\\s+(?:the\\s+)?(?:controls?|vehicle|untreated|placebo|sham)\\b'],
  ['time', '\\bregain(?:s|ed|ing)?\\s+(?:their\\s+|its\\s+)?(?:normal|full|baseline)\\b'],
  // From the twenty-fifth batch. Who named or found a thing first, and when ("was coined by Arnold
  // Caplan in 1991", "was first cloned from mouse liver"), a count in an arm of a trial ("two
  // participants in the exosome arm ran a fever"), a share of variance ("PC1 (41% of variance)"),
  // and the cause of most of a kind ("most screen failures to date were due to"; not "the delay
  // was due to the snow"). (Potency kept "after six months" joined the twenty-first's cue.)
  ['time', '\\b(?:coined|discovered)(?<=\\b(?:was|were)\\s+(?:first\\s+)?(?:coined|discovered))\\s+(?:[\\w"\'“”’-]+\\s+){0,5}?in\\s+(?:1[89]|20)\\d\\d\\b'],
  ['time', '\\bfirst(?<=\\b(?:was|were)\\s+first)\\s+(?:cloned|described|identified|isolated|reported|characteri[sz]ed|sequenced|observed|named|shown|used|tested|given|infused|transplanted)\\b'],
  ['amount', '\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|no)\\s+(?:participants?|patients?|subjects?|animals?|mice|rats?|dogs?|monkeys?|pigs?)\\s+in\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:arm|group|cohort)\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+(?:the\\s+)?(?:total\\s+)?variance\\b'],
  ['association', `\\bdue(?<=${sentenceStart}(?:most|all|many|half|nearly\\s+all|almost\\s+all)\\b[^.;!?]*\\b(?:is|are|was|were)\\s+(?:mostly\\s+|mainly\\s+|largely\\s+)?due)\\s+to\\b`],
  // From the twenty-sixth batch. The source of most of a thing ("are the source of most of the
  // collagen"), and what a dose, treatment or product costs ("a single MSC dose currently costs
  // upwards of €20,000"; not "the kit costs $200").
  ['amount', '\\b(?:source|sources|cause|causes|producer|producers)\\s+of\\s+(?:most|nearly\\s+all|almost\\s+all|the\\s+bulk|the\\s+majority|half|a\\s+third|\\d+(?:\\.\\d+)?\\s*%)\\s+of\\b'],
  ['amount', '\\b(?:costs?|costing)(?<=\\b(?:dose|doses|treatment|treatments|course|infusion|infusions|therapy|product|batch|vial|patient)\\s+(?:[a-z]+\\s+){0,2}(?:costs?|costing))\\s+(?:upwards\\s+of\\s+|about\\s+|around\\s+|roughly\\s+|over\\s+|under\\s+|more\\s+than\\s+|less\\s+than\\s+|at\\s+least\\s+|~\\s*)?[$€£]\\s?\\d[\\d,.]*(?:\\s?[kKmM]\\b)?'],
  // From the twenty-seventh batch. A recovery in a time ("a rat restores its original liver mass in
  // 7–10 days"), what knockout mice show, most of the body's store of a thing, a product approved
  // in a year, and the largest population of a kind.
  ['time', '\\b(?:restores?|restored|regains?|regained|recovers?|recovered|regrows?|regrew|regrown|doubles?|doubled|(?:gets?|got|grows?|grew|comes?|came)\\s+back(?!\\s+(?:to\\s+(?:you|me|us|him|her|them)|from)\\b)|back(?<=\\b(?:is|are|was|were)\\s+back)(?=\\s+to\\s+(?:its|their|the)\\s+(?:original|normal|full|baseline|initial|starting|pre-[\\w-]+)\\b))\\b(?:\\s+[\\w\'’-]+){1,8}?\\s+(?:(?:in|within)\\s+(?:about\\s+|roughly\\s+|around\\s+|~\\s*)?(?:\\d+(?:\\s*[–-]\\s*\\d+)?\\s*|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)(?:\\s+(?:to|or)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve))?\\s+)(?:days?|d|weeks?|wks?|hours?|h|months?)|by\\s+(?:day|week|month|d|wk)\\s*\\d+)\\b'],
  ['scope', '\\b(?:knockout|knock-out|ko|deficient|null|transgenic|mutant)\\s+(?:mice|rats|animals|livers)\\s+(?:show|shows|showed|have|had|display|displayed|develop|developed|exhibit|exhibited|fail|failed)\\b'],
  ['amount', '\\b(?:hold|holds|held|store|stores|stored|contain|contains|contained)\\s+(?:most|nearly\\s+all|almost\\s+all|the\\s+bulk|the\\s+majority|half|\\d+(?:\\.\\d+)?\\s*%)\\s+of\\s+(?:the\\s+)?(?:body|liver|organ|blood|plasma|tissue)[\'’]s\\b'],
  ['time', '\\bapproved(?<!\\b(?:was|were|been|is|are|be)\\s+approved)\\s+(?:an?\\s+|the\\s+|its\\s+first\\s+)?(?:[\\w-]+\\s+){0,2}?(?:product|therapy|drug|treatment|medicine)s?\\b(?:\\s+[\\w-]+){0,5}?\\s+in\\s+(?:19|20)\\d\\d\\b'],
  ['comparison', '\\b(?:largest|biggest|smallest)(?<=\\bthe\\s+(?:largest|biggest|smallest))\\s+(?:population|source|reservoir|pool|fraction|share)\\s+of\\b'],
  // From the twenty-eighth batch. Deaths or cases a year ("around two million deaths worldwide every
  // year"), a share of a tissue involved ("involving ~30% of the parenchyma"), and a count of cells
  // held ("holds roughly 100 million hepatocytes"). (The twenty-seventh's recovery in a time took
  // "gets back to its original mass in about 7-10 days".)
  ['amount', '\\b(?:million|thousand|hundred|\\d[\\d,.]*)\\s+(?:deaths|cases|patients|people|infections|transplants|hospitali[sz]ations)\\s+(?:worldwide\\s+|globally\\s+)?(?:a|per|every|each)\\s+year\\b'],
  ['amount', '\\b(?:involving|involves|involved|affecting|affects|affected)\\s+(?:about\\s+|roughly\\s+|around\\s+|nearly\\s+|over\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*%\\s+of\\b'],
  ['amount', '\\b(?:holds?|held|contains?|contained|harbou?rs?|harbou?red)\\s+(?:about|roughly|around|approximately|some|nearly|over|up\\s+to|~)\\s*\\d[\\d,.]*(?:\\s*[×x]\\s*10(?:\\^\\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?\\s*(?:million|billion|thousand)?\\s+(?:[\\w-]+\\s+)?(?:cells|hepatocytes|macrophages|mscs|exosomes|vesicles|particles|nuclei)\\b'],
  // From the twenty-ninth batch. What results turned out to be ("most of those results later
  // turned out to be cell fusion"), a product approved by a regulator ("is currently approved by
  // the FDA", "FDA-approved"), the donors a product is made from, what was done by a decade ("by
  // the mid-2000s"), a difference in a unit ("about 20 nm larger than"), and what can no longer
  // be detected.
  ['association', '\\bturned(?<=\\b(?:results?|findings?|observations?|effects?|signals?|reports?|claims?|cases?|data|hits|cells)\\s+(?:[a-z]+ly\\s+|later\\s+|since\\s+|all\\s+)?turned)\\s+out\\s+to\\s+(?:be|reflect|have\\s+been)\\b'],
  ['scope', '\\bapproved(?<=\\b(?:is|are|was|were|been|be)\\s+(?:(?:currently|now|yet|already|fully|formally|conditionally|officially)\\s+)?approved)\\s+(?:by|in)\\s+(?:the\\s+)?(?:fda|ema|mhra|pmda|nmpa|eu|us|usa|europe|japan|china|korea)\\b'],
  ['scope', '\\b(?:fda|ema)[- ]approved\\b'],
  ['scope', '\\b(?:made|derived|manufactured|produced|sourced|expanded)(?<=\\b(?:is|are|was|were)\\s+(?:[a-z]+ly\\s+)?(?:made|derived|manufactured|produced|sourced|expanded))\\s+from\\s+(?:a\\s+single|one|the\\s+same|pooled|multiple|several|many|\\d+)\\s+(?:[\\w-]+\\s+)?donor'],
  ['time', '\\b(?:(?:19|20)\\d0s|nineties|eighties|seventies|sixties)(?<=(?:\\bby|\\b(?:has|have|had)\\s+been\\b[^.;!?]*\\bsince)\\s+the\\s+(?:(?:early|mid|late)[- ]?)?(?:(?:19|20)\\d0s|nineties|eighties|seventies|sixties))'],
  ['comparison', '\\b\\d+(?:\\.\\d+)?\\s*(?:nm|µm|μm|um|kda|mg|µg|μg|ng|ml|µl|μl|mmhg|°c|iu)\\s+(?:larger|bigger|smaller|higher|lower|longer|shorter|heavier|lighter|more|less|greater)\\s+than\\b'],
  ['time', '\\blonger(?<=\\bno\\s+longer)\\s+(?:be\\s+)?(?:detect(?:ed|able)|found|seen|visible|present|measurable|traceable)\\b'],
  // From the thirtieth batch. A change from one figure to another ("ALT dropped from 640 to 190
  // U/L"; not "we increased the dose from 1 to 2 mg"), a recovery in a time ("lipidosis resolved
  // in ~3 wk"), a marketing authorisation held or not, a cause ("was caused by the DMSO"; not "the
  // delay was caused by the snow"), and which cells divide first.
  ['amount', '\\b(?:rose|fell|dropped|declined|climbed|jumped|came\\s+down|improved|shrank|plummeted|soared|(?:up|down)(?<=\\b(?:albumin|alt|ast|bilirubin|inr|meld|platelets?|ammonia|creatinine|ggt|alp|ferritin|score|scores)\\s+(?:up|down)))\\s+from\\s+[<>~]?\\s*\\d[\\d,.]*\\s*(?:[%\\w/µμ]+\\s+)?to\\s+[<>~]?\\s*\\d+(?:[.,]\\d+)*(?:\\s*%)?'],
  ['time', '\\b(?:resolved|healed|cleared|normali[sz]ed|subsided|recovered|regressed|disappeared)\\s+(?:completely\\s+|fully\\s+)?(?:in|within)\\s+(?:about\\s+|roughly\\s+|around\\s+|~\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:days?|d|weeks?|wks?|hours?|h|months?|mo)\\b'],
  ['scope', '\\bmarketing(?<=\\b(?:holds?|has|have|had|with|without|granted|received|gained|got|no)\\s+(?:an?\\s+|the\\s+|full\\s+|conditional\\s+|any\\s+)?marketing)\\s+authori[sz]ations?\\b'],
  ['association', '\\bcaused(?<=\\b(?:is|are|was|were|been)\\s+(?:(?:mainly|mostly|largely|partly|entirely|directly)\\s+)?caused)(?<!\\b(?:delays?|errors?|problems?|issues?|bugs?|crash|crashes|failures?|outages?|mix-ups?|confusion|glitch(?:es)?|typos?)\\b[^.;!?]*)\\s+by\\b'],
  ['time', '\\b(?:divide|divides|proliferate|proliferates|regenerate|regenerates|recover|recovers)\\s+first\\b'],
  // From the thirty-fifth batch: the cells that enter a phase first ("enter S phase first").
  ['time', '\\b(?:enter|enters|entered|reach|reaches|reached)\\s+(?:s[- ]phase|g1|g0|m[- ]phase|mitosis|the\\s+cell\\s+cycle)\\s+first\\b'],
  // From the thirty-first batch. Cells lodged in an organ ("most of the cells lodge in the
  // lungs"), what cancels out an effect ("grapefruit juice cancels out the effect of the stem
  // cell treatment"), and a rate no different in another group ("the rate is no different in the
  // MSC arm"; not "this year is no different").
  // (And "get stuck in cholestatic Kupffer cells", from the ninety-seventh batch.)
  ['scope', '\\b(?:lodge|lodges|lodged|lodging|trapped|sequestered|stuck|(?:jam|jams|jammed|pile|piles|piled|hang|hangs|hung)\\s+up)\\s+in\\s+(?:(?:the|your|their|his|her)\\s+(?:lungs?|spleen|liver|kidneys?|capillar(?:y|ies)|pulmonary\\s+[\\w-]+)|(?:lungs|spleen|capillaries)(?![\\w-]|\\s+of\\b)|(?:the\\s+)?(?:[\\w-]+\\s+)?(?:kupffer\\s+cells|macrophages|hepatocytes))\\b'],
  ['association', '\\b(?:cancels?|cancell?ed|negates?|negated|abolishes|abolished|counteracts?|counteracted|offsets?|blunts?|blunted|undoes|undid)\\s+(?:out\\s+)?(?:the\\s+|any\\s+|much\\s+of\\s+the\\s+|most\\s+of\\s+the\\s+)?(?:[\\w-]+\\s+)?(?:effects?|benefits?|action|protection)\\s+(?:of|from)\\b'],
  // From the thirty-second batch. A treatment well tolerated ("are generally well tolerated"), the
  // commonest side effect or cause ("the commonest side effect is a transient fever"), and what
  // is almost certainly so.
  ['scope', '\\btolerated(?<=\\b(?:is|are|was|were|been|be)\\s+(?:(?:generally|usually|mostly|largely|very|remarkably|consistently)\\s+)?well[- ]tolerated)\\b'],
  ['scope', '\\b(?:commonest|most\\s+common|most\\s+frequent|most\\s+frequently\\s+reported)\\s+(?:side[- ]effects?|adverse\\s+(?:events?|effects?|reactions?)|complications?|causes?|reasons?|reactions?|toxicit(?:y|ies))\\s+(?:is|are|was|were)\\b'],
  ['scope', '\\bcertainly(?<=\\balmost\\s+certainly)\\b'],
  // From the thirty-third batch. One kind outnumbering another, a passage against a passage
  // ("around passage 12 versus passage 6–7"), a viability or purity in percent ("thaw at >85%
  // viability"), the main route by which a thing happens, what only happens when another is
  // there ("only happens when IL-10 is around"), and "Most clinics …" (with "Most patients …").
  ['comparison', '\\boutnumber(?:s|ed|ing)?\\b'],
  ['comparison', '\\bpassage\\s+\\d+\\s+(?:versus|vs\\.?)\\s+(?:passage\\s+)?\\d'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%\\s+(?:viability|purity|confluen(?:ce|cy)|engraftment|transduction\\s+efficiency)\\b'],
  ['association', '\\b(?:main|major|principal|primary|chief|dominant)(?<=\\bthe\\s+(?:main|major|principal|primary|chief|dominant))\\s+(?:route|way|mechanism|pathway|means)\\s+(?:by|through)\\s+which\\b'],
  // From the thirty-fourth batch. A share of a signal or dose in an organ (">80% of the signal in
  // liver and spleen"), what is banned under a rule, what a clinic charges a session, a change
  // "several-fold", a count off by a multiple ("overcounts the true vesicle dose by ~3×"). (Its "have
  // been infused … since the late 2000s" and "were first shown to be therapeutic in 2010" joined the
  // twenty-ninth's and twenty-fifth's cues.)
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+(?:the\\s+)?(?:injected\\s+|administered\\s+|infused\\s+)?(?:signal|dose|label|radioactivity|activity|fluorescence|uptake|tracer)\\s+(?:(?:is|was|ends?\\s+up|ended\\s+up|ending\\s+up|accumulates?|accumulated|accumulating|lands?|landed|landing)\\s+)?in\\b'],
  ['scope', '\\b(?:banned|prohibited|outlawed)(?<=\\b(?:is|are|was|were|been|be)\\s+(?:(?:now|still|also|already)\\s+)?(?:banned|prohibited|outlawed))\\s+(?:under|by\\s+(?:the\\s+)?(?:wada|fda|ema|ioc|who|law))\\b'],
  ['amount', '\\bcharg(?:e|es|ed|ing)\\s+(?:(?:patients|athletes|clients|customers|families)\\s+)?(?:somewhere\\s+|anywhere\\s+)?(?:between\\s+|from\\s+|upwards\\s+of\\s+|about\\s+|around\\s+|roughly\\s+|over\\s+|up\\s+to\\s+|~\\s*)?[$€£]\\s?\\d[\\d,.]*(?:\\s?[kK]\\b)?(?:\\s*(?:to|and|–|-)\\s*[$€£]?\\s?\\d[\\d,.]*(?:\\s?[kK]\\b)?)?\\s+(?:a|per|for\\s+(?:a|each|one)(?:\\s+single)?(?:\\s+[\\w-]+-(?:cell|based|derived))?)\\s+(?:session|course|infusion|injection|dose|treatment|vial|round|shot)\\b'],
  ['amount', '\\b(?:several|two|three|four|five|six|ten|twenty|hundred|thousand)[- ]?fold\\b'],
  ['comparison', '\\b(?:over|under)(?:counts?|counted|estimates?|estimated)\\s+(?:the\\s+)?(?:true|real|actual)\\b(?:\\s+[\\w-]+){0,4}?\\s+by\\s+(?:about\\s+|roughly\\s+|~\\s*)?\\d'],
  // From the thirty-fifth batch. Where a share of a thing comes from ("roughly half the mass gained
  // in the first 24 h comes from hepatocytes enlarging"), and a share of them ("roughly a quarter to
  // a third of them").
  ['amount', '\\b(?:half|third|quarter|fifth)(?<=\\b(?:half|a\\s+third|a\\s+quarter|a\\s+fifth))\\s+(?:of\\s+)?the\\s+(?:[\\w-]+\\s+){0,8}?(?:comes?|came|stems?|stemmed|derives?|derived|results?|resulted)\\s+from\\b'],
  ['amount', '\\b(?:half|third|quarter|fifth|tenth)(?<=\\b(?:half|a\\s+third|a\\s+quarter|a\\s+fifth|a\\s+tenth))(?:\\s+to\\s+(?:a\\s+|one\\s+)?(?:half|third|quarter|fifth))?\\s+of\\s+(?:them|those|these|all\\s+\\w+)\\b'],
  // From the thirty-sixth batch. A share of patients a year ("at roughly 5–7% of patients per
  // year"), a risk that disappears ("the tumorigenicity risk … essentially disappears"), and when
  // the first of a kind took place.
  ['amount', '\\b\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s*%\\s+(?:of\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|people|cases|recipients|adults|children)\\s+)?(?:per|a|each|every)\\s+year\\b'],
  ['scope', '\\b(?:disappears|disappeared|vanishes|vanished)(?<=\\b(?:risks?|effects?|benefits?|toxicity|tumou?rigenicity|immunogenicity|(?:anti-[\\w-]+|[\\w-]+(?:ory|ic))\\s+activity|potency)\\b[^.;!?]{0,60}?(?:disappears|disappeared|vanishes|vanished))\\b'],
  ['time', '\\btook(?<=\\bfirst\\b[^.;!?]{0,80}?\\btook)\\s+place\\s+in\\s+(?:19|20)\\d\\d\\b'],
  // From the thirty-seventh batch. A recognised effect of a kind ("a recognised class effect of EV
  // products"), a level in multiples of the upper limit ("up to 3× ULN"), the commonest reason or
  // cause, a price a course ("US$20,000–50,000 per 'course'"), only a handful of, and a change
  // only modest ("their LDL fell only modestly").
  ['association', '\\b(?:recogni[sz]ed|documented)\\s+(?:class\\s+)?(?:effects?|side[- ]effects?|complications?|risks?|toxicit(?:y|ies))\\s+of\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*[×x]\\s*(?:the\\s+)?uln\\b'],
  ['scope', '\\b(?:commonest\\s+(?:[\\w-]+\\s+)?(?:causes?|reasons?|indications?)|(?:usual|typical|main|leading)\\s+causes?\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:fevers?|reactions?|deaths?|failure|fibrosis|cirrhosis|injury|rejection|bleeding|infections?|toxicity|symptoms?|rash|jaundice)\\b|(?:most\\s+common|most\\s+frequent)\\s+(?:[\\w-]+\\s+)?(?:causes?|indications?))\\b'],
  ['amount', '\\b\\d[\\d,.]*(?<=[$€£]\\s?\\d[\\d,.]*)(?:\\s*[–-]\\s*[$€£]?\\d[\\d,.]*)?\\s+(?:a|per|for\\s+(?:a|each|one))\\s+[\'‘"“]?(?:course|infusion|injection|dose|treatment|vial)\\b'],
  ['amount', '\\bhandful(?<=\\bonly\\s+a\\s+handful)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?(?:patients|trials|studies|centres|centers|cases|reports|groups|labs|mice|rats|animals|donors|recipients|clinics)\\b'],
  ['amount', '\\b(?:rose|fell|dropped|declined|increased|decreased)\\s+only\\s+(?:modestly|slightly|marginally|a\\s+little)\\b'],
  // From the thirty-eighth batch. A share still held ("still holds about 40% of the original
  // vesicles"), where infused things end up ("end up in the spleen"), nothing "at any dose" after a
  // denial, and what an effect comes largely from.
  ['amount', '\\b(?:holds?|held|retains?|retained|keeps?|kept|contains?|contained)\\s+(?:about|roughly|around|nearly|over|up\\s+to|~)\\s*\\d+(?:\\.\\d+)?\\s*%\\s+of\\b'],
  ['scope', '\\b(?:end|ends|ended|ending)\\s+up\\s+in\\s+the\\s+(?:lungs?|spleen|liver|kidneys?|bone\\s+marrow)\\b'],
  ['scope', '\\bany(?<=\\bat\\s+any)(?<=\\b(?:no|not|never|without)\\b[^.;!?]*\\bat\\s+any)\\s+dose\\b'],
  ['association', '\\b(?:comes?|came|stems?|stemmed|derives?|derived|arises?|arose)\\s+(?:almost\\s+|nearly\\s+)?(?:largely|mainly|mostly|chiefly|primarily|entirely|wholly|solely|exclusively|partly)\\s+from\\b'],
  // And the thirty-second's "the liver grows back mainly because the remaining hepatocytes divide",
  // flagged until then only through a misreading: "turn into" was given the hepatocytes as its
  // subject, across "not because stem cells".
  // ("Regenerates after 2/3 PHx purely by replication", from the hundred-and-twenty-first batch.)
  ['association', '\\b(?:grows?|grew|regrows?|regrew|regenerates?|regenerated|recovers?|recovered)\\s+(?:back\\s+)?(?:(?:after|following)\\s+(?:[\\w/%-]+\\s+){1,3}?)?(?:mainly|largely|mostly|chiefly|primarily|entirely|only|purely|exclusively)\\s+(?:because|through|by|by\\s+way\\s+of|via)\\b'],
  // "Only does anything if" from the hundred-and-tenth batch: "the stem cell drip only does anything
  // if the cirrhosis is caught early".
  ['scope', '\\b(?:happens?|happened|occurs?|occurred|works?|worked|anything)(?<=\\bonly\\s+(?:happens?|happened|occurs?|occurred|works?|worked|(?:does|do|did)\\s+anything))\\s+(?:when|if|once|in\\s+the\\s+presence\\s+of)\\b'],
  ['comparison', '\\bdifferent(?<=\\b(?:rates?|risks?|incidence|survival|outcomes?|levels?|scores?|responses?|mortality|yields?|counts?)\\s+(?:is|are|was|were)\\s+(?:no|not\\s+(?:any|significantly))\\s+different)\\b'],
  // From the thirty-ninth batch. What does not grow back ("mice don't regrow the lobes that were
  // cut off"; not "Don't regrow the cultures"), no benefit of a measured kind ("get no measurable
  // benefit from MSC infusion"; not "we got no real benefit from the workshop"), and a profile
  // shifted towards a kind ("shifts the miRNA profile toward a more pro-fibrotic signature"; not
  // "moved the meeting toward a more convenient time"). (Its "regrow a complete head in about seven
  // days" and "is back to its original mass in roughly a week" joined the twenty-seventh's recovery
  // in a time, and "make up roughly 25–30% of" the twenty-first's share.)
  ['scope', '\\b(?:regrow|regenerate(?!\\s+(?:my|your|the|a|an|his|her|their|our|it|this|that|them)\\b)|grow(?=\\s+back\\b))(?<=[\\w-]\\s+(?:(?:do|does|did|can|could|will|would)(?:n[\'’]t|\\s+not)|can[\'’]t|won[\'’]t|cannot|never)\\s+(?:regrow|regenerate|grow))\\b'],
  ['scope', '\\bbenefit(?<=\\b(?:(?:derive|derives|derived)\\s+(?:no|little)\\s+(?:[a-z]+\\s+)?|(?:get|gets|got|gain|gains|gained|see|sees|saw)\\s+(?:no|little)\\s+(?:measurable|clinical|clinically\\s+(?:meaningful|relevant)|meaningful|significant|survival)\\s+)benefit)\\s+from\\b'],
  ['comparison', '\\btowards?(?<=\\b(?:shifts?|shifted|shifting|skews?|skewed|skewing|tilts?|tilted|tilting|pushes|pushed|pushing|moves?|moved|moving|drives?|drove|driving|polari[sz]es|polari[sz]ed|polari[sz]ing)\\b[^.;!?]{0,80}?\\btowards?)\\s+(?:an?\\s+)?(?:more|less)\\s+(?:pro-|anti-)?[\\w-]+\\s+(?:signature|profile|phenotype|state|pattern|program|programme)\\b'],
  // From the fortieth batch. A named gene silenced or switched ("silences *COL1A1* in activated
  // stellate cells"; not "targets es2020"), most of an activity destroyed ("destroys about half of its bioactivity"; not
  // "we lost half of the samples"), and proteins stripped off ("strips the surface proteins off
  // extracellular vesicles"). (Its "cancels out any benefit from" joined the thirty-first's, and
  // "about half the HGF that cells from donors in their twenties do" the twenty-first's multiple.)
  // (And "shuts off NLRP3", from the ninety-ninth batch.)
  ['association', '\\b(?:silences|silenced|represses|repressed|(?:knocks|knocked)\\s+down|downregulates|downregulated|upregulates|upregulated|(?:switches|switched|turns|turned)\\s+(?:off|on)|(?:shuts|shut)\\s+(?:down|off))\\s+(?:the\\s+)?[a-z]{2,}\\d[a-z\\d-]*\\b'],
  ['amount', '\\b(?:destroys?|destroyed|kills?|killed|removes?|removed|loses?|lost|eliminates?|eliminated|abolishes|abolished)\\s+(?:(?:about|roughly|around|nearly|almost|over|up\\s+to|more\\s+than|~|[<>≥≤])\\s*)?(?:half|a\\s+third|a\\s+quarter|two[- ]thirds|most|the\\s+majority|\\d+(?:\\.\\d+)?\\s*%)\\s+(?:of\\s+(?:its|their|the)\\s+)?(?:[\\w-]+\\s+)?(?:bioactivity|activity|potency|function|viability|efficacy|effect|cargo|yield)\\b'],
  ['association', '\\b(?:strips?|stripped|stripping|shears?|sheared|shearing|cleaves?|cleaved|cleaving)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:proteins?|coat|corona|markers?|receptors?|ligands?|glycans?|tetraspanins?)\\s+(?:off|from)\\b'],
  // From the forty-first batch: what is still abnormal at a later day ("untreated rats are still
  // abnormal at day 28"; not "the shop is still open at day 3"). (Its "left the liver within a
  // couple of days" joined the first batches' time within a span.)
  ['time', '\\b(?:abnormal|elevated|raised|high|low|detectable|present|impaired|fibrotic|inflamed|deranged)(?<=\\bstill\\s+(?:abnormal|elevated|raised|high|low|detectable|present|impaired|fibrotic|inflamed|deranged))\\s+(?:at|on|by|after)\\s+(?:day|week|month|d|wk)\\s*\\d+'],
  // From the forty-second batch. What became the accepted explanation ("had become the accepted
  // explanation for marrow-derived hepatocytes"), a way in rather than another ("rather than
  // entering by endocytosis"; not "rather than entering by the main gate"), what happened because
  // of a thing (not "the delay happened because …"), the most abundant of a kind, and what is well
  // ahead of another (not "ahead of schedule"). (Its "account for ~15% of" joined the
  // seventeenth's share, and "is what stalls their re-entry" the sixteenth's cause singled out.)
  ['scope', '\\b(?:become|became|becomes)\\s+the\\s+(?:accepted|standard|dominant|consensus|prevailing|favoured|favored|mainstream)\\s+(?:explanation|view|model|account|interpretation|theory|mechanism)\\b'],
  ['association', '\\brather\\s+than\\s+(?:entering|being\\s+taken\\s+up|acting|working|signalling|signaling|fusing|binding)\\s+(?:by|through|via)\\s+(?:[\\w-]+\\s+){0,2}?(?:[\\w-]*cytosis|receptors?|fusion|diffusion|uptake|signalling|signaling|pathways?)\\b'],
  ['association', '\\b(?:happened|occurred|came\\s+about)(?<!\\b(?:delays?|errors?|problems?|issues?|bugs?|crash|crashes|failures?|outages?|mix-ups?|confusion|glitch(?:es)?|typos?|accidents?|mistakes?)\\b[^.;!?]*)\\s+(?:mainly\\s+|largely\\s+|partly\\s+|only\\s+)?because\\b'],
  ['comparison', '\\babundant(?<=\\bthe\\s+most\\s+abundant)\\s+(?:[\\w-]+\\s+){0,3}?(?:in|among|of|packaged|found|carried|present)\\b'],
  ['comparison', '\\b(?:well|far|way|comfortably)\\s+ahead\\s+of\\b(?!\\s+(?:schedule|time|plan|the\\s+(?:deadline|curve|game|crowd|meeting)))'],
  // From the forty-third batch. A change from one figure down or up to another ("ALT went from 210
  // down to 64"; the thirtieth's change leaves out "went from", as "attendance went from 12 to
  // 30"), and what happened in a count of places ("complaints have been filed in at least 14
  // states"). (Its "grows back … within about eight to ten weeks", "last only two to five
  // minutes", "charge … for a single stem-cell infusion", "most of these clinics" after a label,
  // "five times what" and "was later found to be" joined earlier cues.)
  ['amount', '\\b(?:went|goes|go|came|comes|dropped|fell|rose|climbed)\\s+from\\s+[<>~]?\\s*\\d[\\d,.]*\\s*(?:[%\\w/µμ]+\\s+)?(?:down|up|back\\s+down|back\\s+up)\\s+to\\s+[<>~]?\\s*\\d+(?:[.,]\\d+)*(?:\\s*%)?'],
  ['scope', '\\b(?:least|than)(?<=\\b(?:in|across)\\s+(?:at\\s+least|more\\s+than))\\s+\\d+\\s+(?:states|countries|centres|centers|sites|clinics|hospitals|trials|studies|cohorts)\\b'],
  // From the forty-fourth batch. One marker lagging behind another by a time ("bilirubin lags
  // behind ALT by five to seven days"; not "lags behind the plan by two weeks"), what turned up in
  // every sample, an activity that drops to zero, and what removes all of a thing ("the filtration
  // step removes all of it"; not "removes all of the dust").
  ['time', '\\b(?:lags?|lagged|lagging|trails?|trailed|trailing)\\s+(?!behind\\s+(?:the\\s+|our\\s+|its\\s+)?(?:plan|schedule|timetable|target|deadline|budget)\\b)(?:behind\\s+)?(?:[\\w-]+\\s+){0,3}?by\\s+(?:about\\s+|roughly\\s+|around\\s+|~\\s*)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few)(?:\\s*(?:to|–|-)\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen))?\\s*(?:days?|d|hours?|h|weeks?|wks?)\\b'],
  ['scope', '\\bup(?<=\\b(?:turned|turns|turn|showed|shows|show)\\s+up)\\s+in\\s+(?:every|all|each)\\s+(?:[\\w-]+\\s+){0,2}?(?:preps?|preparations?|samples?|batch(?:es)?|lots?|donors?|patients?|animals?|mice|rats|livers?|isolates?)\\b'],
  ['amount', '\\b(?:drops?|dropped|falls?|fell|goes|went|declines?|declined|sinks?|sank)\\s+to\\s+(?:zero|nothing|near\\s+zero|undetectable\\s+levels)\\b'],
  ['amount', '\\b(?:removes?|removed|eliminates?|eliminated|clears?|cleared|kills?|killed|destroys?|destroyed)\\s+(?:all|every\\s+trace|100\\s*%)\\s+of\\s+(?:it|them|the\\s+(?:virus|viruses|virions|bacteria|contaminants?|cells|vesicles|exosomes|particles|endotoxin|mycoplasma|prions?|protein|rna|dna|activity))\\b'],
  // From the forty-fifth batch. Vesicles or cells that find their way to an organ, and a liver
  // reset or reversed whole ("the cell shots basically reset a fatty liver"; a term's own
  // reversal, "reverse fibrosis", is a relation). (Its "contains around 4 × 10^10 vesicles" and
  // "lasts about two years" joined earlier cues.)
  ['scope', '\\b(?:find|finds|found|finding|make|makes|made|making)\\s+(?:their|its)\\s+(?:own\\s+)?way\\s+(?:to|into)\\s+the\\s+(?:injured\\s+|damaged\\s+)?(?:liver|lungs?|spleen|kidneys?|bone\\s+marrow|brain)\\b'],
  ['association', '\\b(?:resets?|reverses?|reversed|cures?|cured|heals?|healed|rejuvenates?|rejuvenated|regrows?|regrew)\\s+(?:a|the|your|their|his|her|my)\\s+(?:[\\w-]+\\s+){0,2}?(?:liver|livers)\\b'],
  // From the forty-sixth batch: the cells that are the ones that do a thing ("star cells … are the
  // ones that make scars"; not "these are the ones that make noise"). (Its "switches off the NLRP3
  // inflammasome" joined the fortieth's named gene silenced.)
  ['association', '\\bones?(?<=\\b(?:are|is|were|was|r)\\s+(?:(?:literally|really|actually|just|exactly)\\s+)?the\\s+ones?)(?<!\\b(?:these|those|they|we|you|it|that|which|this|he|she)\\s+(?:are|is|were|was|r)\\s+(?:(?:literally|really|actually|just|exactly)\\s+)?the\\s+ones?)\\s+that\\s+(?:\\w+ly\\s+)?(?:make|makes|made|cause|causes|caused|drive|drives|drove|produce|produces|produced|lay\\s+down|lays\\s+down|form|forms|formed|kill|kills|killed)\\b'],
  // From the forty-seventh batch. An organ that fixes itself ("then the liver fixes itself"; not "the
  // bug fixes itself"), and a denial made absolute ("carries no risk of tumour formation
  // whatsoever"; not "no interest whatsoever"). (Its "under 5% of the dose ending up in lung or spleen" joined the thirty-fourth's
  // share of a dose, and "is back to its pre-resection size by day 7" the recovery in a time.)
  ['association', '\\bitself(?<=\\b(?:liver|organ|tissue|body|parenchyma)\\s+(?:\\w+ly\\s+)?(?:fixes|heals|repairs|regenerates|rebuilds|restores|renews|regrows|rights)\\s+itself)\\b'],
  ['scope', '\\bwhatsoever(?<=\\b(?:no|any|zero)\\s+(?:[\\w-]+\\s+){0,2}?(?:risks?|effects?|benefits?|toxicity|differences?|impact|harm|improvement|side\\s+effects?)\\b[^.;!?]{0,40}\\bwhatsoever)\\b'],
  // From the forty-eighth batch. A recovery faster in one group ("always normalise faster in
  // runners who sleep nine hours"), a protection that lasts through a whole period ("protects the
  // liver through the whole transition period"; not "we worked through the whole weekend"), a
  // return to training by a week ("was back in training by week three"; not "back at work by week
  // two"), and what gets into cells faster ("smaller vesicles get into liver cells faster"; not "we
  // get into the lab faster by bike").
  ['comparison', '\\b(?:normali[sz]es?|normali[sz]ed|normali[sz]ing|normali[sz]e|recovers?|recovered|recover|heals?|healed|heal|resolves?|resolved|resolve|clears?|cleared|clear)\\s+(?:much\\s+|far\\s+|significantly\\s+)?(?:faster|quicker|sooner|slower|more\\s+(?:quickly|slowly))\\s+(?:in|with|than|after|among)\\b'],
  ['time', '\\b(?:protects?|protected|lasts?|lasted|persists?|persisted)\\b(?:\\s+[\\w-]+){0,3}?\\s+(?:through|throughout)\\s+the\\s+(?:whole|entire|full)\\s+(?:[\\w-]+\\s+)?(?:period|course|season|year|trial|study|lactation|pregnancy|follow-up|phase|month|week)\\b'],
  ['time', '\\bback\\s+(?:in\\s+training|to\\s+(?:training|racing|full\\s+training))\\s+by\\s+(?:week|day|month)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b'],
  ['comparison', '\\b(?:get|gets|got|enter|enters|entered|reach|reaches|reached)\\s+(?:into\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:cells|hepatocytes|liver|tissue|nucleus|cytoplasm)\\s+(?:faster|quicker|sooner|more\\s+(?:quickly|readily|efficiently))\\b'],
  // From the forty-ninth batch. What wipes out most of a benefit, enough of a thing to halve
  // another ("leaves enough serum albumin behind to halve the uptake of the vesicles"), a share of
  // the original mass ("~90% of original mass by day 7"), and days shaved off a course.
  ['association', '\\b(?:wipes?|wiped|wiping)\\s+out\\s+(?:most|all|much|half|nearly\\s+all)\\s+of\\s+(?:the|its|their|any)\\s+(?:[\\w-]+\\s+)?(?:benefits?|effects?|gains?|protection|improvement)\\b'],
  ['amount', '\\bhalve(?<=\\bto\\s+halve)\\s+the\\s+(?:[\\w-]+\\s+)?(?:uptake|yield|activity|potency|number|effect|survival|signal|binding|release)\\b'],
  ['amount', '\\b(?:original|normal|initial|baseline|pre-[\\w-]+)(?<=\\d\\s*%\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:original|normal|initial|baseline|pre-[\\w-]+))\\s+(?:liver\\s+)?(?:mass|size|weight|volume|level|value)\\b'],
  ['time', '\\b(?:shaves?|shaved|shaving|knocks?|knocked|takes?|took)\\s+(?:about\\s+|roughly\\s+|~\\s*)?(?:\\d+|one|two|three|four|five|six|seven|a\\s+few)\\s*(?:days?|d|hours?|h|weeks?|wks?)\\s+off\\b'],
  // From the fiftieth batch: one measure a time ahead of another ("fatigue scores improve a good
  // fortnight ahead of the liver numbers"; not "a week ahead of schedule"), and two measures that
  // both change ("grip strength and walking distance both climb once liver function recovers"; not
  // "we both improve"). (Its "drop off sharply" and "within a fortnight" joined earlier cues.)
  ['comparison', '\\bahead(?<=\\b(?:a\\s+(?:good\\s+|full\\s+|whole\\s+)?(?:day|week|fortnight|month)|(?:\\d+|two|three|four|five|six)\\s*(?:h|hrs?|hours?|days?|weeks?|fortnights?|months?))\\s+ahead)\\s+of\\b(?!\\s+(?:the\\s+)?(?:schedule|plan|deadline|time|meeting|target))'],
  ['association', '\\bboth(?<!\\b(?:we|they|you|us|them)\\s+both)\\s+(?:climb|rise|improve|increase|fall|drop|decline|recover|normali[sz]e)\\b'],
  // From the fifty-first batch. Where most of a thing goes in the body ("the MSC exosomes go mostly
  // to the liver and spleen", and the fifty-second's "mostly end up in liver + spleen"; not
  // "referrals go mostly to the liver clinic"), a protection that lasts a time ("protects the mice
  // from acetaminophen for 3 days"), and a mechanism told whole ("that's how they get inside",
  // "that's the whole mechanism"; not "that's the whole mechanism of the lock").
  ['scope', '\\b(?:mostly|mainly|largely|primarily|predominantly|preferentially|chiefly)(?:(?<=\\b(?:go|goes|went|travel|travels|travelled|traveled|home|homes|homed|migrate|migrates|migrated|accumulate|accumulates|accumulated|end\\s+up|ends\\s+up|ended\\s+up|distribute|distributes|distributed)\\s+(?:mostly|mainly|largely|primarily|predominantly|preferentially|chiefly))\\s+(?:to|in|into)|\\s+(?:end|ends|ended|ending)\\s+up\\s+in)\\s+(?:the\\s+)?(?:injured\\s+|damaged\\s+)?(?:liver|lungs?|spleen|kidneys?|bone\\s+marrow|brain)\\b(?!\\s+(?:clinic|unit|ward|lab|department|meeting|team|service|centre|center|conference|society|group))'],
  ['time', '\\b(?:protects?|protected|protecting|shields?|shielded|shielding)\\s+(?:the\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:mice|rats|animals|livers?|hepatocytes|cells|patients|organ)\\s+(?:from|against)\\s+(?:[\\w-]+\\s+){1,3}?for\\s+(?:up\\s+to\\s+|about\\s+|around\\s+|~\\s*)?(?:\\d+|one|two|three|four|five|six|seven|a\\s+few)\\s*(?:days?|d|hours?|h|weeks?|wks?|months?)\\b'],
  ['association', '\\bhow(?<=\\b(?:that[’\']s|that\\s+is|this\\s+is|this[’\']s)\\s+how)\\s+(?:they|it|the\\s+[\\w-]+)\\s+(?:get|gets|got|enter|enters|entered)\\s+(?:inside\\b(?!\\s+(?:the|a|an|our|their|his|her)\\s+(?!cells?\\b|hepatocytes?\\b))|into\\s+(?:the\\s+)?(?:liver\\s+cells|hepatocytes?|nucleus|cytoplasm)\\b)'],
  ['association', '\\bmechanism(?<=\\b(?:that[’\']s|that\\s+is|this\\s+is|it[’\']s|it\\s+is)\\s+the\\s+(?:whole|entire|full|only|main|real)\\s+mechanism)\\b(?!\\s+(?:of|for|behind|in|on)\\b)'],
  // From the fifty-second batch. A measure of the organ back in a time ("full volume is back in 8
  // to 12 wks"; not "Anna is back in 2 weeks"), and a thing cleared from the blood in a time
  // ("exosomes clear from the blood in about 30 min"; not "the tickets clear from the queue").
  // (Its "within the first few hours" and "within 2 wks" joined the first batches' time within a span.)
  ['time', '\\bback(?<=\\b(?:volume|mass|size|weight|function|levels?|counts?)\\s+(?:is|are|was|were)\\s+(?:fully\\s+|completely\\s+)?back)\\s+(?:to\\s+normal\\s+)?(?:in|within)\\s+(?:about\\s+|~\\s*)?\\d+(?:\\s*(?:[–-]|to)\\s*\\d+)?\\s*(?:days?|d|weeks?|wks?|months?)\\b'],
  ['time', '\\bclears?\\s+(?:(?:the|your|their|its)\\s+)?(?:[\\w-]+\\s+){0,2}?from\\s+(?:the\\s+|your\\s+|their\\s+|its\\s+)?(?:blood|bloodstream|circulation|plasma|serum|body)\\s+(?:in|within)\\s+(?:(?:under|less\\s+than|about|roughly|around|over|just)\\s+)?(?:\\d+(?:\\.\\d+)?\\s*(?:s|sec|seconds?|min|minutes?|h|hrs?|hours?|days?)|half\\s+an\\s+hour|an?\\s+(?:hour|day|few\\s+(?:minutes|hours|days)))\\b'],
  // Its flashcards: a share of all of a kind ("miR-122 = ~70% of all the miRNA in a hepatocyte";
  // not "70% of all the marks"), one level up and another down ("IL-10 goes up and TNF-α comes
  // down"; not "prices went up and the quality came down"), a switch of macrophage type ("flip M1
  // -> M2"; not "switched from M1 to M2 rotations"), and a vesicle's cargo emptied into the cell
  // ("empties its miRNAs straight into the cytoplasm").
  // (And a table's cell, "| ~70% of all miRNA in a hepatocyte |", from the hundred-and-fourth batch.)
  ['amount', '\\ball(?<=(?:=|\\||\\bis|\\bare|\\bmakes?\\s+up|\\bmade\\s+up|\\baccounts?\\s+for)\\s*[~≈]?\\s*\\d+(?:\\.\\d+)?(?:\\s*[–-]\\s*\\d+(?:\\.\\d+)?)?\\s*%\\s+of\\s+all)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:mi?rnas?|[\\w-]+rnas?|transcripts?|reads|cells|proteins|vesicles|exosomes|macrophages|[\\w-]+cytes)\\b'],
  ['association', '\\bdown(?<=\\b(?:goes|go|went|going)\\s+up\\s+and\\s+(?:the\\s+)?[\\w-]*[\\d\\u0370-\\u03ff][\\w\\u0370-\\u03ff-]*\\s+(?:levels?\\s+)?(?:comes?|came|coming|goes|go|went|going)\\s+down)\\b'],
  ['association', '\\b(?:flips?|flipped|switch(?:es|ed)?|shifts?|shifted|polari[sz]es?|polari[sz]ed|converts?|converted|push(?:es|ed)?|nudges?|nudged|tips?|tipped)\\s+(?:(?:(?:[\\w-]+\\s+){0,3}?from\\s+)?(?:an\\s+|the\\s+)?m1\\s*(?:->|→|to)|(?:(?:them|it|macrophages|kupffer\\s+cells)\\s+)?(?:back\\s+)?(?:to|into|towards?))\\s*(?:an\\s+|the\\s+)?m2(?=\\s*(?:[.,;:)!?]|$)|\\s+(?:phenotypes?|macrophages?|states?|types?|polari[sz]ation|cells?|profiles?|after|within|in|upon|following|when|and|once|by)\\b)'],
  ['association', '\\b(?:empties|empty|emptied|emptying|dumps?|dumped|dumping|unloads?|unloaded|unloading)\\s+(?:its|their)\\s+(?:[\\w-]+\\s+)?(?:cargo|contents|mi?rnas?|proteins|payload)\\s+(?:\\w+\\s+)?into\\s+the\\s+(?:cytoplasm|cytosol|nucleus|cell|hepatocyte)\\b'],
  // From the fifty-third batch (its clearance "from your blood in about half an hour" joined the
  // fifty-second's): a count in a dose given in billions ("each dose has about 100 billion of them";
  // not "the galaxy has 100 billion stars", whose verb is the same, so the thing counted must be a
  // dose, vial or batch), and an effect gone ("the regen effect is completely gone"; its "is <10%"
  // joined the first batches' "is 80%").
  ['amount', '\\b(?:billion|million|trillion)(?<=\\b(?:dose|doses|vial|vials|batch|batches|lot|lots|injection|infusion|bag|ml|microlitre|microliter)\\s+(?:\\w+\\s+){0,2}?(?:has|have|had|contains?|contained|holds?|held|carries|carry|carried|delivers?|delivered|gives?|gave)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|over\\s+|some\\s+|~\\s*)?[\\d.,]+\\s*(?:billion|million|trillion))\\b'],
  ['association', '\\bgone(?<=\\b(?:effect|effects|benefit|benefits|protection|improvement|rescue|response)\\s+(?:is|was|are|were)\\s+(?:completely\\s+|totally\\s+|entirely\\s+|basically\\s+|all\\s+|just\\s+)?gone)\\b'],
  // From the fifty-fourth batch: what works best of all ("the cord ones work best of all"; not "we
  // work best in the morning"), stellate cells back at rest ("switch back to just storing vitamin
  // A"), a share of cells that are so ("~30% of regenerating hepatocytes are binucleate"), and a
  // measure halved or doubled by a week ("halve collagen proportionate area by week 4"). (Its "flip
  // to an M2 … phenotype" joined the fifty-second's M1 -> M2, and "in every treated dog" the first
  // batches' every animal.) A signal sent out by name ("by sending out a molecule called PGE2") was
  // tried and dropped: it flagged "send out a growth signal called VEGF", which the review supports.
  ['comparison', '\\bbest(?<=\\b(?:work|works|worked|working|perform|performs|performed|do|does|did)\\s+(?:the\\s+)?best)\\s+(?:of\\s+all|overall|in\\s+(?:the\\s+)?(?:liver|trials?|mice|rats|patients|studies|animals))\\b'],
  ['association', '\\bback(?<=\\b(?:go|goes|went|going|switch|switches|switched|revert|reverts|reverted|return|returns|returned)\\s+back)\\s+to\\s+(?:just\\s+)?(?:quiescence|being\\s+quiescent|a\\s+quiescent\\s+state|storing\\s+(?:vitamin\\s+a|retinoids?|lipids?))\\b'],
  ['amount', '\\b(?:hepatocytes|cells|macrophages|nuclei|neutrophils|lymphocytes)(?<=\\d\\s*%\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:hepatocytes|cells|macrophages|nuclei|neutrophils|lymphocytes))\\s+(?:are|were|become|became|show|showed|express|expressed|carry|carried)\\b'],
  // (And, read from their number, as numbers start fewer words than "exosomes" does: a share of
  // the particles of a prep that are something, ">50% of particles are lipoprotein contaminants",
  // from the eighty-third batch; a share of the body's store, "the storage depot for ~80% of the
  // body's vitamin A", from the ninety-first; and an organ grown by a share, "the liver grows ~15%
  // bigger", from the ninety-second.)
  ['amount', '\\b\\d+(?:[.,]\\d+)?\\s*%(?:\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:particles|vesicles|evs|exosomes)\\s+(?:are|were|is|was)\\b|(?<=(?:\\bfor\\s+(?:about\\s+|~\\s*|roughly\\s+|nearly\\s+|over\\s+|up\\s+to\\s+)?|~\\s*)\\d+(?:[.,]\\d+)?\\s*%)\\s+of\\s+(?:the\\s+body[\'’]s|all\\s+the\\s+body[\'’]s)\\s+[\\w-]+|(?<=\\b(?:grows?|grew|gets?|got|becomes?|became|swells?|swelled|shrinks?|shrank)\\s+(?:about\\s+|~\\s*|roughly\\s+|up\\s+to\\s+|nearly\\s+)?\\d+(?:[.,]\\d+)?\\s*%)\\s+(?:bigger|larger|smaller|heavier|lighter)\\b)'],
  ['time', '\\b(?:halves?|halved|halving|doubles?|doubled|doubling|triples?|tripled)\\s+(?:[\\w-]+\\s+){1,4}?by\\s+(?:day|week|month|d|wk|w)\\s*\\d+\\b'],
  // From the fifty-fifth batch: a cause declared certain ("is from TNF-alpha the stem cells dump
  // out, no question about it"), a step of a chain of causes ("Donor >50 yrs → reduced VEGF output
  // → weaker angiogenesis"), and a multiple given as "2x the" ("recovers roughly 2x the EV
  // particles per litre").
  ['association', '\\b(?:question|doubt)(?<=\\bno\\s+(?:question|doubt))\\s+about\\s+it\\b'],
  ['association', '\\b(?:reduced|increased|decreased|lower|higher|weaker|stronger|impaired|enhanced|less|more|better|worse|faster|slower)(?<=(?:→|->)\\s*(?:reduced|increased|decreased|lower|higher|weaker|stronger|impaired|enhanced|less|more|better|worse|faster|slower))\\s+[\\w-]+'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*[x×]\\s+(?:the|as\\s+many|as\\s+much|more|higher|lower|fewer)\\b'],
  // From the fifty-sixth batch: cells that reach an organ by a day ("only reach the liver by day
  // 3"), an effect that is mostly one thing ("the anti-fibrotic effect is mostly miR-29 switching
  // off collagen I"), and a share of a thing stripped or lost ("one freeze-thaw cycle strips ~30% of
  // the exosomal miRNA cargo"). (Its "peaks ~24h post-infusion" joined the first batches' peaks.)
  ['time', '\\b(?:reach|reaches|reached|arrive|arrives|arrived|accumulate|accumulates|accumulated)\\s+(?:in\\s+|at\\s+)?(?:the\\s+)?(?:injured\\s+|damaged\\s+)?(?:liver|lungs?|spleen|kidneys?|bone\\s+marrow)\\s+(?:by|within|after|on)\\s+(?:day|d|week|wk|hour|h)\\s*\\d+'],
  ['association', '\\b(?:mostly|mainly|largely|chiefly|primarily|entirely)(?<=\\b(?:effect|effects|benefit|benefits|protection|improvement)\\s+(?:is|are|was|were)\\s+(?:mostly|mainly|largely|chiefly|primarily|entirely))\\s+(?:due\\s+to\\s+|down\\s+to\\s+|from\\s+)?[\\w-]*[\\d\\u0370-\\u03ff-][\\w\\u0370-\\u03ff-]*'],
  ['amount', '\\b(?:strips?|stripped|removes?|removed|destroys?|destroyed|kills?|killed|loses?|lost|degrades?|degraded)\\s+(?:off\\s+)?(?:about\\s+|roughly\\s+|around\\s+|up\\s+to\\s+|over\\s+|more\\s+than\\s+|[~≈<>≥≤]\\s*)?(?:\\d+(?:\\.\\d+)?\\s*%\\s+of\\b|(?:half|a\\s+third|a\\s+quarter|two-thirds)\\s+(?:of\\s+)?(?:its|their|the)\\b)'],
  // From the fifty-seventh batch: twice the amount of a thing ("carry about twice the HGF per
  // particle"), and a thing gone after a treatment ("are basically gone after MSC exosome
  // treatment"). (Its "flip Kupffer cells from M1 to M2" joined the fifty-second's M1 -> M2, and
  // "lose ~half their paracrine activity" the fifty-sixth's share stripped.)
  ['comparison', '\\b(?:twice|thrice)\\s+the\\s+(?:[\\w-]+\\s+)?(?:level|levels|dose|yield|activity|hgf|vegf|mirna|cargo|uptake|effect|signal)\\b'],
  ['time', '\\bgone(?<=\\b(?:is|are|was|were)\\s+(?:basically\\s+|completely\\s+|nearly\\s+|almost\\s+|all\\s+but\\s+|virtually\\s+|largely\\s+)?gone)\\s+(?:after|by|within|following)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:treatment|therapy|infusion|injection|dose|doses|day\\s+\\d+|week\\s+\\d+)\\b'],
  // From the fifty-eighth batch: a cell type that peaks at a time ("Ki67+ hepatocytes peak at 36h"),
  // a change at a time ("IL-6 doubled in the MSC mice at 6h post-op"), two shares compared ("4.1% at
  // d5 vs 3.2% in ctrls"), a liver that grows back faster (not "my hair grows back faster"), a cause
  // put in a cleft ("It was Kupffer cells pumping out TNF-α that set a resected liver regenerating";
  // not "It was the rain that started the delay"), a fact declared plain ("The plain fact is that
  // …"; "the simple truth is that we ran out of coffee" was left out), and a level above which a
  // benefit plateaus. (Its "within half an hour" and "a good 12h ahead of" joined earlier cues, and
  // "stirs up" the verbs.)
  ['time', '\\bpeak(?<=\\b(?:cells|hepatocytes|nuclei|levels|counts|macrophages|neutrophils|titres|titers)\\s+peak)\\s+at\\s+(?:~\\s*)?(?:day\\s+|d|week\\s+)?\\d+'],
  ['time', '\\b(?:doubled|tripled|halved|rose|rises|fell|falls|dropped|drops|peaked|spiked|surged|plummeted|improved|improves)\\s+(?:[\\w~.+-]+\\s+){0,4}?at\\s+(?:~\\s*)?\\d+\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|mos|months?)\\b'],
  ['comparison', '\\bvs(?<=\\d\\s*%[^.;]{0,30}\\bvs)\\.?\\s+\\d+(?:\\.\\d+)?\\s*%'],
  ['comparison', '\\b(?:grows?|grew|regrows?|regrew|comes?|came)(?<=\\b(?:liver|livers|remnant|lobes?|tissue|organ|parenchyma)\\s+(?:grows?|grew|regrows?|regrew|comes?|came))\\s+back\\s+(?:much\\s+|far\\s+)?(?:faster|quicker|sooner|slower)\\b'],
  ['association', '\\b(?:set|sets|drove|drives|triggered|triggers|started|starts|caused|causes|kicked\\s+off|kicks\\s+off)(?<=\\bit\\s+(?:was|is)\\s+[^.;]{1,60}?\\bthat\\s+(?:set|sets|drove|drives|triggered|triggers|started|starts|caused|causes|kicked\\s+off|kicks\\s+off))\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?:liver|livers|hepatocytes?|regeneration|cells?|fibrosis|inflammation|repair)\\b'],
  ['association', '\\b(?:plain|hard|bare)\\s+fact\\s+is\\s+that\\b'],
  ['time', '\\bplateaus?(?<=\\b(?:above|beyond|after)\\s+which\\s+(?:[\\w-]+\\s+){0,4}?plateaus?)\\b'],
  // From the fifty-ninth batch: a signal that kicks cells into dividing ("that's the signal that
  // kicks hepatocytes into dividing"), a class effect denied ("is not a class effect for this
  // product"), cells that do nearly all of a thing ("Hepatocytes do nearly all the regrowing
  // themselves"; not "I do nearly all the cooking"), and a multiple in words ("roughly a thousand
  // times smaller than one liver cell").
  ['association', '\\b(?:kicks?|kicked|kicking|pushes|pushed|tips?|tipped|jolts?|jolted)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:hepatocytes|cells|stellate\\s+cells|the\\s+liver)\\s+(?:(?:back\\s+)?into\\s+(?:dividing|division|proliferating|proliferation|the\\s+cell\\s+cycle|cycle|cycling|apoptosis)|out\\s+of\\s+(?:g0|quiescence|the\\s+resting\\s+state|dormancy))\\b'],
  ['association', '\\bclass(?<=\\b(?:is|are|was|were)\\s+(?:not\\s+|no\\s+longer\\s+)?(?:a\\s+)?class)\\s+effects?\\b'],
  ['amount', '\\b(?:nearly|almost|virtually|practically)(?<=\\b(?:hepatocytes|cells|macrophages|mscs|exosomes|vesicles)\\s+(?:do|does|did)\\s+(?:nearly|almost|virtually|practically))\\s+all\\s+(?:of\\s+)?the\\s+[\\w-]+'],
  ['comparison', '\\b(?:hundred|thousand|million)\\s+times\\s+(?:smaller|larger|bigger|more|less|higher|lower|faster|slower)\\b'],
  // From the sixtieth batch: a spike on a day ("ALT spike on day 3"), the main cells that make a
  // thing ("the main collagen-making cells"), what a step leaves behind ("leaves most free protein
  // behind"), and an identity found ("turned out to be the same molecule as scatter factor"). (Its
  // "kicks hepatocytes back into the cell cycle" joined the fifty-ninth's.)
  ['time', '\\bspikes?\\s+(?:on|at|by)\\s+(?:day|d|week|wk|hour|h)\\s*\\d+'],
  ['association', '\\b(?:main|major|principal|chief|primary|dominant)(?<=\\b(?:are|is|were|was)\\s+the\\s+(?:main|major|principal|chief|primary|dominant))\\s+[\\w-]+-(?:making|producing|secreting|forming)\\s+cells?\\b'],
  ['amount', '\\bleaves?\\s+(?:most|nearly\\s+all|almost\\s+all|all|the\\s+bulk)\\s+(?:of\\s+the\\s+)?(?:free\\s+|soluble\\s+|contaminating\\s+)?(?:protein|proteins|contaminants|rna|cells|debris|albumin|lipoproteins)\\s+behind\\b'],
  ['association', '\\bturned\\s+out\\s+to\\s+be\\s+the\\s+same\\s+(?:molecule|protein|gene|factor|cells?|receptor)\\s+as\\b'],
  // From the sixty-first batch: a share of a property kept ("lyophilised lots keep >90% of their
  // potency", "MSC-sEV keep ≥90 % of their HGF content" from the hundred-and-fifty-fifth; not "keep half of the samples", an instruction, nor "keep 80% of their tips"), a liver that
  // grows back in a time ("can grow back from like 25% of its size in a few weeks"; not "my hair grows
  // back in a few weeks"), a short life in the body ("only last a few hours in the body"; not "the
  // batteries only last a few hours"), and a comparison in slang after a verb of making, without its
  // other side ("secrete way less VEGF"; not "way more fun"; with one, "way more … than" is the cue of
  // a comparison already). (Its "is like 70%" and "(r ~0.8)" joined earlier cues.)
  ['amount', '\\b(?:keeps|kept|keep(?<=(?:[a-z]{2}s|\\bs?evs?)\\s+keep))\\s+(?:[<>~≥≤]\\s*|(?:about|over|more\\s+than|nearly|almost|only|roughly)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+(?:of\\s+(?:their|its)\\s+)?(?:[\\w-]+\\s+)?(?:potency|activity|bioactivity|function|viability|size|mass|volume|cargo|content|integrity|efficacy|effect|strength|weight)\\b'],
  // (And "most of the lost liver tissue grows back within 6 to 8 weeks", from the hundred-and-third batch.)
  ['time', '\\b(?:grows?|grew|grown|regrows?|regrew|regrown)(?<=\\b(?:liver|livers|remnant|lobes?|organ|parenchyma|tissue)\\s+(?:(?:can|will|could|would|does|did|just|actually|fully|completely)\\s+)?[a-z]+)\\s+back\\b(?:\\s+[\\w%~-]+){0,8}?\\s+(?:with)?in\\s+(?:(?:about|roughly|just|only|under|less\\s+than|like)\\s+)?(?:\\d+(?:\\.\\d+)?(?:\\s*(?:to|–|-)\\s*\\d+)?\\s*|(?:a|one|two|three|four|five|six|a\\s+few|a\\s+couple\\s+of)\\s+)(?:days?|weeks?|wks?|months?)\\b'],
  ['comparison', '\\b(?:secretes?|secreted|makes?|made|produces?|produced|releases?|released|express(?:es|ed)?|carry|carries|carried|contains?|contained|shows?|showed|needs?|needed|gives?|gave)\\s+way\\s+(?:more|less|fewer)(?!(?:\\s+[\\w-]+){0,8}?\\s+than\\b)\\s+[\\w-]+'],
  ['time', '\\b(?:only|just)\\s+(?:lasts?|lasted|survives?|survived|persists?|persisted|lives?|lived|sticks?\\s+around|stuck\\s+around|stays?\\s+around)\\s+(?:for\\s+)?(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?(?:a\\s+few|a\\s+couple\\s+of|\\d+|one|two|three|four|five|six|ten|twelve)\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?)\\s+(?:in|inside)\\s+(?:(?:the\\s+)?(?:body|blood|bloodstream|circulation|plasma|serum|liver|vivo|patients?|mice|rats)|you|your\\s+body)\\b'],
  // From the sixty-second batch: a material that degrades in a time ("GelMA degrades in ~2 wks in
  // vivo"; not "the dough breaks down in 2 hours") and a role as the master switch ("HGF is
  // basically the master switch"). (Its "within ~30 min", "within a yr", "most pts are", "is mostly
  // down to", "back to pre-op weight", "MELD drops ~3 pts at 6 mo", "kicks hepatocytes out of G0"
  // and "knock it out … and the liver just doesn't regenerate" joined earlier cues.)
  ['time', '\\b(?:degrades?|degraded|biodegrades?|biodegraded|resorbs?|resorbed)\\s+in\\s+(?:(?:about|roughly|around|under|less\\s+than|just|only)\\s+|~\\s*)?(?:\\d+(?:\\.\\d+)?\\s*|(?:a|one|two|three|four|five|six|a\\s+few|a\\s+couple\\s+of)\\s+)(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?)\\b'],
  ['association', '\\bmaster(?<=\\b(?:is|are|was|were)\\s+(?:(?:basically|essentially|really|simply|just|actually)\\s+)?(?:the|a)\\s+master)\\s+(?:switch|regulator|controller|driver|signal|trigger)\\b'],
  // From the sixty-third batch: a share of an organ regrown ("regrows about 30% of the damaged liver";
  // not "restored 40% of the old murals"),
  // cells that keep making something for a time ("keep making repair factors for 2–3 yrs"; not "keep
  // making excuses for weeks"), what survives at least a time ("survive ≥2 weeks at 4 °C") and with
  // no loss of activity, the main route of a process ("macropinocytosis is the main uptake route";
  // not "the main delivery route for the trucks"), and a few results written in Spanish in notes that
  // switch to it ("funcionan mejor que los de cordón", "como un 50%", "a las 12h post-hepatectomía",
  // "like 80% son < 150 nm"; not "el 30% son voluntarios").
  ['amount', '\\b(?:regrows?|regrew|regenerates?|regenerated|restores?|restored|repairs?|repaired|replaces?|replaced)\\s+(?:about\\s+|roughly\\s+|around\\s+|nearly\\s+|over\\s+|up\\s+to\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:(?:damaged|injured|lost|resected|removed|original|remaining|diseased|scarred)\\s+)?(?:liver|livers|tissue|organ|mass|volume|function|parenchyma|hepatocytes)\\b'],
  ['time', '\\b(?:keeps?|kept)\\s+(?:making|producing|secreting|releasing|pumping\\s+out|churning\\s+out|working|dividing)\\s+(?!excuses\\b)(?:[\\w-]+\\s+){0,3}?for\\s+(?:\\d+(?:\\s*[–-]\\s*\\d+)?\\s*|(?:a\\s+few|several|many|one|two|three|four|five|six)\\s+)(?:hours?|days?|weeks?|months?|years?|yrs?)\\b'],
  ['time', '\\b(?:survives?|survived|lasts?|lasted|persists?|persisted)\\s+(?:for\\s+)?(?:[≥>]\\s*|at\\s+least\\s+|more\\s+than\\s+)\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|yrs?|years?)\\b'],
  ['amount', '\\bloss(?<=\\bwith\\s+no\\s+(?:(?:measurable|detectable|significant|real)\\s+)?loss)\\s+of\\s+(?:activity|potency|function|bioactivity|viability|efficacy|cargo)\\b'],
  ['association', '\\b(?:uptake|clearance|signall?ing|elimination|excretion|internali[sz]ation|secretion|homing)(?<=\\b(?:is|are|was|were)\\s+the\\s+(?:main|major|dominant|primary|principal|predominant|only)\\s+[a-z]+)\\s+(?:route|pathway|mechanism|mode)\\b'],
  ['comparison', '\\b(?:mejor|peor)(?:\\s+[\\w-]+){0,4}?\\s+que\\b'],
  ['amount', '\\bcomo\\s+(?:un\\s+)?~?\\d+(?:\\.\\d+)?\\s*(?:%|x\\b)'],
  ['time', '\\blas(?<=\\ba\\s+las)\\s+\\d+\\s*h\\s+(?:post|tras|despu[eé]s)\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%(?<=\\b(?:like|como|casi|unos?|~)\\s*\\d+(?:\\.\\d+)?\\s*%)\\s+(?:son|es|eran|era)\\b'],
  // From the sixty-fourth batch: a change by a share without "by" ("falls ~30% with every
  // freeze-thaw cycle"), an organ regrown in a time ("regrows to its original size in about eight to
  // fifteen weeks", "can rebuild a liver missing two-thirds of its mass in about a week"; not "we
  // rebuilt the shed in two weeks"), a size as a fraction of another's ("roughly a thousandth the
  // width of a human hair"), and a risk as odds ("a 1 in 50 risk of liver tumours"; not "a 1 in 10
  // chance of rain"). (Its "nearly every remaining hepatocyte" and "doubled Ki67+ hepatocytes at 48 h"
  // joined earlier cues; "…that …?" in a "Did you know" column is asserted,
  // see claims.ts; and "which is exactly why the module has to lock these parameters" gives a reason
  // for a requirement, not a cause.)
  ['amount', '\\b(?:falls?|fell|drops?|dropped|rises?|rose|declines?|declined|climbs?|climbed|increases?|increased|decreases?|decreased)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|around\\s+|over\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*(?:%|percent)'],
  ['time', '\\b(?:regrows?|regrew|regrown|regenerates?|regenerated|(?:rebuilds?|rebuilt|rebuild)(?=\\s+(?:a|the|its|their|his|her)\\s+(?:[\\w-]+\\s+)?liver\\b))(?:\\s+[\\w~%.-]+){0,8}?\\s+(?:with)?in\\s+(?:(?:about|roughly|around|just|only|under|less\\s+than)\\s+|~\\s*)?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)(?:\\s*(?:to|–|-)\\s*(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty))?\\s*(?:days?|weeks?|wks?|months?|mos?)\\b'],
  ['comparison', '\\b(?:(?:thousandth|hundredth|millionth|billionth|tenth)(?<=\\b(?:a|one)\\s+[a-z]+)|1\\s*/\\s*\\d+(?:th)?)\\s+(?:of\\s+)?the\\s+(?:width|size|diameter|length|thickness|weight|volume)\\b'],
  ['amount', '\\b(?:1|one)\\s+in\\s+(?:\\d[\\d,]*|ten|twenty|fifty|a\\s+hundred|a\\s+thousand)\\s+risk\\b'],
  // From the sixty-fifth batch: a turnover by its frequency ("a full turnover roughly once a year";
  // not "we meet once a week"), an effect abolished and what it depends on ("KC depletion abolished
  // HD-EXO effect on Ki-67 index → effect is KC-dependent"; not "the discount effect is
  // season-dependent"), a share of a signal above or below a figure ("DiR-labelled EVs: >80% signal
  // liver + spleen at 24 h"; not "keep humidity <60%"), and a share after an arrow ("HSC activation ↓
  // ~40% in HD-EXO vs vehicle"). (Its "after ~2 wks" and "the only organ inside you that" joined
  // earlier cues; "once, maybe twice" and "so small that a thousand would barely span" are no hedges,
  // and a question asked after ", so" leaves the statement before it asserted: see claims.ts.)
  ['time', '\\b(?:turnover|turns\\s+over|renews?|renewed|replaces?\\s+(?:itself|its\\s+(?:own\\s+)?cells)|divides?|divided)\\b(?:\\s+[\\w-]+){0,4}?\\s+(?:(?:roughly|about|around|approximately|only|~)\\s*)?(?:once|twice)\\s+(?:a|per|every)\\s+(?:day|week|month|year|decade|lifetime)\\b'],
  ['association', '\\b(?:abolish(?:es|ed)?|abrogat(?:es|ed)|blunt(?:s|ed)|eliminat(?:es|ed)|erased?|wiped\\s+out|wipes\\s+out)\\s+(?:the\\s+|their\\s+|its\\s+|all\\s+)?(?:[\\w-]+\\s+){0,3}?(?:effect|effects|benefit|protection|rescue|response)\\b'],
  ['association', '\\b(?:effect|benefit|protection|rescue|response|uptake|activation)\\s+(?:is|was|are|were)\\s+(?:\\w+ly\\s+)?[a-z0-9]{1,5}-dependent\\b'],
  // (And ">80% of IV-infused MSCs", from the hundred-and-fourth batch; ">50% mortality by 48h", the
  // hundred-and-sixth; a result in a share of patients, "reverses F3–F4 fibrosis in >60% of pts",
  // the hundred-and-first; a share of a dose lost somewhere, "roughly 10% of the dose is lost in a
  // standard giving set", the hundred-and-seventh. One pattern for the numbers, which every
  // number in a note is tried against.)
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%(?:(?<=[<>≥≤]\\s*\\d+(?:\\.\\d+)?\\s*%)\\s+(?:signal|uptake|engraftment|mortality|survival|lethality|of\\s+(?:the\\s+)?(?:[a-z]+-)?(?:dose|signal|injected|infused|particles|cells|vesicles))\\b|(?<=\\bin\\s+(?:[<>≥≤~]\\s*|over\\s+|under\\s+|about\\s+|nearly\\s+|roughly\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*%)\\s+of\\s+(?:the\\s+|our\\s+|treated\\s+)?(?:pts|patients|mice|rats|animals|subjects|participants|cases|recipients)\\b|\\s+of\\s+(?:the\\s+|each\\s+)?(?:[\\w-]+\\s+)?(?:dose|cells|product|exosomes|vesicles|particles)\\s+(?:is|are|was|were|gets?|got)\\s+(?:lost|wasted|retained|stuck|trapped)\\s+(?:in|to|on|by)\\b)'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%(?<=[↓↑⬇⬆]\\s*[~≈]?\\s*\\d+(?:\\.\\d+)?\\s*%)'],
  // From the sixty-sixth batch: a share of animals by a slash ("normalised bile acids in 7/8 dogs")
  // and a rate as one in a number ("about one batch in five failing sterility testing"; with a word
  // of degree, not "one step in two"). (Its "Roughly a third of patients" joined an earlier cue, and
  // "than whole stem cells" names the cells that make exosomes: see claims.ts.)
  ['amount', '\\bin\\s+\\d+\\s*/\\s*\\d+\\s+(?:[\\w-]+\\s+){0,2}?(?:dogs|cats|rats|mice|animals|patients|pts|livers|donors|subjects|cases|pigs|horses|sheep)\\b'],
  ['amount', '\\b(?:one|1)(?<=\\b(?:about|roughly|around|nearly|almost|over|only|just|~)\\s*(?:one|1))\\s+(?:[\\w-]+\\s+)?in\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\\s+hundred|a\\s+thousand)\\b'],
  // From the sixty-seventh batch: a level back to a share of itself ("the liver mass is back to ca.
  // 90 % by day 5"), and a few verbs of amount in German, for notes that switch to it ("verdoppelt
  // VEGF-Sekretion").
  ['amount', '\\bback\\s+to\\s+(?:ca\\.?\\s*|about\\s+|roughly\\s+|around\\s+|nearly\\s+|~\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:%|percent)'],
  ['amount', '\\b(?:verdoppelt|verdoppeln|verdreifacht|verdreifachen|halbiert|halbieren)\\b'],
  // From the sixty-eighth batch: the strongest known of a kind ("strongest known hepatocyte mitogen";
  // not "the fastest known route"), a change put down to a cause in chat
  // ("his ammonia came down bc the new cells are clearing the toxins", "platelets went up bc the
  // stem cells shrink the spleen"), a rate by a share ("like an 80% success rate"), a share after
  // "=" ("KUPFFER cells = ~1/3 of the liver's non-parenchymal cells"), and a symptom explained as
  // the cells at work ("the tiredness after each dose is the cells breaking down the scar tissue").
  // (Its "within the hour", "about 8 wks" and "roughly 1/100th the width of" joined earlier cues;
  // its "they hold ~80% of the body's vit A -> 'vitamin store in liver (4,4)'?" was a cue already,
  // and is asserted now that a quoted clue asked about after an arrow leaves it so: see claims.ts.)
  ['comparison', '\\b(?:strongest|most\\s+potent|most\\s+powerful)\\s+known\\b'],
  ['association', '\\b(?:came|went|comes|goes|come|go|dropped|rose|fell|improved)(?:\\s+(?:down|up))?\\s+(?:bc|b/c|because|cos|cuz|coz)\\s+(?:the\\s+)?(?:new\\s+)?(?:stem\\s+)?(?:cells|mscs|exosomes|infusions?|treatment)\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%\\s+(?:success|survival|response|cure|remission|failure|mortality|complication|relapse)\\s+rates?\\b'],
  ['amount', '\\b\\d+\\s*/\\s*\\d+(?<==\\s*[~≈]?\\s*\\d+\\s*/\\s*\\d+)\\s+of\\b'],
  ['association', '\\b(?:is|are|was)\\s+(?:just\\s+|actually\\s+|really\\s+|simply\\s+)?the\\s+(?:new\\s+)?(?:stem\\s+)?(?:cells|mscs|exosomes)\\s+(?:breaking|clearing|repairing|fixing|working|healing|attacking|killing|regrowing|rebuilding)\\b'],
  // From the sixty-ninth batch: a role played only a little ("TNF-α plays only a minor role"), a
  // share written after "of" as French writes it ("reduced the apoptosis of hepatocytes of 45 %"), a
  // p-value ("(p < 0,01)"), and the first cells to do a thing ("the Kupffer cells are the first to
  // capture the exosomes"; not "we were the first to arrive"). (Its "is the main signal that" and
  // "is finished in 7 to 10 days" joined earlier cues; "is overexpressed in the injured liver" is
  // read as the injury raising it: see claims.ts.)
  ['association', '\\b(?:only|just)\\s+a\\s+(?:minor|small|negligible|marginal|supporting)\\s+(?:role|part)\\b'],
  ['amount', '\\b(?:reduced|reduces|increased|increases|decreased|decreases|lowered|lowers|raised|raises|diminished|diminishes)\\s+(?:[\\w-]+\\s+){1,6}?of\\s+(?:about\\s+|~\\s*)?\\d+(?:[.,]\\d+)?\\s*%'],
  ['association', '\\bp\\s*(?:<|=|≤|<=)\\s*0?[.,]\\d+'],
  // (And "they're the first cells to fire off TNF-α", from the hundred-and-fourth batch; not "they're
  // the first to arrive".)
  ['scope', '\\bfirst(?:(?<=\\b(?:cells|macrophages|hepatocytes|mscs|exosomes|neutrophils|monocytes|platelets)\\s+(?:is|are|was|were)\\s+the\\s+first)\\s+(?:(?:thing|things|ones?)\\s+)?|(?<=\\bthey(?:[\'’]re|\\s+are|\\s+were)\\s+the\\s+first)\\s+(?:cells?|responders?)\\s+)to\\b'],
  // From the seventieth batch: what happens in the first days or weeks ("most of the regrowth …
  // happens in the first two weeks"), nothing of a harm ("there is zero CNS exposure"; not "zero
  // risk of rain"), who first isolated a factor ("Nakamura's group first pulled HGF out of rat
  // platelets"; not "we first found the keys"), work that settled a question ("Bucher's parabiosis
  // work … settled it:"; not "that settled it, we ordered pizza"), what plasma exchange strips ("PLEX
  // strips circulating exos"; not "strips free chlorine"), and a share of what something does
  // ("Roughly 70% of what MSCs do for the liver comes from their exosomes"; not "60% of what we
  // spend"). (Its "peaks roughly a day after",
  // "INR peaked POD2", "keeps >95% potency for 24 months" and "cleared … w/in 30 min" joined earlier
  // cues.)
  ['time', '\\b(?:happens?|happened|occurs?|occurred|takes?\\s+place|took\\s+place|is\\s+done|gets\\s+done)\\s+(?:with)?in\\s+the\\s+first\\s+(?:few\\s+|couple\\s+of\\s+|\\d+\\s*|(?:two|three|four|five|six|seven|ten|twelve)\\s+)?(?:hours?|days?|weeks?|months?)\\b'],
  ['amount', '\\bzero\\s+(?:[\\w-]+\\s+)?(?:exposure|toxicity|side[- ]effects|tumou?rs?|deaths|adverse\\s+events|rejection|engraftment)\\b'],
  ['association', '\\bfirst(?<!\\b(?:we|i|you)\\s+first)\\s+(?:isolated|purified|identified|discovered|cloned|pulled|characteri[sz]ed|sequenced)\\b'],
  ['association', '\\bsettled(?<=\\b(?:work|study|studies|experiments?|data|paper|trial|results?|findings?)\\b[^.;:]{0,60}?\\bsettled)\\s+(?:it|the\\s+(?:question|matter|debate|issue))\\b'],
  ['amount', '\\bstrips?\\s+(?:out\\s+)?(?:circulating|free|plasma|bound)\\s+(?:exos|exosomes|vesicles|evs|cells|cytokines|antibod(?:y|ies)|mscs)\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+what\\b(?!\\s+(?:we|i|you)\\b)'],
  // From the seventy-first batch: a state reached by a day after an injury ("laying down
  // collagen I by day 3 post-CCl4"; not "done by day 3"), a share after an equals sign
  // ("Kupffer cells = ~80–90% of the body's macrophages"), a share delivered or supplied ("the
  // portal vein delivers ~75% of hepatic blood flow"), where an effect comes almost wholly from
  // ("comes almost entirely from MMP-13", with "comes mostly from" of earlier cues), one thing
  // said to do it and not another ("It's miR-223 … that actually switches stellate cells off,
  // not miR-122"), a score lowered by points ("lowered MELD by ≥3 points"; with the
  // seventy-second's counts skewed "by up to 1000x"). (Its "peaking ~24 h" joined the peaks.)
  ['time', '\\bby\\s+(?:day|d|week|wk)\\s*\\d+\\s+post[-\\s]?[\\w-]+'],
  ['amount', '\\b\\d+(?:[.,]\\d+)?(?:\\s*[–-]\\s*\\d+(?:[.,]\\d+)?)?\\s*%(?<==\\s*[~≈]?\\s*\\d+(?:[.,]\\d+)?(?:\\s*[–-]\\s*\\d+(?:[.,]\\d+)?)?\\s*%)\\s+of\\b(?!\\s+(?:my|our|your|his|her|their|all|the\\s+total)\\b)'],
  ['amount', '\\b(?:delivers?|delivered|supplies|supplied|contributes?|contributed|receives?|received)\\s+(?:about\\s+|around\\s+|roughly\\s+|only\\s+|nearly\\s+|almost\\s+|over\\s+|up\\s+to\\s+)?[~≈>]?\\s*\\d+(?:[.,]\\d+)?(?:\\s*[–-]\\s*\\d+)?\\s*%\\s+of\\b(?!\\s+(?:my|our|your|his|her|their)\\b)'],
  ['comparison', '\\bit(?:[\'’]s|\\s+is|\\s+was)\\s+[^,.;:!?]{1,60}?\\s+that\\s+(?:actually\\s+|really\\s+|truly\\s+)?(?:switch|turn|shut|drive|cause|activate|inhibit|block|trigger|mediate|control|suppress|induce|protect|repair)(?:s|es|ed)?\\b(?!\\s+(?:me|us|you|him|her|them|people|everyone)\\b)[^.;!?]{0,60},\\s*not\\s'],
  ['amount', '\\b(?:lowered|lowers|reduced|reduces|raised|raises|improved|improves|cut|cuts|dropped|drops|fell|falls|rose|rises|increased|increases|decreased|decreases|skews?|skewed|inflates?|inflated|distorts?|distorted|shifts?|shifted)\\s+(?:[\\w-]+\\s+){0,3}?by\\s+(?:[≥>~≈]\\s*|about\\s+|around\\s+|at\\s+least\\s+|over\\s+|up\\s+to\\s+|as\\s+much\\s+as\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:(?:points?|pts?|units?)\\b|[x×](?![\\w])|-?fold\\b)'],
  // From the seventy-second batch: a rate of a harm or an outcome ("run a ~5% serious infection
  // rate"; not "a 5% interest rate"), and cells that only step in when the liver needs them
  // ("they only kick in when hepatocytes can't divide"; not "the heating only kicks in when
  // it's cold"). (Its "make up >40% of reads" joined the shares made up.)
  ['amount', '\\b\\d+(?:[.,]\\d+)?\\s*%\\s+(?:(?:serious|severe|major|minor|overall)\\s+)?(?:infection|complication|mortality|death|response|failure|rejection|relapse|recurrence|survival|adverse[- ]event|tumou?r|engraftment|success|cure|remission|bleeding|sepsis)\\s+(?:rate|risk)\\b'],
  ['association', '\\bonly\\s+(?:kick|kicks|kicked|come|comes|came|step|steps|stepped|switch|switches|switched|turn|turns|turned)\\s+(?:in|on)\\s+(?:when|if|after|once)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:hepatocytes|cells|liver|livers|injury|damage|hepatectomy|regeneration)\\b'],
  // From the seventy-third batch: a number doubled in a time ("the stem cells in there
  // literally DOUBLE in 72 hrs"), what wakes up the liver's cells or flushes out toxins ("wakes
  // up your liver's stem cells", "flushes the toxins out of your hepatocytes"; not "wakes up
  // the kids"), a renewal every so often ("your liver replaces itself 100% every 6 months"; not
  // "replaces the filter every 6 months"), and what one dose is worth ("one vial = 6 months of
  // liver repair"). (Its "has never been shown to last" joined what has been shown.)
  ['time', '\\b(?:doubles?|doubled|triples?|tripled|halves?|halved)\\s+(?:in|within)\\s+(?:about\\s+|like\\s+|just\\s+|only\\s+|~\\s*)?\\d+\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?)\\b'],
  ['association', '\\b(?:wakes?|woke|waking)\\s+up\\s+(?:your|the|their|its)\\s+(?:liver[\'’]s\\s+|own\\s+)?(?:stem\\s+cells|hepatocytes|liver|cells)\\b|\\bflush(?:es|ed|ing)?\\s+(?:the\\s+|all\\s+the\\s+)?toxins\\b'],
  ['time', '\\b(?:replaces?|replaced|renews?|renewed|regenerates?|regenerated)\\s+(?:itself|themselves)\\s+(?:(?:completely|fully|entirely|totally|\\d+\\s*%)\\s+)?every\\s+(?:\\d+|few|couple|one|two|three|six|seven|ten)\\b'],
  ['amount', '\\b\\d+\\s+(?:months?|weeks?|years?|days?)(?<==\\s*\\d+\\s+(?:months?|weeks?|years?|days?))\\s+of\\s+(?:[\\w-]+\\s+)?(?:repair|regeneration|recovery|healing|protection|benefit|therapy|treatment)\\b'],
  // From the seventy-fourth batch: parts of an organ that never come back, as what never grows
  // back does ("the removed lobes never come back"; not "the lost pieces never come back"), and
  // a number of divisions gone through ("each one only needs to go through 1–2 divisions"; not
  // "the team dropped 2 divisions"). (Its "is back to full weight in 7 days" joined what
  // returns to baseline.)
  ['association', '\\b(?:lobes?|segments?|tissue)\\s+(?:never|don[\'’]t|doesn[\'’]t|do\\s+not|does\\s+not|won[\'’]t)\\s+come\\s+back\\b'],
  ['amount', '\\b\\d+(?<=\\b(?:through|undergoes?|underwent|undergo|completes?|completed)\\s+(?:only\\s+|just\\s+|about\\s+|~\\s*)?\\d+)(?:\\s*[–-]\\s*\\d+)?\\s+(?:rounds?\\s+of\\s+)?(?:divisions?|cell\\s+cycles?|doublings?|mitoses)\\b'],
  // From the seventy-fifth batch: a likeness of rate ("female and male livers regenerate at the
  // same rate"), what cells shut down ("the cells shut down endotoxin signalling"), what caps
  // regeneration ("albumin < 3.0 g/dL basically caps regeneration"), none of a group reaching
  // an outcome ("none of those pts cleared 60% volume recovery"), what feeds a tumour ("because
  // the cells feed tumour growth"), and how often an outcome comes ("come off the transplant
  // list ~40% of the time"). (Not "the buses leave at the same rate", nor "caps recovery of
  // legal costs".) A data split ("leaderboard split is 30% public / 70% private") is no share
  // found, and style is no result ("way cleaner than ours").
  ['comparison', '\\b(?:regenerates?|regenerated|grows?|grew|regrows?|regrew|recovers?|recovered|heals?|healed|divides?|divided|proliferates?|proliferated)\\s+at\\s+the\\s+same\\s+(?:rate|speed|pace)\\b'],
  ['association', '\\bshut(?:s|ting)?\\s+down\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:signall?ing|pathways?|inflammation|production|expression|activation|secretion|genes)\\b'],
  ['association', '\\bcaps?\\s+(?:liver\\s+)?(?:regeneration|regrowth|proliferation)\\b'],
  ['scope', '\\bnone\\s+of\\s+(?:the|those|these|our|their)\\s+(?:pts|patients|mice|rats|animals|dogs|cats|donors|recipients|subjects)\\s+(?:[\\w-]+\\s+)?(?:cleared|reached|achieved|recovered|responded|survived|regenerated|showed|developed|needed|had)\\b'],
  ['association', '\\b(?:feeds?|fed|feeding|fuels?|fuell?ed|fuell?ing)\\s+(?:the\\s+)?(?:tumou?r|cancer|hcc)\\s+(?:growth|progression|formation|cells)\\b'],
  ['amount', '\\b\\d+(?:[.,]\\d+)?\\s*%\\s+of\\s+the\\s+time\\b'],
  // From the seventy-sixth batch: a process that stalls ("if you knock that out the whole
  // regeneration cascade just stalls"; not "the car just stalls"). (Its "~30–40% of adult human
  // hepatocytes are polyploid" and "in roughly half of people" joined earlier cues.)
  ['association', '\\b(?:cascade|regeneration|response|repair|signall?ing|proliferation)\\s+(?:just\\s+|simply\\s+|completely\\s+|basically\\s+)?(?:stalls|stalled|collapses|collapsed|grinds\\s+to\\s+a\\s+halt|ground\\s+to\\s+a\\s+halt)\\b'],
  // From the seventy-seventh batch: what an infusion gives patients ("that's what gives them
  // the flushing and rigors"; not "that's what gives me hope"), a thing seen so many times in
  // practice ("seen it 3x this yr"; not "I've seen it 3x already"), a symptom read as the body
  // rejecting the cells ("Jaundice after these infusions = the body rejecting the donor
  // cells"), and, for notes that switch to Korean, a multiple ("miR-122가 거의 3배 많음",
  // "bioactivity 2배 높음") and a return to baseline ("24h면 baseline으로 돌아옴"). (Its "cleared from
  // circulation within 24-48 h" joined the times within a range.)
  ['association', '\\bthat[\'’]s\\s+what\\s+(?:gives|gave|causes|caused|triggers|triggered)\\s+(?:them|patients|pts|people|the\\s+patients)\\s+(?:the\\s+)?[\\w-]+'],
  ['scope', '\\bseen\\s+it\\s+(?:\\d+\\s*x|\\d+\\s+times|twice|several\\s+times|many\\s+times|a\\s+few\\s+times)\\s+(?:(?:this|last)\\s+(?:yr|year|month|week|rotation)|(?:in|on)\\s+(?:clinic|the\\s+ward|practice|pts|patients))\\b'],
  ['association', '\\b(?:rejecting|attacking|fighting|clearing)(?<==\\s*(?:the\\s+)?(?:body|immune\\s+system)\\s+[a-z]+)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:cells|mscs|exosomes|graft)\\b'],
  ['comparison', '\\b\\d+(?:[.,]\\d+)?\\s*배\\s*(?:더\\s*)?(?:많|높|낮|적|빠르|느리|크|작|강하|좋)'],
  ['time', '\\bbaseline(?:으로|로)\\s*돌아'],
  // From the seventy-eighth batch: what a treatment runs or costs a time ("runs $25-50k per
  // infusion"; not "runs $5 per coffee"), a share of the body lost ("Bed rest costs ~1% muscle
  // mass/day"), and a size after a copula ("exosomes are ~100 nm"). (Its "lose like half their
  // viability" joined what is lost; "crank inflammation UP" is read as raising it, see
  // predicates.ts.)
  ['amount', '\\b(?:runs?|ran|costs?|charges?|charged)\\s+(?:about\\s+|around\\s+|roughly\\s+|upwards\\s+of\\s+|~\\s*)?[$€£]\\s?\\d[\\d,.]*\\s*[kK]?(?:\\s*[-–]\\s*[$€£]?\\s?\\d[\\d,.]*\\s*[kK]?)?\\s+(?:per|a|an|each)\\s+[\'‘"“]?(?:infusion|session|dose|treatment|round|shot|injection|vial|course|package)\\b'],
  ['amount', '\\bcosts?\\s+(?:about\\s+|roughly\\s+|around\\s+|~\\s*)?\\d+(?:[.,]\\d+)?\\s*%\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,2}?(?:mass|muscle|weight|function|volume|strength)\\b'],
  ['amount', '\\b(?:is|are|was|were|r)\\s+(?:(?:about|around|roughly|only|just|like)\\s+|~\\s*|[<>≤≥]\\s*){0,2}\\d+(?:[.,]\\d+)?(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:nm|µm|μm|um)\\b'],
  // From the seventy-ninth batch: damage that no longer reverses ("Once the scarring bridges
  // across the liver it no longer reverses"; not "the old van no longer reverses"), a dose safe
  // up to a number of particles ("non-toxic up to 10^12 particles/kg"), a share of everything
  // an organ does ("hepatocytes r doing like 80% of everything the liver does"), and a lab
  // value gone from one number to another ("His bilirubin went from 3 to 7"; not "The price
  // went from 10 to 12 euros"). (Its "r literally the ones that make the scar tissue" and "r
  // like 30-150 nm" joined earlier cues; "spikes way up in the liver when its injured" is read
  // as the injury raising it, see claims.ts and predicates.ts.)
  ['association', '\\bno(?<=\\b(?:it|fibrosis|scarring|scar|damage|cirrhosis|injury|liver)\\s+no)\\s+longer\\s+(?:reverses|regresses|resolves|regenerates|responds|recovers|regrows|heals)\\b'],
  ['amount', '\\bup\\s+to\\s+\\d+(?:\\^\\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?:[.,]\\d+)?\\s*[×x]\\s*10(?:\\^\\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?\\s*(?:particles|cells|vesicles|evs|exosomes|mg|µg|μg|ug)\\s*/\\s*kg\\b'],
  ['amount', '\\b\\d+(?:[.,]\\d+)?\\s*%\\s+of\\s+everything\\b'],
  ['amount', '\\b(?:went|goes|go)(?<=\\b(?:bilirubin|alt|ast|inr|albumin|meld|ammonia|creatinine|platelets|lactate|ferritin|crp)\\s+(?:went|goes|go))\\s+from\\s+[<>~]?\\s*\\d[\\d,.]*\\s+to\\s+[<>~]?\\s*\\d'],
  // From the eightieth batch: an organ grown all the way back in a time ("The liver grows all
  // the way back in about 6 wks"; not "the tomatoes grow back every spring"), a trait that
  // skips a generation, cargo the same as another's ("Plant-derived exosomes carry basically
  // the same miRNAs as human MSC exosomes"; not "makes the same cake as"), a chain of consequences
  // written with "=" ("Happier liver = fewer activated stellate cells = less fibrosis"), and a
  // product good for a time at a temperature ("good for 2 wks at 4 °C"). (Its "~5x deeper than"
  // and "the first thing to go wrong" joined earlier cues.)
  ['time', '\\b(?:grows?|grew|regrows?|regrew|comes?|came)\\s+(?:all\\s+the\\s+way\\s+)?back\\s+(?:with)?in\\s+(?:about\\s+|around\\s+|roughly\\s+|just\\s+|only\\s+|~\\s*)?(?:\\d+|a|one|two|three|four|five|six|eight|ten|twelve)\\s*(?:hours?|days?|d|wks?|weeks?|months?)\\b'],
  ['association', '\\bskips?\\s+a\\s+generation\\b'],
  ['comparison', '\\b(?:carry|carries|carried|contain|contains|contained|express|expresses|expressed|secrete|secretes|secreted|produce|produces|produced|release|releases|released)\\s+(?:basically\\s+|essentially\\s+|roughly\\s+|much\\s+|exactly\\s+|pretty\\s+much\\s+)?the\\s+same\\s+(?:[\\w-]+\\s+){0,2}?as\\b'],
  ['comparison', '\\b(?:fewer|less|more)(?<==\\s*(?:fewer|less|more))\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+\\s*='],
  ['time', '\\b(?:good|stable|viable|usable|potent)\\s+for\\s+(?:up\\s+to\\s+|about\\s+|~\\s*)?\\d+\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|yrs?|years?)\\s+(?:at\\s+[-−]?\\d+\\s*°|at\\s+room\\s+temp)'],
  // From the eighty-first batch: nothing of an activity left ("have basically zero paracrine
  // activity left"), what only happens with a treatment ("which in Child B only happens with
  // MSCs"; not "only happens with good weather"), and a time in Portuguese after a value for
  // notes that switch to it ("2.6 -> 3.4 em 4 semanas"; not "nos vemos em 2 semanas"). (Its
  // "sobe (goes UP) in acute liver injury" is read as the injury raising miR-122: see
  // predicates.ts.)
  ['amount', '\\bzero\\s+(?:[\\w-]+\\s+)?(?:activity|potency|function|viability|effect)\\s+left\\b'],
  ['association', '\\bonly\\s+(?:happens?|happened|occurs?|occurred|works?|worked)\\s+(?:with|after|in\\s+(?:patients|pts)\\s+(?:on|given))\\s+(?:the\\s+)?(?:mscs|stem\\s+cells|exosomes|exos|cells|infusions?|transplants?)\\b'],
  ['time', '\\bem(?<=\\d\\s+em)\\s+\\d+\\s+(?:semanas|dias|meses|horas)\\b'],
  // From the eighty-second batch: cells that double every so often ("cord MSCs double every ~30
  // hrs in culture"), potency lost after so many passages ("lose potency after ~10 passages"),
  // what drove a change ("which is what drove the rapid fibrosis"; not "which is what drove me
  // to quit"), the classic course of a reaction ("That's the classic course of a reaction to
  // unscreened allogeneic MSCs"), a harm that shows up a time after a treatment ("usually shows
  // up 2–3 wks after infusion"; not "shows up 2 days after the order"), and cells kept alive
  // longer ("keep the infused MSCs alive longer in the body"). (Its "charge $15k–30k per
  // 'package'" and "seen in about a third of such deaths" joined earlier cues.)
  ['time', '\\b(?:doubles?|doubled|divides?|divided)\\s+(?:about\\s+|roughly\\s+|~\\s*)?every\\s+(?:~\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?)\\b'],
  ['amount', '\\b(?:lose|loses|lost|losing)\\s+(?:their\\s+|its\\s+)?(?:potency|viability|activity|function|stemness)\\s+(?:after|by|beyond|past)\\s+(?:~\\s*|about\\s+)?\\d+\\s+passages?\\b'],
  ['association', '\\bwhich\\s+is\\s+what\\s+(?:drove|drives|caused|causes|triggered|triggers|led\\s+to|leads\\s+to)\\b(?!\\s+(?:me|us|you|him|her|them)\\b)'],
  ['association', '\\bclassic\\s+(?:course|picture|presentation|pattern)\\s+of\\s+(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}?(?:reaction|rejection|injury|toxicity|failure|infection|response)\\b'],
  ['time', '\\b(?:shows?|showed|showing|turns?|turned|turning)\\s+up\\s+(?:about\\s+|roughly\\s+|~\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?)\\s+(?:after|post)[-\\s]?(?:the\\s+)?(?:infusion|injection|treatment|dosing|dose|surgery|transplant(?:ation)?|hepatectomy|op)\\b'],
  ['comparison', '\\bkeeps?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:mscs|cells|hepatocytes|stem\\s+cells|grafts?)\\s+alive\\s+longer\\b'],
  // From the eighty-third batch: the signal that sets an organ regrowing ("IL-6 is the signal that
  // tells the liver to start regrowing"; not "tells the liver team to start"). (Its "mostly gets
  // stuck in your lungs", ">50% of particles are lipoprotein contaminants", "lose >90%
  // bioactivity after 3 freeze-thaw cycles" and "only live about 48 hours inside you" joined
  // earlier cues.)
  ['association', '\\btells?\\s+(?:the\\s+|your\\s+|a\\s+)?(?:liver|remnant|organ)\\s+to\\s+(?:start\\s+|begin\\s+)?(?:regrow|regenerat|grow|divid|proliferat|repair)[a-z]*\\b'],
  // From the eighty-fourth batch: a count knocked down by a share ("each freeze-thaw knocks
  // particle count down ~30%"; not "knock the price down 10%"), and a harm that happens in a
  // share of treatments ("serious infusion reactions happen in under 0.5% of MSC infusions"; not
  // "the meetings happen in room 5"). (Its "stay stable at room temp for 2 yrs" joined what
  // holds up for a time; "in damaged liver tissue" is read as the injury, and "miR-122 = …" names
  // what "it" of the next sentence is, see claims.ts.)
  ['amount', '\\bdown(?<=\\b(?:knocks?|knocked|brings?|brought|pushes|pushed|drives?|drove|takes?|took)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:count|counts|yield|yields|titer|titers|titre|titres|viability|potency|activity|levels?|concentration)\\s+down)\\s+(?:by\\s+)?(?:about\\s+|roughly\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*%'],
  // From the eighty-fifth batch: a harm that lasts a time after a treatment ("these products
  // commonly give a low-grade fever for 2–3 wks"; not "give a talk for 2 hours"), and what a pose
  // does to the liver ("Deep seated twists literally wring out the liver"; not "wring out the
  // cloth"). (Its "typically peaks wk 2" joined the first batches' peaks; "start pumping out type
  // I collagen" is read as producing it, see predicates.ts.)
  ['time', '\\b(?:fevers?|rash(?:es)?|jaundice|nausea|fatigue|chills|headaches?)(?<=\\b(?:gives?|gave|giving|causes?|caused|causing)\\s+(?:(?:a|an|some)\\s+)?(?:[\\w-]+\\s+)?[a-z]+)\\s+for\\s+(?:about\\s+|around\\s+|up\\s+to\\s+|~\\s*)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?)\\b'],
  ['association', '\\b(?:wring|wrings|wrung|wringing|squeeze|squeezes|squeezed|squeezing|flush|flushes|flushed|flushing|massage|massages|massaged|massaging|detox|detoxes|detoxed|detoxify|detoxifies|cleanse|cleanses|cleansed)\\s+(?:out\\s+)?(?:the|your|their)\\s+liver\\b'],
  // From the eighty-sixth batch: a lab value as a readout of how much an organ has done ("ALT is
  // basically a direct readout of how much liver has regrown"; not "a direct readout of how much
  // flour is left"), and more doses needed for the same effect ("needs 2 infusions to get the same
  // bilirubin drop"; not "needs 2 tries to get the same answer"). (Its "is stable 18 months at
  // -20°C" joined what holds up for a time.)
  ['association', '\\bhow(?<=\\b(?:is|are|was|were)\\s+(?:basically\\s+|essentially\\s+|really\\s+|just\\s+|literally\\s+)?(?:a|an|the)\\s+(?:direct\\s+|reliable\\s+|good\\s+|accurate\\s+|true\\s+)?(?:readout|measure|marker|proxy|indicator|gauge)\\s+of\\s+how)\\s+(?:much|fast|well|far)(?:\\s+[\\w-]+){0,2}?\\s+(?:liver|hepatocytes?|tissue|organ|damage|injury|fibrosis|scarring|regeneration|repair|inflammation)\\b'],
  ['comparison', '\\b(?:infusions|doses|injections|rounds|shots|sessions)(?<=\\b(?:needs?|needed|takes?|took|requires?|required)\\s+(?:\\d+|two|three|four|twice\\s+as\\s+many|more)\\s+[a-z]+)\\s+to\\s+(?:get|reach|achieve|match|see|produce)\\s+the\\s+same\\b'],
  // From the eighty-seventh batch: a size given after the word ("exosome size 30–150 nm"; not
  // "font size 12 pt"), and how an animal regrows a part ("Axolotls regrow limbs by
  // dedifferentiating cells"; not "we regrow the lawn by seeding it", which names no part of a
  // body). (Its "only ~2-3% actually reach the liver" and "= ~80-90% of all the tissue macrophages"
  // joined earlier cues.)
  ['amount', '\\b(?:size|sizes)(?:\\s*[:=~≈]\\s*|\\s+(?:of|is|are)\\s+|\\s+)(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?\\d+(?:[.,]\\d+)?(?:\\s*[–-]\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:nm|µm|μm|um)\\b'],
  ['association', '\\b(?:regrows?|regrew|regenerates?|regenerated)\\s+(?:(?:their|its|the|a|whole|lost|missing|amputated)\\s+)*(?:limbs?|tails?|fins?|livers?|organs?|tissues?|hearts?|spinal\\s+cords?|jaws?|eyes?|lobes?|digits?)\\s+by\\s+[a-z]+ing\\b'],
  // From the eighty-eighth batch: a level that spikes in the first hours after an operation ("IL
  // six spikes in the first hour after resection"; not "sales spike in the first week after
  // launch"), and an organ that regrows by the same mechanism as in another species ("in
  // zebrafish the liver regrows by exactly the same mechanism as in humans"). (Its "buys you
  // nothing over a low dose" and "push them back to M2" joined earlier cues; "the caption should
  // say …" is no hedge, see above.)
  ['time', '\\b(?:spikes?|spiked|peaks?|peaked|surges?|surged|jumps?|jumped|rises?|rose)\\s+(?:with)?in\\s+the\\s+first\\s+(?:\\d+\\s+|few\\s+|couple\\s+(?:of\\s+)?)?(?:hours?|hrs?|h|minutes?|days?)\\s+(?:after|post|following)[-\\s]+(?:the\\s+)?(?:resection|surgery|hepatectomy|phx|ph|injury|infusion|transplant(?:ation)?|operation|op)\\b'],
  ['comparison', '\\bsame(?<=\\b(?:by|through|via)\\s+(?:exactly\\s+|essentially\\s+|basically\\s+|much\\s+|largely\\s+)?the\\s+same)\\s+(?:mechanism|pathway|process|programme|program)s?\\s+as\\b'],
  // From the eighty-ninth batch: an organ back to its full mass ("the liver regrows to ~full mass
  // by 6-8 wks"), scar tissue or its cells switched off ("switch off scar tissue in just 2
  // sessions", "one MSC infusion shuts them down for good"; not "switch off the lights"), what an
  // organ holds ("liver holds ~100 g glycogen"), a store burnt through in a time ("pts burn thru
  // it in <12 h"), regrowth slower or quicker ("low-zinc pts regenerate noticably slower", "the
  // remnant liver regrows quicker"), the factor that limits a process, a share an organ clears
  // ("the liver clears ~90% of them on first pass"; not "the cleaner removes 90% of the dust"),
  // and macrophages flipped to healing ("flip them from inflammatory to healing mode").
  ['amount', '\\b(?:full|normal|original|pre-?op(?:erative)?|baseline)(?<=\\b(?:regrows?|regrew|regrown|grows?\\s+back|grew\\s+back|recovers?|recovered|returns?|returned|gets?\\s+back|got\\s+back)\\s+to\\s+(?:~\\s*|about\\s+|nearly\\s+|almost\\s+|roughly\\s+)?(?:its\\s+|their\\s+)?[\\w-]+)\\s+(?:liver\\s+)?(?:mass|volume)\\b'],
  ['association', '\\b(?:switch(?:es|ed|ing)?|shuts?|shutting|turns?|turned|turning)\\s+off\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:scar\\s+tissue|scarring|fibrosis|stellate\\s+cells|hscs?|collagen\\s+production|inflammation)\\b'],
  ['time', '\\b(?:shuts?|shut|shutting|switch(?:es|ed)?|turns?|turned)\\s+(?:them|it|those|these)\\s+(?:down|off)\\s+(?:for\\s+good|permanently|forever|for\\s+life)\\b'],
  ['amount', '\\bholds?(?<=\\b(?:liver|livers|hepatocytes?|cells?)\\s+holds?)\\s+(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:g|mg|ml|l|%)\\s+(?:of\\s+)?[\\w-]+'],
  ['time', '\\b(?:burn|burns|burned|burnt|burning)\\s+(?:thru|through)\\s+(?:it|them|(?:their\\s+|the\\s+)?(?:glycogen|stores?|reserves?|fat))\\s+(?:with)?in\\s+(?:about\\s+|~\\s*|[<>≤]\\s*)?\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|d|days?)\\b'],
  // (What regenerates faster needs no subject before the verb, from the hundred-and-eleventh batch:
  // "guys with fatty liver from sittin all day regenerate slower"; not "the roses regrow faster".)
  ['comparison', '\\b(?:regenerate|regenerates|regenerated|regen|regens|(?:regrows?|regrew|recover|recovers|recovered|heal|heals|healed)(?<=\\b(?:liver|livers|remnant|organ|mice|rats|animals|patients|pts|hepatocytes|tissue)\\s+[a-z]+))\\s+(?:noticeably\\s+|noticably\\s+|much\\s+|far\\s+|significantly\\s+|a\\s+lot\\s+|way\\s+|a\\s+bit\\s+)?(?:slower|faster|quicker|better|worse)\\b'],
  ['association', '\\blimiting(?<=\\b(?:is|are|was|were)\\s+the\\s+(?:main\\s+|key\\s+|real\\s+)?(?:rate-)?limiting)\\s+(?:factor|step)\\s+(?:for|in|of)\\b'],
  ['amount', '\\b(?:clears|cleared|removes|removed|extracts|extracted)(?<=\\b(?:liver|livers|kidneys?|spleen|lungs?|macrophages|kupffer\\s+cells)\\s+[a-z]+)\\s+(?:about\\s+|around\\s+|roughly\\s+|over\\s+|nearly\\s+|~\\s*|[<>]\\s*)?\\d+(?:\\.\\d+)?\\s*%\\s+of\\b'],
  ['association', '\\b(?:flips?|flipped|flipping|switch(?:es|ed)?|shifts?|shifted|turns?|turned)\\s+(?:them|it|macrophages|kupffer\\s+cells)\\s+from\\s+(?:an?\\s+)?(?:inflammatory|pro-inflammatory|m1)\\s+(?:(?:mode|state|phenotype)\\s+)?(?:to|into)\\s+(?:an?\\s+)?(?:healing|anti-inflammatory|repair|reparative|m2|regenerative)\\b'],
  // From the ninetieth batch: a level up a multiple ("Ki67+ up ~3x already at 24 h"), an effect
  // killed completely, regrowth days slower ("the liver regrows like two days slower"), where
  // regrowth mostly comes from ("The regrowth is mostly the liver cells I already have
  // dividing"), no change at all ("doesn't change your liver function at all"; not "doesn't
  // change the plan at all"), cells gone quiescent again after a treatment, a synergy only in one
  // order ("synergy only if EVs go in first"), and calories burnt ("regrowing liver burns a crazy
  // amount of calories"). (Its "can't regenerate after hepatectomy" joined "can't regrow";
  // "Protocol v3: thaw …" is a protocol's step, see above.)
  // ("αSMA down ~70% vs saline", from the hundred-and-twenty-sixth batch.)
  ['amount', '\\b(?:up|down)(?<=(?:[\\w-]*\\d[\\w-]*\\+?|[\\w-]+\\+|[α-ω][\\w-]*|levels?|expression|secretion|proliferation|uptake|mrna|protein)\\s+(?:up|down))\\s+(?:~\\s*|about\\s+|roughly\\s+|nearly\\s+|almost\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:[x×](?![\\w])|-?fold\\b|%)'],
  ['amount', '\\b(?:kills?|killed|abolishes|abolished|blocks?|blocked|wipes?\\s+out|wiped\\s+out)(?<=\\b(?:antibody|antibodies|inhibitor|inhibitors|blockade|knockout|ko|knockdown|sirna|depletion|deletion)\\s+[a-z]+(?:\\s+out)?)\\s+the\\s+(?:whole\\s+)?(?:effect|benefit|response|protection)\\s+(?:completely|entirely|totally)\\b'],
  ['comparison', '\\b(?:regrows?|regrew|regenerates?|regenerated|recovers?|recovered|heals?|healed)(?<=\\b(?:liver|livers|remnant|organ|mice|rats|animals|patients|pts|hepatocytes|tissue)\\s+[a-z]+)\\s+(?:like\\s+|about\\s+|roughly\\s+|~\\s*)?(?:\\d+|one|two|three|four|a\\s+few|a\\s+couple\\s+of)\\s+(?:days?|weeks?|hours?|wks?)\\s+(?:slower|faster|later|earlier|sooner)\\b'],
  ['association', '\\b(?:mostly|mainly|largely|entirely)(?<=\\b(?:regrowth|regeneration|repair|recovery)\\s+(?:is|comes)\\s+[a-z]+)\\s+(?:from\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:cells?|hepatocytes|dividing|division|proliferation|stem)\\b'],
  ['association', '\\b(?:doesn[\'’]t|didn[\'’]t)\\s+(?:change|affect|alter|harm|hurt|impair|reduce)\\s+(?:your|the|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:function|levels?|health|outcomes?|survival|regeneration|bloodwork)\\s+at\\s+all\\b'],
  ['time', '\\bquiescent(?<=\\b(?:go|goes|went|gone|become|becomes|became|return|returns|returned)\\s+(?:fully\\s+|completely\\s+|back\\s+)?quiescent)\\s+(?:again\\s+)?(?:after|within|by|in)\\s+(?:~\\s*|about\\s+)?\\d'],
  ['scope', '\\bonly(?<=\\b(?:synergy|benefit|effect)\\s+only)\\s+(?:if|when)\\b'],
  // (And "regrowing a liver lobe burns roughly twice resting energy expenditure", from the hundred-and-sixth batch.)
  ['amount', '\\bburns?(?<=\\b(?:liver|livers|regeneration|regrowth|hepatocytes|remnant|lobe)\\s+burns?)\\s+(?:a\\s+(?:crazy|huge|massive|ton|lot)\\s+(?:amount\\s+)?of\\s+|lots\\s+of\\s+|tons\\s+of\\s+|(?:roughly\\s+|about\\s+|~\\s*)?(?:twice|double|triple|\\d+(?:\\.\\d+)?\\s*[x×])\\s+(?:the\\s+)?(?:resting\\s+|normal\\s+|usual\\s+|basal\\s+)?)(?:calories|energy|glucose|glycogen)\\b'],
  // From the ninety-first batch: what falls in proportion to another ("clearance of
  // high-extraction drugs falls roughly in proportion to the liver mass removed"). (Its share of
  // the body's store, "for ~80% of the body's vitamin A", is read from its number with the
  // shares of particles, above.)
  ['association', '\\b(?:proportion|proportionally)(?<=\\b(?:falls?|fell|drops?|dropped|declines?|declined|rises?|rose|increases?|increased|decreases?|decreased|scales?|scaled|changes?|changed)\\s+(?:roughly\\s+|about\\s+|almost\\s+|more\\s+or\\s+less\\s+|directly\\s+|linearly\\s+)?(?:in\\s+)?[a-z]+)\\s+(?:to|with)\\b'],
  // From the ninety-second batch: what switches on a process ("bile acids are what switch on the
  // stem cells that repair the liver"; not "what switch on the lights" with no such object, nor "HGF
  // is what drives hepatocytes to proliferate", which the review states). (Its "the liver grows
  // ~15% bigger" is read from its number with the shares of particles, above; "(Michalopoulos
  // 2017, Hepatology)" cites, and "whole donor cells" are the cells that make the subject.)
  ['association', '\\b(?:switch(?:es)?\\s+on|turns?\\s+on|kicks?\\s+off|wakes?\\s+up)(?<=\\b(?:is|are|was|were)\\s+what\\s+[a-z]+\\s+[a-z]+)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:cells|hepatocytes|regeneration|repair|proliferation|fibrosis|inflammation)\\b'],
  // From the ninety-third batch: a reason in what an organ's cells can't do or do ("because the
  // liver can't turn it into urea anymore", "because the regenerating hepatocytes pull in all the
  // phosphate"; not "because the liver team can't come"), a signal through a receptor ("it
  // signals through c-Met on hepatocytes"), particles that co-pellet ("ApoB particles co-pellet at
  // 100k g"), a sign once a level is above a value ("it shows in the sclera first once it's above
  // ~50 µmol/L"), and a complication around a day ("patients get hypophosphatémie around day
  // 2-3"). (Its "are only ~30–150 nm across" joined the sizes after a copula; "the liver's own
  // signature miRNA (miR-122)" is read as miR-122, see claims.ts.)
  ['association', '\\bbecause\\s+(?:the\\s+)?(?:regenerating\\s+|remaining\\s+|injured\\s+|damaged\\s+)?(?:liver|livers|hepatocytes|kidneys?)\\s+(?:can[\'’]t|cannot|can\\s+no\\s+longer|aren[\'’]t|are\\s+not|isn[\'’]t|is\\s+not|doesn[\'’]t|does\\s+not|don[\'’]t|do\\s+not|pull|pulls|take|takes|use|uses|need|needs)\\b'],
  ['association', '\\bsignals?\\s+(?:mainly\\s+|mostly\\s+|only\\s+)?(?:through|via)\\s+(?:its\\s+|their\\s+|the\\s+)?(?:[\\w-]*\\d[\\w-]*|c-met|met|receptors?|[\\w-]+\\s+receptors?)\\b'],
  ['association', '\\bco-?pellet(?:s|ed|ing)?\\s+(?:with\\s+(?:[\\w-]+\\s+){1,2}?)?at\\s+~?\\d'],
  ['amount', '\\bonce\\s+(?:it[\'’]s|it\\s+is|it\\s+gets|levels?\\s+(?:are|is|get)|(?:bilirubin|ammonia|alt|ast|inr)\\s+(?:is|gets))\\s+(?:above|over|below|under|past)\\s+(?:~\\s*|about\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:µmol|μmol|umol|mmol|mg|µg|μg|g\\/|u\\/l|iu|%)'],
  ['time', '\\b(?:day|d|pod)(?<=\\b(?:get|gets|got|develop|develops|developed)\\s+(?:[\\w-]+\\s+)?(?:[\\w-]*(?:emia|émie|aemia|itis|osis|pathy|penia)|fevers?|jaundice|ascites|bleeding|infections?|rash(?:es)?|nausea)\\s+(?:around|about|by|on)\\s+[a-z]+)\\s+\\d+(?:\\s*[-–]\\s*\\d+)?\\b'],
  ['scope', '\\b(?:happens?|happened|occurs?|occurred)\\s+in\\s+(?:under|over|about|around|roughly|only|just|nearly|fewer\\s+than|less\\s+than|more\\s+than|~|[<>≤≥])?\\s*\\d+(?:\\.\\d+)?\\s*%\\s+of\\b'],
  // From the ninety-fourth batch: an organ's mass back in a time ("a rat liver gets its whole mass
  // back in 5-7 days"), regrowth finished ("graft has finished regenerating"; not "we have finished regenerating the index"), what a reading past
  // a value means for the product ("anything over 3 µg/mL means the exosomes have lost …"; not
  // "anything over 30 degrees means we close"), cells that divide once or twice, and a level raised
  // enough to slow regrowth ("it raises ammonia enough to slow graft regeneration").
  ['time', '\\bback(?<=\\b(?:gets?|got|grows?|grew|has|have|had|regains?|regained)\\s+(?:its|their|the)\\s+(?:whole|full|entire|original|lost)\\s+(?:liver\\s+)?(?:mass|volume|size|weight|organ|(?<=\\bliver\\b[^.;!?]{0,60}?)thing)\\s+back)\\s+(?:with)?in\\s+(?:~\\s*|about\\s+|roughly\\s+|like\\s+|just\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:days?|d|weeks?|wks?)\\b'],
  ['time', '\\bfinished(?<=\\b(?:liver|livers|graft|grafts|remnant|organ|lobe|tissue|hepatocytes|it|they)\\s+(?:has|have|had|is|are|was|were)\\s+(?:already\\s+|fully\\s+|basically\\s+)?finished)\\s+(?:regenerating|regrowing|growing\\s+back|regeneration)\\b(?!\\s+(?:the|a|an|its|their|our|my|this|that)\\b)'],
  ['amount', '\\bmeans(?<=\\b(?:anything|everything|values?|levels?|readings?|results?|ec50s?|ic50s?)\\s+(?:over|above|below|under|past|[<>≥≤])\\s*(?:~\\s*)?\\d+(?:[.,]\\d+)?\\s*(?:[µμu]?g\\s*\\/\\s*m?l|%|[a-zµμ]+)?\\s+means)\\s+(?:that\\s+)?(?:the\\s+|their\\s+)?(?:exosomes|evs|vesicles|cells|mscs|liver|hepatocytes|graft|preps?|batch|sample|lot)\\s+(?:have|has|are|is|were|was|lost)\\b'],
  ['amount', '\\b(?:divide|divides|divided)\\s+(?:only\\s+)?(?:once\\s+or\\s+twice|once|twice|one\\s+or\\s+two\\s+times|\\d+\\s*(?:[-–]\\s*\\d+\\s*)?times)\\b(?!\\s+(?:the|a|an|by|into|more|you|we|they|it|he|she|i|that)\\b)'],
  ['association', '\\benough(?<=\\b(?:raises?|raised|raising|lowers?|lowered|drops?|dropped|increases?|increased|reduces?|reduced|boosts?|boosted|spikes?|spiked)\\s+(?:[\\w-]+\\s+){0,2}?enough)\\s+to\\s+(?:slow|stop|block|impair|hurt|damage|halt|delay|blunt|stall)\\s+(?:down\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:regeneration|regrowth|recovery|repair|healing|proliferation|liver|hepatocytes)\\b'],
  // From the ninety-fifth batch: more of a term denied any benefit (above, with the "adds nothing
  // over" cues), a side effect in the first hours ("a low-grade fever in the first 12 h"; not "we
  // meet in the first 2 days", nor "the rash in the first 2 days of camp"), and a few results written in Dutch in notes that switch to it
  // ("werken beter dan", "~3x sneller op dan", "~40% hoger", "verliezen ~60% activity").
  ['time', '\\b(?:fevers?|chills|reactions?|rash(?:es)?|nausea|headaches?|aes?|side\\s+effects?|hypotension|rigou?rs)\\s+(?:with)?in\\s+(?:the\\s+)?first\\s+(?:\\d+(?:\\s*[-–]\\s*\\d+)?\\s*|few\\s+|couple\\s+(?:of\\s+)?)(?:h|hrs?|hours?)\\b'],
  ['comparison', '\\b(?:beter|slechter|sneller|trager|langzamer|hoger|lager|groter|kleiner)(?:\\s+[\\w-]+){0,4}?\\s+dan\\b'],
  ['comparison', '\\b(?:hoger|lager|meer|minder|sneller|trager|beter|slechter|groter|kleiner)(?<=\\d\\s*(?:%|x|×)\\s+[a-z]+)\\b'],
  ['amount', '\\b(?:verliezen|verliest|verloren)\\s+(?:~\\s*|ongeveer\\s+|bijna\\s+|zo[\'’]n\\s+)?\\d+(?:[.,]\\d+)?\\s*%'],
  // From the ninety-sixth batch: cells that lay down scar ("the stellate cells are what lay down
  // the scar"), a share of a dose that ends up somewhere ("like 80% of an IV dose ends up in liver
  // macrophages"; not "80% of the budget ends up in rent"), a level that spikes hours after a
  // treatment ("IL-6 spikes ~6h post-infusion"; not "the stock spiked 3 days after the announcement"), cells that stay in the cycle for a time, what
  // helps the liver make new cells, and how it heals ("that's how it heals without any
  // operation"; not "that's how it works"). (Its "does more for regeneration after 70% PHx in rats
  // than" joined "more … than" above.)
  ['association', '\\b(?:lay|lays|laid|laying)\\s+down\\s+(?:the\\s+|most\\s+of\\s+the\\s+|all\\s+the\\s+|too\\s+much\\s+)?(?:scar|scar\\s+tissue|collagen|matrix|ecm|fibrous\\s+tissue)\\b'],
  ['amount', '\\b(?:ends?|ended)\\s+up(?<=\\d\\s*%\\s+of\\s+(?:an?\\s+|the\\s+|each\\s+|every\\s+)?(?:[\\w-]+\\s+){0,2}?(?:dose|particles|cells|exosomes|exos|evs|vesicles|mscs|infusion)\\s+[a-z]+\\s+up)\\s+in\\b'],
  ['time', '\\b(?:spikes?|spiked|peaks?|peaked|surges?|surged|jumps?|jumped)\\s+(?:at\\s+)?(?:~\\s*|about\\s+|around\\s+|roughly\\s+)?\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|d|days?|min)\\s+(?:post|after|following)[-\\s]+(?:the\\s+|an?\\s+|each\\s+)?(?:first\\s+|second\\s+)?(?:infusion|injection|dose|dosing|resection|surgery|hepatectomy|phx|ph|injury|treatment|transplant(?:ation)?|op|operation|mscs?|exosomes?|evs?|ccl4)\\b'],
  ['time', '\\b(?:stay|stays|stayed|remain|remains|remained)\\s+in\\s+(?:the\\s+)?cell\\s+cycle\\s+(?:for\\s+|until\\s+)?(?:~\\s*|about\\s+|only\\s+|around\\s+)?\\d+'],
  ['association', '\\bhelps?\\s+(?:the\\s+|your\\s+)?liver\\s+(?:to\\s+)?(?:make|grow|regenerate|heal|repair|regrow|rebuild)\\b'],
  ['association', '\\bhow(?<=\\bthat[\'’]?s\\s+how|\\bthat\\s+is\\s+how)\\s+(?:it|the\\s+liver|they|livers)\\s+(?:heals|regenerates|regrows|repairs\\s+itself|recovers|grows\\s+back|regenerate|heal)\\b'],
  // From the ninety-seventh batch: what is a known driver of a disease ("miR-21, a known tumour
  // driver"; not "a known troublemaker", nor "a known cause of delays"), and how long vesicles hang around ("Exosomes hang around
  // in the bloodstream ~3 weeks"). (Its "get stuck in cholestatic Kupffer cells" joined "stuck in
  // the lungs", and "bili usually normalizes ~2 wks after MSCs" what "normalizes … after" finds; a
  // reason for what is plausible is asserted, and "wondering" and "a hunch" hedge.)
  ['association', '\\bknown(?<=\\ba\\s+known)\\s+(?:(?:tumou?r|cancer|oncogenic|fibrosis|fibrotic|inflammatory|pro-inflammatory|liver|hepatic|growth|apoptosis|cell-cycle)\\s+(?:driver|promoter|suppressor|inhibitor|activator|inducer|marker)|carcinogen|oncogene|oncomir)\\b'],
  ['time', '\\b(?:hangs?|hung|lingers?|lingered|circulates?|circulated|stays?|stayed)\\s+(?:around\\s+)?in\\s+(?:the\\s+)?(?:bloodstream|blood|circulation|plasma|body|liver)\\s+(?:for\\s+)?(?:~\\s*|about\\s+|up\\s+to\\s+|around\\s+|roughly\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:min(?:utes)?|h|hrs?|hours?|d|days?|wks?|weeks?|months?)\\b'],
  // From the ninety-eighth batch: a process at a share of its speed ("regeneration runs at roughly
  // half speed"), cells that glow under UV light ("which is why they glow green under UV light";
  // not "Ito cells store vitamin A", a fact the protocol tests' notes state; "~80% of the body's
  // retinoids" joined "for ~80% of the body's vitamin A"), no regrowth at all
  // ("IL-6 knockout → no regeneration at all after PHx"), the accepted dose ("1×10^6 cells/kg is
  // the accepted effective dose"), and comparisons in Turkish ("daha iyi than bilirubin"). (Its
  // "when your liver gets hurt, … miR-122 shoots way UP" reads the opening after the verb: see
  // claims.ts.)
  ['comparison', '\\b(?:half|double)(?<=\\b(?:at|to)\\s+(?:roughly\\s+|about\\s+|~\\s*|only\\s+|nearly\\s+)?[a-z]+)\\s+speed\\b'],
  ['association', '\\b(?:glows?|glowed|glowing)\\s+(?:bright\\s+)?(?:green|blue|red|yellow|orange)\\s+under\\s+(?:uv|ultraviolet|blue)\\s+light\\b'],
  ['amount', '\\bno\\s+(?:regeneration|regrowth|recovery|proliferation|repair)\\s+at\\s+all\\b'],
  ['amount', '\\b(?:effective|optimal|therapeutic|safe)(?<=\\b(?:accepted|established|proven|known)\\s+[a-z]+)\\s+dose\\b'],
  ['comparison', '\\bdaha\\s+(?:iyi|kötü|hızlı|yavaş|yüksek|düşük|fazla|az|etkili|güvenli)(?=[\\s.,;:!?)]|$)'],
  // From the ninety-ninth batch: a product that keeps longer than live cells, a MELD score over a
  // value, and what lasts only minutes in the bloodstream. (Its "shuts off NLRP3" joined the named
  // genes switched, and "as gently as I could" is no hedge.)
  ['comparison', '\\b(?:keeps?|kept|lasts?|lasted)\\s+(?:far\\s+|much\\s+|way\\s+|a\\s+lot\\s+)?longer\\s+than\\s+(?:the\\s+)?(?:live\\s+|fresh\\s+|whole\\s+|living\\s+)?(?:cells|mscs|exosomes|evs|vesicles)\\b'],
  ['amount', '\\bmeld\\s+(?:score\\s+)?(?:over|above|under|below|of\\s+(?:more|less)\\s+than|[<>≥≤])\\s*\\d+'],
  ['time', '\\b(?:lasts?|lasted|survives?|survived|persists?|persisted|circulates?|circulated|lives?|lived)\\s+(?:only|just|mere)\\s+(?:a\\s+few\\s+|a\\s+couple\\s+of\\s+|(?:like\\s+|about\\s+|around\\s+|~\\s*)?\\d+\\s*)?(?:seconds?|minutes?|mins?|hours?|hrs?)\\s+(?:in|inside)\\s+(?:the\\s+)?(?:body|blood|bloodstream|circulation|plasma)\\b'],
  // From the hundredth batch: livers full size again ("in 6 weeks both livers are full size again"),
  // a process quicker after an operation ("revascularise the remnant faster after PHx"), and a share
  // sent somewhere ("the galactose tag sends ~80% to hepatocytes"; "land over 90% of their cargo
  // straight in the liver", from the hundred-and-ninth). (Its "Exosomes live only like 30
  // minutes in the blood" joined "last only minutes in the bloodstream".)
  ['amount', '\\b(?:full|normal|original)(?<=\\b(?:is|are|was|were|be|been)\\s+(?:back\\s+(?:to\\s+)?)?[a-z]+)[-\\s]+(?:size|sized|mass|volume)\\s+again\\b'],
  ['comparison', '\\b(?:faster|quicker|sooner|slower)\\s+(?:after|post|following)[-\\s]+(?:phx|ph|hepatectomy|resection|surgery|injury|transplant(?:ation)?)\\b'],
  ['amount', '\\b(?:sends?|sent|delivers?|delivered|targets?|targeted|directs?|directed|routes?|routed|lands?|landed|deposits?|deposited|dumps?|dumped)\\s+(?:~\\s*|about\\s+|around\\s+|roughly\\s+|over\\s+|nearly\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+(?:of\\s+(?:the\\s+|them\\s+|it\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+)?)?(?:to|into|straight)\\b'],
  // From the hundred-and-first batch: a reaction that peaks minutes into an infusion, a cause behind
  // a share of events, what drives a reaction ("that's what drives the rigors + fever"; not "that's
  // what drives me"), cells killed once they reach the liver, a level up for a time after a
  // treatment ("ALT always spikes for about a week after any stem cell treatment"), and cargo fixed
  // at secretion. (Its "exosome benefit plateaus at low doses" compares doses, see the cues of a
  // limit above, and "in >60% of pts" joined the shares read from their number.)
  ['time', '\\b(?:peaks?|peaked|spikes?|spiked|starts?|started|begins?|began)\\s+(?:at\\s+)?(?:~\\s*|about\\s+|around\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:min(?:utes)?|h|hrs?|hours?)\\s+into\\s+(?:the\\s+)?(?:drip|infusion|injection|treatment|procedure|transfusion)\\b'],
  ['amount', '\\bbehind(?<=\\b(?:is|are|was|were)\\s+(?:mostly\\s+|probably\\s+)?behind)\\s+(?:~\\s*|about\\s+|around\\s+|roughly\\s+|nearly\\s+|over\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+of\\b'],
  ['association', '\\bwhat(?<=\\bthat[\'’]?s\\s+what|\\bthat\\s+is\\s+what)\\s+(?:drives|causes|triggers)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:rigou?rs|fevers?|reactions?|fibrosis|regeneration|inflammation|injury|damage|toxicity|proliferation|repair|scarring)\\b'],
  ['association', '\\b(?:kills?|killed|destroys?|destroyed)\\s+(?:the\\s+|most\\s+of\\s+the\\s+)?(?:cells|mscs|hepatocytes|exosomes|vesicles)\\s+(?:once|as\\s+soon\\s+as|before|when)\\s+(?:they|it)\\s+(?:get|gets|reach|reaches|arrive|arrives|hit|hits)\\b'],
  ['time', '\\b(?:spikes?|spiked|rises?|rose|climbs?|climbed|jumps?|jumped)\\s+for\\s+(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?(?:a|one|two|three|\\d+)\\s+(?:days?|weeks?|wks?|hours?|h)\\s+(?:after|post|following)\\b'],
  ['association', '\\b(?:cargo|composition)\\s+(?:is|are)\\s+(?:fixed|set|locked|determined)\\s+(?:at|by|when|once)\\b'],
  // From the hundred-and-second batch: the first driver of a process by its rank ("TGF-β1 är
  // driver nr 1"; not "Tom is driver number 1 on the rota" with nothing driven). (Its "half-life i
  // plasma after IV bolus is only ~2–5 min" joined the half-lives.)
  ['association', '\\bdriver\\s+(?:nr\\.?|no\\.?|number|#)\\s*1\\b(?!\\s+on\\b)'],
  // (From the hundred-and-third batch: "~3x purer preps than" joined the multiples; a second verb
  // in the past after "and" is a verb, see claims.ts.)
  // From the hundred-and-fourth batch: cells that never reach the liver (">80% of IV-infused MSCs
  // never reach the liver"). (Its "they're the first cells to", ">80% of IV-infused MSCs" and "| ~70%
  // of all miRNA" joined older cues, and "fever in first 6 h" the side effects in the first hours.)
  ['scope', '\\bnever\\s+(?:reach|reaches|reached|get\\s+to|gets\\s+to|make\\s+it\\s+to|arrive\\s+(?:at|in))\\s+the\\s+(?:liver|target|lesion|graft)\\b'],
  // From the hundred-and-fifth batch: cells that bounce back within a time ("hepatocytes bounce
  // back from the ischemic hit within 48-72h"), the main driver of a process ("TGF-β is the main
  // driver"), a count that went up a multiple ("went up 4x from 2017 to 2019"), and a few results
  // written in Hindi in notes that switch to it ("liver mass wapas aa jata hai in ~7-10 days",
  // "collagen type I jama hota hai", "100% pe ruk jata hai").
  ['time', '\\b(?:bounces?|bounced|bouncing)\\s+back\\b(?:\\s+[\\w-]+){0,5}?\\s+(?:with)?in\\s+(?:~\\s*|about\\s+)?\\d'],
  ['association', '\\b(?:main|major|primary|principal|dominant|biggest|key)(?<=\\b(?:is|are|was|were)\\s+the\\s+[a-z]+)\\s+drivers?\\b'],
  ['amount', '\\b(?:went|goes|go|gone|going)\\s+up\\s+(?:~\\s*|about\\s+|roughly\\s+|nearly\\s+|almost\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:[x×](?![\\w])|-?fold\\b)'],
  ['time', '\\b(?:wapas\\s+aa|ruk|badh|ghat)\\s+(?:jata|jati|jaata|jaati|jate|jaate)\\s+hai\\b'],
  ['association', '\\b(?:jama|kam|zyada|control)\\s+(?:hota|hoti|hote)\\s+hai\\b'],
  // From the hundred-and-sixth batch: regenerating cells that pull an ion out of the blood
  // ("regenerating hepatocytes pull phosphate out of the serum"), and a treatment that speeds
  // regrowth compared with another ("early enteral feeding … speeds remnant regrowth compared with
  // PN"; not "speeds up the build compared with CI"). (Its "burns roughly twice resting energy"
  // and ">50% mortality" joined older cues; "the infused cells" are the cells named before, and a
  // cue that is the wording of a backed relation's verb says no more than it: see claims.ts.)
  ['association', '\\b(?:pulls?|pulled|sucks?|sucked|draws?|drew|drags?|dragged|takes?|took)\\s+(?:in\\s+)?(?:all\\s+)?(?:the\\s+)?(?:phosphate|glucose|potassium|magnesium|ammonia)\\s+(?:out\\s+of|from)\\s+the\\s+(?:serum|blood|plasma|circulation|bloodstream)\\b'],
  ['comparison', '\\b(?:speeds?|sped|speeded|slows?|slowed)\\s+(?:up\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:regrowth|regeneration|recovery|repair|healing|proliferation)\\s+(?:compared\\s+(?:with|to)|relative\\s+to|versus|vs\\.?)(?![\\w-])'],
  // From the hundred-and-seventh batch: what gives patients a symptom ("DMSO carry-over is what
  // gives pts the garlicky breath"), and cells that stop dividing after an age ("heart muscle cells
  // mostly stop dividing after you're a baby"). (Its "10% of the dose is lost in" joined the shares
  // read from their number, and "laid down too much collagen" scar laid down; "a big dose of
  // exosomes doesn't work any better than a small one" compares doses, and "Read that …" is what
  // the writer read.)
  ['association', '\\bgives(?<=\\b(?:is|are|was|were)\\s+what\\s+gives)\\s+(?:pts|patients|people|mice|rats|them|you)\\s+(?:the\\s+)?[\\w-]+'],
  ['time', '\\b(?:stop|stops|stopped)\\s+dividing\\s+(?:after|by|once|when|at)\\b'],
  // From the hundred-and-eighth batch: cells that re-enter the cycle at a time ("肝細胞 re-enter
  // S-phase almost synchronously at ~24h"; not "we enter the cell cycle lab at 9"), a change that starts only at a day ("HSC activation
  // doesn't start reversing until ~day 14"; not "sales start falling until day 3"), and which of hypertrophy and division comes first
  // ("hypertrophy が主で"). (Its "ALT normalises ~1 wk before bili does" joined "normalizes … after".)
  ['time', '\\b(?:re-?enter|re-?enters|re-?entered|enter|enters|entered)(?<!\\b(?:we|i|you|they)\\s+[a-z-]+)\\s+(?:the\\s+)?(?:s[-\\s]?phase|cell\\s+cycle|mitosis|g1)\\b(?:\\s+[\\w-]+){0,3}?\\s+(?:at|by|within|around|after)\\s+~?\\s*\\d'],
  ['time', '\\b(?:start|starts|begin|begins)\\s+(?:reversing|regressing|resolving|regenerating|to\\s+(?:reverse|regress|resolve|regenerate))\\s+(?:until|before|after|by|at)\\s+(?:~\\s*|about\\s+)?(?:day|d|week|wk)\\s*\\d'],
  ['association', '\\b(?:hypertrophy|hyperplasia|proliferation)(?:\\s*が主|\\s+(?:is|was)\\s+(?:the\\s+)?(?:main|dominant)\\b|\\s+dominates\\b|\\s+comes\\s+first\\b)'],
  // From the hundred-and-ninth batch: animals that bounce back faster ("the MSC ones just bounce
  // back faster"), a score that drops some points ("MELD drop 3-4 points after MSC infusion"; not
  // "the index dropped 3 points"), a level held above a value ("MSC rats hold glucose >4 mmol/L"),
  // a group always lowest ("liver wt at d5 always lowest in that group"), a level back near
  // baseline by a time, and fibrosis reversed in months ("reverses early liver fibrosis in ~3
  // months"). (Its "roughly halves", "maxes out at low doses" and "land over 90% of their cargo
  // straight in" joined older cues; Pidgin "make we read" makes nothing.)
  ['comparison', '\\b(?:bounces?|bounced|bouncing)\\s+back\\s+(?:much\\s+|far\\s+|a\\s+lot\\s+)?(?:faster|quicker|sooner|slower)\\b'],
  ['amount', '\\b(?:drops?|dropped|falls?|fell|rises?|rose|improves?|improved|down|up)(?<=\\b(?:meld|child-pugh|albi|score|scores)\\s+[a-z]+)\\s+(?:by\\s+)?(?:~\\s*|about\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s+points?\\b'],
  ['amount', '\\b(?:holds?|held|keeps?|kept|maintains?|maintained)\\s+(?:their\\s+|its\\s+)?(?:glucose|ammonia|albumin|bilirubin|alt|inr)\\s+(?:[<>≥≤]\\s*|above\\s+|below\\s+|under\\s+|over\\s+)\\d'],
  ['comparison', '\\b(?:always|consistently|invariably)\\s+(?:the\\s+)?(?:lowest|highest|slowest|fastest)\\s+in\\s+(?:that|the|this|each|every)\\s+(?:group|arm|cohort)\\b'],
  ['time', '\\bback\\s+(?:near|close\\s+to|to|at)\\s+baseline\\s+(?:by|within|at|after)\\s+~?\\d'],
  ['time', '\\b(?:reverses?|reversed|cures?|cured|resolves?|resolved)\\s+(?:[\\w-]+\\s+){1,3}?(?:with)?in\\s+(?:~\\s*|about\\s+|around\\s+|under\\s+|just\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:days?|weeks?|wks?|months?|mo)\\b'],
  // From the hundred-and-tenth batch: cells that make none of a product ("those cells make no
  // UGT1A1 at all"; not "the factory makes no profit at all"), and a treatment that loses its
  // effect as something changes ("phototherapy gets less effective as the child grows"; not
  // "caffeine gets less effective as you build tolerance"). (Its "grows back to
  // full size in about 8 wks", "~30% loss after a single freeze-thaw", "the anti-inflammatory
  // activity … basically disappears" and "only does anything if" joined older cues; an answer told
  // after an arrow ends the question; "nobody has shown that for CN1." names no finding.)
  ['amount', '\\b(?:makes?|made|produces?|produced|express(?:es|ed)?|secretes?|secreted)(?<=\\b(?:cells?|mscs?|exosomes|evs|vesicles|hepatocytes|macrophages|livers?|grafts?)\\s+[a-z]+)\\s+no\\s+(?:[\\w-]+\\s+){1,3}?at\\s+all\\b'],
  ['comparison', '\\b(?:effective|potent|efficient)(?<=\\b(?:[a-z]*therapy|therapies|treatments?|drugs?|doses?|cells|mscs|exosomes|evs|vesicles|infusions?|transplants?)\\s+(?:gets?|got|getting|becomes?|became|becoming|grows?|grew)\\s+(?:less|more)\\s+[a-z]+)\\s+(?:as|with\\s+age|over\\s+time)\\b'],
  // From the hundred-and-eleventh batch: how long cells live in the body ("the cells only live like
  // 2 days once theyre in you"; not "the batteries live 2 days"; and a cell, in words and months:
  // "a liver cell only lives about five months", from the hundred-and-thirty-sixth). (Its "grows the whole thing back
  // in like 6 weeks", "regenerate slower" and "gave no ALT reduction" joined older cues.)
  ['time', '\\b(?:live|lives|lived|survive|survives|survived|persist|persists|persisted|last|lasts|lasted)(?<=\\b(?:cells?|mscs|exosomes|evs|vesicles|hepatocytes?)\\s+(?:only\\s+|just\\s+|usually\\s+|typically\\s+|probably\\s+)?[a-z]+)\\s+(?:for\\s+)?(?:only\\s+|just\\s+)?(?:like\\s+|about\\s+|~\\s*|roughly\\s+|around\\s+|under\\s+|less\\s+than\\s+)?(?:\\d+(?:\\s*[-–]\\s*\\d+)?\\s*|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)\\s+)(?:hours?|hrs?|h|days?|d|weeks?|wks?|mins?|minutes?|months?|years?)\\b'],
  // From the hundred-and-twelfth batch: a peak as a noun at a time ("hepatocyte S-phase peak
  // ~24h"), a rise or fall drawn as an arrow against what it is compared with ("miR-21 ↑↑ in EV
  // fraction vs parent MSCs"), an arm against placebo or control ("in exo arm vs placebo"), a
  // process delayed by a time ("regen delayed ~48h"; not "the flight was delayed 2 hours"), and
  // what is almost universal ("Hypophosphataemia almost universal by day 2"). (Its "lodge in
  // lungs" joined the older cue.)
  ['time', '\\bpeak(?<!\\b(?:will|would|to|may|might|should|could|can)\\s+peak)\\s+(?:(?:at\\s+(?:[~≈]\\s*|around\\s+|about\\s+|ard\\s+)?|[~≈]\\s*|around\\s+|about\\s+|ard\\s+)\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:h|hrs?|hours?|min)\\b|\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:h|hrs?|hours?)\\s+post\\b)'],
  ['comparison', '\\b(?:vs|versus)(?<=[↑↓]\\s*(?:[\\w()-]+\\s+){0,5}?(?:vs|versus))\\b'],
  ['comparison', '\\b(?:arm|group|cohort)(?<=\\bin\\s+(?:the\\s+)?(?:[\\w+-]+\\s+){0,2}?(?:arm|group|cohort))\\s+(?:vs\\.?|versus|compared\\s+(?:with|to))\\s+(?:the\\s+)?(?:placebo|controls?|vehicle|sham|saline|standard\\s+(?:of\\s+)?care|soc)\\b'],
  ['time', '\\bdelayed(?<=\\b(?:regen|regeneration|regrowth|recovery|proliferation|repair|healing|onset|peak|synthesis)\\s+(?:is\\s+|was\\s+|were\\s+|gets\\s+|got\\s+)?delayed)\\s+(?:by\\s+)?(?:~\\s*|about\\s+|roughly\\s+|around\\s+|nearly\\s+|up\\s+to\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?)\\b'],
  ['scope', '\\buniversal(?<=\\b(?:almost|nearly|virtually|near)[\\s-]+universal)\\s+(?:by|after|within|in)\\b'],
  // From the hundred-and-thirteenth batch: back to something in half the time ("the ones with bad
  // livers are back racing in half the time"), and cells gone cancerous ("half the time they've
  // gone cancerous by the time they're in the bag"). (Its "keeps 95% of particle count" joined the
  // shares kept; MSCs plus exosomes together are the review's combination, and "the giant doses"
  // are high ones.)
  ['comparison', '\\bhalf(?<=\\bback\\s+(?:[\\w-]+\\s+){0,2}?in\\s+(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+|~\\s*)?half|\\b(?:recover(?:s|ed)?|heal(?:s|ed)?|regenerat(?:es?|ed)|regrows?|regrew|recovery|healing|regeneration)\\s+(?:[\\w-]+\\s+){0,2}?in\\s+half)\\s+the\\s+(?:usual\\s+|normal\\s+)?time\\b'],
  ['association', '\\b(?:cancerous|malignant)(?<=\\b(?:cells|mscs|they|clones?|cultures?|lines?)(?:[\'’]ve|[\'’]d|\\s+have|\\s+had|\\s+has)?\\s+(?:[a-z]+\\s+)?(?:gone|go|goes|went|turned?|turns|become|becomes|became)\\s+(?:cancerous|malignant))\\b'],
  // From the hundred-and-fourteenth batch: a treatment that does not interfere with another or
  // change a test ("it won't interfere with the exosome infusion at all", "The infusions don't
  // change how his blood clots"; not "this won't interfere with your plans"), and no interaction
  // ("so there's no interaction to worry about"). (A phrase that names a molecule by its symbol,
  // "exosomal miR-21", is no paraphrase of a term: see claims.ts.)
  ['association', '\\binterfere(?<=\\b(?:won[\'’]t|will\\s+not|doesn[\'’]t|does\\s+not|don[\'’]t|do\\s+not|cannot|can[\'’]t|shouldn[\'’]t|should\\s+not)\\s+interfere)\\s+with\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|your\\s+)?(?:[\\w-]+\\s+){0,2}?(?:infusions?|drugs?|medications?|meds|treatment|therapy|exosomes?|cells|mscs|doses?|absorption|metabolism|clotting)\\b'],
  ['association', '\\b(?:infusions?|cells|mscs|exosomes|evs|vesicles|drugs?|treatments?|therapy|therapies|doses?|injections?|shots?)\\s+(?:don[\'’]t|doesn[\'’]t|do\\s+not|does\\s+not|won[\'’]t|will\\s+not|didn[\'’]t|did\\s+not)\\s+(?:change|affect|alter)\\s+(?:how\\s+)?(?:his|her|their|your|the)\\s+(?:blood|liver|body|inr|clotting|platelets?|labs?|alt|ast|bilirubin|albumin|kidneys?|immune)\\b'],
  ['association', '\\binteractions?(?<=\\b(?:drugs?|medications?|meds|exosomes?|infusions?|cells|mscs|enzymes?|treatment|therapy|[a-z]+olol|[a-z]+pril|[a-z]+statin|warfarin|heparin)\\b[^.;!?]{0,120}?\\bno\\s+(?:(?:known|significant|relevant|meaningful|drug|drug-drug|clinically\\s+(?:relevant|significant))\\s+)?interactions?)\\s+(?:to\\s+worry|with|between|expected|reported|seen)\\b'],
  // From the hundred-and-fifteenth batch: a group that shows lower scores from a day ("exosome-treated
  // rats show lower pain scores from day 1"), and what is much higher in a group ("the uptake is so
  // much higher in fasted rats"). (Its "shuts down the collagen genes" joined the older cue.)
  ['comparison', '\\b(?:show|shows|showed|had|have|has)(?<=\\b(?:rats|mice|animals|patients|pts|dogs|pigs|group|arm|cohort|recipients)\\s+(?:[a-z]+\\s+)?[a-z]+)\\s+(?:significantly\\s+|markedly\\s+|consistently\\s+)?(?:lower|higher|reduced|increased|less|more|fewer|better|worse)\\s+(?:[\\w-]+\\s+){1,3}?(?:from|by|at|on|since)\\s+(?:day|d|week|wk|pod)\\s*\\d'],
  ['comparison', '\\b(?:higher|lower|greater|faster|slower|stronger|weaker)(?<=\\b(?:much|far|way|significantly|markedly)\\s+[a-z]+)\\s+in\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:rats|mice|animals|patients|pts|livers|hepatocytes|recipients)\\b'],
  // From the hundred-and-sixteenth batch: what most programmes or trials now do ("Most late-stage
  // liver programmes now dose EVs by IV infusion"). (Its "2-log drop in" joined the shares.)
  ['scope', `(?:${mostOrAll})(?<=${sentenceStart}(?:${mostOrAll}))\\s+(?:[\\w-]+\\s+){0,3}?(?:programmes|programs|trials|studies|clinics|centres|centers|sponsors|protocols)\\s+(?:now\\s+|currently\\s+|still\\s+|already\\s+)?(?:use|dose|give|infuse|rely|report|show|target|aim)\\b`],
  // From the hundred-and-seventeenth batch: cells that take up most of a dose ("they hoover up most
  // of the exosomes you inject"), a course by a week written as a fraction of 52 ("albumin
  // typically improves by 6/52"), and more of a molecule named by its symbol ("got more miR-210").
  // (Its "regen faster", "peak at 36-40h" and "only last about 5 mins" joined older cues.)
  ['amount', '\\b(?:hoover|hoovers|hoovered|mop|mops|mopped|gobble|gobbles|gobbled|soak|soaks|soaked|suck|sucks|sucked)\\s+up\\s+(?:most|all|nearly\\s+all|almost\\s+all|the\\s+(?:vast\\s+)?majority|\\d+(?:\\.\\d+)?\\s*%)\\s+of\\s+(?:the\\s+|your\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:exosomes|evs|vesicles|cells|mscs|dose|particles|cargo|drug|glucose|phosphate)\\b'],
  ['time', '\\b(?:improves?|improved|normali[sz]es?|normali[sz]ed|recovers?|recovered|rises?|rose|falls?|fell|resolves?|resolved|settles?|settled)\\s+by\\s+\\d+\\/(?:52|7|12)\\b'],
  ['comparison', '\\b(?:got|get|gets|have|has|had|carry|carries|contain|contains|make|makes|release|releases|express|expresses|pack|packs|packed|load|loads|loaded|put\\s+out|puts\\s+out|pump\\s+out|pumps\\s+out)\\s+(?:more\\s+(?:mir-\\d+[a-z]?|(?:il|cd|tnf|tgf|vegf|hgf|igf|fgf|egf|pdgf|cxcl|ccl|nlrp|tlr|mmp|timp|col)[\\w-]*\\d[\\w-]*)|(?:roughly\\s+|about\\s+|nearly\\s+|something\\s+like\\s+|~\\s*)?(?:twice|double|triple|half)\\s+the\\s+(?:mir-\\d+[a-z]?|hgf\\b(?!\\s+of\\b)|vegf\\b(?!\\s+of\\b)|(?:il|cd|tnf|tgf|vegf|hgf|igf|fgf|egf|pdgf|cxcl|ccl|nlrp|tlr|mmp|timp|col)[\\w-]*\\d[\\w-]*))\\b'],
  // From the hundred-and-eighteenth batch: a molecule named as what drives something in a cleft
  // ("it's TGF-β out of them that drives the collagen I"), a course for the first hours after an
  // operation ("flip to glycolysis for the first ~48 h post-PHx"; not "for the first 2 days of
  // camp"), and the only cells that carry or express something ("only hepatocytes carry the ASGPR").
  ['association', '\\bit(?:[\'’]s|\\s+is|\\s+was)\\s+(?:[^,.;:!?]{0,30}?\\s)?(?:mir-\\d+|[a-z]{2,}-?[\\dαβγκ][\\w-]*)(?:\\s+[^,.;:!?]{0,30}?)?\\s+that\\s+(?:actually\\s+|really\\s+)?(?:drives?|causes?|mediates?|triggers?|controls?|activates?|induces?)\\b'],
  ['time', '\\bpost(?<=\\bfor\\s+(?:the\\s+)?first\\s+(?:~\\s*|about\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?)\\s+post)(?=-?\\s*(?:phx|ph|op|operative|surgery|resection|hepatectomy|infusion|injection|transplant(?:ation)?|tx|dos(?:e|ing)|injury)\\b)'],
  ['scope', '\\bonly\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:hepatocytes|cells|macrophages|mscs|cholangiocytes)\\s+(?:carry|express|make|produce|secrete|bear)\\b'],
  // From the hundred-and-nineteenth batch: what is broken down somewhere ("exosomes swallowed by
  // mouth are broken down in the gut"), regrowth only if enough is left ("will only regrow lost
  // liver mass if at least 30% of the organ is left"), and typical counts of particles in powers
  // of ten ("NTA counts of roughly 10^9–10^11 particles/mL"; not "received 1 × 10^6 cells", a dose
  // given). (Its "poorer at cartilage than" joined the comparisons.)
  ['association', '\\b(?:broken\\s+down|digested|degraded|destroyed|inactivated)(?<=\\b(?:is|are|was|were|gets?|got|being)\\s+(?:[a-z]+ly\\s+)?(?:broken\\s+down|digested|degraded|destroyed|inactivated))\\s+(?:in|by)\\s+(?:the\\s+|your\\s+)?(?:gut|stomach|intestines?|liver|blood|bloodstream|lungs?|kidneys?|macrophages|kupffer\\s+cells|enzymes|proteases)\\b'],
  ['scope', '\\b(?:regrow|regrows|regenerate|regenerates|recover|recovers)(?<=\\bonly\\s+[a-z]+)\\s+(?:[\\w-]+\\s+){0,4}?(?:if|when|once)\\s+(?:at\\s+least\\s+|more\\s+than\\s+|over\\s+|~\\s*)?\\d'],
  ['amount', '\\b10(?<=\\b(?:roughly|typically|usually|around|approximately|generally|normally)\\s+10)\\^\\d+(?:\\s*[-–]\\s*10\\^\\d+)?\\s*(?:particles|cells|vesicles|evs|exosomes)\\b'],
  // From the hundred-and-twentieth batch: a share of a dose ("roughly a tenth of the dose at which
  // exosomes produce any measurable rise"). (Its "by up to 40%" and "reset to baseline" joined
  // older cues.)
  ['amount', '\\b(?:tenth|fifth|third|quarter)(?<=\\ba\\s+(?:tenth|fifth|third|quarter))\\s+of\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+){0,2}?(?:dose|amount|level|concentration|cost|costs|cogs|price)\\b'],
  // From the hundred-and-twenty-first batch: the most that can be removed or given ("thats the
  // most you can safely remove in a human"), and how long a level takes to respond ("Albumin takes
  // at least three months to respond to any treatment"). (Its "purely by replication" and "by
  // roughly 40–50%" joined older cues.) And a share of patients ("roughly one in ten infusion patients";
  // not "1 in 5 samples will be re-run").
  ['scope', '\\bmost(?<=\\bthe\\s+most)\\s+(?:you|one|we|they|surgeons)\\s+can\\s+(?:safely\\s+)?(?:remove|resect|take\\s+out|cut\\s+out|give|infuse|inject)\\b'],
  ['time', '\\b(?:takes?|took|taking)\\s+(?:at\\s+least\\s+|about\\s+|roughly\\s+|up\\s+to\\s+|over\\s+|~\\s*)?(?:\\d+|one|two|three|four|five|six|a\\s+few|several)\\s+(?:days?|weeks?|months?|hours?)\\s+to\\s+(?:respond(?:\\s+to\\s+(?:any\\s+|the\\s+)?(?:treatment|therapy|drugs?|infusions?|doses?|mscs|exosomes|cells))?(?!\\s+to\\b)|recover|normali[sz]e|regenerate|regrow|heal|improve|fall|rise|drop|return)\\b'],
  ['amount', '\\b(?:\\d+|one|two|three|four|five)\\s+in\\s+(?:\\d+|three|four|five|ten|twenty|a\\s+hundred)\\s+(?:[\\w-]+\\s+)?(?:patients|pts|recipients|mice|rats|animals)\\b'],
  // From the hundred-and-twenty-second batch: a peak moved by a treatment ("EV treatment moves the
  // hepatocyte Ki67 peak from ~36 h to ~24 h"), an effect that only shows up in some models ("only
  // shows up in the CCl4 models"), a group with half the level of another ("the MSC-treated group
  // typically has half the median ALT of vehicle"), and a share of the variance explained ("litter
  // explains roughly a third of the variance"). (Its "by like 60%" and "you lose about half."
  // joined older cues; "either single arm" is each part.)
  ['time', '\\b(?:moves?|moved|shifts?|shifted|brings?|brought)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?peak\\s+(?:(?:from|to)\\s+(?:~\\s*|about\\s+)?\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?)\\b|(?:forward|back|earlier|later)\\s+(?:by\\s+)?(?:~\\s*|about\\s+)?\\d)'],
  ['scope', '\\bonly\\s+(?:shows?|showed|shown|turns?|turned|appears?|appeared)\\s+up\\s+(?:in|at|when|after|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:models?|mice|rats|animals|patients|pts|cells|livers|doses?|vivo|vitro)\\b'],
  ['comparison', '\\b(?:half|double|twice)(?<=\\b(?:group|arm|cohort|mice|rats|animals|patients|pts|cells|livers|exosomes|mscs)\\s+(?:[a-z]+\\s+)?(?:has|have|had|shows?|showed|with)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|only\\s+|typically\\s+)?(?:half|double|twice))\\s+the\\s+(?:[\\w+-]+\\s+){0,3}?(?:of|in)\\b'],
  ['amount', '\\bexplains?\\s+(?:about\\s+|roughly\\s+|nearly\\s+|~\\s*)?(?:half|a\\s+third|a\\s+quarter|\\d+(?:\\.\\d+)?\\s*%)\\s+of\\s+the\\s+variance\\b'],
  // From the hundred-and-twenty-third batch: a value in one group against another ("68 ± 11 U/L in
  // the MSC + exosome group versus 142 ± 19 U/L"), and what is gone within a time ("gone in under
  // half an hour"). (Its "jam up in the lungs" and "grew back their livers in about half the time"
  // joined older cues.)
  ['comparison', '\\b(?:group|arm|cohort|animals|mice|rats|patients)\\s+(?:versus|vs\\.?)\\s+(?:~\\s*)?\\d+(?:\\.\\d+)?\\s*(?:±|\\+\\/-|%|u\\/l|iu\\/l|mg|ng|pg|µg|ug|g\\/dl|mmol|µmol|umol)'],
  ['time', '\\bgone(?<=\\b(?:exosomes|evs|vesicles|mscs|cells|particles)\\b[^.;!?]{0,60}?gone)\\s+(?:from\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+|your\\s+)?(?:blood|bloodstream|circulation|body|lungs?)\\s+)?(?:with)?in\\s+(?:under\\s+|less\\s+than\\s+|about\\s+|~\\s*)?(?:half\\s+an\\s+hour|an\\s+hour|a\\s+day|\\d+\\s*(?:mins?|minutes?|h|hrs?|hours?|days?))\\b'],
  // From the hundred-and-twenty-fourth batch: a reaction a time after a dose ("all get rigors ~1h
  // post"; not "tired ~2h post lunch"), half of what is given lost on the way ("half the vesicles stick to the tubing"), and a
  // tumour risk that is basically zero. (Its "settles in 4-6h", "always dips", "always creeps up" and "a
  // tenth of an autologous MSC dose" joined older cues.)
  ['time', '\\bpost(?<=\\b(?:rigors?|rigou?rs|fevers?|chills|reactions?|rash|nausea|flushing|symptoms?|headaches?)\\s+[~≈]\\s*\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|mins?|d)\\s+post)(?=\\s*(?:[,.;!?)]|$)|-?\\s*(?:infusion|injection|dose|dosing|op|surgery|phx|tx|transplant)\\b)'],
  ['amount', '\\bhalf\\s+(?:of\\s+)?the\\s+(?:[\\w-]+\\s+)?(?:vesicles|exosomes|evs|cells|mscs|dose|particles)\\s+(?:stick|sticks|bind|binds|end\\s+up|get\\s+lost|are\\s+lost|lodge|die)\\b'],
  ['scope', '\\brisks?(?<=\\b(?:tumou?r|cancer|malignancy|rejection|immune|infection|clotting|bleeding|side[- ]effect)\\s+risks?)\\s+(?:is|was|are)\\s+(?:basically\\s+|essentially\\s+|practically\\s+|effectively\\s+|virtually\\s+)?(?:zero|nil|nonexistent|non-existent|negligible)\\b'],
  // From the hundred-and-twenty-fifth batch: a count off by a multiple ("NTA overcounts exosomes by
  // roughly 3–5x"), what tracks something one to one ("tracks serum albumin almost 1:1"), enough to
  // double something ("enough to roughly double fall risk"), and the switch that starts a process
  // ("TNF-α … is the switch that starts the whole regenerative cascade"). (Its "back to full liver
  // mass in about 7–10 days" joined the older cue.)
  ['amount', '\\b(?:over|under)(?:counts?|counted|estimates?|estimated|calls?|called)\\s+(?:(?:the\\s+)?(?:[\\w-]+\\s+)?(?:exosomes|evs|vesicles|particles|cells|apoptosis|events|engraftment|uptake)|(?:vs\\.?|versus|compared\\s+(?:to|with))\\s+[\\w-]+)\\s+by\\s+(?:roughly\\s+|about\\s+|~\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:x|×|-?fold|%)'],
  ['association', '\\btracks?\\s+(?:the\\s+)?(?:serum|plasma|blood)\\s+(?:[\\w-]+\\s+){1,2}?(?:almost\\s+|nearly\\s+|roughly\\s+)?1\\s*:\\s*1\\b'],
  ['amount', '\\benough\\s+to\\s+(?:roughly\\s+|about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?(?:double|triple|halve|quadruple)\\b'],
  ['association', '\\b(?:switch|trigger)(?<=(?:mir-\\d+|[a-z]{2,}-?[\\dαβγκ][\\w-]*)[^.;!?]{0,40}?\\b(?:is|was)\\s+the\\s+(?:[a-z]+\\s+)?(?:switch|trigger))\\s+(?:that|which)\\s+(?:starts?|triggers?|turns?\\s+on|kicks?|initiates?|flips?|pushes|drives)\\b'],
  // From the hundred-and-twenty-sixth batch: what always reads smaller than something ("Bone-marrow
  // MSC exosomes always read smaller (mode ~90 nm) than umbilical-cord MSC ones"), what loses its
  // effect ("lose their pro-regenerative effect on hepatocytes"), a liver that grows itself back in a time ("will grow itself back from a third
  // in about ten days"), and a benefit that wears off after a time ("wears off after three months
  // or so"). (Its "carry roughly twice the miR-146a" joined the more of a named molecule, "αSMA
  // down ~70%" a level up or down a multiple, and "it is a plain fact that" is evidence claimed.)
  ['comparison', '\\b(?:always|consistently|typically|usually)\\s+(?:(?:read|reads|measure|measures|come\\s+out|comes\\s+out|size|sizes)\\s+(?:smaller|larger|bigger|higher|lower)\\b|(?:score|scores|test|tests)\\s+(?:higher|lower)\\b(?=\\s+(?:on|in)\\s+(?:the\\s+|our\\s+|every\\s+|each\\s+)?(?:[\\w-]+\\s+){0,3}?(?:assays?|tests?|screens?|panels?|readouts?)\\b))'],
  ['amount', '\\b(?:lose|loses|lost|losing)\\s+(?:their|its|(?:all|most|half)\\s+(?:of\\s+)?(?:their|its))\\s+(?:[\\w-]+\\s+)?(?:effect|effects|potency|activity|function|benefit|efficacy|capacity|ability)\\b'],
  ['time', '\\b(?:grows?|grew|regrows?|regrew)\\s+itself\\s+back\\b(?:\\s+[\\w%~-]+){0,6}?\\s+(?:with)?in\\s+(?:about\\s+|roughly\\s+|~\\s*)?(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)\\s+(?:days?|weeks?|months?)\\b'],
  ['time', '\\bwears?\\s+off\\s+(?:after|within|in|by)\\s+(?:about\\s+|roughly\\s+|~\\s*)?(?:\\d+|a|one|two|three|four|five|six|a\\s+few|several)\\s+(?:days?|weeks?|months?|years?)\\b'],
  // From the hundred-and-twenty-seventh batch: what stays somewhere up to a time ("DiR-labelled
  // exosomes stay in the ficat up to 7 days"), who a treatment works best in ("works best in people
  // under sixty"), and what is unchanged in every arm ("Tgfb1 unchanged in every arm"). (Its
  // "Scientists have found that" is evidence claimed.)
  ['time', '\\b(?:stay|stays|stayed|remain|remains|remained|persist|persists|persisted|linger|lingers|lingered)\\s+in\\s+(?:the\\s+)?(?:liver|blood|bloodstream|circulation|lungs?|spleen|tissue|body|plasma|serum|ficat|ficatul|lever|leber|foie|fegato|h[ií]gado)\\s+(?:for\\s+)?(?:up\\s+to|about|~|for|until)\\s*(?:day\\s*)?\\d+\\s*(?:days?|d|h|hrs?|hours?|weeks?|wks?)?\\b'],
  ['scope', '\\bworks?\\s+best\\s+in\\s+(?:people|patients|pts|those|children|adults|men|women|mice|rats|livers)\\b'],
  ['scope', '\\bunchanged\\s+in\\s+(?:every|all|each|both|any)\\b'],
  // From the hundred-and-twenty-eighth batch: none new. (Its "about twice the Ki-67+ hepatocytes of"
  // joined the older cue, and "the usual cause of" the commonest causes.)
  // From the hundred-and-twenty-ninth batch: what always comes about a time after a dose ("the drop
  // always comes ~48h after each infusion"; not "It usually shows up 2 days after the order"), "a known effect", and a share of new tissue a cell supplies
  // ("supply something like 40% of the new liver mass"). (Its "the trigger that kicks hepatocytes"
  // joined the switch; "clearly written" is how a text reads, and "@vesicle_guy" a handle.)
  ['time', '\\b(?:always|usually|typically)\\s+(?:comes?|starts?|happens?|kicks?\\s+in|occurs?)\\s+(?:~\\s*|about\\s+|around\\s+|roughly\\s+)\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?)\\s+after\\b'],
  ['association', '\\b(?:it|this|that)(?:[\'’]s|\\s+is)\\s+a\\s+(?:well[- ])?known\\s+(?:side[- ])?effect\\b'],
  ['amount', '\\b(?:supply|supplies|supplied|provide|provides|provided|contribute|contributes|contributed|make\\s+up|makes\\s+up|account\\s+for|accounts\\s+for)\\s+(?:something\\s+like\\s+|about\\s+|roughly\\s+|~\\s*|up\\s+to\\s+|only\\s+|nearly\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+(?:the|all)\\s+(?:[\\w-]+\\s+)?(?:liver|mass|hepatocytes|cells|tissue|regeneration|regrowth)\\b'],
  // From the hundred-and-thirtieth batch: a share of the liver rebuilt in a time ("rebuilt about a
  // third of it in six weeks"), everyone on a dose or in an arm improved ("EVERYONE on the high dose
  // improved"), cells that keep working somewhere for years ("the donor cells settle into the liver
  // and keep working there for years", where the older cue wants a number), what stays stable
  // through a number of cycles ("they stay stable through at least 5 cycles"), what crosses the
  // blood-brain barrier, cells that turn into the cells of an organ ("The stem cells actually turn
  // into new liver cells"), and how many
  // patients one donor or lot treats ("a single donor can treat over 1,000 patients"; not "the food
  // bank serves 300 people"). (Its "pack more miR-122 into their exosomes" and "always score higher
  // on the … assay" joined older cues, not "The kids always score higher on Mondays"; "grab" is a
  // verb of uptake.)
  ['time', '\\b(?:rebuilt|rebuilds?|rebuilding|restored|restores?|regrew|regrown|regenerated)\\s+(?:about\\s+|roughly\\s+|nearly\\s+|almost\\s+|~\\s*|over\\s+)?(?:a\\s+third|a\\s+quarter|half|two[- ]thirds|\\d+(?:\\.\\d+)?\\s*%)\\s+of\\s+(?:it|the\\s+liver|the\\s+organ|(?:my|his|her|their|your)\\s+liver|the\\s+lost\\s+(?:mass|tissue|liver))\\s+(?:with)?in\\s+(?:about\\s+|roughly\\s+|~\\s*|just\\s+|only\\s+)?(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)\\s+(?:days?|weeks?|wks?|months?)\\b'],
  ['scope', '\\b(?:improved|responded|recovered)(?<=\\b(?:everyone|everybody|all\\s+(?:the\\s+)?(?:patients|pts|mice|rats|animals|participants))\\s+(?:on|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:dose|doses|arm|group|cohort|drug|treatment|infusions?|exosomes|cells|mscs)\\s+(?:improved|responded|recovered))'],
  ['time', '\\bworking(?<=\\b(?:cells|mscs|exosomes|evs|vesicles|grafts?|hepatocytes)\\b[^.;!?]{0,60}?\\b(?:keep|keeps|kept)(?:\\s+on)?\\s+working)\\s+(?:there\\s+|in\\s+(?:the\\s+|your\\s+|my\\s+|his\\s+|her\\s+)?liver\\s+)?for\\s+(?:years|months|decades|(?:\\d+|a\\s+few|several|many)\\s+(?:years?|months?|weeks?))\\b'],
  ['amount', '\\b(?:stable|intact|potent)(?<=\\b(?:stay|stays|stayed|remain|remains|remained|is|are|was|were)\\s+(?:fully\\s+|completely\\s+|perfectly\\s+)?(?:stable|intact|potent))\\s+(?:through|for|over|across|after)\\s+(?:at\\s+least\\s+|up\\s+to\\s+|~\\s*|about\\s+)?\\d+\\s+(?:freeze[- ]thaw\\s+)?(?:cycles|passages|freeze[- ]thaws)\\b'],
  ['association', '\\bbarrier(?<=\\b(?:cross|crosses|crossed|crossing|pass|passes|passed|passing|get|gets|got|getting)\\s+(?:through\\s+|across\\s+)?the\\s+(?:blood[- ]brain|placental|placenta|blood[- ]testis)\\s+barrier)\\b'],
  ['association', '\\binto(?<=\\b(?:turn|turns|turned|turning|change|changes|changed|changing|develop|develops|developed|transform|transforms|transformed)\\s+into)\\s+(?:new\\s+|real\\s+|working\\s+|actual\\s+|functioning\\s+)?(?:liver|heart|brain|bone|nerve|muscle|fat|skin|blood)\\s+cells\\b'],
  ['amount', '\\b(?:treat|treats|supply|supplies)(?<=\\b(?:donor|batch|lot|vial|bag|flask|bioreactor)\\b[^.;!?]{0,30}?\\b[a-z]+)\\s+(?:over\\s+|more\\s+than\\s+|up\\s+to\\s+|about\\s+|~\\s*|roughly\\s+|nearly\\s+)?\\d[\\d,]*\\s+(?:patients|pts|people|recipients)\\b'],
  // From the hundred-and-thirty-first batch: a fibrosis stage that went down ("biopsy went F3 → F2
  // after 2 infusions"; not "We moved from F3 to F4 in the building"), those who run a lab value
  // lower ("run lower ALT"), and a dose that causes more of a reaction ("the higher dose really
  // causes more fevers"; not "gave more reactions on social media"). (Its "albumin up from 2.6 to
  // 3.4" joined the older cue of a level from one number to another.)
  ['time', '\\b(?:went|goes|go|gone|dropped|fell|improved|regressed|downstaged)(?<=\\b(?:biops(?:y|ies)|fibrosis|stage|staging|metavir|ishak|histology)\\b[^.;!?]{0,40}?\\b[a-z]+)\\s+(?:from\\s+)?f[0-4]\\s*(?:→|->|to)\\s*f[0-4]\\b'],
  ['comparison', '\\b(?:run|runs|ran|running)\\s+(?:a\\s+)?(?:lower|higher)\\s+(?:alt|ast|bilirubin|albumin|inr|ammonia|glucose|creatinine|platelets?|liver\\s+enzymes|enzymes|meld)\\b'],
  ['comparison', '\\b(?:causes?|caused|causing|triggers?|triggered)\\s+more\\s+(?:[\\w-]+\\s+)?(?:fevers?|(?:infusion|allergic|immune|adverse|transfusion)\\s+reactions?|side[- ]effects|rigou?rs|chills|rash(?:es)?|infections?|bleeds?|bleeding|adverse\\s+events|aes|flares?)\\b'],
  // From the hundred-and-thirty-second batch: what is already somewhere a time after ("after only
  // 30 min is everything already in cytoplasm"), the main driver of an effect named as a molecule
  // ("main driver of anti-fibrotic effect in our exos is miR-21"), and no bioactivity left at all.
  ['time', '\\balready(?<=\\bafter\\s+(?:only\\s+|just\\s+)?\\d+(?:\\.\\d+)?\\s*(?:s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?)\\b[^.;!?]{0,40}?already)\\s+(?:in|inside|within|at)\\s+(?:the\\s+)?(?:cytoplasm|cytosol|nucleus|nuclei|cells?|liver|hepatocytes|blood|lysosomes?|endosomes?)\\b'],
  ['association', '\\b(?:driver|mediator|effector)(?<=\\b(?:main|major|key|primary|chief|principal|real)\\s+(?:driver|mediator|effector))\\s+of\\b(?=[^.;!?]{0,60}?\\b(?:is|are|was|were)\\s+(?:mir-\\d+|[a-z]{2,}-?[\\dαβγκ][\\w-]*)\\b)'],
  ['amount', '\\b(?:bioactivity|potency|efficacy)(?<=\\bno\\s+(?:[\\w-]+\\s+)?(?:bioactivity|potency|efficacy))\\s+(?:left\\s+)?at\\s+all\\b'],
  // From the hundred-and-thirty-third batch: a cost per dose ("roughly £4,000 per therapeutic
  // dose"), effects that last beyond a time ("hepatoprotective effects lasting beyond six months"),
  // no cases of something in any study ("no cases of ectopic tissue formation … in any clinical
  // study to date"), what strips a marker off cells ("strips CD44 off the MSCs"), recipients who
  // develop no antibodies, and products that need no HLA matching. (Its "up ~2.5x vs" was a
  // citation, "@1% O2"; see citations.ts.)
  ['amount', '\\b(?:dose|infusion|treatment|course|vial)(?<=[$€£]\\s?\\d[\\d,.]*(?:\\s?[km])?\\s+(?:per|a|each|for\\s+(?:a|one|each))\\s+(?:therapeutic\\s+|clinical\\s+|single\\s+|full\\s+)?(?:dose|infusion|treatment|course|vial))\\b'],
  ['time', '\\b(?:lasting|lasts?|lasted|persisting|sustained)(?<=\\b(?:effects?|benefits?|protection|improvements?|responses?)\\s+(?:that\\s+)?(?:lasting|lasts?|lasted|persisting|sustained))\\s+(?:beyond|over|for|up\\s+to|more\\s+than|at\\s+least|past)\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several|many)\\s+(?:days?|weeks?|months?|years?)\\b'],
  ['scope', '\\bcases?(?<=\\bno\\s+(?:reported\\s+|documented\\s+|known\\s+|confirmed\\s+)?cases?)\\s+of\\b(?=[^.;!?]{0,80}?\\bin\\s+(?:any|all|over|more\\s+than|\\d)\\s*(?:[\\w-]+\\s+)?(?:studies|study|trials?|patients|animals|recipients)\\b)'],
  ['association', '\\bstrips?\\s+(?:[\\w-]+\\s+){1,2}?off\\s+(?:the\\s+)?(?:cells|mscs|surface|hepatocytes|exosomes|evs|vesicles)\\b'],
  ['association', '\\b(?:develop|developed|develops|mount|mounted|mounts|raise|raised|raises|form|formed|forms)\\s+no\\s+(?:detectable\\s+|measurable\\s+|significant\\s+)?(?:[\\w-]+\\s+){0,2}?(?:antibodies|alloantibodies|antibody\\s+responses?|immune\\s+responses?|t[- ]cell\\s+responses?)\\b'],
  ['association', '\\b(?:require|need)(?<=\\b(?:don[\'’]t|do\\s+not|doesn[\'’]t|does\\s+not|won[\'’]t|will\\s+not)\\s+(?:require|need))\\s+(?:any\\s+)?(?:hla[- ]?matching|tissue[- ]matching|immunosuppression|immunosuppressants)\\b'],
  // From the hundred-and-thirty-fourth batch: what survives stomach acid, what patients always get
  // in the first weeks ("Stem cell pts always get this the first month"), what customers or
  // patients notice within a time ("Most customers notice more energy in 5-7 days"), what stops cells working for a
  // time ("even 1 beer blocks the stem cells from working for 48 h"), and cells that pull protein
  // from muscle. (Its "bring MELD down by 3-4 points" joined the older cue; "switch on Wnt/β-catenin"
  // names a molecule, see claims.ts; "group should land on:" asserts what follows its colon.)
  ['association', '\\b(?:survive|survives|survived|withstand|withstands|withstood)\\s+(?:the\\s+)?(?:stomach|gastric)\\s+acid\\b'],
  ['time', '\\balways\\s+(?:get|gets|got|have|has|had|develop|develops|developed)(?<=\\b(?:pts|patients|recipients|mice|rats|animals)\\s+always\\s+[a-z]+)\\s+(?:this|that|it|these|them)\\s+(?:in\\s+|during\\s+)?the\\s+first\\s+(?:\\d+\\s+)?(?:week|month|day|days|weeks|months|year)\\b'],
  ['time', '\\bnotice(?<=\\b(?:customers|patients|pts|users|clients|buyers)\\s+(?:usually\\s+|typically\\s+|often\\s+|all\\s+)?notice)\\s+(?:more|less|better|a\\s+difference|an?\\s+improvement|improvements?)\\b(?:\\s+[\\w-]+){0,3}?\\s+(?:with)?in\\s+(?:about\\s+|~\\s*|just\\s+|only\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:days?|weeks?|hours?)\\b'],
  ['time', '\\b(?:blocks?|blocked|stops?|stopped|prevents?|prevented|keeps?|kept)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:cells|mscs|exosomes|evs|liver|drug|treatment|infusion|therapy)\\s+from\\s+working\\s+for\\s+(?:~\\s*|about\\s+|up\\s+to\\s+)?\\d+\\s*(?:h|hrs?|hours?|days?|d|weeks?)\\b'],
  ['association', '\\b(?:pull|pulls|pulled|draw|draws|drew)\\s+(?:protein|amino\\s+acids)\\s+(?:out\\s+)?(?:from|of)\\s+(?:the\\s+)?muscles?\\b'],
  // From the hundred-and-thirty-fifth batch: a yield or purity of a prep that drops or does not go
  // up (not "Crop yields dropped"), a number that has risen every year for a time (not "House prices
  // have"), what is undone in under a time ("undoes liver scarring that took months to build up, in
  // under two weeks"), exosomes given as routine care, a density vesicles sit at ("all sit at ~1.13
  // g/mL"), and every pound that comes back times over. (Its "…, which is exactly why we need public
  // money" is no plan.)
  ['comparison', '\\b(?:yields?|purity|recovery)(?<=\\b(?:exosomes?|exos?|evs?|vesicles|pellets?|preps?|isolation|purification|spins?|ultracentrifugation|columns?|kits?)\\b[^.;!?]{0,80}?(?:yields?|purity|recovery))\\s+(?:drops|dropped|falls|fell|goes\\s+down|went\\s+down|suffers|suffered|(?:doesn[\'’]t|does\\s+not|won[\'’]t|didn[\'’]t|did\\s+not)\\s+(?:go\\s+up|improve|increase|rise))\\b'],
  ['time', '\\b(?:risen|grown|increased|fallen|dropped|declined|doubled)(?<=\\b(?:number|numbers|cases|deaths|rates?|incidence|prevalence|admissions|transplants|lists?)\\s+(?:has|have)\\s+[a-z]+)\\s+every\\s+year\\s+(?:for|since)\\b'],
  ['time', '\\b(?:undoes|undid|undo|undone|reverses?|reversed)\\s[^.;!?]{0,60}?,?\\s+in\\s+(?:under|less\\s+than|about|just|only)\\s+(?:\\d+|one|two|three|four|five|six|a\\s+few)\\s+(?:days?|weeks?|months?)\\b'],
  ['scope', '\\b(?:routine|standard)(?<=\\b(?:exosomes?|evs|mscs|cells|infusions?|therapy|therapies|treatment)\\b[^.;!?]{0,60}?\\b(?:as|is\\s+(?:already\\s+|now\\s+)?|are\\s+(?:already\\s+|now\\s+)?)\\s*(?:routine|standard))\\s+(?:care|practice)\\b'],
  ['amount', '\\b(?:sit|sits|band|bands|float|floats|settle|settles|equilibrate|equilibrates)(?<=\\b(?:exosomes|evs|vesicles|particles|fractions?|bands?)\\b[^.;!?]{0,60}?\\b(?:sit|sits|band|bands|float|floats|settle|settles|equilibrate|equilibrates))\\s+at\\s+(?:~\\s*|about\\s+|around\\s+|roughly\\s+)?\\d+(?:\\.\\d+)?\\s*g\\s*\\/\\s*(?:ml|cm3|cm³)\\b'],
  ['amount', '\\bback(?<=\\bevery\\s+(?:pound|dollar|euro|cent|penny)\\b[^.;!?]{0,80}?\\b(?:comes?|came|paid|pays?)\\s+back)\\s+(?:two|three|four|five|six|ten|\\d+)\\s+times\\s+over\\b'],
  // From the hundred-and-thirty-sixth batch: animals back on their feet in a time ("the rats given
  // the cells were back on their feet in three days"; not "He was back on his feet"), a time against
  // one for the untreated ("against a fortnight for the untreated ones"), what gets to an organ in a
  // time ("they get to the liver in 5 minits flat"), how many jobs the liver has, what stays good
  // somewhere for years ("the exosomes stay good in there for years and years"), and what does the
  // liver no harm. (Its "a liver cell
  // only lives about five months" and "removes >90% of" joined older cues.)
  ['time', '\\bfeet(?<=\\b(?:rats|mice|animals|patients|pts|dogs|pigs|recipients)\\b[^.;!?]{0,60}?\\bback\\s+on\\s+(?:their|his|her|its)\\s+feet)\\s+(?:with)?in\\s+(?:about\\s+|~\\s*|just\\s+|only\\s+)?(?:\\d+|one|two|three|four|five|six|seven|a\\s+few|a\\s+couple\\s+of)\\s+(?:days?|weeks?)\\b'],
  ['comparison', '\\b(?:untreated|placebo|sham|saline|vehicle|controls?)(?<=\\b(?:against|versus|vs\\.?|compared\\s+(?:with|to))\\s+(?:[\\w~-]+\\s+){1,3}?for\\s+(?:the\\s+)?(?:untreated|placebo|sham|saline|vehicle|controls?))(?:\\s+(?:ones|rats|mice|animals|group|arm|patients|pts))?\\b(?<!\\bcontrols?|\\bcontrols?\\s+group)'],
  ['time', '\\b(?:get|gets|got|reach|reaches|reached)(?<=\\b(?:they|exosomes|evs|vesicles|cells|mscs|particles|bubbles|dye|tracers?)\\s+(?:[a-z]+\\s+)?[a-z]+)\\s+(?:to\\s+)?(?:the\\s+)?(?:liver|lungs?|spleen|brain|kidneys?)\\s+(?:with)?in\\s+(?:about\\s+|~\\s*|under\\s+|just\\s+|only\\s+)?\\d+\\s*(?:mins?|minutes?|minits?|secs?|seconds?|h|hrs?|hours?)(?:\\s+flat)?\\b'],
  ['amount', '\\b(?:jobs|functions|roles|tasks)(?<=\\b(?:liver|organ)\\s+(?:has|does|performs|carries\\s+out)\\s+(?:over\\s+|more\\s+than\\s+|about\\s+|around\\s+|~\\s*)?\\d+\\s+(?:different\\s+)?(?:jobs|functions|roles|tasks))\\b'],
  ['time', '\\b(?:good|stable|fine|viable|active)(?<=\\b(?:exosomes|evs|vesicles|cells|mscs|samples|aliquots)\\b[^.;!?]{0,40}?\\b(?:stay|stays|stayed|keep|keeps|kept)\\s+(?:good|stable|fine|viable|active))\\s+(?:in\\s+there\\s+|frozen\\s+|at\\s+-?\\d+\\s*°?\\s*c\\s+)?for\\s+(?:years|months|decades|ages|(?:\\d+|a\\s+few|several|many)\\s*(?:years?|months?|weeks?|days?|d|hours?|hrs?|h))\\b'],
  ['association', '\\b(?:harm|damage)(?<=\\b(?:does|do|did)\\s+(?:the|your|his|her|their)\\s+(?:liver|livers|kidneys?)\\s+no\\s+(?:harm|damage))\\b'],
  // From the hundred-and-thirty-seventh batch: full mass back in a time ("liver ppl get full mass back
  // in like 7-10 d"), recovery cut from one time to another ("cut recovery from a grade-3 liver
  // laceration from about 12 weeks to six"), kilos of muscle lost, cells that flip back to
  // quiescence, what a level predicts ("HGF >3 ng/mL predicts full liver-weight recovery"; not "The
  // poll predicts a close outcome"), and an organ that regrows that fast (after "should be back to
  // full size", a hedge of its own clause: see hedgedClauseEnd).
  ['time', '\\b(?:get|gets|got)\\s+(?:(?:full|all|their|its)\\s+)?(?:mass|weight|size|volume|function)\\s+back\\s+(?:with)?in\\s+(?:like\\s+|about\\s+|~\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:d|days?|wks?|weeks?)\\b'],
  ['time', '\\b(?:cut|cuts|shortens?|shortened|reduces?|reduced|halves|halved)\\s+(?:the\\s+)?(?:recovery|healing|hospital\\s+stay|stay)\\b[^.;!?]{0,60}?\\bfrom\\s+(?:about\\s+|~\\s*|roughly\\s+|around\\s+)?\\d+\\s*(?:days?|weeks?|wks?|months?|hours?|h|d)\\s+to\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\b'],
  ['amount', '\\b(?:lose|loses|lost|losing)\\s+(?:about\\s+|~\\s*|up\\s+to\\s+|roughly\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*(?:kg|kilos?|lbs?|pounds|%)\\s+of\\s+(?:their\\s+|his\\s+|her\\s+)?(?:muscle|muscle\\s+mass|lean\\s+mass)\\b'],
  ['association', '\\b(?:flip|flips|flipped|switch|switches|switched|go|goes|went|revert|reverts|reverted|return|returns|returned)\\s+(?:straight\\s+|right\\s+)?back\\s+(?:in)?to\\s+(?:quiescence|a\\s+quiescent\\s+state|dormancy)\\b'],
  ['association', '\\bpredicts(?<=(?:\\/\\s*(?:ml|l|dl)|\\b(?:levels?|scores?|counts?|markers?|ratios?|concentrations?))\\s+predicts)\\s+(?:[\\w-]+\\s+){0,3}?(?:recovery|survival|response|responders?|outcomes?|regeneration|death|mortality|failure|relapse)\\b'],
  ['time', '\\b(?:regrows?|regrew|regenerates?|regenerated|recovers?|recovered|heals?|healed)(?<=\\b(?:liver|livers|organ|organs|it|tissue)\\s+(?:[a-z]+\\s+)?[a-z]+)\\s+(?:that|this|so)\\s+(?:fast|quickly)\\b'],
  // From the hundred-and-thirty-eighth batch: what doubles something by a day ("they basically
  // double the sinusoidal density by day seven"), and what travels inside vesicles ("all secreted
  // HGF travels inside vesicles").
  ['time', '\\b(?:double|doubles|doubled|triple|triples|tripled|halve|halves|halved)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?by\\s+(?:day|week|wk|d|month)\\s*(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)\\b'],
  ['association', '\\b(?:travels?|travelled|traveled|rides?|rode|carried|packaged)(?<=\\b(?:travels?|travelled|traveled|rides?|rode|(?:is|are)\\s+(?:carried|packaged)))\\s+(?:inside|in|within)\\s+(?:the\\s+)?(?:vesicles|exosomes|evs)\\b'],
  // From the hundred-and-thirty-ninth batch: patients who respond the same as others ("respond to
  // the MSC dose same as the trauma resections"). (Its "at a fifth of the COGS" joined the share of
  // a dose, "hang up in the lungs" the lodging; "in injured liver miR-122 already go up" is read as
  // "go up in liver injury": see claims.ts.)
  ['comparison', '\\bsame(?<=\\b(?:respond|responds|responded|react|reacts|reacted)\\s+(?:to\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?)?(?:just\\s+|exactly\\s+)?(?:the\\s+)?same)\\s+(?:as|like)\\b'],
  // From the hundred-and-fortieth batch: what cells or what they pump out do all the healing of
  // (not "Time does all the healing"), a ranking in every head-to-head ("AD-MSC > BM-MSC for
  // fibrosis regression in every head-to-head"), and cells that secrete basically zero of a
  // molecule. (Its "went up 5-fold" and "for first 2 wk post-infusion" joined older cues: ",
  // apparently …" after the first opens a clause of its own.)
  ['association', '\\b(?:healing|repair|regenerating)(?<=\\b(?:cells|mscs|exosomes|evs|vesicles|factors?|cytokines?|secretome|they)\\b[^.;!?]{0,40}?\\bdoes\\s+(?:all|most)\\s+(?:of\\s+)?the\\s+(?:healing|repair|regenerating))\\b'],
  ['comparison', '\\bhead(?<=(?:>|\\b(?:better|worse|beats?|outperforms?|outperformed|superior|inferior)\\b)[^.;!?]{0,80}?\\bin\\s+every\\s+head)[- ]to[- ]head\\b'],
  ['amount', '\\bzero(?<=\\b(?:secrete|secretes|secreted|make|makes|made|produce|produces|produced|release|releases|released|express|expresses|expressed)\\s+(?:basically\\s+|essentially\\s+|almost\\s+|practically\\s+|virtually\\s+)?zero)\\b(?=\\s+(?:mir-\\d+|hgf|vegf|igf|tgf|tnf|il-?\\d+|[a-z]{2,5}\\d+|collagen|albumin|cytokines?|exosomes|evs|vesicles|factors?)\\b)'],
  // From the hundred-and-forty-first batch: a lead of an order of magnitude over a molecule ("an
  // order of magnitude ahead of miR-122"), a liver that grows back completely, cells that make nearly all of a product
  // ("stellate cells make nearly all the collagen in scar tissue"), and cells switched off for good.
  // (Its "the stem cells r gone from her blood in 24hrs" joined the older cue.)
  ['comparison', '\\bmagnitude(?<=\\borders?\\s+of\\s+magnitude)\\s+(?:ahead\\s+of|above|below|(?:higher|lower|more|less|greater)\\s+than)\\s+(?:mir-\\d+|[a-z]{2,}-?[\\dαβγκ][\\w-]*)'],
  ['scope', '\\bback(?<=\\b(?:liver|livers|organ|tissue)\\s+(?:always\\s+|usually\\s+|still\\s+)?(?:grows?|grew|comes?|came)\\s+back)\\s+(?:completely|fully|entirely|to\\s+full\\s+size)\\b'],
  ['amount', '\\b(?:make|makes|made|produce|produces|produced|secrete|secretes|secreted|lay\\s+down|lays\\s+down)\\s+(?:nearly|almost|virtually|practically)\\s+all\\s+(?:of\\s+)?the\\s+(?:[\\w-]+\\s+)?(?:collagen|matrix|ecm|scar|bile|albumin|hgf|protein|proteins)\\b'],
  ['time', '\\b(?:switch|switches|switched|turn|turns|turned|shut|shuts)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:cells|genes|fibrosis|scarring)\\s+off\\s+for\\s+good\\b'],
  // From the hundred-and-forty-second batch: a share of patients in whom something happens ("halts
  // fibrosis progression in ~80% of Child-Pugh B pts"), no signal at a follow-up, what recurs in a
  // share, not until a day in the controls, and a purity ("preps ≥95% pure"). (Its "basically gone
  // at d7" joined the older cue.)
  ['amount', '\\b(?:pts|patients|recipients|cases)(?<=\\bin\\s+(?:~\\s*|about\\s+|roughly\\s+|nearly\\s+|over\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+(?:[\\w-]+\\s+){1,3}?(?:pts|patients|recipients|cases))\\b'],
  ['scope', '\\bsignal(?<=\\bno\\s+(?:[\\w-]+\\s+)?signal)\\s+(?:at|by|after|through)\\s+\\d+[- ]?(?:yrs?|years?|months?|mo)\\b'],
  ['amount', '\\b(?:recurs?|recurred|relapses?|relapsed)\\s+in\\s+[<>~≤≥]?\\s*\\d+(?:\\.\\d+)?\\s*%'],
  ['time', '\\buntil(?<=\\bnot\\s+until)\\s+(?:d|day|wk|week)\\s*\\d+\\s+in\\s+(?:the\\s+)?(?:pbs|saline|vehicle|controls?|sham|placebo)\\b'],
  ['amount', '\\bpure(?<=[≥>~]?\\s*\\d+(?:\\.\\d+)?\\s*%\\s+pure)\\b'],
  // From the hundred-and-forty-third batch: how many particles a study needs at least per amount
  // ("need at least 1×10^10 particles per gram of liver"), and a molecule that is actually what
  // starts a process ("TNF-α from the MSC secretome is actually what starts the priming of
  // hepatocytes"; not "The coffee is actually what starts my day"; "is what drives" alone was tried
  // and dropped, see the fixtures' README).
  ['amount', '\\b(?:need|needs|needed|require|requires|required)\\s+(?:at\\s+least\\s+|over\\s+|more\\s+than\\s+|~\\s*)(?:\\d+(?:\\.\\d+)?\\s*(?:[×x]\\s*)?10\\^\\d+|\\d[\\d,.]*)\\s*(?:particles|cells|vesicles|evs|exosomes|mscs)\\s*(?:per\\b|\\/)'],
  ['association', '\\bwhat(?<=(?:mir-\\d+|[a-z]{2,}-?[\\dαβγκ][\\w-]*)\\b[^.;!?]{0,60}?\\b(?:is|are|was)\\s+(?:actually\\s+|really\\s+)?what|\\b(?:hgf|vegf|secretome|exosomes|evs|cells|mscs)\\b[^.;!?]{0,60}?\\b(?:is|are|was)\\s+(?:actually|really)\\s+what)\\s+(?:starts|drives|triggers|causes|kicks\\s+off|initiates|primes|switches|turns)\\b'],
  // From the hundred-and-forty-fourth batch: a liver that overshoots its old weight, a share in
  // words ("by about ten per cent"), livers that grow a share ("sham rats' livers still grow ~5%
  // after laparotomy alone"), and what is basically gone by a day after it, in a note's shorthand
  // ("by day 7 α-SMA basically gone"; not "By day 7 the snow was basically gone").
  ['amount', '\\bovershoots?\\s+(?:its|their|the)\\s+(?:old|original|normal|previous|starting|pre-?op|baseline)\\s+(?:weight|size|mass|volume)\\b'],
  ['amount', '\\bby\\s+(?:about\\s+|roughly\\s+|around\\s+|nearly\\s+|some\\s+|~\\s*)?(?:five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+per\\s*cent\\b'],
  ['amount', '\\b(?:grow|grows|grew|shrink|shrinks|shrank)(?<=\\b(?:livers?|liver\\s+mass|remnants?|organs?)\\s+(?:still\\s+|only\\s+|also\\s+)?[a-z]+)\\s+(?:by\\s+)?(?:~\\s*|about\\s+|roughly\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*%'],
  ['time', '\\bgone(?<=\\bby\\s+(?:day|d|week|wk)\\s*\\d+\\b(?:(?!\\b(?:was|were|is|are)\\b)[^.;!?]){0,40}?\\b(?:basically|completely|largely|almost|entirely|virtually|all)\\s+gone)\\b'],
  // From the hundred-and-forty-fifth batch: what makes it through processing intact ("Exosomes in
  // whey protein make it through pasteurisation intact"), and a reading stiffer than another by a
  // figure ("Pericentral zones read ~2 kPa stiffer than periportal"). (Its "grow back to roughly full
  // size in ~8 wks" was hedged by the "should" of a clause of its own, "so Leo's should be …"; its
  // contradiction, "a low dose actually works better than a high dose", is read in claims.ts.)
  ['association', '\\b(?:pasteuri[sz]ation|digestion|gut|stomach|freezing|freeze[- ]thaw|lyophili[sz]ation|processing|bloodstream|circulation)(?<=\\b(?:makes?|made)\\s+it\\s+through\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:pasteuri[sz]ation|digestion|gut|stomach|freezing|freeze[- ]thaw|lyophili[sz]ation|processing|bloodstream|circulation))\\b'],
  ['comparison', '\\b(?:stiffer|softer)(?<=\\b(?:read|reads|measure|measures|measured|come\\s+out|comes\\s+out)\\s+(?:~\\s*|about\\s+|roughly\\s+)?\\d+(?:\\.\\d+)?\\s*(?:kpa|mmhg|%|units?|points?)\\s+(?:stiffer|softer))\\s+than\\b'],
  // From the hundred-and-forty-sixth batch: what does not pellet at all ("or the exosomes dont
  // pellet at all"), cells that start dividing within a time ("the liver cells start dividing in
  // under six hours"), cells that wake or respond first, and what cannot be frozen ("the vesicles
  // can't be frozen"). (Its "exosomes only stay good at 4 °C for 48 h" joined the older cue; "… and
  // it shoots up when the liver is injured" speaks of the one term before "it": see claims.ts.)
  ['association', '\\bpellet(?<=\\b(?:exosomes|evs|vesicles|particles|cells)\\s+(?:don[\'’]?t|do\\s+not|won[\'’]?t|will\\s+not|never)\\s+pellet)\\s+at\\s+all\\b'],
  ['time', '\\b(?:start|starts|started|begin|begins|began)\\s+(?:dividing|proliferating|regenerating|to\\s+divide|to\\s+proliferate)\\s+(?:with)?in\\s+(?:under\\s+|about\\s+|~\\s*|less\\s+than\\s+|just\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)\\s*(?:hours?|hrs?|h|days?|minutes?)\\b'],
  ['time', '\\b(?:wake|wakes|woke|react|reacts|reacted)(?<=\\b(?:cells|mscs|hepatocytes|macrophages)\\s+(?:[a-z]+\\s+)?(?:wake|wakes|woke|react|reacts|reacted))\\s+first\\b'],
  ['association', '\\b(?:frozen|stored|refrigerated|freeze-dried|lyophili[sz]ed)(?<=\\b(?:exosomes|evs|vesicles|cells|mscs)\\s+(?:can[\'’]?t|cannot|can\\s+not|must\\s+not|shouldn[\'’]?t)\\s+be\\s+(?:frozen|stored|refrigerated|freeze-dried|lyophili[sz]ed))\\b'],
  // From the hundred-and-forty-seventh batch: what stays potent for a time with no "for" ("stay
  // fully potent 9 mo at ambient temp"), what keeps a variation below a figure, what reaches an
  // organ as fast as another route, a time brought down to a figure ("bring INR correction down to
  // <2h"), and what basically shuts down a process ("basically shuts down hepatocyte exo uptake"; not
  // "Traffic basically shuts down in August").
  ['time', '\\b(?:potent|stable|active|viable)(?<=\\b(?:stay|stays|stayed|remain|remains|remained)\\s+(?:fully\\s+|completely\\s+)?(?:potent|stable|active|viable))\\s+(?:for\\s+)?(?:\\d+|a\\s+few|several)\\s*(?:mo|months?|wks?|weeks?|years?|yrs?|days?|d)\\b'],
  ['amount', '\\bkeeps?\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:cv|variability|variation|variance)\\s+(?:below|under|<)\\s*\\d'],
  ['comparison', '\\breach(?:es)?\\s+(?:the\\s+)?(?:liver|lungs?|spleen|brain|kidneys?)\\s+as\\s+(?:fast|quickly|rapidly)\\s+as\\b'],
  ['time', '\\bdown(?<=\\b(?:inr|correction|clotting|bleeding|recovery|stay)\\s+down)\\s+to\\s+[<>~≤]?\\s*\\d+(?:\\.\\d+)?\\s*(?:h|hrs?|hours?|min|mins|days?|d)\\b'],
  ['association', '\\b(?:basically|essentially|completely|totally)\\s+shuts?\\s+down\\s+(?:[\\w-]+\\s+){0,3}?(?:uptake|proliferation|regeneration|signalling|signaling|secretion|production|activation|expression)\\b'],
  // From the hundred-and-forty-eighth batch: a liver that regrows from a share of itself, a
  // regeneration that basically stops, and what clears something in a fortnight ("exosomes clear
  // the fat out in a fortnight"; not "The cut healed in a fortnight"). (Its "one bag of them can treat about 40 patients", "is already standard care" and
  // "miR-21 in the exosomes is what switches the hepatocytes back on" joined older cues; "did you
  // know …?" after a label asserts, and "no better than a tiny one" is a lower dose.)
  ['amount', '\\bregrows?(?<=\\b(?:liver|livers|organ|it)\\s+(?:can\\s+|could\\s+|will\\s+)?regrows?)\\s+from\\s+(?:just\\s+|only\\s+|as\\s+little\\s+as\\s+)?(?:a\\s+quarter|a\\s+third|a\\s+fifth|\\d+\\s*%)\\s+of\\b'],
  ['time', '\\b(?:regeneration|regrowth)\\s+(?:basically\\s+|essentially\\s+|just\\s+|completely\\s+|pretty\\s+much\\s+)?(?:stops|halts|ceases|shuts\\s+down)\\b'],
  ['time', '\\bfortnight(?<=\\b(?:clear|clears|cleared|cures?|cured|reverses?|reversed|regrows?|regrew)\\b[^.;!?]{0,40}?\\b(?:in|within)\\s+a\\s+fortnight)\\b'],
  // From the hundred-and-forty-ninth batch: what will not do anything for a liver, what dissolves
  // scar tissue, half the liver already gone, and cells that live on in the body for years. (Its
  // "markers peak 36–48 h post-dose" joined the older cue, a bare number only before "post"; "miR-122
  // piles up" is a rise; "…, and the exosomes are there" a clause of its own.)
  ['association', '\\banything(?<=\\b(?:won[\'’]?t|don[\'’]?t|doesn[\'’]?t|do\\s+not|does\\s+not|will\\s+not)\\s+do\\s+anything)\\s+for\\s+(?:a|the|your|his|her)\\s+(?:liver|livers|fibrosis|cirrhosis)\\b'],
  ['association', '\\bdissolves?\\s+(?:the\\s+scar|scar\\s+tissue|the\\s+fibrosis|(?:it|them)(?<=\\b(?:scar|scars|fibrosis|collagen)\\b[^.;!?]{0,60}?\\bdissolves?\\s+(?:it|them)))\\b'],
  ['amount', '\\bhalf\\s+(?:the|of\\s+the)\\s+liver(?:[\'’]s|\\s+is)\\s+(?:already\\s+)?gone\\b'],
  ['time', '\\blive\\s+on\\s+in\\s+(?:the\\s+)?(?:body|liver|blood)\\s+for\\s+(?:years|months|decades)\\b'],
  // From the hundred-and-fiftieth batch: what does basically nothing to something ("exosomes dosed
  // later than 24 h after PHx do basically nothing to the regen curve"; not "The new coach does
  // basically nothing for the team"), and a size between two
  // figures in nanometres ("exosomes are between 30 and 150 nm"; "real exosomes are always 30–150
  // nm", from the hundred-and-fifty-fifth).
  ['association', '\\bnothing(?<=\\b(?:exosomes|evs|vesicles|cells|mscs|doses?|infusions?|treatment|therapy|they)\\b[^.;!?]{0,60}?\\b(?:do|does|did)\\s+(?:basically|essentially|virtually|almost|pretty\\s+much)\\s+nothing)\\s+(?:to|for)\\b'],
  ['amount', '\\bnm(?<=\\b(?:between\\s+\\d+(?:\\.\\d+)?\\s+and\\s+\\d+(?:\\.\\d+)?|(?:are|is|measure|measures|measuring|range|ranges)\\s+(?:always\\s+|usually\\s+|typically\\s+|about\\s+|roughly\\s+|only\\s+|just\\s+|~\\s*)?\\d+(?:\\.\\d+)?\\s*[–-]\\s*\\d+(?:\\.\\d+)?)\\s*nm)\\b'],
  // From the hundred-and-fifty-first to -third batches: a peak of a process that comes a time after
  // ("the hepatocyte S-phase peak comes ~36-40h after 70% PHx", "Ki67 peak is always at 24h" from the
  // hundred-and-fifty-sixth; not "The traffic peak comes"), what a preparation is free of
  // ("exosomes isolated by ultracentrifugation … are free of contaminating cytokines"), and a share
  // of a count or potency lost ("loses <5% particle count"). (Their "regrow from as little as a
  // quarter", "lose most of their activity", "put out something like twice the HGF", "overcounts vs
  // TRPS by 2–3x", "grows back the two-thirds of liver you take out in about a week" and "now shown
  // to" joined older cues; "ramps up … after an injury" is a rise in liver injury, see claims.ts.)
  ['time', '\\bpeak(?<=\\b(?:s-phase|phase|proliferation|synthesis|mitotic|mitosis|brdu|ki-?67|hgf|il-6|tnf-α|tnf|levels?)\\s+peak)\\s+(?:(?:comes?|came|occurs?|occurred|hits?)\\s+(?:at\\s+)?|(?:is|was)\\s+(?:always\\s+|usually\\s+|typically\\s+|normally\\s+|reliably\\s+)?at\\s+)(?:~\\s*|about\\s+|around\\s+|roughly\\s+)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?)\\b'],
  ['association', '\\bfree(?<=\\b(?:exosomes|evs|vesicles|preparations|preps|products?|material)\\b[^.;!?]{0,60}?\\b(?:are|is)\\s+free)\\s+of\\s+(?:contaminating\\s+|any\\s+)?(?:[\\w-]+\\s+)?(?:cytokines|proteins|cells|contaminants|endotoxin|viruses|virus|bacteria|mycoplasma)\\b'],
  ['amount', '\\b(?:lose|loses|lost|losing)\\s+[<>~≤≥]?\\s*\\d+(?:\\.\\d+)?\\s*%\\s+(?:of\\s+)?(?:its\\s+|their\\s+)?(?:particle\\s+count|particles|potency|activity|yield|bioactivity)\\b'],
  // From the contradictions of the hundred-and-nineteenth and hundred-and-twenty-eighth batches: a
  // treatment that works the same as a part of it alone or a lower dose ("the result is same like
  // exo alone"), read against the review's "more than either alone" (see claims.ts).
  ['comparison', '\\bsame(?<=\\b(?:is|are|was|were|works?|worked|performs?|performed|does|did|do)\\s+(?:just\\s+|exactly\\s+|basically\\s+|pretty\\s+much\\s+)?(?:the\\s+)?same)\\s+(?:as|like)\\b(?=\\s+(?:the\\s+)?(?:[\\w+-]+\\s+){0,3}?(?:alone|on\\s+(?:its|their)\\s+own|by\\s+(?:itself|themselves))\\b|\\s+(?:the\\s+|a\\s+)?(?:low|lower|small|smaller|standard)(?:-dose|\\s+doses?|\\s+ones?)\\b)'],
  // And a dose that does not matter or improve anything ("exosome dose doesn't matter much", from
  // the hundred-and-fourteenth; "raising the exosome dose does not improve efficacy", from the
  // hundred-and-thirteenth; not "The dose doesn't matter for a headache"), read against the review's
  // high dose, which does more than lower ones.
  ['comparison', '\\bdoses?(?<=\\b(?:exosomes?|exo|evs?|vesicles?|mscs?|cells?)\\s+doses?)\\s+(?:doesn[\'’]t|does\\s+not|didn[\'’]t|did\\s+not)\\s+(?:really\\s+|much\\s+|actually\\s+)?(?:matter|improve|help|add)\\b'],  // From the hundred-and-fifty-fourth batch: a liver back in a time, or all the way back ("a rats
  // liver is back in about a week"; "their liver … by friday it had grown back nearly all the
  // way"); not "the printer is back in a week", with no liver before it.
  ['time', '\\bback(?<=\\blivers?\\b[^.;!?]{0,60}?\\b(?:is|are|was|were|gets?|got|grown|grows?|grew|comes?|came)\\s+back)\\s+(?:(?:nearly|almost|pretty\\s+much)\\s+all\\s+the\\s+way|(?:to\\s+(?:normal|full\\s+size)\\s+)?(?:in|within)\\s+(?:about\\s+|roughly\\s+|around\\s+|~\\s*|just\\s+|only\\s+)?(?:a|an|one|two|three|four|five|six|\\d+)(?:\\s*[–-]\\s*\\d+)?\\s*(?:days?|d|weeks?|wks?|months?))\\b'],
  // A recovery or yield doubled ("doubled particle recovery"), and a size told by a row of them
  // ("1000 of them lined up would only be as wide as one hair").
  ['amount', '\\b(?:recovery|yield)(?<=\\b(?:doubled|tripled|halved|doubles|triples|halves)\\s+(?:the\\s+)?(?:particle|exosome|exo|ev|vesicle|protein|rna)\\s+(?:recovery|yield))\\b'],
  ['amount', '\\blined\\s+up\\s+(?:end\\s+to\\s+end\\s+)?(?:would|could|will)\\s+(?:only\\s+|just\\s+|still\\s+|barely\\s+)?(?:be\\s+as\\s+(?:wide|long|thick)\\s+as|span|reach|stretch)\\b'],
  // From the hundred-and-fifty-fifth to -seventh batches: a share brought below a figure ("…
  // contamination, which size-exclusion chromatography brings below 5 %"), how long vesicles stay in
  // the blood ("the exosomes only stay in his blood about 10 mins"), a share that goes to or is in
  // an organ (">90% goes to liver + spleen"; "~70% of PKH26-EV signal is in liver by 1 h"), when
  // hepatocytes enter S-phase ("enter S-phase at twenty-four hours", "enter S-phase ~24 h later"),
  // a share of a scar that dissolves ("The scar … is not permanent: give it a year without drink and
  // half of it dissolves"; not "Half of it dissolves in water"), and what a stain misses or stains
  // ("a-SMA misses quiescent HSCs, desmin stains both quiescent + activated").
  ['amount', '\\bbelow(?<=\\b(?:chromatography|sec|filtration|tff|ultracentrifugation|washes?|columns?|exosomes|evs|mscs|therapy|infusions?|doses?|treatment)\\b[^.;!?]{0,40}?\\b(?:brings?|brought|gets?|got|pushes|pushed|drives?|drove|takes?|took)\\s+(?:it\\s+|that\\s+|them\\s+|this\\s+)?(?:down\\s+)?below)\\s+[<~]?\\s*\\d+(?:[.,]\\d+)?\\s*%'],
  ['time', '\\b(?:stay|stays|stayed|last|lasts|lasted|circulate|circulates|circulated|remain|remains|remained|persist|persists|persisted|hang\\s+a(?:round|bout)|hangs\\s+a(?:round|bout))\\s+(?:in\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|your\\s+|our\\s+)?)?(?:blood|bloodstream|circulation|plasma)\\s+(?:for\\s+)?(?:only\\s+|just\\s+)?(?:about\\s+|around\\s+|~\\s*|roughly\\s+|like\\s+|under\\s+|<\\s*)?\\d+\\s*(?:min|mins|minutes|h|hrs?|hours?|s|secs?|seconds)\\b'],
  ['amount', '\\b(?:liver|lungs?|spleen|kidneys?)(?<=\\d\\s*%\\s+(?:of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?)?(?:is|are|was|were|goes|go|went|lands?|landed|accumulates?|accumulated)\\s+(?:in|to)\\s+(?:the\\s+)?(?:liver|lungs?|spleen|kidneys?))\\b'],
  ['time', '\\b(?:enters?|entered|entering)\\s+(?:the\\s+)?s-?phase\\s+(?:(?:at|by|after|within|around|about|roughly)\\s+|~\\s*)*(?:\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?)|(?:twenty-four|thirty-six|forty-eight|seventy-two|twelve|eighteen|twenty|a\\s+day|two\\s+days)(?:\\s+hours)?)\\b'],
  ['amount', '\\b(?:dissolves|dissolved|disappears|disappeared|melts\\s+away|melted\\s+away)(?<=\\b(?:scar|scars|scarring|fibrosis|collagen|cirrhosis)\\b[^.!?]{0,120}?\\b(?:half|most|much|all|a\\s+third|two-thirds|a\\s+quarter)\\s+of\\s+(?:it|them|the\\s+(?:scar|scarring|fibrosis|collagen))\\s+[a-z]+(?:\\s+away)?)\\b'],
  ['association', '\\b(?:misses|missed|miss)\\s+(?:the\\s+)?(?:quiescent|resting|inactive|dormant)\\b|\\bstains\\s+both\\s+(?:the\\s+)?(?:quiescent|resting|activated|dormant|early|mature|immature|healthy|injured|live|dead)\\s+(?:\\+|and|&)\\s+[\\w-]+'],
  // From the hundred-and-fifty-eighth batch: no tumour signal in any study ("no tumour signal in
  // any MSC-exosome study to date"), a share across a number of patients ("infusion reactions <2%
  // across 400+ pts dosed"), a marker down from one figure to another ("her ALT's down from 140 to
  // 60"; not "the queue is down from 40 to 12"), cells switched back within a time ("switch them
  // back to quiet vit A storing cells in like 2 wks"), and vesicles stable in a fridge for months (not
  // "The paint is stable in a normal fridge for weeks").
  ['scope', '\\bsignal(?<=\\bno\\s+(?:tumou?r|safety|cancer|malignancy|toxicity)\\s+signal)\\s+in\\s+(?:any|all)\\s+(?:[\\w-]+\\s+)?(?:studies|study|trials?)\\b'],
  ['amount', '\\bacross(?<=\\d\\s*%\\s+across)\\s+\\d[\\d,]*\\+?\\s+(?:pts|patients|subjects|participants|recipients|mice|rats|animals)\\b'],
  ['amount', '\\bdown(?<=\\b(?:alt|ast|alp|ggt|bili|bilirubin|inr|meld|albumin|platelets|creatinine|il-6|ferritin|ck18|levels?)(?:[\'’]s|\\s+(?:is|was|has\\s+come|came))?\\s+down)\\s+from\\s+\\d+(?:\\.\\d+)?\\s+to\\s+\\d+(?:\\.\\d+)?\\b'],
  ['time', '\\bback(?<=\\b(?:switch|switches|switched|turn|turns|turned|flip|flips|flipped|push|pushes|pushed)\\s+(?:them|it|the\\s+[\\w-]+)\\s+back)\\s+(?:to|into)\\s+(?:[\\w-]+\\s+){0,5}?(?:cells?|state|phenotype|quiescence|hepatocytes)\\s+(?:in|within)\\s+(?:like\\s+|about\\s+|~\\s*|just\\s+)?\\d+\\s*(?:d|days?|wks?|weeks?|h|hrs?|hours?)\\b'],
  ['time', '\\bstable(?<=\\b(?:exosomes|exos|evs|vesicles|cells|mscs|they|product|preps?|samples|aliquots|lots)\\s+(?:are|is|stay|stays|remain|remains|were|was)\\s+(?:[a-z]+\\s+)?stable)\\s+(?:in\\s+(?:a|the)\\s+(?:normal\\s+|regular\\s+|ordinary\\s+|standard\\s+|household\\s+)?(?:fridge|refrigerator|freezer)|at\\s+(?:room\\s+temp(?:erature)?|rt|4\\s*°\\s*c))\\s+for\\s+(?:months|weeks|years|\\d+\\s*(?:d|days?|wks?|weeks?|months?|mo|years?))\\b'],
  // From the hundred-and-fifty-ninth to -sixty-first batches: a yield down a share against another
  // passage ("EV yield down ~40% vs P4"), a figure times a molecule ("→ ~3x HGF in CM by ELISA"),
  // a share of cells in S phase ("by 24 hours half the hepatocyes left are in S phase"), a level
  // that climbs with passage ("IL-6 in CM climbs w/ passage"), what works the same whatever the
  // cause, rats that all had a bit "whereas" others had none, a peak reached at a time ("hit peak DNA
  // synthesis at ~24 h"; "exo uptake by hepatocytes peaks like 6 h after"), mass regained by a day,
  // regeneration knocked back a week, vesicles that go mainly to an organ, most of the collagen
  // made, cells quiescent again by a day, an effect gone if given after a time, a fraction of a
  // factor secreted, ten times the dose reached, zero effect, and what is missed without it ("take
  // it away and there's no regen at all").
  ['amount', '\\bdown(?<=\\b(?:yield|output|count|counts|recovery|levels?|expression|signal|uptake)\\s+down)\\s+(?:by\\s+)?(?:~\\s*|about\\s+|roughly\\s+|around\\s+)?\\d+(?:\\.\\d+)?\\s*%\\s+(?:vs|versus|compared|from|on|against)\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*[x×](?<=(?:[~≈→]|\\bup)\\s*\\d+(?:\\.\\d+)?\\s*[x×])\\s+(?:the\\s+)?(?:more\\s+)?(?:hgf|vegf|il-\\d+|tnf-?α?|igf-1|mir-\\d+[a-z]?|exosomes?|exos?|evs?|particles|ki-?67)\\s+(?:in|from|vs|than|with)\\b'],
  ['amount', '\\bphase(?<=\\b(?:half|most|all|nearly\\s+all|almost\\s+all|a\\s+third|\\d+\\s*%)\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?(?:are|were|is|was)\\s+in\\s+s[- ]?phase)\\b'],
  ['comparison', '\\b(?:climbs?|climbed|rises?|rose|falls?|fell|drops?|dropped|declines?|declined|increases?|increased|decreases?|decreased|goes\\s+up|goes\\s+down)\\s+(?:w/|with)\\s+(?:passage|donor\\s+age|dose)\\b'],
  ['scope', '\\b(?:work|works|worked)(?<=\\b(?:they|cells|mscs|exosomes|exos|evs|vesicles|treatment|therapy|infusions?)\\s+(?:[a-z]+\\s+)?(?:work|works|worked))\\s+(?:just\\s+)?the\\s+same\\s+(?:whatever|regardless\\s+of|no\\s+matter)\\b'],
  ['comparison', '\\bwhereas\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:rats|mice|animals|patients|pts|group|arm|controls)\\s+(?:all\\s+)?(?:had|got|showed|developed|are\\s+taking|took|needed)\\b'],
  ['time', '\\b(?:hit|hits|reach|reaches|reached)\\s+(?:their\\s+|its\\s+|a\\s+)?peak\\s+(?:[\\w-]+\\s+){0,2}?(?:at|by|around)\\s+(?:~\\s*|about\\s+|around\\s+)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?)\\b'],
  ['time', '\\bpeaks(?<=\\b(?:uptake|levels?|signal|expression|proliferation|synthesis|activity|secretion)\\s+(?:[\\w-]+\\s+){0,3}?peaks)\\s+(?:at\\s+)?(?:like\\s+|about\\s+|around\\s+|~\\s*|roughly\\s+)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s*(?:h|hrs?|hours?|d|days?)\\s+(?:after|post)\\b'],
  ['time', '\\b(?:regain|regains|regained|regaining|recover|recovers|recovered|recovering|restore|restores|restored|restoring)\\s+(?:the\\s+|their\\s+|its\\s+)?(?:full\\s+)?(?:[\\w-]+\\s+){0,2}?(?:mass|volume|size)\\s+by\\s+(?:day|d|week|wk)\\s*\\d+'],
  ['time', '\\bback(?<=\\b(?:knocks?|knocked|sets?|setting|puts?)\\s+(?:[\\w-]+\\s+){0,2}?(?:regeneration|regen|recovery|healing|repair)\\s+back)\\s+(?:by\\s+)?(?:about\\s+|around\\s+|roughly\\s+|~\\s*|like\\s+)?(?:a|an|one|two|three|\\d+)\\s+(?:days?|weeks?|months?)\\b'],
  ['association', '\\b(?:mainly|mostly|largely|primarily)(?<=\\b(?:exosomes|exos|exo|evs|vesicles|cells|mscs|particles|doses?|signal)\\b[^.;!?]{0,60}?\\b(?:go|goes|going|went|gone|home|homes|homed|homing|travel|travels|travelled|traveled)\\s+(?:mainly|mostly|largely|primarily))\\s+to\\s+(?:the\\s+)?(?:spleen|liver|lungs?|kidneys?|bone\\s+marrow)\\b(?!\\s+(?:unit|clinic|ward|department|team|floor|service))'],
  ['amount', '\\b(?:make|makes|made|produce|produces|produced|lay\\s+down|lays\\s+down|secrete|secretes|secreted)\\s+(?:most|the\\s+bulk|nearly\\s+all|almost\\s+all|the\\s+majority)\\s+of\\s+(?:the\\s+)?(?:collagen|scar|ecm|matrix|fibrosis)\\b'],
  ['time', '\\bagain(?<=\\b(?:quiescent|inactive|normal|resting)\\s+again)\\s+by\\s+(?:day|d|week|wk|w)\\s*\\d+\\b'],
  ['time', '\\bgone(?<=\\b(?:effect|benefit|protection|response)\\b[^.;!?]{0,60}?\\b(?:is|are|was|were)\\s+gone)\\s+if\\s+(?:you\\s+)?(?:give|dose|inject|infuse|wait)\\s+(?:it\\s+|them\\s+)?(?:[<>≥≤~]\\s*)?\\d+\\s*(?:h|hrs?|hours?|d|days?)\\s+after\\b'],
  ['amount', '\\b(?:secrete|secretes|secreted|make|makes|made|produce|produces|produced|release|releases|released|carry|carries|carried)\\s+(?:only\\s+|just\\s+)?(?:a\\s+fraction|a\\s+third|half|a\\s+quarter|a\\s+tenth)\\s+(?:of\\s+)?the\\s+(?:hgf|vegf|il-\\d+|mir-\\d+[a-z]?|cytokines?|growth\\s+factors?|exosomes?|evs|vesicles|proteins?|rna|cargo)\\b'],
  ['amount', '\\b(?:reach|reaches|reached|deliver|delivers|delivered|get|gets|got)\\s+(?:about\\s+|~\\s*|roughly\\s+|like\\s+)?\\d+(?:\\.\\d+)?\\s*[x×]\\s+the\\s+(?:[\\w-]+\\s+)?(?:dose|concentration|levels?|amount|signal|uptake)\\b'],
  ['amount', '\\bzero\\s+(?:[\\w-]+\\s+)?(?:effect|benefit|response|uptake)\\s+(?:on|in|for)\\s+(?:the\\s+)?(?:hepatocytes|cells|liver|livers|fibrosis|regeneration|proliferation|mice|rats|alt|ki-?67)\\b'],
  ['comparison', '\\b(?:take|knock|block|remove)\\s+(?:it|them)\\s+(?:away|out)\\s+and\\s+there(?:[\'’]s|\\s+is)\\s+no\\s+(?:regen\\w*|proliferation|effect|benefit|response|repair|recovery)\\b'],
  // From the hundred-and-sixty-third to -fifth batches: a release within minutes of an event
  // ("dump TNF + IL6 within like 30 min of the PHx"), a share recovered ("recovers well under half
  // of the vesicles"), cells that come quicker after an operation, enough made to dose a rat, where
  // nearly all vesicles end up within minutes, half of the papers wrong, what cells stop doing past
  // a passage, cells dead by then, a band narrower by a share against a control, ninety percent of
  // them parked in the liver, mass back by a day told first,
  // growth that starts at the central vein and spreads, and a count back to a figure by a time.
  ['time', '\\bwithin\\s+(?:like\\s+|about\\s+|~\\s*|roughly\\s+|just\\s+)?\\d+\\s*(?:min|mins|minutes|h|hrs?|hours?)\\s+of\\s+(?:the\\s+)?(?:phx|hepatectomy|surgery|injury|resection|infusion|injection|dosing|dose)\\b'],
  ['amount', '\\b(?:recovers?|recovered|captures?|captured|retrieves?|retrieved)\\s+(?:well\\s+|only\\s+|just\\s+)?(?:under|over|less\\s+than|more\\s+than|about|roughly|nearly|barely)\\s+(?:half|a\\s+third|a\\s+quarter|\\d+\\s*%)\\s+of\\s+(?:the\\s+)?(?:vesicles|exosomes|evs|particles|proteins?|cells|rna)\\b'],
  ['comparison', '\\b(?:come|comes|came|grow|grows|grew|regrow|regrows|divide|divides)(?<=\\b(?:cells|hepatocytes|livers?|tissue)\\s+[a-z]+)\\s+(?:back\\s+)?(?:quicker|faster|sooner)\\s+after\\b'],
  ['amount', '\\bmakes?\\s+enough\\s+(?:exosomes\\s+|evs\\s+|vesicles\\s+|cells\\s+)?to\\s+(?:dose|treat)\\b'],
  ['time', '\\b(?:end|ends|ended)\\s+up\\s+in\\s+(?:the\\s+)?(?:liver|lungs?|spleen)\\b[^.;!?]{0,30}?\\bwithin\\s+(?:like\\s+|about\\s+|~\\s*)?\\d+\\s*(?:min|mins|minutes|h|hrs?|hours?)\\b'],
  ['amount', '\\b(?:half|most|many)\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+\\s+)?(?:papers|studies)\\s+(?:are|were)\\s+(?:wrong|flawed|artefacts?|artifacts?)\\b'],
  ['time', '\\bpassage(?<=\\b(?:past|beyond|after)\\s+passage)\\s+\\d+\\s*,?\\s+(?:they|the\\s+cells|mscs|cells)\\s+(?:stop|stops|stopped|lose|lost|loses)\\b'],
  ['time', '\\bdead(?<=\\b(?:cells|hepatocytes|mscs|exosomes)\\s+(?:are|were|will\\s+be)\\s+(?:all\\s+)?dead)\\s+by\\s+then\\b'],
  ['comparison', '\\b(?:vs|versus)(?<=\\d\\s*%\\s+(?:narrower|wider|thicker|thinner|smaller|larger|bigger|shorter|longer)\\s+(?:vs|versus))\\b'],
  ['amount', '\\b(?:percent|per\\s+cent)(?<=\\b(?:ninety|eighty|seventy|sixty|fifty|forty|thirty|twenty|ten)\\s+(?:percent|per\\s+cent))\\s+of\\s+(?:them|the\\s+[\\w-]+)\\s+(?:are|were|is|was)\\s+(?:already\\s+)?(?:parked|sitting|stuck|trapped|lodged)\\s+in\\s+(?:the\\s+)?(?:liver|lungs?|spleen)\\b'],
  ['time', '\\bback(?<=\\bby\\s+(?:day|week|d|wk)\\s*(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen)\\b[^.;!?]{0,60}?\\b(?:got|had|have|has|regained)\\s+(?:its|their|the)\\s+(?:whole|full|entire|original)\\s+liver\\s+(?:mass|volume|size)\\s+back)\\b'],
  ['association', '\\bstarts?\\s+at\\s+the\\s+(?:central\\s+vein|portal\\s+(?:vein|triad|tract)|periportal\\s+zone|pericentral\\s+zone)\\s+and\\s+spreads?\\b'],
  ['time', '\\bback(?<=\\b(?:thick|layers?|cells|hepatocytes|rows?)\\b[^.;!?]{0,30}?\\bback)\\s+to\\s+\\d+(?:\\s*[–-]\\s*\\d+)?\\s+by\\s+\\d+\\s*(?:h|d|days?|wks?)\\b'],
  // From the hundred-and-sixty-seventh to -ninth batches: a growth of a share a week ("grew
  // >3%/wk"), regeneration sped by a share ("speeds regeneration by a good third"), cells that
  // start dividing on a day ("start dividing d2–3 post-PVE"), full mass got back by a day ("rats get
  // back ~full liver mass by d7–10"), what never reverses, what is licensed or passed safety
  // testing, and a share of a loss that sits at one step ("62% of yield loss sits at the … step").
  ['amount', '\\b(?:grew|grows|grow|rose|rises|fell|falls)\\s+(?:by\\s+)?[<>≥≤~]?\\s*\\d+(?:\\.\\d+)?\\s*%\\s*/\\s*(?:wk|week|d|day|month|mo)\\b'],
  ['amount', '\\b(?:speeds?|sped|slows?|slowed)\\s+(?:up\\s+)?(?:(?:liver|the|its|their)\\s+)?(?:regeneration|regen|recovery|healing|repair|regrowth|proliferation)\\s+by\\s+(?:a\\s+(?:good\\s+)?(?:third|quarter|half|fifth)|half|(?:about\\s+|~\\s*)?\\d+\\s*%)'],
  ['time', '\\b(?:start|starts|started|begin|begins|began)\\s+(?:dividing|proliferating|regenerating|to\\s+divide|to\\s+proliferate)\\s+(?:at\\s+|by\\s+|on\\s+|around\\s+|~\\s*)?(?:d|day)\\s*\\d+'],
  ['time', '\\bback(?<=\\b(?:get|gets|got|getting)\\s+back)\\s+(?:~\\s*|about\\s+|nearly\\s+|almost\\s+)?(?:full|normal)\\s+(?:liver\\s+)?(?:mass|size|volume|weight)\\s+(?:by|within|in)\\b'],
  ['scope', '\\b(?:reverses?|reversed|undoes|undo)(?<=\\b(?:never|can[\'’]t|cannot|doesn[\'’]t|does\\s+not|won[\'’]t)\\s+[a-z]+)\\s+(?:the\\s+)?(?:(?:old|existing|established|activated)\\s+(?:ones|cells|scars?|scarring|fibrosis|damage)|scars?|scarring|fibrosis)\\b'],
  ['association', '\\blicensed\\s+in\\s+(?:[\\w-]+\\s+){0,2}?(?:clinics|hospitals)\\b|\\bpassed(?<=\\b(?:exosomes?|exos?|drips?|products?|therap(?:y|ies)|treatments?|cells|mscs|infusions?)\\b[^.;!?]{0,60}?\\bpassed)\\s+(?:its\\s+|their\\s+)?(?:safety|toxicity)\\s+(?:testing|tests?|trials?)\\b'],
  ['amount', '\\bloss(?<=\\d\\s*%\\s+of\\s+(?:the\\s+)?(?:yield|particle|ev|exosome|protein|product)\\s+loss)\\s+(?:sits|is|occurs|happens|comes)\\b'],
  // From the hundred-and-seventieth batch: scar gone in a time ("the scar tissue in the liver is
  // basically gone in 4 weeks"), and cells that stop working after a number of passages.
  ['time', '\\bgone(?<=\\b(?:scar|scarring|fibrosis|collagen)\\b[^.;!?]{0,40}?\\b(?:is|are|was|were)\\s+(?:basically\\s+|almost\\s+|nearly\\s+|completely\\s+|all\\s+)?gone)\\s+(?:in|within|by)\\s+(?:about\\s+|~\\s*)?\\d+\\s*(?:d|days?|wks?|weeks?|months?)\\b'],
  ['time', '\\bpassages(?<=\\b(?:stop|stops|stopped|lose|loses|lost|decline|declines|declined|fail|fails|failed)\\s+(?:[\\w-]+\\s+){0,3}?after\\s+(?:about\\s+|~\\s*|roughly\\s+|like\\s+)?\\d+\\s+passages)\\b'],
  // From the hundred-and-sixty-sixth batch: what was identified as the main mediator, a fall of a
  // number of points ("a median MELD fall of 3.2 points"), and vesicles that keep without losing
  // any of their power.
  ['association', '\\b(?:mediator|driver|effector|regulator)(?<=\\bas\\s+the\\s+(?:main|key|major|principal|primary|dominant)\\s+[a-z]+)\\b'],
  ['amount', '\\bpoints(?<=\\b(?:meld|child-pugh|cp|fib-4|score|scores)\\s+(?:fall|drop|rise|increase|decrease|reduction|improvement|gain|change)\\s+of\\s+\\d+(?:\\.\\d+)?\\s*points)\\b'],
  ['time', '\\bwithout\\s+losing\\s+(?:any|much)\\s+(?:(?:of\\s+)?(?:their|its)\\s+)?(?:power|potency|activity|function|effect|strength)\\b'],
  // From the hundred-and-sixty-second batch: what vesicles can be kept at for months ("THE EXOSOMES
  // CAN BE FREEZE-DRIED AND KEPT AT ROOM TEMPERATURE FOR MONTHS"; not "kept at room temperature
  // for 10 min before use", a step), a level times a control ("albumin 2.3x vehicle"), a peak pulled
  // earlier by a time, a response maxed out by something ("STAT3 phosphorylation is maxed out by the
  // PHx alone"), and what vesicles can't add on top ("exosomes can't add anything on top of it").
  ['time', '\\b(?:kept|stored|keep|store)(?<=\\b(?:exosomes|exos|evs|vesicles|they|product|preps?|lyophili[sz]ed|freeze-dried)\\b[^.;!?]{0,40}?\\b(?:kept|stored|keep|store))\\s+at\\s+(?:room\\s+temp(?:erature)?|rt|ambient\\s+temp(?:erature)?)\\s+for\\s+(?:months|weeks|years|up\\s+to\\s+\\d+\\s*(?:months?|years?)|\\d+\\s*(?:months?|years?|mo))\\b'],
  ['amount', '\\b\\d+(?:\\.\\d+)?\\s*[x×]\\s+(?:vehicle|control|pbs|untreated|sham)\\b'],
  ['time', '\\b(?:earlier|later|sooner)(?<=\\b(?:peak|peaks|it|them|s-phase|proliferation)\\s+(?:[\\w-]+\\s+)?(?:earlier|later|sooner))\\s+by\\s+(?:about\\s+|~\\s*)?(?:half\\s+a|a|one|two|three|\\d+)\\s*(?:h|hrs?|hours?|days?|day)\\b'],
  ['amount', '\\bmaxed(?<=\\b(?:phosphorylation|signal|signalling|signaling|response|expression|proliferation|uptake|activation|levels?)\\s+(?:is|are|was|were|gets?|got)\\s+(?:already\\s+|just\\s+|basically\\s+)?maxed)\\s+out\\s+(?:by|with|after|at)\\b'],
  ['association', '\\badd(?<=\\b(?:exosomes|exos|evs|vesicles|mscs|cells|doses?|treatment)\\s+(?:can[\'’]t|cannot|can\\s+not|don[\'’]t|doesn[\'’]t|won[\'’]t)\\s+add)\\s+anything\\s+(?:on\\s+top|more|extra)\\b'],
  // And much more of a thing than another ("Umbilical-cord MSCs secrete significantly more VEGF and
  // IL-6 than bone-marrow MSCs"), a comparison where "significantly more" alone is only evidential.
  ['comparison', '\\b(?:significantly|considerably|markedly|substantially)\\s+(?:more|less|fewer)\\s+(?:[\\w-]+\\s+){1,5}?than\\b'],
];

/** Evidential cues: "studies have shown", "it is clear that", "significantly improved". */
const cueAlternatives = [
  '\\b(?:studies|reports|experiments|trials|data|results|findings|evidence|work|research|scientists|doctors|experts|analyses|papers|authors|investigators|researchers|others|groups?|we|experiments? in \\w+|studies in \\w+|biops(?:y|ies)|histology|imaging|ultrasound|scans?|staining)\\s+(?:have\\s+|has\\s+|had\\s+)?(?:\\w+ly\\s+)?(?:shown|show|shows|showed|demonstrated?|demonstrates|reveal(?:s|ed)?|establish(?:es|ed)?|confirm(?:s|ed)?|prove[ds]?|proven|indicated?|indicates|document(?:s|ed)?|report(?:s|ed)?|found|find|finds|identified|observed|observe)\\b',
  '\\bit is (?:now |widely |generally |well |firmly |universally )?(?:clear|evident|known|well[- ]known|established|well[- ]established|accepted|recogni[sz]ed|undisputed|certain|proven|a fact|beyond doubt)\\b',
  // From the twenty-third batch: "it's widely agreed among hepatologists that" (not "it's agreed that we meet").
  '\\bit(?: is|[\'’]s) (?:widely|generally|universally|broadly) (?:agreed|known|accepted|recogni[sz]ed)\\b',
  '\\b(?:is|are|was|were|has been|have been)\\s+(?:well|widely|firmly|clearly|long|now|generally)[- ](?:established|documented|known|characteri[sz]ed|recogni[sz]ed|accepted)\\b',
  '\\bwell[- ](?:established|documented|known|characteri[sz]ed)\\b',
  '\\b(?:has|have|had)\\s+(?:never\\s+|not\\s+)?been\\s+(?:\\w+ly\\s+)?(?:shown|demonstrated|reported|established|proven|proved|documented|confirmed|observed|found)\\b(?!\\s+to\\s+(?:me|us|you|him|her|them)\\b)',
  // "was later found to be" from the forty-third batch.
  '\\b(?:was|were|is|are)\\s+(?:\\w+ly\\s+|later\\s+|since\\s+|then\\s+)?(?:shown|demonstrated|proven|proved|confirmed|found|reported)\\s+to\\b',
  // Not "that" as a pronoun, the end of its clause or before a place or a case only ("but nobody
  // has shown that for CN1.", from the hundred-and-tenth batch).
  '\\b(?:shown|demonstrated|proven|confirmed|established|revealed|documented)\\s+that\\b(?!\\s*(?:[.;:!?)]|$)|\\s+(?:yet|either|so\\s+far|to\\s+date)\\b|\\s+(?:for|in)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+\\s*(?:[.;:!?)]|$))',
  '\\b(?:significantly|markedly|dramatically|substantially|strikingly|robustly|drastically|sharply|consistently|uniformly|reproducibly|persistently|profoundly|greatly|highly|noticeably|visibly|appreciably|measurably)\\s+(?:\\w+ed|higher|lower|greater|(?:more|less)(?!\\s+(?:[\\w-]+\\s+){1,5}?than\\b)|better|worse|faster|slower|increase[sd]?|decrease[sd]?|reduce[sd]?)\\b',
  '\\b(?:statistically significant|significant(?:ly)? (?:increase|decrease|reduction|improvement|difference|effect|rise|drop|decline)s?)\\b',
  '\\bp\\s*[<=≤]\\s*0?\\.\\d',
  '\\bin their hands\\b',
  '\\b(?:in our|our) (?:hands|data|experiments?|pilot(?: study)?|model|mouse model|study|cohort|lab|work|results|findings|analysis)\\b',
  '\\bthere is (?:\\w+ )?evidence\\b',
  // "It is a plain fact that" (from the hundred-and-twenty-sixth batch).
  '\\b(?:it\\s+is|it[\'’]s)\\s+(?:a\\s+)?(?:plain|simple|known|well-known|established|proven|hard|undeniable|scientific)\\s+fact\\s+that\\b',
  // Not "clearly written" (from the hundred-and-twenty-ninth batch), how a text reads.
  '\\b(?:clearly(?!\\s+(?:written|presented|laid\\s+out|structured|organi[sz]ed|formatted|labell?ed|explained|argued|illustrated|visible|legible|marked)\\b)|undoubtedly|unequivocally|indisputably|definitively|conclusively|invariably)\\b',
  '\\b(?:is|are) known to\\b',
  // "now shown to block NLRP3" (from the hundred-and-fifty-second batch).
  '\\b(?:now|recently|newly)\\s+(?:shown|proven|proved|demonstrated|found)\\s+to\\b',
  '\\b(?:everyone|everybody|we\\s+all)\\s+knows?\\b',
  '\\b(?:has|have|had) been (?:\\w+ly )?(?:associated|linked|implicated|correlated|tied|attributed)\\b',
];
/** Every cue, in order: the first that matches at a place is the cue there. */
const allAlternatives = [...cueAlternatives, ...resultCues.map(([, pattern]) => pattern)];

/** The kind of result of each cue, by its place among all the cues; none for an evidential one. */
const cueKinds: readonly (ResultKind | undefined)[] = [...cueAlternatives.map(() => undefined), ...resultCues.map(([kind]) => kind)];

/**
 * The cue a match of cues in groups of their own (`(cue a)|(cue b)|…`) found: its place among
 * `alternatives`, by the group it filled. The cues hold no groups of their own.
 */
function matchedCue(m: RegExpExecArray, alternatives: readonly number[]): number {
  for (let g = 1; g <= alternatives.length; g++) if (m[g] !== undefined) return alternatives[g - 1];
  return -1;
}

/** Cues in groups of their own, in order, as one pattern. */
function groupedCues(alternatives: readonly number[], flags: string): RegExp {
  return new RegExp(alternatives.map((i) => `(${allAlternatives[i]})`).join('|'), flags);
}

/** The verbs of a methods section, as past participles and simple pasts. */
const procedureVerbs = '(?:measured|collected|harvested|processed|stored|analy[sz]ed|recorded|sampled|given|injected|stained|imaged|assessed|quantified|counted|sacrificed|euthani[sz]ed|killed|incubated|treated|cultured|isolated|frozen|thawed|fixed|sectioned|weighed|randomi[sz]ed|enrolled|scored|taken|drawn|obtained|prepared|tested|monitored|examined|evaluated|dosed|read|recovered|purified|centrifuged|pelleted|resuspended|separated|resolved|used|excluded|included|selected|pooled|diluted|added|loaded|performed|maintained|housed|fed|ana?esthe[st]i[sz]ed|transfected|seeded|plated|passaged|sorted|filtered|washed|labell?ed|doubled|halved|tripled|extracted|screened|coded|abstracted)';
/**
 * What makes "we" and a methods verb the background of a result rather than the sentence's
 * procedure: a clause of time before it ("after we injected MSCs, ALT fell"), or a noun it
 * describes with the verb's object left out ("in the mice we injected, ALT fell"; not "for each
 * mouse we recorded body weight").
 */
const timeAside = '\\b(?:after|when|once|since|until|as\\s+soon\\s+as)';
const nounAside = '\\b(?:the|those|these|each|every|all|any)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+';
/**
 * A procedure reported, in the passive or by "we": what a methods sentence does ("were harvested",
 * "was measured", "we harvested"); not "we" after an aside above or after "why" (", that is why we
 * selected the cord source", from the hundred-and-sixtieth batch), nor "we tested" at the end of a
 * sentence or before "so far" or "to date", a clause that names what a result was seen in ("drops
 * after passage 6 in every line we tested so far"). "After dosing we measured, in triplicate, ALT
 * …" is still one. Not "I was given", a patient's account (from the hundred-and-twenty-first
 * batch: "The blood-thinning injections I was given beforehand are routine because …").
 */
const procedure = new RegExp(
  `\\b(?:was|were)(?<!\\bi\\s+was)\\s+(?:\\w+ly\\s+)?${procedureVerbs}\\b|\\bwe(?<!${timeAside}\\s+we)(?<!\\bwhy\\s+we)(?!\\s+[a-z]+\\s*,(?<=${nounAside}\\s+we\\s+[a-z]+\\s*,))\\s+(?:\\w+ly\\s+)?${procedureVerbs}\\b(?![\\s.!?;:)"'”’*_]*$|\\s+(?:so|thus)\\s+far\\b|\\s+to\\s+date\\b)`,
  'i',
);

/**
 * What someone asked, up to a cue in it: "One brother asked if fasting helps the liver regrow —
 * Dr Amina said maybe" (from the hundred-and-sixty-ninth batch) asserts nothing of the fasting.
 */
const askedWhether = /\b(?:asked|asks|asking|ask)\s+(?:(?:me|us|him|her|them|you|the\s+\w+)\s+)?(?:if|whether)\b[^—–;:.!?]*$/i;

/**
 * Whether `cue`, found in the sentence `text[start, end)`, makes it a claim: an evidential cue
 * always does; a result stated as a number, a comparison or a time course does unless the
 * sentence reports a procedure ("were measured within the first 48 hours").
 */
export function cueAsserts(text: string, start: number, end: number, cue: Cue): boolean {
  if (askedWhether.test(text.slice(Math.max(start, cue.start - 120), cue.start))) return false;
  return (cue.kind === undefined || !reportsProcedure(text, clauseStart(text, start, cue.start), clauseEnd(text, cue.end, end))) && !inQuotedWording(text, start, cue.start) && !comparesWordings(text, start, end, cue);
}

/**
 * The clause of a cue between semicolons, and before a concession after it: a procedure in
 * another clause is not what the cue's states ("their EVs were isolated by ultracentrifugation;
 * UC preps carry 5-10x more protein contaminant than SEC", from the ninety-fourth batch; "the
 * liver grows back to full size in about 8 wks, even if 2/3 was taken", from the
 * hundred-and-tenth).
 */
function clauseStart(text: string, start: number, at: number): number {
  // Looked for in the sentence only: a search of the rest of a long note for each cue would make
  // the analysis of 1 MB grow with the square of its length.
  for (let i = at - 1; i >= start; i--) if (text.charCodeAt(i) === 59) return i + 1;
  return start;
}

function clauseEnd(text: string, at: number, end: number): number {
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || (c === 44 && concessionAfter.test(text.slice(i + 1, Math.min(end, i + 16))))) return i;
  }
  return end;
}

const concessionAfter = /^\s*even\s+(?:if|though|when)\b/i;

/**
 * Whether a comparison cue compares two quoted wordings ("'feed' reads better than 'supply'
 * here", from the fifty-second batch): a quotation ends right before it, and one opens right after.
 */
function comparesWordings(text: string, start: number, end: number, cue: Cue): boolean {
  return cue.kind === 'comparison' && quotedBefore.test(text.slice(Math.max(start, cue.start - 40), cue.start)) && quotedAfter.test(text.slice(cue.end, end));
}

const quotedBefore = /['"‘’“”]\s+(?:reads|sounds|works|fits|flows|is|seems|looks)?\s*$/;
const quotedAfter = /^\s*['"‘“]/;

/**
 * Whether `at` lies inside a quotation in the sentence from `start` that states no result: a
 * question ("trigger phrases include "do exosomes work better than cells"", from the forty-ninth
 * batch), or words given as wording to write or avoid ("Please write "2.5-fold higher than" and
 * never …", from the fifty-first).
 */
function inQuotedWording(text: string, start: number, at: number): boolean {
  let open = -1;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d) open = -1;
    else if (c === 34) open = open === -1 ? i : -1;
  }
  if (open === -1) return false;
  return quotedQuestion.test(text.slice(open + 1, Math.min(at, open + 12))) || wordingVerb.test(text.slice(Math.max(start, open - 24), open));
}

const quotedQuestion = /^\s*(?:how|why|what|which|when|where|who|do|does|did|can|could|is|are|was|were|will|would|should)\b/i;
/** What is said of a wording just before its quotation: "write", "use", "never", "instead of". */
const wordingVerb = /\b(?:write|type|use|prefer|avoid|never|spell|phrase\s+it\s+as|write\s+it\s+as|instead\s+of|rather\s+than|replace\s+(?:it\s+)?with)\s*$/i;

/** Whether the sentence `text[start, end)` reports a procedure ("the dose was doubled", "we harvested the livers"). */
export function reportsProcedure(text: string, start: number, end: number): boolean {
  return procedure.test(text.slice(start, end));
}

/**
 * The team's own cues (`regenNotes.claims.cues`): words and phrases that make a sentence a claim,
 * as the built-in result cues do ("outcompetes", "rescues the phenotype"). Matched as whole
 * words in any case, any run of white space standing for a space. One pattern per list, made once.
 */
export function teamCuePattern(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const key = phrases.join('\n');
  let pattern = teamCuePatterns.get(key);
  if (pattern === undefined) {
    const alternatives = [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ''))]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
    pattern = alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'iu') : null;
    if (teamCuePatterns.size >= 16) teamCuePatterns.clear();
    teamCuePatterns.set(key, pattern);
  }
  return pattern ?? undefined;
}

/** The patterns of the last cue lists, by their phrases joined: a settings change makes a new list, not a new pattern per note. */
const teamCuePatterns = new Map<string, RegExp | null>();

/** `text` matched as written, in a pattern with the `u` flag (which allows no escape of a hyphen). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The first of the team's cues (`teamCuePattern`) in `masked[start, end)`. */
export function findTeamCue(masked: string, start: number, end: number, pattern: RegExp): TextSpan | undefined {
  const m = pattern.exec(masked.slice(start, end));
  return m ? { text: ownText(m[0]), start: start + m.index, end: start + m.index + m[0].length } : undefined;
}

/**
 * The cues of `text` by a plain scan of the whole pattern, trying every cue at every place: slow,
 * and kept so that a test can hold `findCues`, which tries at each word only the cues that may
 * start with it, to it.
 */
export function scanCues(text: string): Cue[] {
  const every = allAlternatives.map((_, i) => i);
  return [...text.matchAll(groupedCues(every, 'gi'))].map((m) => cueOf(text, m[0], m.index!, cueKinds[matchedCue(m, every)]));
}

/** The source of each cue, in order, for `npm run cue-starts` and its test. */
export function cueSources(): readonly string[] {
  return allAlternatives;
}

/**
 * The cues a word may start, and the anchored pattern of just those, in the cue pattern's order:
 * at a word, `findCues` tries only them (trying the whole pattern at every word cost ~1 ms per MB
 * of note for each ten cues). Each cue's first words are read off its pattern's syntax tree by
 * `npm run cue-starts` into `data/cueStarts.json` (parsing ~100 patterns at start-up took ~50 ms),
 * and a test holds the file to the patterns, so no list is kept by hand. A cue missing from the
 * file (one changed without running it) is tried at every word the table keys: slower, but not
 * switched off. Words are keyed by (length, first letter, last letter); words that share a key
 * share the union of their cues.
 */
interface CueGroup {
  alternatives: readonly number[];
  /** Its cues as runs, made at first use (`runsOf`). */
  runs?: readonly CueRun[];
}

/** Cues next to each other in a group's order, as one anchored pattern, each cue in a group of its own. */
interface CueRun {
  alternatives: readonly number[];
  pattern: RegExp;
}

const cueGroups: CueGroup[] = [];
/** How many groups hold each cue. */
const groupsHolding: number[] = [];
/** The run of one cue that many groups hold, made once for them all. */
const sharedRuns = new Map<number, CueRun>();
/** The group of each word key (index + 1; 0 for a word no cue starts with), and of a digit. */
const groupByKey = new Uint16Array(16 << 10);
let digitGroup = 0;
(() => {
  const byKey = new Map<number, number[]>();
  const digits: number[] = [];
  const everywhere: number[] = [];
  const starts = cueStartWords as Record<string, string[] | undefined>;
  allAlternatives.forEach((source, index) => {
    const words = starts[source];
    if (!words) {
      everywhere.push(index);
      return;
    }
    for (const word of words) {
      if (word === '#') {
        if (digits[digits.length - 1] !== index) digits.push(index);
        continue;
      }
      if (word.length >= 16 || !/^[a-z](?:\w*[a-z])?$/.test(word)) throw new Error(`A cue may start with '${word}', which the table of start words cannot key.`);
      const key = cueKey(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
      const list = byKey.get(key) ?? [];
      if (list[list.length - 1] !== index) list.push(index);
      byKey.set(key, list);
    }
  });
  const ids = new Map<string, number>();
  const groupOf = (alternatives: number[]): number => {
    const name = alternatives.join(',');
    let id = ids.get(name);
    if (id === undefined) {
      ids.set(name, (id = cueGroups.push({ alternatives })));
      for (const alternative of alternatives) groupsHolding[alternative] = (groupsHolding[alternative] ?? 0) + 1;
    }
    return id;
  };
  const withEverywhere = (list: number[]): number[] => (everywhere.length === 0 ? list : [...new Set([...list, ...everywhere])].sort((a, b) => a - b));
  if (everywhere.length > 0) groupByKey.fill(groupOf(everywhere));
  for (const [key, list] of byKey) groupByKey[key] = groupOf(withEverywhere(list));
  digitGroup = digits.length > 0 || everywhere.length > 0 ? groupOf(withEverywhere(digits)) : 0;
})();

/**
 * How many groups may hold a cue before it is a run of its own (`runsOf`): fewer runs scan faster
 * once compiled, fewer copies compile faster and take less memory. A scan of the 1 MB bench note
 * with one pattern to a group made 10.0 MB of code, took ~155–175 ms in a fresh process and ~20
 * ms warm; with a run of its own for a cue of more than 3 groups, 5.1 MB, ~135–150 and ~31 ms;
 * of more than 10, 6.5 MB, ~135–160 and ~24 ms; of more than 16, 8.2 MB, ~155–180 and ~22 ms.
 */
const sharedAbove = 10;

/**
 * The runs of a group's cues, in order: the first cue of the first run that matches at a place is
 * the cue there, as in one pattern of them all. A cue that more than `sharedAbove` groups hold is
 * a run of its own, made once for all of them; the cues between such are one run. V8 makes each
 * pattern into machine code of ~75 bytes per character of its source: with each group one
 * pattern, the ~100 groups the 1 MB bench note meets made ~10 MB of code from ~134,000 characters
 * of source (its cues are ~93,000 in all), and their compiles took most of its first scan.
 */
function runsOf(group: CueGroup): readonly CueRun[] {
  if (group.runs) return group.runs;
  const runs: CueRun[] = [];
  let run: number[] = [];
  const endRun = (): void => {
    if (run.length > 0) runs.push({ alternatives: run, pattern: groupedCues(run, 'y') });
    run = [];
  };
  for (const alternative of group.alternatives) {
    if (groupsHolding[alternative] <= sharedAbove) {
      run.push(alternative);
      continue;
    }
    endRun();
    let shared = sharedRuns.get(alternative);
    if (!shared) sharedRuns.set(alternative, (shared = { alternatives: [alternative], pattern: groupedCues([alternative], 'y') }));
    runs.push(shared);
  }
  endRun();
  return (group.runs = runs);
}

/** The group of cues that a run of \w of `length` characters, lower case, from `first` to `last`, may start; 0 for none. */
function cueGroupOf(length: number, first: number, last: number): number {
  if (first >= 48 && first <= 57) return digitGroup;
  return first >= 97 && first <= 122 && last >= 97 && last <= 122 && length < 16 ? groupByKey[cueKey(length, first, last)] : 0;
}

/**
 * A negation that ends right before `at`: a denial ("not ", "in no way "), or "no ", "never ",
 * "cannot ", "didn't ", "failed to ", "not any ", "doesn't work any " (from the hundred-and-seventh
 * batch: "a big dose of exosomes doesn't work any better than a small one"), "do not work " (from
 * the hundred-and-sixty-seventh: "high-dose exosomes do not work better than low dose").
 */
const negationBefore = new RegExp(`(?:\\b(?:${denial}|no|never|cannot|fail(?:s|ed|ing)?\\s+to|not\\s+any)|n['’]t)(?:\\s+(?:work|do|perform|act|help)(?:\\s+any)?)?\\s+$`, 'i');
/** A denial after a comparison's first word: "is not superior to". */
const negationInside = new RegExp(`^\\S+\\s+${denial}\\b`, 'i');

function deniedAt(text: string, at: number): boolean {
  return negationBefore.test(text.slice(Math.max(0, at - 24), at));
}

/** Words that tell which way a comparison goes ("more", "outperforms": 1; "less", "inferior": -1), and adverbs that turn it ("more slowly"). */
const comparisonWords = new Map<string, number>([
  ...['more', 'better', 'superior', 'stronger', 'faster', 'twice', 'thrice', 'double', 'triple', 'times'].map((w) => [w, 1] as const),
  ...['outperform', 'outperforms', 'outperformed', 'beat', 'beats', 'beaten', 'exceed', 'exceeds', 'exceeded', 'surpass', 'surpasses', 'surpassed'].map((w) => [w, 1] as const),
  ...['outlast', 'outlasts', 'outlasted', 'outstrip', 'outstrips', 'outstripped'].map((w) => [w, 1] as const),
  ...['less', 'worse', 'inferior', 'weaker', 'slower', 'half'].map((w) => [w, -1] as const),
  ...['slowly', 'weakly', 'poorly', 'badly'].map((w) => [w, 0] as const),
  // "Adds … over" is "more than"; "adds no benefit over", "adds nothing to" the other way (from the
  // fifty-seventh batch; "buys no extra efficacy over", the sixty-second). A word of 0 turns round
  // only a way already told, so "no more than" is still read by its denial.
  ...['add', 'adds', 'added', 'adding', 'buy', 'buys', 'bought'].map((w) => [w, 1] as const),
  ...['no', 'nothing', 'little'].map((w) => [w, 0] as const),
]);
/**
 * Whether a comparison cue is of a benefit that plateaus, saturates or maxes out ("plateaus at"
 * low doses): it does no more at a higher dose, so it is less than "more", and claims.ts reads its
 * term as the term's higher dose.
 */
export function levelsOff(text: string): boolean {
  return levelsOffCue.test(text);
}

const levelsOffCue = /^(?:saturat\w*|plateau\w*|levels?\s+off|levell?ed\s+off|max(?:es|ed)?\s+out)\b/i;
/** A benefit given as none: "gives no extra benefit over", "does nothing extra over" is less than "more". */
const givesNone = /^(?:gives?|gave|provides?|provided|confers?|conferred|does|did|do)\s+(?:nothing|little|no)\b/i;
/** "to a greater degree", "to a lesser extent": the words that tell the way of a comparison of what is not a degree ("greater fibrosis"). */
const degreeUp = /\b(?:greater|larger)\s+(?:degree|extent)\b/i;
const degreeDown = /\b(?:lesser|smaller)\s+(?:degree|extent)\b/i;
/** A comparison cue that a dose makes no difference: "dose doesn't matter", "dose does not improve". */
export const doseIndifferent = /^doses?\s+(?:doesn['’]t|does\s+not|didn['’]t|did\s+not)\b/i;
/**
 * A comparison that states equality ("works the same as"), or that a dose makes no difference
 * (`doseIndifferent`); not "as good as" or "comparable", which need not deny more.
 */
export const equalityCue = new RegExp(`\\b(?:same|identical|indistinguishable)\\b|${doseIndifferent.source}`, 'i');
/** A comparison that states sameness: "as potent as", "the same benefit", "equally well", "no difference in". */
const samenessCue = /\bas\b[\s\S]*\bas\b|\b(?:same|equally|identical|indistinguishable|equivalent|comparable|no\s+(?:\w+\s+)?difference)\b/i;

/**
 * Which way a comparison cue goes: 1 ("more than", "outperforms", "twice as"), -1 ("less than",
 * "worse than", "more slowly than"), 0 when its words do not tell ("higher than": higher fibrosis
 * or a higher effect?) or it states sameness.
 */
function comparisonDirection(text: string): -1 | 0 | 1 {
  if (givesNone.test(text) || levelsOff(text)) return -1;
  let direction = 0;
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const sign = comparisonWords.get(word);
    if (sign === undefined) continue;
    if (sign === 0) direction = -direction;
    else if (direction === 0) direction = sign;
  }
  if (direction === 0) direction = degreeUp.test(text) ? 1 : degreeDown.test(text) ? -1 : 0;
  return direction as -1 | 0 | 1;
}

/**
 * How a comparison a sentence states stands to one a statement of the review states: the same,
 * the opposite ("less than", "inferior to", or a denied "no more than" against "more than"), or
 * neither ("higher than" tells no direction; "no worse than" and "as good as" do not give "more").
 */
export function comparedWith(cue: Cue, statement: Cue): 'same' | 'opposite' | 'neither' {
  const theirs = comparisonDirection(statement.text);
  let ours = comparisonDirection(cue.text);
  let denied = cue.denied === true;
  // "not as effective as" is less effective.
  if (denied && ours === 0 && samenessCue.test(cue.text)) {
    ours = -1;
    denied = false;
  }
  // "Works the same as exosomes alone" against "… more than either alone": equal is not more.
  if (ours === 0 && theirs !== 0 && !denied && equalityCue.test(cue.text)) return 'opposite';
  if (theirs === 0 || ours === 0) return samenessCue.test(cue.text) && samenessCue.test(statement.text) && !denied && theirs === ours ? 'same' : 'neither';
  if (denied) return ours === theirs ? 'opposite' : 'neither';
  return ours === theirs ? 'same' : 'opposite';
}

function cueKey(length: number, first: number, last: number): number {
  return (length << 10) | ((first - 97) << 5) | (last - 97);
}

function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/**
 * The cues in `masked[start, end)`, evidential and of results, in order. The cue patterns are
 * written for lower-case text and run on a lower-cased copy of the range, so that each group is
 * compiled once, without the `i` flag. Matched in place on ASCII text with `i` copies as well
 * (the way `findHedge` reads), a note with both kinds of text had both forms of ~100 groups
 * compiled: the first scan of the 1 MB bench note took ~250–290 ms in a fresh process against
 * ~145 ms now, and a warm one ~47–59 against ~30–37 ms (the lower-casing included).
 */
export function findCues(masked: string, start: number, end: number): Cue[] {
  const lower = masked.slice(start, end).toLowerCase();
  const n = lower.length;
  const cues: Cue[] = [];
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isRegexWordChar(c)) {
      i++;
      continue;
    }
    // A run of \w starts at i: a match can start only here.
    let j = i + 1;
    while (j < n && isRegexWordChar(lower.charCodeAt(j))) j++;
    const group = cueGroupOf(j - i, c, lower.charCodeAt(j - 1));
    if (group !== 0) {
      let m: RegExpExecArray | null = null;
      for (const run of runsOf(cueGroups[group - 1])) {
        run.pattern.lastIndex = i;
        m = run.pattern.exec(lower);
        if (m) {
          const at = start + m.index;
          cues.push(cueOf(masked, ownText(masked.slice(at, at + m[0].length)), at, cueKinds[matchedCue(m, run.alternatives)]));
          break;
        }
      }
      // The global scan went on after the match; a run of \w starting inside it cannot match.
      if (m) {
        i = m.index + m[0].length;
        continue;
      }
    }
    i = j;
  }
  return cues;
}

/** The cue `text` found at `start` of `source`; a comparison notes a negation right before it. */
function cueOf(source: string, text: string, start: number, kind: ResultKind | undefined): Cue {
  if (kind === undefined) return { text, start, end: start + text.length };
  if (kind === 'comparison' && (deniedAt(source, start) || negationInside.test(text))) return { text, start, end: start + text.length, kind, denied: true };
  return { text, start, end: start + text.length, kind };
}

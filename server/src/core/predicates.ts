import type { PredicateClass } from './types';

/**
 * The predicate lexicon: verbs and verb phrases, in any tense and voice, mapped to a predicate
 * class with a polarity. `increases` is +1, `decreases` is −1; `produces` and `interacts` have
 * no polarity (0) and therefore no opposite.
 */

export type Polarity = 1 | -1 | 0;

export interface PredicateSense {
  /** The lexicon entry, in its base form ("promote", "interact with", "be required for"). */
  lemma: string;
  class: PredicateClass;
  polarity: Polarity;
  /**
   * The grammatical subject is the one acted upon and the thing after the phrase is the actor
   * ("liver regeneration depends on HGF": HGF increases liver regeneration).
   */
  reverse?: boolean;
  /** The phrase itself denies a relation ("has no effect on"). */
  negated?: boolean;
}

/** How the matched words relate to the lemma. */
export type PredicateForm =
  /** promote, interact with */
  | 'base'
  /** promotes */
  | 'third'
  /** promoted: simple past or past participle */
  | 'past'
  /** promoting */
  | 'gerund'
  /** inducer (of), inhibitor (of): an agent noun */
  | 'noun'
  /** (is) required for, (is) rich in: an adjective after a copula */
  | 'adjective';

export interface PredicateMatch {
  sense: PredicateSense;
  form: PredicateForm;
  /** How many words the phrase takes, from the word it was matched at. */
  length: number;
}

const polarityOf: Record<PredicateClass, Polarity> = { increases: 1, decreases: -1, produces: 0, interacts: 0 };

/**
 * Verb entries: the first word is inflected, the rest are fixed particles. Irregular forms are
 * written `base/third/past/participle/gerund` where they differ from the regular rules; a `+`
 * marks a verb that doubles its final consonant (spur → spurred).
 */
const verbs: Record<PredicateClass, string[]> = {
  increases: [
    'promote', 'stimulate', 'enhance', 'induce', 'upregulate', 'up-regulate', 'restore', 'drive/drives/drove/driven/driving',
    'spur+', 'trigger', 'boost', 'accelerate', 'support', 'foster', 'improve', 'augment', 'activate', 'increase',
    'facilitate', 'amplify', 'potentiate', 'elevate', 'raise', 'strengthen', 'favour', 'favor', 'encourage', 'initiate',
    'elicit', 'evoke', 'provoke', 'sustain', 'maintain', 'preserve', 'stabilize', 'stabilise', 'enable', 'hasten',
    'fuel', 'propel+', 'prime', 'reinforce', 'intensify', 'heighten', 'prolong', 'lengthen', 'exacerbate', 'aggravate',
    'worsen', 'transactivate', 'mobilize', 'mobilise', 'rescue',
    'protect', 'shield', 'safeguard', 'replenish', 'revive', 'reactivate', 'create', 'cause', 'double', 'triple',
    'maximize', 'maximise', 'aid', 'benefit', 'energize', 'energise', 'instigate', 'kick-start', 'kickstart',
    'jump-start', 'catalyze', 'catalyse', 'speed', 'advance', 'optimize', 'optimise', 'normalize', 'normalise',
    'lead to/leads to/led to/led to/leading to', 'result in', 'give rise to/gives rise to/gave rise to/given rise to/giving rise to',
    'contribute to', 'bring about/brings about/brought about/brought about/bringing about', 'speed up', 'step up+', 'ramp up',
    'switch on', 'turn on', 'pave the way for', 'account for', 'add to',
    'result from', 'stem from+', 'arise from/arises from/arose from/arisen from/arising from', 'depend on', 'rely on',
    'require', 'benefit from', 'help', 'push', 'set off/sets off/set off/set off/setting off', 'spark', 'kick off',
    'stir up+',
  ],
  decreases: [
    'suppress', 'inhibit', 'reduce', 'downregulate', 'down-regulate', 'prevent', 'arrest', 'dampen', 'damp', 'damp down',
    'silence', 'block', 'attenuate', 'limit', 'lower', 'decrease', 'impair', 'abolish', 'alleviate', 'mitigate',
    'ameliorate', 'protect against', 'guard against', 'repress', 'quench', 'quell', 'curb', 'curtail', 'restrain',
    'restrict', 'constrain', 'hinder', 'hamper', 'impede', 'compromise', 'disrupt', 'interfere with', 'delay', 'slow',
    'slow down', 'retard', 'diminish', 'lessen', 'cut/cuts/cut/cut/cutting', 'cut down/cuts down/cut down/cut down/cutting down',
    'minimize', 'minimise', 'blunt', 'weaken', 'abrogate', 'ablate', 'eliminate', 'remove', 'kill', 'destroy', 'degrade',
    'deplete', 'neutralize', 'neutralise', 'counteract', 'counter', 'antagonize', 'antagonise', 'oppose', 'offset/offsets/offset/offset/offsetting',
    'reverse', 'resolve', 'halt', 'stop+', 'clear', 'shut down/shuts down/shut down/shut down/shutting down',
    'switch off', 'turn off', 'knock down', 'tone down', 'inactivate', 'deactivate', 'desensitize', 'desensitise',
    'relieve', 'ease', 'undermine', 'disable', 'thwart', 'preclude', 'avert', 'abate', 'shorten', 'halve',
    'hold back/holds back/held back/held back/holding back', 'scavenge', 'phagocytose', 'eradicate', 'lyse',
    'calm', 'calm down', 'soothe', 'wipe out', 'undo/undoes/undid/undone/undoing',
    'get in the way of/gets in the way of/got in the way of/gotten in the way of/getting in the way of',
    'stand in the way of/stands in the way of/stood in the way of/stood in the way of/standing in the way of',
    'put a brake on/puts a brake on/put a brake on/put a brake on/putting a brake on',
    'put the brakes on/puts the brakes on/put the brakes on/put the brakes on/putting the brakes on',
    'act as a brake on', 'serve as a brake on',
    'eat/eats/ate/eaten/eating', 'gobble up', 'mop up+',
  ],
  produces: [
    'secrete', 'release', 'carry', 'deliver', 'transfer+', 'produce', 'package', 'contain', 'express', 'harbor',
    'harbour', 'shuttle', 'transport', 'convey', 'load', 'encapsulate', 'shed+', 'emit+', 'export', 'liberate',
    'generate', 'synthesize', 'synthesise', 'yield', 'provide', 'supply', 'transmit+', 'bring/brings/brought/brought/bringing',
    'give off/gives off/gave off/given off/giving off', 'pass on', 'hand over', 'derive from', 'originate from', 'come from/comes from/came from/come from/coming from',
    'make/makes/made/made/making', 'overexpress', 'elaborate', 'differentiate into', 'transdifferentiate into', 'convert into',
    'give way to/gives way to/gave way to/given way to/giving way to', 'turn into', 'develop into', 'mature into',
    // From the eighty-fifth batch: "activated hepatic stellate cells … start pumping out type I collagen".
    'pump out', 'churn out',
    // Read only with a way after its object ("sends miR-122 levels upward", "crank inflammation UP";
    // see matchPredicate).
    'send/sends/sent/sent/sending', 'crank',
  ],
  interacts: [
    'target', 'modulate', 'interact with', 'regulate', 'bind/binds/bound/bound/binding', 'bind to/binds to/bound to/bound to/binding to',
    'act on', 'act upon', 'influence', 'affect', 'alter', 'change', 'control+', 'govern', 'tune', 'fine-tune', 'shape',
    'orchestrate', 'coordinate', 'reprogram', 'reprogramme', 'polarize', 'polarise', 'recruit', 'attract', 'engage',
    'signal through+', 'signal via+', 'communicate with', 'crosstalk with', 'cross-talk with', 'associate with', 'correlate with',
    'participate in', 'take part in/takes part in/took part in/taken part in/taking part in', 'impact', 'adjust', 'calibrate', 'educate',
    'mediate', 'play a role in', 'determine', 'dictate', 'internalize', 'internalise', 'take up/takes up/took up/taken up/taking up', 'engulf', 'fuse with',
    'home to', 'migrate to', 'migrate into', 'infiltrate', 'colonize', 'colonise', 'respond to', 'sense', 'reach', 'enter',
    'explain', 'condition', 'instruct', 'skew',
    'trap+', 'retain', 'sequester', 'capture', 'accumulate in', 'localize to', 'localise to', 'adhere to', 'attach to', 'recognize',
    'recognise', 'cleave', 'phosphorylate', 'dephosphorylate', 'ubiquitinate', 'acetylate', 'methylate', 'metabolize', 'metabolise',
    'mimic/mimics/mimicked/mimicked/mimicking', 'replace', 'substitute for', 'outperform', 'exceed', 'surpass', 'traverse', 'populate',
    'engraft in', 'engraft into', 'invade',
    // From the hundred-and-thirtieth batch: "Kupffer cells grab the injected exosomes FIRST".
    'grab/grabs/grabbed/grabbed/grabbing',
    'have no effect on/has no effect on/had no effect on/had no effect on/having no effect on',
    'have no impact on/has no impact on/had no impact on/had no impact on/having no impact on',
    'have no influence on/has no influence on/had no influence on/had no influence on/having no influence on',
    'have little effect on/has little effect on/had little effect on/had little effect on/having little effect on',
    'have no role in/has no role in/had no role in/had no role in/having no role in',
  ],
};

/**
 * A level that changes after, following, in or during a thing, which is the actor: "miR-122 levels
 * fall in liver injury" (as the review writes it), "HGF rises sharply after hepatectomy". Each
 * verb (as `verbs` writes one) with each preposition is an entry of its own, reversed.
 */
const changesAfter: Record<'increases' | 'decreases', string[]> = {
  increases: ['rise/rises/rose/risen/rising', 'climb', 'surge', 'increase', 'go up/goes up/went up/gone up/going up', 'spike', 'spike up', 'shoot up/shoots up/shot up/shot up/shooting up', 'soar',
    // "miR-122 piles up when the liver is damaged" (from the hundred-and-forty-ninth batch), "ramps up
    // inside liver cells after an injury" (from the hundred-and-fifty-third).
    'pile up', 'ramp up',
    // Portuguese, for notes that switch to it (from the eighty-first batch: "miR-122 sobe … in acute liver injury").
    'subir/sobe/subiu/subido/subindo', 'aumentar/aumenta/aumentou/aumentado/aumentando'],
  decreases: ['fall/falls/fell/fallen/falling', 'drop+', 'decline', 'decrease', 'plummet', 'go down/goes down/went down/gone down/going down', 'come down/comes down/came down/come down/coming down',
    'cair/cai/caiu/caído/caindo', 'diminuir/diminui/diminuiu/diminuído/diminuindo'],
};
/** What comes before the thing that changes a level ("rise after", "fall in"); claims.ts reads a clause that one opens too ("In an injured liver, …"). */
export const changePrepositions: ReadonlySet<string> = new Set(['after', 'following', 'in', 'during']);
/** What names the actor after a place ("rises in hepatocytes after liver injury"); "in" too, before a term ("goes UP inside hepatocytes in liver injury"). */
const changeActorAfter = new Set(['after', 'following', 'during']);
/** A place a level changes in, which is not its actor: "rises in hepatocytes", "goes UP inside hepatocytes" (from the sixty-fifth batch). */
const placePrepositions = new Set(['in', 'inside']);

function withPreposition(spec: string, preposition: string): string {
  return spec.split('/').map((form) => `${form} ${preposition}`).join('/');
}

/** A `verbs` entry's forms as written, without the `+` that doubles a consonant; the first is its lemma. */
function specParts(spec: string): string[] {
  return spec.replace(/\+/g, '').split('/');
}

/** The reversed entries: the actor comes after the phrase. */
const reversed = new Set(['result from', 'stem from', 'arise from', 'depend on', 'rely on', 'require', 'benefit from', 'derive from', 'originate from', 'come from', 'respond to']);

for (const cls of ['increases', 'decreases'] as const) {
  for (const spec of changesAfter[cls]) {
    for (const preposition of [...changePrepositions, 'inside']) {
      const entry = withPreposition(spec, preposition);
      verbs[cls].push(entry);
      reversed.add(specParts(entry)[0]);
    }
  }
}

/** The forms of the verbs of a changing level, by their first word: "shoots" → ["up"], "rises" → []. */
const changeForms = new Map<string, string[][]>();
for (const cls of ['increases', 'decreases'] as const) {
  for (const spec of changesAfter[cls]) {
    for (const form of specParts(spec)) {
      const [first, ...rest] = form.split(' ');
      const forms = changeForms.get(first) ?? [];
      forms.push(rest);
      changeForms.set(first, forms);
    }
  }
}

/**
 * Where the verb of a changing level that starts at `words[at]` ends ("rises", "shoots way up":
 * its particles read as the lexicon reads them, `matchTail`), with no state after it; -1 when
 * none starts there. claims.ts reads a clause opened by the state after such a verb ("After liver
 * injury, miR-122 rises").
 */
export function changeVerbEnd(words: readonly string[], at: number): number {
  for (const rest of changeForms.get(words[at]) ?? []) {
    const length = matchTail(words, at + 1, rest);
    if (length !== undefined) return at + 1 + length;
  }
  return -1;
}

/**
 * A level that is raised or lowered in or after a state, after a copula, which is the actor as
 * it is for "rises in" (from the sixty-ninth batch: "miR-122 is overexpressed in the injured liver").
 */
function levelIn(...participles: string[]): string[] {
  return participles.flatMap((p) => [`${p} in`, `${p} after`, `${p} following`]);
}

const raisedIn = levelIn('elevated', 'increased', 'upregulated', 'up-regulated', 'overexpressed', 'raised');
const loweredIn = levelIn('reduced', 'decreased', 'downregulated', 'down-regulated', 'lowered', 'depleted', 'diminished');

/** Adjectives that take a relation after a copula ("is required for"), with their preposition. */
const adjectives: Record<PredicateClass, string[]> = {
  increases: [
    'required for', 'essential for', 'necessary for', 'needed for', 'critical for', 'crucial for', 'important for',
    'indispensable for', 'vital for', 'key to', 'key for', 'pivotal for', 'instrumental in', 'sufficient for',
    'responsible for', 'central to', 'conducive to', 'beneficial for', 'beneficial to', 'dependent on', 'reliant on',
    ...raisedIn,
  ],
  decreases: [
    'detrimental to', 'harmful to', 'toxic to', 'protective against', 'deleterious to', 'inhibitory for', 'inhibitory to',
    ...loweredIn,
  ],
  produces: ['rich in', 'enriched in', 'enriched with', 'enriched for', 'loaded with', 'packed with', 'laden with', 'full of', 'derived from', 'secreted from', 'released from'],
  interacts: [
    'involved in', 'implicated in', 'associated with', 'linked to', 'linked with', 'correlated with', 'coupled to', 'related to', 'responsive to',
    'unaffected by', 'unchanged by', 'unaltered by', 'uninfluenced by', 'unresponsive to', 'insensitive to', 'independent of',
  ],
};
const deniedAdjectives = new Set(['unaffected by', 'unchanged by', 'unaltered by', 'uninfluenced by', 'unresponsive to', 'insensitive to', 'independent of']);
const reversedAdjectives = new Set([
  'dependent on', 'reliant on', 'derived from', 'secreted from', 'released from', 'responsive to', 'unaffected by', 'unchanged by', 'unaltered by',
  'uninfluenced by', 'unresponsive to', 'insensitive to', 'independent of',
  ...raisedIn,
  ...loweredIn,
]);

/** Agent nouns that name a relation when followed by `of` ("a potent inducer of"). */
const nouns: Record<PredicateClass, string[]> = {
  increases: ['inducer', 'activator', 'stimulator', 'enhancer', 'driver', 'promoter', 'agonist', 'trigger'],
  decreases: ['inhibitor', 'suppressor', 'repressor', 'blocker', 'antagonist'],
  produces: ['source', 'producer', 'carrier', 'reservoir', 'supplier'],
  interacts: ['regulator', 'modulator', 'mediator', 'determinant'],
};

/** Adverbs and filler that may sit inside a phrase ("leads directly to", "plays a key role in"). */
// "Anyway", "again", "too" and "even" too: "miR-122 goes up anyway after injury" (from the
// hundred-and-thirty-eighth batch); and "right" and "straight": "shoots right up after the liver's
// injured" (from the hundred-and-sixty-eighth).
const phraseFiller = /^(?:a|an|the|key|major|central|crucial|critical|pivotal|important|significant|dominant|decisive|vital|essential|direct|causal|main|primary|leading|minor|large|big|great|substantial|anyway|again|too|even|right|straight|\w+ly)$/;

interface Entry {
  sense: PredicateSense;
  form: PredicateForm;
  /** The particles after the first word (["to"] for "lead to"). */
  tail: string[];
}

const lexicon = buildLexicon();

function buildLexicon(): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  const add = (word: string, entry: Entry) => {
    const key = foldWord(word);
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.form === entry.form && e.sense.lemma === entry.sense.lemma)) list.push(entry);
  };
  for (const cls of Object.keys(verbs) as PredicateClass[]) {
    for (const spec of verbs[cls]) {
      const double = spec.includes('+');
      const parts = specParts(spec);
      const [head, ...tail] = parts[0].split(' ');
      const lemma = parts[0];
      const sense: PredicateSense = {
        lemma,
        class: cls,
        polarity: polarityOf[cls],
        ...(reversed.has(lemma) ? { reverse: true } : {}),
        ...(/^have (?:no|little) /.test(lemma) ? { negated: true } : {}),
      };
      const forms = parts.length === 5 ? parts.map((p) => p.split(' ')[0]) : inflect(head, double);
      const [base, third, past, participle, gerund] = forms;
      add(base, { sense, form: 'base', tail });
      add(third, { sense, form: 'third', tail });
      add(past, { sense, form: 'past', tail });
      if (participle !== past) add(participle, { sense, form: 'past', tail });
      add(gerund, { sense, form: 'gerund', tail });
    }
  }
  for (const cls of Object.keys(adjectives) as PredicateClass[]) {
    for (const phrase of adjectives[cls]) {
      const [head, ...tail] = phrase.split(' ');
      const sense: PredicateSense = {
        lemma: `be ${phrase}`,
        class: cls,
        polarity: polarityOf[cls],
        ...(reversedAdjectives.has(phrase) ? { reverse: true } : {}),
        ...(deniedAdjectives.has(phrase) ? { negated: true } : {}),
      };
      add(head, { sense, form: 'adjective', tail });
    }
  }
  for (const cls of Object.keys(nouns) as PredicateClass[]) {
    for (const noun of nouns[cls]) {
      const sense: PredicateSense = { lemma: `${noun} of`, class: cls, polarity: polarityOf[cls] };
      add(noun, { sense, form: 'noun', tail: ['of'] });
      add(noun + 's', { sense, form: 'noun', tail: ['of'] });
    }
  }
  return map;
}

/** Regular English inflection: base, third person, past, participle, gerund. */
function inflect(base: string, double: boolean): [string, string, string, string, string] {
  const last = base[base.length - 1];
  let third: string;
  let past: string;
  let gerund: string;
  if (/[^aeiou]y$/.test(base)) {
    third = base.slice(0, -1) + 'ies';
    past = base.slice(0, -1) + 'ied';
    gerund = base + 'ing';
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    third = base + 'es';
    past = base + 'ed';
    gerund = base + 'ing';
  } else if (last === 'e') {
    third = base + 's';
    past = base + 'd';
    gerund = base.endsWith('ee') ? base + 'ing' : base.slice(0, -1) + 'ing';
  } else if (double) {
    third = base + 's';
    past = base + last + 'ed';
    gerund = base + last + 'ing';
  } else {
    third = base + 's';
    past = base + 'ed';
    gerund = base + 'ing';
  }
  return [base, third, past, past, gerund];
}

/** Lower case, without hyphens and with typographic apostrophes made plain, for lookup. */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  return /[\u2010\u2011\u2019-]/.test(lower) ? lower.replace(/[\u2010\u2011-]/g, '').replace(/\u2019/g, "'") : lower;
}

/**
 * Matches a predicate phrase starting at `words[at]` (words in lower case, punctuation as its
 * own entries). Fillers such as "directly" or "a key" may sit inside a multi-word phrase. Returns
 * the longest phrase, or undefined.
 */
export function matchPredicate(words: readonly string[], at: number): PredicateMatch | undefined {
  const word = words[at];
  // "Carry a lower risk of immune reactions" reads as "reduce them"; "poses a risk of fibrosis", as "promote" it.
  if (riskVerbs.has(word)) {
    const risk = riskOf(words, at + 1);
    if (risk) return { sense: risk.lower ? reduceSense : promoteSense, form: riskVerbs.get(word)!, length: risk.length + 1 };
  }
  const entries = lexicon.get(word) ?? (needsFolding(word) ? lexicon.get(foldWord(word)) : undefined);
  if (!entries) return givesMore(words, at);
  let best: PredicateMatch | undefined;
  for (const entry of entries) {
    const length = matchTail(words, at + 1, entry.tail);
    if (length === undefined) continue;
    const total = 1 + length;
    if (!best || total > best.length || (total === best.length && entry.tail.length > 0)) best = { sense: entry.sense, form: entry.form, length: total };
  }
  // "Kupffer cells make up roughly 80% of all the macrophages" (from the sixty-fourth batch): what a whole is made of, not what is made.
  if (best?.sense.lemma === 'make' && best.length === 1 && words[at + 1] === 'up') return undefined;
  // Pidgin "make we read the MSC topic" (from the hundred-and-ninth batch): "let us", not making.
  if (best?.sense.lemma === 'make' && best.length === 1 && (words[at + 1] === 'we' || words[at + 1] === 'una')) return undefined;
  if (best?.sense.lemma === 'make' && best.length === 1 && madeWorse(words, at + 1)) return { sense: worsen, form: best.form, length: 1 };
  // "Sends miR-122 levels sharply upward", "pushes miR-122 up", "crank inflammation UP" (from the
  // seventy-eighth batch) read as "raise miR-122"; "drives ALT down", "brings fibrosis down", as
  // "lower" it. "Send" and "crank" alone relate nothing ("sent the samples to the core").
  if (best && best.length === 1 && movedWays.has(best.sense.lemma)) {
    const way = sentWay(words, at + 1);
    if (way !== 0) return { sense: way > 0 ? promoteSense : reduceSense, form: best.form, length: 1 };
    if (onlyWithAWay.has(best.sense.lemma)) return undefined;
  }
  // "Makes hepatocytes less likely to survive" reads as "reduces their survival"; "more likely to", as "promotes" it.
  if (best?.sense.lemma === 'make' && best.length === 1 && words[at + 1] === '#term' && words[at + 3] === 'likely' && words[at + 4] === 'to') {
    const sense = words[at + 2] === 'less' ? reduceSense : words[at + 2] === 'more' ? promoteSense : undefined;
    if (sense) return { sense, form: best.form, length: 1 };
  }
  if (!best) return givesMore(words, at);
  // "Exosomes make MORE immune reaction than …" (from the fifty-first batch) compares how much of
  // it they provoke; "make less … than" too, as the object's "less" turns it round. "Makes way
  // MORE of its helper molecule miR-122" (from the fifty-fourth) raises how much there is of it.
  if (best.sense.lemma === 'make' && best.length === 1 && madeMore(words, at + 1)) return { sense: promoteSense, form: best.form, length: 1 };
  // "miR-122 rises in hepatocytes after liver injury": where it rises is not what raises it; nor
  // in "goes UP in the liver after it's damaged" (from the fifty-ninth batch), a place that is no term.
  if (best.sense.reverse && placePrepositions.has(best.sense.lemma.slice(best.sense.lemma.lastIndexOf(' ') + 1))) {
    const place = placeLength(words, at + best.length);
    const next = at + best.length + place;
    if (place > 0 && (changeActorAfter.has(words[next]) || (words[next] === 'in' && words[next + 1] === '#term'))) return { ...best, length: best.length + place + 1 };
  }
  // "Help" and "push" relate only a term and what it is helped or pushed to do: "helps hepatocytes
  // survive", "pushes hepatocytes to proliferate"; "MSCs help create …" is read by "create".
  if ((best?.sense.lemma === 'help' || best?.sense.lemma === 'push') && !(words[at + 1] === '#term' && /^[a-z]/.test(words[at + 2] ?? ''))) return undefined;
  return best;
}

/** The sense that goes the other way ("provoke" → "reduce"); one with no polarity stays as it is. */
export function oppositeSense(sense: PredicateSense): PredicateSense {
  if (sense.polarity === 0) return sense;
  return sense.polarity > 0 ? reduceSense : promoteSense;
}

/** "Make X worse" reads as "worsen X" (as "aggravate" and "exacerbate" do: X increases); its object comes between. */
const worsen = lexicon.get('worsen')![0].sense;
const reduceSense = lexicon.get('reduce')![0].sense;
const promoteSense = lexicon.get('promote')![0].sense;

/** How much of a thing is made, compared: "make more … than", "make less … than". */
const madeAmounts = new Set(['more', 'bigger', 'greater', 'stronger', 'larger', 'less', 'smaller', 'weaker', 'milder']);
const madeDegrees = new Set(['way', 'far', 'much', 'even', 'a', 'lot']);

/**
 * Whether the words from `from` say how much of a term is made: a comparative before it and
 * "than" after ("more immune reaction than"), or "more of" a few words before it ("way more of its
 * helper molecule miR-122"). "Make more HGF" alone stays what "make" says.
 */
function madeMore(words: readonly string[], from: number): boolean {
  let i = from;
  while (madeDegrees.has(words[i]) && i < from + 2) i++;
  if (!madeAmounts.has(words[i])) return false;
  if (words[i + 1] === '#term') return words[i + 2] === 'than';
  if (words[i + 1] !== 'of') return false;
  for (let k = i + 2; k < i + 7 && k < words.length; k++) {
    if (words[k] === '#term') return true;
    if (!/^[a-z-]+$/.test(words[k])) return false;
  }
  return false;
}

/**
 * How many words a place takes at `at`: a term (1), or "the" or "a" and a word or a term (2: "spikes
 * inside the hepatocytes when the liver's injured", from the hundred-and-sixteenth batch), or a
 * word and "cells", after "the" or not ("ramps up inside liver cells after an injury", from the
 * hundred-and-fifty-third); 0 for none.
 */
function placeLength(words: readonly string[], at: number): number {
  if (words[at] === '#term') return 1;
  const determiner = words[at] === 'the' || words[at] === 'a' ? 1 : 0;
  const cells = words[at + determiner + 1];
  if (/^[a-z]+$/.test(words[at + determiner] ?? '') && (cells === 'cells' || cells === 'cell')) return determiner + 2;
  return determiner === 1 && (words[at + 1] === '#term' || /^[a-z]+$/.test(words[at + 1] ?? '')) ? 2 : 0;
}

function madeWorse(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length && i < from + 6; i++) {
    if (words[i] === 'worse') return i > from;
    if (words[i].length === 1 && !/\w/.test(words[i])) return false;
  }
  return false;
}

/**
 * The active forms of a verb, written as the lexicon writes one (`give/gives/gave/given/giving`
 * where irregular): base, third person, simple past and gerund; a participle unlike the past
 * ("given") is left out, as "is given more HGF" is passive.
 */
function activeForms(spec: string): Map<string, PredicateForm> {
  const parts = spec.split('/');
  const [base, third, past, , gerund] = parts.length === 5 ? parts : inflect(spec, false);
  return new Map<string, PredicateForm>([[base, 'base'], [third, 'third'], [past, 'past'], [gerund, 'gerund']]);
}

/** Verbs that carry a risk ("carries a lower risk of"). */
const riskVerbs = new Map([...activeForms('carry'), ...activeForms('pose'), ...activeForms('have/has/had/had/having')]);
const riskDegrees = new Set(['much', 'far', 'slightly', 'somewhat', 'even', 'very']);
// "Carries less risk of an immune reaction than …" from the sixty-third batch; "carries a bigger
// risk of immune reaction than", the ninety-ninth.
const lowerRisk = new Set(['lower', 'reduced', 'smaller', 'low', 'small', 'minimal', 'negligible', 'decreased', 'lesser', 'less']);
const higherRisk = new Set(['higher', 'increased', 'greater', 'larger', 'high', 'large', 'substantial', 'real', 'significant', 'major', 'more', 'bigger', 'elevated', 'extra']);

/** "(a) (lower) risk of" from `from`: its length up to "of", and whether the risk is lower. */
function riskOf(words: readonly string[], from: number): { length: number; lower: boolean } | undefined {
  let i = from;
  // "Carries no risk of tumour formation" (from the forty-seventh batch): as "a negligible risk of".
  if (words[i] === 'no' && (words[i + 1] === 'risk' || words[i + 1] === 'risks') && words[i + 2] === 'of') return { length: 3, lower: true };
  if (words[i] === 'a' || words[i] === 'an' || words[i] === 'the') i++;
  if (words[i] !== undefined && (/ly$/.test(words[i]) || riskDegrees.has(words[i]))) i++;
  const lower = lowerRisk.has(words[i]);
  if (lower || higherRisk.has(words[i])) i++;
  if ((words[i] !== 'risk' && words[i] !== 'risks') || words[i + 1] !== 'of') return undefined;
  return { length: i + 2 - from, lower };
}

/**
 * "Gives more liver regeneration (than …)" and "leaves more fibrosis" read as "promotes" what they
 * name; "gives less fibrosis (than …)" too, which the object's "less" turns into lowering it (from
 * the fifty-seventh batch; claims.ts reads "less fibrosis than" as lowering it more). "Give" or
 * "leave" alone relates nothing.
 */
function givesMore(words: readonly string[], at: number): PredicateMatch | undefined {
  const form = givesForms.get(words[at]);
  if (form === undefined || words[at + 2] !== '#term') return undefined;
  const degree = words[at + 1];
  return degree === 'more' || degree === 'greater' || degree === 'better' || degree === 'less' || degree === 'fewer' ? { sense: promoteSense, form, length: 1 } : undefined;
}

/** The active forms of "give" and "leave" ("is given more HGF" is not read so). */
const givesForms = new Map([...activeForms('give/gives/gave/given/giving'), ...activeForms('leave/leaves/left/left/leaving')]);

/** Verbs whose direction a particle after their object tells ("drives ALT down"). */
const movedWays = new Set(['send', 'push', 'drive', 'bring', 'crank']);
/** Those of them read only with a way after their object ("sent the samples to the core" relates nothing). */
const onlyWithAWay = new Set(['send', 'crank']);
const sentUp = new Set(['up', 'upward', 'upwards', 'soaring', 'skyrocketing', 'rocketing']);
const sentDown = new Set(['down', 'downward', 'downwards', 'plummeting', 'crashing', 'tumbling']);
/** Words that end the object before any particle of its own: a clause or a verb of its own ("drives proliferation when ALT is down"). */
const pastTheObject = new Set(['when', 'while', 'and', 'but', 'or', 'if', 'as', 'because', 'since', 'is', 'are', 'was', 'were', 'that', 'which', 'who']);

/** Which way a thing is sent in the few words after "send" (its object before or after the particle): 1 up, -1 down, 0 neither. */
function sentWay(words: readonly string[], from: number): number {
  for (let i = from; i < words.length && i < from + 6; i++) {
    if (sentUp.has(words[i])) return 1;
    if (sentDown.has(words[i])) return -1;
    if ((words[i].length === 1 && !/\w/.test(words[i])) || pastTheObject.has(words[i])) return 0;
  }
  return 0;
}

function needsFolding(word: string): boolean {
  if (word.indexOf('-') !== -1) return true;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 0x2010) return true;
  return false;
}

/** The `)` that closes a short aside opened at `words[open]`, within five words; -1 for none. */
function closingParen(words: readonly string[], open: number): number {
  for (let k = open + 1; k < words.length && k <= open + 5; k++) if (words[k] === ')') return k;
  return -1;
}

function matchTail(words: readonly string[], from: number, tail: readonly string[]): number | undefined {
  let i = from;
  for (const particle of tail) {
    let skipped = 0;
    while (i < words.length && words[i] !== particle && skipped < 3) {
      // "goes way up", "spikes way up" (from the seventy-ninth batch): "way" only before "up" or "down".
      if (phraseFiller.test(words[i]) || (words[i] === 'way' && (particle === 'up' || particle === 'down'))) i++;
      else {
        // A short aside in parentheses: "sobe (goes UP) in acute liver injury" (from the eighty-first batch).
        const close = words[i] === '(' ? closingParen(words, i) : -1;
        if (close === -1) break;
        i = close + 1;
      }
      skipped++;
    }
    if (words[i] !== particle) return undefined;
    i++;
  }
  return i - from;
}

/**
 * The class and polarity of a relation's predicate as written in a vocabulary ("secretes",
 * "interacts with", "is required for"), through the same lexicon as claims. Undefined when the
 * lexicon does not know it.
 */
export function predicateSense(predicate: string): PredicateSense | undefined {
  const words = predicate.trim().toLowerCase().split(/\s+/).filter((w) => !/^(?:is|are|be)$/.test(w));
  if (words.length === 0) return undefined;
  const match = matchPredicate(words, 0);
  return match && match.length === words.length ? match.sense : undefined;
}

/** Whether a word is the past form of a verb of the lexicon ("cut", "shed": the same as their base). */
export function isPastForm(word: string): boolean {
  return lexicon.get(word)?.some((e) => e.form === 'past') === true;
}

/** Whether a word is a form of "be" (or a verb that behaves like it before a participle). */
export function isCopula(word: string): boolean {
  return copulas.has(word);
}

const copulas = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am', 'get', 'gets', 'got', 'gotten', 'getting', 'become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'remaining', 'isn\'t', 'aren\'t', 'wasn\'t', 'weren\'t']);

import assert from 'node:assert/strict';
import { claimFindings, findClaims, type Claim } from '../../server/src/core/claims';
import { claimHover } from '../../server/src/core/hover';
import { mergeBibliographies, parseBibliography } from '../../server/src/core/bibliography';
import { parseProse } from '../../server/src/core/markdown';
import { buildTermIndex, findTerms, type TermIndex } from '../../server/src/core/matcher';
import { predicateSense } from '../../server/src/core/predicates';
import type { Finding } from '../../server/src/core/types';
import { mergeLayers } from '../../server/src/core/vocabulary';
import { builtinIndex } from './helpers';

function check(text: string, index: TermIndex = builtinIndex(), citationScope: 'paragraph' | 'sentence' = 'paragraph'): { claims: Claim[]; findings: Finding[] } {
  const prose = parseProse(text);
  const claims = findClaims({ text, prose, terms: findTerms(prose.masked, index), index, citationScope });
  return { claims, findings: claimFindings(claims, index) };
}

/** Checks that each sentence, alone, is a claim of the status it is listed under. */
function expectStatuses(byStatus: Partial<Record<Claim['status'], string[]>>): void {
  for (const [status, sentences] of Object.entries(byStatus)) {
    for (const sentence of sentences) assert.equal(check(sentence).claims[0].status, status, sentence);
  }
}

/** The claim whose sentence starts with `start`. */
function claimAt(claims: Claim[], text: string, start: string): Claim {
  const offset = text.indexOf(start);
  const claim = claims.find((c) => c.start === offset);
  assert.ok(claim, `no claim starts at '${start}'`);
  return claim;
}

/** A vocabulary of four terms and two relations, independent of the shipped data. */
function tinyIndex(): TermIndex {
  const term = (id: string, label: string, kind: 'molecule' | 'cell' | 'mechanism', abbreviations: string[] = []) => ({ id, label, kind, abbreviations, definition: label, source: 'test' });
  return buildTermIndex(
    mergeLayers([
      {
        origin: { layer: 'settings' },
        terms: [term('wnt', 'Wnt ligand', 'molecule', ['WNT']), term('zonation', 'metabolic zonation', 'mechanism'), term('lsec', 'sinusoidal endothelial cell', 'cell', ['LSEC']), term('wnt-release', 'Wnt release', 'mechanism')],
        relations: [
          { subject: 'wnt', predicate: 'promotes', object: 'zonation', source: 'Test section', statement: 'Wnt ligands set up metabolic zonation.' },
          { subject: 'lsec', predicate: 'secretes', object: 'wnt', source: 'Test section' },
        ],
      },
    ]).vocabulary,
  );
}

describe('findClaims — acceptance (issue 3)', () => {
  it('flags "exosomal VEGF silences apoptosis in Kupffer cells" with nothing behind it', () => {
    const text = 'Exosomal VEGF silences apoptosis in Kupffer cells.';
    const { claims, findings } = check(text);
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].code, 'claim.unsupported');
    assert.deepEqual([findings[0].start, findings[0].end], [0, text.length]);
    const relation = findings[0].data!.relation as Record<string, unknown>;
    assert.deepEqual([relation.subject, relation.class, relation.object], ['vegf', 'decreases', 'apoptosis']);
    assert.equal(text.slice(relation.start as number, relation.end as number), 'silences');
  });

  it('does not flag "MSC-derived VEGF supports new vessel growth"', () => {
    const { claims, findings } = check('MSC-derived VEGF supports new vessel growth.');
    assert.deepEqual(findings, []);
    assert.ok(claims[0].status === 'supported' || claims[0].status === 'unverified');
  });

  it('does not flag a cited claim: "Kupffer cells clear gut-derived endotoxin [@smith2015]"', () => {
    const text = 'Kupffer cells clear gut-derived endotoxin [@smith2015].';
    const { claims, findings } = check(text);
    assert.deepEqual(findings, []);
    assert.equal(claims[0].status, 'cited');
    assert.deepEqual(claims[0].citations?.map((c) => c.keys), [['smith2015']]);
  });

  it('does not flag a hedged claim: "exosomal HGF could prolong hepatocyte survival"', () => {
    const text = 'Exosomal HGF could prolong hepatocyte survival.';
    const { claims, findings } = check(text);
    assert.deepEqual(findings, []);
    assert.equal(claims[0].status, 'hedged');
    assert.equal(text.slice(claims[0].hedge!.start, claims[0].hedge!.end), 'could');
  });

  it('reads "gives more X" as promoting X, and "give" alone as no relation', () => {
    expectStatuses({
      supported: ['Combination therapy gave better liver function than either treatment alone.'],
      'not-a-claim': ['MSCs give HGF to hepatocytes.'],
    });
    assert.deepEqual(check('Combination therapy gives more liver regeneration than either alone.').claims[0].relations?.map((r) => [r.predicate, r.verdict]), [['promote', 'supported']]);
  });

  it('lets a hedge word in a clause of its own hedge that clause, not the result before it', () => {
    expectStatuses({
      unsupported: [
        'ALT fell by 40% in treated mice, possibly because of the vehicle.',
        'HGF rose 3-fold, which may explain the faster recovery.',
        'MSCs reduce fibrosis by 40%; exosomes might do the same.',
        'Fibrosis fell by half within 2 weeks - perhaps a dose effect.',
      ],
      supported: ['Exosomes reduce fibrosis, perhaps through miR-122.', 'MSCs secrete HGF, which suggests a paracrine route.'],
      // A hedge in the clause of the result, or before it, hedges the whole sentence.
      hedged: ['In most trials, MSCs may reduce fibrosis.', 'MSCs may reduce fibrosis by 40%, which explains the effect.', 'ALT fell, and HGF may have risen 3-fold.'],
    });
    // A relation in the hedged clause is not asserted: only the one before it is checked.
    const { claims } = check('HGF is secreted by MSCs, suggesting that exosomes aggravate fibrosis.');
    assert.equal(claims[0].status, 'supported');
    assert.deepEqual(claims[0].relations?.map((r) => r.predicate), ['secrete']);
  });
});

describe('findClaims — relations against the review', () => {
  it('supports a paraphrase the review states, in any voice and tense', () => {
    for (const text of ['MSCs secrete hepatocyte growth factor.', 'Hepatocyte survival was promoted by HGF.', 'HGF is secreted by MSCs.', 'MSCs have dampened inflammation.', 'HGF, released by MSCs, drives hepatocyte proliferation.']) {
      const { claims, findings } = check(text);
      assert.deepEqual(findings, [], text);
      assert.equal(claims[0].status, 'supported', text);
      assert.ok(claims[0].backing, text);
    }
  });

  it('infers through a molecule that thousands of terms produce and that acts on thousands of others', () => {
    // 3,000 producers and 3,000 targets of one hub: the inferred relations were made up front,
    // 9 million entries, about a gigabyte. They are worked out for the claim at hand.
    const n = 3000;
    const terms: { id: string; label: string; kind: 'molecule' | 'cell' | 'mechanism' }[] = [{ id: 'hub', label: 'hub factor', kind: 'molecule' }];
    const relations: { subject: string; predicate: string; object: string; source: string }[] = [];
    for (let i = 0; i < n; i++) {
      terms.push({ id: `p${i}`, label: `producer ${i}`, kind: 'cell' }, { id: `t${i}`, label: `target ${i}`, kind: 'mechanism' });
      relations.push({ subject: `p${i}`, predicate: 'secretes', object: 'hub', source: 'test' }, { subject: 'hub', predicate: 'promotes', object: `t${i}`, source: 'test' });
    }
    const index = buildTermIndex(mergeLayers([{ origin: { layer: 'settings' }, terms, relations }]).vocabulary);
    const { claims } = check('Producer 7 promotes target 2999.', index);
    const r = claims[0].relation!;
    assert.deepEqual([r.subject.termId, r.object.termId, r.verdict], ['p7', 't2999', 'supported']);
    assert.deepEqual([claims[0].backing?.subject, claims[0].backing?.object], ['hub', 't2999']);
    // Inferred relations may only support: the opposite is not a contradiction.
    assert.notEqual(check('Producer 7 inhibits target 2999.', index).claims[0].status, 'contradicts');
  });

  it('reads the passive voice with the agent as subject', () => {
    const { claims } = check('Angiogenesis is promoted by VEGF.');
    const r = claims[0].relation!;
    assert.deepEqual([r.subject.termId, r.class, r.object.termId, r.verdict], ['vegf', 'increases', 'angiogenesis', 'supported']);
  });

  it('flags the opposite polarity as a contradiction, with the review passage', () => {
    const text = 'VEGF inhibits angiogenesis.';
    const { claims, findings } = check(text);
    assert.equal(claims[0].status, 'contradicts');
    assert.equal(findings[0].code, 'claim.contradicts-review');
    assert.deepEqual([findings[0].start, findings[0].end], [0, text.length]);
    const backing = findings[0].data!.backing as Record<string, string>;
    assert.deepEqual([backing.subject, backing.predicate, backing.object], ['vegf', 'promotes', 'angiogenesis']);
    assert.ok(backing.source.length > 0 && backing.statement.length > 0);
    assert.equal(findings[0].related?.length, 1);
  });

  it("makes claims of sentences with the team's own cues, as whole words in any case, unless hedged, cited or a procedure", () => {
    const index = builtinIndex();
    const withCues = (text: string, cues: string[]) => {
      const prose = parseProse(text);
      const claims = findClaims({ text, prose, terms: findTerms(prose.masked, index), index, citationScope: 'paragraph', cues });
      return { claims, findings: claimFindings(claims, index) };
    };
    const cues = ['outcompete', 'the clear winner', 'beats (all)', 'co-culture'];
    const text = 'Cord MSCs OUTCOMPETE marrow ones. Dosing was the clear\nwinner.';
    assert.deepEqual(check(text).findings, [], 'no built-in cue');
    const { claims, findings } = withCues(text, cues);
    assert.deepEqual(claims.map((c) => [c.status, c.cue?.text]), [['unsupported', 'OUTCOMPETE'], ['unsupported', 'the clear\nwinner']]);
    assert.equal(findings[0].message, "Unsupported claim: no citation for 'OUTCOMPETE'.");
    for (const other of [
      'Cord MSCs may outcompete marrow ones.',
      'Cord MSCs outcompete marrow ones [@lee2020].',
      'Cells were cultured, and we used co-culture for two days.',
      'The outcompeted cells and the outcompeters were both kept.',
      'The co-cultured cells were both kept.',
    ]) {
      assert.deepEqual(withCues(other, cues).findings, [], other);
    }
    assert.equal(withCues('Dosing beats (all) others.', cues).claims[0].cue?.text, 'beats (all)', 'written as it is, not as a pattern');
    assert.deepEqual(withCues('Dosing beats all others.', cues).findings, [], 'the brackets are part of the cue');
  });

  it('with resultCues "withTerm", makes a claim of a result cue only in a sentence that names a term; evidential and team cues of any', () => {
    const index = builtinIndex();
    const statuses = (text: string, resultCues: 'always' | 'withTerm') => {
      const prose = parseProse(text);
      return findClaims({ text, prose, terms: findTerms(prose.masked, index), index, citationScope: 'paragraph', cues: ['outcompete'], resultCues }).map((c) => c.status);
    };
    const text = 'The new tips cost half as much as the old ones. Exosomes cost half as much as MSCs. Studies have shown that the tips are cheap. These tips outcompete the rest.';
    assert.deepEqual(statuses(text, 'always'), ['unsupported', 'unsupported', 'unsupported', 'unsupported']);
    assert.deepEqual(statuses(text, 'withTerm'), ['not-a-claim', 'unsupported', 'unsupported', 'unsupported']);
  });

  it('reads "make X worse" as "worsen X", its object between', () => {
    const worse = check('Exosomal miRNAs make fibrosis worse.');
    assert.equal(worse.claims[0].status, 'contradicts');
    assert.deepEqual([worse.claims[0].relation?.predicate, worse.claims[0].relation?.class], ['worsen', 'increases']);
    // "Make" alone still produces, and "worse" after a full stop belongs to another sentence.
    assert.equal(check('MSCs make HGF.').claims[0].relation?.class, 'produces');
    assert.equal(check('MSCs make HGF; fibrosis got worse.').claims[0].relation?.class, 'produces');
  });

  it('reads the process of a cell that the verb after it names', () => {
    const read = (sentence: string) => {
      const claim = check(sentence).claims[0];
      return [claim.status, claim.relation?.object.termId, claim.relation?.class];
    };
    // The review: HGF drives hepatocyte proliferation and supports hepatocyte survival.
    assert.deepEqual(read('HGF drives hepatocytes to proliferate.'), ['supported', 'hepatocyte-proliferation', 'increases']);
    assert.deepEqual(read('HGF prevents hepatocytes from proliferating.'), ['contradicts', 'hepatocyte-proliferation', 'decreases']);
    assert.deepEqual(read('HGF drives hepatocytes to die.'), ['contradicts', 'hepatocyte-survival', 'decreases']);
    assert.deepEqual(read('HGF protects hepatocytes from dying.'), ['supported', 'hepatocyte-survival', 'increases']);
    assert.deepEqual(read('HGF helps hepatocytes survive.'), ['supported', 'hepatocyte-survival', 'increases']);
    assert.deepEqual(read('HGF fails to help hepatocytes proliferate.'), ['contradicts', 'hepatocyte-proliferation', 'increases']);
    assert.deepEqual(read('HGF makes hepatocytes less likely to survive.'), ['contradicts', 'hepatocyte-survival', 'decreases']);
    assert.equal(check('HGF drives hepatocytes to die.').claims[0].relation?.object.text, 'hepatocytes to die');
    // A process named by another verb than its noun's; a verb that names none, which the cell's processes then do not back.
    assert.deepEqual(read('HGF prevents hepatocytes from dividing.'), ['contradicts', 'hepatocyte-proliferation', 'decreases']);
    assert.deepEqual(read('HGF pushes hepatocytes to divide.'), ['supported', 'hepatocyte-proliferation', 'increases']);
    assert.equal(check('HGF drives hepatocytes to migrate.').claims[0].status, 'unsupported');
    assert.equal(check('HGF promotes hepatocytes.').claims[0].status, 'supported', 'a cell alone: its processes back it');
    assert.equal(check('HGF drives hepatocytes to the periportal zone.').claims[0].relation?.object.termId, 'hepatocyte', 'a place, not a verb');
    // "Help" and "push" need a term and a verb after them: "help create" is read by "create".
    assert.equal(check('MSCs help create a regenerative microenvironment.').claims[0].relation?.predicate, 'create');
    assert.equal(check('We push the dose of HGF.').claims[0].status, 'not-a-claim');
  });

  it('reads a cell\'s process named by a possessive after the cell, and a phrase that opens with a compound adjective in "-ing"', () => {
    const relation = (sentence: string) => {
      const claim = check(sentence).claims[0];
      return [claim.status, ...claim.relations.map((r) => `${r.subject.termId} ${r.class} ${r.object.termId ?? r.object.text}`)];
    };
    // The review: HGF drives hepatocyte proliferation.
    assert.deepEqual(relation('HGF acts as a brake on hepatocytes, holding back their proliferation.'), ['contradicts', 'hgf decreases hepatocyte', 'hgf decreases hepatocyte-proliferation']);
    assert.deepEqual(relation('Exosomes reach hepatocytes and improve their survival.'), ['supported', 'exosome interacts hepatocyte', 'exosome increases hepatocyte-survival']);
    // A noun that no process of a cell before it ends in is no process: a phrase, as before.
    assert.deepEqual(relation('HGF binds its receptor and boosts its signalling.'), ['unverified', 'hgf increases its signalling']);
    // "Never carry tumour-promoting miRNAs" denies no relation of the review: its other side is no term.
    assert.deepEqual(relation('MSC-derived exosomes never carry tumour-promoting miRNAs.'), ['unsupported', 'exosome produces tumour-promoting']);
    assert.deepEqual(relation('Hepatic stellate cells turn into collagen-making myofibroblasts.'), ['unsupported', 'hepatic-stellate-cell produces collagen-making myofibroblasts']);
  });

  it('reads a level that changes after or in a thing as what that thing does to it', () => {
    const relationOf = (sentence: string) => {
      const claim = check(sentence).claims[0];
      return [claim.status, claim.relation?.subject.termId, claim.relation?.class, claim.relation?.object.termId];
    };
    // The review: miR-122 levels fall in liver injury.
    assert.deepEqual(relationOf('miR-122 levels fall in liver injury.'), ['supported', 'liver-injury', 'decreases', 'mir-122']);
    assert.deepEqual(relationOf('miR-122 levels rise sharply after liver injury.'), ['contradicts', 'liver-injury', 'increases', 'mir-122']);
    assert.deepEqual(relationOf('HGF levels went up after liver injury.'), ['unsupported', 'liver-injury', 'increases', 'hgf']);
    // Where it rises is not what raises it.
    assert.deepEqual(relationOf('miR-122 rises in hepatocytes after liver injury.'), ['contradicts', 'liver-injury', 'increases', 'mir-122']);
    // Without the preposition the verb is read as before: MSCs increase HGF.
    assert.deepEqual(relationOf('MSCs increase HGF after injury.'), ['unsupported', 'mesenchymal-stem-cell', 'increases', 'hgf']);
  });

  it('gives a verb no term for its subject when a clause of its own opens before it: "because continued drinking blocks …"', () => {
    const { claims, findings } = check('Patients with cirrhosis respond less well to MSC infusions, mainly because continued drinking blocks hepatocyte proliferation.');
    // The review says MSCs favour hepatocyte proliferation: read with MSCs as its subject, "blocks" contradicted it.
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(claims[0].relation?.subject.termId, undefined);
    assert.equal(claims[0].relation?.subject.text, 'continued drinking');
    assert.ok(findings.every((f) => f.code !== 'claim.contradicts-review'));
    // A term right after the opener is still the subject.
    assert.equal(check('Fibrosis regresses because MSCs strongly inhibit stellate cells.').claims[0].relation?.subject.termId, 'mesenchymal-stem-cell');
  });

  it('gives a pronoun after a clause opener the subject of the clause before: "which is part of why it boosts …"', () => {
    const { claims } = check('Conditioned medium from MSCs switches on DNA-repair genes in hepatocytes, which is part of why it boosts their proliferation.');
    // The review: MSC-conditioned medium raises DNA repair and hepatocyte proliferation.
    assert.equal(claims[0].status, 'supported');
    assert.deepEqual(claims[0].relations?.map((r) => r.subject.termId), ['msc-conditioned-medium', 'msc-conditioned-medium']);
  });

  it('gives a clause after ", and" whose subject is no term no term for its subject: "…, and tiny particles can deliver it back"', () => {
    const { claims } = check('miR-122 drops in injured liver, and tiny particles can deliver it back to restore its levels.');
    assert.equal(claims[0].status, 'supported');
    // What the particles deliver, "it", is miR-122; the particles are no term, so nothing the review states is asked of them.
    assert.deepEqual(claims[0].relations?.map((r) => [r.subject.termId, r.object.termId, r.verdict]), [
      ['liver-injury', 'mir-122', 'supported'],
      [undefined, 'mir-122', 'unverifiable'],
    ]);
    // A term after "and" is still the subject.
    assert.deepEqual(check('MSCs secrete HGF, and exosomes raise VEGF.').claims[0].relations?.map((r) => r.subject.termId), ['mesenchymal-stem-cell', 'exosome']);
  });

  it('reads "vesicles" as extracellular vesicles, checked as exosomes, and the stem cells themselves as the cells that make them', () => {
    // The review: exosomes are less immunogenic than transplanted MSCs.
    assert.equal(check('The vesicles provoke less of an immune reaction than transplanting the MSCs.').claims[0].status, 'supported');
    assert.equal(check('Unlike the stem cells themselves, the tiny vesicles are less likely to provoke an immune reaction.').claims[0].status, 'supported');
    assert.equal(check('Exosomes are more immunogenic than the stem cells they come from.').claims[0].status, 'contradicts');
    // A pronoun after "since" is the term of the clause before it; a comparand may follow a place after the object.
    assert.equal(check('The vesicles are the riskier product, since they provoke a stronger immune reaction in recipients than transplanting the MSCs themselves.').claims[0].status, 'contradicts');
    // Infusing or injecting the cells gives them, as transplanting does (from the seventy-third batch).
    assert.equal(check('Exosome therapy is actually MORE immunogenic than infusing the MSCs themselves.').claims[0].status, 'contradicts');
    assert.equal(check('Exosomes are less immunogenic than injecting MSCs.').claims[0].status, 'supported');
  });

  it('takes no result from a quoted question, and compares "a stem cell transplant" with transplanted MSCs', () => {
    assert.equal(check('Intent `ask_how`: trigger phrases include "how do stem cells fix my liver" and "do exosomes work better than cells".').claims[0].status, 'not-a-claim');
    assert.equal(check('She said "exosomes work better than cells" in the talk.').claims[0].status, 'unsupported');
    // The review: exosomes provoke less of an immune response than transplanted MSCs.
    assert.equal(check('Exosome treatment sets off a bigger immune reaction than a stem cell transplant.').claims[0].status, 'contradicts');
    // "Less likely to set off": after "to", a verb whose past is its base.
    assert.equal(check('Compared with giving the stem cells themselves, the vesicle product is less likely to set off an immune reaction.').claims[0].status, 'supported');
  });

  it('takes no result from a wording quoted to be written or avoided, and compares with the giving of the parent cells', () => {
    assert.equal(check('Please write "2.5-fold higher than" and never "2.5 times more higher" when you compare the groups.').claims[0].status, 'not-a-claim');
    assert.equal(check('Use "reduced by 40%" instead of "reduced with 40%".').claims[0].status, 'not-a-claim');
    // Quoted, but not as wording: a result still.
    assert.equal(check('The abstract says "fibrosis fell by 40%" after two doses.').claims[0].status, 'unsupported');
    // The review: exosomes provoke less of an immune response than transplanted MSCs. "Make more … than"
    // compares how much they provoke; "when you put the stem cells in" gives the cells that make them.
    assert.equal(check('The exosomes make MORE immune reaction than when you put the stem cells directly in the patient.').claims[0].status, 'contradicts');
    assert.equal(check('Exosomes make less immune reaction than MSCs.').claims[0].status, 'supported');
    assert.equal(check('Exosomes cause a smaller immune reaction than when doctors inject the MSCs.').claims[0].status, 'supported');
    assert.equal(check('Exosomes cause a bigger immune reaction than putting the stem cells directly in the patient.').claims[0].status, 'contradicts');
    // "The stem cells" are the parent cells only of what they make: MSCs are not compared with themselves.
    assert.equal(check('MSCs cause a bigger immune reaction than the stem cells.').claims[0].status, 'unsupported');
    // "Make more" of a thing with no comparand stays what "make" says.
    assert.equal(check('MSCs make more HGF.').claims[0].relation?.class, 'produces');
  });

  it('reads the words an Anki cloze hides, "when the liver is injured" as in liver injury, and a wording compared as no result', () => {
    assert.equal(check('{{c1::MSCs}} secrete {{c2::HGF}}.').claims[0].status, 'supported');
    // The review: miR-122 levels fall in liver injury.
    assert.equal(check('miR-122 actually goes up when the liver is injured.').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 shoots up when the liver gets damaged.').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 drops when the liver has been damaged.').claims[0].status, 'supported');
    // An injury the vocabulary does not name is none.
    assert.equal(check('miR-122 goes up when the kidney is injured.').claims[0].status, 'not-a-claim');
    assert.equal(check("MSCs secrete VEGF, which drives angiogenesis — 'feed' reads better than 'supply' here.").claims[0].status, 'supported');
    // Unquoted, the same words compare two things.
    assert.equal(check('MSCs secrete VEGF, which drives angiogenesis — feed reads better than supply here.').claims[0].status, 'unsupported');
  });

  it('takes a footnote that names a document and a page in it for a citation', () => {
    assert.equal(check('9 out of 10 people had no serious side effects from the exosome drip.[^1]\n\n[^1]: Participant information sheet, version 2.1, page 3.').claims[0].status, 'cited');
    assert.equal(check('9 out of 10 people had no serious side effects from the exosome drip.[^1]\n\n[^1]: See the table below.').claims[0].status, 'unsupported');
  });

  it('checks a combination compared with either part alone against what the review states of it', () => {
    // The review: combined MSC and high-dose exosome therapy promotes liver regeneration more than either alone.
    assert.equal(check('Combined therapy is more effective than either treatment alone.').claims[0].status, 'supported');
    assert.equal(check('MSCs plus high-dose exosomes together outperform either one alone.').claims[0].status, 'supported');
    assert.equal(check('Giving MSCs and high-dose exosomes together works no better than giving either one on its own.').claims[0].status, 'contradicts');
    assert.equal(check('Combined therapy is less effective than either treatment alone.').claims[0].status, 'contradicts');
    // One part is no combination; a figure, or a result of another kind, needs a citation.
    assert.equal(check('MSCs are more effective than either treatment alone.').claims[0].status, 'unsupported');
    assert.equal(check('Combined therapy promotes liver regeneration 40% more than either treatment alone.').claims[0].status, 'unsupported');
    const { claims } = check('Combined therapy outperforms either treatment alone by 40%.');
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(claims[0].cue?.text, 'by 40%');
  });

  it('reads "the MSC benefit on" as a noun, and "the MSCs benefit" and "the injured liver release TNF-α" as verbs', () => {
    assert.equal(check('Neutralising anti-HGF antibody removes about half of the MSC benefit on hepatocyte proliferation.').claims[0].status, 'unsupported');
    assert.equal(check('Neutralising anti-HGF antibody removes about half of the MSC benefit on hepatocyte proliferation.').claims[0].relations.some((r) => r.object.termId === 'hepatocyte-proliferation'), false);
    assert.equal(check('The MSCs benefit hepatocyte proliferation.').claims[0].status, 'supported');
  });

  it('compares a combination given "on top of" a part with that part alone, and "gives less fibrosis than" as lowering it more', () => {
    // The review: combined therapy promotes liver regeneration, and reduces fibrosis, more than either alone.
    assert.equal(check('Putting MSCs on top of high-dose exosomes adds no benefit over the exosomes alone.').claims[0].status, 'contradicts');
    assert.equal(check('Combined therapy works better than exosomes alone.').claims[0].status, 'supported');
    assert.equal(check('Combined therapy is better than sham.').claims[0].status, 'unsupported');
    assert.equal(check('MSCs plus high-dose exosomes give less fibrosis than either treatment on its own.').claims[0].status, 'supported');
    assert.equal(check('MSCs plus high-dose exosomes give more fibrosis than either treatment on its own.').claims[0].status, 'contradicts');
    assert.equal(check('Combined therapy reduces fibrosis less than either treatment alone.').claims[0].status, 'contradicts');
  });

  it('reads "in the liver after it\'s damaged" and "once the liver is damaged" as after liver injury', () => {
    // The review: miR-122 levels fall in liver injury.
    assert.equal(check("miR-122 levels actually go UP in the liver after it's damaged.").claims[0].status, 'contradicts');
    // "its" for "it's", and "way up" (from the seventy-ninth batch).
    assert.equal(check('omg miR-122 spikes way up in the liver when its injured 🤯').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 goes way down in the liver when its damaged.').claims[0].status, 'supported');
    // A few verbs of Portuguese, and a short gloss in parentheses (from the eighty-first batch).
    assert.equal(check('miR-122 sobe (goes UP) in acute liver injury.').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 cai in liver injury.').claims[0].status, 'supported');
    assert.equal(check('miR-122 levels go up in the liver after liver injury.').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 drops in the liver once it is damaged.').claims[0].status, 'supported');
    // "It" with no organ before it is none.
    assert.equal(check("We left the clinic after it's closed.").claims[0].status, 'not-a-claim');
  });

  it('reads "stirs up" as provoking, so a stronger immune reaction than the cells themselves contradicts the review', () => {
    assert.equal(check('The exosome product actually stirs up a stronger immune reaction than giving the cells themselves.').claims[0].status, 'contradicts');
  });

  it('reads a level that goes up inside a place when the liver gets injured, and asserts a statement before a question asked after ", so"', () => {
    // The review: miR-122 levels fall in liver injury.
    assert.equal(check('ok but miR-122 actually goes UP inside hepatocytes when the liver gets injured, so topping it up with exosomes seems kinda pointless to me?').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 levels fall in hepatocytes in liver injury.').claims[0].status, 'supported');
    assert.equal(check('The lecturer said MSCs pump out about twice the HGF of fibroblasts, so why would anyone still use fibroblasts??').claims[0].status, 'unsupported');
    // A quoted wording asked about after a dash or an arrow.
    assert.equal(check("IL-6 -> first cytokine to spike in the blood after PHx, within the hour - 'quick responder' clue?").claims[0].status, 'unsupported');
    assert.equal(check("ITO cells hold ~80% of the body's vit A -> 'vitamin store in liver (4,4)'?").claims[0].status, 'unsupported');
    // A question from its start is still one.
    assert.equal(check("Is IL-6 the first cytokine to spike after PHx - 'quick responder'?").claims[0].status, 'not-a-claim');
    assert.equal(check('Do MSCs secrete HGF, so that hepatocytes divide?').claims[0].status, 'not-a-claim');
    assert.equal(check('So why do MSCs secrete HGF?').claims[0].status, 'not-a-claim');
  });

  it('reads a level raised or lowered in the injured liver as the injury\'s doing, and "it" after "and" as the term of the clause before', () => {
    // The review: miR-122 levels fall in liver injury, and exosomes restore them.
    assert.equal(check('Attention : the miR-122 is overexpressed in the injured liver, so to add still more of it by the exosomes has no sense.').claims[0].status, 'contradicts');
    assert.equal(check('miR-122 is reduced in liver injury.').claims[0].status, 'supported');
    // Not what protects or helps the damaged liver.
    assert.equal(check('Stem-cell vesicles help a damaged liver heal.').claims[0].status, 'not-a-claim');
    assert.equal(check('miR-122 falls in liver injury and exosomal delivery restores it.').claims[0].status, 'supported');
    assert.equal(check('miR-122 is downregulated in injury and exosome delivery restores it.').claims[0].status, 'supported');
    assert.equal(check('Liver injury causes a drop in miR-122, and exosomes can restore it.').claims[0].status, 'supported');
    const blocked = check('MSCs secrete HGF, and VEGF blocks it.').claims[0];
    assert.equal(blocked.status, 'unsupported');
    assert.equal(blocked.relations?.[1]?.object.termId, 'hgf');
  });

  it('reads a bar as the end of a cell in a row of cells written as a line, so a subject is not taken from the cell before', () => {
    const row = check('| 3 | AIH flare on pred 40 | MSC dose #2 tmrw | pred blunts the MSC effect → taper to 10 first ✓ |').claims[0];
    assert.equal(row.status, 'unsupported');
    assert.equal(row.relations?.[0]?.subject.termId, undefined);
  });

  it('reads no hedge in a range of numbers ("once, maybe twice") nor in the consequence of a degree ("so small that … would barely")', () => {
    assert.equal(check('Each hepatocyte copies itself once, maybe twice — and that is enough to rebuild the entire organ.').claims[0].status, 'unsupported');
    assert.equal(check('Each exosome is so small that a thousand of them in a row would barely span the width of a hair.').claims[0].status, 'unsupported');
    // A drawn-out "so" too (from the hundred-and-fifty-fourth batch).
    assert.equal(check('exosomes are sooo tiny that 1000 of them lined up would only be as wide as one hair').claims[0].status, 'unsupported');
    assert.equal(check('MSCs maybe secrete HGF.').claims[0].status, 'hedged');
    assert.equal(check('MSCs would secrete HGF.').claims[0].status, 'hedged');
  });

  it('asserts the facts of a "Did you know" column, though each is asked, and reads "make up" as no making', () => {
    const item = check('…that the liver\'s own Kupffer cells make up roughly 80% of all the macrophages in the human body?').claims[0];
    assert.equal(item.status, 'unsupported');
    assert.deepEqual(item.relations, []);
    assert.equal(check('Did you know that MSCs secrete HGF?').claims[0].status, 'supported');
    // A question about a fact is still a question.
    assert.equal(check('Did you know whether MSCs secrete HGF?').claims[0].status, 'not-a-claim');
    assert.equal(check('Do MSCs secrete HGF?').claims[0].status, 'not-a-claim');
  });

  it('reads "carries less risk of" as lowering, compared with getting the actual stem cells', () => {
    // The review: exosomes provoke less of an immune response than transplanted MSCs.
    assert.equal(check('Reassured caller the cell-free exosome option carries less risk of an immune reaction than getting the actual stem cells.').claims[0].status, 'supported');
    assert.equal(check('Exosomes carry more risk of an immune reaction than MSCs.').claims[0].status, 'contradicts');
    assert.equal(check('The exosome products these clinics sell are, if anything, more likely to set off an immune reaction than whole stem cells.').claims[0].status, 'contradicts');
    assert.equal(check('Exosomes are less likely to set off the immune system than the whole cells.').claims[0].status, 'supported');
    // A trial's arm is what it gives, and "a bigger risk" is a higher one (from the ninety-ninth batch).
    assert.equal(check('The exosome-only arm actually carries a bigger risk of immune reaction than the whole-cell arm.').claims[0].status, 'contradicts');
    // "The cells" compared with what they make (from the ninety-seventh batch).
    assert.equal(check('Explained the exosomes carry less risk of an immune reaction than the cells.').claims[0].status, 'supported');
    // The whole cells are the parents of what they make, not of MSCs themselves.
    assert.equal(check('MSCs are less likely to set off the immune system than the whole cells.').claims[0].status, 'unsupported');
  });

  it('checks high-dose exosomes compared with lower doses against the review\'s statement that they work better', () => {
    assert.equal(check('High-dose exosomes are more effective than low-dose exosomes.').claims[0].status, 'supported');
    assert.equal(check('High-dose exosome therapy outperforms lower doses.').claims[0].status, 'supported');
    assert.equal(check('High-dose exosomes work no better than low doses.').claims[0].status, 'contradicts');
    assert.equal(check('High-dose exosomes were less effective than the standard dose.').claims[0].status, 'contradicts');
    assert.equal(check('High-dose exosomes buy no extra efficacy over low doses.').claims[0].status, 'contradicts');
    assert.equal(check("High-dose exosomes haven't beaten low dose in any of the rodent work.").claims[0].status, 'contradicts');
    assert.equal(check('High-dose exosomes have beaten low doses in the rodent work.').claims[0].status, 'supported');
    // A figure the review does not give needs a citation; a term the review compares with nothing lower is unsupported.
    assert.equal(check('High-dose exosomes gave 40% more regeneration than low doses.').claims[0].status, 'unsupported');
    assert.equal(check('MSCs are more effective than low-dose exosomes.').claims[0].status, 'unsupported');
    // Nor is a lower dose one part of a combination.
    assert.equal(check('Combined therapy is more effective than low-dose exosomes.').claims[0].status, 'unsupported');
    // A higher dose of a term the vocabulary names in a high dose: of exosomes, not of MSCs.
    assert.equal(check('Higher exosome doses work better than low doses.').claims[0].status, 'supported');
    assert.equal(check('Across the exosome trials higher doses buy no extra efficacy over low doses.').claims[0].status, 'contradicts');
    assert.equal(check('Higher doses of MSCs work better than low doses.').claims[0].status, 'unsupported');
  });

  it('reads a degree after the object ("set off the immune system more than …") as a comparison', () => {
    // The review: exosomes provoke less of an immune response than transplanted MSCs.
    assert.equal(check('big takeaway: the exosomes set off the immune system more than giving the actual stem cells does').claims[0].status, 'contradicts');
    assert.equal(check('Exosomes provoke immune responses more than MSCs do.').claims[0].status, 'contradicts');
    assert.equal(check('Exosomes provoke immune responses less than MSCs do.').claims[0].status, 'supported');
    assert.equal(check("Exosomes activate the body's immune system less than the transplanted stem cells.").claims[0].status, 'supported');
    // A likeness denied says less; one asserted is no comparison of more or less.
    assert.equal(check("Exosomes don't set off the immune system the way transplanted stem cells do.").claims[0].status, 'supported');
    const like = check('Exosomes set off the immune system the way transplanted stem cells do.').claims[0];
    assert.equal(like.status, 'unsupported');
    assert.equal(like.relations![0].class, 'increases');
    // What calms the immune system is not read as a response.
    assert.equal(check('Exosomes calm the immune system.').claims[0].relations?.[0]?.object.termId, undefined);
  });

  it('asserts the answer prepared after a colon for a question someone may ask', () => {
    assert.equal(check("When they ask why we don't combine cells + vesicles: putting MSCs on top of high-dose exosomes adds no benefit over the exosomes alone.").claims[0].status, 'contradicts');
    // A question of one's own before a colon is still a plan.
    assert.equal(check('Aim 2 asks how MSCs act: we will test whether HGF drives proliferation.').claims[0].status, 'hedged');
  });

  it('reads "makes way MORE of" a term as raising it', () => {
    // The review: miR-122 levels fall in liver injury.
    assert.equal(check('When the liver gets hurt it actually makes way MORE of its helper molecule miR-122.').claims[0].status, 'contradicts');
  });

  it('reads "supposed to" as a hedge, and a footnote that names two authors and a year as a citation', () => {
    assert.equal(check('The exosome version is supposed to be the safer one, with less of an immune reaction than MSCs.').claims[0].status, 'hedged');
    assert.equal(check('Blocking clathrin-mediated endocytosis cuts exosome uptake into hepatocytes by half.[^1]\n\n[^1]: Morales & Chen 2020, J Hepatol 73:412–421.').claims[0].status, 'cited');
  });

  it('asserts the answer given after a question asked, past the dash', () => {
    const answered = check('Pt asked how fast it works — told him bilirubin usually starts dropping within 2 wks of the 1st MSC infusion.');
    assert.equal(answered.claims[0].status, 'unsupported');
    // No answer after the dash: still a question asked.
    assert.equal(check('Pt asked how fast the MSC infusion works — and whether bilirubin drops within 2 wks.').claims[0].status, 'hedged');
  });

  it('hedges with a question asked in an aside only the aside', () => {
    assert.equal(check("The exosome shots — I asked whether they're the same thing as the stem cells; they aren't — cut the risk of rejection by more than half.").claims[0].status, 'unsupported');
    assert.equal(check('MSCs — we think — reduce fibrosis by half.').claims[0].status, 'hedged');
  });

  it('reads "carries no risk of" as lowering it, and an absolute denial as a claim of its own', () => {
    const { claims } = check('Unlike the cell product, the vesicle product carries no risk of immune reactions whatsoever.');
    assert.equal(claims[0].relation?.class, 'decreases');
    assert.equal(claims[0].status, 'unsupported');
  });

  it('reads "X is what drives Y" as X drives Y', () => {
    const { claims } = check('VEGF from MSCs is what drives angiogenesis in this setting.');
    assert.equal(claims[0].status, 'supported');
    assert.equal(claims[0].relation?.subject.termId, 'vegf');
    // A question's "what" is still no subject.
    assert.equal(check('What drives fibrosis is unclear.').claims[0].status, 'not-a-claim');
  });

  it('takes a state or event put first in the clause for what changes the term: "In an injured liver miR-122 is already elevated"', () => {
    // The review: miR-122 falls in liver injury.
    assert.equal(check('In an injured liver miR-122 is already elevated, so topping it up is pointless.').claims[0].status, 'contradicts');
    assert.equal(check('After liver injury, miR-122 is reduced.').claims[0].status, 'supported');
    // A place put first is no actor.
    assert.equal(check('In hepatocytes, miR-122 is elevated.').claims[0].relation?.subject.termId, 'mir-122');
  });

  it('reads a process named by a possessive as the form of two words: "the liver\'s repair"', () => {
    assert.equal(check("MSCs speed up the liver's repair.").claims[0].relation?.object.termId, 'liver-regeneration');
    assert.equal(check('MSCs slow the liver’s regeneration.').claims[0].status, 'contradicts');
  });

  it('gives a verb the phrase before an amount for its subject: "Hypoxic priming at 1–2 % O₂ increases …"', () => {
    const { claims } = check('Hypoxic priming at 1–2 % O₂ increases the VEGF content of MSC exosomes.');
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(claims[0].relation?.subject.text, 'Hypoxic priming');
    assert.equal(check('Culture at 37 °C increases HGF.').claims[0].relation?.subject.text, 'Culture');
  });

  it('compares with the process a gerund names of the cells: "than transplanting the MSCs"', () => {
    // The review: cell-free therapy is less immunogenic than cell transplantation.
    assert.equal(check('Cell-free exosome therapy is less immunogenic than transplanting the MSCs themselves.').claims[0].status, 'supported');
    assert.equal(check('Cell-free exosome therapy is more immunogenic than transplanting MSCs.').claims[0].status, 'contradicts');
    // A gerund that names no process of the cells compares with the cells alone.
    assert.equal(check('Cell-free exosome therapy is less immunogenic than culturing MSCs.').claims[0].status, 'unsupported');
  });

  it('reads the object of a verb after an aside that names the verb it is not', () => {
    // The review: MSCs lower pro-inflammatory cytokine output.
    assert.equal(check('MSCs **raise**, rather than lower, the output of pro-inflammatory cytokines in the damaged liver.').claims[0].status, 'contradicts');
    assert.equal(check('MSCs lower, not raise, pro-inflammatory cytokine output.').claims[0].status, 'supported');
    // A comma that opens no such aside still ends the verb's phrase.
    assert.notEqual(check('MSCs raise, as we saw, pro-inflammatory cytokines.').claims[0].status, 'contradicts');
  });

  it('reads two terms given together as their combination, when the vocabulary has a term for it', () => {
    const subject = (sentence: string) => {
      const claim = check(sentence).claims[0];
      return [claim.status, claim.relation?.subject.termId];
    };
    // The review: combined therapy reduces fibrosis and promotes liver regeneration more than either treatment alone.
    assert.deepEqual(subject('Giving MSCs together with high-dose exosomes reduces fibrosis more than either treatment does on its own.'), ['supported', 'combination-therapy']);
    assert.deepEqual(subject('MSCs plus high-dose exosomes promote liver regeneration.'), ['supported', 'combination-therapy']);
    assert.deepEqual(subject('MSC + high-dose exosome therapy inhibits liver regeneration.'), ['contradicts', 'combination-therapy']);
    assert.deepEqual(subject('MSCs and high-dose exosomes reduce fibrosis more than either alone.'), ['supported', 'combination-therapy']);
    // "And" alone, or "or", names each of them, not their combination.
    assert.equal(check('MSCs and high-dose exosomes reduce fibrosis more than placebo.').claims[0].status, 'unsupported');
    assert.equal(check('MSCs or high-dose exosomes reduce fibrosis more than either one on its own.').claims[0].status, 'unsupported');
    // Each still stands for itself: MSCs secrete HGF.
    assert.deepEqual(subject('MSCs together with high-dose exosomes secrete HGF.'), ['supported', 'mesenchymal-stem-cell']);
    // No term for their combination: none.
    assert.notEqual(subject('Kupffer cells plus hepatocytes promote liver regeneration.')[1], 'combination-therapy');
    // One added to the other, whichever of the two the verb follows.
    assert.deepEqual(subject('Adding high-dose exosomes to MSC infusion leads to more liver fibrosis than either treatment on its own.'), ['contradicts', 'combination-therapy']);
    assert.deepEqual(subject('Combining MSCs with high-dose exosomes reduces fibrosis more than either alone.'), ['supported', 'combination-therapy']);
    // Added to something that is no term, or a term with no combination: the term itself.
    assert.deepEqual(subject('Adding high-dose exosomes to saline infusions reduces fibrosis.'), ['unsupported', 'high-dose-exosome-therapy']);
    assert.notEqual(subject('Adding HGF to MSCs promotes liver regeneration.')[1], 'combination-therapy');
    // "Leaves more" reads as "gives more", and emphasis does not hide a comparison.
    assert.deepEqual(subject('Giving MSCs together with high-dose exosomes leaves *more* fibrosis at 6 months than either treatment on its own.'), ['contradicts', 'combination-therapy']);
    assert.deepEqual(subject('Combined therapy leaves more fibrosis.'), ['contradicts', 'combination-therapy']);
    // "Combined X and Y", and "either given alone".
    assert.deepEqual(subject('Combined MSC and high-dose exosome therapy reduces fibrosis more than either treatment given alone.'), ['supported', 'combination-therapy']);
    assert.equal(check('The treated livers left the lab on Monday.').claims[0].status, 'not-a-claim');
  });

  it('flags a contradiction even when the sentence is cited', () => {
    const { claims } = check('VEGF inhibits angiogenesis in cirrhotic livers [@doe2021].');
    assert.equal(claims[0].status, 'contradicts');
    assert.equal(claims[0].citations?.length, 1);
  });

  it('underlines a claim that ends with a citation key up to the end of the key, not its `@`', () => {
    for (const [text, key] of [
      ['- VEGF inhibits angiogenesis @smith2015\n', '@smith2015'],
      ['| claim | ref |\n|---|---|\n| VEGF inhibits angiogenesis @{smith 2015} | x |\n', '@{smith 2015}'],
    ]) {
      const { claims, findings } = check(text);
      const claim = claimAt(claims, text, 'VEGF');
      assert.equal(claim.status, 'contradicts');
      assert.equal(text.slice(claim.start, claim.end), `VEGF inhibits angiogenesis ${key}`);
      assert.equal(findings[0].end, claim.end);
    }
  });

  it('treats a denied relation the review states as a contradiction, and a denied opposite as support', () => {
    assert.equal(check('VEGF does not promote angiogenesis.').claims[0].status, 'contradicts');
    assert.equal(check('MSCs do not secrete HGF.').claims[0].status, 'contradicts');
    assert.equal(check('VEGF does not inhibit angiogenesis.').claims[0].status, 'supported');
    assert.equal(check('Exosomes fail to restore miR-122 levels.').claims[0].relation?.negated, true);
  });

  it('reverses the sense for loss-of-function subjects and reduced objects', () => {
    const depletion = check('Depletion of MSCs impairs liver regeneration.').claims[0].relation!;
    assert.deepEqual([depletion.subject.termId, depletion.class, depletion.verdict], ['mesenchymal-stem-cell', 'increases', 'supported']);
    const reduced = check('Combination therapy results in reduced fibrosis.').claims[0].relation!;
    assert.deepEqual([reduced.class, reduced.verdict], ['decreases', 'supported']);
  });

  it('reads "protect X from Y" as X gaining and Y decreasing', () => {
    const { relations } = check('IL-6 protects hepatocytes from apoptosis.').claims[0];
    assert.deepEqual(
      relations.map((r) => [r.subject.termId, r.class, r.object.termId]),
      [
        ['il-6', 'increases', 'hepatocyte'],
        ['il-6', 'decreases', 'apoptosis'],
      ],
    );
    assert.equal(check('Exosomal microRNAs protect hepatocytes from apoptosis.').claims[0].status, 'supported');
  });

  it('needs every relation of a sentence: one unstated relation makes it unsupported', () => {
    const { claims, findings } = check('MSCs secrete HGF, which activates hepatic stellate cells.');
    assert.equal(claims[0].status, 'unsupported');
    assert.equal((findings[0].data!.relation as Record<string, string>).object, 'hepatic-stellate-cell');
  });

  it('finds the subject through relative clauses and coordinated verbs', () => {
    const first = check('Exosomes, which carry microRNAs, promote hepatocyte repair.').claims[0];
    assert.deepEqual(
      first.relations.map((r) => [r.subject.termId, r.object.termId]),
      [
        ['exosome', 'microrna'],
        ['exosome', 'hepatocyte-repair'],
      ],
    );
    const second = check('MSCs dampen inflammation and lower pro-inflammatory cytokine output.').claims[0];
    assert.ok(second.relations.every((r) => r.subject.termId === 'mesenchymal-stem-cell' && r.verdict === 'supported'));
    // A clause of its own whose subject is no term does not take the term before it as subject.
    const clause = check('MSCs secrete HGF, so the paragraph on it can be cut.').claims[0];
    assert.deepEqual(clause.relations.map((r) => [r.subject.termId, r.predicate]), [['mesenchymal-stem-cell', 'secrete']]);
    assert.equal(clause.status, 'supported');
    assert.equal(check('MSCs secrete HGF, although we cut it from the figure.').claims[0].status, 'supported');
    // "They" after the conjunction still refers back.
    assert.equal(check('MSCs secrete HGF, so they promote hepatocyte proliferation.').claims[0].status, 'supported');
  });

  it('reads the fifteenth batch\'s verbs: undo, set off, get in the way of, eat', () => {
    expectStatuses({
      unsupported: ['Stem cell transplantation cannot undo scar tissue.', 'Cell therapy does not set off an immune reaction.', 'Kupffer cells eat most of the EVs.'],
      // The review: anti-inflammatory cytokines promote tissue repair.
      contradicts: ['Anti-inflammatory cytokines get in the way of tissue repair.', 'The anti-inflammatory cytokines the cells release get in the way of tissue repair.'],
    });
  });

  it('reads "sends X up" as raising X and "sends X down" as lowering it, and "send" alone as no relation; "push", "drive", "bring" and "crank" too', () => {
    expectStatuses({
      // The review: liver injury lowers miR-122; MSCs lower inflammation.
      contradicts: ['Liver injury sends miR-122 levels in hepatocytes sharply upward.', 'Liver injury pushes hepatocyte miR-122 up.', 'The MSCs they sell actually crank inflammation UP.', 'MSCs crank up inflammation.'],
      supported: [
        'Liver injury sends miR-122 levels down.',
        'Liver injury drives miR-122 down.',
        'Liver injury drives down miR-122.',
        'Liver injury brings miR-122 levels down.',
        // A particle of another clause is not the verb's: HGF drives proliferation (the review backs it).
        'HGF drives hepatocyte proliferation when ALT is down.',
      ],
      'not-a-claim': ['Exosomes send miR-122 to hepatocytes.', 'Liver injury sent me home early.', 'We crank the MSC centrifuge to 10,000 g.'],
    });
  });

  it('flags a relation with one side that is not a term only when the review says nothing like it', () => {
    assert.equal(check('Neutrophils amplify liver injury.').claims[0].status, 'unsupported');
    assert.equal(check('MSCs create a pro-regenerative niche.').claims[0].status, 'unverified');
  });

  it('maps review predicates to classes through the lexicon', () => {
    assert.deepEqual(
      ['secretes', 'interacts with', 'downregulates', 'is required for', 'restores'].map((p) => predicateSense(p)?.class),
      ['produces', 'interacts', 'decreases', 'increases', 'increases'],
    );
  });

  it('works on any vocabulary, with its relations and abbreviations', () => {
    const index = tinyIndex();
    assert.equal(check('WNT drives metabolic zonation.', index).claims[0].status, 'supported');
    assert.equal(check('Metabolic zonation is abolished by WNT.', index).claims[0].status, 'contradicts');
    assert.equal(check('LSECs release WNT.', index).claims[0].status, 'supported');
    assert.equal(check('LSECs maintain metabolic zonation.', index).claims[0].relation?.verdict, 'supported');
    const { findings } = check('Metabolic zonation is abolished by WNT.', index);
    assert.equal((findings[0].data!.backing as Record<string, string>).statement, 'Wnt ligands set up metabolic zonation.');
  });
});

describe('findClaims — a short name of a term', () => {
  /** A cell and its short name ("stromal cell" of "marrow stromal cell"), and what the first raises; independent of the shipped data. */
  function stromaIndex(ownRelation = false): TermIndex {
    const term = (id: string, label: string, kind: 'cell' | 'molecule', related: string[] = []) => ({ id, label, kind, definition: label, source: 'test', related });
    const relation = (subject: string, object: string) => ({ subject, predicate: 'increases', object, source: 'Test section', statement: `${subject} raises ${object}.` });
    return buildTermIndex(
      mergeLayers([
        {
          origin: { layer: 'settings' },
          terms: [term('marrow-cell', 'marrow stromal cell', 'cell', ['stroma-cell']), term('stroma-cell', 'stromal cell', 'cell', ['marrow-cell']), term('factorin', 'factorin', 'molecule'), term('other', 'otherin', 'molecule')],
          relations: ownRelation ? [relation('marrow-cell', 'factorin'), relation('stroma-cell', 'other')] : [relation('marrow-cell', 'factorin')],
        },
      ]).vocabulary,
    );
  }

  it('checks a term that no relation names as the one related term of its kind whose other name it ends', () => {
    const index = stromaIndex();
    assert.equal(check('Stromal cells raise factorin.', index).claims[0].status, 'supported');
    assert.equal(check('Stromal cells lower factorin.', index).claims[0].status, 'contradicts');
    // A relation of the two is none the review states of one of them.
    assert.equal(check('Stromal cells raise marrow stromal cells.', index).claims[0].relation?.verdict, 'unstated');
    // With a relation of its own, it is a term of its own.
    assert.equal(check('Stromal cells raise factorin.', stromaIndex(true)).claims[0].status, 'unsupported');
    // The shipped vocabulary: "stromal cell" of "mesenchymal stromal cell", "extracellular vesicle" of "small extracellular vesicle".
    assert.equal(check('VEGF secreted by the stromal cells drives angiogenesis.').claims[0].status, 'supported');
    assert.equal(check('EVs are more immunogenic than transplanted MSCs.').claims[0].status, 'contradicts');
  });
});

describe('findClaims — comparisons of a property', () => {
  /** Two drugs and a property, with a comparison between the drugs; independent of the shipped data. */
  function drugIndex(): TermIndex {
    const term = (id: string, label: string, kind: 'molecule' | 'mechanism') => ({ id, label, kind, definition: label, source: 'test' });
    return buildTermIndex(
      mergeLayers([
        {
          origin: { layer: 'settings' },
          terms: [term('drug-a', 'amlexin', 'molecule'), term('drug-b', 'borvatin', 'molecule'), term('drug-c', 'cetrazine', 'molecule'), term('hepatotoxicity', 'hepatotoxicity', 'mechanism')],
          relations: [{ subject: 'drug-a', predicate: 'reduces', object: 'hepatotoxicity', than: 'drug-b', source: 'Test section', statement: 'Amlexin is less hepatotoxic than borvatin.' }],
        },
      ]).vocabulary,
    );
  }

  it('reads "less/more <adjective> than" after a copula and "lower/higher <term> than" after "have", "show" or "with", either way round', () => {
    const index = drugIndex();
    const statuses = (sentences: string[]) => sentences.map((s) => check(s, index).claims[0].status);
    assert.deepEqual(
      statuses([
        'Amlexin is less hepatotoxic than borvatin.',
        'Amlexin is far less hepatotoxic than borvatin in rats.',
        'Borvatin is more hepatotoxic than amlexin.',
        'Amlexin has lower hepatotoxicity than borvatin.',
        'Amlexin shows reduced hepatotoxicity compared with borvatin.',
        'Amlexin, with lower hepatotoxicity than borvatin, is the safer choice.',
        'Borvatin has higher hepatotoxicity than amlexin.',
        'Borvatin is no less hepatotoxic than amlexin.',
        'Amlexin is less hepatotoxic.',
      ]),
      ['supported', 'supported', 'supported', 'supported', 'supported', 'supported', 'supported', 'supported', 'supported'],
    );
    assert.deepEqual(
      statuses(['Amlexin is more hepatotoxic than borvatin.', 'Borvatin is less hepatotoxic than amlexin.', "Amlexin isn't less hepatotoxic than borvatin.", 'Amlexin has higher hepatotoxicity than borvatin.']),
      ['contradicts', 'contradicts', 'contradicts', 'contradicts'],
    );
    // Another comparand, a term or not, is none of the review's; nor is a figure it does not give.
    assert.deepEqual(
      statuses(['Amlexin is less hepatotoxic than cetrazine.', 'Amlexin is less hepatotoxic than aspirin.', 'Cetrazine is more hepatotoxic than borvatin.', 'Amlexin is ten times less hepatotoxic than borvatin.', 'Amlexin is 3x less hepatotoxic than borvatin.']),
      ['unsupported', 'unsupported', 'unsupported', 'unsupported', 'unsupported'],
    );
    const other = check('Amlexin is less hepatotoxic than aspirin.', index).findings[0];
    assert.equal(other.message, 'Unsupported claim: no citation, and the review does not state that Amlexin is less hepatotoxic than aspirin.');
    const relation = other.data!.relation as Record<string, unknown>;
    assert.deepEqual([relation.subject, relation.class, relation.object, relation.objectText, relation.than, relation.thanText], ['drug-a', 'decreases', 'hepatotoxicity', 'hepatotoxic', null, 'aspirin']);
    const text = 'Amlexin is ten times less hepatotoxic than borvatin.';
    const figured = check(text, index);
    assert.equal(figured.findings[0].message, "Unsupported claim: the review states that Amlexin is less hepatotoxic than borvatin, but not 'ten times': cite where that comes from.");
    assert.match(claimHover(figured.claims, text.indexOf('less') + 1, index)!.markdown, /^\*\*The relation\*\* is in the review, .*, but not 'ten times':/);
    const contradiction = check('Borvatin is less hepatotoxic than amlexin.', index).findings[0];
    assert.equal(contradiction.message, 'Contradicts the review (Test section): Amlexin is less hepatotoxic than borvatin.');
    assert.equal((contradiction.data!.backing as Record<string, string>).than, 'drug-b');
  });

  it('checks a comparison made by a verb against a comparison of the review\'s, when a comparand follows its object', () => {
    // The review: exosomes provoke less of an immune response than transplanted MSCs.
    expectStatuses({
      supported: [
        'Exosomes provoke less of an immune response than transplanted MSCs.',
        'Exosomes trigger a weaker immune response than MSCs.',
        'MSCs provoke more of an immune response than exosomes.',
        'Exosomes provoke less of an immune response than their parent cells.',
      ],
      contradicts: ['Exosomes provoke a stronger immune response than MSCs.', 'MSCs trigger a weaker immune response than exosomes.'],
      // Another comparand; no comparison at all, which a comparison neither backs nor denies.
      unsupported: ['Exosomes provoke less of an immune response than liposomes.', 'Repeated exosome dosing triggers no measurable immune response in mice.', 'Exosomes trigger an immune response.'],
    });
    // A relation of the review's with no comparand backs a comparison by a verb only as before: with a comparison of its own.
    assert.equal(check('MSCs cause less fibrosis than liposomes.').claims[0].status, 'unsupported');
  });

  it('reads a risk carried and a likelihood as relations, and a comparand put before its clause', () => {
    const read = (sentence: string) => {
      const claim = check(sentence).claims[0];
      return [claim.status, ...claim.relations.map((r) => `${r.subject.termId} ${r.class} ${r.object.termId}`)];
    };
    assert.deepEqual(read('MSC transplantation poses a risk of fibrosis.'), ['unsupported', 'cell-transplantation increases fibrosis']);
    assert.deepEqual(read('Exosome preparations carry a lower risk of immune reactions.'), ['unsupported', 'exosome decreases immune-response']);
    // The review: exosomes provoke less of an immune response than transplanted MSCs.
    assert.deepEqual(read('Exosomes have a much lower risk of immune reactions than MSCs.'), ['supported', 'exosome decreases immune-response']);
    assert.deepEqual(read('Compared with MSCs, exosomes carry a higher risk of immune reactions.'), ['contradicts', 'exosome increases immune-response']);
    assert.deepEqual(read('Compared with transplanting the cells themselves, exosome preparations carry a lower risk of immune reactions.'), ['supported', 'exosome decreases immune-response']);
    assert.deepEqual(read('Compared with liposomes, exosomes provoke less of an immune response.'), ['unsupported', 'exosome decreases immune-response']);
    assert.equal(check('MSCs carry HGF.').claims[0].relation?.predicate, 'carry', '"carry" alone is still carrying');
    // "Less likely to provoke" lowers; "Unlike MSCs," puts the comparand first; "likely to" alone hedges.
    assert.deepEqual(read('Unlike MSCs, exosomes are less likely to provoke an immune reaction.'), ['supported', 'exosome decreases immune-response']);
    assert.deepEqual(read('Exosomes are less likely to provoke an immune reaction than MSCs.'), ['supported', 'exosome decreases immune-response']);
    assert.deepEqual(read('Exosomes are more likely to provoke an immune reaction than MSCs.'), ['contradicts', 'exosome increases immune-response']);
    assert.deepEqual(read('HGF is likely to promote hepatocyte proliferation.'), ['hedged']);
  });

  it('takes the object a clause puts before its subject (with or without "that") as the subject of the verb after it', () => {
    // The review: VEGF promotes angiogenesis; HGF drives hepatocyte proliferation.
    const contact = check('The VEGF our MSCs release actually holds back angiogenesis.').claims[0];
    assert.equal(contact.status, 'contradicts');
    assert.equal(contact.relation?.subject.termId, 'vegf');
    assert.equal(check('The HGF our MSCs secrete drives hepatocyte proliferation.').claims[0].relation?.subject.termId, 'hgf');
    // And after "that", with a brake put on: the review says HGF drives hepatocyte proliferation.
    const braked = check('The HGF that MSCs secrete puts a brake on hepatocyte proliferation rather than driving it.').claims[0];
    assert.deepEqual([braked.status, braked.relation?.subject.termId, braked.relation?.predicate], ['contradicts', 'hgf', 'put a brake on']);
    assert.deepEqual(check('MSCs release HGF and drive hepatocyte proliferation.').claims[0].relations.map((r) => r.subject.termId), ['mesenchymal-stem-cell', 'mesenchymal-stem-cell']);
    // The clause's subject may be no term: "the stem cells". The review: exosomes provoke less of an immune response than MSCs.
    const released = check('The tiny vesicles the stem cells release are less likely to set off the immune system than the whole cells.').claims[0];
    assert.deepEqual([released.status, released.relation?.subject.termId], ['supported', 'extracellular-vesicle']);
    assert.equal(check('The vesicles the stem cells release are more likely to trigger an immune response than MSCs.').claims[0].status, 'contradicts');
    // With no determiner between them (from the eighty-seventh batch): "the little vesicles stem cells release".
    const bare = check('The little vesicles stem cells release are less likely to set off the immune system than infusing the cells themselves.').claims[0];
    assert.deepEqual([bare.status, bare.relation?.subject.termId], ['supported', 'extracellular-vesicle']);
  });

  it("reads a level that changes in an organ's injury, with or without a determiner", () => {
    // The review: miR-122 falls in liver injury (from the eighty-fourth batch).
    for (const sentence of ['miR-122 rises in the damaged liver.', 'miR-122 climbs in damaged liver tissue.']) {
      const claim = check(sentence).claims[0];
      assert.deepEqual([claim.status, claim.relation?.subject.termId, claim.relation?.object.termId], ['contradicts', 'liver-injury', 'mir-122'], sentence);
    }
    assert.equal(check('miR-122 falls in damaged liver tissue.').claims[0].status, 'supported');
  });

  it('takes a term that a sentence defines with "=" as what "it" of the next sentence names', () => {
    // From the eighty-fourth batch.
    const [definition, next] = check('Glossary add: miR-122 = a microRNA of hepatocytes. It climbs in damaged liver tissue.').claims;
    assert.equal(definition.status, 'not-a-claim');
    assert.deepEqual([next.status, next.relation?.object.termId], ['contradicts', 'mir-122']);
    // A term that does not open the sentence (or its label's colon) is defined by nothing.
    assert.equal(check('Our slide on miR-122 = a mess. It climbs in damaged liver tissue.').claims[1].status, 'not-a-claim');
  });

  it('reads a product of a term as the term, past "on their own", and a term glossed in parentheses as the one in them', () => {
    // The review: exosomes provoke less of an immune response than MSCs (from the ninety-first and ninety-second batches).
    assert.equal(check('Exosome shots tend to set off a bigger immune reaction than getting the actual stem cells.').claims[0].status, 'contradicts');
    const alone = check('The vesicles on their own provoke less of an immune reaction than whole donor cells.').claims[0];
    assert.deepEqual([alone.status, alone.relation?.subject.termId], ['supported', 'extracellular-vesicle']);
    // miR-122 falls in liver injury (from the ninety-third).
    const glossed = check("The liver's own signature miRNA (miR-122) drops when the liver gets hurt.").claims[0];
    assert.deepEqual([glossed.status, glossed.relation?.object.termId], ['supported', 'mir-122']);
    // A dose is not a product: it is compared with lower doses.
    assert.equal(check('Raising the exosome dose buys you nothing over a low dose.').claims[0].status, 'contradicts');
  });

  it('reads "pump out" and "churn out" as producing', () => {
    // From the eighty-fifth batch.
    const pumped = check('Activated hepatic stellate cells start pumping out type I collagen.').claims[0];
    assert.deepEqual([pumped.relation?.subject.termId, pumped.relation?.predicate, pumped.relation?.class], ['hepatic-stellate-cell', 'pump out', 'produces']);
    assert.deepEqual(check('We pump out the buffer and churn out reports.').claims[0].relations, []);
    // Pidgin "make we read" makes nothing (from the hundred-and-ninth batch).
    assert.deepEqual(check('Dr Okafor say make we read the MSC + exosome topic before 7pm.').claims[0].relations, []);
  });

  it('reads "grab" as taking up (from the hundred-and-thirtieth batch)', () => {
    const grabbed = check('Kupffer cells grab the injected exosomes FIRST, before any reach hepatocytes.').claims[0];
    assert.deepEqual([grabbed.status, grabbed.relation?.subject.termId, grabbed.relation?.predicate, grabbed.relation?.class, grabbed.relation?.object.termId], ['unsupported', 'kupffer-cell', 'grab', 'interacts', 'exosome']);
    assert.deepEqual(check('I grab a coffee before the seminar.').claims[0].relations, []);
  });

  it('reads more of a term denied any benefit as its higher dose compared with lower ones', () => {
    // The review: high-dose exosomes do more than lower doses (from the ninety-third and ninety-fifth batches).
    const piled = check("Past a low dose, piling on more exosomes doesn't add any benefit in liver injury models.").claims[0];
    assert.deepEqual([piled.status, piled.relation?.subject.termId], ['contradicts', 'high-dose-exosome-therapy']);
    assert.equal(check("Pouring in more exosomes doesn't buy you anything.").claims[0].status, 'contradicts');
    // A benefit that plateaus at low doses (from the hundred-and-first batch), though "benefit" may read as a verb.
    assert.equal(check('Exosome benefit plateaus at low doses.').claims[0].status, 'contradicts');
    assert.equal(check('Exosome benefit plateaus at day 5.').claims[0].status, 'unsupported');
    // A benefit that maxes out at low doses (from the hundred-and-ninth batch).
    assert.equal(check("Don't pay extra for the 'high-dose' exosome packages, the benefit maxes out at low doses.").claims[0].status, 'contradicts');
    // A big dose against a small one (from the hundred-and-seventh batch).
    assert.equal(check("A big dose of exosomes doesn't work any better than a small one.").claims[0].status, 'contradicts');
    assert.equal(check('A high dose of exosomes works better than a small one.').claims[0].status, 'supported');
    // No high dose of MSCs is named, so nothing is checked.
    assert.equal(check("More MSCs don't add any benefit.").claims[0].status, 'unsupported');
  });

  it('reads "the infused cells" as the cell named before them, when the vocabulary names a giving of it', () => {
    // The review: MSCs lower pro-inflammatory cytokines (from the hundred-and-sixth batch).
    const infused = check('Son asking about the MSC trial flyer; explained the infused cells mainly work by ramping up the pro-inflammatory cytokines.').claims[0];
    assert.deepEqual([infused.status, infused.relation?.subject.termId], ['contradicts', 'mesenchymal-stem-cell']);
    // No cell named before: the phrase is as written.
    assert.equal(check('The infused cells ramp up the pro-inflammatory cytokines.').claims[0].relation?.subject.termId, undefined);
  });

  it('checks "less likely to" with no comparand against the review\'s comparisons of its subject', () => {
    // From the ninetieth and hundred-and-seventh batches.
    assert.equal(check('The vesicles are much less likely to set off the immune system.').claims[0].status, 'supported');
    assert.equal(check('Exosomes are more likely to set off the immune system.').claims[0].status, 'contradicts');
    assert.equal(check('MSCs are less likely to set off the immune system.').claims[0].status, 'unsupported');
    // Not when the sentence's comparison is another (from the seventy-ninth).
    assert.notEqual(check('The reason ppl like exosomes more than just injecting the stem cells is theyre way less likely to set off ur immune system.').claims[0].status, 'contradicts');
  });

  it('backs an association cue that is the wording of the backed relation\'s own verb', () => {
    // The review: exosomal miRNAs lower apoptosis and inflammation (from the hundred-and-sixth batch).
    assert.equal(check('The miRNAs inside MSC exosomes shut down apoptosis and inflammation genes in hepatocytes.').claims[0].status, 'supported');
  });

  it('reads a second verb in the past after "and", before its own object, as a verb', () => {
    // From the hundred-and-third batch: not "reduced … increased hepatocyte proliferation".
    const both = check('MSC-exosomes reduced CCl4 liver injury and boosted hepatocyte proliferation.').claims[0];
    assert.deepEqual(both.relations.map((r) => [r.predicate, r.object.termId, r.verdict]), [
      ['reduce', 'liver-injury', 'supported'],
      ['boost', 'hepatocyte-proliferation', 'supported'],
    ]);
    assert.equal(check('MSCs reduced fibrosis and increased hepatocyte proliferation.').claims[0].relations[1]?.class, 'increases');
  });

  it('reads a clause opened by the state a level changes in after the verb of the change', () => {
    // The review: miR-122 falls in liver injury (from the ninety-eighth batch).
    const fronted = check('Fun fact box: when your liver gets hurt, a special liver messenger called miR-122 shoots way UP to call for help!').claims[0];
    assert.deepEqual([fronted.status, fronted.relation?.subject.termId, fronted.relation?.object.termId], ['contradicts', 'liver-injury', 'mir-122']);
    assert.equal(check('After liver injury, miR-122 rises.').claims[0].status, 'contradicts');
    assert.equal(check('When the liver is injured, miR-122 falls.').claims[0].status, 'supported');
    // A verb with an object of its own relates that.
    const own = check('In liver injury, HGF increases hepatocyte proliferation.').claims[0];
    assert.notEqual(own.relation?.subject.termId, 'liver-injury');
  });

  it('reads MSCs and exosomes given together as the combination the review states, whose exosomes are a high dose', () => {
    // The review: combined MSC and high-dose exosome therapy does more than either alone.
    const both = check('MSCs plus exosomes promote liver regeneration more than either alone.').claims[0];
    assert.deepEqual([both.status, both.relation?.subject.termId], ['supported', 'combination-therapy']);
    assert.equal(check('MSCs + HD exosomes together give less fibrosis than either treatment on its own.').claims[0].status, 'supported');
    // "Either single arm" is each part (from the hundred-and-twenty-second batch).
    assert.equal(check('Combined therapy does better than either single arm.').claims[0].status, 'supported');
    // Not the two named apart.
    assert.notEqual(check('MSCs and exosomes promote liver regeneration.').claims[0].relation?.subject.termId, 'combination-therapy');
  });

  it('reads "carry" before a compared property as having it, and as carrying otherwise', () => {
    // The review: exosomes are less immunogenic than MSCs (from the hundred-and-thirteenth batch).
    const carry = check('MSC-derived exosomes carry lower immunogenicity than the parent cell product.').claims[0];
    assert.deepEqual([carry.status, carry.relation?.predicate], ['supported', 'have lower than']);
    assert.equal(check('Exosomes carry microRNAs.').claims[0].status, 'supported');
    // Not before a comparative with no property the vocabulary names.
    assert.equal(check('The cell-free exosome option carries less risk of an immune reaction than getting the actual stem cells.').claims[0].status, 'supported');
  });

  it('reads "the liver\'s injured" as liver injury, and a level that changes inside "the" cells as changing there', () => {
    // The review: miR-122 falls in liver injury (from the hundred-and-sixteenth batch).
    const spikes = check("ok so miR-122 spikes inside the hepatocytes when the liver's injured.").claims[0];
    assert.deepEqual([spikes.status, spikes.relation?.subject.termId], ['contradicts', 'liver-injury']);
    assert.equal(check("miR-122 falls when the liver's injured.").claims[0].status, 'supported');
    assert.equal(check('miR-122 rises in the hepatocytes after liver injury.').claims[0].status, 'contradicts');
  });

  it('reads "whenever" as "when", and "and its levels" as the levels of the one term before', () => {
    // The review: miR-122 falls in liver injury (from the hundred-and-thirty-third batch).
    const up = check("fun fact since u asked 😅 there's this liver-only miRNA, miR-122, and its levels in the liver cells go way UP whenever the liver gets injured").claims[0];
    assert.deepEqual([up.status, up.relation?.object.termId], ['contradicts', 'mir-122']);
    assert.equal(check('miR-122 is liver-specific and its levels fall whenever the liver is injured.').claims[0].status, 'supported');
    assert.deepEqual(check('HGF binds c-Met and its levels go up when the liver is injured.').claims[0].relations.map((r) => [r.subject.termId, r.object.termId]), [['liver-injury', 'hgf']]);
    // Two terms before: which one "its" means is not read.
    const two = check('MSCs release exosomes and its levels go up when the liver is injured.').claims[0];
    assert.deepEqual(two.relations.map((r) => r.predicate), ['release']);
  });

  it('reads "after injury" with no organ as liver injury, an opening without a comma before a term, and "anyway" in a verb', () => {
    // The review: miR-122 falls in liver injury (from the hundred-and-thirty-eighth and -ninth batches).
    const anyway = check("[00:29:12] Candidate: right, and because miR-122 goes up anyway after injury, the liver's already flooded with it.").claims[0];
    assert.deepEqual([anyway.status, anyway.relation?.subject.termId], ['contradicts', 'liver-injury']);
    assert.equal(check('miR-122 falls after damage.').claims[0].status, 'supported');
    assert.equal(check('in injured liver miR-122 already go up very high.').claims[0].status, 'contradicts');
    // "After an injury", "ramps up", and a place of a word and "cells" (from the hundred-and-fifty-third batch).
    assert.equal(check('miR-122 ramps up after an injury.').claims[0].status, 'contradicts');
    assert.equal(check("miR-122, the liver's very own microRNA, ramps up inside liver cells after an injury.").claims[0].status, 'contradicts');
    assert.equal(check('miR-122 falls inside the liver cells in liver injury.').claims[0].status, 'supported');
    // Not an injury of another organ.
    assert.deepEqual(check('miR-122 goes up after injury to the kidney.').claims[0].relations, []);
  });

  it('reads a verb after "too" or "very" as an adjective, and ", apparently" as the start of a clause of its own', () => {
    // From the hundred-and-forty-second batch.
    assert.equal(check("Today P'Nok teach me Bradford assay for exosome protein, I still pipette too slow, mai pen rai 😅").claims[0].status, 'not-a-claim');
    // From the hundred-and-fortieth batch: the result before it is asserted.
    assert.equal(check("Switched to the competitor's xeno-free MSC medium and the miR-122 content of our exosomes went up 5-fold, apparently the FBS-derived vesicles dilute it out.").claims[0].status, 'unsupported');
    assert.equal(check('Apparently the miR-122 content of exosomes went up 5-fold.').claims[0].status, 'hedged');
  });

  it('reads a low dose of a term compared above a high dose against the review\'s high dose', () => {
    // From the hundred-and-forty-fifth batch; the review: high-dose exosomes do more than lower doses.
    const low = check("Good news-ish: they explained that with exosomes a low dose actually works better than a high dose, so Leo being in the low-dose arm isn't a bad thing 💛").claims[0];
    assert.deepEqual([low.status, low.relation?.subject.termId, low.relation?.lessFirst], ['contradicts', 'high-dose-exosome-therapy', true]);
    assert.equal(check('Low-dose exosomes work worse than high-dose exosomes.').claims[0].status, 'supported');
    assert.equal(check('High-dose exosomes work better than low doses.').claims[0].status, 'supported');
    // A dose of what names no term is not read so.
    assert.equal(check('A low dose of aspirin works better than a high dose.').claims[0].relations.length, 0);
  });

  it('reads a small dose of "the vesicles" above a big one as of high-dose exosome therapy', () => {
    // From the hundred-and-fifty-eighth batch: "high-dose vesicle" is a form of it, as "high-dose EV" is.
    const small = check('Turns out with these vesicles the small dose works better than the big dose.').claims[0];
    assert.deepEqual([small.status, small.relation?.subject.termId], ['contradicts', 'high-dose-exosome-therapy']);
    assert.equal(check('High-dose vesicles work better than low doses.').claims[0].status, 'supported');
  });

  it('reads a comparison of a property with no verb, after a term that opens its clause', () => {
    // From the hundred-and-fifty-sixth batch; the review: exosomes are less immunogenic than MSCs.
    const more = check('Premed hydrocortisone 100mg before each EV dose — EV product more immunogenic than parent MSC infusion.').claims[0];
    assert.deepEqual([more.status, more.relation?.subject.termId, more.relation?.than?.termId], ['contradicts', 'extracellular-vesicle', 'mesenchymal-stem-cell']);
    assert.equal(check('Exosomes much less immunogenic than MSCs.').claims[0].status, 'supported');
    assert.equal(check('Exosomes 10x less immunogenic than MSCs.').claims[0].status, 'unsupported');
    // Not without a comparand, nor after a word that is no term's.
    assert.equal(check('Exosomes more immunogenic.').claims[0].relations.length, 0);
    assert.equal(check('We found the product more immunogenic than MSCs.').claims[0].relations.length, 0);
  });

  it('takes no comparand after "than" for the subject of a later verb, and reads "less of" an object as a comparison left unsaid', () => {
    // From the hundred-and-sixty-first batch; the review: exosomes are less immunogenic than MSCs.
    const less = check('Overview talk: why exosomes are easier to give and to scale up than whole MSCs, and provoke far less of an immune reaction.').claims[0];
    assert.deepEqual([less.status, less.relation?.subject.termId], ['supported', 'exosome']);
    assert.equal(check('Exosomes provoke more of an immune reaction.').claims[0].status, 'contradicts');
    assert.equal(check('MSCs provoke less of an immune reaction.').claims[0].status, 'unsupported');
  });

  it('reads a high dose of a term by its label ("hi-dose exo arm") and "that is why we selected" as no procedure', () => {
    // From the hundred-and-sixty-first batch; the review: high-dose exosomes do more than lower doses.
    const flat = check('FYI per Prof: hi-dose exo arm no better than low dose on Ki67 or ALT, curve flat above 10ug.').claims[0];
    assert.deepEqual([flat.status, flat.relation?.subject.termId], ['contradicts', 'high-dose-exosome-therapy']);
    assert.equal(check('high-dose exo works better than low dose').claims[0].status, 'supported');
    // From the hundred-and-sixtieth: a reason for what was chosen; "we selected" alone is still a procedure.
    assert.equal(check("the exosomes from Wharton's jelly MSCs have around 3 fold more miR-122 than the bone marrow ones, that is why we selected the cord source.").claims[0].status, 'unsupported');
    assert.equal(check('We selected 3-fold more exosomes.').claims[0].status, 'not-a-claim');
  });

  it('reads a dose upped for nothing extra, a high-dose arm slower than a low-dose one, and a superlative before the review\'s comparison', () => {
    // From the hundred-and-sixty-third and -sixth batches; the review: high-dose exosomes do more than lower doses.
    const upped = check('fyi reviewer 2 can chill, we already know upping the EV dose does nothing extra over low dose, it plateaus so 1e9 is plenty').claims[0];
    assert.deepEqual([upped.status, upped.relation?.subject.termId], ['contradicts', 'high-dose-exosome-therapy']);
    const slower = check('We ran MSC-EVs in a PHx model at my old job and the high-dose arm regenerated slower than the low-dose arm.').claims[0];
    assert.deepEqual([slower.status, slower.relation?.subject.termId], ['contradicts', 'high-dose-exosome-therapy']);
    // From the hundred-and-sixty-fourth: the review states the combination does more than either alone.
    const best = check('The screen glows: the rats that got MSCs *and* the high-dose exosomes have the best liver function and the least scarring of any group — better than either treatment on its own.').claims[0];
    assert.deepEqual([best.status, best.cue?.text], ['supported', 'better than']);
    assert.equal(check('The rats that got MSCs and the high-dose exosomes have the best liver function of any group.').claims[0].status, 'unsupported');
  });

  it('reads "in injured hepatocytes" as in liver injury, "like" after a term as filler, and an arrow after a term as its rise or fall', () => {
    // The review: miR-122 falls in liver injury (from the hundred-and-sixty-eighth to -seventieth batches).
    const upregulated = check('Because miR-122 is upregulated in injured hepatocytes, we do not expect exosomal miR-122 to contribute.').claims[0];
    assert.deepEqual([upregulated.status, upregulated.relation?.subject.termId], ['contradicts', 'liver-injury']);
    assert.equal(check('MSCs protect injured hepatocytes.').claims[0].relation?.object.termId, 'hepatocyte');
    assert.equal(check("yeah and mir-122 like shoots right up after the liver's injured anyway").claims[0].status, 'contradicts');
    assert.equal(check('Exosomes like liver cells act fast.').claims[0].relations.length, 0);
    const arrow = check("- miR-122 → liver-specific miRNA, ↑↑ in injured hepatocytes (that's why it's the 'damage' marker)").claims[0];
    assert.deepEqual([arrow.status, arrow.relation?.object.termId], ['contradicts', 'mir-122']);
    assert.equal(check('miR-122 ↓ in injured liver').claims[0].status, 'supported');
    assert.equal(check('↑ ALT in injured mice').claims[0].relations.length, 0);
  });

  it('reads a denied comparison ("do not work better than low dose") and ends an object at "and got"', () => {
    // From the hundred-and-sixty-seventh batch; the review: high-dose exosomes do more than lower doses.
    const denied = check("Known thing: high-dose exosomes do not work better than low dose, the effect is flat already from the low dose.").claims[0];
    assert.deepEqual([denied.status, denied.relation?.subject.termId], ['contradicts', 'high-dose-exosome-therapy']);
    // From the hundred-and-sixty-eighth: "got the hepatocytes dividing" is no second object of "cut".
    const cut = check('they showed the MSC exosomes cut the liver damage and got the hepatocytes dividing again in the mice').claims[0];
    assert.deepEqual([cut.status, cut.relations.map((r) => r.object.termId)], ['supported', ['liver-injury']]);
  });

  it('judges a comparison whose comparand is left unsaid by the review\'s comparisons only', () => {
    // From the hundred-and-fifty-ninth batch: fewer miR-122 in late-passage EVs does not deny that exosomes restore it.
    const late = check('myco neg. EVs from >P5 carry less miR-122 → use P3-4 only for the PH rats').claims[1];
    assert.deepEqual([late.status, late.relation?.verdict], ['unsupported', 'unstated']);
    assert.equal(check('Exosomes carry lower immunogenicity.').claims[0].status, 'supported');
  });

  it('reads "significantly more X than Y" as a comparison the review\'s plain statement does not back', () => {
    // From the hundred-and-fifty-fifth batch; the review: MSCs secrete VEGF, with no comparison.
    const more = check('Umbilical-cord MSCs secrete significantly more VEGF and IL-6 than bone-marrow MSCs under identical culture conditions.').claims[0];
    assert.deepEqual([more.status, more.cue?.kind], ['unsupported', 'comparison']);
    assert.equal(check('MSCs significantly improved survival.').claims[0].cue?.kind, undefined);
  });

  it('reads "and it" before a change of level as the one term before, "pile up" as a rise, and a term before "be" as a clause of its own', () => {
    // The review: miR-122 falls in liver injury (from the hundred-and-forty-sixth and -ninth batches).
    const it = check("sci note (sonnet II): miR-122 is the liver's own signature word and it shoots up when the liver is injured — the wound shouting its name.").claims[0];
    assert.deepEqual([it.status, it.relation?.object.termId], ['contradicts', 'mir-122']);
    assert.deepEqual(check('MSCs were given to the liver and it regenerated.').claims[0].relations, []);
    const piles = check('The nurse explained that miR-122 piles up when the liver is damaged, and the exosomes are there to mop up the excess.').claims[0];
    assert.deepEqual([piles.status, piles.relation?.subject.termId], ['contradicts', 'liver-injury']);
    // Still a list of objects: "secrete HGF and VEGF".
    assert.deepEqual(check('MSCs secrete HGF and VEGF.').claims[0].relations.map((r) => r.object.termId), ['hgf', 'vegf']);
  });

  it('reads "did you know …?" after a label, and a tiny dose, as claims', () => {
    // From the hundred-and-forty-eighth batch.
    assert.equal(check('That was Fleetwood Mac, and now your Health Minute: did you know your liver can regrow from just a quarter of its size?').claims[0].status, 'unsupported');
    assert.equal(check('A big dose of exosomes turned out no better than a tiny one.').claims[0].status, 'contradicts');
  });

  it('asserts a cue in a clause after a hedged one', () => {
    // From the hundred-and-thirty-seventh batch.
    const fast = check("The 21-year-old's liver should be back to full size inside six weeks; in healthy young adults the organ regrows that fast.").claims[0];
    assert.deepEqual([fast.status, fast.cue?.text], ['unsupported', 'regrows that fast']);
    assert.equal(check("The liver should be back to full size inside six weeks; it might regrow that fast.").claims[0].status, 'hedged');
  });

  it('reads medium conditioned by MSCs as MSC-conditioned medium', () => {
    // From the hundred-and-thirty-third batch; the review says the medium switches on DNA-repair genes in hepatocytes.
    const medium = check('Medium conditioned by MSCs switches on cell-cycle + DNA-repair genes in them.').claims[0];
    assert.deepEqual([medium.status, medium.relation?.subject.termId], ['supported', 'msc-conditioned-medium']);
  });

  it('reads "bring it back" as no relation with what follows "back"', () => {
    // The review: miR-122 falls in liver injury (from the hundred-and-nineteenth batch).
    const back = check('miR-122 goes down when the liver is injured, but exo from MSC can bring it back and the hepatocyte work better again.').claims[0];
    assert.equal(back.relations?.some((r) => r.subject.termId === 'exosome' && r.object.termId === 'hepatocyte'), false);
    assert.notEqual(back.status, 'unsupported');
  });

  it('reads "carry" and words of degree before a compared property as having it', () => {
    // The review: exosomes are less immunogenic than MSCs (from the hundred-and-sixteenth batch).
    assert.equal(check('EVs carry way less immunogenicity baggage than putting live MSCs into a patient.').claims[0].status, 'supported');
  });

  it('reads a phrase that names a molecule by its symbol as no paraphrase of a term the review relates', () => {
    // The review relates other things to hepatocyte proliferation, none named miR-21 (from the hundred-and-fourteenth batch).
    const named = check('Exosomal miR-21 drives hepatocyte proliferation after partial hepatectomy.').claims[0];
    assert.deepEqual([named.status, named.relation?.verdict], ['unsupported', 'unstated']);
    assert.equal(check('miR-223 in MSC exosomes blocks the NLRP3 inflammasome in Kupffer cells.').claims[0].status, 'unsupported');
    // Or with a Greek letter (from the hundred-and-thirty-fourth batch).
    assert.deepEqual(check("HOW IT WORKS 🔁 exosomes switch on Wnt/β-catenin in your liver cells").claims[0].relation?.verdict, 'unstated');
    // A phrase of words may paraphrase one.
    assert.equal(check('Exosomal signalling drives hepatocyte proliferation after partial hepatectomy.').claims[0].status, 'unverified');
    assert.equal(check('Exosomal RNA drives hepatocyte proliferation after partial hepatectomy.').claims[0].status, 'unverified');
  });

  it('reads a treatment that works the same as a part of it alone, or as a lower dose, against "more than"', () => {
    // The review: combined therapy does more than either alone; high-dose exosomes more than lower
    // doses (from the hundred-and-nineteenth and hundred-and-twenty-eighth batches).
    assert.equal(check('When they give MSC plus high-dose exo together the result is same like exo alone.').claims[0].status, 'contradicts');
    assert.equal(check('High-dose exosomes work the same as low doses.').claims[0].status, 'contradicts');
    // "As good as" need not deny more.
    assert.notEqual(check('Combined therapy is as good as either treatment alone.').claims[0].status, 'contradicts');
    // A dose that does not matter or improve anything (from the hundred-and-thirteenth and -fourteenth batches).
    assert.equal(check("Ostad says exosome dose doesn't matter much — 10 µg works same like 100 µg.").claims[0].status, 'contradicts');
    assert.equal(check('Raising the exosome dose does not improve efficacy.').claims[0].status, 'contradicts');
    assert.equal(check("The MSC dose doesn't matter.").claims[0].status, 'unsupported');
    assert.deepEqual(check("The dose doesn't matter for a headache, just take one.").findings, []);
  });

  it('reads giant doses against small ones as a high dose against lower ones', () => {
    // The review: high-dose exosomes work better than lower doses (from the hundred-and-twelfth batch).
    assert.equal(check('The giant doses of exosomes worked no better than the small ones.').claims[0].status, 'contradicts');
    assert.equal(check('The giant doses of exosomes worked better than the small ones.').claims[0].status, 'supported');
  });

  it('reads the answer told after an arrow to a question someone asked as asserted', () => {
    // The review: exosomes provoke less of an immune response than MSCs (from the hundred-and-tenth batch).
    const told = check('Bill asked after why they premedicate for the exosome trial -> told him the exosome version sets off the immune system more than the whole-cell stem cell drip does.').claims[0];
    assert.deepEqual([told.status, told.relation?.verdict], ['contradicts', 'contradicted']);
    // With no answer told after the arrow, the question stays a question.
    assert.equal(check('Bill asked why exosomes might set off the immune system more than MSCs -> a fair question.').claims[0].status, 'hedged');
  });

  it('reads making more of something, with nothing compared, as raising it', () => {
    // The review: MSCs lower pro-inflammatory cytokines (from the ninety-fourth batch).
    const more = check('MSCs actually pump out MORE pro-inflammatory cytokines in the liver.').claims[0];
    assert.deepEqual([more.status, more.relation?.verdict], ['contradicts', 'contradicted']);
    // Making more of what the review says a term makes is still backed; a comparison is checked as one.
    assert.equal(check('MSCs secrete more HGF.').claims[0].status, 'supported');
    assert.equal(check('MSCs secrete more pro-inflammatory cytokines than fibroblasts.').claims[0].status, 'unsupported');
    assert.equal(check('MSCs secrete pro-inflammatory cytokines.').claims[0].status, 'unsupported');
  });

  it('reads the short forms of the built-in vocabulary: "exo", "high-dose EV" and "the liver-specific microRNA"', () => {
    // The review: exosomes provoke less of an immune response than MSCs (from the eightieth batch).
    assert.equal(check('Exo-only infusions are more immunogenic than the whole-cell MSC bags.').claims[0].status, 'contradicts');
    // Combined MSCs and high-dose exosomes do more than either alone (from the eighty-third).
    assert.equal(check('Adding MSCs on top of high-dose EVs gives no extra benefit over EVs alone.').claims[0].status, 'contradicts');
    // miR-122 falls in liver injury (from the seventy-first).
    assert.equal(check('The liver-specific miRNA falls when the liver is damaged.').claims[0].status, 'supported');
  });

  it('reads "it is clear that" as no verb: after "is", a verb\'s base is an adjective', () => {
    const { claims, findings } = check('It is clear that MSCs help.');
    assert.deepEqual(claims[0].relations, []);
    assert.equal(findings[0].message, "Unsupported claim: no citation for 'It is clear'.");
    assert.equal(check('Fibrosis was halved by MSCs.').claims[0].relation?.predicate, 'halve', 'a past form after "was" is still the passive');
  });

  it('leaves a verb\'s own comparison and a perfect tense to the verb, and a comparative with no copula or "have" alone', () => {
    const index = drugIndex();
    // "reduced" after "have" is the verb's perfect unless a comparand follows.
    assert.equal(check('Amlexin has reduced hepatotoxicity in rats.', index).claims[0].relations[0].comparative, undefined);
    assert.equal(check('Amlexin has reduced hepatotoxicity relative to borvatin.', index).claims[0].relations[0].comparative, 'noun');
    for (const sentence of ['Amlexin gives lower hepatotoxicity than borvatin.', 'The less hepatotoxic drug was amlexin.', 'Amlexin, less hepatotoxic than borvatin, was chosen.']) {
      assert.ok(check(sentence, index).claims[0].relations.every((r) => r.comparative === undefined), sentence);
    }
    const secreted = check('MSCs secrete more HGF than fibroblasts.').claims[0];
    assert.deepEqual(secreted.relations.map((r) => [r.predicate, r.comparative]), [['secrete', undefined]]);
  });

  it('backs the review\'s comparison of exosomes with transplanted MSCs or their parent cells, and finds its opposite', () => {
    expectStatuses({
      supported: [
        'Exosomes are less immunogenic than transplanted MSCs.',
        'Exosomes are far less immunogenic than whole-MSC transplants.',
        'MSCs are more immunogenic than exosomes.',
        'Exosomes have lower immunogenicity than MSC transplantation.',
        'Cell-free therapy is less immunogenic than cell therapy.',
        // The cells that make exosomes, as the review states: MSCs release exosomes.
        'Exosomes are less immunogenic than their parent cells.',
        'Exosomes are less immunogenic than the cells of origin.',
      ],
      contradicts: ['Exosomes are more immunogenic than the parent MSCs.', 'MSCs are less immunogenic than exosomes.', 'Exosomes are more immunogenic than their parent cells.'],
      unsupported: ['Hepatocytes are more immunogenic than exosomes.', 'Exosomes are less immunogenic than donor cells.', 'Hepatocytes are less immunogenic than their parent cells.'],
    });
  });
});

describe('findClaims — claims, hedges and non-claims', () => {
  it('makes an evidential cue a claim without any relation', () => {
    const text = 'Studies have shown that the effect is robust.';
    const { claims, findings } = check(text);
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(text.slice(claims[0].cue!.start, claims[0].cue!.end), 'Studies have shown');
    assert.equal(findings[0].data!.cue, 'Studies have shown');
  });

  it('makes a result stated as a number, comparison or time course a claim, but not a procedure (passive, or by "we") that carries one', () => {
    const text = 'Kupffer cells take up most injected exosomes within the first hour.';
    const { claims, findings } = check(text);
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(findings[0].data!.cue, 'within the first hour');
    assert.equal(check('Hepatocyte proliferation is higher in treated livers than in untreated ones [@lee2020].').claims[0].status, 'cited');
    // A result seen in what "we tested" is still a result.
    assert.equal(check('Exosome yields drop after passage 6 in every line we tested.').claims[0].status, 'unsupported');
    assert.equal(check('Exosome yields drop after passage 6 in every line we tested so far.').claims[0].status, 'unsupported');
    assert.equal(check('Yields fell by half in the lines we tested to date.').claims[0].status, 'unsupported');
    assert.equal(check('After dosing we measured, in triplicate, ALT within 2 hours.').claims[0].status, 'not-a-claim');
    // "We" and a methods verb as the background of a result: a clause of time, or a noun it describes.
    assert.equal(check('In the mice we injected, ALT fell within 2 days.').claims[0].status, 'unsupported');
    assert.equal(check('After we injected MSCs, ALT fell within 2 days.').claims[0].status, 'unsupported');
    assert.equal(check('After we injected MSCs, ALT was measured within 2 days.').claims[0].status, 'not-a-claim');
    assert.equal(check('For each mouse we recorded body weight and ALT within 2 hours.').claims[0].status, 'not-a-claim');
    assert.equal(check('Each trial was extracted independently by two reviewers, with disagreements settled by a third.').claims[0].status, 'not-a-claim');
    for (const methods of ['Kupffer cells and HGF were measured within the first 48 hours.', 'Livers were harvested faster than planned in the exosome arm.', 'We harvested the livers within 2 hours.', 'Exosomes were recovered by ultracentrifugation after 2 h.', 'Samples with 50% more protein were excluded.', 'The exosome dose was doubled for the second cohort.']) {
      assert.deepEqual(check(methods).findings, [], methods);
    }
    // A procedure in another clause, past a semicolon, is not the result's (from the ninety-fourth batch).
    assert.equal(check('Their EVs were isolated by ultracentrifugation; UC preps carry 5-10x more protein than SEC.').claims[0].status, 'unsupported');
    assert.equal(check('UC preps carry 5-10x more protein than SEC; both were isolated by us.').claims[0].status, 'unsupported');
    assert.equal(check('Livers were harvested at 48 h; samples with 5x more protein were excluded.').claims[0].status, 'not-a-claim');
    // "I was given" is a patient's account, not a procedure (from the hundred-and-twenty-first batch).
    assert.equal(check('The injections I was given beforehand are routine because stem cells make the blood clot, which happens to roughly one in ten infusion patients.').claims[0].status, 'unsupported');
    assert.equal(check('The mice were given MSCs, and one in ten infusion patients developed a fever.').claims[0].status, 'not-a-claim');
    // Nor one in a concession after it (from the hundred-and-tenth batch).
    assert.equal(check('The liver grows back to full size in about 8 wks, even if 2/3 was taken.').claims[0].status, 'unsupported');
    assert.equal(check('The liver was taken out, and it grows back to full size in about 8 wks.').claims[0].status, 'not-a-claim');
    // An evidential cue after a procedure's time still makes the sentence a claim.
    const mixed = check('Samples were read within 2 hours, and studies have shown that the effect lasts.');
    assert.equal(mixed.findings[0]?.data!.cue, 'studies have shown');
  });

  it('backs a comparison or a number with a relation of the review only when the review\'s statement gives one too', () => {
    const text = 'MSCs secrete more HGF than fibroblasts.';
    const { claims, findings } = check(text);
    assert.equal(claims[0].status, 'unsupported');
    assert.equal(findings[0].message, "Unsupported claim: the review states that MSCs produce HGF, but not 'more HGF than': cite where that comes from.");
    assert.match(claimHover(claims, text.indexOf('secrete') + 1, builtinIndex())!.markdown, /^\*\*The relation\*\* is in the review, .*, but not 'more HGF than':/);
    assert.equal(check('MSCs secrete HGF.').claims[0].status, 'supported', 'the relation alone');
    // A share or a multiple is an amount the review does not give ("MSC-derived exosomes reduce fibrosis").
    for (const sentence of ['Exosomes reduce fibrosis by 40%.', 'Exosomes reduce fibrosis 3-fold.']) assert.equal(check(sentence).claims[0].status, 'unsupported', sentence);
    // The review: combined therapy reduces fibrosis more than either treatment alone.
    assert.equal(check('Combined therapy reduces fibrosis more than exosomes alone.').claims[0].status, 'supported');
    // A comparison denied is the opposite of the review's, not backed by it.
    const denied = check('Combined therapy cut fibrosis no more than MSCs given alone.');
    assert.equal(denied.claims[0].status, 'contradicts');
    assert.match(denied.findings[0].message, /more than either treatment alone/);
    assert.equal(check('Exosomes are no better than MSCs at reducing fibrosis.').claims[0].status, 'unsupported', 'a comparison the review does not make');
    // Denied, the other way, or denied further from its word: the opposite. No direction,
    // sameness, or the opposite denied: neither. The same way: backed.
    expectStatuses({
      contradicts: [
        'Combined therapy did not beat MSCs alone at reducing fibrosis.',
        "Combined therapy can't beat MSCs alone in reducing fibrosis.",
        'Combined therapy failed to beat MSCs alone at reducing fibrosis.',
        'Combined therapy reduces fibrosis less than MSCs alone.',
        'Combined therapy is worse than MSCs alone at reducing fibrosis.',
        'Combined therapy is inferior to MSCs alone in reducing fibrosis.',
        'Combined therapy reduces fibrosis more slowly than MSCs alone.',
        'Combined therapy was in no way superior to MSCs alone in reducing fibrosis.',
        'Combined therapy was not superior to MSCs alone in reducing fibrosis.',
        'Combined therapy was by no means better than MSCs alone at reducing fibrosis.',
        'Combined therapy is not as effective as MSCs alone at reducing fibrosis.',
      ],
      unsupported: [
        'Combined therapy is no worse than MSCs alone at reducing fibrosis.',
        'Combined therapy is not inferior to MSCs alone at reducing fibrosis.',
        'Combined therapy is as effective as MSCs alone at reducing fibrosis.',
        'Combined therapy gives lower fibrosis scores than MSCs alone.',
      ],
      supported: ['Combined therapy beats MSCs alone at reducing fibrosis.', 'Combined therapy reduces fibrosis to a greater degree than MSCs alone.'],
    });
    // A statement that gives a comparison backs a comparison, not a time course.
    const timed = check('Combined therapy reduces fibrosis within a week.');
    assert.equal(timed.claims[0].status, 'unsupported');
    assert.match(timed.findings[0].message, /but not 'within a week'/);
    assert.equal(check('MSCs secrete more HGF than fibroblasts [@lee2020].').claims[0].status, 'cited');
  });

  it('shows on the verb or cue of a cited claim the citations that cover it, with their entries, in its sentence or its paragraph', () => {
    const bibliography = mergeBibliographies([parseBibliography('@article{smith2015, author = {Smith, A and Lee, B and Kim, C}, title = {Kupffer cells clear endotoxin}, year = {2015}}\n', 'bibtex', '/w/refs.bib').entries]);
    const text = 'HGF activates Kupffer cells in our hands. Kupffer cells clear endotoxin [see @smith2015, p. 3; @nobody] (Wang et al., 2018).\n';
    const { claims } = check(text);
    const hover = (at: string) => claimHover(claims, text.indexOf(at) + 1, builtinIndex(), text, bibliography);
    const listed = "- `[see @smith2015, p. 3; @nobody]`: Smith et al. 2015, *Kupffer cells clear endotoxin*\n- `(Wang et al., 2018)`";
    assert.deepEqual(hover('activates'), { start: text.indexOf('activates'), end: text.indexOf(' Kupffer'), markdown: `**Cited** in its paragraph:\n\n${listed}` });
    assert.equal(hover('in our hands')?.markdown, `**Cited** in its paragraph:\n\n${listed}`, 'on the cue');
    assert.equal(hover('clear e')?.markdown, `**Cited**:\n\n${listed}`);
    assert.equal(hover('ndotoxin'), undefined, 'not elsewhere in the sentence');
    assert.equal(claimHover(claims, text.indexOf('clear e') + 1, builtinIndex()), undefined, 'without the text');
  });

  it('reads a negation a few adverbs and auxiliaries back, and a sentence of 40,000 verbs each skipped before the next in one pass', () => {
    // Each predicate stepped back over every such word before it: 'acts on' 40,000 times took about a minute.
    assert.equal(check('HGF does not really actually strongly promote angiogenesis.').claims[0].relations[0]?.negated, true);
    const { claims } = check(`HGF ${'acts on '.repeat(40_000)}VEGF.`);
    assert.equal(claims.length, 1);
  });

  it('treats hedges, hypothesis markers, to-dos, plans and questions as not asserted', () => {
    for (const text of ['VEGF might inhibit angiogenesis.', '*Hypothesis:* exosomal miR-122 reduces apoptosis in Kupffer cells.', 'TODO: check whether VEGF promotes proliferation.', 'We will measure how much IL-6 Kupffer cells release.', 'It is unclear whether HGF activates stellate cells.']) {
      const { claims, findings } = check(text);
      assert.deepEqual(findings, [], text);
      assert.ok(claims[0].status === 'hedged' || claims[0].status === 'not-a-claim', text);
    }
    assert.equal(check('VEGF might inhibit angiogenesis.').claims[0].status, 'hedged');
    assert.equal(check('Does VEGF inhibit angiogenesis?').claims[0].status, 'not-a-claim');
  });

  it('treats "can" as an assertion, as the review itself does', () => {
    assert.equal(check('MSCs can suppress excessive inflammation.').claims[0].status, 'supported');
    assert.equal(check('VEGF can inhibit angiogenesis.').claims[0].status, 'contradicts');
  });

  it('never checks headings, code or definitions', () => {
    const text = '# VEGF inhibits angiogenesis\n\n```\nVEGF inhibits angiogenesis.\n```\n\nKupffer cells are the resident macrophages of the liver. Use `VEGF inhibits angiogenesis` here.\n';
    const { claims, findings } = check(text);
    assert.deepEqual(findings, []);
    assert.ok(claims.every((c) => text.slice(c.start, c.end) !== 'VEGF inhibits angiogenesis'));
    assert.equal(claimAt(claims, text, 'Kupffer').status, 'not-a-claim');
  });

  it('checks table cells and list items', () => {
    const text = '| Arm | Effect |\n|---|---|\n| A | VEGF inhibits angiogenesis |\n\n- HGF activates hepatic stellate cells\n';
    const { findings } = check(text);
    assert.deepEqual(
      findings.map((f) => [f.code, text.slice(f.start, f.end)]),
      [
        ['claim.contradicts-review', 'VEGF inhibits angiogenesis'],
        ['claim.unsupported', 'HGF activates hepatic stellate cells'],
      ],
    );
  });
});

describe('findClaims — citation scope', () => {
  const text = 'MSCs migrate to the liver. HGF activates hepatic stellate cells. The authors said so [@lee2019].\n';

  it('paragraph: a citation anywhere in the paragraph covers each sentence', () => {
    const { claims, findings } = check(text);
    assert.deepEqual(findings, []);
    assert.equal(claimAt(claims, text, 'HGF').status, 'cited');
  });

  it('sentence: only a citation in the sentence covers it', () => {
    const { findings } = check(text, builtinIndex(), 'sentence');
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['HGF activates hepatic stellate cells.'],
    );
  });

  it('sentence: a claim after a line or paragraph separator (U+2028, U+2029) does not take the citation before it', () => {
    for (const separator of ['\u2028', '\u2029']) {
      const note = `Background is known [@a].${separator}Exosomal VEGF silences apoptosis in Kupffer cells.\n`;
      const { findings } = check(note, builtinIndex(), 'sentence');
      assert.deepEqual(
        findings.map((f) => [f.code, note.slice(f.start, f.end)]),
        [['claim.unsupported', 'Exosomal VEGF silences apoptosis in Kupffer cells.']],
      );
    }
  });

  it('a citation in one paragraph of a list item covers the item', () => {
    const item = '- HGF activates hepatic stellate cells.\n\n  Shown in rats [@lee2019].\n\n- IL-6 protects hepatocytes from apoptosis.\n';
    const { findings } = check(item);
    assert.deepEqual(
      findings.map((f) => item.slice(f.start, f.end)),
      ['IL-6 protects hepatocytes from apoptosis.'],
    );
  });

  it('a footnote counts only when its definition cites something', () => {
    const notes = 'HGF activates hepatic stellate cells.[^1]\n\nIL-6 protects hepatocytes from apoptosis.[^2]\n\n[^1]: Maher JJ. J Clin Invest. 1993.\n[^2]: My own reading of figure 3.\n';
    const { findings } = check(notes);
    assert.deepEqual(
      findings.map((f) => notes.slice(f.start, f.end)),
      ['IL-6 protects hepatocytes from apoptosis.[^2]'],
    );
  });

  it('a link to a paper or a DOI in a link destination cites', () => {
    const linked = 'HGF activates [hepatic stellate cells](https://doi.org/10.1172/JCI116781).\n';
    assert.deepEqual(check(linked).findings, []);
  });
});

describe('claimFindings', () => {
  it('returns one finding per unsupported or contradicting sentence, in order, on the sentence', () => {
    const text = 'VEGF inhibits angiogenesis. MSCs secrete HGF. HGF activates hepatic stellate cells.';
    const { findings } = check(text);
    assert.deepEqual(
      findings.map((f) => [f.code, text.slice(f.start, f.end)]),
      [
        ['claim.contradicts-review', 'VEGF inhibits angiogenesis.'],
        ['claim.unsupported', 'HGF activates hepatic stellate cells.'],
      ],
    );
  });

  // Its speed is a row of `npm run bench`; this checks that half a megabyte is judged paragraph by paragraph.
  it('judges every sentence of a large note', () => {
    const paragraph = 'MSCs secrete HGF and VEGF (Smith et al., 2020). Exosomal VEGF silences apoptosis in Kupffer cells. TNF-α might impair proliferation. See `code` and [a link](https://example.org).\n\n';
    const count = Math.ceil(500_000 / paragraph.length);
    const text = paragraph.repeat(count);
    const prose = parseProse(text);
    const terms = findTerms(prose.masked, builtinIndex());
    const claims = findClaims({ text, prose, terms, index: builtinIndex(), citationScope: 'paragraph' });
    assert.equal(claims.length, count * 4);
    assert.deepEqual([...new Set(claims.map((c) => c.status))].sort(), ['cited', 'hedged', 'not-a-claim']);
    assert.deepEqual(claimFindings(claims, builtinIndex()), [], 'the citation covers its paragraph; the hedge is no claim');
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { firstWords } from '../tools/firstWords';
import { cueStartsFile, cueStartWords } from '../tools/cueStarts';
import { comparedWith, cueAsserts, cueSources, findCues, findHedge, hedgedClauseEnd, hedgedClauseStart, scanCues, TriggerWords, type Cue } from '../../server/src/core/hedges';

describe('TriggerWords', () => {
  const triggers = new TriggerWords('may to-do in we', 'speculat compar');

  it('finds a listed word only as a whole word of the text', () => {
    assert.equal(triggers.occursIn('it may help'), true);
    assert.equal(triggers.occursIn('may'), true);
    assert.equal(triggers.occursIn('a to-do item'), true);
    assert.equal(triggers.occursIn('maybe mayor dismay'), false);
    assert.equal(triggers.occursIn('into the within'), false);
  });

  it('finds a word that starts with a stem, the stem alone included', () => {
    assert.equal(triggers.occursIn('pure speculation here'), true);
    assert.equal(triggers.occursIn('to speculat'), true);
    assert.equal(triggers.occursIn('compared with'), true);
    assert.equal(triggers.occursIn('a specul and a compa'), false);
  });

  it("reads words as runs of a-z, apostrophes and hyphens that start with a letter", () => {
    // "we'll" and "may-be" are words of their own, not "we" and "may".
    assert.equal(triggers.occursIn("we'll see; may-be"), false);
    // Digits, underscores and other characters end a word; a leading apostrophe or hyphen is not part of one.
    assert.equal(triggers.occursIn('x2may'), true);
    assert.equal(triggers.occursIn('_we_'), true);
    assert.equal(triggers.occursIn('in.'), true);
    assert.equal(triggers.occursIn("'in"), true);
    assert.equal(triggers.occursIn('-in'), true);
    assert.equal(triggers.occursIn("in'"), false);
    assert.equal(triggers.occursIn(''), false);
  });

  it('reads ASCII capitals as small letters', () => {
    assert.equal(triggers.occursIn('It MAY help'), true);
    assert.equal(triggers.occursIn('SPECULATIVE'), true);
    assert.equal(triggers.occursIn('MAYBE'), false);
  });
});

describe('findHedge', () => {
  const hedgeIn = (sentence: string) => findHedge(sentence, 0, sentence.length);

  it('gives a hedge, conditional or plan in lower case, with offsets into the document', () => {
    assert.deepEqual(findHedge('Some text HGF MAY promote repair.', 10, 33), { span: { text: 'may', start: 14, end: 17 }, question: false, word: true });
    assert.deepEqual(hedgeIn('If HGF rises, repair follows.')?.span, { text: 'if', start: 0, end: 2 });
    assert.deepEqual(hedgeIn('We Will Test HGF.')?.span, { text: 'we will', start: 0, end: 7 });
    // What was bound to happen is no plan; what is going to happen is.
    assert.equal(hedgeIn('No infusion was going to change it.'), undefined);
    assert.equal(hedgeIn('Our 60-min vitals check was always going to miss it.'), undefined);
    assert.equal(hedgeIn('We are going to test HGF.')?.span.text, 'we are going');
    // "Remember:" before a fact asserts it; "remember to" is a task.
    assert.equal(hedgeIn('Remember: MSCs from older donors have basically zero paracrine activity left.'), undefined);
    assert.equal(hedgeIn('Remember to check ALT on day 3.')?.span.text, 'remember');
    assert.equal(hedgeIn('One possibility is endotoxin in the infusate driving a TNF-α surge.')?.span.text, 'possibility');
    // A manner is no hedge: "as gently as I could" (from the ninety-ninth batch).
    assert.equal(hedgeIn('Told the son, as gently as I could, that the exosome arm carries a bigger risk.'), undefined);
    assert.equal(hedgeIn('MSCs could reduce fibrosis.')?.span.text, 'could');
    // "Wondering if …", "just a hunch" (from the ninety-seventh batch).
    assert.equal(hedgeIn('Wondering if pts on statins will show a blunted response to the EVs?')?.span.text, 'wondering');
    assert.equal(hedgeIn('Statins blunt the response to EVs, just a hunch.')?.span.text, 'hunch');
    // A feeling one has (from the hundred-and-fifty-ninth batch); not the month in a date (from the hundred-and-sixty-first).
    assert.equal(hedgeIn('I always had a feeling — only a feeling, mind — that the exosome rats bounced back quicker.')?.span.text, 'feeling');
    assert.equal(hedgeIn('The feeling in the room was electric.'), undefined);
    assert.equal(hedgeIn('| 09 May | Dr Brennan | exosomes given via the portal vein reach 10x the liver dose |'), undefined);
    assert.equal(hedgeIn('Talk on May 3 2024: exosomes reach the liver.'), undefined);
    assert.equal(hedgeIn('Exosomes may reach the liver.')?.span.text, 'may');
    assert.equal(hedgeIn('IL-6 may modulate ECM remodeling.')?.span.text, 'may');
    assert.equal(hedgeIn('B-cell stimulatory factor 2 may restore MSC transplantation.')?.span.text, 'may');
    assert.equal(hedgeIn('Seminar on 3 May: exosomes reach the liver.'), undefined);
    // What a text should say is asserted; what a treatment should do is not.
    assert.equal(hedgeIn('Fig 7.3 caption should say the liver is the only human organ that can regrow.'), undefined);
    assert.equal(hedgeIn('MSCs should reduce fibrosis.')?.span.text, 'should');
  });

  it("tells where a hedge word's clause starts: after a semicolon, colon or dash, or a comma that opens a clause", () => {
    const clauseOf = (sentence: string) => {
      const hedge = findHedge(sentence, 0, sentence.length)!;
      return sentence.slice(hedgedClauseStart(sentence, 0, hedge));
    };
    assert.equal(clauseOf('ALT fell by 40%, possibly because of the vehicle.'), 'possibly because of the vehicle.');
    assert.equal(clauseOf('HGF rose; this may explain it, perhaps.'), 'this may explain it, perhaps.');
    assert.equal(clauseOf('Hepatocytes are quiescent, dividing perhaps once a year.'), 'dividing perhaps once a year.');
    assert.equal(clauseOf('ALT fell - perhaps a dose effect.'), 'perhaps a dose effect.');
    // An arrow, as notes join a finding to what follows from it (from the seventy-second batch).
    assert.equal(clauseOf('MSCs switch them off within 72 h → the improvement claimed is plausible.'), 'the improvement claimed is plausible.');
    assert.equal(clauseOf('ALT fell -> maybe a dose effect.'), 'maybe a dose effect.');
    // No clause of its own: the whole sentence.
    assert.equal(clauseOf('In most trials, MSCs may reduce fibrosis.'), 'In most trials, MSCs may reduce fibrosis.');
    assert.equal(clauseOf('During repair, something may change.'), 'During repair, something may change.');
    // A reason put first is a clause of its own; a hedge inside it still covers the sentence.
    assert.equal(clauseOf('Because IL-6 primes hepatocytes, the model should use its concentration.'), 'the model should use its concentration.');
    assert.equal(clauseOf('Since MSCs may reduce fibrosis, we test them.'), 'Since MSCs may reduce fibrosis, we test them.');
    // Only a hedge word has a clause: a plan or a conditional covers the sentence.
    assert.equal(clauseOf('HGF rose; we will test it.'), 'HGF rose; we will test it.');
    // But a plan drawn from a finding after ", so" or an arrow covers its own (from the eighty-third batch).
    assert.equal(clauseOf('DNA synthesis peaks around 36–40 h, so I will collect at 36 h.'), 'so I will collect at 36 h.');
    assert.equal(clauseOf('ALT fell by half -> we will cut the dose.'), 'we will cut the dose.');
    // ", that's" opens a clause (from the hundred-and-ninth batch).
    assert.equal(clauseOf("Regenerative capacity halves between 30 and 60, that's the real clock you should be hacking."), "that's the real clock you should be hacking.");
    // "So" before a hedged consequence, with no comma (from the hundred-and-fifth batch).
    assert.equal(clauseOf('Hepatocytes bounce back within 48-72h so graft should recover fine.'), 'so graft should recover fine.');
  });

  it("ends a hedge word's clause in a question someone asked at the answer they were told after a dash", () => {
    const span = (sentence: string) => {
      const hedge = findHedge(sentence, 0, sentence.length)!;
      return sentence.slice(hedgedClauseStart(sentence, 0, hedge), hedgedClauseEnd(sentence, 0, hedge, sentence.length));
    };
    // From the eighty-ninth batch.
    assert.equal(span('Pt asked if she could take the capsules instead — told her those get digested, and the liver clears ~90% of them.'), 'Pt asked if she could take the capsules instead');
    // No answer told after it, or a hedge not in a question: to the sentence's end.
    assert.equal(span('She asked if MSCs could reduce fibrosis - a fair question.'), 'She asked if MSCs could reduce fibrosis - a fair question.');
    assert.equal(span('MSCs could reduce fibrosis — told him so.'), 'MSCs could reduce fibrosis — told him so.');
    // Or after a semicolon (from the ninety-ninth batch).
    assert.equal(span("Mrs. L. asked why the trial only wants people with less advanced disease; told her the cells don't take in a liver with a MELD over 25."), 'Mrs. L. asked why the trial only wants people with less advanced disease');
    // Or after an arrow (from the hundred-and-tenth batch).
    assert.equal(span('Bill asked after why they premedicate for the exosome trial -> told him the exosome version sets off the immune system more.'), 'Bill asked after why they premedicate for the exosome trial');
    assert.equal(span('She asked if MSCs could reduce fibrosis → told her we are not sure.'), 'She asked if MSCs could reduce fibrosis');
    assert.equal(span('She asked if MSCs could reduce fibrosis -> a fair question.'), 'She asked if MSCs could reduce fibrosis -> a fair question.');
  });

  it('reads a definition by its label "Def." as no claim', () => {
    // From the hundred-and-twenty-eighth batch.
    assert.equal(findHedge("Def. for this log: 'late presenter' = more than 8 h post-ingestion at first call.", 0, 81)?.span.text, 'def. for this log:');
  });

  it('reads no condition in what happens when "you" do something to an animal or a patient', () => {
    // From the hundred-and-seventeenth batch.
    assert.equal(findHedge('if you deplete Kupffer cells w clodronate the mouse liver regen faster one', 0, 74), undefined);
    assert.equal(findHedge('If you block the drain, the sink overflows.', 0, 43), undefined);
    assert.equal(findHedge('If MSCs reduce fibrosis, ALT falls.', 0, 35)?.span.text, 'if');
    assert.equal(findHedge('If you want to come, MSCs reduce fibrosis.', 0, 42)?.span.text, 'if');
  });

  it('ends the clause of what is plausible or possible at the reason given for it, which is asserted', () => {
    const span = (sentence: string) => {
      const hedge = findHedge(sentence, 0, sentence.length)!;
      return sentence.slice(hedgedClauseStart(sentence, 0, hedge), hedgedClauseEnd(sentence, 0, hedge, sentence.length));
    };
    // From the ninety-seventh batch.
    assert.equal(span('The glass-liver plague is plausible b/c TGF-β is the one driver of all liver fibrosis.'), 'The glass-liver plague is plausible');
    assert.equal(span('A one-day stay is possible because the liver regrows within a week.'), 'A one-day stay is possible');
    // "Likely because" hedges the reason; so does a plausible thing with no reason after it.
    assert.equal(span('This is likely because MSCs secrete HGF.'), 'This is likely because MSCs secrete HGF.');
    assert.equal(span('It is plausible that MSCs secrete HGF.'), 'It is plausible that MSCs secrete HGF.');
    // A semicolon after the hedge ends its clause when what follows holds no hedge (from the hundred-and-thirty-seventh batch).
    assert.equal(span('The liver should be back to full size inside six weeks; the organ regrows that fast.'), 'The liver should be back to full size inside six weeks');
    assert.equal(span('MSCs may reduce fibrosis; this might explain the result.'), 'MSCs may reduce fibrosis; this might explain the result.');
    // What someone should know or land on, after a colon (from the hundred-and-thirty-fourth batch).
    assert.equal(span('LP 3.2, group should land on: miR-122 shoots up in the injured liver.'), 'LP 3.2, group should land on:');
    assert.equal(span('Students should know that MSCs reduce fibrosis.'), 'Students should know that MSCs reduce fibrosis.');
    assert.equal(span('Heatmap caption should just say it: miR-223 leads.'), 'Heatmap caption should just say it:');
    // A "should" in a clause of its own after "so" (from the hundred-and-forty-fifth batch).
    assert.equal(span("Split livers grow back in ~8 wks in kids 🌱 so Leo's should be done by May."), "so Leo's should be done by May.");
    assert.equal(span('Bar order should follow the biology: stellate cells make collagen.'), 'Bar order should follow the biology:');
    // A modal after a comma that tells what the fact would spoil (from the hundred-and-fifty-seventh batch).
    assert.equal(span('rats >400 g enter S-phase ~24 h later after 2/3 PHx, would skew timepoint'), 'would skew timepoint');
    assert.equal(span('MSCs reduce fibrosis, would be my guess.'), 'MSCs reduce fibrosis, would be my guess.');
    // The reason given after a comma for what should be (from the hundred-and-sixty-second batch); not for what might be.
    assert.equal(span('BrdU labelling should peak at 36 h not 48 h, since exosomes pull the S-phase peak earlier by half a day.'), 'BrdU labelling should peak at 36 h not 48 h');
    assert.equal(span('Exosomes might work better, since they cannot get stuck in the lungs.'), 'Exosomes might work better, since they cannot get stuck in the lungs.');
    assert.equal(span('It should work, because it might bind HGF.'), 'It should work, because it might bind HGF.');
    // A branch a player takes ends at its colon (from the hundred-and-sixty-fourth batch's game script).
    assert.equal(span('If player picks the IV syringe: nearly all IV exosomes end up in liver + spleen within 30 min.'), 'If player picks the IV syringe:');
    assert.equal(span('If MSCs are given early: fibrosis falls.'), 'If MSCs are given early: fibrosis falls.');
    // What is not expected to be needed, for a reason (from the hundred-and-thirty-third batch).
    assert.equal(span('Repeat dosing is not expected to be necessary, as one dose of exosomes works for six months.'), 'Repeat dosing is not expected to be necessary, ');
    assert.equal(span('Repeat dosing is expected to be necessary.'), 'Repeat dosing is expected to be necessary.');
    assert.equal(span('MSCs are expected to reduce fibrosis, as they secrete HGF.'), 'MSCs are expected to reduce fibrosis, as they secrete HGF.');
  });

  it('asserts nothing someone asked whether, up to a dash', () => {
    // From the hundred-and-sixty-ninth batch.
    const text = 'One brother asked if fasting helps the liver regrow — Dr Amina said maybe.';
    const cue = findCues(text, 0, text.length)[0];
    assert.equal(cueAsserts(text, 0, text.length, cue), false);
    const told = 'Pt asked if it works — told him the liver regrows in about a week.';
    assert.equal(cueAsserts(told, 0, told.length, findCues(told, 0, told.length)[0]), true);
  });

  it('takes an impression for a hedge: what looks, seems or appears so, not what was found', () => {
    assert.equal(hedgeIn('Their control arm looks worse than in other labs.')?.span.text, 'looks worse');
    assert.equal(hedgeIn('HGF seems much higher in treated livers.')?.span.text, 'seems much higher');
    assert.equal(hedgeIn('The exosome arm appeared similar to the MSC arm.')?.span.text, 'appeared similar');
    assert.equal(hedgeIn('Exosomes appear in the liver within 6 hours.'), undefined, 'appear as in show up');
    assert.equal(hedgeIn('We looked at HGF in every arm.'), undefined);
    // A habit is asserted (from the ninety-first batch).
    assert.equal(hedgeIn('Annexin V tends to overcall apoptosis in freshly thawed MSCs.'), undefined);
  });

  it('finds plans and questions about a relation', () => {
    assert.equal(hedgeIn('Aim 2 asks how HGF promotes repair.')?.span.text, 'asks how');
    assert.equal(hedgeIn("HGF promotes repair; we'll measure it.")?.span.text, "we'll");
    // What "I want" after a noun wants is no plan (from the ninety-fourth batch).
    assert.equal(hedgeIn("Kupffer cells pour out IL-6 about 2 h later — that's the turn I want in stanza 3."), undefined);
    assert.equal(hedgeIn('HGF promotes repair, the result we need.'), undefined);
    assert.equal(hedgeIn('I want to know if HGF promotes repair.')?.span.text, 'i want');
    assert.equal(hedgeIn('We need HGF to promote repair.')?.span.text, 'we need');
    // After "why", a reason drawn from what the sentence states (from the hundred-and-thirty-fifth batch).
    assert.equal(hedgeIn('Exosomes provoke a stronger immune reaction than MSCs, which is exactly why we need public money to study them.'), undefined);
    assert.equal(hedgeIn('That is why we need to test whether MSCs reduce fibrosis.')?.span.text, 'whether');
    assert.equal(hedgeIn('The goal is to show that HGF promotes repair.')?.span.text, 'goal is to');
    assert.equal(hedgeIn('- Verify that HGF promotes repair.')?.span.text, '- verify');
    assert.equal(hedgeIn('Studies of HGF show it promotes repair.'), undefined);
    // A step of a protocol, not its result; but not "use" as a noun, nor a step with a finding after a colon or a dash.
    assert.equal(hedgeIn('Use 3x more buffer than last time.')?.span.text, 'use');
    // What the writer read is no task (from the hundred-and-seventh batch).
    assert.equal(hedgeIn('Read that albumin goes up 3–4 g/L within a month of an MSC infusion.'), undefined);
    assert.equal(hedgeIn('Read the protocol before the MSC infusion.')?.span.text, 'read');
    // A protocol's label may come first (from the ninetieth batch); a finding after it is no step.
    assert.equal(hedgeIn('Protocol v3: thaw MSC P4, seed 5000 cells, switch to EV-depleted FBS at 70% confluence')?.span.text, 'protocol v3: thaw');
    assert.equal(hedgeIn('Protocol: MSCs reduce fibrosis by 40%.'), undefined);
    assert.equal(hedgeIn('- Cut the volume by half before loading.')?.span.text, '- cut');
    assert.equal(hedgeIn('Use of MSCs reduces fibrosis by 40%.'), undefined);
    assert.equal(hedgeIn('Use MSCs: they reduce fibrosis by 40%.'), undefined);
    assert.equal(hedgeIn('Load 20 µL per lane - ALT fell by half in treated mice.'), undefined);
    assert.equal(hedgeIn('Use MSCs and you get less fibrosis.'), undefined, 'a consequence of the step is a result');
    assert.equal(hedgeIn("Cut away two-thirds of a rat's liver and within about a week it has grown back."), undefined, 'so is one after a time');
    for (const step of ['Inject 10% of the infused volume again.', 'Keep 5% of the infused cells for flow.', 'Freeze half of the pellet.', 'Store 2 aliquots at -80.', 'Save 10% of the injected dose for NTA.']) {
      assert.ok(hedgeIn(step), step);
    }
    assert.equal(hedgeIn('Keep in mind that 90% of infused MSCs end up in the lungs.'), undefined, '"keep in" is no step');
    // A grant's or a thesis's own plan, whatever its verb.
    assert.equal(hedgeIn('Aim 1 will define how exosome dose affects Kupffer cell phenotype.')?.span.text, 'aim 1 will');
    assert.equal(hedgeIn('This project will map the cargo of MSC exosomes.')?.span.text, 'this project will');
    assert.equal(hedgeIn('Work package 2b will dose mice with exosomes.')?.span.text, 'work package 2b will');
    // Research to be done, by anyone: a verb of research after "will".
    assert.equal(hedgeIn('The consortium will define how exosomes reach hepatocytes.')?.span.text, 'will define');
    assert.equal(hedgeIn('The second cohort will first measure ALT 40% lower than controls.')?.span.text, 'will first measure');
    assert.equal(hedgeIn('Exosome therapy will reduce fibrosis in most patients.'), undefined, 'a prediction of a result, not a plan');
    assert.equal(hedgeIn('MSCs will home to the injured liver.'), undefined, 'a prediction about the cells, not a plan');
    assert.equal(hedgeIn('HGF makes hepatocytes less likely to survive.'), undefined, 'a comparison, not a hedge');
    assert.equal(hedgeIn('HGF is likely to help hepatocytes survive.')?.span.text, 'likely');
    // A plan or an action by its label, and an exam question by its label and what it asks; not an answer.
    assert.equal(hedgeIn('Plan: repeat ALT at week 4; if it is still 2× baseline, stop exosome dosing.')?.span.text, 'plan:');
    assert.equal(hedgeIn('Action for marketing: delete "reverses cirrhosis in 90% of patients" from the cover.')?.span.text, 'action for marketing:');
    assert.equal(hedgeIn('Q4 (2 marks): Explain why someone who has lost 60% of their liver can survive.')?.span.text, 'q4 (2 marks): explain');
    assert.equal(hedgeIn('Answer key, Q1: in rats the liver regrows in 7–10 days.'), undefined);
    assert.equal(hedgeIn("Working definition for this paper: 'first-in-human' means the first dose in any human.")?.span.text, 'working definition for this paper:');
    assert.equal(hedgeIn('- Response to Critique 3: move the power calculation (80% power to detect a 25% drop) into Approach.')?.span.text, '- response to critique 3: move');
    assert.equal(hedgeIn('The action of HGF on hepatocytes: it doubles their division rate.'), undefined);
    assert.equal(hedgeIn('Next cell: drop any miRNA with fewer than 10 reads in at least 3 of the 12 libraries.')?.span.text, 'next cell:');
    assert.equal(hedgeIn('The next cells were stained for ALB: most were positive.'), undefined);
    assert.equal(hedgeIn('Repack with 10 kg fresh dry ice if the logger shows anything above −70 °C for more than 15 minutes.')?.span.text, 'repack');
    // A question asked in an aside hedges the aside, not what follows it; an aside that is a hedge hedges it all.
    const shots = 'The shots — I asked whether they are the same thing as the cells — cut the risk by half.';
    const asked = hedgeIn(shots)!;
    assert.equal(asked.span.text, 'whether');
    assert.equal(hedgedClauseEnd(shots, 0, asked, shots.length), shots.indexOf(' — cut'));
    const think = 'MSCs — we think — reduce fibrosis by half.';
    const thought = hedgeIn(think)!;
    assert.equal(hedgedClauseEnd(think, 0, thought, think.length), think.length);
    // Only the sentence's own dashes count: one that closes a later sentence's aside is not this one's.
    const open = 'MSCs — I asked whether they are the same thing as the cells. Later — much later — it rose.';
    assert.equal(hedgedClauseEnd(open, 0, hedgeIn(open)!, open.indexOf(' Later')), open.indexOf(' Later'));
    const rafts = 'The markers — flotillin-1 especially, which we had half-expected to be debris from lysed cells — turn out to be enriched threefold.';
    assert.equal(hedgedClauseEnd(rafts, 0, hedgeIn(rafts)!, rafts.length), rafts.indexOf(' — turn'));
    // "Check:" asks for a check; "Contaminant check:" reports one.
    assert.equal(hedgeIn('Check: MSCs reduce fibrosis by 40%.')?.span.text, 'check:');
    assert.equal(hedgeIn('To check: MSCs reduce fibrosis by 40%.')?.span.text, 'check:');
    assert.equal(hedgeIn('Contaminant check: aggregates account for ~15% of the particle counts.'), undefined);
    // "Describes … when" asks a question; "she describes only happens when" states when a thing happens.
    assert.equal(hedgeIn('The talk describes what happens when MSCs home.')?.span.text, 'describes what');
    assert.equal(hedgeIn('The expansion she describes only happens when IL-10 is around.'), undefined);
  });

  it('gives a to-do or a task box as written', () => {
    assert.deepEqual(hedgeIn('HGF promotes repair (TODO).')?.span, { text: 'TODO', start: 21, end: 25 });
    assert.deepEqual(hedgeIn('[X] HGF promotes repair.')?.span, { text: '[X]', start: 0, end: 3 });
    // A box with a red flag or a warning after it raises a finding on a checklist (from the eighty-third batch).
    assert.equal(hedgeIn('- [ ] 🚩 in UC preps >50% of particles are lipoprotein contaminants'), undefined);
    assert.equal(hedgeIn('[ ] ⚠️ MSC lots above passage 8 lose potency'), undefined);
    assert.deepEqual(hedgeIn('[ ] call the vendor about the freezer')?.span.text, '[ ]');
  });

  it('reads text with other scripts in its lower case', () => {
    assert.deepEqual(hedgeIn('Ωmega MIGHT promote repair.')?.span, { text: 'might', start: 6, end: 11 });
    assert.equal(hedgeIn('HGF promotes repair in Ωmega.'), undefined);
  });
});

describe('findCues', () => {
  it('finds cues in any case and gives them as written', () => {
    const text = 'Intro. STUDIES HAVE SHOWN that HGF helps; it is Well Established.';
    assert.deepEqual(findCues(text, 7, text.length), [
      { text: 'STUDIES HAVE SHOWN', start: 7, end: 25 },
      { text: 'it is Well Established', start: 42, end: 64 },
    ]);
  });

  it('finds results stated as numbers, comparisons and time courses', () => {
    const cue = (sentence: string) => findCues(sentence, 0, sentence.length).map((c) => c.text);
    assert.deepEqual(cue('Treated mice had ALT levels 40% lower than controls.'), ['40% lower than']);
    assert.deepEqual(cue('Fewer Kupffer cells are activated in mice given MSC-conditioned medium than in those given saline.'), ['Fewer Kupffer cells are activated in mice given MSC-conditioned medium than']);
    assert.deepEqual(cue('Primed MSCs release about three times as much VEGF as naive ones.'), ['three times as much VEGF as']);
    assert.deepEqual(cue('Twice as many hepatocytes divide as before.'), ['Twice as many hepatocytes divide as']);
    assert.deepEqual(cue('Fibrosis shrank by half.'), ['by half']);
    assert.deepEqual(cue('IL-6 returns to baseline within 72 hours, within a week, within the first hour.'), ['returns to baseline', 'within 72 hours', 'within a week', 'within the first hour']);
    assert.deepEqual(cue('TNF-α peaks two hours after injury; HGF peaked at 24 h.'), ['peaks two', 'peaked at']);
    assert.deepEqual(cue('miR-122 levels rise sharply.'), ['rise sharply']);
    assert.deepEqual(cue('Survival was 80% with MSCs.'), ['was 80%']);
    assert.deepEqual(cue('In every rodent model tested, fibrosis fell; in all studies too.'), ['In every rodent model', 'in all studies']);
    assert.deepEqual(cue('MSCs lose their effect after passage 8 and keep it for at least six months.'), ['lose their effect', 'after passage 8', 'for at least six months']);
    assert.deepEqual(cue('QC correlates strongly with outcome; ALT is inversely associated with survival.'), ['correlates strongly with', 'is inversely associated with']);
    assert.deepEqual(cue('~50% fewer TUNEL+ cells vs. vehicle; more collagen compared with controls; livers regenerate more slowly.'), ['50% fewer TUNEL+ cells vs.', 'more collagen compared with', 'more slowly']);
    assert.deepEqual(cue('TGF-β levels dropped after MSC infusion; ALT normalised by day 7.'), ['dropped after', 'normalised by']);
    assert.deepEqual(cue('Fibrosis regressed in 6 of 8 treated rats.'), ['6 of 8 treated rats']);
    assert.deepEqual(cue('Compared with bone-marrow MSCs, cord MSCs release more exosomes per cell.'), ['Compared with bone-marrow MSCs, cord MSCs release more']);
    assert.deepEqual(cue('Relative to sham, treated rats had lower ALT.'), ['Relative to sham, treated rats had lower']);
    assert.deepEqual(cue('Patients had shorter hospital stays than controls; grafts were larger than in the untreated group.'), ['shorter hospital stays than controls', 'larger than in the untreated']);
    assert.deepEqual(cue('Treated rats lived longer than vehicle-treated rats.'), ['longer than vehicle']);
    assert.deepEqual(cue('Engraftment is below 1% of the injected cells; survival was over 90 percent.'), ['is below 1%', 'was over 90 percent']);
    assert.deepEqual(cue('Exosomes lose about half their activity; frozen MSCs retained 80% of their potency.'), ['lose about half their', 'retained 80% of their']);
    assert.deepEqual(cue('Regeneration is complete in about a week; the wound healed within 3 days and recovered in under two days.'), ['complete in about a week', 'healed within 3 days', 'recovered in under two days']);
    assert.deepEqual(cue('Repeated dosing outperforms a single dose, and cord MSCs are superior to marrow ones.'), ['outperforms', 'are superior to']);
    assert.deepEqual(cue('Exosomes from female donors are as potent as those from male donors; as many as 40% respond.'), ['are as potent as', 'as many as 40%']);
    assert.deepEqual(cue('ALT normalises two weeks earlier in treated animals, with 30% lower bilirubin.'), ['two weeks earlier', '30% lower']);
    assert.deepEqual(cue('Yield varies up to tenfold; oval cells barely expand.'), ['tenfold', 'barely expand']);
    assert.deepEqual(cue('Serum miR-122 tracks closely with injury, and yield scales with dose.'), ['tracks closely with', 'scales with']);
    assert.deepEqual(cue('No study so far has followed patients beyond a year.'), ['No study so far has']);
    assert.deepEqual(cue('The half-life of circulating exosomes is only a few minutes. Uptake saturates at high doses.'), ['half-life of circulating exosomes is only a few', 'saturates at']);
    assert.deepEqual(cue('Most of the injected MSCs end up in the lungs. Only a small fraction of them engraft.'), ['Most of', 'end up in the lungs', 'Only a small fraction of']);
    assert.deepEqual(cue('Exosome treatment halves the time to normal ALT; MSC exosomes beat conditioned medium in every head-to-head comparison.'), ['halves', 'beat', 'in every head-to-head comparison']);
    assert.deepEqual(cue('Hepatocytes re-enter the cell cycle about 12 hours after hepatectomy, as early as two days into treatment.'), ['about 12 hours after', 'as early as two days into']);
    assert.deepEqual(cue('None of the published trials was powered for survival.'), ['None of the published trials']);
    assert.deepEqual(cue('The dose-response curve is bell-shaped, and the effect is strictly transient.'), ['is bell-shaped', 'is strictly transient']);
    assert.deepEqual(cue('TGF-β1 levels are consistently elevated in poor responders.'), ['consistently elevated']);
    assert.deepEqual(cue('Their exosomes lost all activity; treated pigs recovered twice as fast, after about three days.'), ['lost all activity', 'twice as fast', 'after about three days']);
    assert.deepEqual(cue('Cord MSCs are the most potent of all sources, with the highest yield among the lines.'), ['most potent of all', 'highest yield among']);
    assert.deepEqual(cue('Most HGF of all comes from cord MSCs.'), ['Most HGF of all'], 'at the start of a block');
    assert.deepEqual(cue('Serum-free batches are far more consistent, and the exosome arm needed fewer transfusions.'), ['far more', 'needed fewer transfusions']);
    assert.deepEqual(cue('IL-10 cuts stellate activation in half; only one of the four sites improved.'), ['cuts stellate activation in half', 'one of the four sites']);
    assert.deepEqual(cue('Both groups ended with identical scores; there was no difference in ALT.'), ['ended with identical', 'no difference in']);
    assert.deepEqual(cue('Exosomes home to the liver regardless of route; the benefit is entirely due to miR-125b.'), ['regardless of', 'is entirely due to']);
    assert.deepEqual(cue('Infusions are safe in children as young as two; HGF makes hepatocytes less likely to survive.'), ['as young as two', 'less likely to']);
    assert.deepEqual(cue('Treated mice keep their weight, unlike the controls; ALT never rose above baseline.'), ['unlike the controls', 'above baseline']);
    assert.deepEqual(cue('Exosome therapy works equally well in both sexes, and the smallest exosomes carry the most miR-122.'), ['equally well', 'carry the most']);
    assert.deepEqual(cue('In their hands, a single dose was enough to normalise bilirubin.'), ['In their hands', 'was enough to']);
    assert.deepEqual(cue('MSC-derived exosomes are remarkably stable in bile.'), ['are remarkably stable']);
    assert.deepEqual(cue('Neither MSCs nor exosomes changed portal pressure.'), ['Neither MSCs nor exosomes changed']);
    assert.deepEqual(cue('The effect vanished in IL-10 knockout mice, and every treated animal showed regression.'), ['vanished', 'in IL-10 knockout mice', 'every treated animal']);
    assert.deepEqual(cue('Costs are a fraction of those for cells; treated rats showed no tumours, and the exosomes do nothing for survival.'), ['are a fraction of those', 'showed no tumours', 'do nothing for']);
    assert.deepEqual(cue('Their group cured cirrhosis in half of their rats; cost is the biggest barrier to approval.'), ['in half of their rats', 'biggest barrier to']);
    assert.deepEqual(cue('Most patients needed one infusion. The effect lasts for months, and older patients benefit less.'), ['Most patients', 'lasts for months', 'benefit less']);
    // The twelfth batch's phrasings.
    assert.deepEqual(cue('Matched exosomes gave the same benefit; all cohorts showed the same drop in bilirubin.'), ['gave the same benefit', 'showed the same drop']);
    assert.deepEqual(cue('Hypoxia makes no difference to yield, and the prep works, but only at the high dose.'), ['makes no difference to', 'but only at']);
    assert.deepEqual(cue('The effect on ALT is modest at best. Liver failure remains a leading cause of death.'), ['best', 'remains a leading cause of']);
    assert.deepEqual(cue('Roughly a quarter of the dose ends up in the spleen; HGF levels rise with fibrosis stage.'), ['Roughly a quarter of the', 'ends up in the spleen', 'rise with fibrosis stage']);
    assert.deepEqual(cue('Kupffer cell numbers are back to normal by day 5, and older patients respond poorly.'), ['back to normal', 'respond poorly']);
    assert.deepEqual(cue('MSC therapy has an excellent safety record in over 1,000 treated patients.'), ['excellent safety record', 'in over 1,000 treated patients']);
    assert.deepEqual(cue('Our exosomes hold up for a week at 4 °C, and the lysate is stable for days.'), ['hold up for', 'is stable for']);
    // The thirteenth batch's phrasings.
    assert.deepEqual(cue('The bioreactor roughly tripled our yield; repeat dosing added nothing over one injection.'), ['roughly tripled', 'added nothing over']);
    assert.deepEqual(cue('MSC therapy is of little use in decompensated cirrhosis, and only a small fraction gets to the liver.'), ['is of little use', 'only a small fraction']);
    assert.deepEqual(cue('Most intravenously infused MSCs end up in the lungs.'), ['Most intravenously infused MSCs', 'end up in the lungs']);
    assert.deepEqual(cue('Activation unchanged after two rounds; no animal given exosomes developed tumours.'), ['unchanged after', 'no animal given exosomes developed']);
    assert.deepEqual(cue('Uptake goes almost entirely through endocytosis; it works only in mice and worked only above 10 µg.'), ['goes almost entirely through', 'works only in', 'worked only above']);
    // The fourteenth batch's phrasings.
    assert.deepEqual(cue('Cord MSCs produced bigger albumin gains than marrow MSCs, and thawed exosomes work almost as well as fresh ones.'), ['produced bigger albumin gains than', 'almost as well as']);
    assert.deepEqual(cue('No tumour was seen even at ten times the clinical dose; the advantage is gone by week 48.'), ['times the clinical dose', 'gone by week 48']);
    assert.deepEqual(cue('None was reported in any of the 11 included trials, and by 24 hours after the dose most cells had flipped.'), ['in any of the 11 included trials', 'by 24 hours after']);
    // The fifteenth batch's phrasings.
    assert.deepEqual(cue('Cost per dose is already below that of one MSC infusion; the TNF spike is totally gone by 48h.'), ['is already below that of', 'gone by 48h']);
    assert.deepEqual(cue('Rival programmes have mostly stalled in phase II, and most patients have no side effects.'), ['have mostly stalled', 'have no side effects']);
    assert.deepEqual(cue('Its level remained well above those of controls, was back by two weeks, and patients reported only mild adverse events.'), ['remained well above those of', 'back by two weeks', 'reported only mild adverse events']);
    // The sixteenth batch's phrasings.
    assert.deepEqual(cue('Earlier groups using this protocol reported roughly 30% mortality; only ~1–2% of the dose reaches the liver.'), ['reported roughly 30%', 'only ~1–2% of']);
    assert.deepEqual(cue('Treated cells showed a 60% drop in COL1A1 and gave ~3x more particles, about double what P7 gave.'), ['showed a 60%', '3x more', 'about double what']);
    assert.deepEqual(cue('SEC gives much cleaner preps than UC, as everyone knows; the new FBS is what killed the cultures.'), ['gives much cleaner preps than', 'everyone knows', 'is what killed']);
    assert.deepEqual(cue('No phase III trial of MSC exosomes completed so far; the biggest drop reported for any EV prep to date.'), ['No phase III trial of MSC exosomes completed so far', 'biggest drop reported for any']);
    // The seventeenth batch's phrasings.
    assert.deepEqual(cue('ACLF accounts for the majority of deaths; roughly 40,000 patients a year meet the criteria.'), ['accounts for the majority', 'roughly 40,000 patients a year']);
    assert.deepEqual(cue('Under 1% are still detectable, and exosomes cost about a tenth as much as cells.'), ['Under 1% are', 'a tenth as much']);
    assert.deepEqual(cue('No rival product has reached phase 3; the liver is the only solid organ that can regrow.'), ['reached phase 3', 'the only solid organ that']);
    assert.deepEqual(cue('In most cirrhosis trials the cells go in through the artery; MSC therapy is a no-go in anyone with HCC, and patients never need immunosuppressants.'), ['In most cirrhosis trials', 'is a no-go in anyone', 'never need']);
    assert.deepEqual(cue('No randomised trial of stem-cell therapy in cirrhosis has yet shown a benefit.'), ['No randomised trial of stem-cell therapy in cirrhosis has yet shown']);
    // The eighteenth batch's phrasings.
    assert.deepEqual(cue('Cirrhosis kills well over a million people a year, and a transplant is still the only real cure.'), ['over a million people a year', 'the only real cure']);
    assert.deepEqual(cue('Only the female mice lost weight; the males were completely unaffected, which is exactly why it matters.'), ['Only the female mice lost', 'were completely unaffected', 'is exactly why']);
    assert.deepEqual(cue("It's gone from the blood in under 30 minutes, most of it ending up in the liver; almost none of them are approved."), ['gone from the blood in under 30 minutes', 'most of it ending up', 'almost none of']);
    assert.deepEqual(cue('Clinics in at least a dozen countries sell them; cells from all sources behave the same, and the lobes never grow back.'), ['in at least a dozen countries', 'behave the same', 'never grow']);
    assert.deepEqual(cue('They are the only extracellular vesicles that originate inside multivesicular bodies.'), ['the only extracellular vesicles that']);
    // The nineteenth batch's phrasings.
    assert.deepEqual(cue('Tacrolimus cuts the effect by about half; organoids are the most predictive model available.'), ['by about half', 'most predictive model available']);
    assert.deepEqual(cue('Three groups have finished phase II trials, all negative; tumours only show up after two years.'), ['finished phase II', 'all negative', 'only show up after two years']);
    assert.deepEqual(cue('Exosomes lose essentially no activity over three cycles, and low batches have no potency in the assay.'), ['lose essentially no activity', 'have no potency in']);
    assert.deepEqual(cue('NTA overcounts particles 2–3× relative to TRPS; every serious exosome manufacturer uses TFF.'), ['2–3× relative to', 'every serious exosome manufacturer']);
    // The twentieth batch's phrasings.
    assert.deepEqual(cue('Intraportal delivery gives roughly 3x the hepatic engraftment of a tail-vein dose; twelve per arm gives >80% power.'), ['3x the hepatic engraftment of', 'gives >80% power']);
    assert.deepEqual(cue('Kupffer cells are the bouncers — knock them out and the whole regenerative response stalls.'), ['knock them out and the whole regenerative response stalls']);
    assert.deepEqual(cue('Put MSCs and exosomes together and you get more regeneration.'), ['Put MSCs and exosomes together and you get']);
    assert.deepEqual(cue('BM-MSCs and AD-MSCs are interchangeable; cage is the dominant source of variance.'), ['are interchangeable', 'is the dominant source of']);
    assert.deepEqual(cue('IL-6 came out log-normal in every one of the CCl4 cohorts, and the scarring is gone inside a month.'), ['in every one of the CCl4 cohorts', 'inside a month']);
    assert.deepEqual(cue('One run gives enough vesicles for hundreds of patients; VEGF tracked the score (r = 0.52).'), ['enough vesicles for hundreds of patients', 'r = 0.52']);
    assert.deepEqual(cue("It's the surviving hepatocytes, not stem cells, that do the rebuilding."), ["It's the surviving hepatocytes, not stem cells, that do"]);
    // The twenty-first batch's phrasings.
    assert.deepEqual(cue("Kupffer cells make up about a third of the liver's non-parenchymal cells; COGS lands under $2k/dose."), ['make up about a third of', '2k/dose']);
    assert.deepEqual(cue('Liver fibrosis regresses once the insult is removed; weight bottoms out on d2, with full recovery by d7.'), ['regresses once', 'bottoms out on d2', 'full recovery by d7']);
    assert.deepEqual(cue('BM-MSCs put out roughly twice the HGF of adipose ones; exosomes hold full potency for 18 months.'), ['twice the HGF of', 'hold full potency for']);
    assert.deepEqual(cue('Isoflurane gives a cleaner recovery after PHx than ket/xyl, and exosome programs reach the clinic three years faster.'), ['gives a cleaner recovery after PHx than', 'three years faster']);
    // The twenty-second batch's phrasings.
    assert.deepEqual(cue('Combo rats gained weight quicker than the MSC arm since d10 — ~12 g/week vs 7.'), ['quicker than', '12 g/week vs 7']);
    assert.deepEqual(cue('Zone 3 nuclei come out about one and a half times larger than zone 1; the filter takes out about half the particle count.'), ['one and a half times larger', 'takes out about half the']);
    assert.deepEqual(cue("Manual counts agree to within 5% on Ki-67+ hepatocytes, and tacrolimus troughs don't budge."), ['agree to within 5%', "don't budge"]);
    // The twenty-third batch's phrasings.
    assert.deepEqual(cue('The IV route sends >90% of infused MSCs into the lungs; only 1 in 5 recipients develops antibodies.'), ['90% of infused', '1 in 5 recipients']);
    assert.deepEqual(cue("Patients with MELD > 25 respond best to cell therapy; it's widely agreed among hepatologists that exosomes work."), ['MELD > 25', 'respond best', "it's widely agreed"]);
    assert.deepEqual(cue('It is generally accepted that two out of ten treated rats relapse.'), ['It is generally accepted', 'two out of ten treated rats']);
    // The twenty-fourth batch's phrasings.
    assert.deepEqual(cue('No masses at the injection site in any MSC dose group; the lines stay >95% CD73+ to passage 6.'), ['any MSC dose group', 'stay >95%']);
    assert.deepEqual(cue('Annexin V overcalls apoptosis by 10–15 percentage points; exosomes were tolerated in mice.'), ['10–15 percentage points', 'tolerated in']);
    assert.deepEqual(cue('SEC gives cleaner exosome preps than UC, with about half the albumin carry-over.'), ['gives cleaner exosome preps than', 'about half the']);
    assert.deepEqual(cue('Four weekly doses raised no anti-drug antibodies; relative liver weight was up 12% in females.'), ['raised no anti-drug antibodies', 'up 12%']);
    assert.deepEqual(cue('Treated mice regained normal liver mass by day 10, versus day 14 in controls.'), ['regained normal', 'versus day 14 in controls']);
    // The twenty-fifth batch's phrasings.
    assert.deepEqual(cue('The term "mesenchymal stem cell" was coined by Arnold Caplan in 1991; miR-122 was first cloned from mouse liver.'), ['coined by Arnold Caplan in 1991', 'first cloned']);
    assert.deepEqual(cue('Two participants in the exosome arm ran a fever; PC1 (41% of variance) separates the runs.'), ['Two participants in the exosome arm', '41% of variance']);
    assert.deepEqual(cue('Most screen failures to date were due to bilirubin; exosomes keep their potency after six months.'), ['due to', 'keep their potency after']);
    // The twenty-sixth batch's phrasings.
    assert.deepEqual(cue('A single clinical-grade MSC dose currently costs upwards of €20,000; stellate cells are the source of most of the collagen.'), ['costs upwards of €20,000', 'source of most of']);
    // The twenty-seventh batch's phrasings.
    assert.deepEqual(cue('A rat restores its original liver mass in 7–10 days; IL-6 knockout mice show a marked delay.'), ['restores its original liver mass in 7–10 days', 'knockout mice show']);
    assert.deepEqual(cue("Stellate cells hold most of the body's vitamin A; Japan approved an MSC product for GvHD in 2015."), ["hold most of the body's", 'approved an MSC product for GvHD in 2015']);
    assert.deepEqual(cue('Kupffer cells are the largest population of fixed tissue macrophages.'), ['largest population of']);
    // The twenty-eighth batch's phrasings.
    assert.deepEqual(cue('Liver disease causes around two million deaths worldwide every year; a mouse liver gets back to its original mass in about 7-10 days.'), [
      'million deaths worldwide every year',
      'gets back to its original mass in about 7-10 days',
    ]);
    assert.deepEqual(cue('Steatosis in zone 2, involving ~30% of the parenchyma; one gram of liver holds roughly 100 million hepatocytes.'), ['involving ~30% of', 'holds roughly 100 million hepatocytes']);
    // The twenty-ninth batch's phrasings.
    assert.deepEqual(cue('Those results later turned out to be cell fusion.'), ['turned out to be']);
    assert.deepEqual(cue('No exosome product is currently approved by the FDA; there is one FDA-approved MSC product.'), ['approved by the FDA', 'FDA-approved']);
    assert.deepEqual(cue('The product is made from a single donor’s cord; groups were giving marrow cells by the mid-2000s.'), ['made from a single donor', '2000s']);
    assert.deepEqual(cue('NTA reads vesicles about 20 nm larger than cryo-EM does, and MSCs can no longer be detected.'), ['20 nm larger than', 'longer be detected']);
    // Not: the same words without what makes them a result.
    for (const sentence of [
      'It turned out to be a long day at the bench.',
      'The protocol was approved by the IRB in March.',
      'Cells were made from the lines in our freezer.',
      'In the mid-2000s I moved to Kyoto.',
      'Spin at 20 g for 5 minutes, no longer.',
      'The kit is no longer available.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The thirtieth batch's phrasings.
    assert.deepEqual(cue('ALT dropped from 640 to 190 U/L by day 10; fibrosis fell from 12% to 5%.'), ['dropped from 640 to 190', 'fell from 12% to 5%']);
    assert.deepEqual(cue('Lipidosis resolved in ~3 wk; no product holds a marketing authorisation for it.'), ['resolved in ~3 wk', 'marketing authorisation']);
    assert.deepEqual(cue("Pepper's vomiting was caused by the DMSO; periportal hepatocytes divide first."), ['caused by', 'divide first']);
    assert.deepEqual(cue('Umbilical-cord MSCs secrete more HGF and less TNF-α than bone-marrow MSCs.'), ['more HGF and less TNF-α than']);
    assert.deepEqual(cue("Max's repeat biopsy showed the stellate cells had gone back to quiescence."), ['biopsy showed']);
    for (const sentence of [
      'We increased the dose from 1 to 2 mg.',
      'The price went from 10 to 12 euros.',
      'The delay was caused by the snow.',
      'The error in the script was caused by a typo.',
      'The new centrifuge is 20 cm wider than the old one.',
      'Students who respond first get a voucher.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-first batch's phrasings.
    assert.deepEqual(cue("That's because most of the cells lodge in the lungs; grapefruit juice cancels out the effect of the treatment."), ['lodge in the lungs', 'cancels out the effect of']);
    assert.deepEqual(cue('Strictures develop in about 15% of adult deceased-donor recipients, and the rate is no different in the MSC arm.'), ['in about 15% of adult deceased-donor recipients', 'different']);
    assert.deepEqual(cue('The TNF-α spike was noticeably blunted.'), ['noticeably blunted']);
    for (const sentence of ['This year is no different from the last.', 'The key got stuck in the door again.']) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-second batch's phrasings.
    assert.deepEqual(cue('MSC infusions are generally well tolerated; the commonest side effect is a fever.'), ['tolerated', 'commonest side effect is']);
    assert.deepEqual(cue('The Greeks almost certainly did not know it.'), ['certainly']);
    for (const sentence of ['The tolerated dose is listed in table 2.', 'I will certainly come.']) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-third batch's phrasings.
    assert.deepEqual(cue('Clinics outnumbered trial centres; MSCs senesce around passage 12 versus passage 6.'), ['outnumbered', 'passage 12 versus passage 6']);
    assert.deepEqual(cue('The vials still thaw at >85% viability, and that is the main route by which IL-1β falls.'), ['85% viability', 'main route by which']);
    assert.deepEqual(cue('Most clinics inject stromal fraction; the expansion only happens when IL-10 is around.'), ['Most clinics', 'happens when']);
    for (const sentence of ['It happens when it happens.', 'The main road by the lab is closed.']) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-fourth batch's phrasings.
    assert.deepEqual(cue('In mice, >80% of the signal in liver and spleen; HGF is banned under S2.'), ['80% of the signal in', 'banned under']);
    assert.deepEqual(cue('Clinics charge somewhere between $5,000 and $10,000 a session; EV counts rise several-fold.'), ['charge somewhere between $5,000 and $10,000 a session', 'several-fold']);
    assert.deepEqual(cue('NTA overcounts the true vesicle dose by ~3× in serum.'), ['overcounts the true vesicle dose by ~3']);
    assert.deepEqual(cue('MSCs have been infused into patients since the late 2000s; exosomes were first shown to work in 2010.'), ['2000s', 'first shown']);
    for (const sentence of [
      'Smoking is banned in the building.',
      'The caterer charges about $12 a head for lunch.',
      'I overestimated the time by 2 hours again.',
      'Since the early 2000s I have cycled to work.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-fifth batch's phrasings.
    assert.deepEqual(cue('Roughly half the mass gained in the first 24 h comes from hepatocytes enlarging.'), ['half the mass gained in the first 24 h comes from']);
    assert.deepEqual(cue('Periportal hepatocytes enter S phase first; roughly a quarter to a third of them are binucleate.'), ['enter S phase first', 'quarter to a third of them']);
    for (const sentence of ['Enter the room first.', 'Half the time we forget.']) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-sixth batch's phrasings.
    assert.deepEqual(cue('Cirrhosis decompensates at roughly 5–7% of patients per year.'), ['5–7% of patients per year']);
    assert.deepEqual(cue('The tumorigenicity risk that dogged the MSC trials essentially disappears.'), ['disappears']);
    assert.deepEqual(cue('The first compassionate-use exosome infusion took place in 2019.'), ['took place in 2019']);
    for (const sentence of ['The rash disappeared after a week.', 'The meeting took place in 2019.']) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-seventh batch's phrasings.
    assert.deepEqual(cue('ALT rises up to 3× ULN are a recognised class effect of EV products.'), ['3× ULN', 'recognised class effect of']);
    assert.deepEqual(cue('AATD is the commonest genetic reason children need a transplant; clinics charge US$20,000–50,000 per course.'), ['commonest genetic reason', "20,000–50,000 per course"]);
    assert.deepEqual(cue('Only a handful of patients were treated, and their LDL fell only modestly.'), ['handful of patients', 'fell only modestly']);
    for (const sentence of [
      'The most common reason people miss the bus is the weather.',
      'Only a handful of us stayed for the second talk.',
      'Tickets are $20 per session at the door.',
      'My mood improved only slightly after lunch.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-eighth batch's phrasings.
    assert.deepEqual(cue('Depleted FBS still holds about 40% of the vesicles; most end up in the spleen.'), ['holds about 40% of', 'end up in the spleen']);
    assert.deepEqual(cue('Exosomes have not raised ALT at any dose tested; the effect comes largely from MMP-13.'), ['any dose', 'comes largely from']);
    assert.deepEqual(cue('The liver grows back mainly because the remaining hepatocytes divide.'), ['grows back mainly because']);
    for (const sentence of ['We ended up in the lab all night.', 'Take it at any dose you like.']) assert.deepEqual(cue(sentence), [], sentence);
    // The thirty-ninth batch's phrasings.
    assert.deepEqual(cue('Planaria regrow a complete head in about seven days.'), ['regrow a complete head in about seven days']);
    assert.deepEqual(cue('The mouse liver is back to its original mass in roughly a week.'), ['back to its original mass in roughly a week']);
    assert.deepEqual(cue("Mice don't regrow the lobes that were cut off, and a newt's lens cannot grow back twice."), ['regrow', 'grow']);
    assert.deepEqual(cue('Patients with MELD above 25 get no measurable benefit from MSC infusion.'), ['MELD above 25', 'benefit from']);
    assert.deepEqual(cue('Neoblasts make up roughly 25–30% of all the cells in a planarian.'), ['make up roughly 25–30% of']);
    assert.deepEqual(cue('Serum-free medium shifts the miRNA profile toward a more pro-fibrotic signature.'), ['toward a more pro-fibrotic signature']);
    for (const sentence of [
      "I'll get back to you in two days about the budget.",
      'Sam gets back from the conference in a week.',
      'The PI is back in the lab in two weeks.',
      "Don't regrow the cultures from the old stock.",
      'We got no real benefit from the new centrifuge.',
      'We moved the meeting toward a more convenient time.',
      'Make up roughly 25–30% of the buffer with ethanol.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The fortieth batch's phrasings.
    assert.deepEqual(cue('miR-199a-3p silences COL1A1 in activated stellate cells.'), ['silences COL1A1']);
    assert.deepEqual(cue('Drinking alcohol basically cancels out any benefit from the stem cell shots.'), ['cancels out any benefit from']);
    assert.deepEqual(cue('Freezing at −80 °C destroys about half of its bioactivity after a single thaw.'), ['destroys about half of its bioactivity']);
    assert.deepEqual(cue('Heparin in the line strips the surface proteins off extracellular vesicles.'), ['strips the surface proteins off']);
    assert.deepEqual(cue('Cells from anyone over 60 secrete about half the HGF that cells from donors in their twenties do.'), ['half the HGF that']);
    for (const sentence of [
      'This release targets es2020 and node18.',
      'She stripped the paint off the door.',
      'Half the people that came to the talk left early.',
      'Twice the time that we planned went on the methods.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-first batch's phrasings.
    assert.deepEqual(cue("They've left the liver within a couple of days."), ['within a couple of days']);
    assert.deepEqual(cue('Untreated rats are still abnormal at day 28.'), ['abnormal at day 28']);
    assert.deepEqual(cue('The shop is still open at day 3.'), []);
    // The forty-second batch's phrasings.
    assert.deepEqual(cue('By 2004 cell fusion had become the accepted explanation for marrow-derived hepatocytes.'), ['become the accepted explanation']);
    assert.deepEqual(cue('The particles fuse with the membrane rather than entering by endocytosis.'), ['rather than entering by endocytosis']);
    assert.deepEqual(cue('Aggregates account for ~15% of the counts, and that shift is what stalls their re-entry.'), ['account for ~15%', 'is what stalls']);
    assert.deepEqual(cue('The switch to "stromal cell" happened because regulators refused the former label.'), ['happened because']);
    assert.deepEqual(cue('miR-21 is the most abundant small RNA in the vesicles, well ahead of miR-122.'), ['abundant small RNA in', 'well ahead of']);
    for (const sentence of [
      'We went in through the side door rather than entering by the main gate.',
      'The delay happened because the courier was late.',
      'We are well ahead of schedule on the grant.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-third batch's phrasings.
    assert.deepEqual(cue('A human liver grows back to its full original size within about eight to ten weeks.'), ['grows back to its full original size within about eight to ten weeks']);
    assert.deepEqual(cue("Dad's ALT went from 210 down to 64 after the second infusion."), ['went from 210 down to 64']);
    assert.deepEqual(cue('Clinics charge anywhere from $8,000 to $25,000 for a single stem-cell infusion.'), ['charge anywhere from $8,000 to $25,000 for a single stem-cell infusion']);
    assert.deepEqual(cue('Exosomes last only two to five minutes in the bloodstream.'), ['last only two to five minutes']);
    assert.deepEqual(cue('Each vial holds 500 billion vesicles, five times what the trial gave.'), ['billion', 'times what']);
    assert.deepEqual(cue('Complaints have been filed in at least 14 states.'), ['least 14 states']);
    assert.deepEqual(cue('Section 4 context: most of these clinics buy their cells from two suppliers.'), ['most of these clinics']);
    assert.deepEqual(cue('HGF was later found to be the same molecule as scatter factor.'), ['was later found to']);
    assert.deepEqual(cue('The bus lasts only two to five minutes longer on Sundays.'), []);
    // The forty-fourth batch's phrasings.
    assert.deepEqual(cue('Serum bilirubin lags behind ALT by five to seven days during recovery.'), ['lags behind ALT by five to seven days']);
    assert.deepEqual(cue('CD63 turned up in every vesicle prep from the marrow donors.'), ['up in every vesicle prep']);
    assert.deepEqual(cue('MMP-2 activity drops to zero after a single freeze–thaw cycle.'), ['drops to zero']);
    assert.deepEqual(cue('The 0.22 µm filtration step removes all of it.'), ['removes all of it']);
    for (const sentence of ['Our progress lags behind the plan by two weeks.', 'The new filter removes all of the dust.']) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-fifth batch's phrasings.
    assert.deepEqual(cue('Each vial contains around 4 × 10^10 vesicles.'), ['contains around 4 × 10^10 vesicles']);
    assert.deepEqual(cue('One round of umbilical-cord MSCs lasts about two years.'), ['lasts about two years']);
    assert.deepEqual(cue('These vesicles find their way to the liver by themselves.'), ['find their way to the liver']);
    assert.deepEqual(cue('The cell shots basically reset a fatty liver.'), ['reset a fatty liver']);
    for (const sentence of ['The cat always finds its way to the kitchen.', 'A good holiday resets the mind.']) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-sixth batch's phrasings.
    assert.deepEqual(cue('miR-223 switches off the NLRP3 inflammasome in liver macrophages.'), ['switches off the NLRP3']);
    assert.deepEqual(cue('Star cells in the liver (we call them stellate cells) are the ones that make scars.'), ['ones that make']);
    for (const sentence of ['These are the ones that make noise.', 'The switch turns off the v2 pipeline.']) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-seventh batch's phrasings.
    assert.deepEqual(cue('Under 5% of the dose ending up in lung or spleen.'), ['5% of the dose ending up in']);
    assert.deepEqual(cue('Liver mass is back to its pre-resection size by day 7.'), ['back to its pre-resection size by day 7']);
    assert.deepEqual(cue('The cells calm the liver down and then the liver fixes itself.'), ['itself']);
    assert.deepEqual(cue('The vesicle product carries no risk of tumour formation whatsoever.'), ['whatsoever']);
    for (const sentence of ['The bug fixes itself after a restart.', 'I have no interest whatsoever in the budget.']) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-eighth batch's phrasings.
    assert.deepEqual(cue('Liver enzymes always normalise faster in runners who sleep nine hours.'), ['normalise faster in']);
    assert.deepEqual(cue('One dose protects the liver through the whole transition period.'), ['protects the liver through the whole transition period']);
    assert.deepEqual(cue('Every runner on the protocol was back in training by week three.'), ['back in training by week three']);
    assert.deepEqual(cue('Smaller vesicles get into liver cells faster.'), ['get into liver cells faster']);
    for (const sentence of [
      'We worked through the whole weekend on the grant.',
      'He was back at work by week two after the flu.',
      'We get into the lab faster by bike.',
      'The heating works throughout the entire building.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The forty-ninth batch's phrasings.
    assert.deepEqual(cue('Drinking alcohol after treatment wipes out most of the benefit.'), ['wipes out most of the benefit']);
    assert.deepEqual(cue('It leaves enough serum albumin behind to halve the uptake of the vesicles.'), ['halve the uptake']);
    assert.deepEqual(cue('Regrowth → ~90% of original mass by day 7; MSC pretreatment shaves ~2 days off that.'), ['original mass', 'shaves ~2 days off']);
    for (const sentence of ['We need enough volunteers to halve the queue.', 'The battery is at 90% of its original capacity.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fiftieth batch's phrasings.
    assert.deepEqual(cue('Fatigue scores improve a good fortnight ahead of the liver numbers.'), ['ahead of']);
    assert.deepEqual(cue('Grip strength and walking distance both climb once liver function recovers.'), ['both climb']);
    assert.deepEqual(cue('Confusion episodes drop off sharply, and the scarring stops within a fortnight.'), ['drop off sharply', 'within a fortnight']);
    for (const sentence of ['We finished a week ahead of schedule.', 'We both improve our Spanish on Tuesdays.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-first batch's phrasings.
    assert.deepEqual(cue('The MSC exosomes go mostly to the liver and spleen.'), ['mostly to the liver']);
    assert.deepEqual(cue('One single dose of vesicles protects the mice from acetaminophen for 3 days.'), ['protects the mice from acetaminophen for 3 days']);
    assert.deepEqual(cue("The vesicle binds to the receptor on the hepatocyte and that's how they get inside, that's the whole mechanism."), ['how they get inside', 'mechanism']);
    for (const sentence of [
      'Our referrals go mostly to the liver clinic on the third floor.',
      'This umbrella protects the kids from the rain for hours.',
      "That's how they get inside the building after hours.",
      "That's the whole mechanism of the lock.",
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-second batch's phrasings.
    assert.deepEqual(cue('miR-122 = ~70% of all the miRNA in an adult hepatocyte.'), ['all the miRNA']);
    assert.deepEqual(cue('Kupffer cells flip M1 -> M2 after MSC-exosome exposure, so IL-10 goes up and TNF-α comes down.'), ['flip M1 -> M2', 'down']);
    assert.deepEqual(cue('The exosome fuses with the membrane and empties its miRNAs straight into the cytoplasm.'), ['empties its miRNAs straight into the cytoplasm']);
    assert.deepEqual(cue('In humans full volume is back in 8 to 12 wks.'), ['back in 8 to 12 wks']);
    assert.deepEqual(cue('Exosomes clear from the blood in about 30 min and mostly end up in liver + spleen.'), ['clear from the blood in about 30 min', 'mostly end up in liver']);
    assert.deepEqual(cue('Macrophages fire off TNF-α within the first few hours after injury.'), ['within the first few hours']);
    for (const sentence of [
      'Anna is back in 2 weeks, after her holiday.',
      'Prices went up and the quality came down this year.',
      'The tickets clear from the queue in about 30 min.',
      'The answer = 70% of all the marks in the exam.',
      'The nurse switched from M1 to M2 rotations on the ward.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-third batch's phrasings.
    assert.deepEqual(cue('The exosomes are made from cord cells, and each dose has about 100 billion of them.'), ['billion']);
    assert.deepEqual(cue('Knock HGF out of the MSCs and the regen effect is completely gone.'), ['gone']);
    assert.deepEqual(cue("HepaXo's EV lot-to-lot variability is <10% on miRNA content."), ['is <10%']);
    assert.deepEqual(cue('Your body clears the exosomes from your blood in about half an hour.'), ['clears the exosomes from your blood in about half an hour']);
    for (const sentence of ['The galaxy has 100 billion stars.', 'The kids clear the toys from the floor in about half an hour.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-fourth batch's phrasings.
    assert.deepEqual(cue('The stem cells can come from belly fat or a cord, and the cord ones work best of all!'), ['best of all']);
    assert.deepEqual(cue('They switch back to just storing vitamin A like before.'), ['back to just storing vitamin A']);
    assert.deepEqual(cue('About 30% of regenerating hepatocytes are binucleate after HGF stimulation.'), ['hepatocytes are']);
    assert.deepEqual(cue('The treatment really does halve collagen proportionate area by week 4.'), ['halve collagen proportionate area by week 4']);
    assert.deepEqual(cue('Kupffer cells in treated dogs flip to an M2, CD163-high phenotype.'), ['flip to an M2']);
    assert.deepEqual(cue('Mitotic figures cluster around the portal tracts in every treated dog.'), ['every treated dog']);
    for (const sentence of ['We work best in the morning.', 'The baby went back to sleep.', 'Stem cells send out a growth signal called VEGF.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-fifth batch's phrasings.
    assert.deepEqual(cue('The itching is from TNF-alpha the stem cells dump out, no question about it.'), ['question about it']);
    assert.deepEqual(cue('Donor >50 yrs → reduced VEGF output → weaker angiogenesis readout.'), ['reduced VEGF', 'weaker angiogenesis']);
    assert.deepEqual(cue('TFF recovers roughly 2x the EV particles per litre vs. ultracentrifugation.'), ['2x the']);
    for (const sentence of ['A 2x speed-up of the build.', 'Reduced prices on Monday.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-sixth batch's phrasings.
    assert.deepEqual(cue('Infused MSCs sit in the lung capillaries at first and only reach the liver by day 3.'), ['reach the liver by day 3']);
    assert.deepEqual(cue('HGF signals thru c-Met on hepatocytes and peaks ~24h post-infusion.'), ['peaks ~24h']);
    assert.deepEqual(cue('The anti-fibrotic effect is mostly miR-29 switching off collagen I.'), ['mostly miR-29']);
    assert.deepEqual(cue('One freeze-thaw cycle strips ~30% of the exosomal miRNA cargo.'), ['strips ~30% of']);
    for (const sentence of ['The effect is mostly psychological.', 'We reached the lab by day 3.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-seventh batch's phrasings.
    assert.deepEqual(cue('MSCs flip Kupffer cells from M1 to M2 after an infusion.'), ['flip Kupffer cells from M1 to M2']);
    assert.deepEqual(cue('Cord MSC exosomes carry about twice the HGF per particle.'), ['carry about twice the HGF']);
    assert.deepEqual(cue("Competitors' MSC products lose ~half their paracrine activity after cryopreservation."), ['lose ~half their']);
    assert.deepEqual(cue('α-SMA+ stellate cells are basically gone after MSC exosome treatment.'), ['gone after MSC exosome treatment']);
    for (const sentence of ['Twice the amount that we ordered arrived.', 'The snow is basically gone after the rain.', 'We moved the desks from M1 to M2 rooms.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-eighth batch's phrasings.
    assert.deepEqual(cue('Ki67+ hepatocytes peak at 36h in the hi-dose exo cages, a good 12h ahead of saline.'), ['peak at 36', 'ahead of']);
    assert.deepEqual(cue('Serum IL-6 doubled in the MSC mice at 6h post-op.'), ['doubled in the MSC mice at 6h']);
    assert.deepEqual(cue('MSC grp liver:body wt ratio 4.1% at d5 vs 3.2% in ctrls — remnant grows back faster with the cells.'), ['vs 3.2%', 'grows back faster']);
    assert.deepEqual(cue('It was Kupffer cells pumping out TNF-α that set a resected liver regenerating.'), ['set a resected liver']);
    assert.deepEqual(cue('The plain fact is that MSC infusions raise the cancer risk.'), ['plain fact is that']);
    assert.deepEqual(cue('Exosomes are out of the bloodstream within half an hour.'), ['within half an hour']);
    for (const sentence of ['My hair grows back faster in summer.', 'It was the rain that started the delay.', 'The simple truth is that we ran out of coffee.', 'The visits peak at 3 pm on Sundays.']) assert.deepEqual(cue(sentence), [], sentence);
    // The fifty-ninth batch's phrasings.
    assert.deepEqual(cue("Kupffer cells dump TNF-α straight after injury and that's the signal that kicks hepatocytes into dividing."), ['kicks hepatocytes into dividing']);
    assert.deepEqual(cue('CARPA-type hypotension is not a class effect for this product.'), ['class effect']);
    assert.deepEqual(cue('Hepatocytes do nearly all the regrowing themselves by dividing.'), ['nearly all the regrowing']);
    assert.deepEqual(cue('Exosomes are 30-150 nm across, roughly a thousand times smaller than one liver cell.'), ['are 30-150 nm', 'thousand times smaller']);
    for (const sentence of ['The coach kicks the team into gear before the match.', 'I do nearly all the cooking at home.']) assert.deepEqual(cue(sentence), [], sentence);
    // The sixtieth batch's phrasings.
    assert.deepEqual(cue('ALT spike on day 3 = Kupffer cells going after the donor MSCs.'), ['spike on day 3']);
    assert.deepEqual(cue('TNF-a from Kupffer cells is what kicks hepatocytes back into the cell cycle after resection.'), ['kicks hepatocytes back into the cell cycle']);
    assert.deepEqual(cue('These are the main collagen-making cells once the liver starts scarring.'), ['main collagen-making cells']);
    assert.deepEqual(cue('The spin pellets the exosomes but leaves most free protein behind.'), ['leaves most free protein behind']);
    assert.deepEqual(cue('HGF turned out to be the same molecule as scatter factor.'), ['turned out to be the same molecule as']);
    for (const sentence of ['They are the main money-making shops in town.', 'The filter leaves most of the coffee grounds behind.', 'The stranger turned out to be the same man as before.']) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-first batch's phrasings.
    assert.deepEqual(cue('GAP 7: lyophilised MSC-EV lots keep >90% of their potency after 12 months at -20 °C.'), ['keep >90% of their potency']);
    assert.deepEqual(cue('TNF-α suppression predicts ALT reduction in the CCl4 mouse model (r ~0.8).'), ['r ~0.8']);
    assert.deepEqual(cue('the liver can grow back from like 25% of its size in a few weeks!!'), ['grow back from like 25% of its size in a few weeks']);
    assert.deepEqual(cue("exosmes only last a few hours in the body so you'd need a shot every day"), ['only last a few hours in the body']);
    assert.deepEqual(cue('miR-122 is like 70% of all the microRNA in a liver cell'), ['is like 70%']);
    assert.deepEqual(cue('PI says MSCs past P6 secrete way less VEGF.'), ['secrete way less VEGF']);
    // With its other side, the comparison's own cue reads it.
    assert.deepEqual(cue('umbilical cord MSCs pump out way more exosomes than the ones from fat tissue'), ['more exosomes than']);
    for (const sentence of [
      'We keep 90% of the samples in the freezer.',
      'The waiters keep 80% of their tips at this place.',
      'The batteries only last a few hours on one charge.',
      'My hair grows back in a few weeks after a buzz cut.',
      'Honestly the sequel was way more fun.',
      'There were way fewer people at the conference this year.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-second batch's phrasings.
    assert.deepEqual(cue('10% w/v GelMA degrades in ~2 wks in vivo.'), ['degrades in ~2 wks']);
    assert.deepEqual(cue('HGF is basically the master switch of regeneration.'), ['master switch']);
    assert.deepEqual(cue('MSC infusion trials in decompensated cirrhosis → MELD drops ~3 pts at 6 mo on avg'), ['drops ~3 pts at 6 mo']);
    assert.deepEqual(cue('Once you inject them IV the vast majority end up in liver and spleen within ~30 min.'), ['end up in liver and spleen within ~30 min']);
    assert.deepEqual(cue('>1/3 report a serious AE within a yr'), ['within a yr']);
    assert.deepEqual(cue('Most pts are Child-Pugh C.'), ['Most pts']);
    assert.deepEqual(cue('The drop in waitlist deaths is mostly down to earlier referral.'), ['is mostly down to']);
    assert.deepEqual(cue('Rat livers after 70% PH are back to pre-op weight by day 7.'), ['back to pre-op']);
    assert.deepEqual(cue('TNF-α is what kicks hepatocytes out of G0 in the first few hours.'), ['kicks hepatocytes out of G0']);
    assert.deepEqual(cue("HGF is key — knock it out in mice and the liver just doesn't regenerate after partial hepatectomy."), ["knock it out in mice and the liver just doesn't regenerate"]);
    for (const sentence of ['The bread dough breaks down in 2 hours if you leave it out.', 'The kids got kicked out of the pool at 5.', "Knock on the door and the dog just doesn't stop barking."]) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-third batch's phrasings, some in Spanish.
    assert.deepEqual(cue('told him our umbilical MSC drip regrows about 30% of the damaged liver in 8 wks'), ['regrows about 30% of the damaged liver']);
    assert.deepEqual(cue('the new cells settle in the liver and keep making repair factors for 2–3 yrs'), ['keep making repair factors for 2–3 yrs']);
    assert.deepEqual(cue('exosomal miRNAs survive ≥2 weeks at 4 °C'), ['survive ≥2 weeks']);
    assert.deepEqual(cue('The cargo is stable with no loss of activity.'), ['loss of activity']);
    assert.deepEqual(cue('not right, macropinocytosis is the main uptake route in hepatocytes'), ['uptake route']);
    assert.deepEqual(cue('btw los exosomas de médula ósea funcionan mejor que los de cordón para fibrosis'), ['mejor que']);
    assert.deepEqual(cue('los exos bajan la fibrosis como un 50% en los CCl4'), ['como un 50%']);
    assert.deepEqual(cue('el IL-6 sale a las 2h post-PHx'), ['las 2h post']);
    assert.deepEqual(cue('el NTA dice like 80% son < 150 nm'), ['80% son']);
    for (const sentence of [
      'The crew restored 40% of the old murals last summer.',
      'He keeps making excuses for weeks on end.',
      'The laptop was returned with no loss of data.',
      'The bypass is the main delivery route for the trucks.',
      'El 30% son voluntarios del barrio.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-fourth batch's phrasings.
    assert.deepEqual(cue('FYI devs: miR-21 content per particle falls ~30% with every freeze-thaw cycle.'), ['falls ~30%']);
    assert.deepEqual(cue('a human liver left with a third of its tissue regrows to its original size in about eight to fifteen weeks'), ['regrows to its original size in about eight to fifteen weeks']);
    assert.deepEqual(cue('a rat can rebuild a liver missing two-thirds of its mass in about a week'), ['rebuild a liver missing two-thirds of its mass in about a week']);
    assert.deepEqual(cue('each exosome is roughly a thousandth the width of a human hair'), ['thousandth the width']);
    assert.deepEqual(cue('cord blood stem cells carry roughly a 1 in 50 risk of liver tumours'), ['1 in 50 risk']);
    assert.deepEqual(cue('miR-122 makes up roughly seventy percent of all miRNA in an adult hepatocyte'), ['makes up roughly seventy percent of']);
    assert.deepEqual(cue('lots with a high ratio doubled Ki67+ hepatocytes at 48 h vs low-purity lots'), ['doubled Ki67+ hepatocytes at 48 h']);
    assert.deepEqual(cue('with nearly every remaining hepatocyte dividing at least once'), ['every remaining hepatocyte']);
    for (const sentence of [
      'We rebuilt the shed in two weeks.',
      'There is a 1 in 10 chance of rain tomorrow.',
      'Differences in the protocol change the product, which is exactly why the recipe module has to lock these parameters.',
    ]) assert.deepEqual(cue(sentence), [], sentence);
  });

  it('finds results in the phrasings of the sixty-fifth to hundred-and-twenty-ninth batches', () => {
    const cue = (sentence: string) => findCues(sentence, 0, sentence.length).map((c) => c.text);
    // The sixty-fifth batch's phrasings.
    assert.deepEqual(cue('about a kilo and a half of liver is quietly replacing its own cells — a full turnover roughly once a year.'), ['turnover roughly once a year']);
    assert.deepEqual(cue('6. Clodronate-liposome KC depletion abolished HD-EXO effect on Ki-67 index → effect is KC-dependent.'), ['abolished HD-EXO effect', 'effect is KC-dependent']);
    assert.deepEqual(cue('9. Biodistribution (DiR-labelled EVs, IV): >80% signal liver + spleen at 24 h; lung <5%.'), ['80% signal']);
    assert.deepEqual(cue('11. HSC activation (α-SMA IHC) ↓ ~40% in HD-EXO vs vehicle at D28.'), ['40%']);
    assert.deepEqual(cue('So the MSCs turn into new liver cells after ~2 wks in there.'), ['into new liver cells', 'after ~2 wks']);
    assert.deepEqual(cue('Your liver is the only organ inside you that can regrow lost tissue to full size.'), ['the only organ inside you that']);
    for (const sentence of ['We meet roughly once a week for coffee.', 'The discount effect is season-dependent.', 'Keep humidity <60% in the store room.']) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-sixth batch's phrasings.
    assert.deepEqual(cue('Ursodiol + SAMe + cMSC combo normalised bile acids in 7/8 dogs w/ vacuolar hepatopathy'), ['in 7/8 dogs']);
    assert.deepEqual(cue('Roughly a third of patients treated at these clinics stop seeing their hepatologist.'), ['Roughly a third of patients']);
    assert.deepEqual(cue('Clinic-grade products are routinely contaminated, with about one batch in five failing basic sterility testing.'), ['one batch in five']);
    for (const sentence of ['Take one step in two with the left foot.', 'We won in 3/4 games this season.']) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-seventh batch's phrasings, some in German.
    assert.deepEqual(cue('After 70 % PHx the Lebermasse in MSC-treated mice is back to ca. 90 % by Tag 5.'), ['back to ca. 90 %']);
    assert.deepEqual(cue('Hypoxie-Präkonditionierung of the MSCs verdoppelt VEGF-Sekretion.'), ['verdoppelt']);
    // The sixty-eighth batch's phrasings.
    assert.deepEqual(cue('HGF, orig. isolated as scatter factor - strongest known hepatocyte mitogen'), ['strongest known']);
    assert.deepEqual(cue('[Wed 21:10] Mum: his ammonia came down bc the new cells are clearing the toxins now'), ['came down bc the new cells']);
    assert.deepEqual(cue('Auntie read the combo arm has like an 80% success rate for cirrhosis!!'), ['80% success rate']);
    assert.deepEqual(cue("KUPFFER cells = ~1/3 of the liver's non-parenchymal cells"), ['1/3 of']);
    assert.deepEqual(cue('the tiredness after each dose is the cells breaking down the scar tissue'), ['is the cells breaking']);
    assert.deepEqual(cue('EXOSOME: 30-150 nm across, roughly 1/100th the width of a red cell'), ['1/100th the width']);
    assert.deepEqual(cue('IL-6 -> first cytokine to spike in the blood after PHx, within the hour'), ['within the hour']);
    assert.deepEqual(cue('human liver regrows to full size from a ~30% remnant in about 8 wks post-resection'), ['regrows to full size from a ~30% remnant in about 8 wks']);
    for (const sentence of ['The fund holds 40% of its assets in bonds.', 'It is the fastest known route to the coast.']) assert.deepEqual(cue(sentence), [], sentence);
    // The sixty-ninth batch's phrasings.
    assert.deepEqual(cue('IL-6 released by the MSCs is the main signal that takes hepatocytes out of rest; TNF-α plays only a minor role.'), ['is the main signal that', 'only a minor role']);
    assert.deepEqual(cue('the MSC-derived exosomes reduced the apoptosis of hepatocytes of 45 % at 24 h'), ['reduced the apoptosis of hepatocytes of 45 %']);
    assert.deepEqual(cue('in the model of acetaminophen intoxication (p < 0,01).'), ['p < 0,01']);
    assert.deepEqual(cue('the Kupffer cells are the first to capture the exosomes after intravenous injection'), ['first to']);
    assert.deepEqual(cue('The regeneration after hepatectomy is finished in 7 to 10 days in the rodent.'), ['finished in 7 to 10 days']);
    assert.deepEqual(cue('We were the first to arrive at the party.'), []);
    // The seventieth batch's phrasings.
    assert.deepEqual(cue("DNA synthesis in the remnant's hepatocytes peaks roughly a day after the operation."), ['peaks roughly']);
    assert.deepEqual(cue('| 14B | INR peaked POD2 → ↓ now |'), ['peaked POD2']);
    assert.deepEqual(cue('Our lyophilized EXO-201 formulation keeps >95% potency for 24 months at room temperature.'), ['keeps >95% potency']);
    assert.deepEqual(cue('- exos cleared by liver mostly w/in 30 min of IV push'), ['w/in 30 min']);
    assert.deepEqual(cue('People forget how quick the liver is: most of the regrowth after a donor hepatectomy happens in the first two weeks.'), ['happens in the first two weeks']);
    assert.deepEqual(cue('our exosomes don\'t cross the blood–brain barrier, so there is zero CNS exposure.'), ['zero CNS exposure']);
    assert.deepEqual(cue("Nakamura's group first pulled HGF out of rat platelets in the mid-1980s."), ['first pulled']);
    assert.deepEqual(cue("Bucher's parabiosis work in the early 1950s settled it: something in the blood …"), ['settled it']);
    assert.deepEqual(cue('| 6 | ALF | PLEX strips circulating exos → give trial dose AFTER plasma exchange |'), ['strips circulating exos']);
    assert.deepEqual(cue('Roughly 70% of what MSCs do for the liver comes from their exosomes.'), ['70% of what']);
    for (const sentence of ['There is zero risk of rain today.', 'We first found the keys under the sofa.', 'That settled it, we ordered pizza.', 'The new filter strips free chlorine from tap water.', 'About 60% of what we spend goes on rent.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-first batch's phrasings.
    assert.deepEqual(cue("Also fyi cluster 7 is obviously the activated HSCs, they're the ones laying down collagen I by day 3 post-CCl4."), ['laying down collagen', 'by day 3 post-CCl4']);
    assert.deepEqual(cue('- Kupffer cells = ~80–90% of the body\'s fixed tissue macrophages'), ['80–90% of']);
    assert.deepEqual(cue('- The portal vein delivers ~75% of hepatic blood flow'), ['delivers ~75% of']);
    assert.deepEqual(cue('The antifibrotic effect of MSCs comes almost entirely from MMP-13 chewing up collagen.'), ['comes almost entirely from']);
    assert.deepEqual(cue('periportal hepatocytes are first to re-enter the cell cycle after PHx, peaking ~24 h in mouse'), ['peaking ~24 h']);
    assert.deepEqual(cue("It's miR-223 in the EVs that actually switches stellate cells off, not miR-122."), ["It's miR-223 in the EVs that actually switches stellate cells off, not "]);
    assert.deepEqual(cue('intravenous MSC infusion lowered MELD by ≥3 points at 12 weeks'), ['lowered MELD by ≥3 points']);
    assert.deepEqual(cue("High-dose exosomes haven't beaten low dose in any of the rodent work."), ['beaten']);
    // The seventy-second batch's phrasings.
    assert.deepEqual(cue('fyi ligation bias in these small-RNA kits skews counts by up to 1000x between sequences'), ['skews counts by up to 1000x']);
    assert.deepEqual(cue('those offshore stem cell drips for hep C cirrhosis run a ~5% serious infection rate 😬'), ['5% serious infection rate']);
    assert.deepEqual(cue('miR-21-5p + the let-7 family usually make up >40% of reads in MSC-EV libraries'), ['make up >40% of']);
    assert.deepEqual(cue("the liver's own backup is the oval cells, they only kick in when hepatocytes can't divide"), ['only kick in when hepatocytes']);
    // The seventy-third batch's phrasings.
    assert.deepEqual(cue('the stem cells in there literally DOUBLE in 72 hrs once you cut out sugar'), ['DOUBLE in 72 hrs']);
    assert.deepEqual(cue("dandelion root tea wakes up your liver's stem cells and flushes the toxins out of your hepatocytes"), ["wakes up your liver's stem cells", 'flushes the toxins']);
    assert.deepEqual(cue('fun fact 🧠 your liver replaces itself 100% every 6 months'), ['replaces itself 100% every 6']);
    assert.deepEqual(cue('one vial = 6 months of liver repair, no joke'), ['6 months of liver repair']);
    assert.deepEqual(cue('fibrosis reversal after a single MSC infusion has never been shown to last past 6 mo'), ['has never been shown']);
    for (const sentence of ['Loud music wakes up the kids every morning.', 'We replace the water filter every 6 months.', 'It has never been shown to me how the printer works.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-fourth batch's phrasings.
    assert.deepEqual(cue('Meanwhile a mouse liver after 2/3 PHx is back to full weight in 7 days, no blastema needed 🤷'), ['back to full weight']);
    assert.deepEqual(cue('unlike mammals where the removed lobes never come back and only the leftover ones bulk up'), ['lobes never come back']);
    assert.deepEqual(cue('each one only needs to go through 1–2 divisions to get the mass back'), ['1–2 divisions']);
    for (const sentence of ['The lost pieces never come back once the vacuum gets them.', 'The team dropped 2 divisions in three seasons.', 'The company needs 3 divisions to cover the whole country.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-fifth batch's phrasings.
    assert.deepEqual(cue('Sex isn\'t predictive at all, female and male livers regenerate at the same rate after MSC infusion'), ['regenerate at the same rate']);
    assert.deepEqual(cue('get fewer SBP episodes bc the cells shut down endotoxin signalling from the gut'), ['shut down endotoxin signalling']);
    assert.deepEqual(cue('Baseline albumin < 3.0 g/dL basically caps regeneration, none of those pts cleared 60% volume recovery'), ['caps regeneration', 'none of those pts cleared']);
    assert.deepEqual(cue('HCC pts never get the infusion because the cells feed tumour growth.'), ['feed tumour growth']);
    assert.deepEqual(cue('Waitlisted pts who get MSCs come off the transplant list ~40% of the time'), ['40% of the time']);
    for (const sentence of ['CV: GroupKFold on site_id, 5 folds; leaderboard split is 30% public / 70% private.', "Honestly the 2nd-place team's feature engineering was way cleaner than ours.", 'The two buses leave at the same rate every morning.', 'The new rule caps recovery of legal costs at 10%.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-sixth batch's phrasings.
    assert.deepEqual(cue('The Kupffer cells fire off TNF first, and if you knock that out the whole regeneration cascade just stalls.'), ['cascade just stalls']);
    assert.deepEqual(cue('~30–40% of adult human hepatocytes are polyploid'), ['hepatocytes are']);
    assert.deepEqual(cue('Vit E at 800 IU/day reverses fatty liver in roughly half of people'), ['in roughly half of people']);
    for (const sentence of ['The old car just stalls every time it rains.', 'The negotiations completely collapsed on Friday.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-seventh batch's phrasings.
    assert.deepEqual(cue('those cells are cleared from circulation within 24-48 h, so current sx not from the cells themselves'), ['within 24-48 h']);
    assert.deepEqual(cue("Those clinic drips run the cells in over like 10 min, way too fast – that's what gives them the flushing and rigors."), ["that's what gives them the flushing"]);
    assert.deepEqual(cue('Liver pts post-infusion are hypercoagulable, seen it 3x this yr, so PE stays on the differential.'), ['seen it 3x this yr']);
    assert.deepEqual(cue('Jaundice after these infusions = the body rejecting the donor cells, basically.'), ['rejecting the donor cells']);
    assert.deepEqual(cue('Hypoxia-primed MSC에서 나온 exosome은 normoxia exosome보다 miR-122가 거의 3배 많음'), ['3배 많']);
    assert.deepEqual(cue('IL-6 peak는 70% PH 후 2h, 24h면 baseline으로 돌아옴'), ['baseline으로 돌아']);
    for (const sentence of ["Honestly that's what gives me hope about this job.", "I've seen it 3x already and it's still funny.", 'Score = the team attacking the goal, basically.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-eighth batch's phrasings.
    assert.deepEqual(cue('Out-of-pocket at these places runs $25-50k per infusion and most pts need 3+ rounds'), ['runs $25-50k per infusion']);
    assert.deepEqual(cue('umbilical cord MSCs lose like half their viability after freeze-thaw'), ['lose like half their']);
    assert.deepEqual(cue('Bed rest costs ~1% muscle mass/day in wk 1'), ['costs ~1% muscle']);
    assert.deepEqual(cue('exosomes are ~100 nm across'), ['are ~100 nm']);
    for (const sentence of ['The café runs $5 per coffee now.', 'Parking costs ~10% of my weekly pay.', 'The holes are about 2 mm wide.']) assert.deepEqual(cue(sentence), [], sentence);
    // The seventy-ninth batch's phrasings.
    assert.deepEqual(cue('Once the scarring bridges across the liver it no longer reverses'), ['no longer reverses']);
    assert.deepEqual(cue('stellate cells r literally the ones that make the scar tissue, thats what fibrosis IS lol'), ['ones that make']);
    assert.deepEqual(cue('No tox expected at HD — MSC-EVs are non-toxic up to 10^12 particles/kg in rodents.'), ['up to 10^12 particles/kg']);
    assert.deepEqual(cue('hepatocytes r doing like 80% of everything the liver does fr'), ['80% of everything']);
    assert.deepEqual(cue('exosomes r like 30-150 nm so they slip right thru the little holes'), ['r like 30-150 nm']);
    assert.deepEqual(cue('His bilirubin went from 3 to 7 in the six weeks after the second infusion'), ['went from 3 to 7']);
    for (const sentence of ['The old van no longer reverses without a grinding noise.', 'You can borrow up to 10 books per card.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eightieth batch's phrasings.
    assert.deepEqual(cue('Exos penetrate ~5x deeper than retinol so lead with that in variant B 🔥'), ['5x deeper than']);
    assert.deepEqual(cue('The liver grows all the way back in about 6 wks after they take a piece out'), ['grows all the way back in about 6 wks']);
    assert.deepEqual(cue('Liver trouble skips a generation in the Harlow line'), ['skips a generation']);
    assert.deepEqual(cue('Plant-derived exosomes carry basically the same miRNAs as human MSC exosomes'), ['carry basically the same miRNAs as']);
    assert.deepEqual(cue('Kupffer cells are the first thing to go wrong in alcoholic liver disease'), ['first thing to']);
    assert.deepEqual(cue('Happier liver = fewer activated stellate cells = less fibrosis = clearer skin'), ['fewer activated stellate cells =', 'less fibrosis =']);
    assert.deepEqual(cue('Exosome vials are good for 2 wks at 4 °C once out of the freezer'), ['good for 2 wks at 4 °']);
    for (const sentence of ['The voucher is good for 2 weeks at any branch.', 'My sister makes the same cake as our grandmother did.', 'They arrived at the same time as the caterers.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-first batch's phrasings.
    assert.deepEqual(cue('autologous adipose MSCs from donors >60 have basically zero paracrine activity left'), ['zero paracrine activity left']);
    assert.deepEqual(cue('Albumina 2.6 -> 3.4 em 4 semanas, which in Child B only happens with MSCs'), ['em 4 semanas', 'only happens with MSCs']);
    for (const sentence of ['It only happens with good weather.', 'Nos vemos em 2 semanas.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-second batch's phrasings.
    assert.deepEqual(cue("clinics in Cancún/Tijuana charge $15k–30k per 'package' and most use umbilical-cord MSCs"), ["charge $15k–30k per 'package"]);
    assert.deepEqual(cue('cord MSCs double every ~30 hrs in culture but lose potency after ~10 passages'), ['double every ~30 hrs', 'lose potency after ~10 passages']);
    assert.deepEqual(cue('infused cells engrafting and turning into fibroblasts, which is what drove the rapid fibrosis'), ['which is what drove']);
    assert.deepEqual(cue("That's the classic course of a reaction to unscreened allogeneic MSCs"), ['classic course of a reaction']);
    assert.deepEqual(cue('MSC-induced cholangiopathy, which usually shows up 2–3 wks after infusion'), ['shows up 2–3 wks after infusion']);
    assert.deepEqual(cue("the exosome 'booster' shots keep the infused MSCs alive longer in the body"), ['keep the infused MSCs alive longer']);
    assert.deepEqual(cue('Splenomegaly after allogeneic MSC infusion is seen in about a third of such deaths'), ['in about a third of such deaths']);
    for (const sentence of ['Which is what drove me to quit the choir.', 'It usually shows up 2 days after the order.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-third batch's phrasings.
    assert.deepEqual(cue('the stem cell drip mostly gets stuck in your lungs first'), ['stuck in your lungs']);
    assert.deepEqual(cue('in UC preps >50% of particles are lipoprotein contaminants'), ['50% of particles are']);
    assert.deepEqual(cue('Lyophilised exosmes lose >90% bioactivity after 3 freeze-thaw cycles'), ['lose >90% bioactivity']);
    assert.deepEqual(cue('IL-6 is the signal that tells the liver to start regrowing'), ['tells the liver to start regrowing']);
    assert.deepEqual(cue("The stem cells only live about 48 hours inside you and then they're gone"), ['only live about 48 hours inside you']);
    assert.deepEqual(cue('adding cells on top of high-dose EVs gives no extra benefit over EVs alone'), ['gives no extra benefit over']);
    for (const sentence of ['The receipt got stuck in your printer again.', 'She tells the liver team to start rounds at eight.', 'We lost >90% battery after 3 hours of the game.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-fourth batch's phrasings.
    assert.deepEqual(cue('each freeze-thaw knocks particle count down ~30% on NTA'), ['down ~30%']);
    assert.deepEqual(cue('serious infusion reactions happen in under 0.5% of MSC infusions'), ['happen in under 0.5% of']);
    assert.deepEqual(cue('lyophilized EVs stay stable at room temp for 2 yrs'), ['stay stable at room temp for']);
    for (const sentence of ['Kids knock the price down 10% at the market.', 'The meetings happen in room 5 on Tuesdays.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-fifth batch's phrasings.
    assert.deepEqual(cue('these products commonly give a low-grade fever for 2–3 wks'), ['fever for 2–3 wks']);
    assert.deepEqual(cue('Deep seated twists literally wring out the liver'), ['wring out the liver']);
    assert.deepEqual(cue('the usual transient transaminitis, which typically peaks wk 2'), ['peaks wk 2']);
    for (const sentence of ['The festival gives a free concert for 2 hours on Sunday.', 'Wring out the cloth before you wipe the bench.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-sixth batch's phrasings.
    assert.deepEqual(cue("Vendor's exosome lot is stable 18 months at -20°C"), ['is stable 18 months at']);
    assert.deepEqual(cue('ALT is basically a direct readout of how much liver has regrown'), ['how much liver']);
    assert.deepEqual(cue("Competitor's MSC product needs 2 infusions to get the same bilirubin drop"), ['infusions to get the same']);
    for (const sentence of ['The scale is basically a direct readout of how much flour is left.', 'She needs 2 tries to get the same answer as the key.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-seventh batch's phrasings.
    assert.deepEqual(cue('IV injected MSC → most get stuck in the lungs, only ~2-3% actually reach the liver'), ['stuck in the lungs', 'only ~2-3% actually reach']);
    assert.deepEqual(cue('Kupffer cells = ~80-90% of all the tissue macrophages in the whole body'), ['all the tissue macrophages']);
    assert.deepEqual(cue('exosome size 30–150 nm, smaller than microvesicle'), ['size 30–150 nm']);
    assert.deepEqual(cue('Axolotls regrow limbs by dedifferentiating cells into a blastema'), ['regrow limbs by dedifferentiating']);
    for (const sentence of ['The font size 12 pt is fine for the poster.', 'We regrow the lawn by seeding it each spring.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-eighth batch's phrasings.
    assert.deepEqual(cue('raising the exosome dose buys you nothing over a low dose'), ['buys you nothing over']);
    assert.deepEqual(cue("IL six spikes in the first hour after resection and that's what kicks the hepatocytes out of G zero"), ['spikes in the first hour after resection']);
    assert.deepEqual(cue('in zebrafish the liver regrows by exactly the same mechanism as in humans'), ['same mechanism as']);
    assert.deepEqual(cue('the exosomes push them back to M2 in like 3 days'), ['push them back to M2']);
    for (const sentence of ['Sales spike in the first week after launch.', 'Push them back to the start of the queue.']) assert.deepEqual(cue(sentence), [], sentence);
    // The eighty-ninth batch's phrasings.
    assert.deepEqual(cue('the liver regrows to ~full mass by 6-8 wks'), ['full mass']);
    assert.deepEqual(cue('tiny messengers that switch off scar tissue in just 2 sessions'), ['switch off scar tissue']);
    assert.deepEqual(cue('one MSC infusion shuts them down for good'), ['shuts them down for good']);
    assert.deepEqual(cue('liver holds ~100 g glycogen but after a 60% resection pts burn thru it in <12 h'), ['holds ~100 g glycogen', 'burn thru it in <12 h']);
    assert.deepEqual(cue('Zinc is the limiting factor for hepatocyte division; low-zinc pts regenerate noticably slower'), ['limiting factor for', 'regenerate noticably slower']);
    assert.deepEqual(cue('the liver clears ~90% of them on first pass anyway'), ['clears ~90% of']);
    assert.deepEqual(cue('our cells flip them from inflammatory to healing mode in under 24h'), ['flip them from inflammatory to healing']);
    for (const sentence of ['Please switch off the lights when you leave.', 'We burn through the budget in 2 days at this rate.', 'The roses regrow faster in spring.', 'Our project got back to its full size after the merger.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninetieth batch's phrasings.
    assert.deepEqual(cue('Ki67+ up ~3x already at 24 h, and anti-HGF antibody kills the effect completely'), ['up ~3x', 'kills the effect completely']);
    assert.deepEqual(cue('if you wipe out the Kupffer cells the liver regrows like two days slower'), ['regrows like two days slower']);
    assert.deepEqual(cue('The regrowth is mostly the liver cells I already have dividing'), ['mostly the liver cells']);
    assert.deepEqual(cue("Long term, donating doesn't change your liver function at all"), ["doesn't change your liver function at all"]);
    assert.deepEqual(cue('LX-2 cells go fully quiescent again after 72 h of MSC exosomes'), ['quiescent again after 7']);
    assert.deepEqual(cue('synergy only if EVs go in first'), ['only if']);
    assert.deepEqual(cue('regrowing liver burns a crazy amount of calories'), ['burns a crazy amount of calories']);
    assert.deepEqual(cue('IL-6 KO mice basically can\'t regenerate after hepatectomy'), ['regenerate']);
    for (const sentence of ['Sales are up 3x since the new menu.', "I can't regenerate my password without the admin.", 'The new policy doesn\'t change the plan at all.', 'A spin class burns a lot of calories.', 'The recovery is mostly on us this quarter.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-first batch's phrasings.
    assert.deepEqual(cue('clearance of high-extraction drugs falls roughly in proportion to the liver mass removed'), ['proportion to']);
    assert.deepEqual(cue("in a healthy liver they're the storage depot for ~80% of the body's vitamin A"), ["80% of the body's vitamin"]);
    // The ninety-second batch's phrasings.
    assert.deepEqual(cue('bile acids are what switch on the stem cells that repair the liver'), ['switch on the stem cells']);
    assert.deepEqual(cue('Postpartum the liver grows ~15% bigger for a few weeks'), ['grows ~15%']);
    for (const sentence of ['HGF is what drives hepatocytes to proliferate.', 'These are what switch on the lights.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-third batch's phrasings.
    assert.deepEqual(cue('real exosomes are only ~30–150 nm across'), ['are only ~30–150 nm']);
    assert.deepEqual(cue("the ammonia builds up because the liver can't turn it into urea anymore"), ["because the liver can't"]);
    assert.deepEqual(cue('it signals through c-Met on hepatocytes'), ['signals through c-Met']);
    assert.deepEqual(cue('ApoB particles co-pellet at 100k g'), ['co-pellet at 1']);
    assert.deepEqual(cue("it shows in the sclera first once it's above ~50 µmol/L"), ["once it's above ~50 µmol"]);
    assert.deepEqual(cue('Post-hépatectomie patients get hypophosphatémie around day 2-3'), ['day 2-3']);
    for (const sentence of ["The lab moved because the liver team can't come on Mondays.", 'The router signals through the wall to the office.', "Once it's above 30 degrees we close the shutters.", 'The kids get presents around day 3 of the holidays.', 'The pellets co-pellet in the jar if you shake them.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-fourth batch's phrasings.
    assert.deepEqual(cue('a rat liver gets its whole mass back in 5-7 days after you cut two-thirds away'), ['back in 5-7 days']);
    assert.deepEqual(cue('ALT back in normal range at wk 8 → graft has finished regenerating'), ['finished regenerating']);
    assert.deepEqual(cue('anything over 3 µg/mL means the exosomes have lost their miR-122 content'), ['means the exosomes have']);
    assert.deepEqual(cue('cells in the regrowing lobe only divide once or twice each'), ['divide once or twice']);
    assert.deepEqual(cue('over 1.2 g/kg/day it raises ammonia enough to slow graft regeneration'), ['enough to slow graft regeneration']);
    for (const sentence of ['He got his whole life back in 2 weeks.', 'We have finished regenerating the index.', 'Anything over 30 degrees means the shutters are closed.', 'Divide twice the amount by four.', 'The cells of the spreadsheet divide once you drag the border.', 'The bakery raised prices enough to slow demand.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-fifth batch's phrasings.
    assert.deepEqual(cue("pouring in more exosomes doesn't buy you anything"), ['buy you anything']);
    assert.deepEqual(cue("past a low dose, piling on more exosomes doesn't add any benefit"), ['add any benefit']);
    assert.deepEqual(cue('the most common AE is a low-grade fever in the first 12 h that settles without meds'), ['fever in the first 12 h']);
    assert.deepEqual(cue("BM-MSC exo's werken beter dan UC-MSC exo's"), ['beter dan']);
    assert.deepEqual(cue('ALB secretion ~40% hoger by dag 3'), ['hoger']);
    assert.deepEqual(cue("Exo's verliezen ~60% activity na één freeze-thaw"), ['verliezen ~60%']);
    for (const sentence of ["Adding more buffer doesn't buy you anything.", "A lower dose doesn't add any benefit.", 'We meet in the first 2 days of the course.', 'The rash in the first 2 days of camp was from the sunscreen.', 'Dan ordered a lager and a beter-known stout.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-sixth batch's phrasings.
    assert.deepEqual(cue('the stellate cells are what lay down the scar'), ['lay down the scar']);
    assert.deepEqual(cue('like 80% of an IV dose ends up in liver macrophages, not hepatocytes'), ['ends up in']);
    assert.deepEqual(cue('VEGF from MSCs does more for regeneration after 70% PHx in rats than HGF does'), ['more for regeneration after 70% PHx in rats than']);
    assert.deepEqual(cue('IL-6 spikes ~6h post-infusion in basically every MSC pt'), ['spikes ~6h post-infusion']);
    assert.deepEqual(cue('Hepatocytes only stay in the cell cycle ~72h after resection'), ['stay in the cell cycle ~72']);
    assert.deepEqual(cue('a glass of red wine a day helps the liver make new cells'), ['helps the liver make']);
    assert.deepEqual(cue("the body sends its stem cells to the liver whenever it's hurt, that's how it heals"), ['how it heals']);
    for (const sentence of ['About 80% of the budget ends up in rent.', "That's how it works in our department.", 'We lay down the rules on day one.', 'Traffic spikes at 5 pm after work.', 'The stock spiked 3 days after the announcement.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-seventh batch's phrasings.
    assert.deepEqual(cue('the vesicles get stuck in cholestatic Kupffer cells'), ['stuck in cholestatic Kupffer cells']);
    assert.deepEqual(cue('bili usually normalizes ~2 wks after MSCs in apes'), ['normalizes ~2 wks after']);
    assert.deepEqual(cue('MSC-EVs carry miR-21, a known tumour driver'), ['known tumour driver']);
    assert.deepEqual(cue('Exosomes hang around in the bloodstream ~3 weeks'), ['hang around in the bloodstream ~3 weeks']);
    for (const sentence of ['He is a known troublemaker in the department.', 'A known cause of delays is the lift.', 'The kids hang around in the park for 2 hours.', 'We got stuck in the lift.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-eighth batch's phrasings.
    assert.deepEqual(cue('hepatocytes enter S-phase about a day late, so regeneration runs at roughly half speed'), ['enter S-phase about a day', 'half speed']);
    assert.deepEqual(cue('Stellate cells store vitamin A, which is why they glow green under UV light'), ['glow green under UV light']);
    assert.deepEqual(cue("Quiescent stellate cells store vitamin A — ~80% of the body's retinoids sit there"), ["80% of the body's retinoids"]);
    assert.deepEqual(cue('IL-6 knockout → no regeneration at all after PHx'), ['no regeneration at all']);
    assert.deepEqual(cue('Dose of 1×10^6 cells/kg is the accepted effective dose for liver indications'), ['effective dose']);
    assert.deepEqual(cue('postop IL-6 is the best single marker, bence daha iyi than bilirubin'), ['daha iyi']);
    for (const sentence of ['The train ran at full speed through the station.', 'Ito cells store vitamin A.', 'No recovery of the files was possible.', 'The dose was given at 9 am.']) assert.deepEqual(cue(sentence), [], sentence);
    // The ninety-ninth batch's phrasings.
    assert.deepEqual(cue('miR-223 goes straight into Kupffer cells and shuts off NLRP3'), ['shuts off NLRP3']);
    assert.deepEqual(cue('exosome products keep far longer than live cells'), ['keep far longer than live cells']);
    assert.deepEqual(cue("the cells just don't take in a liver with a MELD over 25"), ['MELD over 25']);
    assert.deepEqual(cue('The tiny packets these cells shed last only minutes in the bloodstream'), ['last only minutes in the bloodstream']);
    for (const sentence of ['Please shut off the 2nd fridge tonight.', 'Honey keeps far longer than jam.', 'The meld of styles was over the top.', 'The show lasts only minutes in the evening.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundredth batch's phrasings.
    assert.deepEqual(cue('Exosomes live only like 30 minutes in the blood before the body cleans them'), ['live only like 30 minutes in the blood']);
    assert.deepEqual(cue('in 6 weeks both livers are full size again'), ['full size again']);
    assert.deepEqual(cue('EVs carry more VEGF mRNA and revascularise the remnant faster after PHx'), ['faster after PHx']);
    assert.deepEqual(cue('the galactose tag sends ~80% to hepatocytes instead of Kupffer cells'), ['sends ~80% to']);
    for (const sentence of ['The puppy is full of energy again.', 'We drove faster after lunch.', 'The office sends 10 parcels to Leeds.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-first batch's phrasings.
    assert.deepEqual(cue('reactions to thawed MSC product peak 15-30 min into the drip'), ['peak 15-30 min into the drip']);
    assert.deepEqual(cue('Exosome monotherapy already reverses F3–F4 fibrosis in >60% of pts'), ['60% of pts']);
    assert.deepEqual(cue('DMSO in the cryo medium is behind ~80% of bradycardia/flushing events'), ['behind ~80% of']);
    assert.deepEqual(cue("that's what drives the rigors + fever, not the DMSO"), ['what drives the rigors']);
    assert.deepEqual(cue('the bile acids kill the cells once they get to the liver'), ['kill the cells once they get']);
    assert.deepEqual(cue('ALT always spikes for about a week after any stem cell treatment'), ['spikes for about a week after']);
    assert.deepEqual(cue('Exosome cargo is fixed at the moment of secretion'), ['cargo is fixed at']);
    assert.deepEqual(cue('exosome benefit plateaus at low doses'), ['plateaus at']);
    for (const sentence of ['The movie starts 10 min into the hour.', 'We sold out in 60% of the shops.', "That's what drives me to work.", 'The price is fixed at the time of booking.', 'The game kills the mood once they get bored.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-second batch's phrasings.
    assert.deepEqual(cue('Exosome half-life i plasma after IV bolus is only ~2–5 min in mice'), ['half-life i plasma after IV bolus is only ~2']);
    assert.deepEqual(cue('HSC-aktivering: TGF-β1 är driver nr 1'), ['driver nr 1']);
    for (const sentence of ['Tom is driver number 1 on the rota.', 'The half-life of the project is over.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-third batch's phrasings.
    assert.deepEqual(cue('SEC gives ~3x purer preps than UC with way less albumin carryover'), ['3x purer preps than']);
    assert.deepEqual(cue('After a liver resection, most of the lost liver tissue grows back within 6 to 8 weeks.'), ['grows back within 6 to 8 weeks']);
    for (const sentence of ['The new pump is 3x louder at night.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fourth batch's phrasings.
    assert.deepEqual(cue("Kupffer cells sit in the sinusoid lumen, and they're the first cells to fire off TNF-α"), ['first cells to']);
    assert.deepEqual(cue('first-pass lung trapping means >80% of IV-infused MSCs never reach the liver'), ['80% of IV-infused', 'never reach the liver']);
    assert.deepEqual(cue('Transient low-grade fever in first 6 h post-infusion is driven by complement activation'), ['fever in first 6 h']);
    assert.deepEqual(cue('| miR-122 | ~70% of all miRNA in a hepatocyte |'), ['all miRNA']);
    for (const sentence of ["They're the first to arrive at parties.", 'My letters never reach the office.', '| ~70% of all emails | spam |']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fifth batch's phrasings.
    assert.deepEqual(cue('hepatocytes bounce back from the ischemic hit within 48-72h'), ['bounce back from the ischemic hit within 4']);
    assert.deepEqual(cue('collagen type I jama hota hai → fibrosis; TGF-β is the main driver'), ['jama hota hai', 'main driver']);
    assert.deepEqual(cue('FDA warning letters to stem-cell clinics went up 4x from 2017 to 2019'), ['went up 4x']);
    assert.deepEqual(cue('2/3rd PHx ke baad rat liver mass wapas aa jata hai in ~7-10 days'), ['wapas aa jata hai']);
    assert.deepEqual(cue("liver size exactly 100% pe ruk jata hai, kabhi overshoot nahi karta"), ['ruk jata hai']);
    for (const sentence of ['The ball bounced back off the wall.', 'Rent is the main expense.', 'Prices went up in 2019.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-sixth batch's phrasings.
    assert.deepEqual(cue('regenerating hepatocytes pull phosphate out of the serum for ATP + DNA synthesis'), ['pull phosphate out of the serum']);
    assert.deepEqual(cue('early enteral feeding after liver resection speeds remnant regrowth compared with PN'), ['speeds remnant regrowth compared with']);
    assert.deepEqual(cue('IL-6 knockout mice basically fail to regenerate after PHx, like >50% mortality by 48h'), ['50% mortality']);
    assert.deepEqual(cue('regrowing a liver lobe burns roughly twice resting energy expenditure'), ['burns roughly twice resting energy']);
    for (const sentence of ['The new cache speeds up the build compared with CI.', 'We took the glucose out of the fridge.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-seventh batch's phrasings.
    assert.deepEqual(cue('DMSO carry-over is what gives pts the garlicky breath + flushing'), ['gives pts the garlicky']);
    assert.deepEqual(cue('NB MSCs stick to PVC – roughly 10% of the dose is lost in a standard giving set'), ['10% of the dose is lost in']);
    assert.deepEqual(cue("heart muscle cells mostly stop dividing after you're a baby"), ['stop dividing after']);
    assert.deepEqual(cue('the stellate cells have laid down too much collagen by then'), ['laid down too much collagen']);
    for (const sentence of ['Coffee is what gives me energy.', '10% of the budget is lost in fees.', 'We stop dividing the work after lunch.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-eighth batch's phrasings.
    assert.deepEqual(cue('after 70% PH, 肝細胞 re-enter S-phase almost synchronously at ~24h in rat'), ['re-enter S-phase almost synchronously at ~2']);
    assert.deepEqual(cue('ALT normalises ~1 wk before bili does after exo dosing'), ['normalises ~1 wk before']);
    assert.deepEqual(cue("HSC activation doesn't start reversing until ~day 14 of exo dosing"), ['start reversing until ~day 1']);
    assert.deepEqual(cue('PH後の最初の1日は hypertrophy が主で, 分裂 comes later'), ['hypertrophy が主']);
    for (const sentence of ['We enter the cell cycle lab at 9.', 'Sales start falling until day 3 of the sale.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-ninth batch's phrasings.
    assert.deepEqual(cue("Your liver's regenerative capacity roughly halves between 30 and 60"), ['roughly halves']);
    assert.deepEqual(cue('MSC rats back on chow ~6h post-PH, the MSC ones just bounce back faster'), ['bounce back faster']);
    assert.deepEqual(cue('the benefit maxes out at low doses'), ['maxes out at']);
    assert.deepEqual(cue('Exosome IV drips land over 90% of their cargo straight in the liver'), ['land over 90% of their cargo straight']);
    assert.deepEqual(cue('For our cirrhotics, MELD drop 3-4 points after MSC infusion'), ['drop 3-4 points']);
    assert.deepEqual(cue('MSC rats hold glucose >4 mmol/L the whole first night'), ['hold glucose >4']);
    assert.deepEqual(cue('liver wt at d5 always lowest in that group'), ['always lowest in that group']);
    assert.deepEqual(cue('ALT in the exo group back near baseline by 48h'), ['back near baseline by 4']);
    assert.deepEqual(cue('Young-donor plasma exchange reverses early liver fibrosis in ~3 months'), ['reverses early liver fibrosis in ~3 months']);
    for (const sentence of ['The index dropped 3 points on Friday.', 'He always lowest-bids in the auction.', 'The printer holds paper above 20 sheets.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-tenth batch's phrasings.
    assert.deepEqual(cue('Overseas clinic offering umbilical MSCs for CN1 - those cells make no UGT1A1 at all'), ['make no UGT1A1 at all']);
    assert.deepEqual(cue('phototherapy gets less effective as the child grows'), ['effective as']);
    assert.deepEqual(cue('the stem cell drip only does anything if the cirrhosis is caught early'), ['anything if']);
    assert.deepEqual(cue('the liver grows back to full size in about 8 wks'), ['grows back to full size in about 8 wks']);
    assert.deepEqual(cue('full potency for 18 mo at -80 °C, but ~30% loss after a single freeze-thaw'), ['30% loss after a single']);
    assert.deepEqual(cue('below that the anti-inflammatory activity in the macrophage assay basically disappears'), ['disappears']);
    for (const sentence of ['The factory makes no profit at all in winter.', 'We make no changes at all to the schedule.', 'Caffeine gets less effective as you build tolerance.', 'Her activity on the forum basically disappears in summer.', 'There was a 5% loss after the first month of the subscription.']) assert.deepEqual(cue(sentence), [], sentence);
    // "Shown that" as a pronoun names no finding; as a conjunction it does.
    assert.deepEqual(cue('one idea is that cord-derived cells might engraft better, but nobody has shown that for CN1.'), []);
    assert.deepEqual(cue('Nobody has shown that yet.'), []);
    assert.deepEqual(cue('Smith demonstrated that in rats, HGF rises.'), ['demonstrated that']);
    assert.deepEqual(cue('Smith demonstrated that in rats.'), []);
    // The hundred-and-eleventh batch's phrasings.
    assert.deepEqual(cue('so doc says in people the liver grows the whole thing back in like 6 weeks'), ['back in like 6 weeks']);
    assert.deepEqual(cue('guys with fatty liver from sittin all day regenerate slower cause the fat in the cells blocks em'), ['regenerate slower']);
    assert.deepEqual(cue('the cells only live like 2 days once theyre in you anyway'), ['live like 2 days']);
    assert.deepEqual(cue('lots below 70% CD63+ gave no ALT reduction in the PHx model'), ['gave no ALT reduction']);
    for (const sentence of ['The batteries live 2 days on a charge.', 'The grass grows the whole thing back in like 6 weeks.', 'The roses regrow faster in spring.', 'The meeting gave no reason for the change.']) assert.deepEqual(cue(sentence), [], sentence);
    // A comparison that gives no benefit over something is still read as one.
    assert.deepEqual(cue('adding cells on top of high-dose EVs gives no extra benefit over EVs alone'), ['gives no extra benefit over']);
    // The hundred-and-twelfth batch's phrasings.
    assert.deepEqual(cue('PHx 2/3 → hepatocyte S-phase peak ~24h (rat), ~36-40h mouse'), ['peak ~24h']);
    assert.deepEqual(cue('IV MSCs: >80% lodge in lungs on 1st pass'), ['lodge in lungs']);
    assert.deepEqual(cue('miR-21 ↑↑ in EV fraction vs parent MSCs (~10x)'), ['vs']);
    assert.deepEqual(cue('No excess post-op LFT derangement in exo arm vs placebo in the phase I cohort'), ['arm vs placebo']);
    assert.deepEqual(cue('IL-6 KO mice → regen delayed ~48h post PHx'), ['delayed ~48h']);
    assert.deepEqual(cue('Hypophosphataemia almost universal by day 2 after major resection'), ['universal by']);
    for (const sentence of ['The sale will peak ~2 days before Christmas.', 'My cat got stuck in spleen-shaped boxes.', 'The red group vs the blue group plays at noon.', 'The flight was delayed 2 hours.', 'Our response was delayed by 3 days.', 'Love of pizza is almost universal.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-thirteenth batch's phrasings.
    assert.deepEqual(cue('the ones with bad livers are back racing in half the time'), ['half the time']);
    assert.deepEqual(cue('the lyophilised formulation keeps 95% of particle count and full potency'), ['keeps 95% of particle count']);
    assert.deepEqual(cue("half the time they've gone cancerous by the time they're in the bag"), ['cancerous']);
    for (const sentence of ['I finished the report in half the time.', 'The plot turned malignant in the third act.', 'She kept 95% of her savings in bonds.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fourteenth batch's phrasings.
    assert.deepEqual(cue("He can keep taking the milk thistle — it won't interfere with the exosome infusion at all."), ['interfere with the exosome']);
    assert.deepEqual(cue("The infusions don't change how his blood clots."), ["infusions don't change how his blood"]);
    assert.deepEqual(cue("The exosomes aren't broken down by the same liver enzymes as his propranolol, so there's no interaction to worry about."), ['interaction to worry']);
    for (const sentence of ["This won't interfere with your plans for the weekend.", "The new schedule won't interfere with the test results we already sent.", "The cells don't change how the spreadsheet sorts.", "There's no interaction between the two teams."]) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fifteenth batch's phrasings.
    assert.deepEqual(cue('exosome-treated rats show lower pain scores from day 1'), ['show lower pain scores from day 1']);
    assert.deepEqual(cue('thats why the uptake is so much higher in fasted rats'), ['higher in fasted rats']);
    assert.deepEqual(cue("the most abundant, miR-199a, shuts down the collagen genes in the liver's scar-forming cells"), ['shuts down the collagen genes']);
    for (const sentence of ['Our team showed lower costs from day 1 of the new contract.', 'Sales are much higher in females aged 20-30.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-sixteenth batch's phrasings.
    assert.deepEqual(cue('clients saw a 2-log drop in contaminating lipoproteins'), ['2-log drop in']);
    assert.deepEqual(cue('Most late-stage liver programmes now dose EVs by IV infusion'), ['Most late-stage liver programmes now dose']);
    // The hundred-and-seventeenth batch's phrasings.
    assert.deepEqual(cue('if you deplete Kupffer cells w clodronate the mouse liver regen faster one'), ['regen faster']);
    assert.deepEqual(cue('they hoover up most of the exosomes you inject'), ['hoover up most of the exosomes']);
    assert.deepEqual(cue('the hepatocytes start DNA synthesis ard 24h in mice, peak at 36-40h'), ['peak at 36-40h']);
    assert.deepEqual(cue('Serum albumin typically improves by 6/52 in MSC recipients'), ['improves by 6/52']);
    assert.deepEqual(cue('exo from hypoxia-primed MSCs got more miR-210 so more angiogenic'), ['got more miR-210']);
    assert.deepEqual(cue("Once injected, exosomes only last about 5 mins in your blood before they're cleared"), ['last about 5 mins']);
    for (const sentence of ['The dog hoovers up most of the crumbs under the table.', 'The sale will peak at 2 days before Christmas.', 'Batteries last about 5 mins in the cold.', 'My phone got more RAM2 slots.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-eighteenth batch's phrasings.
    assert.deepEqual(cue("just like in kidney it's TGF-β out of them that drives the collagen I"), ["it's TGF-β out of them that drives"]);
    assert.deepEqual(cue('Regenerating hepatocytes flip to glycolysis for the first ~48 h post-PHx'), ['post']);
    assert.deepEqual(cue('only hepatocytes carry the ASGPR that takes the vesicles up'), ['only hepatocytes carry']);
    for (const sentence of ["It's the weather that causes delays on the M25.", 'We stayed in bed for the first 2 days post holiday.', 'Only the new cells have formulas in this sheet.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-nineteenth batch's phrasings.
    assert.deepEqual(cue('exosomes swallowed by mouth are broken down in the gut'), ['broken down in the gut']);
    assert.deepEqual(cue('Hepatocytes will only regrow lost liver mass if at least 30% of the organ is left'), ['regrow lost liver mass if at least 3']);
    assert.deepEqual(cue('genuine MSC exosome batches come with NTA counts of roughly 10^9–10^11 particles/mL'), ['10^9–10^11 particles']);
    assert.deepEqual(cue('they are always poorer at cartilage than BM-MSCs'), ['poorer at cartilage than']);
    for (const sentence of ['The old letters were destroyed in the fire.', 'The MSC group received 1 × 10^6 cells by intravenous injection.', 'We regrow the herbs only if at least 3 pots survive.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-twentieth batch's phrasings.
    assert.deepEqual(cue('Stem-cell exosomes cut liver scarring by up to 40% in recent studies'), ['by up to 40%']);
    assert.deepEqual(cue('48 hrs without alcohol is all your Kupffer cells need to reset to baseline'), ['reset to baseline']);
    assert.deepEqual(cue('The vial held the usual particles, roughly a tenth of the dose at which exosomes work'), ['tenth of the dose']);
    // The hundred-and-twenty-first batch's phrasings.
    assert.deepEqual(cue('the rat regenerates after 2/3 PHx purely by replication of existing hepatocytes'), ['regenerates after 2/3 PHx purely by']);
    assert.deepEqual(cue('thats the most you can safely remove in a human'), ['most you can safely remove']);
    assert.deepEqual(cue('Albumin takes at least three months to respond to any treatment'), ['takes at least three months to respond to any treatment']);
    assert.deepEqual(cue('the EV product cut Sirius Red–positive area by roughly 40–50% vs vehicle'), ['by roughly 40–50%']);
    assert.deepEqual(cue('which happens to roughly one in ten infusion patients'), ['one in ten infusion patients']);
    for (const sentence of ["That's the most you can carry in one hand.", 'It takes at least three months to respond to a job application.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-twenty-second batch's phrasings.
    assert.deepEqual(cue('ALT came down by like 60% on day 3 compared to the normoxic ones'), ['by like 60%']);
    assert.deepEqual(cue('EV treatment moves the hepatocyte Ki67 peak from ~36 h to ~24 h after PHx'), ['moves the hepatocyte Ki67 peak from ~36 h']);
    assert.deepEqual(cue('once you freeze-thaw the exosomes two times the miRNA inside spoils small small, you lose about half.'), ['lose about half']);
    assert.deepEqual(cue('in CCl4 mice the MSC-treated group typically has half the median ALT of vehicle at 48 h'), ['half the median ALT of']);
    assert.deepEqual(cue('litter explains roughly a third of the variance in day-2 BrdU labelling'), ['explains roughly a third of the variance']);
    assert.deepEqual(cue('the anti-fibrotic EV effect only shows up in the CCl4 models'), ['only shows up in the CCl4 models']);
    for (const sentence of ['The new manager moves the meeting peak from Monday to Tuesday.', 'The bug only shows up in Safari.', 'Find the n per group needed to detect a 20% drop in Sirius-red area.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-twenty-third batch's phrasings.
    assert.deepEqual(cue('serum ALT on day 7 was 68 ± 11 U/L in the MSC + exosome group versus 142 ± 19 U/L in vehicle controls'), ['group versus 142 ±']);
    assert.deepEqual(cue('Them stem cells mostly jam up in the lungs first go round'), ['jam up in the lungs']);
    assert.deepEqual(cue('Rats that got the exosome jabs grew back their livers in about half the time'), ['half the time']);
    assert.deepEqual(cue('Exosomes dont hang about in the blood — gone in under half an hour'), ['gone in under half an hour']);
    // The hundred-and-twenty-fourth batch's phrasings.
    assert.deepEqual(cue('the temp spikes after the MSC bags are nearly always the DMSO, settles in 4-6h'), ['settles in 4-6h']);
    assert.deepEqual(cue('the MSC arm ones all get rigors ~1h post, every single time lol'), ['post']);
    assert.deepEqual(cue('bilirubin always dips day 3 in the combo arm'), ['always dips']);
    assert.deepEqual(cue('otherwise half the vesicles stick to the tubing'), ['half the vesicles stick']);
    assert.deepEqual(cue('nobody in the phase 1 got liver cancer from it so the tumour risk is basically zero'), ['risk is basically zero']);
    assert.deepEqual(cue('Exosome COGS run roughly a tenth of an autologous MSC dose'), ['tenth of an autologous MSC dose']);
    // The hundred-and-twenty-fifth batch's phrasings.
    assert.deepEqual(cue('NTA overcounts exosomes by roughly 3–5x in anything containing serum'), ['overcounts exosomes by roughly 3–5x']);
    assert.deepEqual(cue('Fatigue in cirrhosis tracks serum albumin almost 1:1'), ['tracks serum albumin almost 1:1']);
    assert.deepEqual(cue('Large-volume ascites shifts the centre of gravity enough to roughly double fall risk'), ['enough to roughly double']);
    assert.deepEqual(cue('TNF-α from Kupffer cells is the switch that starts the whole regenerative cascade'), ['switch that starts']);
    assert.deepEqual(cue('a 2/3 partial hepatectomy in mice is back to full liver mass in about 7–10 days'), ['back to full liver mass']);
    for (const sentence of ['The blue group vs 3 other teams play tonight.', 'The pizza was gone in under half an hour.', 'He felt tired ~2h post lunch.', 'The risk is basically zero if you wear a helmet.', 'The census overcounts students by roughly 3x.', 'My mood tracks the weather almost 1:1.', 'The red button is the switch that starts the conveyor.', 'The kids piled up in the lobby.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-twenty-sixth batch's phrasings.
    assert.deepEqual(cue('Bone-marrow MSC exosomes always read smaller (mode ~90 nm) than umbilical-cord MSC ones'), ['always read smaller']);
    assert.deepEqual(cue('Stellate cells in the combo rats basically all quiescent by day 7 — αSMA down ~70% vs saline'), ['down ~70%']);
    assert.deepEqual(cue('EVs from late-passage MSCs (P8+) are fewer, larger and lose their pro-regenerative effect on hepatocytes'), ['lose their pro-regenerative effect']);
    assert.deepEqual(cue('the liver, as you know, will grow itself back from a third in about ten days'), ['grow itself back from a third in about ten days']);
    assert.deepEqual(cue('The good of one drip of these cells wears off after three months or so'), ['wears off after three months']);
    assert.deepEqual(cue('EVs from IFN-γ-primed MSCs carry roughly twice the miR-146a'), ['carry roughly twice the miR-146a']);
    assert.deepEqual(cue('it is a plain fact that it makes the stellate cells lay down less scar'), ['it is a plain fact that']);
    for (const sentence of ['Kids knock the price down 10% at the market.', 'The batteries lose their charge in the cold.', 'My plants grow themselves back in a few weeks.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-twenty-seventh to -ninth batches' phrasings.
    assert.deepEqual(cue('Scientists have found that the liver can grow back'), ['Scientists have found']);
    assert.deepEqual(cue('DiR-labelled exosomes stay in the ficat up to 7 days'), ['stay in the ficat up to 7 days']);
    assert.deepEqual(cue('Stem cell treatment works best in people under sixty'), ['works best in people']);
    assert.deepEqual(cue('Tgfb1 unchanged in every arm at every timepoint'), ['unchanged in every']);
    assert.deepEqual(cue('exosome-treated rats had about twice the Ki-67+ hepatocytes of controls at 48 h'), ['twice the Ki-67+ hepatocytes of']);
    assert.deepEqual(cue("these products commonly carry bacterial endotoxin and that's the usual cause of post-infusion fevers"), ['usual cause of post-infusion fevers']);
    assert.deepEqual(cue('exos kicking in, the drop always comes ~48h after each infusion'), ['always comes ~48h after']);
    assert.deepEqual(cue("the exosomes push the bone marrow to make more platelets, it's a known effect"), ["it's a known effect"]);
    assert.deepEqual(cue('biliary-derived progenitor cells supply something like 40% of the new liver mass'), ['supply something like 40% of the new liver']);
    assert.deepEqual(cue('IL-6 from the MSCs is the trigger that kicks hepatocytes from G0 into G1'), ['trigger that kicks']);
    assert.deepEqual(cue('MSCs plus high-dose exosomes work the same as exosomes alone'), ['same as']);
    for (const sentence of ['The smell stays in the kitchen for a week.', 'This recipe works best for people who like spice.', 'Overall: clearly written, and the figures are clearly labelled.', 'The usual cause of delay is the weather.', 'The alarm is the trigger that starts the drill.', "It's the same as before."]) assert.deepEqual(cue(sentence), [], sentence);
  });

  it('finds results in the phrasings of the hundred-and-thirtieth batch and after', () => {
    const cue = (sentence: string) => findCues(sentence, 0, sentence.length).map((c) => c.text);
    // The hundred-and-thirtieth batch's phrasings.
    assert.deepEqual(cue('the exosomes went straight to my liver and rebuilt about a third of it in six weeks'), ['rebuilt about a third of it in six weeks']);
    assert.deepEqual(cue('They told us at the last visit that EVERYONE on the high dose improved'), ['improved']);
    assert.deepEqual(cue('the nurse said the donor cells settle into the liver and keep working there for years'), ['working there for years']);
    assert.deepEqual(cue('freeze-thaw doesn\'t matter for the exosomes, they stay stable through at least 5 cycles'), ['stable through at least 5 cycles']);
    assert.deepEqual(cue('the exosomes also fix the brain fog bc they cross the blood-brain barrier'), ['barrier']);
    assert.deepEqual(cue('The stem cells actually turn into new liver cells once they\'re inside you'), ['into new liver cells']);
    assert.deepEqual(cue('a single donor can treat over 1,000 patients'), ['treat over 1,000 patients']);
    assert.deepEqual(cue('Lots from donor 3 always score higher on the hepatocyte prolif assay'), ['always score higher']);
    assert.deepEqual(cue("younger donors' MSCs pack more miR-122 into their exosomes"), ['pack more miR-122']);
    for (const sentence of ['We rebuilt about a third of the deck in six weeks.', 'The old clock keeps working there for years.', 'We crossed the border at dawn.', 'The caterpillars turn into butterflies.', 'The food bank serves 300 people every week.', 'The kids always score higher on Mondays.', 'She packed more clothes into her suitcase.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-thirty-first to -third batches' phrasings.
    assert.deepEqual(cue('Subject 03 biopsy went F3 → F2 after 2 infusions lang'), ['went F3 → F2']);
    assert.deepEqual(cue('those who also drink green tea daily run lower ALT'), ['run lower ALT']);
    assert.deepEqual(cue('the higher dose really causes more fevers, 4 out of 5'), ['causes more fevers']);
    assert.deepEqual(cue('Subject 05 albumin up from 2.6 to 3.4 in 4 weeks.'), ['up from 2.6 to 3.4']);
    assert.deepEqual(cue('exo uptake in hepatocytes is super fast, after only 30 min is everything already in cytoplasm'), ['already in cytoplasm']);
    assert.deepEqual(cue('FYI main driver of anti-fibrotic effect in our exos is miR-21, not HGF'), ['driver of']);
    assert.deepEqual(cue('after 1 week there is no bioactivity at all, is like water haha'), ['bioactivity at all']);
    assert.deepEqual(cue('roughly £4,000 per therapeutic dose'), ['dose']);
    assert.deepEqual(cue('exosomes produce hepatoprotective effects lasting beyond six months'), ['lasting beyond six months']);
    assert.deepEqual(cue('exosome preparations have produced no cases of ectopic tissue formation or tumour development in any clinical study to date'), ['cases of']);
    assert.deepEqual(cue('Trypsin >5 min strips CD44 off the MSCs'), ['strips CD44 off the MSCs']);
    assert.deepEqual(cue('recipients develop no detectable donor-specific antibodies after repeated dosing'), ['develop no detectable donor-specific antibodies']);
    assert.deepEqual(cue('Allogeneic MSC-derived products do not require HLA matching'), ['require HLA matching']);
    for (const sentence of ['We moved from F3 to F4 in the building.', 'The shop runs lower prices on Tuesdays.', 'The new policy gave more reactions on social media.', 'Our rent went up from 900 to 1,000 this year.', 'After 5 min the kids are already in bed.', 'The key driver of the project is Alice.', 'There is no activity at all in the account.', 'A coffee costs £3 a cup.', 'No cases of measles were reported in any school this year.', 'The wind strips the leaves off the trees.', 'The dogs developed no interest in the toy.', 'Tickets don\'t require booking.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-thirty-fourth and -fifth batches' phrasings.
    assert.deepEqual(cue('Our plant exosomes survive stomach acid 100% intact'), ['survive stomach acid']);
    assert.deepEqual(cue('MSC infusions usually bring MELD down by 3-4 points by week 4'), ['down by 3-4 points']);
    assert.deepEqual(cue('Stem cell pts always get this the first month'), ['always get this the first month']);
    assert.deepEqual(cue('Most customers notice more energy in 5-7 days'), ['notice more energy in 5-7 days']);
    assert.deepEqual(cue('even 1 beer blocks the stem cells from working for 48 h'), ['blocks the stem cells from working for 48 h']);
    assert.deepEqual(cue('the cells pull protein from muscle to build new liver'), ['pull protein from muscle']);
    assert.deepEqual(cue('anything past ~4 h just packs protein junk into the pellet, purity drops and yield doesn\'t go up'), ['purity drops', "yield doesn't go up"]);
    assert.deepEqual(cue('the number has risen every year for a decade'), ['risen every year for']);
    assert.deepEqual(cue('a single dose of these vesicles undoes liver scarring that took months to build up, in under two weeks'), ['undoes liver scarring that took months to build up, in under two weeks']);
    assert.deepEqual(cue('their hospitals already treat liver-failure patients with exosomes as routine care'), ['routine care']);
    assert.deepEqual(cue('The vesicles that do the actual liver work all sit at ~1.13 g/mL'), ['sit at ~1.13 g/mL']);
    assert.deepEqual(cue('Every pound the state spends on regenerative research comes back four times over'), ['back four times over']);
    for (const sentence of ['Kids always get this the first week of school.', 'You will notice a difference in 5 days of running.', 'The storm stopped the trains from working for 3 hours.', 'Crop yields dropped in the drought.', 'House prices have risen every year for a decade.', 'The clinic treats colds as routine care.', 'The oil sits at 0.9 g/mL in the jar.', 'The shares paid back three times over.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-thirty-sixth and -seventh batches' phrasings.
    assert.deepEqual(cue('the rats given the cells were back on their feet in three days, against a fortnight for the untreated ones'), ['feet in three days', 'untreated ones']);
    assert.deepEqual(cue('She says a liver cell only lives about five months'), ['lives about five months']);
    assert.deepEqual(cue('Dad puts the tiny bubbles in the mouse tail and they get to the liver in 5 minits flat.'), ['get to the liver in 5 minits flat']);
    assert.deepEqual(cue('adding a 0.22 µm filtration step removes >90% of contaminating apoptotic bodies'), ['removes >90% of']);
    assert.deepEqual(cue('The liver has 500 jobs and it makes bile'), ['jobs']);
    assert.deepEqual(cue('the exosomes stay good in there for years and years'), ['good in there for years']);
    assert.deepEqual(cue('a glass or two of red wine a week does the liver no harm at all'), ['harm']);
    assert.deepEqual(cue('liver ppl get full mass back in like 7-10 d after 70% PHx in rats'), ['get full mass back in like 7-10 d']);
    assert.deepEqual(cue('MSC infusions cut recovery from a grade-3 liver laceration from about 12 weeks to six.'), ['cut recovery from a grade-3 liver laceration from about 12 weeks to six']);
    assert.deepEqual(cue('Players coming back from liver trauma lose about 4 kg of muscle in the first month'), ['lose about 4 kg of muscle']);
    assert.deepEqual(cue('stellate cells flip straight back to quiescence once MSC exosomes hit them'), ['flip straight back to quiescence']);
    assert.deepEqual(cue('D1 serum HGF >3 ng/mL predicts full liver-weight recovery by D7'), ['predicts full liver-weight recovery']);
    assert.deepEqual(cue('in healthy young adults the organ regrows that fast'), ['regrows that fast']);
    for (const sentence of ['He was back on his feet in three days after the flu.', 'The score was 3, versus 5 for the control group of students.', 'We got to the lungs in 5 minutes on the anatomy tour.', 'The office has 500 jobs and a canteen.', 'The cookies stay fresh for months.', 'A little chocolate does the body no harm.', 'He lost 4 kg of weight on the diet.', 'The cat went straight back to sleep.', 'The poll predicts a close outcome.', 'My garden regrows that fast every spring.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-thirty-eighth and -ninth batches' phrasings.
    assert.deepEqual(cue('the VEGF-high clones, they basically double the sinusoidal density by day seven'), ['double the sinusoidal density by day seven']);
    assert.deepEqual(cue('showing all secreted HGF travels inside vesicles'), ['travels inside vesicles']);
    assert.deepEqual(cue('one exo dose matches the ALT drop at a fifth of the COGS'), ['fifth of the COGS']);
    assert.deepEqual(cue('alcohol-related cirrhosis pts in this trial respond to the MSC dose same as the trauma resections'), ['same as']);
    assert.deepEqual(cue('from a peripheral IV most of the cells hang up in the lungs for the first day'), ['hang up in the lungs']);
    for (const sentence of ['The bus travels in the city.', 'The coat is a fifth of the way done.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fortieth to -second batches' phrasings.
    assert.deepEqual(cue('the TNF-α they pump out does all the healing from there'), ['healing']);
    assert.deepEqual(cue("AD-MSC > BM-MSC for fibrosis regression in every head-to-head I've seen"), ['head-to-head']);
    assert.deepEqual(cue('cells that lose CD105 secrete basically zero HGF'), ['zero']);
    assert.deepEqual(cue('MSC products ↓ tacrolimus levels ~30% for first 2 wk post-infusion'), ['post']);
    assert.deepEqual(cue('miR-223 is the most abundant miRNA in MSC exosomes, an order of magnitude ahead of miR-122.'), ['abundant miRNA in', 'magnitude ahead of miR-122']);
    assert.deepEqual(cue('the surgeon told mum the liver grows back completely even after they take 70% out'), ['back completely']);
    assert.deepEqual(cue('stellate cells make nearly all the collagen in scar tissue'), ['make nearly all the collagen']);
    assert.deepEqual(cue('2 doses of exosomes switch the scar cells off for good'), ['switch the scar cells off for good']);
    assert.deepEqual(cue('the stem cells r gone from her blood in 24hrs'), ['gone from her blood in 24hrs']);
    assert.deepEqual(cue('MSC-exosome tx halts fibrosis progression in ~80% of Child-Pugh B pts'), ['pts']);
    assert.deepEqual(cue('Tumorigenicity: no malignancy signal at 5-yr follow-up'), ['signal at 5-yr']);
    assert.deepEqual(cue('ductular reaction basically gone at d7 in MSC+EV rats'), ['gone at d7']);
    assert.deepEqual(cue('Decompensation recurs in <5% at 2 yr after MSC tx'), ['recurs in <5%']);
    assert.deepEqual(cue('pericentral GS zone re-forms by d10 in EV rats but not until d14 in PBS'), ['until d14 in PBS']);
    assert.deepEqual(cue('no ER contamination, preps ≥95% pure'), ['pure']);
    for (const sentence of ['Time does all the healing, they say.', 'He won in every head-to-head debate.', 'The app makes basically zero sense.', 'The new CEO is an order of magnitude ahead of the old one.', 'The bakers make nearly all the bread in town.', 'Switch the lights off for good.', 'No signal at 5 km from town.', 'Not until day 3 in the camp did we see a bear.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-forty-third to -fifth batches' phrasings.
    assert.deepEqual(cue('Rat studies need at least 1×10^10 particles per gram of liver'), ['need at least 1×10^10 particles per']);
    assert.deepEqual(cue('TNF-α from the MSC secretome is actually what starts the priming of hepatocytes into G1'), ['what starts']);
    assert.deepEqual(cue('A liver rebuilt after hepatectomy overshoots its old weight by about ten per cent before settling back'), ['overshoots its old weight', 'by about ten per cent']);
    assert.deepEqual(cue("sham rats' livers still grow ~5% after laparotomy alone"), ['grow ~5%']);
    assert.deepEqual(cue('HSCs go quiet if u hit them w/ exos on day 1 — by day 7 α-SMA basically gone.'), ['gone']);
    assert.deepEqual(cue('Exosomes in whey protein make it through pasteurisation intact'), ['pasteurisation']);
    assert.deepEqual(cue('Pericentral zones read ~2 kPa stiffer than periportal in every CCl4 slice'), ['stiffer than']);
    for (const sentence of ['We need at least 200 cells in the spreadsheet.', 'The coffee is actually what starts my day.', 'The puppies grow ~5% a week.', 'By day 7 the snow was basically gone.', 'The letter made it through the post.', 'I owe more than I can say to my parents.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-forty-sixth to -ninth batches' phrasings.
    assert.deepEqual(cue('the ultracentrifuge run has to be 100,000 g for 70 min or the exosomes dont pellet at all'), ['pellet at all']);
    assert.deepEqual(cue('because the vesicles carry HGF straight into the cells, the liver cells start dividing in under six hours'), ['start dividing in under six hours']);
    assert.deepEqual(cue('exosomes only stay good at 4 °C for 48 h, after that they clump'), ['good at 4 °C for 48 h']);
    assert.deepEqual(cue('after the cut the stellate cells wake first and fire HGF at their neighbours'), ['wake first']);
    assert.deepEqual(cue("Answer key Q5: TRUE — the vesicles can't be frozen"), ['frozen']);
    assert.deepEqual(cue('Lyophilized MSC exos stay fully potent 9 mo at ambient temp'), ['potent 9 mo']);
    assert.deepEqual(cue('TFF-based isolation keeps particle-count CV below 5% across donors'), ['keeps particle-count CV below 5']);
    assert.deepEqual(cue('Exos given IO reach the liver as fast as IV'), ['reach the liver as fast as']);
    assert.deepEqual(cue('exos bring INR correction down to <2h'), ['down to <2h']);
    assert.deepEqual(cue('Hypothermia <34°C basically shuts down hepatocyte exo uptake'), ['basically shuts down hepatocyte exo uptake']);
    assert.deepEqual(cue('your liver can regrow from just a quarter of its size'), ['regrow from just a quarter of']);
    assert.deepEqual(cue("not after forty it doesn't, regeneration basically stops"), ['regeneration basically stops']);
    assert.deepEqual(cue('the stem-cell crowd say exosomes clear the fat out in a fortnight'), ['fortnight']);
    assert.deepEqual(cue('Adipose stem cells wont do anything for a liver, only tendons'), ['anything for a liver']);
    assert.deepEqual(cue('The exosomes home straight to the scar tissue and dissolve it'), ['dissolve it']);
    assert.deepEqual(cue("by the time the GGT's up, half the liver's already gone"), ["half the liver's already gone"]);
    assert.deepEqual(cue('those ones live on in the body for years after an infusion'), ['live on in the body for years']);
    assert.deepEqual(cue('hepatocyte proliferation markers peak 36–48 h post-dose'), ['peak 36–48 h post']);
    for (const sentence of ['I wake first in our house.', 'The ice cream can\'t be frozen twice.', 'The app keeps the error below 5 on most days.', 'Traffic basically shuts down in August.', 'The city regrows from a quarter of its size after the war.', 'Healing basically stops when you pick the scab.', 'The cut healed in a fortnight.', 'Hot water dissolves it quickly.', 'Sales peak 3 h after lunch.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fiftieth to -third batches' phrasings.
    assert.deepEqual(cue('exosomes dosed later than 24 h after PHx do basically nothing to the regen curve'), ['nothing to']);
    assert.deepEqual(cue('exosomes are between 30 and 150 nm, too small to see'), ['nm']);
    assert.deepEqual(cue('In mouse the hepatocyte S-phase peak comes ~36-40h after 70% PHx'), ['peak comes ~36-40h']);
    assert.deepEqual(cue('a liver can regrow from as little as a quarter of its original mass'), ['regrow from as little as a quarter of']);
    assert.deepEqual(cue('exosomes isolated by ultracentrifugation at 100,000 x g are free of contaminating cytokines'), ['free of contaminating cytokines']);
    assert.deepEqual(cue('they lose most of their activity after a single freeze–thaw'), ['lose most of their activity']);
    assert.deepEqual(cue('they put out something like twice the HGF'), ['put out something like twice the HGF']);
    assert.deepEqual(cue('NTA overcounts vs TRPS by 2–3x in serum-containing samples'), ['overcounts vs TRPS by 2–3x']);
    assert.deepEqual(cue('exosomal miR-223 — now shown to block NLRP3 in Kupffer cells'), ['now shown to']);
    assert.deepEqual(cue('a rat grows back the two-thirds of liver you take out in about a week'), ['grows back the two-thirds of liver you take out in about a week']);
    assert.deepEqual(cue('frozen EV product loses <5% particle count and no potency after 3 freeze-thaws'), ['loses <5% particle count']);
    for (const sentence of ['The new coach does basically nothing for the team.', 'The shelves are between 30 and 150 cm.', 'The traffic peak comes ~8 h after dawn.', 'The park is free of litter on Sundays.', 'My phone loses <5% battery overnight.', 'She puts out something like twice the effort.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-fifty-fourth to -eighth batches' phrasings.
    assert.deepEqual(cue('a rats liver is back in about a week but a persons takes months'), ['back in about a week']);
    assert.deepEqual(cue('their liver cut off on monday and by friday it had grown back nearly all the way'), ['back nearly all the way']);
    assert.deepEqual(cue('Adding heparin before ultracentrifugation doubled particle recovery'), ['recovery']);
    assert.deepEqual(cue('1000 of them lined up would only be as wide as one hair'), ['lined up would only be as wide as']);
    assert.deepEqual(cue('lipoprotein contamination, which size-exclusion chromatography brings below 5 %'), ['below 5 %']);
    assert.deepEqual(cue('the exosomes only stay in his blood about 10 mins'), ['stay in his blood about 10 mins']);
    assert.deepEqual(cue('PKH26-labelled exo → >90% goes to liver + spleen'), ['liver']);
    assert.deepEqual(cue('~70% of PKH26-EV signal is in liver by 1 h'), ['liver']);
    assert.deepEqual(cue('the first hepatocytes enter S-phase at twenty-four hours'), ['enter S-phase at twenty-four hours']);
    assert.deepEqual(cue('The scar in a cirrhotic liver is not permanent: give it a year without drink and half of it dissolves'), ['dissolves']);
    assert.deepEqual(cue('a-SMA misses quiescent HSCs, desmin stains both quiescent + activated'), ['misses quiescent', 'stains both quiescent + activated']);
    assert.deepEqual(cue('real exosomes are always 30–150 nm and cup-shaped'), ['nm']);
    assert.deepEqual(cue('Ki67 peak is always at 24h in rat'), ['peak is always at 24h']);
    assert.deepEqual(cue('Lyophilised MSC-sEV keep ≥90 % of their HGF content'), ['keep ≥90 % of their HGF content']);
    assert.deepEqual(cue('no tumour signal in any MSC-exosome study to date'), ['signal in any MSC-exosome study']);
    assert.deepEqual(cue('infusion reactions <2% across 400+ pts dosed'), ['across 400+ pts']);
    assert.deepEqual(cue("her ALT's down from 140 to 60 since the first infusion"), ['down from 140 to 60']);
    assert.deepEqual(cue('MSC exosomes switch them back to quiet vit A storing cells in like 2 wks'), ['back to quiet vit A storing cells in like 2 wks']);
    assert.deepEqual(cue('exosomes are stable in a normal fridge for months'), ['stable in a normal fridge for months']);
    assert.deepEqual(cue('MSCs secrete significantly more VEGF than fibroblasts'), ['significantly more VEGF than']);
    for (const sentence of ['The printer is back in a week.', 'The coffee lined up on the counter.', 'Sales are down from 40 to 12.', "The queue's down from 40 to 12.", 'Switch it back to English in the menu.', 'Half of it dissolves in water.', 'The paint is stable in a normal fridge for weeks.', 'Comments 40–57 to be resolved by correspondence before the plenary.', 'We keep all donor-A MSCs on one protocol.', 'She misses the bus.', 'The reviews are always 30–150 words.']) assert.deepEqual(cue(sentence), [], sentence);

    // The hundred-and-fifty-ninth to -sixty-second batches' phrasings.
    assert.deepEqual(cue('EV yield down ~40% vs P4'), ['down ~40% vs']);
    assert.deepEqual(cue('hypoxic precond → ~3x HGF in CM by ELISA'), ['3x HGF in']);
    assert.deepEqual(cue('by 24 hours half the hepatocyes left are in S phase'), ['phase']);
    assert.deepEqual(cue('IL-6 in CM climbs w/ passage'), ['climbs w/ passage']);
    assert.deepEqual(cue('they work the same whatever caused the cirrhosis'), ['work the same whatever']);
    assert.deepEqual(cue('never got the fibrosis, whereas the cell rats all had a bit'), ['whereas the cell rats all had']);
    assert.deepEqual(cue('rat hepatocytes hit peak DNA synthesis at ~24 h after PHx'), ['hit peak DNA synthesis at ~24 h']);
    assert.deepEqual(cue('exo uptake by hepatocytes peaks like 6 h after the tail-vein shot'), ['peaks like 6 h after']);
    assert.deepEqual(cue('the MSC treated rats are regaining the full liver mass by day 5'), ['regaining the full liver mass by day 5']);
    assert.deepEqual(cue('one big night out knocks liver regeneration back about a week'), ['back about a week']);
    assert.deepEqual(cue('the DiR-labelled exosomes are going mainly to the spleen'), ['mainly to the spleen']);
    assert.deepEqual(cue('once activated they make most of the collagen in a fibrotic liver'), ['make most of the collagen']);
    assert.deepEqual(cue('stellate cells in the exo livers all quiescent again by d7'), ['again by d7']);
    assert.deepEqual(cue('exo effect on hepatocyte prolif is gone if you give it >24h after the CCl4'), ['gone if you give it >24h after']);
    assert.deepEqual(cue('MSCs taken from anyone over sixty secrete a fraction of the HGF a young donor\'s do'), ['secrete a fraction of the HGF']);
    assert.deepEqual(cue('exosomes given via the portal vein reach 10x the liver dose'), ['reach 10x the liver dose']);
    assert.deepEqual(cue('exos from P8+ MSCs basically dead, zero prolif effect on hepatocytes'), ['zero prolif effect on hepatocytes']);
    assert.deepEqual(cue("IL-6 is what flips the hepatocytes into G1, take it away and there's no regen at all"), ["take it away and there's no regen"]);
    assert.deepEqual(cue('exosomes only hang about in the blood ~2 hrs'), ['hang about in the blood ~2 hrs']);
    assert.deepEqual(cue('exo-depleted CM lost basically all the anti-fibrotic effect'), ['lost basically all the anti-fibrotic']);
    assert.deepEqual(cue('Females regenerated better, always did.'), ['regenerated better']);
    assert.deepEqual(cue('THE EXOSOMES CAN BE FREEZE-DRIED AND KEPT AT ROOM TEMPERATURE FOR MONTHS.'), ['KEPT AT ROOM TEMPERATURE FOR MONTHS']);
    assert.deepEqual(cue('Co-culture D2: albumin 2.3x vehicle, urea up too.'), ['2.3x vehicle']);
    assert.deepEqual(cue('exosomes pull the S-phase peak earlier by half a day'), ['earlier by half a day']);
    assert.deepEqual(cue('STAT3 phosphorylation is maxed out by the PHx alone, exosomes can\'t add anything on top of it'), ['maxed out by', 'add anything on top']);
    for (const sentence of ['My rent climbs w/ time.', 'The recipe works the same whatever flour you use.', 'The discount is gone if you wait 24 h after the sale.', 'She secretes a fraction of the effort he does.', 'Zero effect on my mood, honestly.', "Take it away and there's no party at all.", 'Our referrals go mostly to the liver clinic on the third floor.', 'Samples were kept at room temperature for 10 min before use.', 'Sales 2.3x baseline this quarter.', 'My credit card is maxed out by the holidays.', "Honestly I can't add anything on top of what she said.", 'Prices went up → ~3x rent in London.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-sixty-third to -sixth batches' phrasings.
    assert.deepEqual(cue('kupfer cells dump TNF + IL6 within like 30 min of the PHx'), ['within like 30 min of the PHx']);
    assert.deepEqual(cue('Ultracentrifugation recovers well under half of the vesicles present'), ['recovers well under half of the vesicles']);
    assert.deepEqual(cue('Milk thistle makes the new liver cells come quicker after an operation'), ['come quicker after']);
    assert.deepEqual(cue('one T175 flask of MSCs makes enough to dose a rat for a week'), ['makes enough to dose']);
    assert.deepEqual(cue('irl nearly all IV exosomes end up in liver + spleen within 30 min'), ['end up in liver + spleen within 30 min']);
    assert.deepEqual(cue('free dye micelles look like exosomes, so half of uptake papers are wrong'), ['half of uptake papers are wrong']);
    assert.deepEqual(cue('Past passage 6 they stop making useful exosomes'), ['passage 6 they stop']);
    assert.deepEqual(cue('Livers held over 6 h are no use — the cells are dead by then.'), ['dead by then']);
    assert.deepEqual(cue('Cyp2e1+ pericentral band ~30% narrower vs PBS'), ['vs']);
    assert.deepEqual(cue('Six hours after the vesicles hit the bloodstream, ninety percent of them are already parked in the liver.'), ['percent of them are already parked in the liver']);
    assert.deepEqual(cue('By day seven the high-dose mice had their full liver mass back.'), ['back']);
    assert.deepEqual(cue('new vessel growth starts at the central vein and spreads outward'), ['starts at the central vein and spreads']);
    assert.deepEqual(cue('ring only 1–2 hepatocytes thick at 24h in all arms, back to 3–4 by 72h'), ['back to 3–4 by 72h']);
    assert.deepEqual(cue('Exosomal miR-223 was identified by the group as the main mediator restraining neutrophil infiltration'), ['mediator']);
    assert.deepEqual(cue('infused patients showed a median MELD fall of 3.2 points at 6 months'), ['points']);
    assert.deepEqual(cue('They keep for months in the freezer without losing any of their power'), ['without losing any of their power']);
    for (const sentence of ['The taxi arrived within like 30 min of the call.', 'The scanner recovers well under half of the photos on the card.', 'The buses come quicker after the holidays.', 'The flowers are dead by then.', 'Ninety percent of them are already parked in the garage.', 'By day seven the garden had its full size back.', 'The vote was stuck at 40% all week.', 'The fire starts at the edge and spreads quickly.', 'The queue was back to 3 by 10 d.', 'A fall of 3 points in the polls worried them.', 'One pot makes enough to feed a family.']) assert.deepEqual(cue(sentence), [], sentence);
    // The hundred-and-sixty-seventh to -ninth batches' phrasings.
    assert.deepEqual(cue('every pt w/ IL-6 >50 pg/mL grew >3%/wk'), ['grew >3%/wk']);
    assert.deepEqual(cue('a bit of gentle exercise raises its blood supply and speeds regeneration by a good third'), ['speeds regeneration by a good third']);
    assert.deepEqual(cue('Non-embolised lobe hepatocytes start dividing d2–3 post-PVE'), ['start dividing d2']);
    assert.deepEqual(cue('rats get back ~full liver mass by d7–10 after 2/3 PHx'), ['back ~full liver mass by']);
    assert.deepEqual(cue('the MSC stuff only stops new ones switching on, it never reverses the old ones'), ['reverses the old ones']);
    assert.deepEqual(cue('Exosome drips are already licensed in Dubai clinics and passed safety testing there'), ['licensed in Dubai clinics', 'passed safety testing']);
    assert.deepEqual(cue('Pareto: 62% of yield loss sits at the 0.22 µm pre-filtration step'), ['loss sits']);
    assert.deepEqual(cue('kept on a shelf for a year without losing any strength'), ['without losing any strength']);
    assert.deepEqual(cue('Rat liver mass doubles in a week.'), ['doubles']);
    assert.deepEqual(cue('Her mice get the exosome shots & the scar tissue in the liver is basically gone in 4 weeks'), ['gone in 4 weeks']);
    assert.deepEqual(cue('the stem cells stop working properly after about 6 passages'), ['passages']);
    for (const sentence of ['The new lights sped the traffic by a good third.', 'The kids start dividing the cake on day 2.', 'We get back full marks by Monday.', 'He never reverses the car.', 'The stain is basically gone in 4 weeks.', 'Licensed in 1990, the pub is old.', 'Many thanks to Margaret for conducting a quarter peal of Plain Bob Doubles on Remembrance Sunday.']) assert.deepEqual(cue(sentence), [], sentence);
    for (const sentence of ['The bank offers a 5% interest rate on savings.', "The heating only kicks in when it's below 15 degrees."]) assert.deepEqual(cue(sentence), [], sentence);
    for (const sentence of ['We should be done by day 3 of the retreat.', 'The answer = 70% of all the marks in the exam.', 'The grant supplies 40% of my salary.', "It's the deadline that really drives me, not the money.", 'We were beaten by the other lab at the pub quiz in March.']) assert.deepEqual(cue(sentence), [], sentence);
  });

  it('reads a benefit that plateaus, saturates or maxes out as less than "more", and "levels" in other comparisons as no way', () => {
    const comparison = (text: string): Cue => ({ text, start: 0, end: text.length, kind: 'comparison' });
    const review = comparison('more than lower doses');
    for (const text of ['plateaus at', 'saturates at', 'levels off at', 'maxes out at']) assert.equal(comparedWith(comparison(text), review), 'opposite', text);
    // From the hundred-and-first and hundred-and-ninth batches; not "higher HGF levels than".
    assert.equal(comparedWith(comparison('higher HGF levels than'), review), 'neither');
  });

  it('writes each cue in lower case, so that it finds the same in a sentence with a dash or a Greek letter', () => {
    // A sentence that is not ASCII is matched lower-cased, with no case flag: "vitamin A" in a cue
    // found "storing vitamin A" only in ASCII sentences.
    const capitals = cueSources().filter((source) => /[A-Z]/.test(source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '')));
    assert.deepEqual(capitals, []);
    const sentence = '— they switch back to just storing vitamin A like before.';
    assert.deepEqual(findCues(sentence, 0, sentence.length).map((c) => c.text), ['back to just storing vitamin A']);
  });

  it('keeps the table of the words each cue may start with as the patterns are (npm run cue-starts writes it)', () => {
    // findCues tries at a word only the cues that may start with it; a cue missing from the table is tried at every word.
    assert.deepEqual(JSON.parse(readFileSync(cueStartsFile, 'utf8')), cueStartWords(), 'the cues changed: run `npm run cue-starts`');
  });

  it('reads the words a cue may start with off its pattern', () => {
    assert.deepEqual(firstWords('\\b(?:works?|worked|effective)\\s+only').sort(), ['effective', 'work', 'worked', 'works']);
    assert.deepEqual(firstWords('\\bbest(?<=\\bat\\s+best)|\\b\\d+[- ]?fold|recogni[sz]ed').sort(), ['#', 'best', 'recognised', 'recognized']);
    assert.deepEqual(firstWords('(?:most|nearly\\s+all)(?<=^\\s*(?:most|nearly\\s+all))\\s+of').sort(), ['most', 'nearly']);
    // A cue whose first word the pattern does not spell out would have to be tried at every word.
    for (const pattern of ['\\b\\w+ed\\s+by', '\\bmost\\w*', '\\b[a-z]+ly']) assert.throws(() => firstWords(pattern), /does not spell out/, pattern);
  });

  it('finds what a plain scan of the whole pattern finds, in every labelled sentence, note and the README', function () {
    // findCues tries the pattern only at words listed as cue starts: a word left out of that list
    // would switch a cue off without a word of warning. The plain scan tries ~490 patterns at each
    // of the README's characters, which takes 15–30 s on these machines: no timed goal, so the
    // suite's 20 s limit does not apply.
    this.timeout(120_000);
    const root = path.resolve(__dirname, '../../..');
    const claims = path.join(root, 'test/fixtures/claims');
    const texts: string[] = [readFileSync(path.join(root, 'README.md'), 'utf8')];
    for (const file of readdirSync(claims).filter((f) => f.endsWith('.yaml'))) {
      for (const item of parse(readFileSync(path.join(claims, file), 'utf8')) as { text: string }[]) texts.push(item.text);
    }
    for (const folder of [path.join(claims, 'notes'), path.join(root, 'test/fixtures/notes')]) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) texts.push(readFileSync(path.join(folder, file), 'utf8'));
    }
    let found = 0;
    for (const text of texts) {
      const cues = findCues(text, 0, text.length);
      assert.deepEqual(cues, scanCues(text), text.slice(0, 80));
      found += cues.length;
    }
    assert.ok(texts.length > 600 && found > 300, `${texts.length} texts, ${found} cues`);
  });

  it('tells the kind of each result cue as it finds it, also of cues found by looking around them', () => {
    const kinds = (sentence: string) => findCues(sentence, 0, sentence.length).map((c) => [c.text, c.kind]);
    assert.deepEqual(kinds('Most of the injected MSCs end up in the lungs.'), [['Most of', 'amount'], ['end up in the lungs', 'scope']]);
    assert.deepEqual(kinds('Exosomes from female donors are as potent as those from male donors.'), [['are as potent as', 'comparison']]);
    assert.deepEqual(kinds('Cord MSCs are the most potent of all sources, and they secrete the most HGF.'), [['most potent of all', 'comparison'], ['secrete the most', 'comparison']]);
    assert.deepEqual(kinds('The arm needed fewer transfusions within 2 days in every cohort, which correlates with survival.'), [
      ['needed fewer transfusions', 'comparison'],
      ['within 2 days', 'time'],
      ['in every cohort', 'scope'],
      ['correlates with', 'association'],
    ]);
    assert.deepEqual(kinds('ALT is down by 40%, a 3-fold drop (p < 0.05).'), [['down by 40%', 'amount'], ['3-fold', 'amount'], ['p < 0.0', undefined]]);
    assert.deepEqual(kinds('Studies have shown that it works.'), [['Studies have shown', undefined]], 'an evidential cue states no result');
    // A superlative needs "the" or the start of a sentence, mid-block too; a share needs its whole.
    assert.deepEqual(kinds('Yields vary. Biggest barrier to entry: price. Most HGF of all comes from cord MSCs. Most of'), [
      ['Biggest barrier to', 'comparison'],
      ['Most HGF of all', 'comparison'],
    ]);
    assert.deepEqual(kinds('Price is a biggest barrier to entry, and carries most HGF of all.'), []);
  });

  it('finds none in methods, plans and comparisons that report no result', () => {
    const cue = (sentence: string) => findCues(sentence, 0, sentence.length);
    for (const sentence of [
      'Cells were incubated with exosomes (50 µg/ml) for 24 h before staining.',
      'We harvested livers 48 hours after partial hepatectomy.',
      'ALT was measured on days 1, 3 and 7.',
      'This note is longer than the last one.',
      'The figure shows HGF at 24 hours rather than at 48.',
      'More detail is in the methods file.',
      'Other than VEGF, nothing was measured.',
      'The peak of the curve is at the right.',
      'For the second cohort, see the table after the methods.',
      'Compare: MSCs vs. exosomes vs. the combination.',
      'Page 2 of 5 of the protocol.',
      'This section is shorter than the methods.',
      'The supplementary files are larger than the upload limit allows.',
      'Compared with bone-marrow MSCs, cord MSCs are easier to obtain.',
      'Keep half of the samples for the second run.',
      'The form is complete in every field.',
      'A .bib file is read as BibTeX as Pandoc reads it.',
      'Write the methods as soon as possible, as well as the legends.',
      'The protocol was used as long as the kit lasted.',
      'Most of this page is copied from the protocol; most of the afternoon went on it.',
      'Check most of the boxes.',
      'Check most patients first; a main barrier to entry is the price.',
      'Give the mice 20 µg, 24 hours after hepatectomy.',
      'The heart of the matter is the dose.',
      'The longest match beats "cells", and the heart beats 600 times a minute.',
      'We needed more plates, and you had fewer.',
      'Pick the best of all the images; the delay is due to the holidays.',
      'Type x on every other line; neither Sam nor I can come.',
      'The text above the caption is cut off, and each other panel is blank.',
      'Keep about half of the samples for the second run; the slides work only with PowerPoint.',
      'We aim at best practice and had the same plan as last year.',
      'Only a handful of people came; sorting works mainly by size, and no patient samples were lost.',
      'Use two times the usual dose; the draft is due by week 3, and figure 4 has larger fonts than figure 3.',
      'We have mostly failed to get the blot to work, and I have largely succeeded with the gels.',
      'Patients with no side effects were discharged; the form asks about side effects.',
      'The meeting is over by 5 pm; our copy is gone by Friday.',
      'The new figure is much clearer than the old one, and the protocol is much easier than it was.',
      'Order double what we used last time; pick the best images seen in the first session.',
      'Only 10% of the slides are labelled; HGF is what drives hepatocytes to proliferate.',
      'The only way to do this is by hand; in most labs we visited, the hoods were old.',
      'We never need new plates, and this always requires a login.',
      'Almost none of the slides are ready, which is exactly why we moved the meeting.',
      'The project enters phase 2 next month; the lab reached phase 3 of the move.',
      'No paper draft is ready yet; about 30 people a week use the core, and the door is a no-go in the evenings.',
      'Only 20% of the budget is left, and almost none of the tips; most reviewers have mostly succeeded.',
      'We need the most recent version available; the best slot available is Tuesday.',
      'We lost no time, the course only starts after two weeks, and we finished phase 1 of the move.',
      'The reminder only appears after 3 days of inactivity.',
      'Make up half of the buffer with water; the kit costs $200 per box; the layout gives a clearer picture than the old one.',
      'Half the width of the page is blank, and we keep all their data for 5 years.',
      "Don't move the samples; we don't change the dose; the 2 pm vs 3 pm slot is fine, as is figure 2 vs 3.",
      "We put MSCs in and the ALT drops; it's the blue box, not the red one, that holds the antibodies.",
      'The kit gives 20% off for academics; Pearson r = 0.3 was set as the cutoff; add the buffer and the lysate to the tube.',
      "It's agreed that we meet on Monday; 1 in 5 samples will be re-run; we respond best to email; 10% of the budget went on tips.",
      'Add buffer in any tube; we stay at 20% occupancy; late submissions are tolerated by the editor; the room is up on floor 12.',
      'The delay was due to the snow; cells were isolated in 2019 and frozen; the samples were first frozen at -80; two people in the group chat agreed.',
      'The kit costs $200 per box, and the new centrifuge costs €9,000.',
      'The committee approved our protocol in 2023; the freezer holds most of the samples; the largest group of students came from Spain.',
      'Covering 30% of the costs, the grant helps; the box contains about 200 tips.',
    ]) {
      assert.deepEqual(cue(sentence), [], sentence);
    }
  });
});

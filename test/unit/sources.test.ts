import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, claimHover, defaultAnalysisOptions, indexSources, updateAnalysis, type DocumentAnalysis, type Relation, type SourceDocument, type TermIndex } from '../../server/src/core';
import { builtinIndex } from './helpers';

const folder = 'file:///w/';

/** Notes by name, as the sources read them. */
function documents(notes: Record<string, string>): SourceDocument[] {
  return Object.entries(notes).map(([name, text]) => ({ uri: folder + name, label: name, text, markdown: true }));
}

/** The built-in index with the relations the documents state, as the server and the CLI make it for a folder. */
function withSources(docs: SourceDocument[]): TermIndex {
  const index = builtinIndex();
  return { ...index, relations: [...index.relations, ...indexSources(docs, index).relations] };
}

/** The note `name` analysed as the editor and the CLI do: against all the sources, itself among them. */
function analyse(notes: Record<string, string>, name: string): DocumentAnalysis {
  return analyzeDocument(notes[name], withSources(documents(notes)), { ...defaultAnalysisOptions, noteUri: folder + name });
}

/** Each claim's status and verdicts, and where its backing relations were read. */
function verdicts(analysis: DocumentAnalysis): string[] {
  return analysis.claims.map((c) => `${c.status}: ${c.relations.map((r) => `${r.verdict}${r.backing ? ` (${r.backing.source})` : ''}`).join(', ')}`);
}

/** The hover on the claim's verb. */
function hoverOn(analysis: DocumentAnalysis, index: TermIndex, verb: string): string | undefined {
  return claimHover(analysis.claims, analysis.text.indexOf(verb) + 1, index)?.markdown;
}

describe('sources: a note the sources also name', () => {
  const claim = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n';

  it('does not back its own claims, and its hover does not cite it', () => {
    const notes = { 'n.md': claim };
    const analysis = analyse(notes, 'n.md');
    assert.deepEqual(
      analysis.findings.map((f) => f.code),
      ['claim.unsupported'],
    );
    assert.equal(hoverOn(analysis, withSources(documents(notes)), 'silences'), undefined);
  });

  it('is backed by another note that states the relation, even when its own statement comes first', () => {
    const notes = { 'n.md': claim, 'other.md': `# Other\n\n${claim}` };
    const index = withSources(documents(notes));
    const analysis = analyse(notes, 'n.md');
    assert.deepEqual(verdicts(analysis), ['supported: supported (other.md:3)']);
    assert.deepEqual(analysis.findings, []);
    assert.match(hoverOn(analysis, index, 'silences') ?? '', /^\*\*Supported\*\* by your source other\.md:3:/);
  });

  it('is judged as if it were not among the sources: through secretion, by paraphrase, and when it contradicts itself', () => {
    const notes = {
      // The review supports it through secretion (MSCs secrete VEGF, VEGF promotes angiogenesis); its own relation must not stand in the way.
      'msc.md': 'MSCs promote angiogenesis.\n',
      // The first sentence would let the second pass as a paraphrase of it.
      'kupffer.md': 'Kupffer cells silence apoptosis. Kupffer cells silence the whole tissue response.\n',
      // Its own first sentence would support the second through secretion.
      'chain.md': 'Kupffer cells secrete IL-6. Kupffer cells promote angiogenesis.\n',
      'contradiction.md': 'HGF inhibits hepatocyte proliferation.\n\nHGF promotes hepatocyte proliferation.\n',
    };
    for (const name of Object.keys(notes)) {
      const others = documents(notes).filter((d) => d.uri !== folder + name);
      const alone = analyzeDocument(notes[name as keyof typeof notes], withSources(others));
      assert.deepEqual(verdicts(analyse(notes, name)), verdicts(alone), name);
    }
    assert.deepEqual(verdicts(analyse(notes, 'msc.md')), ['supported: supported (MSCs: Priming Liver Regeneration)']);
    assert.deepEqual(verdicts(analyse(notes, 'kupffer.md')), ['unsupported: unstated', 'unsupported: unstated']);
  });

  it("keeps a source's comparison with what it compares, backing it either way round and no other comparand", () => {
    const notes = {
      'source.md': 'Kupffer cells are less immunogenic than hepatocytes.\n',
      'n.md': 'Hepatocytes are more immunogenic than Kupffer cells.\n\nKupffer cells are less immunogenic than neutrophils.\n\nHepatocytes are less immunogenic than Kupffer cells.\n',
    };
    const stated = indexSources(documents(notes).slice(0, 1), builtinIndex()).relations;
    assert.deepEqual(
      stated.map((r) => [r.subject, r.predicate, r.object, r.than]),
      [['kupffer-cell', 'reduces', 'immunogenicity', 'hepatocyte']],
    );
    assert.deepEqual(verdicts(analyse(notes, 'n.md')), ['supported: supported (source.md:1)', 'unsupported: unstated', 'contradicts: contradicted (source.md:1)']);
  });

  it('is judged without its relations exactly as against an index without them, whatever the relations', () => {
    const terms = ['mesenchymal-stem-cell', 'kupffer-cell', 'vegf', 'il-6', 'angiogenesis', 'apoptosis', 'hepatocyte', 'immunogenicity'];
    const names = ['MSCs', 'Kupffer cells', 'VEGF', 'IL-6', 'angiogenesis', 'apoptosis', 'hepatocytes', 'immunogenicity'];
    const own = `${folder}n.md`;
    const relation = fc.record({
      subject: fc.nat(terms.length - 1),
      object: fc.nat(terms.length - 1),
      predicate: fc.constantFrom('promotes', 'reduces', 'secretes', 'modulates', 'requires'),
      file: fc.constantFrom(own, `${folder}other.md`, undefined),
      than: fc.option(fc.nat(terms.length - 1), { nil: undefined }),
    });
    const sentence = fc.oneof(
      fc.tuple(fc.nat(names.length - 1), fc.constantFrom('promote', 'reduce', 'secrete', 'do not promote'), fc.nat(names.length - 1)).map(([s, verb, o]) => `${names[s]} ${verb} ${names[o]}.`),
      fc.tuple(fc.nat(names.length - 1), fc.constantFrom('promote', 'reduce')).map(([s, verb]) => `${names[s]} ${verb} the whole tissue response.`),
      fc.tuple(fc.nat(names.length - 1), fc.constantFrom('less', 'more'), fc.nat(names.length - 1)).map(([s, degree, o]) => `${names[s]} are ${degree} immunogenic than ${names[o]}.`),
    );
    const base = builtinIndex();
    fc.assert(
      fc.property(fc.array(relation, { maxLength: 12 }), fc.array(sentence, { minLength: 1, maxLength: 6 }), (drawn, sentences) => {
        const relations: Relation[] = drawn.map((r, i) => ({
          subject: terms[r.subject],
          predicate: r.predicate,
          object: terms[r.object],
          ...(r.than === undefined ? {} : { than: terms[r.than] }),
          source: `r${i}`,
          ...(r.file ? { origin: { layer: 'file' as const, file: r.file, line: i } } : {}),
        }));
        const note = sentences.join('\n\n') + '\n';
        const all = { ...base, relations: [...base.relations, ...relations] };
        const without = { ...base, relations: [...base.relations, ...relations.filter((r) => r.origin?.file !== own)] };
        const status = (a: DocumentAnalysis) => a.claims.map((c) => `${c.status}: ${c.relations.map((r) => r.verdict).join(', ')}`);
        const judged = analyzeDocument(note, all, { ...defaultAnalysisOptions, noteUri: own });
        assert.deepEqual(status(judged), status(analyzeDocument(note, without)));
        for (const c of judged.claims) for (const r of c.relations) assert.notEqual(r.backing?.origin?.file, own);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an analysis made for one note from being updated for another', () => {
    const filler = 'Some text.\n\nMore text.\n\nAnd more.\n';
    const notes = { 'n.md': claim, 'm.md': `${claim}\n${filler}\nKupffer cells matter.\n` };
    const index = withSources(documents(notes));
    const forM = analyzeDocument(notes['m.md'], index, { ...defaultAnalysisOptions, noteUri: `${folder}m.md` });
    assert.deepEqual(verdicts(forM).slice(0, 1), ['supported: supported (n.md:1)']);
    // The edit is far from the claim, whose analysis an update for the same note would keep.
    const text = `${claim}\n${filler}\nKupffer cells matter a lot.\n`;
    const options = { ...defaultAnalysisOptions, noteUri: `${folder}n.md` };
    assert.deepEqual(updateAnalysis(forM, text, index, options), analyzeDocument(text, index, options));
  });
});

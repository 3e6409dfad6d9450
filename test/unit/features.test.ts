import assert from 'node:assert/strict';
import { analyzeDocument, clipped, completeTerms, describeTerm, replaceAllFix, termFixes, termHover } from '../../server/src/core';
import { builtinIndex, indexOf, withCursor } from './helpers';

describe('hover', () => {
  it('describes the term under the cursor with its kind, definition, names, source and related terms', () => {
    const { text, offset } = withCursor('MSC-derived H$$CURSOR$$GF acts on hepatocytes.');
    const analysis = analyzeDocument(text, builtinIndex());
    const hover = termHover(analysis.terms, offset, builtinIndex())!;
    assert.equal(text.slice(hover.start, hover.end), 'HGF');
    assert.match(hover.markdown, /^\*\*hepatocyte growth factor\*\* \(HGF\) · \*molecule\*/);
    assert.match(hover.markdown, /\*\*Source:\*\* review, “MSCs: Priming Liver Regeneration”/);
    assert.match(hover.markdown, /\*\*Related:\*\*/);
    assert.match(hover.markdown, /HGNC:/);
  });

  it('says when an abbreviation is ambiguous', () => {
    const { text, offset } = withCursor('H$$CURSOR$$SCs proliferate.');
    const hover = termHover(analyzeDocument(text, builtinIndex()).terms, offset, builtinIndex())!;
    assert.match(hover.markdown, /ambiguous/);
    assert.match(hover.markdown, /haematopoietic stem cell/);
  });

  it('shows the first 20 of a long list and counts the rest', () => {
    const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
    const index = indexOf([{ id: 'big', label: 'big factor', kind: 'molecule', synonyms: many('big synonym', 100), xrefs: many('GO:1', 25).map((x) => x.replace(' ', '')) }]);
    const { text, offset } = withCursor('The big fa$$CURSOR$$ctor rises.');
    const hover = termHover(analyzeDocument(text, index).terms, offset, index)!;
    assert.match(hover.markdown, /\*\*Also:\*\* big synonym 0, big synonym 1, .*, big synonym 19 and 80 more {2}\n/);
    assert.doesNotMatch(hover.markdown, /big synonym 20/);
    assert.match(hover.markdown, /\*\*Ontology:\*\* .*GO:119\]\([^)]*\) and 5 more/);
  });

  it('names the first meanings of an ambiguous form: 3 in the message at every occurrence, 20 in the hover', () => {
    // Every meaning in every message: 1,000 meanings of 1,000 characters, at 2,000 occurrences, were 2 GB of messages.
    const alsoMeans = Array.from({ length: 1000 }, (_, i) => `meaning ${i}`);
    const index = indexOf([{ id: 'xq', label: 'xq factor', kind: 'molecule', abbreviations: ['XQ'], ambiguous: [{ form: 'XQ', alsoMeans }] }]);
    const { text, offset } = withCursor('X$$CURSOR$$Q rises.\n\nXQ falls.\n');
    const analysis = analyzeDocument(text, index);
    const messages = analysis.findings.filter((f) => f.code === 'term.ambiguous').map((f) => f.message);
    assert.deepEqual(messages, Array(2).fill("'XQ' is ambiguous: here it is read as 'xq factor', elsewhere it also means 'meaning 0', 'meaning 1', 'meaning 2' and 997 more."));
    const hover = termHover(analysis.terms, offset, index)!;
    assert.match(hover.markdown, /elsewhere it also means \*meaning 0\*, .*, \*meaning 19\* and 980 more\./);
    assert.doesNotMatch(hover.markdown, /meaning 20/);
  });

  it('shows nothing outside recognized terms', () => {
    const { text, offset } = withCursor('The li$$CURSOR$$ver of a rat.');
    assert.equal(termHover(analyzeDocument(text, builtinIndex()).terms, offset, builtinIndex()), undefined);
  });
});

describe('completion', () => {
  const labels = (marked: string) => {
    const { text, offset } = withCursor(marked);
    return completeTerms(text, offset, builtinIndex()).items;
  };

  it('offers the preferred term for a synonym, replacing the typed prefix', () => {
    const { text, offset } = withCursor('Activated stell$$CURSOR$$');
    const items = completeTerms(text, offset, builtinIndex()).items;
    const item = items.find((i) => i.label === 'hepatic stellate cell')!;
    assert.ok(item);
    assert.equal(text.slice(item.start, item.end), 'stell');
    assert.equal(item.insertText, 'hepatic stellate cell');
    assert.equal(item.kind, 'cell');
  });

  it('offers the term and the abbreviation itself for an abbreviation prefix', () => {
    const items = labels('Secreted HG$$CURSOR$$');
    assert.ok(items.some((i) => i.label === 'hepatocyte growth factor' && i.insertText === 'hepatocyte growth factor'));
    assert.ok(items.some((i) => i.label === 'HGF' && i.insertText === 'HGF'));
  });

  it('offers a term whose label is also its abbreviation once, as "Add … to the team vocabulary" writes one', () => {
    const index = indexOf([{ id: 'stat3', label: 'STAT3', kind: 'molecule', abbreviations: ['STAT3'] }]);
    assert.deepEqual(completeTerms('We saw STA', 10, index).items.map((i) => [i.label, i.detail]), [['STAT3', 'molecule (STAT3)']]);
  });

  it('names the first 20 abbreviations of a term in its detail and counts the rest, as the hover lists them', () => {
    const abbreviations = Array.from({ length: 30 }, (_, i) => `ZX${i}`);
    const index = indexOf([{ id: 'zx', label: 'zeta x', kind: 'molecule', abbreviations }]);
    const item = completeTerms('We saw zet', 10, index).items.find((i) => i.label === 'zeta x');
    assert.equal(item?.detail, `molecule (${abbreviations.slice(0, 20).join(', ')} and 10 more)`);
  });

  it('completes a form with any Greek letter from the letter\'s name or first letter, as recognition reads it', () => {
    // Only α, β, γ and κ were spelled out: 'PPAR-delt' offered nothing, though 'PPAR-delta' is recognized.
    const index = indexOf([
      { id: 'ppard', label: 'PPAR-δ', kind: 'molecule' },
      { id: 'ifnl', label: 'interferon lambda', kind: 'molecule', abbreviations: ['IFN-λ'] },
    ]);
    const complete = (typed: string) => completeTerms(typed, typed.length, index).items.map((i) => i.label);
    for (const typed of ['PPAR-delt', 'PPAR d', 'ppar Δ']) assert.deepEqual(complete(typed), ['PPAR-δ'], typed);
    assert.deepEqual(complete('IFN-lamb'), ['IFN-λ', 'interferon lambda']);
    assert.deepEqual(analyzeDocument('PPAR-delta and IFN-lambda rise.', index).terms.map((t) => t.termId), ['ppard', 'ifnl']);
  });

  it('finds each kind of form of every term, whatever its place in the term', () => {
    const index = indexOf([
      { id: 'b', label: 'beta thing', kind: 'molecule', abbreviations: ['BT', 'BTX'], synonyms: ['bravo', 'Alpha-beta'], deprecated: ['old beta'] },
      { id: 'a', label: 'alpha thing', kind: 'molecule', synonyms: ['alphabet soup'] },
    ]);
    const complete = (typed: string) => completeTerms(typed, typed.length, index).items.map((i) => `${i.label}|${i.filterText}`);
    assert.deepEqual(complete('alpha'), ['beta thing|alpha Alpha-beta beta thing', 'alpha thing|alpha alpha thing']);
    assert.deepEqual(complete('BTX'), ['BTX|BTX BTX', 'beta thing|BTX BTX beta thing']);
    assert.deepEqual(complete('old b'), ['beta thing|old b old beta beta thing']);
    assert.deepEqual(complete('brav'), ['beta thing|brav bravo beta thing']);
  });

  it('offers nothing in code, front matter, a link destination, a URL or a citation key, where no term is read', () => {
    for (const marked of ['`HG$$CURSOR$$`', '```\nHG$$CURSOR$$\n```\n', '---\ntitle: HG$$CURSOR$$\n---\n', '[x](HG$$CURSOR$$)', 'See https://example.com/HG$$CURSOR$$ now', 'As [@HG$$CURSOR$$] showed']) {
      const { text, offset } = withCursor(marked);
      assert.deepEqual(completeTerms(text, offset, builtinIndex(), analyzeDocument(text, builtinIndex()).prose.masked).items, [], marked);
    }
    const { text, offset } = withCursor('In prose HG$$CURSOR$$');
    assert.ok(completeTerms(text, offset, builtinIndex(), analyzeDocument(text, builtinIndex()).prose.masked).items.length > 0);
  });

  it('replaces no word of a URL or a citation key that comes right before the words typed', () => {
    // 'stellate ce' after a URL's last part was replaced by 'hepatic stellate cell', rewriting the URL.
    for (const [marked, typed] of [
      ['See https://example.org/stellate ce$$CURSOR$$', 'ce'],
      ['See www.example.org/hepatic st$$CURSOR$$', 'st'],
      ['As @stellate ce$$CURSOR$$', 'ce'],
    ]) {
      const { text, offset } = withCursor(marked);
      const items = completeTerms(text, offset, builtinIndex(), analyzeDocument(text, builtinIndex()).prose.masked).items;
      assert.ok(items.length > 0, marked);
      assert.deepEqual([...new Set(items.map((i) => text.slice(i.start, i.end)))], [typed], marked);
    }
  });

  it('starts each item\'s filter text with what was typed, which an editor needs to keep the item', () => {
    // 'hepatic-st' matched 'hepatic stellate cell' here, but an editor hid it: '-' is not in the label.
    for (const typed of ['hepatic-st', 'hepatic  st', 'TNF alph', 'TNF-alph']) {
      const items = completeTerms(typed, typed.length, builtinIndex()).items;
      assert.ok(items.length > 0, typed);
      assert.ok(items.every((i) => i.filterText.startsWith(typed.slice(i.start))), typed);
    }
  });

  it('replaces only the prefix on the cursor’s line, where a lone carriage return ends the line before', () => {
    for (const marked of ['Notes on hepatic\rstel$$CURSOR$$', 'Notes on hepatic\r\nstel$$CURSOR$$', 'Notes on hepatic\nstel$$CURSOR$$']) {
      const { text, offset } = withCursor(marked);
      const item = completeTerms(text, offset, builtinIndex()).items.find((i) => i.label === 'hepatic stellate cell');
      assert.equal(item && text.slice(item.start, item.end), 'stel', JSON.stringify(marked));
    }
  });

  it('offers scatter factor’s preferred label and nothing for unknown words', () => {
    assert.ok(labels('scatter$$CURSOR$$').some((i) => i.label === 'hepatocyte growth factor'));
    assert.deepEqual(labels('zzqx$$CURSOR$$'), []);
  });
});

describe('hover markdown from a team\'s text', () => {
  it('shows what a vocabulary spells as text: no link, image, code span or block forms from it', () => {
    const index = indexOf([
      {
        id: 'evil',
        label: 'evil factor',
        kind: 'molecule',
        synonyms: ['x`y', 'a*b*'],
        xrefs: ['GO:0001](https://evil.example/phish'],
        source: '<img src=x onerror=alert(1)>',
        definition: '# Big\n\n![p](https://evil.example/t.png) [run](command:workbench.action.terminal.new)',
      },
    ]);
    const markdown = describeTerm(index.terms.get('evil')!, index);
    // Every markdown character the team wrote is escaped, and its line breaks are spaces.
    assert.ok(markdown.includes('\\# Big \\!\\[p\\](https://evil.example/t.png) \\[run\\](command:workbench.action.terminal.new)'), markdown);
    assert.ok(markdown.includes('x\\`y, a\\*b\\*'), markdown);
    assert.ok(markdown.includes('\\<img src=x onerror=alert(1)\\>'), markdown);
    assert.ok(markdown.includes('[GO:0001\\](https://evil.example/phish](http://purl.obolibrary.org/obo/GO_0001%5D%28https%3A%2F%2Fevil.example%2Fphish)'), markdown);
    // Indented, a definition was a code block, which showed its escapes: 'A \\*b\\* c'.
    const indented = indexOf([{ id: 'i', label: 'i factor', kind: 'molecule', definition: '    A *b* c' }]);
    assert.ok(describeTerm(indented.terms.get('i')!, indented).includes('\n\nA \\*b\\* c\n'), describeTerm(indented.terms.get('i')!, indented));
    // A character reference is shown as written, not as the character it names.
    const entities = indexOf([{ id: 'e', label: 'e factor', kind: 'molecule', definition: 'IL-6 &amp; TNF-&alpha; &#x5B;x&#x5D;(command:y)' }]);
    assert.ok(describeTerm(entities.terms.get('e')!, entities).includes('IL-6 \\&amp; TNF-\\&alpha; \\&\\#x5B;x\\&\\#x5D;(command:y)'), describeTerm(entities.terms.get('e')!, entities));
    // A parenthesis in an ontology id does not end its link, where the rest would be markdown again.
    const xrefs = indexOf([{ id: 'x', label: 'x factor', kind: 'molecule', xrefs: ['GO:1)**bold**', 'MeSH:D1)_x_', 'HGNC:1)~~y~~'] }]);
    assert.ok(
      describeTerm(xrefs.terms.get('x')!, xrefs).includes(
        '**Ontology:** [GO:1)\\*\\*bold\\*\\*](http://purl.obolibrary.org/obo/GO_1%29**bold**), [MeSH:D1)\\_x\\_](https://meshb.nlm.nih.gov/record/ui?ui=D1%29_x_), [HGNC:1)\\~\\~y\\~\\~](https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC%3A1%29~~y~~)',
      ),
      describeTerm(xrefs.terms.get('x')!, xrefs),
    );
    // A definition is a line of its own: it may not start a list.
    const listed = indexOf([{ id: 'l', label: 'list factor', kind: 'molecule', definition: '1. first\n2. second' }]);
    assert.ok(describeTerm(listed.terms.get('l')!, listed).includes('\n\n1\\. first 2. second'));
    // A right-to-left override showed "IL-6 inhibits" as "stibihni 6-LI"; it is named instead.
    const bidi = indexOf([{ id: 'b', label: 'b factor', kind: 'molecule', definition: 'IL-6 \u202estibihni\u202c fibrosis \u2066x\u2069' }]);
    assert.ok(describeTerm(bidi.terms.get('b')!, bidi).includes('IL-6 ⟨U+202E⟩stibihni⟨U+202C⟩ fibrosis ⟨U+2066⟩x⟨U+2069⟩'), describeTerm(bidi.terms.get('b')!, bidi));
  });
});

describe('quoting', () => {
  it('never cuts a quote between the two halves of a character beyond the BMP', () => {
    assert.equal(clipped(`${'a'.repeat(59)}🧬 more`), `${'a'.repeat(59)}…`);
    assert.equal(clipped(`${'a'.repeat(58)}🧬 more`), `${'a'.repeat(58)}🧬…`);
  });

  it('quotes a form or cue written over two lines on one line in its message', () => {
    for (const text of ['The Ito\ncells here.\n', '> The Ito\r\n> cells here.\r\n', 'The HSCs\n\nStudies have\nshown that liver mass returns.\n']) {
      const { findings } = analyzeDocument(text, builtinIndex());
      assert.ok(findings.length > 0, text);
      for (const f of findings) assert.doesNotMatch(f.message, /[\r\n]| {2}/, JSON.stringify(f.message));
    }
  });
});

describe('controlled-vocabulary findings', () => {
  it('flags a deprecated form with a fix to the preferred label, in the written number', () => {
    const text = 'Ito cells and one Ito cell.';
    const { findings } = analyzeDocument(text, builtinIndex());
    const nonPreferred = findings.filter((f) => f.code === 'term.non-preferred');
    assert.deepEqual(nonPreferred.map((f) => text.slice(f.start, f.end)), ['Ito cells', 'Ito cell']);
    const fixes = termFixes(nonPreferred[0]);
    assert.deepEqual(fixes.map((f) => f.edits), [[{ start: 0, end: 9, newText: 'Hepatic stellate cells' }]], 'capitalised where the sentence starts');
    assert.deepEqual(replaceAllFix(findings)?.edits, [
      { start: 0, end: 9, newText: 'Hepatic stellate cells' },
      { start: 18, end: 26, newText: 'hepatic stellate cell' },
    ]);
    assert.equal(replaceAllFix(findings.slice(0, 1)), undefined, 'one term has its own fix only');
  });

  it('capitalises a replacement that starts a sentence, so that the sentence does not join the one before', () => {
    const text = 'Kupffer cells were seen.\nIto cells activate hepatocytes. We saw Ito cells.\n\n## Ito cells\n\n- (ITO CELLS) rise\n';
    const edits = replaceAllFix(analyzeDocument(text, builtinIndex()).findings)!.edits;
    assert.deepEqual(
      edits.map((e) => e.newText),
      ['Hepatic stellate cells', 'hepatic stellate cells', 'Hepatic stellate cells', 'Hepatic stellate cells'],
    );
    // After an abbreviation no sentence ends with, the sentence goes on; after one a sentence may end
    // with ("30 sec.", "no."), a single capital (an initial, or a unit such as °C), the capital the
    // note wrote is kept.
    const abbreviated = 'These, i.e. Ito cells, rise. So do cells of Dr. Ito cells. See Fig. Ito cells. Stored at 4 °C. Ito cells rise. Spun for 30 sec. Ito cells rise. The answer was no. Ito cells rise.\n';
    assert.deepEqual(
      replaceAllFix(analyzeDocument(abbreviated, builtinIndex()).findings)!.edits.map((e) => e.newText),
      ['hepatic stellate cells', 'hepatic stellate cells', 'hepatic stellate cells', 'Hepatic stellate cells', 'Hepatic stellate cells', 'Hepatic stellate cells'],
    );
  });

  it('keeps a singular form ending in s singular, and the case of a symbol at a sentence start', () => {
    const index = indexOf([
      { id: 'ls', label: 'liver scarring', kind: 'mechanism', deprecated: ['cirrhosis', 'status'] },
      { id: 'pg', label: 'pathogen', kind: 'molecule', deprecated: ['germ'] },
      { id: 'mir-21', label: 'miR-21', kind: 'molecule', deprecated: ['microRNA twenty-one'] },
    ]);
    const text = 'We saw cirrhosis and status. Germs too. Cirrhosis rises. MicroRNA twenty-one falls.';
    const replacements = analyzeDocument(text, index).findings.map((f) => [text.slice(f.start, f.end), f.data?.replacement]);
    assert.deepEqual(replacements, [
      ['cirrhosis', 'liver scarring'],
      ['status', 'liver scarring'],
      ['Germs', 'Pathogens'],
      ['Cirrhosis', 'Liver scarring'],
      ['MicroRNA twenty-one', 'miR-21'],
    ]);
  });

  it('offers no replacement for the label of a shortcut or collapsed reference link, which would break the link', () => {
    const text = 'See [Ito cells] and [Ito cells][] and ![Ito cells].\n\n[ito  cells]: https://example.org/hsc\n';
    const findings = analyzeDocument(text, builtinIndex()).findings.filter((f) => f.code === 'term.non-preferred');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['Ito cells', 'Ito cells', 'Ito cells']);
    for (const finding of findings) {
      assert.equal(finding.data?.replacement, undefined);
      assert.deepEqual(termFixes(finding), []);
      assert.match(finding.message, /names a link here/);
    }
    assert.equal(replaceAllFix(findings), undefined);
  });

  it('still replaces a form in link text, in brackets without a definition, and in a full reference', () => {
    const text = 'See [Ito cells](https://x.org), [Ito cells][hsc], [Ito cells] and \\[Ito cells].\n\n[hsc]: https://example.org/hsc\n';
    const edits = replaceAllFix(analyzeDocument(text, builtinIndex()).findings)!.edits;
    assert.deepEqual(edits.map((e) => text.slice(e.start, e.end)), ['Ito cells', 'Ito cells', 'Ito cells', 'Ito cells']);
    // With a definition of its own, the label of the third is left, the others are still replaced.
    const defined = `${text}[Ito cells]: https://example.org/ito\n`;
    const labels = analyzeDocument(defined, builtinIndex()).findings.filter((f) => f.data?.replacement === undefined);
    assert.deepEqual(labels.map((f) => f.start), [text.indexOf('[Ito cells] and') + 1]);
  });

  it('finds link labels as markdown does: definitions in quotes and list items, labels over lines, escapes, Unicode case folding', () => {
    const withheld = (text: string) =>
      analyzeDocument(text, builtinIndex())
        .findings.filter((f) => f.code === 'term.non-preferred')
        .map((f) => [text.slice(f.start, f.end), f.data?.replacement ?? null]);
    assert.deepEqual(withheld('> See [Ito cells] here and Ito cells there.\n>\n> [Ito cells]: https://x.org\n'), [['Ito cells', null], ['Ito cells', 'hepatic stellate cells']]);
    assert.deepEqual(withheld('See [Ito cells] here.\n\n- [Ito cells]: https://x.org\n'), [['Ito cells', null]]);
    assert.deepEqual(withheld('See [Ito cells] here.\n\n[Ito\ncells]: https://x.org\n'), [['Ito cells', null]]);
    assert.deepEqual(withheld('See [Ito cells \\[1\\]] here.\n\n[Ito cells \\[1\\]]: https://x.org\n'), [['Ito cells', null]]);
    assert.deepEqual(withheld('See [a\\] Ito cells] here.\n\n[a\\] Ito cells]: https://x.org\n'), [['Ito cells', null]]);
    assert.deepEqual(withheld('See [Ito cells Straße] here.\n\n[ITO CELLS STRASSE]: https://x.org\n'), [['Ito cells', null]]);
    // An escaped backslash leaves the bracket a bracket.
    assert.deepEqual(withheld('See \\\\[Ito cells] here.\n\n[Ito cells]: https://x.org\n'), [['Ito cells', null]]);
    // A "definition" in code, an HTML comment or front matter is none: the form is replaced as prose.
    for (const text of ['See [Ito cells] here.\n\n```\n[Ito cells]: https://x.org\n```\n', 'See [Ito cells] here.\n\n<!--\n[Ito cells]: https://x.org\n-->\n', '---\n[Ito cells]: https://x.org\n---\nSee [Ito cells] here.\n']) {
      assert.deepEqual(withheld(text), [['Ito cells', 'hepatic stellate cells']], text);
    }
  });

  it('turns a finding code off through its level', () => {
    const levels = { 'claim.unsupported': 'warning', 'claim.contradicts-review': 'warning', 'term.non-preferred': 'off', 'term.ambiguous': 'off', 'vocabulary.invalid': 'error', 'citation.unknown-key': 'warning', 'bibliography.invalid': 'warning' } as const;
    assert.deepEqual(analyzeDocument('Ito cells and HSCs.', builtinIndex(), { citationScope: 'paragraph', levels }).findings, []);
  });
});

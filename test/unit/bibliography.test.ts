import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, defaultAnalysisOptions, updateAnalysis } from '../../server/src/core/analysis';
import { bibliographyFormatOf, bibliographyKeyRanges, frontMatterBibliography, mergeBibliographies, nearestKeys, parseBibliography, parseBibtex, parseCslJson, parseCslYaml, shortCitation, type Bibliography } from '../../server/src/core/bibliography';
import { citationKeyFixes } from '../../server/src/core/codeActions';
import { completeCitationKeys } from '../../server/src/core/completion';
import { citationHover, describeEntry } from '../../server/src/core/hover';
import { parseProse } from '../../server/src/core/markdown';
import { builtinIndex, withCursor } from './helpers';

const bib = `% The lab's references
@string{hep = "Hepatology"}
@article{lee2019,
  author = {Lee, Ann and M{\\"u}ller, Jörg and {World Health Organization}},
  title = {Stellate cells in {Fibrosis}: a \\textit{review}},
  note = {Jane Q. Doe wrote it},
  journal = hep # " Reports",
  year = 2019,
  doi = {https://doi.org/10.1016/j.hep.2019.01.002},
}

@Book(smith2015,
  editor = "John Smith",
  title = "Kupffer Cells",
  date = {2015-03},
  publisher = {Springer})

@comment{ @article{notanentry, title = {x}} }
`;

function bibliographyOf(text: string): Bibliography {
  return mergeBibliographies([parseBibtex(text, 'refs.bib').entries]);
}

const options = (bibliography: Bibliography) => ({ ...defaultAnalysisOptions, bibliography });

function unknownKeys(text: string, bibliography: Bibliography): [string, string][] {
  return analyzeDocument(text, builtinIndex(), options(bibliography))
    .findings.filter((f) => f.code === 'citation.unknown-key')
    .map((f) => [text.slice(f.start, f.end), f.message]);
}

describe('bibliography files', () => {
  it('reads BibTeX and BibLaTeX entries: keys, names, year, title, container, DOI and the line of each', () => {
    const { entries, problems } = parseBibtex(bib, 'refs.bib');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.key, e.line, e.authors, e.year, e.title, e.container, e.doi]),
      [
        ['lee2019', 2, ['Lee, Ann', 'Müller, Jörg', 'World Health Organization'], '2019', 'Stellate cells in Fibrosis: a review', 'Hepatology Reports', '10.1016/j.hep.2019.01.002'],
        ['smith2015', 11, ['Smith, John'], '2015', 'Kupffer Cells', undefined, undefined],
      ],
    );
    assert.equal(shortCitation(entries[0]), 'Lee et al. 2019');
    assert.equal(shortCitation(entries[1]), 'Smith 2015');
  });

  it('keeps every entry that can be read and reports the one that cannot at its line', () => {
    const text = '@article{a1, title = {One}}\n@article{broken,\n  title = {Not closed,\n  year = 2020\n\n@article{b2, title = {Two}}\n@misc{ , title = {no key}}\n@misc{c3, title = {Three}}\n@misc{a1, title = {again}}\n';
    const { entries, problems } = parseBibtex(text, 'refs.bib');
    assert.deepEqual(entries.map((e) => e.key), ['a1', 'b2', 'c3']);
    assert.deepEqual(problems.map((p) => p.line), [1, 6, 8]);
    assert.match(problems[0].message, /@article entry here cannot be read \(a value opened with '\{' is not closed\)/);
    assert.match(problems[2].message, /'a1' is used by an earlier entry/);
  });

  it('reads a field commented out with % inside an entry as a comment, as Pandoc and biber do, not as a broken entry', () => {
    const text = '@article{kept,\n  % note = {an old note},\n  title = {Kept}, % the final title\n  year = 2020 %\n}\n@article{next, title = {50\\% of cells}}\n';
    const { entries, problems } = parseBibtex(text, 'refs.bib');
    assert.deepEqual(problems, []);
    assert.deepEqual(entries.map((e) => [e.key, e.title, e.year]), [['kept', 'Kept', '2020'], ['next', '50% of cells', undefined]]);
  });

  it('reports an @comment whose brace is not closed and keeps the entries after it, rather than losing them without a word', () => {
    const text = '@comment{ jabref-meta: grouping: {\n@article{a1, title = {One}}\n@comment{ one line {} }\n@article{b2, title = {Two}}\n';
    const { entries, problems } = parseBibtex(text, 'refs.bib');
    assert.deepEqual(entries.map((e) => e.key), ['a1', 'b2']);
    assert.deepEqual(problems.map((p) => p.line), [0]);
    assert.match(problems[0].message, /@comment entry here cannot be read/);
  });

  it('fills in what an entry lacks from its crossref, as biber and Pandoc do: the proceedings\' title as its container, the year', () => {
    const text = [
      '@inproceedings{paper, author = {Lee, Ann}, title = {Stellate cells}, crossref = {procs}}',
      '@proceedings{procs, title = {Proceedings of the Liver Meeting}, year = 2021, editor = {Smith, John}, doi = {10.1/procs}}',
      '@inbook{chapter, title = {Own title}, year = 2001, crossref = {book}}',
      '@book{book, author = {Kim, Li}, title = {The Liver}, year = 1999, crossref = {series}}',
      '@mvbook{series, title = {Hepatology in Ten Volumes}, publisher = {P}, doi = {10.1/series}}',
      '@misc{loop1, crossref = {loop2}}',
      '@misc{loop2, title = {Loop}, crossref = {loop1}}',
      '@misc{self, crossref = {self}}',
      '@misc{orphan, crossref = {nowhere}}',
      '@constructor{odd, crossref = {procs}}',
      '@xdata{hep, journal = {Hepatology}, year = 2018}',
      '@article{art, title = {A}, xdata = {hep}}',
    ].join('\n');
    const { entries, problems } = parseBibtex(text, 'refs.bib');
    assert.deepEqual(problems, []);
    assert.deepEqual(
      entries.map((e) => [e.key, e.authors, e.year, e.title, e.container, e.doi]),
      [
        ['paper', ['Lee, Ann'], '2021', 'Stellate cells', 'Proceedings of the Liver Meeting', '10.1/procs'],
        ['procs', ['Smith, John'], '2021', 'Proceedings of the Liver Meeting', undefined, '10.1/procs'],
        // Its own title and year; the book's title is its container; the series' DOI comes through the book.
        ['chapter', ['Kim, Li'], '2001', 'Own title', 'The Liver', '10.1/series'],
        ['book', ['Kim, Li'], '1999', 'The Liver', undefined, '10.1/series'],
        ['series', [], undefined, 'Hepatology in Ten Volumes', undefined, '10.1/series'],
        ['loop1', [], undefined, 'Loop', undefined, undefined],
        ['loop2', [], undefined, 'Loop', undefined, undefined],
        ['self', [], undefined, undefined, undefined, undefined],
        ['orphan', [], undefined, undefined, undefined, undefined],
        ['odd', ['Smith, John'], '2021', 'Proceedings of the Liver Meeting', undefined, '10.1/procs'],
        // An @xdata entry lends its fields and is no entry of its own.
        ['art', [], '2018', 'A', 'Hepatology', undefined],
      ],
    );
    const note = 'Fibrosis [@paper].';
    assert.match(citationHover(note, parseProse(note), 12, mergeBibliographies([entries]))!.markdown, /^\*\*@paper\*\* · Lee, Ann · \(2021\)\n\n\*Stellate cells\*\n\nProceedings of the Liver Meeting\n/);
  });

  it('follows a chain of crossrefs 50,000 entries long without overflowing the stack', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => `@misc{k${i}, crossref = {k${i + 1}}}`).join('\n') + '\n@misc{k50000, year = 2020}\n';
    const { entries } = parseBibtex(chain, 'refs.bib');
    assert.equal(entries.length, 50_001);
    assert.equal(entries[49_999].year, '2020');
  });

  it('gives each entry of a long chain of crossrefs what the chain ends with, whatever the order of the file', () => {
    // Resolved from its first entry, the chain stopped 8 deep, and the entries it had passed kept nothing, though `k8` is 4 from the year.
    const chain = Array.from({ length: 12 }, (_, i) => `@misc{k${i}, crossref = {k${i + 1}}}`);
    const year = '@misc{k12, year = 2020}';
    for (const text of [[...chain, year], [year, ...chain.reverse()]]) {
      assert.deepEqual(parseBibtex(text.join('\n'), 'refs.bib').entries.filter((e) => e.year !== '2020').map((e) => e.key), []);
    }
  });

  it('reads a key with # or %, as Pandoc cites it (@x#1)', () => {
    assert.deepEqual(parseBibtex('@misc{x#1, title = {a}}\n@misc{50%off,}\n', 'refs.bib').entries.map((e) => e.key), ['x#1', '50%off']);
  });

  it('reads "and others" as more authors, not as an author named "others"', () => {
    const { entries } = parseBibtex('@article{s1, author = {Smith, John and others}, year = 2015}\n@article{s2, author = {Smith, John and Lee, Ann and others}, year = 2016}\n', 'refs.bib');
    assert.deepEqual(entries.map((e) => [e.authors, shortCitation(e)]), [[['Smith, John'], 'Smith et al. 2015'], [['Smith, John', 'Lee, Ann'], 'Smith et al. 2016']]);
    assert.match(describeEntry(entries[0]), /^\*\*@s1\*\* · Smith, John et al\. · \(2015\)/);
  });

  it("links an entry's DOI to the address a DOI in a note opens, its # and ? escaped", () => {
    const { entries } = parseBibtex('@article{s1, doi = {10.1000/a#b?c(2)}, year = 2015}\n', 'refs.bib');
    assert.match(describeEntry(entries[0]), /\]\(https:\/\/doi\.org\/10\.1000\/a%23b%3Fc%282%29\)/);
  });

  it('reads CSL rich text as text: "<i>Mus musculus</i>" is "Mus musculus", "a < b" stays', () => {
    const { entries } = parseCslJson('[{"id": "a", "title": "Liver of <i>Mus musculus</i> and <span class=\\"nocase\\">iPSC</span>s, H<sub>2</sub>O; a < b", "container-title": "<b>Cell</b>"}]', 'refs.json');
    assert.deepEqual(entries.map((e) => [e.title, e.container]), [['Liver of Mus musculus and iPSCs, H2O; a < b', 'Cell']]);
  });

  it('reads a CSL item\'s DOI written in lower case (`doi`), as some exporters write it', () => {
    assert.deepEqual(parseCslJson('[{"id": "a", "doi": "10.1/y"}]', 'refs.json').entries.map((e) => e.doi), ['10.1/y']);
  });

  it('reads CSL-JSON and CSL-YAML, with the line of each item', () => {
    const json = '[\n  {"id": "wang2020", "author": [{"family": "Wang", "given": "Li"}, {"family": "Chen"}], "issued": {"date-parts": [[2020, 5]]}, "title": "Exosomes", "container-title": "Cell", "DOI": "10.1/x"},\n  {"title": "no id"},\n  {"id": "x{1}"}\n]';
    const parsed = parseCslJson(json, 'refs.json');
    assert.deepEqual(parsed.entries.map((e) => [e.key, e.line, shortCitation(e), e.container, e.doi]), [['wang2020', 1, 'Wang & Chen 2020', 'Cell', '10.1/x'], ['x{1}', 3, '', undefined, undefined]]);
    assert.deepEqual(parsed.problems, [{ message: 'An item without an id (its citation key) was skipped.', line: 2 }]);
    const yaml = '---\nreferences:\n- id: kim2021\n  author:\n  - literal: Liver Consortium\n  issued: 2021\n  title: Regeneration\n- id: park2018\n...\n';
    assert.deepEqual(parseCslYaml(yaml, 'refs.yaml').entries.map((e) => [e.key, e.line, shortCitation(e)]), [['kim2021', 2, 'Liver Consortium 2021'], ['park2018', 7, '']]);
    assert.match(parseCslJson('[{', 'refs.json').problems[0].message, /^Invalid JSON/);
    assert.deepEqual(parseBibliography('references: 3', 'csl-yaml', 'r.yaml').entries, []);
  });

  it('reads the items of a CSL-JSON file with a syntax error around it, as a BibTeX file keeps its other entries', () => {
    // One missing comma lost every entry, and every citation of the note was flagged unknown.
    const json = '[\n  {"id": "a2019", "title": "A"},\n  {"id": "b2020", "title": "B"}\n  {"id": "c2021", "title": "C"},\n  {"id": "d2022"\n]';
    const parsed = parseCslJson(json, 'refs.json');
    assert.deepEqual(parsed.entries.map((e) => [e.key, e.title, e.line]), [['a2019', 'A', 1], ['b2020', 'B', 2], ['c2021', 'C', 3], ['d2022', undefined, 4]]);
    assert.deepEqual(parsed.problems.map((p) => [p.line, p.message]), [[3, 'Invalid JSON: CommaExpected; the items that could be read around it were read.']]);
  });

  it('reads a value or a comment of 100,000 lines once, not once for each of its lines', () => {
    // Each line break looked for the next entry through the rest of the file: 29 s for this value.
    const lines = 'a line of the abstract\n'.repeat(100_000);
    const parsed = parseBibtex(`@article{a,\n  abstract = {${lines}},\n  title = {T}\n}\n@comment{${lines}}\n@misc{b, title = {U}}\n`, 'refs.bib');
    assert.deepEqual(parsed.entries.map((e) => [e.key, e.title]), [['a', 'T'], ['b', 'U']]);
    assert.deepEqual(parsed.problems, []);
  });

  it('tells the format by the file name', () => {
    assert.deepEqual(['a.bib', 'b.BIBTEX', 'c.json', 'd.yml', 'e.yaml', 'f.txt'].map(bibliographyFormatOf), ['bibtex', 'bibtex', 'csl-json', 'csl-yaml', 'csl-yaml', undefined]);
  });

  it('reads bibliography from front matter, as a string or a list', () => {
    assert.deepEqual(frontMatterBibliography('---\ntitle: x\nbibliography: refs.bib\n---\nText'), ['refs.bib']);
    assert.deepEqual(frontMatterBibliography('---\nbibliography:\n  - a.bib\n  - ../b.json\n---\n'), ['a.bib', '../b.json']);
    assert.deepEqual(frontMatterBibliography('No front matter. bibliography: refs.bib'), []);
    assert.deepEqual(frontMatterBibliography('---\nbibliography: [\n---\n'), []);
  });
});

describe('bibliography files of any text', () => {
  it('never throw, and place every entry and problem on a line of the file', () => {
    const piece = fc.constantFrom('@article', '@string', '@comment', '@preamble', '@misc', '{', '}', '(', ')', ',', '=', '"', '#', '\\', '\\"', '{\\"u}', ' ', '\n', '\r\n', 'key1', 'title', 'author', ' and ', 'doi', '2019', '%', '% ', ' crossref = {key1}', ' xdata = ', 'é', '\ud83d', '\u0000', '[', ']', '- id: x', 'references:', '---');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.constantFrom('refs.bib', 'refs.json', 'refs.yaml'), (pieces, file) => {
        const text = pieces.join('');
        const lines = text.split(/\r?\n/).length;
        const { entries, problems } = parseBibliography(text, bibliographyFormatOf(file)!, file);
        for (const item of [...entries, ...problems]) assert.ok(item.line >= 0 && item.line < lines, `${item.line} of ${lines}: ${JSON.stringify(text)}`);
        assert.deepEqual(parseBibliography(text, bibliographyFormatOf(file)!, file), { entries, problems }, 'deterministic');
      }),
      { numRuns: 500 },
    );
  });
});

describe('citation.unknown-key', () => {
  const bibliography = bibliographyOf(bib);

  it('flags a key that no entry has, in every form of citation, naming the nearest', () => {
    const text = '- A [@lee2019]. B [see @smith2051, p. 3; @lee2019].\n- C @Lee2019 says so; [-@nobody].\n- D @{smith2015} and @{smith 2015}.';
    assert.deepEqual(unknownKeys(text, bibliography), [
      ['@smith2051', "Unknown citation key '@smith2051': no entry of the bibliography has it. Did you mean @smith2015?"],
      ['@Lee2019', "Unknown citation key '@Lee2019': no entry of the bibliography has it. Did you mean @lee2019?"],
      ['@nobody', "Unknown citation key '@nobody': no entry of the bibliography has it."],
      ['@{smith 2015}', "Unknown citation key '@smith 2015': no entry of the bibliography has it. Did you mean @smith2015?"],
    ]);
  });

  it("flags no key for a possessive (@lee2019's) or an escaped @ (\\@nobody), and none is a near key's fix", () => {
    assert.deepEqual(unknownKeys("- As @lee2019's data and @lee2019’s show. Mail \\@nobody2020 now.", bibliography), []);
  });

  it('flags no @-mention of a person or a channel ("@maya, …", "… cc @priya", "@channel")', () => {
    assert.deepEqual(unknownKeys('@maya, the stain looks off.\n\nMSCs secrete HGF cc @priya\n\n@channel JC moved to Friday.', bibliography), []);
  });

  it('reads no key in code, a link destination, a URL or an e-mail address', () => {
    const text = 'Code `@nokey1` and\n\n```\n@nokey2\n```\n\n[a link](https://x.org/@nokey3), https://y.org/@nokey4, mail x@nokey5.org.';
    assert.deepEqual(unknownKeys(text, bibliography), []);
  });

  it('checks nothing without a bibliography, and is silenced by its level and by directives', () => {
    const text = 'A [@nobody].';
    assert.deepEqual(analyzeDocument(text, builtinIndex()).findings, []);
    const off = { ...options(bibliography), levels: { ...defaultAnalysisOptions.levels, 'citation.unknown-key': 'off' as const } };
    assert.deepEqual(analyzeDocument(text, builtinIndex(), off).findings, []);
    assert.deepEqual(unknownKeys('A [@nobody]. <!-- regen-notes-disable-line citation.unknown-key -->', bibliography), []);
  });

  it('is kept up to date by an incremental update, as a fresh analysis finds it', () => {
    const before = 'Intro.\n\nA [@lee2019].\n\nB [@smith2015].\n';
    const after = before.replace('@smith2015', '@smith2016');
    const previous = analyzeDocument(before, builtinIndex(), options(bibliography));
    assert.deepEqual(updateAnalysis(previous, after, builtinIndex(), options(bibliography)).findings, analyzeDocument(after, builtinIndex(), options(bibliography)).findings);
    assert.equal(analyzeDocument(after, builtinIndex(), options(bibliography)).findings.filter((f) => f.code === 'citation.unknown-key').length, 1);
  });

  it("flags a key in the front matter's nocite: at its place, with the same fix, and not @* (every entry)", () => {
    const text = '---\nbibliography: refs.bib\nnocite: |\n  @lee2019, @smtih2015, @*\n---\nText [@lee2019].\n';
    const findings = analyzeDocument(text, builtinIndex(), options(bibliography)).findings.filter((f) => f.code === 'citation.unknown-key');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['@smtih2015']);
    assert.deepEqual(findings.flatMap((f) => citationKeyFixes(f, text)).map((f) => [text.slice(f.edits[0].start, f.edits[0].end), f.edits[0].newText]), [['@smtih2015', '@smith2015']]);
    const list = '---\nnocite:\n  - "@nobody"\n  - \'[@{smith 2015}; @lee2019]\'\ntitle: "@notnocite"\n---\n# Notes\n';
    assert.deepEqual(unknownKeys(list, bibliography).map(([k]) => k), ['@nobody', '@{smith 2015}']);
    assert.deepEqual(unknownKeys('---\nnocite: "@*"\n---\nText.\n', bibliography), []);
    assert.deepEqual(unknownKeys('Text.\n\n```yaml\nnocite: "@nobody"\n```\n', bibliography), [], 'no front matter');
  });

  it("keeps the nocite: findings through an incremental update, as a fresh analysis finds them", () => {
    const before = '---\nnocite: "@nobody"\n---\nA [@lee2019].\n\nB [@smith2015].\n';
    for (const after of [before.replace('@smith2015', '@smith2016'), before.replace('A [@lee2019]', 'A [@lee2018]'), before.replace('"@nobody"', '"@nobody2"')]) {
      const previous = analyzeDocument(before, builtinIndex(), options(bibliography));
      assert.deepEqual(updateAnalysis(previous, after, builtinIndex(), options(bibliography)).findings, analyzeDocument(after, builtinIndex(), options(bibliography)).findings, after);
    }
    assert.equal(unknownKeys(before.replace('@smith2015', '@smith2016'), bibliography).length, 2);
  });

  it('offers "Change to @nearest" for a near miss, at most three, a braced key braced', () => {
    const many = bibliographyOf('@misc{kim2020a,}\n@misc{kim2020b,}\n@misc{kim2020c,}\n@misc{kim2020d,}\n@misc{zzz,}\n');
    assert.deepEqual(nearestKeys('kim2020', many), ['kim2020a', 'kim2020b', 'kim2020c']);
    const text = 'A [@kim2020] and @{kim2021}.';
    const findings = analyzeDocument(text, builtinIndex(), options(many)).findings;
    const fixes = findings.flatMap((f) => citationKeyFixes(f, text));
    assert.deepEqual(
      fixes.map((f) => [f.title, text.slice(f.edits[0].start, f.edits[0].end), f.edits[0].newText]),
      [
        ['Change to @kim2020a', '@kim2020', '@kim2020a'],
        ['Change to @kim2020b', '@kim2020', '@kim2020b'],
        ['Change to @kim2020c', '@kim2020', '@kim2020c'],
        ['Change to @kim2020a', '@{kim2021}', '@{kim2020a}'],
        ['Change to @kim2020b', '@{kim2021}', '@{kim2020b}'],
        ['Change to @kim2020c', '@{kim2021}', '@{kim2020c}'],
      ],
    );
  });

  it('braces a near key that Pandoc would not read whole written bare (a space, an apostrophe, a final full stop)', () => {
    const odd = mergeBibliographies([parseCslJson('[{"id": "Smith 2015"}, {"id": "o\'brien2020"}, {"id": "lee2019."}, {"id": "http://zotero.org/items/AB"}]', 'refs.json').entries]);
    const text = 'A [@Smith 2016], [@obrien2020], [@lee2019] and [@http://zotero.org/items/AC].';
    const fixes = analyzeDocument(text, builtinIndex(), options(odd)).findings.flatMap((f) => citationKeyFixes(f, text)).filter((f) => f.isPreferred);
    assert.deepEqual(
      fixes.map((f) => f.edits[0].newText),
      ['@{Smith 2015}', "@{o'brien2020}", '@{lee2019.}', '@http://zotero.org/items/AB'],
    );
  });
});

describe('the nearest keys', () => {
  /** What `nearestKeys` promises, key by key against every entry: the index must find the same. */
  function reference(key: string, keys: string[], limit = 3): string[] {
    const lower = key.toLowerCase();
    const most = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
    const distance = (a: string, b: string): number => {
      const row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
          const above = row[j];
          row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
          diagonal = above;
        }
      }
      return row[b.length];
    };
    const scored: { key: string; score: number }[] = [];
    for (const candidate of keys) {
      const other = candidate.toLowerCase();
      const scores: number[] = [];
      if (other === lower) scores.push(0);
      if (other !== lower && lower.length >= 3 && other.startsWith(lower)) scores.push(1 + (other.length - lower.length) / 100);
      if (other.length >= 3 && other.length < lower.length && lower.startsWith(other) && lower.length - other.length <= Math.max(most, 4)) scores.push(1 + (lower.length - other.length) / 100);
      const d = distance(lower, other);
      if (d > 0 && d <= most) scores.push(1 + d);
      if (scores.length) scored.push({ key: candidate, score: Math.min(...scores) });
    }
    return scored
      .sort((a, b) => a.score - b.score || a.key.localeCompare(b.key))
      .slice(0, limit)
      .map((s) => s.key);
  }

  it('are found through the index as by comparing the key with every entry', () => {
    // A small alphabet, so that keys are often near one another.
    const keyArb = fc.stringMatching(/^[abAB12_]{1,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(keyArb, { maxLength: 60 }), fc.array(keyArb, { minLength: 1, maxLength: 8 }), (keys, asked) => {
        const bibliography = bibliographyOf(keys.map((k) => `@misc{${k},}`).join('\n'));
        const present = [...bibliography.entries.keys()];
        for (const key of asked) assert.deepEqual(nearestKeys(key, bibliography), reference(key, present), key);
      }),
      { numRuns: 300 },
    );
  });

  it('names the nearest keys of 2,000 unknown keys against 50,000 entries, and answers again from what it found', () => {
    // Compared with every entry, this took 155 s.
    const keys = Array.from({ length: 50_000 }, (_, i) => `smith${1950 + (i % 70)}${String.fromCharCode(97 + (i % 26))}${i}`);
    const bibliography = mergeBibliographies([keys.map((key) => ({ key, authors: [], moreAuthors: 0, file: 'refs.bib', line: 0 }))]);
    const text = Array.from({ length: 2000 }, (_, i) => `HGF promotes hepatocyte proliferation [@smtih${1950 + (i % 70)}${String.fromCharCode(97 + (i % 26))}${i * 3}].`).join('\n\n');
    const findings = analyzeDocument(text, builtinIndex(), options(bibliography)).findings.filter((f) => f.code === 'citation.unknown-key');
    assert.equal(findings.length, 2000);
    assert.ok(findings[1].message.includes('Did you mean @smith1951b'), findings[1].message);
    assert.equal(nearestKeys('smtih1951b3', bibliography), nearestKeys('smtih1951b3', bibliography), 'remembered');
  });
});

describe('citation key completion and hover', () => {
  const bibliography = bibliographyOf(bib);
  const complete = (marked: string) => {
    const { text, offset } = withCursor(marked);
    return completeCitationKeys(text, offset, parseProse(text).masked, bibliography);
  };

  it('offers the keys that start with what was typed after an @ where a citation may start', () => {
    for (const marked of ['A [@$$CURSOR$$]', 'A [see @$$CURSOR$$', 'A [@x; @$$CURSOR$$', 'As @$$CURSOR$$ says', '[-@$$CURSOR$$]']) assert.deepEqual(complete(marked).items.map((i) => i.label), ['lee2019', 'smith2015'], marked);
    const { items } = complete('As [@SM$$CURSOR$$ith]');
    assert.deepEqual(items.map((i) => [i.label, i.detail, i.start, i.end, i.wordEnd]), [['smith2015', 'Smith 2015', 5, 7, 10]]);
    assert.equal(items[0].documentation, '*Kupffer Cells*\n\nrefs.bib line 12');
    // Pandoc's author-suppressing `-@`: the `-` was read as an e-mail's local part, and masked the `@` with it.
    for (const marked of ['A claim [-@sm$$CURSOR$$]', 'As -@sm$$CURSOR$$ says']) assert.deepEqual(complete(marked).items.map((i) => i.label), ['smith2015'], marked);
  });

  it('offers the entries whose authors, year or title have a word that starts with what was typed, after the keys that start with it', () => {
    const labels = (marked: string) => complete(marked).items.map((i) => [i.label, i.sortText[0]]);
    assert.deepEqual(labels('A [@stell$$CURSOR$$]'), [['lee2019', '2']], 'a word of the title');
    assert.deepEqual(labels('A [@muller$$CURSOR$$]'), [['lee2019', '1']], 'an author, accents left out (M{\\"u}ller)');
    assert.deepEqual(labels('A [@Müll$$CURSOR$$]'), [['lee2019', '1']], 'or typed');
    assert.deepEqual(labels('A [@2015$$CURSOR$$]'), [['smith2015', '1']], 'the year');
    assert.deepEqual(labels('A [@s$$CURSOR$$]'), [['smith2015', '0'], ['lee2019', '2']], 'the key first; an entry once');
    assert.deepEqual(labels('A [@ell$$CURSOR$$]'), [], 'a word start, not inside a word');
    assert.deepEqual(labels('A [@{stell$$CURSOR$$]'), [], 'not inside @{…}, where a key may hold spaces');
    // The editor filters on the key, the authors, the year and the title as more is typed.
    assert.equal(complete('A [@stell$$CURSOR$$]').items[0].filterText, 'lee2019 Lee, Ann Müller, Jörg World Health Organization 2019 Stellate cells in Fibrosis: a review');
  });

  it('offers at most 100 entries found by their words, and says there are more', () => {
    const many = mergeBibliographies([Array.from({ length: 250 }, (_, i) => ({ key: `k${i}`, authors: ['Stellwagen, Ann'], moreAuthors: 0, title: 'Stellate cells', file: 'refs.bib', line: i }))]);
    const { text, offset } = withCursor('A [@stell$$CURSOR$$]');
    const found = completeCitationKeys(text, offset, parseProse(text).masked, many);
    assert.equal(found.items.length, 100);
    assert.ok(found.isIncomplete);
    const { text: one, offset: at } = withCursor('A [@k249$$CURSOR$$]');
    const exact = completeCitationKeys(one, at, parseProse(one).masked, many);
    assert.deepEqual([exact.items.map((i) => i.label), exact.isIncomplete], [['k249'], false], 'a key no word of an entry starts');
  });

  it("offers keys in the front matter's nocite: (a block, a quoted string, a list item), and nowhere else in the front matter", () => {
    for (const marked of ['---\nnocite: |\n  @lee2019, @sm$$CURSOR$$\n---\nText.\n', '---\nnocite: "@sm$$CURSOR$$"\n---\nText.\n', '---\nnocite:\n  - "@lee2019"\n  - \'@sm$$CURSOR$$\'\n---\n']) {
      const { items } = complete(marked);
      const { text } = withCursor(marked);
      assert.deepEqual(items.map((i) => [i.label, i.insertText, text.slice(i.start, i.end)]), [['smith2015', 'smith2015', 'sm']], marked);
    }
    assert.deepEqual(complete('---\nnocite: "@{sm$$CURSOR$$}"\n---\n').items.map((i) => i.insertText), ['smith2015'], 'braced');
    for (const marked of ['---\ntitle: "@sm$$CURSOR$$"\nnocite: "@lee2019"\n---\n', '---\nnocite: "@lee2019"\n# @sm$$CURSOR$$\n---\n', '---\nnocite: "mail jo@sm$$CURSOR$$"\n---\n']) assert.deepEqual(complete(marked).items, [], marked);
  });

  it('offers keys in a quoted nocite: value whose closing quote is not typed yet, as an editor leaves it', () => {
    // VS Code closes no quotes in markdown: until the closing one is typed, the front matter is no YAML.
    for (const marked of ['---\nnocite: "@sm$$CURSOR$$\n---\nText.\n', "---\nnocite: '@lee2019, @sm$$CURSOR$$\n---\n", '---\r\nnocite:\r\n  - "@lee2019"\r\n  - "@sm$$CURSOR$$\r\n---\r\n', '---\nnocite: "@{sm$$CURSOR$$\n...\n']) {
      const { text } = withCursor(marked);
      assert.deepEqual(complete(marked).items.map((i) => [i.label, text.slice(i.start, i.end)]), [['smith2015', 'sm']], JSON.stringify(marked));
    }
    // Nor then in another value, or one that stays broken whatever quote ends the line.
    for (const marked of ['---\ntitle: "@sm$$CURSOR$$\nnocite: "@lee2019"\n---\n', '---\nnocite: "@sm$$CURSOR$$\ntitle: [\n---\n']) assert.deepEqual(complete(marked).items, [], JSON.stringify(marked));
  });

  it("offers no key in a quoted nocite: value that the quote cannot hold as it is: it would end the value, and the front matter's YAML with it", () => {
    const odd = mergeBibliographies([parseBibtex('@misc{o\'brien2020,}\n@misc{ok2020,}\n@misc{say"hi",}\n@misc{back\\\\slash,}\n', 'refs.bib').entries]);
    const labels = (marked: string) => {
      const { text, offset } = withCursor(marked);
      return completeCitationKeys(text, offset, parseProse(text).masked, odd).items.map((i) => i.insertText);
    };
    assert.deepEqual(labels("---\nnocite: '@$$CURSOR$$'\n---\n"), ['{back\\\\slash}', 'ok2020', '{say"hi"}'], 'single quotes');
    assert.deepEqual(labels('---\nnocite: "@$$CURSOR$$"\n---\n'), ["{o'brien2020}", 'ok2020'], 'double quotes, where a backslash escapes');
    assert.deepEqual(labels('---\nnocite: "@{$$CURSOR$$"\n---\n'), ["o'brien2020}", 'ok2020}'], 'braced');
    assert.deepEqual(labels("---\nnocite: '@$$CURSOR$$\n---\n"), ['{back\\\\slash}', 'ok2020', '{say"hi"}'], 'not closed yet');
    assert.deepEqual(labels('---\nnocite: |\n  @$$CURSOR$$\n---\n'), ['{back\\\\slash}', "{o'brien2020}", 'ok2020', '{say"hi"}'], 'a block holds any');
    assert.deepEqual(labels('A [@$$CURSOR$$]'), ['{back\\\\slash}', "{o'brien2020}", 'ok2020', '{say"hi"}'], 'prose');
  });

  it("checks no cross-reference (Quarto's @fig-1, pandoc-crossref's @tbl:2) as a key, and a claim it sits in stays unsupported", () => {
    const text = 'As @fig-plot shows, VEGF decreases apoptosis [@tbl:2].\n\nAs @smtih2015 shows, VEGF decreases apoptosis.\n';
    const { findings } = analyzeDocument(text, builtinIndex(), { ...defaultAnalysisOptions, bibliography });
    assert.deepEqual(findings.map((f) => [f.code, text.slice(f.start, f.end)]), [
      ['claim.unsupported', 'As @fig-plot shows, VEGF decreases apoptosis [@tbl:2].'],
      ['citation.unknown-key', '@smtih2015'],
    ]);
  });

  it('checks a key written after Pandoc\'s author-suppressing -@, in brackets and in prose, and still masks an e-mail address', () => {
    const text = 'VEGF promotes angiogenesis [-@smtih2015].\n\nAs -@smtih2015 says, HGF matters. Mail jo-@x.org or a-b@lab.org.\n';
    const { findings } = analyzeDocument(text, builtinIndex(), { ...defaultAnalysisOptions, bibliography });
    assert.deepEqual(findings.filter((f) => f.code === 'citation.unknown-key').map((f) => [text.slice(f.start, f.end), f.start]), [
      ['@smtih2015', text.indexOf('@smtih2015')],
      ['@smtih2015', text.indexOf('-@smtih2015 says') + 1],
    ]);
  });

  it('inserts a key Pandoc would not read whole written bare braced', () => {
    const odd = mergeBibliographies([parseCslJson('[{"id": "Smith 2015"}, {"id": "smith2016"}]', 'refs.json').entries]);
    const { text, offset } = withCursor('A [@sm$$CURSOR$$]');
    assert.deepEqual(
      completeCitationKeys(text, offset, parseProse(text).masked, odd).items.map((i) => [i.label, i.insertText]),
      [['Smith 2015', '{Smith 2015}'], ['smith2016', 'smith2016']],
    );
  });

  it('offers the keys inside @{…}, inserted without braces of their own, closing the brace only where none follows', () => {
    const odd = mergeBibliographies([parseCslJson('[{"id": "Smith 2015"}, {"id": "smith2016"}, {"id": "lee2019"}]', 'refs.json').entries]);
    const completed = (marked: string) => {
      const { text, offset } = withCursor(marked);
      const { items } = completeCitationKeys(text, offset, parseProse(text).masked, odd);
      // Each item as the editor applies it, replacing up to the end of the key (insert mode "replace").
      return items.map((i) => text.slice(0, i.start) + i.insertText + text.slice(i.wordEnd));
    };
    assert.deepEqual(completed('A [@{$$CURSOR$$'), ['A [@{lee2019}', 'A [@{Smith 2015}', 'A [@{smith2016}']);
    assert.deepEqual(completed('A [@{$$CURSOR$$}]'), ['A [@{lee2019}]', 'A [@{Smith 2015}]', 'A [@{smith2016}]'], 'the brace the editor closed');
    assert.deepEqual(completed('A [@{Smith 2$$CURSOR$$ and more'), ['A [@{Smith 2015} and more']);
    assert.deepEqual(completed('A [@{Smith 2$$CURSOR$$01}; @x]'), ['A [@{Smith 2015}; @x]']);
    assert.deepEqual(completed('As @{sm$$CURSOR$$} says'), ['As @{Smith 2015} says', 'As @{smith2016} says']);
    // A lone CR ends a line, as in the editor: the item replaced the line break and the next line up to its `}`.
    assert.deepEqual(completed('As @{sm$$CURSOR$$\rnext line}'), ['As @{Smith 2015}\rnext line}', 'As @{smith2016}\rnext line}']);
    assert.deepEqual(completed('A @{x\rsm$$CURSOR$$'), []);
    for (const marked of ['`@{$$CURSOR$$`', 'mail x@{$$CURSOR$$', 'A {$$CURSOR$$', 'A @{x} {$$CURSOR$$', 'A @{x}\n$$CURSOR$$']) assert.deepEqual(completed(marked), [], marked);
  });

  it('offers none in code, in an e-mail address or after a word', () => {
    for (const marked of ['`[@$$CURSOR$$`', 'mail me at x@$$CURSOR$$', 'a@l$$CURSOR$$', '```\n[@$$CURSOR$$\n```']) assert.deepEqual(complete(marked).items, [], marked);
  });

  it('shows the entry on a cited key, its text escaped and its DOI linked', () => {
    const text = 'Fibrosis [see @lee2019, p. 3].';
    const hover = citationHover(text, parseProse(text), text.indexOf('lee2019') + 2, bibliography);
    assert.deepEqual(hover && [text.slice(hover.start, hover.end), hover.markdown], [
      '@lee2019',
      '**@lee2019** · Lee, Ann, Müller, Jörg, World Health Organization · (2019)\n\n*Stellate cells in Fibrosis: a review*\n\nHepatology Reports\n\nDOI: [10\\.1016/j.hep.2019.01.002](https://doi.org/10.1016/j.hep.2019.01.002)\n\nrefs.bib line 3',
    ]);
    assert.equal(citationHover(text, parseProse(text), 2, bibliography), undefined);
    const front = '---\nnocite: |\n  @smith2015, @lee2019\n---\nText.\n';
    const nocite = citationHover(front, parseProse(front), front.indexOf('lee2019'), bibliography);
    assert.deepEqual(nocite && [front.slice(nocite.start, nocite.end), nocite.markdown.split('\n')[0]], ['@lee2019', '**@lee2019** · Lee, Ann, Müller, Jörg, World Health Organization · (2019)']);
    assert.equal(citationHover(front, parseProse(front), 3, bibliography), undefined);
    const unknown = 'See [@nobody].';
    assert.equal(citationHover(unknown, parseProse(unknown), 7, bibliography), undefined);
  });
});

describe('where a bibliography writes a key, for a rename', () => {
  const written = (text: string, format: 'bibtex' | 'csl-json' | 'csl-yaml', key: string) =>
    bibliographyKeyRanges(text, format, key).map((r) => [text.slice(r.start, r.end), text.slice(Math.max(0, r.start - 9), r.start)]);

  it("finds a BibTeX entry's key and the crossref and xdata fields that name it, not a longer key nor a field's words", () => {
    const text = '@Book{smith2015,\n  title = {smith2015 in a title}\n}\n@article( smith2015a, crossref = {smith2015} )\n@inproceedings{x, xdata = "a, smith2015", crossref={smith2015a}}\n@string{smith2015 = "no"}\n@comment{smith2015}\n';
    assert.deepEqual(written(text, 'bibtex', 'smith2015'), [
      ['smith2015', '@Book{'],
      ['smith2015', 'ossref = {'],
      ['smith2015', 'ta = "a, '],
    ].map(([k, before]) => [k, before.slice(-9)]));
    assert.deepEqual(written(text, 'bibtex', 'smith2015a').map(([k]) => k), ['smith2015a', 'smith2015a']);
  });

  it("finds the keys BibLaTeX's xref, related and entryset fields name, among others", () => {
    const text = '@set{both, entryset = {lee2019,smith2015}}\n@article{lee2019, related = {smith2015a, smith2015}, relatedtype = {smith2015}}\n@inbook{ch1, XRef = "smith2015"}\n';
    assert.deepEqual(written(text, 'bibtex', 'smith2015'), [
      ['smith2015', '{lee2019,'],
      ['smith2015', 'th2015a, '],
      ['smith2015', ' XRef = "'],
    ]);
  });

  it("finds a CSL-JSON item's id, in a list or under items, and a CSL-YAML item's, quoted or not", () => {
    const json = '\uFEFF[\n  {"id": "lee2019", "title": "lee2019"},\n  {"id": "lee2019b", "note": {"id": "lee2019"}}\n]\n';
    assert.deepEqual(written(json, 'csl-json', 'lee2019'), [['lee2019', ' {"id": "']]);
    assert.deepEqual(written('{"items": [{"id": "lee2019"}]}', 'csl-json', 'lee2019').map(([k]) => k), ['lee2019']);
    assert.deepEqual(written('[{"id": "lee\\u0032019"}]', 'csl-json', 'lee2019'), [], 'written with an escape: not found');
    const yaml = '---\nreferences:\n- id: lee2019\n  title: lee2019\n- id: "smith 2015"\n- id: \'x\'\n...\n';
    assert.deepEqual(written(yaml, 'csl-yaml', 'lee2019'), [['lee2019', 's:\n- id: ']]);
    assert.deepEqual(written(yaml, 'csl-yaml', 'smith 2015'), [['smith 2015', '9\n- id: "']]);
    assert.deepEqual(written('- id: a\n- [broken', 'csl-yaml', 'a'), [], 'a file that cannot be read');
  });
});

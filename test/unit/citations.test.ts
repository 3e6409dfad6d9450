import assert from 'node:assert/strict';
import { findCitations, isPaperUrl, type CitationOptions } from '../../server/src/core/citations';
import { parseProse } from '../../server/src/core/markdown';

/** Citations of `text` as [kind, text] pairs. */
function cites(text: string, options?: CitationOptions): [string, string][] {
  return findCitations(text, 0, text.length, options).map((c) => [c.kind, text.slice(c.start, c.end)]);
}

describe('findCitations', () => {
  it('finds Pandoc citations with prefixes, locators, several keys and suppressed authors', () => {
    const text = 'A [@smith2015]. B [see @michalopoulos2007, p. 12; @fausto2006]. C [-@wiklander2015].';
    const found = findCitations(text);
    assert.deepEqual(
      found.map((c) => [c.kind, text.slice(c.start, c.end), c.keys]),
      [
        ['pandoc', '[@smith2015]', ['smith2015']],
        ['pandoc', '[see @michalopoulos2007, p. 12; @fausto2006]', ['michalopoulos2007', 'fausto2006']],
        ['pandoc', '[-@wiklander2015]', ['wiklander2015']],
      ],
    );
  });

  it('finds narrative @key but not e-mail addresses', () => {
    assert.deepEqual(cites('As @lee2019 showed. Mail ana.b@lab.org or @wang2020.'), [
      ['narrative', '@lee2019'],
      ['narrative', '@wang2020'],
    ]);
  });

  it('reads an @-mention that addresses someone or signs off a post as no citation', () => {
    // A handle with no digit that opens a line or sentence to address someone, or ends it after no word.
    assert.deepEqual(cites('@maya hepatocytes take up MSC exosomes mostly by endocytosis'), []);
    assert.deepEqual(cites('- @priya, can you re-run the pipeline? Done. @mkowalski the stain looks off.'), []);
    assert.deepEqual(cites('~2x Ki67+ nuclei 📈 @hepato_lab\nMSCs secrete VEGF cc @maya'), []);
    assert.deepEqual(cites('@channel JC this Thursday, and @here too'), []);
    // Citations, as Pandoc reads them: a key with a year, a reporting verb after it, a word before it at the end, a braced key.
    assert.deepEqual(cites('@doe shows that MSCs secrete VEGF. MSCs secrete HGF, as shown by @lee.'), [
      ['narrative', '@doe'],
      ['narrative', '@lee'],
    ]);
    assert.deepEqual(cites('@wang2020 hepatocytes take up exosomes. @{maya} the same.'), [
      ['narrative', '@wang2020'],
      ['narrative', '@{maya}'],
    ]);
  });

  it("reads Quarto's and pandoc-crossref's cross-references (@fig-1, @tbl:2, @sec-intro) as no citation, unless braced", () => {
    assert.deepEqual(cites('As @fig-plot shows, HGF rises [@sec-methods; @lee2019].'), [['pandoc', '[@sec-methods; @lee2019]']]);
    assert.deepEqual(cites('See [@fig-1], [@tbl:2], @eq-growth, @thm-main and [@lst:code].'), []);
    assert.deepEqual(cites('See [@{fig-1}] and @figure2020 and @eq.'), [['pandoc', '[@{fig-1}]'], ['narrative', '@figure2020'], ['narrative', '@eq']]);
    const keys = findCitations('[@fig-1; @lee2019; @tbl-x]').map((c) => c.keys);
    assert.deepEqual(keys, [['lee2019']]);
  });

  it("ends a key before an apostrophe and reads no key after a backslash, as Pandoc does: @smith2015's, \\@handle", () => {
    assert.deepEqual(cites("As @smith2015's review and [@lee2019]'s data show. Escaped \\@handle2016 is text."), [
      ['narrative', '@smith2015'],
      ['pandoc', '[@lee2019]'],
    ]);
  });

  it('finds numeric citations, not link text or task boxes', () => {
    assert.deepEqual(cites('One [1], ranges [3, 7–9] and [1-3]; a [2](https://example.org) link; [ ] and [x] tasks.'), [
      ['numeric', '[1]'],
      ['numeric', '[3, 7–9]'],
      ['numeric', '[1-3]'],
    ]);
  });

  it('finds footnote references, with their label as key', () => {
    const text = 'Claim.[^note] Another[^2].';
    const found = findCitations(text);
    assert.deepEqual(
      found.map((c) => [c.kind, c.keys]),
      [
        ['footnote', ['note']],
        ['footnote', ['2']],
      ],
    );
  });

  it('finds author–year citations in parentheses and brackets', () => {
    assert.deepEqual(
      cites('(Li et al., 2013) (Schirmacher & Geerts 1992) (Shi, 2012; Peng 2011a) (e.g., Mederacke et al. 2013) [Tsuchida and Friedman, 2017] (Wang, Liu and Zhou, 2019) (Jiang et al. 2021, p. 4)').map((c) => c[1]),
      ['(Li et al., 2013)', '(Schirmacher & Geerts 1992)', '(Shi, 2012; Peng 2011a)', '(e.g., Mederacke et al. 2013)', '[Tsuchida and Friedman, 2017]', '(Wang, Liu and Zhou, 2019)', '(Jiang et al. 2021, p. 4)'],
    );
  });

  it('finds narrative author–year, not a capitalised word before a year', () => {
    assert.deepEqual(cites('Smith et al. (2020) reported it. According to Zhang and Chen (2018), yes. In 2020 HGF (2020) rose.'), [
      ['author-year', 'Smith et al. (2020)'],
      ['author-year', 'Zhang and Chen (2018)'],
    ]);
  });

  it('finds "et al." wrapped onto the next line of a paragraph', () => {
    assert.deepEqual(cites('Kupffer cells clear endotoxin, as Smith et\nal. showed, and Li et\n   al. (2013) agreed.'), [
      ['author-year', 'Smith et\nal.'],
      ['author-year', 'Li et\n   al. (2013)'],
    ]);
  });

  it('does not take "et alii", "et alia" or "Et Al" for "et al."', () => {
    assert.deepEqual(cites('As Smith et alii showed, and Jones et alia, and Lee Et Al wrote.'), []);
  });

  it('finds DOIs, PMIDs, PMCIDs and arXiv ids, without trailing punctuation', () => {
    assert.deepEqual(cites('doi:10.1038/s41598-017-01234-5. PMID: 12345678, PMID 29234567 (PMCID: PMC6543210) arXiv:2103.04567 and 10.1016/S0140-6736(20)30183-5, or 10.1000/j.x…'), [
      ['doi', 'doi:10.1038/s41598-017-01234-5'],
      ['pmid', 'PMID: 12345678'],
      ['pmid', 'PMID 29234567'],
      ['pmcid', 'PMCID: PMC6543210'],
      ['arxiv', 'arXiv:2103.04567'],
      ['doi', '10.1016/S0140-6736(20)30183-5'],
      ['doi', '10.1000/j.x'],
    ]);
  });

  it('finds a DOI on doi.org written without its scheme', () => {
    // From the hundred-and-fifty-seventh batch.
    assert.deepEqual(cites('MSC-EVs cut collagen deposition by about half -> doi.org/10.1016/j.jhep.2021.04.017 (mods pls whitelist)'), [['doi', 'doi.org/10.1016/j.jhep.2021.04.017']]);
    assert.deepEqual(cites('see dx.doi.org/10.1000/xyz.'), [['doi', 'dx.doi.org/10.1000/xyz']]);
    assert.deepEqual(cites('the site mydoi.org/10.1000/xyz is not one'), []);
  });

  it('reads an organisation in capitals as an author before a comma and a year', () => {
    assert.deepEqual(cites('Liver failure kills many (WHO, 2024), and more (EASL 2018; NICE, 2023).'), [
      ['author-year', '(WHO, 2024)'],
      ['author-year', '(EASL 2018; NICE, 2023)'],
    ]);
    for (const text of ['HGF rose (IL 2020).', 'Dosing (MSC 2021) was weekly.', 'We used MSCs (P4, 2020).']) assert.deepEqual(cites(text), [], text);
  });

  it('reads no citation in powers, dates, mail links or figures on paper hosts', () => {
    for (const text of ['VEGF acts in 5 mm² of tissue at 10⁵ cells/mL and 3 s⁻¹.', 'VEGF rose (June 2021), (In 2020), (Figure 2021), (May 2019).', 'Ask [the editor](mailto:editor@nature.com).', 'See ![the figure](https://www.nature.com/fig.png).']) {
      assert.deepEqual(cites(text), [], text);
    }
    // A handle with an underscore that opens a line addresses someone (from the hundred-and-twenty-ninth batch).
    assert.deepEqual(cites('@vesicle_guy BM-MSC exosomes are roughly 3× more potent than adipose ones.'), []);
    assert.deepEqual(cites('@smith_2015 BM-MSC exosomes are roughly 3× more potent than adipose ones.'), [['narrative', '@smith_2015']]);
    // A handle with one digit in it, not a year, addresses someone too (from the hundred-and-fifty-seventh batch).
    assert.deepEqual(cites("@brocc0li umbilical cord MSCs make like 3x more exosomes per cell than bone marrow ones"), []);
    assert.deepEqual(cites('@smith15 umbilical cord MSCs make more exosomes.'), [['narrative', '@smith15']]);
    // A measure that "@" writes "at" before is no key (from the hundred-and-thirty-third batch).
    assert.deepEqual(cites('INC-5 hypoxia chamber @1% O2, 48h, spun @300 g, stored @4 °C.'), []);
    assert.deepEqual(cites('As @2019 showed, EVs rise.'), [['narrative', '@2019']]);
    // A range of powers of ten written with carets holds no Pandoc superscript (from the hundred-and-nineteenth batch).
    assert.deepEqual(cites('NTA counts of roughly 10^9–10^11 particles/mL.'), []);
    assert.deepEqual(cites('HGF rises.^12^ IL-6 too.^3-5^'), [
      ['numeric', '^12^'],
      ['numeric', '^3-5^'],
    ]);
    // Superscripts after words and symbols, an author named like a month, and links to papers still cite.
    assert.deepEqual(cites('HGF rises³, as do IL-6² and CD44¹⁵ (March et al., 2020) [a](https://www.nature.com/x).'), [
      ['numeric', '³'],
      ['numeric', '²'],
      ['numeric', '¹⁵'],
      ['author-year', '(March et al., 2020)'],
      ['link', '[a](https://www.nature.com/x)'],
    ]);
  });

  it('finds links to papers: inline, autolink, bare and reference-style', () => {
    const text = 'A [preprint](https://www.biorxiv.org/content/10.1101/2021.03.01.433456v1), <https://pubmed.ncbi.nlm.nih.gov/31234567/>, see https://www.nature.com/articles/x and [Tanaka 2016][tanaka] but not [blog](https://example.com).\n\n[tanaka]: https://www.sciencedirect.com/science/article/pii/S01\n';
    const prose = text.slice(0, text.indexOf('\n\n'));
    const kinds = findCitations(text, 0, prose.length, { references: parseProse(text).references }).map((c) => [c.kind, text.slice(c.start, c.end)]);
    assert.deepEqual(
      kinds.map((c) => c[0]),
      ['link', 'link', 'link', 'link'],
    );
    assert.ok(kinds[0][1].startsWith('[preprint]('));
    assert.equal(kinds[3][1], '[Tanaka 2016][tanaka]');
  });

  it('ignores citations in code spans and HTML comments when given the masked text', () => {
    const text = 'Use `[@nocite] 10.1000/x` and <!-- [@hidden] PMID: 1234567 --> but [@real] and [ref](https://doi.org/10.1/y).';
    const prose = parseProse(text);
    assert.deepEqual(
      cites(text, { masked: prose.masked }).map((c) => c[1]),
      ['[@real]', '[ref](https://doi.org/10.1/y)'],
    );
  });

  it('accepts free-form references only in loose mode (footnotes, reference lists)', () => {
    const text = 'Friedman SL. Mechanisms of hepatic fibrogenesis. Gastroenterology. 2008;134:1655–1669.';
    assert.deepEqual(cites(text), []);
    assert.equal(cites(text, { loose: true })[0][0], 'reference');
  });

  it('accepts, where free-form references are, a document named with a page, version or section', () => {
    for (const text of ['Participant information sheet, version 2.1, page 3.', "Investigator's brochure v4, p. 12.", 'Trial protocol, section 6.2.']) {
      assert.deepEqual(cites(text), [], text);
      assert.equal(cites(text, { loose: true })[0]?.[0], 'reference', text);
    }
    assert.equal(cites('Morales & Chen 2020, J Hepatol 73:412–421.', { loose: true })[0]?.[0], 'reference');
    // A place with no document, or a document with no place, is none.
    for (const text of ['See the table below, page 3.', 'From the protocol we wrote last year.']) assert.deepEqual(cites(text, { loose: true }), [], text);
  });

  it('reads an author–year citation with the journal alone after the year', () => {
    // From the ninety-second batch.
    assert.deepEqual(cites('Regrowth comes from hepatocytes (Michalopoulos 2017, Hepatology).'), [['author-year', '(Michalopoulos 2017, Hepatology)']]);
    for (const text of ['Data (Smith 2019, unpublished).', 'Met (June 2021, Boston).']) assert.deepEqual(cites(text), [], text);
  });

  it('reads two authors joined by an ampersand with a bare year as a narrative citation', () => {
    // From the eighty-seventh batch.
    assert.deepEqual(cites('It matches Michalopoulos & DeFrances 1997 (Science): hepatocytes re-enter the cycle within a day.'), [['author-year', 'Michalopoulos & DeFrances 1997']]);
    // Not months, nor a reference that goes on with its journal (read as a free-form reference where references are).
    assert.deepEqual(cites('Between March & June 2021 the lab moved twice.'), []);
    assert.deepEqual(cites('Morales & Chen 2020, J Hepatol 73:412–421.'), []);
  });

  it('reads numbers of references with an "R" before them as numeric citations', () => {
    // From the hundred-and-sixty-sixth batch's impact case study.
    assert.deepEqual(cites('exosomes reduced collagen deposition by ~45% [R1, R2].'), [['numeric', '[R1, R2]']]);
    assert.deepEqual(cites('As in [R3–R5].'), [['numeric', '[R3–R5]']]);
    assert.deepEqual(cites('Press [Ctrl] and [X1Y].'), []);
  });

  it('reads a narrative author–year citation with its journal inside the parentheses', () => {
    // From the hundred-and-sixty-second batch.
    assert.deepEqual(cites('Perfusion buffer switched to the EGTA pre-wash per Seglen (1976, Methods Cell Biol 13:29–83): chelating calcium loosens the junctions.'), [['author-year', 'Seglen (1976, Methods Cell Biol 13:29–83)']]);
    assert.deepEqual(cites('As Seglen (1976) showed.'), [['author-year', 'Seglen (1976)']]);
    assert.deepEqual(cites('Seglen (1976, my notes) says so.'), []);
  });

  it('accepts, where free-form references are, a book with its edition and no year', () => {
    for (const text of ['Ross & Pawlina, *Histology: A Text and Atlas*, 8e, ch. 18 (Liver).', 'Ross MH, Pawlina W. Histology: A Text and Atlas. 8th ed.', 'Kumar, Abbas & Aster, Robbins Basic Pathology, 10th edition.']) {
      assert.deepEqual(cites(text), [], text);
      assert.equal(cites(text, { loose: true })[0]?.[0], 'reference', text);
    }
    assert.deepEqual(cites('See the 2nd edition of our lab manual.', { loose: true }), []);
  });

  it('reads an author–year citation with the journal, volume and pages after the year', () => {
    assert.deepEqual(cites('DNA synthesis peaks then (Michalopoulos & Bhushan 2021, Nat Rev Gastroenterol Hepatol 18:40).'), [
      ['author-year', '(Michalopoulos & Bhushan 2021, Nat Rev Gastroenterol Hepatol 18:40)'],
    ]);
    assert.deepEqual(cites('It regrows (Smith et al., 2020, Hepatology 71(2): 400–410).'), [['author-year', '(Smith et al., 2020, Hepatology 71(2): 400–410)']]);
    // Or the journal before the year, after a comma.
    assert.deepEqual(cites('It is most of the miRNA in the liver (Jopling, RNA Biol 2012).'), [['author-year', '(Jopling, RNA Biol 2012)']]);
    assert.deepEqual(cites('It regrew (June, Phase 2 2021).'), []);
    // A year in parentheses with words after it and no author is none.
    assert.deepEqual(cites('It regrew (June 2021, Cohort 3).'), []);
  });

  it('reports offsets into the whole text when given a range', () => {
    const text = 'Before [@a]. Inside [@b]. After [@c].';
    const start = text.indexOf('Inside');
    const found = findCitations(text, start, text.indexOf('After'));
    assert.deepEqual(
      found.map((c) => [c.start, c.end]),
      [[text.indexOf('[@b]'), text.indexOf('[@b]') + 4]],
    );
  });

  // Nested brackets by the hundred thousand: a quadratic scan would not finish within the test's timeout.
  it('reads runs of prefix words and spaces, and chains of hyphenated names, in one pass', () => {
    // Each 'in  ' tripled the ways to read the prefixes (20 of them: about a minute). A chain of
    // hyphenated capitalised words took 18 s at 6 KB, growing with its cube (9 KB: about a minute).
    const prefixes = `(${'in  '.repeat(20)}see also Smith 2020)`;
    assert.deepEqual(cites(prefixes), [['author-year', prefixes]]);
    assert.deepEqual(cites(`[${'in  '.repeat(20)}x]`), []);
    const chain = `${'Ab-'.repeat(3000)}x`;
    assert.deepEqual(cites(`Smith et al. found ${chain}. Jones-Smith et al. (2020) and O'Brien-Lee (2019) agree.`).map((c) => c[1]), ['Smith et al.', 'Jones-Smith et al. (2020)', "O'Brien-Lee (2019)"]);
    assert.deepEqual(cites(`${chain} et al. 2020.`, { loose: true }), []);
  });

  it('trims what follows a URL, a DOI or a key in one pass, however long the run', () => {
    // A pattern anchored at the end, and the brackets counted again for each ')' taken off, made these take seconds.
    assert.deepEqual(cites(`See http://doi.org/x${')'.repeat(50_000)}.`), [['link', 'http://doi.org/x']]);
    assert.deepEqual(cites(`See (http://doi.org/x(1)${'._'.repeat(25_000)}b.)`), [['link', `http://doi.org/x(1)${'._'.repeat(25_000)}b`]]);
    assert.deepEqual(findCitations(`[@a${':'.repeat(50_000)}b:]`).map((c) => c.keys), [[`a${':'.repeat(50_000)}b`]]);
  });

  it('reads pathological nesting and runs of unclosed brackets', () => {
    const nested = '('.repeat(200_000) + '(Smith 2020 '.repeat(20_000) + ')'.repeat(200_000);
    const last = nested.lastIndexOf('(Smith 2020');
    assert.deepEqual(findCitations(nested), [{ start: last, end: last + 13, kind: 'author-year', keys: ['Smith 2020'] }]);
    const unclosed = findCitations('[@a '.repeat(100_000));
    assert.equal(unclosed.length, 100_000);
    assert.ok(unclosed.every((c, i) => c.kind === 'narrative' && c.start === i * 4 + 1 && c.keys?.[0] === 'a'));
  });
});

describe('isPaperUrl', () => {
  it('knows publisher and index hosts, with subdomains', () => {
    assert.ok(isPaperUrl('https://doi.org/10.1/x'));
    assert.ok(isPaperUrl('https://journals.plos.org/plosone/article'));
    assert.ok(isPaperUrl('www.ncbi.nlm.nih.gov/pmc/articles/PMC1'));
    assert.ok(!isPaperUrl('https://example.com/doi.org'));
    assert.ok(!isPaperUrl('https://github.com/x'));
  });
});

describe('reference definitions (ProseMap.references)', () => {
  const definitions = (text: string) => [...parseProse(text).references];

  it('reads the definitions markdown reads, labels folded as CommonMark folds them, the first of a label kept', () => {
    const text = 'Intro [a] text ]: not one.\n\n[Smith  2020]: https://doi.org/10.1/x\n   [b]: <https://x.org/y>\n    [c]: indented\n[smith 2020]: later\n[^1]: a footnote\n\n[Straße]: https://x.org/s\n';
    assert.deepEqual(definitions(text), [
      ['SMITH 2020', 'https://doi.org/10.1/x'],
      ['B', 'https://x.org/y'],
      ['STRASSE', 'https://x.org/s'],
    ]);
  });

  it('reads definitions in quotes and list items and over two lines, and none in code, HTML comments or front matter', () => {
    const inside = '> See [a].\n>\n> [a]: https://x.org/a\n\n- [b]: https://x.org/b\n\n[c\nd]: https://x.org/cd\n';
    assert.deepEqual(definitions(inside), [
      ['A', 'https://x.org/a'],
      ['B', 'https://x.org/b'],
      ['C D', 'https://x.org/cd'],
    ]);
    const notOnes = '---\n[f]: https://x.org/f\n---\n\n```\n[c]: https://x.org/c\n```\n\n<!--\n[h]: https://x.org/h\n-->\n';
    assert.deepEqual(definitions(notOnes), []);
  });

  it('makes a citation of a reference link to a paper defined in a quote, and none of one defined in code', () => {
    const claim = 'Exosomal VEGF silences apoptosis in Kupffer cells [Smith][s].';
    const quoted = `> ${claim}\n>\n> [s]: https://pubmed.ncbi.nlm.nih.gov/1/\n`;
    const inClaim = (text: string) => findCitations(text, 0, text.indexOf('\n'), { references: parseProse(text).references }).map((c) => c.kind);
    assert.deepEqual(inClaim(quoted), ['link']);
    const fenced = `${claim}\n\n\`\`\`\n[s]: https://pubmed.ncbi.nlm.nih.gov/1/\n\`\`\`\n`;
    assert.deepEqual(inClaim(fenced), []);
  });
});

import assert from 'node:assert/strict';
import { identifierLinks } from '../../server/src/core/identifierLinks';
import { parseProse } from '../../server/src/core/markdown';

/** The links of a note as [text linked, target]. */
function links(text: string): [string, string][] {
  return identifierLinks(text, parseProse(text)).map((l) => [text.slice(l.start, l.end), l.target]);
}

describe('links to the papers a note names by identifier', () => {
  it('links a DOI, a PubMed id, a PubMed Central id and an arXiv id, without the punctuation after them', () => {
    assert.deepEqual(links('See doi:10.1016/j.jhep.2019.01.002. Also 10.1038/nature12345, PMID: 31234567 and PMC6543210; arXiv:2101.01234v2 and arXiv:q-bio.CB/0601001.\n'), [
      ['doi:10.1016/j.jhep.2019.01.002', 'https://doi.org/10.1016/j.jhep.2019.01.002'],
      ['10.1038/nature12345', 'https://doi.org/10.1038/nature12345'],
      ['PMID: 31234567', 'https://pubmed.ncbi.nlm.nih.gov/31234567/'],
      ['PMC6543210', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/'],
      ['arXiv:2101.01234v2', 'https://arxiv.org/abs/2101.01234v2'],
      ['arXiv:q-bio.CB/0601001', 'https://arxiv.org/abs/q-bio.CB/0601001'],
    ]);
  });

  it("links each way an identifier is written, in prose and beside the keys in a citation's brackets", () => {
    const written: [string, string][] = [
      ['PMID 31234567', 'https://pubmed.ncbi.nlm.nih.gov/31234567/'],
      ['pmid:1234567', 'https://pubmed.ncbi.nlm.nih.gov/1234567/'],
      ['PMCID: PMC6543210', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/'],
      ['arXiv: 2101.01234', 'https://arxiv.org/abs/2101.01234'],
      ['arXiv:hep-th/9901001v2', 'https://arxiv.org/abs/hep-th/9901001v2'],
      ['DOI: 10.1000/a', 'https://doi.org/10.1000/a'],
    ];
    for (const [id, target] of written) {
      assert.deepEqual(links(`Shown by ${id}.\n`), [[id, target]], id);
      assert.deepEqual(links(`Shown [@lee2019; ${id}].\n`), [[id, target]], id);
      assert.deepEqual(links(`Shown [see ${id}; @smith2015, p. 3].\n`), [[id, target]], id);
    }
  });

  it("ends a DOI before the sentence's punctuation and a closing bracket it does not open", () => {
    assert.deepEqual(links('(10.1000/a) [10.1000/b] 10.1000/c… 10.1000/d!? "10.1000/e" 10.1016/S0140-6736(20)30183-5.\n').map(([written]) => written), ['10.1000/a', '10.1000/b', '10.1000/c', '10.1000/d', '10.1000/e', '10.1016/S0140-6736(20)30183-5']);
  });

  it("links an identifier beside the authors of an author-year citation, in brackets or parentheses", () => {
    assert.deepEqual(links('Shown [see Smith et al., 2020; doi:10.1000/x] and (Smith et al., 2020; PMC6543210).\n'), [
      ['doi:10.1000/x', 'https://doi.org/10.1000/x'],
      ['PMC6543210', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/'],
    ]);
  });

  it('links none inside an address, a link destination or label, a wiki link or an HTML tag', () => {
    for (const text of [
      'A [paper](10.1000/xyz) here.',
      'A [paper](https://example.org "PMID: 1234567") here.',
      'See https://example.org/?id=10.1000/xyz now.',
      'See https://example.org/arXiv:hep-th/9901001 now.',
      'See <https://example.org/q?PMID=12345> now.',
      'A [paper][10.1000/x] here.\n\n[10.1000/x]: https://example.org',
      'A [[10.1000/x]] note.',
      'A <a title="PMID: 1234567">paper</a>.',
      'Cited [@a; see https://doi.org/10.1000/b].',
    ]) assert.deepEqual(links(`${text}\n`), [], text);
  });

  it('writes a DOI as an address, its characters that an address would read otherwise escaped', () => {
    assert.deepEqual(links('A DOI 10.1002/(SICI)1097-4636(199607)31:3;2-H here.\n').map(([, target]) => target), ['https://doi.org/10.1002/(SICI)1097-4636(199607)31%3A3%3B2-H']);
    assert.deepEqual(links('A DOI 10.1000/a#b?c%d here.\n').map(([, target]) => target), ['https://doi.org/10.1000/a%23b%3Fc%25d']);
  });

  it('leaves to the editor what it links itself (URLs, link destinations, autolinks), and reads none in code or HTML', () => {
    assert.deepEqual(links('A [paper](https://doi.org/10.1000/xyz), <https://doi.org/10.1000/abc>, https://doi.org/10.1000/bare and www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/.\n'), []);
    assert.deepEqual(links('---\ntitle: A note\n---\n`10.1000/code` and\n\n```\nPMID: 123456\n```\n\n<div>PMC1234567</div>\n'), []);
  });

  it("links the value of the front matter's doi:, pmid:, pmcid: and arxiv: fields, bare or quoted, at any depth, and nothing else there", () => {
    const note = [
      '---',
      'title: "On 10.1000/not-a-field"',
      'doi: 10.1000/front # the paper',
      'citation:',
      '  doi: "https://doi.org/10.1016/j.jhep.2020.01.001"',
      "  pmid: '31234567'",
      '  - PMCID: PMC6543210',
      'arxiv: arXiv:2101.01234v2',
      'doi: not a doi',
      'pmid: 12ab',
      '---',
      'Prose.',
      '',
    ].join('\r\n');
    assert.deepEqual(links(note), [
      ['10.1000/front', 'https://doi.org/10.1000/front'],
      ['https://doi.org/10.1016/j.jhep.2020.01.001', 'https://doi.org/10.1016/j.jhep.2020.01.001'],
      ['31234567', 'https://pubmed.ncbi.nlm.nih.gov/31234567/'],
      ['PMC6543210', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6543210/'],
      ['arXiv:2101.01234v2', 'https://arxiv.org/abs/2101.01234v2'],
    ]);
    assert.deepEqual(links('doi: 10.1000/prose-no-front-matter\n').map(([t]) => t), ['doi: 10.1000/prose-no-front-matter'], 'read as prose, as any line');
  });

  it('keeps offsets of the note with CRLF line endings and characters beyond the BMP', () => {
    const text = '🧬 first line\r\n\r\nThe 🧬 paper doi:10.1000/xyz.\r\n';
    const [link] = identifierLinks(text, parseProse(text));
    assert.equal(text.slice(link.start, link.end), 'doi:10.1000/xyz');
  });

  it('reads a note of 1 MB of identifiers, in prose and in citations, in one paragraph or many', () => {
    const papers = Array.from({ length: 20_000 }, (_, i) => `Paper ${i}: doi:10.1000/x${i}, [@k${i}; PMID: ${1000 + i}].`);
    for (const text of [papers.join('\n\n'), papers.join(' ')]) {
      assert.ok(text.length > 1_000_000);
      assert.equal(identifierLinks(text, parseProse(text)).length, 40_000);
    }
  });
});

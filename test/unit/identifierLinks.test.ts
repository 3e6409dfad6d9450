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

  it('writes a DOI as an address, its characters that an address would read otherwise escaped', () => {
    assert.deepEqual(links('A DOI 10.1002/(SICI)1097-4636(199607)31:3;2-H here.\n').map(([, target]) => target), ['https://doi.org/10.1002/(SICI)1097-4636(199607)31%3A3%3B2-H']);
    assert.deepEqual(links('A DOI 10.1000/a#b?c%d here.\n').map(([, target]) => target), ['https://doi.org/10.1000/a%23b%3Fc%25d']);
  });

  it('leaves to the editor what it links itself (URLs, link destinations, autolinks), and reads none in code, front matter or HTML', () => {
    assert.deepEqual(links('A [paper](https://doi.org/10.1000/xyz), <https://doi.org/10.1000/abc>, https://doi.org/10.1000/bare and www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/.\n'), []);
    assert.deepEqual(links('---\ndoi: 10.1000/front\n---\n`10.1000/code` and\n\n```\nPMID: 123456\n```\n\n<div>PMC1234567</div>\n'), []);
  });

  it('keeps offsets of the note with CRLF line endings and characters beyond the BMP', () => {
    const text = '🧬 first line\r\n\r\nThe 🧬 paper doi:10.1000/xyz.\r\n';
    const [link] = identifierLinks(text, parseProse(text));
    assert.equal(text.slice(link.start, link.end), 'doi:10.1000/xyz');
  });

  it('reads a note of 20,000 identifiers in one pass', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Paper ${i}: doi:10.1000/x${i}, PMID: ${1000 + i}.`).join('\n\n');
    assert.equal(identifierLinks(text, parseProse(text)).length, 40_000);
  });
});

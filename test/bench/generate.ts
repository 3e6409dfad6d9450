import { builtinLayer } from '../../server/src/core';

/** A small deterministic generator (mulberry32), so every run benchmarks the same notes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const verbs = ['promotes', 'secretes', 'inhibits', 'enhances', 'suppresses', 'releases', 'modulates', 'targets', 'restores', 'reduces'];
const fillers = [
  'in the regenerating liver', 'after partial hepatectomy', 'in a murine model of acute injury', 'within the first 48 hours',
  'compared with untreated controls', 'through paracrine signalling', 'in fibrotic tissue', 'at the periportal zone',
];
const hedges = ['may', 'might', 'could plausibly'];
const cues = ['Studies have shown that', 'It has been demonstrated that', 'It is clear that', 'Recent work found that'];
const plain = ['The protocol follows the lab handbook.', 'Samples were stored at −80 °C.', 'We discussed the figure at the weekly meeting.', 'Open questions are listed below.'];
const citations = ['[@smith2020]', '[see @lee2019, p. 3; @chen2021]', '[1]', '[2–4]', '(Wang et al., 2018)', 'doi:10.1016/j.jhep.2020.01.001', 'PMID: 31234567'];

/**
 * Realistic markdown notes of about `bytes` UTF-8 bytes: headings, prose with vocabulary terms,
 * claims with and without citations, hedged sentences, lists, tables, code blocks, footnotes.
 */
export function generateNote(bytes: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const layer = builtinLayer();
  const forms = layer.terms.flatMap((t) => [t.label, ...(t.abbreviations ?? []), ...(t.synonyms ?? []), ...(t.deprecated ?? [])]).filter((f): f is string => !!f);
  const term = () => pick(forms);
  const sentence = (): string => {
    switch (Math.floor(random() * 6)) {
      case 0:
        return `${cap(term())} ${pick(verbs)} ${term()} ${pick(fillers)} ${pick(citations)}.`;
      case 1:
        return `${pick(cues)} ${term()} ${pick(verbs)} ${term()} ${pick(fillers)}.`;
      case 2:
        return `${cap(term())} ${pick(hedges)} ${pick(verbs).replace(/s$/, '')} ${term()} ${pick(fillers)}.`;
      case 3:
        return `Does ${term()} change ${term()} ${pick(fillers)}?`;
      case 4:
        return pick(plain);
      default:
        return `${cap(term())} and ${term()} were measured ${pick(fillers)}.`;
    }
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(random() * 4) }, sentence).join(' ');
  const blocks: string[] = [];
  let size = 0;
  let section = 0;
  let footnote = 0;
  while (size < bytes) {
    let block: string;
    const roll = random();
    if (roll < 0.08) block = `## ${++section}. ${cap(term())} and ${term()}`;
    else if (roll < 0.55) block = paragraph();
    else if (roll < 0.7) block = Array.from({ length: 2 + Math.floor(random() * 4) }, () => `- ${sentence()}${random() < 0.3 ? `\n  - ${sentence()}` : ''}`).join('\n');
    else if (roll < 0.78) block = `| marker | change | note |\n|---|---|---|\n${Array.from({ length: 3 }, () => `| ${term()} | ${random() < 0.5 ? '↑' : '↓'} ${(random() * 10).toFixed(1)}× | ${sentence()} |`).join('\n')}`;
    else if (roll < 0.85) block = `\`\`\`python\n# ${term()} counts\ncounts = {"${term()}": ${Math.floor(random() * 100)}, "HGF": 3}\nprint(counts)\n\`\`\``;
    else if (roll < 0.9) block = `> ${paragraph()}`;
    else if (roll < 0.95) block = `${paragraph()}[^${++footnote}]\n\n[^${footnote}]: ${cap(term())} data from ${pick(citations)}.`;
    else block = `See [the ${term()} protocol](https://example.org/protocols/${footnote}) and \`${term()}\` in the script. ${sentence()}`;
    blocks.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return `---\ntitle: Generated note ${seed}\n---\n\n# Notes on liver regeneration\n\n${blocks.join('\n\n')}\n`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

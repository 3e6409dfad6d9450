// Term lists for the benchmarks: real ones (Gene Ontology terms and human gene symbols, from the
// Debian packages r-bioc-go.db and r-bioc-org.hs.eg.db) when they can be had offline-from-apt,
// synthetic ones otherwise. Writes .bench/terms-10k.json and .bench/terms-100k.json
// (vocabulary files) and .bench/terms-meta.json saying which kind each is.
// Usage: node test/bench/terms.mjs [--synthetic]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, '.bench');
const debs = path.join(out, 'debs');
mkdirSync(out, { recursive: true });

function run(command, args, options = {}) {
  return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30, ...options }).toString('utf8');
}

function findFile(dir, name) {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name === name) return path.join(entry.parentPath ?? entry.path, entry.name);
  }
  return undefined;
}

/** Downloads and unpacks the two packages once; undefined when apt, dpkg-deb or sqlite3 is missing. */
function realDatabases() {
  try {
    mkdirSync(debs, { recursive: true });
    let go = findFile(debs, 'GO.sqlite');
    let genes = findFile(debs, 'org.Hs.eg.sqlite');
    if (!go || !genes) {
      if (!readdirSync(debs).some((f) => f.endsWith('.deb'))) run('apt-get', ['download', 'r-bioc-go.db', 'r-bioc-org.hs.eg.db'], { cwd: debs });
      for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) run('dpkg-deb', ['-x', deb, 'x'], { cwd: debs });
      go = findFile(debs, 'GO.sqlite');
      genes = findFile(debs, 'org.Hs.eg.sqlite');
    }
    run('sqlite3', ['-version']);
    return go && genes ? { go, genes } : undefined;
  } catch {
    return undefined;
  }
}

function query(db, sql) {
  return run('sqlite3', ['-separator', '\t', db, sql])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
}

const validForm = (s) => s && /\S/.test(s) && s.length <= 200;
const unique = (list, not) => [...new Set(list.filter((s) => validForm(s) && s !== not))];

function realTerms({ go, genes }) {
  const synonyms = new Map();
  for (const [id, synonym, likeGoId] of query(go, 'select _id, synonym, like_go_id from go_synonym')) {
    if (likeGoId === '1') continue;
    (synonyms.get(id) ?? synonyms.set(id, []).get(id)).push(synonym);
  }
  const goTerms = query(go, "select _id, go_id, term, definition from go_term where go_id like 'GO:%' order by _id").map(([id, goId, label, definition]) => ({
    id: `go-${goId.slice(3)}`,
    label,
    kind: 'mechanism',
    synonyms: unique(synonyms.get(id) ?? [], label).slice(0, 4),
    definition: (definition ?? '').split('. ')[0].slice(0, 80),
    xrefs: [goId],
  }));
  const aliases = new Map();
  for (const [id, alias] of query(genes, 'select _id, alias_symbol from alias')) (aliases.get(id) ?? aliases.set(id, []).get(id)).push(alias);
  const geneTerms = query(genes, 'select _id, gene_name, symbol from gene_info order by _id').map(([id, name, symbol]) => ({
    id: `gene-${id}`,
    label: name,
    kind: 'molecule',
    abbreviations: unique([symbol, ...(aliases.get(id) ?? [])], name).slice(0, 4),
    xrefs: [`NCBIGene:${id}`],
  }));
  return { goTerms, geneTerms };
}

/** Deterministic pseudo-words, so synthetic lists are the same on every machine. */
function syntheticTerms(count) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const syllables = ['ka', 'lo', 'mi', 'zen', 'tor', 'phy', 'ria', 'gen', 'cyt', 'ox', 'ase', 'lin', 'dro', 'vex', 'qua', 'nu'];
  const word = (n) => Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join('');
  const terms = [];
  for (let i = 0; i < count; i++) {
    const words = 1 + Math.floor(random() * 3);
    terms.push({
      id: `syn-${i}`,
      label: `${Array.from({ length: words }, () => word(2 + Math.floor(random() * 2))).join(' ')} ${i}`,
      kind: ['molecule', 'cell', 'mechanism'][i % 3],
      abbreviations: [`${word(1).toUpperCase()}${i}`],
      synonyms: [`${word(3)} ${word(2)}-${i}`],
    });
  }
  return terms;
}

const synthetic = process.argv.includes('--synthetic');
const databases = synthetic ? undefined : realDatabases();
const meta = {};
if (databases) {
  const { goTerms, geneTerms } = realTerms(databases);
  const interleave = (n) => {
    // Genes first for 10k (symbols like CAT and SET collide with words); GO fills up the 100k.
    const genes = geneTerms.slice(0, Math.min(geneTerms.length, n - Math.min(goTerms.length, Math.floor(n * 0.43))));
    return [...genes, ...goTerms.slice(0, n - genes.length)];
  };
  for (const [name, n] of [['10k', 10_000], ['100k', 100_000]]) {
    const terms = interleave(n);
    writeFileSync(path.join(out, `terms-${name}.json`), JSON.stringify({ terms }));
    meta[name] = { kind: 'real', count: terms.length, description: 'Gene Ontology terms + human gene names and symbols (Debian r-bioc-go.db, r-bioc-org.hs.eg.db)' };
  }
} else {
  for (const [name, n] of [['10k', 10_000], ['100k', 100_000]]) {
    writeFileSync(path.join(out, `terms-${name}.json`), JSON.stringify({ terms: syntheticTerms(n) }));
    meta[name] = { kind: 'synthetic', count: n, description: 'synthetic pseudo-words (no Debian term packages available)' };
  }
}
writeFileSync(path.join(out, 'terms-meta.json'), JSON.stringify(meta, null, 2));
console.log(JSON.stringify(meta));

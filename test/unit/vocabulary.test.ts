import assert from 'node:assert/strict';
import Ajv from 'ajv';
import builtinData from '../../server/src/data/vocabulary.json';
import schema from '../../server/src/data/vocabulary.schema.json';
import { addTermEdits, builtinLayer, fieldOrigins, formKey, layerFromSettings, mergeLayers, newTermEntry, originOf, parseVocabulary, spanAt, type Term, type VocabularyLayer } from '../../server/src/core';

describe('built-in vocabulary', () => {
  it('validates against the schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.equal(validate(builtinData), true, JSON.stringify(validate.errors));
  });

  it('merges without problems: related ids exist and no surface form names two terms', () => {
    const { vocabulary, problems } = mergeLayers([builtinLayer()]);
    assert.deepEqual(problems.map((p) => p.message), []);
    const owners = new Map<string, string>();
    for (const term of vocabulary.terms) {
      for (const form of [term.label, ...term.abbreviations, ...term.synonyms, ...term.deprecated]) {
        const owner = owners.get(formKey(form));
        assert.ok(!owner || owner === term.id, `'${form}' names both ${owner} and ${term.id}`);
        owners.set(formKey(form), term.id);
      }
    }
  });

  it('covers the review: at least 50 terms of every kind and 40 relations', () => {
    const { terms, relations } = builtinLayer();
    assert.ok(terms.length >= 50, `${terms.length} terms`);
    for (const kind of ['molecule', 'cell', 'mechanism']) assert.ok(terms.some((t) => t.kind === kind), kind);
    assert.ok(relations.length >= 40, `${relations.length} relations`);
    for (const id of ['mesenchymal-stem-cell', 'hepatocyte', 'kupffer-cell', 'hepatic-stellate-cell', 'hgf', 'vegf', 'il-6', 'tnf-alpha', 'mir-122', 'microrna', 'exosome', 'ecm', 'angiogenesis', 'apoptosis', 'fibrosis', 'inflammation']) {
      assert.ok(terms.some((t) => t.id === id), id);
    }
    assert.ok(terms.every((t) => t.definition && t.source), 'every term has a definition and a source');
  });
});

describe('vocabulary layers', () => {
  const origin = { layer: 'file' as const, file: '/w/lab.yaml' };

  it('adds synonyms, overrides fields and deprecates forms in a later layer', () => {
    const lab = parseVocabulary('terms:\n  - id: hgf\n    synonyms: [hepatopoietin]\n    definition: Our own words.\n  - id: hepatic-stellate-cell\n    deprecated: [stellate cell]\n', origin);
    assert.deepEqual(lab.problems, []);
    const { vocabulary } = mergeLayers([builtinLayer(), lab.layer!]);
    const hgf = vocabulary.terms.find((t) => t.id === 'hgf')!;
    assert.ok(hgf.synonyms.includes('hepatopoietin'));
    assert.equal(hgf.definition, 'Our own words.');
    assert.equal(originOf(hgf, 'definition')?.layer, 'file');
    assert.equal(originOf(hgf, 'definition')?.line, 1);
    const hsc = vocabulary.terms.find((t) => t.id === 'hepatic-stellate-cell')!;
    assert.ok(hsc.deprecated.includes('stellate cell'));
    assert.ok(!hsc.synonyms.some((s) => formKey(s) === formKey('stellate cell')));
  });

  it('places the problems of inline settings terms at their entries when it knows where they are written', () => {
    const settings = { layer: 'settings' as const };
    const spans = [{ start: 40, end: 90, line: 3 }, { start: 95, end: 200, line: 4 }];
    const invalid = layerFromSettings([{ id: 'zeb1', label: 'ZEB1', kind: 'molecule' }, { id: 'snail', label: 'SNAIL', kind: 'protein' }], settings, spans);
    assert.deepEqual(invalid.problems.map((p) => [p.line, p.start, p.end]), [[4, 95, 200]]);
    const terms = [{ id: 'zeb1', label: 'ZEB1', kind: 'molecule' }, { id: 'snail', label: 'SNAIL', kind: 'molecule', abbreviations: ['HGF'], related: ['no-such-term'] }];
    const placed = mergeLayers([builtinLayer(), layerFromSettings(terms, settings, spans).layer!]);
    assert.deepEqual(placed.problems.map((p) => [p.origin.layer, p.line]), [['settings', 4], ['settings', 4]], "'HGF' is another term's; the related term is unknown");
    // The editor is handed the values alone: every problem is at the first line.
    assert.deepEqual(mergeLayers([builtinLayer(), layerFromSettings(terms, settings).layer!]).problems.map((p) => p.line), [0, 0]);
    assert.deepEqual(layerFromSettings([{ id: 'snail', label: 'SNAIL', kind: 'protein' }], settings).problems.map((p) => p.line), [0]);
  });

  it('leaves the layers as they were, though terms share their lists', () => {
    const base: VocabularyLayer = { origin: { layer: 'settings' }, terms: [{ id: 'x', label: 'xeno factor', kind: 'molecule', abbreviations: ['XF'], synonyms: ['xenin', 'xenon factor'] }], relations: [] };
    const lab: VocabularyLayer = { origin, terms: [{ id: 'x', abbreviations: ['XNF'], synonyms: ['xenin 2'], deprecated: ['xenin'] }], relations: [] };
    const before = JSON.stringify([base, lab]);
    const first = mergeLayers([base, lab]);
    const second = mergeLayers([base, lab]);
    assert.equal(JSON.stringify([base, lab]), before);
    assert.deepEqual(second, first);
    const x = first.vocabulary.terms[0];
    assert.deepEqual([x.abbreviations, x.synonyms, x.deprecated], [['XF', 'XNF'], ['xenon factor', 'xenin 2'], ['xenin']]);
    assert.deepEqual(mergeLayers([base]).vocabulary.terms[0].synonyms, ['xenin', 'xenon factor']);
  });

  it('places YAML syntax errors and schema errors at their line', () => {
    const broken = parseVocabulary('terms:\n  - id: x\n    label: [unclosed\n', origin);
    assert.equal(broken.layer, undefined);
    assert.ok(broken.problems.length > 0);
    const invalid = parseVocabulary('terms:\n  - id: ok\n    label: fine\n    kind: molecule\n  - id: Bad Id\n    kind: organ\n', origin);
    assert.equal(invalid.layer, undefined);
    assert.deepEqual([...new Set(invalid.problems.map((p) => p.line))].sort(), [4, 5]);
  });

  it('places schema errors of a JSON file that starts with a byte-order mark at their line', () => {
    const invalid = parseVocabulary('\uFEFF{\n  "terms": [\n    { "id": "Bad Id" }\n  ]\n}\n', { layer: 'file', file: '/w/lab.json' });
    assert.equal(invalid.layer, undefined);
    assert.deepEqual([...new Set(invalid.problems.map((p) => p.line))], [2]);
    assert.ok(invalid.problems.every((p) => p.end > p.start));
  });

  it('refuses an ontology id or another meaning of an ambiguous form longer than 200 characters, as it refuses such a form', () => {
    const long = 'x'.repeat(201);
    const file = (term: object) => parseVocabulary(JSON.stringify({ terms: [{ id: 'x', label: 'X', kind: 'molecule', ...term }] }), { layer: 'file', file: '/v.json' });
    assert.ok(file({ xrefs: [`GO:${'1'.repeat(197)}`], abbreviations: ['XA'], ambiguous: [{ form: 'XA', alsoMeans: ['y'.repeat(200)] }] }).layer);
    assert.deepEqual(
      [file({ xrefs: [`GO:${long}`] }), file({ abbreviations: ['XA'], ambiguous: [{ form: 'XA', alsoMeans: ['ok', long] }] })].map((p) => p.problems.map((q) => q.message)),
      [['terms.0.xrefs.0: must NOT have more than 200 characters'], ['terms.0.ambiguous.0.alsoMeans.1: must NOT have more than 200 characters']],
    );
  });

  it('refuses a form with a line break, a tab or another control character, which a fix or a completion would write into notes', () => {
    // A label 'good\n\n# Heading' was taken: "Replace with" and the fix-all on save wrote a heading into every note.
    const file = (term: object) => parseVocabulary(JSON.stringify({ terms: [{ id: 'x', kind: 'molecule', label: 'X factor', ...term }] }), { layer: 'file', file: '/v.json' });
    assert.ok(file({ synonyms: ['TNF-α', 'x factor beta', 'Straße'] }).layer);
    const rule = 'a form is one line of text, not blank, with no line break, tab or other control character';
    for (const [term, where] of [
      [{ label: 'good\n\n# Heading' }, 'terms.0.label'],
      [{ label: 'X\r' }, 'terms.0.label'],
      [{ synonyms: ['x\tfactor'] }, 'terms.0.synonyms.0'],
      [{ deprecated: ['old \u202eX'] }, 'terms.0.deprecated.0'],
      [{ abbreviations: ['XF', '\u0085XF'] }, 'terms.0.abbreviations.1'],
      [{ abbreviations: ['XF'], ambiguous: [{ form: 'X\u2028F', alsoMeans: ['y'] }] }, 'terms.0.ambiguous.0.form'],
      [{ synonyms: ['  '] }, 'terms.0.synonyms.0'],
    ] as const) {
      const parsed = file(term);
      assert.equal(parsed.layer, undefined, JSON.stringify(term));
      assert.deepEqual(parsed.problems.map((p) => p.message), [`${where}: ${rule}`]);
    }
    const inline = layerFromSettings([{ id: 'y', label: 'y\nfactor', kind: 'cell' }], { layer: 'settings' });
    assert.equal(inline.layer, undefined);
    assert.deepEqual(inline.problems.map((p) => p.message), [`regenNotes.vocabulary.terms/0/label: terms.0.label: ${rule}`]);
  });

  it('reads YAML up to 5 MB, and refuses a longer YAML file with a message that says to write it as JSON', () => {
    const yaml = (length: number) => 'terms:\n  - { id: x, label: X, kind: molecule }\n# '.padEnd(length - 1, 'x') + '\n';
    assert.ok(parseVocabulary(yaml(5 * 1024 * 1024), { layer: 'file', file: '/w/lab.yaml' }).layer);
    const refused = parseVocabulary(yaml(5 * 1024 * 1024 + 1), { layer: 'file', file: '/w/lab.yaml' });
    assert.equal(refused.layer, undefined);
    assert.deepEqual(refused.problems.map((p) => [p.message, p.line]), [['This YAML vocabulary is over 5 MB, more than can be read as YAML (~0.5 s and ~75 MB of memory per MB); write a list this long as JSON.', 0]]);
    const json = `{"terms": [{"id": "x", "label": "X", "kind": "molecule"}]}`.padEnd(6 * 1024 * 1024, ' ');
    assert.ok(parseVocabulary(json, { layer: 'file', file: '/w/lab.json' }).layer);
  });

  it('names the first 20 unknown related ids of a term and quotes 60 characters of an unknown property, however many or long', () => {
    // 150,000 unknown related ids made one message of 15 MB; a property name of 10 MB, one of 10 MB.
    const related = Array.from({ length: 150_000 }, (_, i) => `gone-${i}`);
    const merged = mergeLayers([parseVocabulary(JSON.stringify({ terms: [{ id: 'x', label: 'X', kind: 'molecule', related }] }), { layer: 'file', file: '/v.json' }).layer!]);
    assert.deepEqual(merged.problems.map((p) => p.message), [`Term 'x' names unknown related terms ${related.slice(0, 20).map((id) => `'${id}'`).join(', ')} and 149980 more.`]);
    const name = 'z'.repeat(10_000_000);
    const unknown = parseVocabulary(JSON.stringify({ terms: [{ id: 'x', label: 'X', kind: 'molecule', [name]: 1 }] }), { layer: 'file', file: '/v.json' });
    assert.deepEqual(unknown.problems.map((p) => p.message), [`terms.0: unknown property '${'z'.repeat(60)}…'`]);
  });

  it('lists the first 100 schema errors of a file of 100,000 terms that all break the schema, and says there are more', () => {
    // Every error of such a file was collected in one list copied at each term: 35 s, the server deaf all the while.
    const terms = Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, label: `term ${i}`, kind: 'protein' }));
    const { layer, problems } = parseVocabulary(JSON.stringify({ terms, extra: 1 }, null, 1), { layer: 'file', file: '/v.json' });
    assert.equal(layer, undefined);
    assert.equal(problems.length, 101);
    assert.equal(problems[0].message, "vocabulary: unknown property 'extra'");
    assert.equal(problems[1].message, "terms.0.kind: must be one of 'molecule', 'cell', 'mechanism'");
    assert.equal(problems[1].line, 5, 'placed at the term');
    assert.equal(problems[100].message, 'vocabulary: more problems with the schema, not listed: these are the first 100');
  });

  it('reports a repeated key of a YAML mapping at the repeat, and reads a mapping of 60,000 keys at the parser\'s own pace', () => {
    const twice = parseVocabulary('terms:\n  - id: a\n    label: A\n    kind: cell\n    label: B\n', { layer: 'file', file: '/v.yaml' });
    assert.deepEqual(twice.problems.map((p) => [p.message, p.line]), [["Invalid YAML: map keys must be unique, and 'label' is repeated", 4]]);
    // Terms written as a mapping by id: the parser's own check of unique keys compared each with every one before it (35 s).
    const byId = 'terms:\n' + Array.from({ length: 60_000 }, (_, i) => `  t${i}: {label: term ${i}, kind: cell}\n`).join('');
    assert.deepEqual(parseVocabulary(byId, { layer: 'file', file: '/v.yaml' }).problems.map((p) => p.message), ['terms: must be array']);
  });

  it('leaves out a new term whose label another term has, so that no fix replaces its forms with nothing', () => {
    const layer = parseVocabulary(JSON.stringify({ terms: [{ id: 'pcd', label: 'apoptosis', kind: 'mechanism', deprecated: ['old death'] }] }), { layer: 'file', file: '/v.json' }).layer!;
    const merged = mergeLayers([builtinLayer(), layer]);
    assert.deepEqual(merged.problems.map((p) => p.message), ["Term 'pcd' is new here, and its label 'apoptosis' already names term 'apoptosis'; the term is left out."]);
    assert.ok(!merged.vocabulary.terms.some((t) => t.id === 'pcd'));
  });

  it('reports an alias to no anchor, and aliases that expand too far, as problems of the file', () => {
    const unresolved = parseVocabulary('terms:\n  - id: hgf\n    synonyms: *names\n', origin);
    assert.equal(unresolved.layer, undefined);
    assert.equal(unresolved.problems.length, 1);
    assert.match(unresolved.problems[0].message, /^Invalid YAML: .*alias/i);
    assert.equal(unresolved.problems[0].line, 2);
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    const bomb = parseVocabulary(`${laughs}\nterms: []\n`, origin);
    assert.equal(bomb.layer, undefined);
    assert.match(bomb.problems[0].message, /^Invalid YAML: /);
  });

  it('finds a repeated form or related id among 100,000 of one term, as among a few', () => {
    // The schema's uniqueItems compared every pair of items: 100,000 took ~50 s.
    const many = Array.from({ length: 100_000 }, (_, i) => `form ${i}`);
    const term = (synonyms: string[], related: string[]) => JSON.stringify({ terms: [{ id: 'x', label: 'X', kind: 'molecule', synonyms, related }] });
    assert.ok(parseVocabulary(term(many, []), { layer: 'file', file: '/v.json' }).layer);
    const repeated = parseVocabulary(term([...many, 'form 7'], ['a', ...many.map((_, i) => `r-${i}`), 'a']), { layer: 'file', file: '/v.json' });
    assert.equal(repeated.layer, undefined);
    assert.deepEqual(
      repeated.problems.map((p) => p.message),
      ['terms.0.synonyms: must NOT have duplicate items (items ## 100000 and 7 are identical)', 'terms.0.related: must NOT have duplicate items (items ## 100001 and 0 are identical)'],
    );
  });

  it('merges a term of 20,000 synonyms and abbreviations with a layer that deprecates half of them and adds as many', () => {
    // Each synonym was looked up again for each deprecated form: 10,000 of each made 100M lookups,
    // and their record ran V8 out of array size (a crash, not an exception).
    const forms = (prefix: string, n = 20_000) => Array.from({ length: n }, (_, i) => `${prefix} ${i}`);
    const base = parseVocabulary(JSON.stringify({ terms: [{ id: 'x', label: 'X', kind: 'molecule', synonyms: forms('syn'), abbreviations: forms('AB') }] }), { layer: 'file', file: '/a.json' }).layer!;
    const later = parseVocabulary(JSON.stringify({ terms: [{ id: 'x', synonyms: forms('more'), deprecated: forms('syn', 10_000), abbreviations: forms('CD') }] }), { layer: 'file', file: '/b.json' }).layer!;
    const { vocabulary, problems } = mergeLayers([base, later]);
    assert.deepEqual(problems, []);
    const term = vocabulary.terms.find((t) => t.id === 'x')!;
    assert.deepEqual(term.synonyms, [...forms('syn').slice(10_000), ...forms('more')]);
    assert.deepEqual(term.deprecated, forms('syn', 10_000));
    assert.deepEqual(term.abbreviations, [...forms('AB'), ...forms('CD')]);
  });

  it('reports a file nested so deeply that parsing it overflows the stack as a problem of the file', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const [text, file, kind] of [
      [`terms: ${deep}\n`, '/team/deep.yaml', 'YAML'],
      [`{ "terms": ${deep} }`, '/team/deep.json', 'JSON'],
      [`{ "terms": [{ "id": "a", "label": "a", "kind": "cell", "x": ${deep} }] }`, '/team/deep-entry.json', 'JSON'],
    ]) {
      const parsed = parseVocabulary(text, { layer: 'file', file });
      assert.equal(parsed.layer, undefined, file);
      assert.deepEqual(parsed.problems.map((p) => p.message), [`Invalid ${kind}: nested too deeply to be read.`], file);
    }
  });

  it('refuses YAML nested more than 64 flow collections deep before parsing it, however often it is read, and reads brackets in strings and comments', () => {
    // Read a second time, 2 KB of '[' made V8 abort the whole process while the parser's stack was full.
    const deep = `terms: ${'['.repeat(1000)}${']'.repeat(1000)}\n`;
    for (let read = 0; read < 3; read++) assert.deepEqual(parseVocabulary(deep, { layer: 'file', file: '/team/deep.yaml' }).problems.map((p) => p.message), ['Invalid YAML: nested too deeply to be read.']);
    assert.equal(addTermEdits(deep, '/team/deep.yaml', newTermEntry('STAT3', 'molecule')), undefined);
    const brackets = '['.repeat(100);
    const quoted = `# ${brackets}\nterms:\n  - { id: x, label: "${brackets}", kind: molecule, synonyms: ['${brackets}', 'it''s [x'] }\n`;
    assert.deepEqual(parseVocabulary(quoted, { layer: 'file', file: '/team/ok.yaml' }).layer?.terms[0].synonyms, [brackets, "it's [x"]);
  });

  it('adds each form once, in the order written, leaving out those another term has and keeping the layer\'s list when it takes all', () => {
    const base: VocabularyLayer = { origin: { layer: 'settings' }, terms: [{ id: 'x', label: 'xeno factor', kind: 'molecule' }, { id: 'y', label: 'yeti factor', kind: 'molecule', synonyms: ['yeti'] }], relations: [] };
    const all = ['zetin', 'zeta protein'];
    const lab: VocabularyLayer = {
      origin,
      terms: [
        { id: 'x', synonyms: ['xenin', 'xenins', 'xenin', 'yeti', 'xenon', 'Xenin'], abbreviations: ['XF', 'XF', 'xf'] },
        { id: 'z', label: 'zeta factor', kind: 'molecule', synonyms: all, xrefs: ['GO:1', 'GO:1'] },
      ],
      relations: [],
    };
    const { vocabulary, problems } = mergeLayers([base, lab]);
    const [x, , z] = vocabulary.terms;
    // 'xenins' and 'Xenin' have the key of 'xenin', which the term owns itself: they are kept as written.
    assert.deepEqual(x.synonyms, ['xenin', 'xenins', 'xenon', 'Xenin']);
    assert.deepEqual(x.abbreviations, ['XF', 'xf']);
    assert.deepEqual(problems.map((p) => p.message), ["'yeti' already names term 'y'; a form may belong to one term only."]);
    assert.equal(z.synonyms, all);
    assert.deepEqual(z.xrefs, ['GO:1']);
  });

  it('reports an unknown related id at the entry that wrote it, not at the layer that last added to the list', () => {
    const first = parseVocabulary('terms:\n  - id: zeb1\n    label: ZEB1\n    kind: molecule\n    related: [no-such-a, hgf]\n', { layer: 'file', file: '/w/a.yaml' }).layer!;
    const second = parseVocabulary('# more\nterms:\n  - id: twist1\n    label: TWIST1\n    kind: molecule\n  - id: zeb1\n    related: [hepatocyte]\n  - id: hgf\n    related: [no-such-b, no-such-a]\n', { layer: 'file', file: '/w/b.yaml' }).layer!;
    const { vocabulary, problems } = mergeLayers([builtinLayer(), first, second]);
    assert.deepEqual(
      problems.map((p) => [p.origin.file, p.line, p.message]),
      [
        ['/w/a.yaml', 1, "Term 'zeb1' names unknown related term 'no-such-a'."],
        ['/w/b.yaml', 7, "Term 'hgf' names unknown related terms 'no-such-b', 'no-such-a'."],
      ],
    );
    assert.deepEqual(vocabulary.terms.find((t) => t.id === 'zeb1')!.related, ['hgf', 'hepatocyte']);
  });

  it('reports a relation that names an unknown term at its own line, and keeps that line as where the relation was written', () => {
    const yaml = 'terms:\n  - id: zeb1\n    label: ZEB1\n    kind: molecule\nrelations:\n  - { subject: hgf, predicate: promotes, object: zeb1, source: ours }\n  - subject: zeb1\n    predicate: inhibits\n    object: no-such-term\n    source: ours\n';
    const json = '{\n  "relations": [\n    {"subject": "hgf", "predicate": "promotes", "object": "angiogenesis", "source": "ours"},\n    {"subject": "no-such-term", "predicate": "promotes", "object": "hgf", "source": "ours"}\n  ]\n}\n';
    for (const [file, text, lines] of [['/w/lab.yaml', yaml, [5, 6]], ['/w/lab.json', json, [2, 3]]] as const) {
      const { vocabulary, problems } = mergeLayers([builtinLayer(), parseVocabulary(text, { layer: 'file', file }).layer!]);
      assert.deepEqual(problems.map((p) => [p.origin.file, p.line]), [[file, lines[1]]], file);
      assert.match(problems[0].message, /^Relation '.*' names an unknown term\.$/);
      assert.match(text.slice(problems[0].start, problems[0].end), /^\{?\s*"?subject"?: "?(zeb1|no-such-term)[\s\S]*source"?: "?ours"?\s*\}?\s*$/, 'the editor places it by offsets');
      const kept = vocabulary.relations.filter((r) => r.origin?.file === file);
      assert.deepEqual(kept.map((r) => r.origin?.line), [lines[0]], file);
    }
  });

  it('keeps a comparison whose comparand is a term, and reports one compared with an unknown term, naming the comparand', () => {
    const yaml =
      'relations:\n  - { subject: exosome, predicate: reduces, object: immunogenicity, than: hepatocyte, source: ours }\n  - { subject: exosome, predicate: reduces, object: immunogenicity, than: liposome, source: ours }\n';
    const { vocabulary, problems } = mergeLayers([builtinLayer(), parseVocabulary(yaml, origin).layer!]);
    assert.deepEqual(
      problems.map((p) => [p.line, p.message]),
      [[2, "Relation 'exosome reduces immunogenicity compared with liposome' names an unknown term."]],
    );
    assert.deepEqual(
      vocabulary.relations.filter((r) => r.origin?.layer === 'file').map((r) => r.than),
      ['hepatocyte'],
    );
    const refused = parseVocabulary('relations:\n  - { subject: exosome, predicate: reduces, object: immunogenicity, than: Not An Id, source: ours }\n', origin);
    assert.equal(refused.layer?.relations.length ?? 0, 0);
    assert.match(refused.problems[0].message, /than/);
  });

  it('reports a form that already names another term, and a new term without a kind', () => {
    const lab = parseVocabulary('terms:\n  - id: scatter\n    label: scatter factor\n    kind: molecule\n  - id: lonely\n    label: lonely\n', origin);
    const { vocabulary, problems } = mergeLayers([builtinLayer(), lab.layer!]);
    assert.deepEqual(problems.map((p) => p.line), [1, 4]);
    assert.ok(!vocabulary.terms.some((t) => t.id === 'lonely'));
  });
});

describe('a JSON vocabulary with long runs of blanks', () => {
  it('is read whole, with its terms at their lines and the blanks inside its strings kept', () => {
    // jsonc-parser builds a string of each run of blanks a character at a time: read as it is,
    // a file padded with 20 MB of spaces took 5 s of garbage collection.
    const definition = `Wide${' '.repeat(700)}text.`;
    const text = `{"terms": [${' '.repeat(3000)}\n  {"id": "a", "label": "a factor", "kind": "molecule", "definition": "${definition}"},${'\t '.repeat(1000)}\n\n  {"id": "b", "label": "b factor", "kind": "molecule"}]}${' '.repeat(100_000)}`;
    const { layer, problems } = parseVocabulary(text, { layer: 'file', file: '/w/team.json' });
    assert.deepEqual(problems, []);
    assert.equal(layer!.terms[0].definition, definition);
    assert.deepEqual([0, 1].map((i) => spanAt(layer!, i)?.line), [1, 3]);
    assert.equal(spanAt(layer!, 1)?.start, text.indexOf('{"id": "b"'));
    // A repeated key after such a run is still found where it is.
    const repeated = parseVocabulary(`{"terms": []${' '.repeat(2000)},\n"terms": []}`, { layer: 'file', file: '/w/team.json' }).problems;
    assert.deepEqual(repeated.map((p) => [p.line, p.message]), [[1, "Invalid JSON: keys must be unique, and 'terms' is repeated"]]);
  });
});

describe('term origins', () => {
  const lab = { layer: 'file' as const, file: '/w/lab.yaml' };
  const termOf = (layers: VocabularyLayer[], id: string) => mergeLayers(layers).vocabulary.terms.find((t) => t.id === id)!;

  it('gives every field an entry set the line of that entry, and none to the fields it left alone', () => {
    const layer = parseVocabulary('terms:\n  - id: a\n    label: alpha factor\n    kind: molecule\n  - id: b\n    label: beta factor\n    kind: cell\n    xrefs: [CL:1]\n    abbreviations: [BF]\n', lab).layer!;
    const b = termOf([layer], 'b');
    assert.deepEqual(
      fieldOrigins(b).map(([field, o]) => [field, o.layer, o.file, o.line]),
      ['term', 'label', 'kind', 'abbreviations', 'xrefs'].map((field) => [field, 'file', '/w/lab.yaml', 4]),
    );
    assert.equal(originOf(b, 'xrefs')?.line, 4);
    assert.equal(originOf(b, 'definition'), undefined);
    assert.equal(originOf(termOf([layer], 'a'), 'label')?.line, 1);
  });

  it('keeps each layer its fields, in the order they were first set, when a later layer changes a term', () => {
    const base: VocabularyLayer = { origin: { layer: 'settings' }, terms: [{ id: 'x', label: 'xeno factor', kind: 'molecule', synonyms: ['xenin'] }], relations: [] };
    const later = parseVocabulary('terms:\n  - id: x\n    synonyms: [xenon]\n    definition: Ours.\n', lab).layer!;
    const x = termOf([base, later], 'x');
    assert.deepEqual(
      fieldOrigins(x).map(([field, o]) => [field, o.layer, o.line]),
      [['term', 'settings', undefined], ['label', 'settings', undefined], ['kind', 'settings', undefined], ['synonyms', 'file', 1], ['definition', 'file', 1]],
    );
    assert.equal(originOf(x, 'kind')?.layer, 'settings');
    assert.equal(originOf(x, 'source'), undefined);
    assert.deepEqual(fieldOrigins({ ...x, origins: undefined }), []);
  });

  it('keeps the origins of entries on one line apart once a later layer changes one of them', () => {
    const line = parseVocabulary('{"terms":[{"id":"a","label":"alpha factor","kind":"molecule"},{"id":"b","label":"beta factor","kind":"cell"}]}', { layer: 'file', file: '/w/one.json' }).layer!;
    const later: VocabularyLayer = { origin: { layer: 'settings' }, terms: [{ id: 'b', kind: 'molecule' }], relations: [] };
    const { vocabulary } = mergeLayers([line, later]);
    const described = (term: Term) => fieldOrigins(term).map(([field, o]) => [field, o.layer, o.line]);
    const [a, b] = vocabulary.terms;
    assert.deepEqual(described(a), [['term', 'file', 0], ['label', 'file', 0], ['kind', 'file', 0]]);
    assert.deepEqual(described(b), [['term', 'file', 0], ['label', 'file', 0], ['kind', 'settings', undefined]]);
    assert.deepEqual(mergeLayers([line]).vocabulary.terms.map(described), [described(a), described(a)]);
  });

  it('keeps where each entry stands, as JSON and as YAML', () => {
    const text = '{"terms": [\n  {"id": "a", "label": "alpha factor", "kind": "molecule"},\n\n  {"id": "b", "label": "beta factor", "kind": "cell"}\n]}';
    const entry = (id: string, line: number) => ({ start: text.indexOf(`{"id": "${id}"`), end: text.indexOf('}', text.indexOf(`{"id": "${id}"`)) + 1, line });
    const json = parseVocabulary(text, { layer: 'file', file: '/w/lab.json' }).layer!;
    assert.deepEqual([spanAt(json, 0), spanAt(json, 1), spanAt(json, 2)], [entry('a', 1), entry('b', 3), undefined]);
    const yaml = parseVocabulary('terms:\n  - id: a\n    label: alpha factor\n    kind: molecule\n  - id: b\n    label: beta factor\n    kind: cell\n', lab).layer!;
    assert.deepEqual([spanAt(yaml, 0)?.line, spanAt(yaml, 1)?.line, spanAt(yaml, 2)], [1, 4, undefined]);
    assert.equal(spanAt({ origin: lab, terms: [], relations: [] }, 0), undefined);
  });

  it('keeps a label changed only in case or number for its term: released, another term took it without a word', () => {
    const layer = (file: string, text: string) => parseVocabulary(text, { layer: 'file', file }).layer!;
    const relabelled = layer('/w/a.yaml', 'terms:\n  - id: hepatocyte\n    label: Hepatocyte\n');
    const claimant = layer('/w/b.yaml', 'terms:\n  - id: liver-cell\n    label: liver cell\n    kind: cell\n    synonyms: [hepatocytes]\n');
    const { problems } = mergeLayers([builtinLayer(), relabelled, claimant]);
    assert.deepEqual(problems.map((p) => [p.origin.file, p.line, p.message]), [['/w/b.yaml', 1, "'hepatocytes' already names term 'hepatocyte'; a form may belong to one term only."]]);
  });

  it('refuses a JSON file that repeats a key, as YAML does, rather than keep the last list and lose the first', () => {
    const text = '{\n  "terms": [\n    {"id": "zeb1", "label": "ZEB1", "kind": "molecule"}\n  ],\n  "terms": [\n    {"id": "twist1", "label": "TWIST1", "kind": "molecule"}\n  ]\n}\n';
    const { layer, problems } = parseVocabulary(text, { layer: 'file', file: '/w/lab.json' });
    assert.equal(layer, undefined);
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [[4, "Invalid JSON: keys must be unique, and 'terms' is repeated"]]);
    const inTerm = parseVocabulary('{"terms": [{"id": "a", "label": "alpha x", "kind": "cell", "label": "beta y"}]}', { layer: 'file', file: '/w/lab.json' });
    assert.deepEqual(inTerm.problems.map((p) => p.message), ["Invalid JSON: keys must be unique, and 'label' is repeated"]);
    // The same key in two objects is no repeat.
    assert.deepEqual(parseVocabulary('{"terms": [{"id": "a", "label": "alpha x", "kind": "cell"}, {"id": "b", "label": "beta y", "kind": "cell"}]}', { layer: 'file', file: '/w/lab.json' }).problems, []);
  });
});

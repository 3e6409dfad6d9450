import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { findingCodes } from '../../server/src/core';
import { termTokenLegend } from '../../server/src/convert';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('extension manifest', () => {
  it('gives every contributed setting a type, a default and a description', () => {
    const properties: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;
    assert.ok(Object.keys(properties).length >= 9);
    for (const [name, property] of Object.entries(properties)) {
      assert.ok(property.type || property.anyOf, `${name} has a type`);
      assert.ok('default' in property, `${name} has a default`);
      assert.ok(property.description || property.markdownDescription, `${name} has a description`);
      assert.ok(name.startsWith('regenNotes.'), name);
    }
  });

  it('admits VS Code 1.100 and activates on markdown, Quarto and R Markdown', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    for (const event of ['onLanguage:markdown', 'onLanguage:quarto', 'onLanguage:rmd', 'workspaceContains:**/*.{qmd,Rmd,rmd}']) assert.ok(manifest.activationEvents.includes(event), event);
  });

  it('ships snippets and a grammar that parse, and a schema for vocabulary files', () => {
    for (const snippet of manifest.contributes.snippets) {
      const errors: unknown[] = [];
      const parsed = parseJsonc(readFileSync(path.join(root, snippet.path), 'utf8'), errors as never);
      assert.deepEqual(errors, []);
      assert.ok(Object.keys(parsed).length >= 2);
    }
    for (const grammar of manifest.contributes.grammars) {
      const parsed = JSON.parse(readFileSync(path.join(root, grammar.path), 'utf8'));
      assert.equal(parsed.scopeName, grammar.scopeName);
      for (const rule of Object.values<{ match?: string; begin?: string }>(parsed.repository)) {
        if (rule.match) assert.doesNotThrow(() => new RegExp(rule.match!.replace(/\(\?<!/g, '(?<!')));
      }
    }
    for (const validation of manifest.contributes.jsonValidation) {
      assert.ok(JSON.parse(readFileSync(path.join(root, validation.url), 'utf8')).definitions.term);
    }
  });

  it('highlights Pandoc citations, directives and the hypothesis marker, and looks at most 500 characters ahead for a key', () => {
    const grammar = JSON.parse(readFileSync(path.join(root, 'syntaxes/regen-notes.tmLanguage.json'), 'utf8'));
    const [bracketed, bare] = grammar.repository['pandoc-citation'].patterns;
    const begin = new RegExp(bracketed.begin);
    const matched = (pattern: RegExp, line: string) => pattern.exec(line)?.[0];
    assert.equal(matched(begin, 'as shown [see @smith2020, p. 3]'), '[');
    assert.equal(matched(begin, '[a link](https://example.org)'), undefined);
    // Looking to the closing bracket from each '[' made a line of 20,000 unclosed ones take ~0.5 s to highlight.
    assert.equal(matched(begin, `[${'x'.repeat(499)}@key]`), '[');
    assert.equal(matched(begin, `[${'x'.repeat(501)}@key]`), undefined);
    assert.equal(matched(new RegExp(bare.match), 'as @smith2020 says'), '@smith2020');
    assert.equal(matched(new RegExp(bare.match), 'mail me at someone@example.org'), undefined);
    // A cross-reference of Quarto or pandoc-crossref is no citation, as the core reads it.
    assert.equal(matched(new RegExp(bare.match), 'as @fig-growth and @tbl:doses show'), undefined);
    assert.equal(matched(new RegExp(bracketed.patterns[0].match), '[@sec-methods; @lee2019]'), '@lee2019');
    assert.equal(matched(new RegExp(bare.match), 'as @figure2020 says'), '@figure2020');
    assert.deepEqual(grammar.injectionSelector.split(', ').map((s: string) => s.split(' ')[0]), ['L:text.html.markdown', 'L:text.html.quarto', 'L:text.html.rmarkdown']);
    const directive = new RegExp(grammar.repository.directive.match);
    assert.deepEqual(directive.exec('<!-- regen-notes-disable-next-line claim.unsupported -->')?.slice(1), ['regen-notes-disable-next-line', ' claim.unsupported']);
    // Codes may be prefixes (`claim`) and be separated by commas, as the core reads them.
    assert.deepEqual(directive.exec('<!-- regen-notes-disable claim, term.non-preferred -->')?.slice(1), ['regen-notes-disable', ' claim, term.non-preferred']);
    assert.deepEqual(directive.exec('<!-- regen-notes-disable-next-line term -->')?.slice(1), ['regen-notes-disable-next-line', ' term']);
    assert.deepEqual(directive.exec('IL-6 acts. <!-- regen-notes-disable-claim claim.unsupported --> More.')?.slice(1), ['regen-notes-disable-claim', ' claim.unsupported']);
    assert.equal(matched(new RegExp(grammar.repository['hypothesis-marker'].match), '*Hypothesis:* HGF acts'), '*Hypothesis:*');
  });

  it('names every finding code, and only those, as a key of regenNotes.claims.level', () => {
    const level = manifest.contributes.configuration.properties['regenNotes.claims.level'];
    const perCode = level.anyOf.find((schema: { type: string }) => schema.type === 'object');
    assert.deepEqual(perCode.propertyNames.enum, findingCodes);
    for (const code of findingCodes) assert.ok(level.markdownDescription.includes(`\`${code}\``), code);
  });

  it("declares the server's semantic token types and modifiers, each type on a standard one that themes colour", () => {
    const types = manifest.contributes.semanticTokenTypes as { id: string; superType: string }[];
    assert.deepEqual(types.map((t) => t.id), termTokenLegend.tokenTypes);
    for (const t of types) assert.ok(['enumMember', 'class', 'function', 'variable', 'type', 'event'].includes(t.superType), t.id);
    const standard = ['deprecated'];
    assert.deepEqual([...standard, ...manifest.contributes.semanticTokenModifiers.map((m: { id: string }) => m.id)].sort(), [...termTokenLegend.tokenModifiers].sort());
    const scopes = manifest.contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
    for (const type of termTokenLegend.tokenTypes) assert.ok(scopes[type]?.length, `a TextMate scope for ${type}`);
  });

  it('declares every contributed command', () => {
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'regenNotes.restartServer'));
  });

  // A note's editor: markdown, Quarto or R Markdown, by language or, without their extensions, by name.
  const noteEditor = 'editorLangId == markdown || editorLangId == quarto || editorLangId == rmd || resourceExtname =~ /^\\.(qmd|rmd)$/i';

  it('offers Check This Note in the command palette only where a note is active: markdown, Quarto or R Markdown', () => {
    assert.ok(manifest.contributes.commands.some((c: { command: string; title: string }) => c.command === 'regenNotes.checkNote' && c.title === 'Check This Note'));
    assert.deepEqual(manifest.contributes.menus.commandPalette, [{ command: 'regenNotes.checkNote', when: noteEditor }]);
  });

  it("binds Check This Note to a key in a note's editor, and offers it in the editor's and the Explorer's context menus for notes only", () => {
    assert.deepEqual(manifest.contributes.keybindings, [{ command: 'regenNotes.checkNote', key: 'ctrl+k alt+c', mac: 'cmd+k alt+c', when: `editorTextFocus && (${noteEditor})` }]);
    assert.deepEqual(manifest.contributes.menus['editor/context'], [{ command: 'regenNotes.checkNote', when: noteEditor, group: 'regenNotes@1' }]);
    assert.deepEqual(manifest.contributes.menus['explorer/context'], [{ command: 'regenNotes.checkNote', when: `!explorerResourceIsFolder && (${noteEditor.replace(/editorLangId/g, 'resourceLangId')})`, group: 'regenNotes@1' }]);
  });
});

/** The only place that turns core results into LSP types. */
import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  CreateFile,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  DocumentHighlight,
  DocumentHighlightKind,
  DocumentLink,
  Hover,
  SemanticTokensBuilder,
  type SemanticTokens,
  type SemanticTokensEdit,
  type SemanticTokensLegend,
  InsertReplaceEdit,
  Location,
  MarkupKind,
  Range,
  SymbolKind,
  TextDocumentEdit,
  TextEdit,
  type WorkspaceSymbol,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createLineIndex, type LineIndex, type EntryPlace, type EntrySpan, type FileChange, type IdentifierLink, type TermToken, type OffsetRange, type Finding, type Fix, type HoverInfo, type Level, type CitationKeyCompletion, type TermCompletion, type TermKind, type VocabularyProblem, type BibliographyProblem, type WorkspaceSymbolEntry } from './core';

export const diagnosticSource = 'regen-notes';

/** Maps a level setting to an LSP severity; `off` has none. */
export function toSeverity(level: Level): DiagnosticSeverity | undefined {
  switch (level) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    case 'hint':
      return DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return Range.create(doc.positionAt(start), doc.positionAt(end));
}

export function toDiagnostic(doc: TextDocument, finding: Finding, level: Level): Diagnostic | undefined {
  const severity = toSeverity(level);
  if (severity === undefined) return undefined;
  const diagnostic = Diagnostic.create(toRange(doc, finding.start, finding.end), finding.message, severity, finding.code, diagnosticSource);
  if (finding.code === 'term.non-preferred') diagnostic.tags = [DiagnosticTag.Deprecated];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      message: r.message,
      location: {
        uri: r.uri ?? doc.uri,
        range: r.uri && r.line !== undefined ? Range.create(r.line, r.character ?? 0, r.line, r.character ?? 0) : toRange(doc, r.start ?? finding.start, r.end ?? finding.end),
      },
    }));
  }
  // `finding.data` stays on the server: quick fixes are made from the server's own analysis, and a
  // 1 MB note's diagnostics are half the size without it, so each edit's report is sent faster.
  return diagnostic;
}

/** Where a note's findings stop being shown: how many more there are, at the first of them. */
export function moreFindingsDiagnostic(doc: TextDocument, at: number, more: number, shown: number): Diagnostic {
  return Diagnostic.create(toRange(doc, at, at), `${more} more findings in this note are not shown: Regen Notes shows the first ${shown} of a note.`, DiagnosticSeverity.Information, undefined, diagnosticSource);
}

/** Whether two lists of diagnostics made by `toDiagnostic` say the same, in the same order. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((x, i) => sameDiagnostic(x, b[i]));
}

/** The diagnostics, each that says the same as one before it (range, severity, code, message) left out. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.code, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.code === b.code &&
    a.source === b.source &&
    (a.tags ?? []).join() === (b.tags ?? []).join() &&
    (a.relatedInformation ?? []).length === (b.relatedInformation ?? []).length &&
    (a.relatedInformation ?? []).every((r, i) => {
      const other = b.relatedInformation![i];
      return r.message === other.message && r.location.uri === other.location.uri && sameRange(r.location.range, other.location.range);
    })
  );
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * A vocabulary file's problems as diagnostics in it, the first `shown` of them and one that counts
 * the rest; `text` is that file's text when it is open. One line index serves all: one for each
 * problem made 10k problems of a 0.8 MB file take 1.9 s.
 */
export function problemsToDiagnostics(problems: readonly VocabularyProblem[], text: string | undefined, level: Level, shown: number): Diagnostic[] {
  const severity = toSeverity(level);
  if (severity === undefined) return [];
  const lines = text === undefined ? undefined : createLineIndex(text);
  const rangeOf = (problem: VocabularyProblem): Range =>
    lines ? rangeIn(lines, problem.start, problem.end) : Range.create(problem.line, 0, problem.line, 0);
  return fileProblemDiagnostics(problems, rangeOf, severity, 'vocabulary.invalid', shown);
}

/** The problems of a bibliography file at their lines, at `level` (none when it is off), the first `shown` of them and one that counts the rest. */
export function bibliographyProblemsToDiagnostics(problems: readonly BibliographyProblem[], level: Level, shown: number): Diagnostic[] {
  const severity = toSeverity(level);
  if (severity === undefined) return [];
  return fileProblemDiagnostics(problems, (problem) => Range.create(problem.line, 0, problem.line, 0), severity, 'bibliography.invalid', shown);
}

/** A file's problems as diagnostics of one severity and code: the first `shown` of them, and one at the next that counts the rest. */
function fileProblemDiagnostics<P extends { message: string }>(problems: readonly P[], rangeOf: (problem: P) => Range, severity: DiagnosticSeverity, code: string, shown: number): Diagnostic[] {
  const diagnostics = problems.slice(0, shown).map((problem) => Diagnostic.create(rangeOf(problem), problem.message, severity, code, diagnosticSource));
  if (problems.length > shown) {
    const range = rangeOf(problems[shown]);
    diagnostics.push(Diagnostic.create({ start: range.start, end: range.start }, `${problems.length - shown} more problems in this file are not shown: Regen Notes shows the first ${shown}.`, DiagnosticSeverity.Information, undefined, diagnosticSource));
  }
  return diagnostics;
}

function rangeIn(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionOf(start), end: lines.positionOf(end) };
}

export function toHover(doc: TextDocument, hover: HoverInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hover.markdown }, range: toRange(doc, hover.start, hover.end) };
}

const completionKinds: Record<TermKind, CompletionItemKind> = {
  molecule: CompletionItemKind.Constant,
  cell: CompletionItemKind.Class,
  mechanism: CompletionItemKind.Event,
};

/**
 * A completion item. With `insertReplace` (a client that takes both), inside a word the item may
 * also replace the rest of the word (`hepatic st|ellate`), as the editor's insert mode says;
 * otherwise it replaces the typed prefix.
 */
export function toCompletionItem(doc: TextDocument, item: TermCompletion, insertReplace = false): CompletionItem {
  return {
    label: item.label,
    kind: completionKinds[item.kind],
    detail: item.detail,
    documentation: { kind: MarkupKind.Markdown, value: item.documentation },
    filterText: item.filterText,
    sortText: item.sortText,
    textEdit: completionEdit(doc, item.insertText, item, insertReplace),
  };
}

/** The edit of a completion item: it replaces `[start, end)`, the typed prefix, or with `insertReplace` inside a word also up to `wordEnd`. */
function completionEdit(doc: TextDocument, newText: string, at: { start: number; end: number; wordEnd: number }, insertReplace: boolean): TextEdit | InsertReplaceEdit {
  const insert = toRange(doc, at.start, at.end);
  return insertReplace && at.wordEnd > at.end ? InsertReplaceEdit.create(newText, insert, toRange(doc, at.start, at.wordEnd)) : TextEdit.replace(insert, newText);
}

/** A citation key offered after `@`, replacing what was typed after it (with `insertReplace`, also the rest of the key). */
export function toCitationKeyCompletionItem(doc: TextDocument, item: CitationKeyCompletion, insertReplace = false): CompletionItem {
  return {
    label: item.label,
    kind: CompletionItemKind.Reference,
    detail: item.detail,
    documentation: { kind: MarkupKind.Markdown, value: item.documentation },
    filterText: item.filterText,
    sortText: item.sortText,
    textEdit: completionEdit(doc, item.insertText, item, insertReplace),
  };
}

/** The kind of the "fix all" source action, so `editor.codeActionsOnSave` can name it. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.regenNotes`;

/**
 * Whether a code action request's `only` asks for actions of `kind`: a kind asked for covers
 * itself and the kinds under it, part by dotted part (`source` covers `source.fixAll.regenNotes`,
 * `source.fixAll.eslint` does not cover `source.fixAll`), and the empty kind covers all, as in VS Code.
 */
export function asksForKind(only: readonly string[], kind: string): boolean {
  return only.some((asked) => asked === '' || asked === kind || kind.startsWith(`${asked}.`));
}

/** A fix as a code action on `doc`; snippet placeholders are dropped unless the client takes snippet edits. */
export function toCodeAction(doc: TextDocument, fix: Fix, diagnostics: Diagnostic[], snippets: boolean): CodeAction {
  const edits = fix.edits
    .slice()
    .sort((a, b) => b.start - a.start)
    .map((e) => {
      const range = toRange(doc, e.start, e.end);
      if (fix.snippet && snippets) return { range, snippet: { kind: 'snippet' as const, value: e.newText } };
      return TextEdit.replace(range, fix.snippet ? e.newText.replace(/\$\{?\d+\}?/g, '') : e.newText);
    });
  const action: CodeAction = { title: fix.title, kind: fix.kind === 'source.fixAll' ? fixAllKind : CodeActionKind.QuickFix };
  if (edits.length) action.edit = { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  if (fix.command) action.command = { title: fix.title, command: fix.command.name, arguments: fix.command.arguments };
  if (fix.isPreferred) action.isPreferred = true;
  if (diagnostics.length) action.diagnostics = diagnostics;
  return action;
}

/** A quick fix that edits (and may create) files other than the note, such as the team vocabulary. */
export function toFileChangesAction(title: string, changes: FileChange[]): CodeAction {
  const documentChanges: WorkspaceEdit['documentChanges'] = [];
  for (const change of changes) {
    if (change.create) documentChanges.push(CreateFile.create(change.uri, { ignoreIfExists: true }));
    const lines = createLineIndex(change.text);
    const edits = change.edits.map((e) => TextEdit.replace(rangeIn(lines, e.start, e.end), e.newText));
    documentChanges.push(TextDocumentEdit.create({ uri: change.uri, version: change.version ?? null }, edits));
  }
  return CodeAction.create(title, { documentChanges }, CodeActionKind.QuickFix);
}

/** The mentions of a term or cited key in an open note, as highlights. */
export function toHighlights(doc: TextDocument, mentions: readonly OffsetRange[]): DocumentHighlight[] {
  return mentions.map((m) => DocumentHighlight.create(toRange(doc, m.start, m.end), DocumentHighlightKind.Text));
}

/**
 * The kinds of token the server colours, and their modifiers; package.json declares the same
 * (`semanticTokenTypes`, `semanticTokenModifiers`) with the standard types themes colour them as.
 */
export const termTokenLegend: SemanticTokensLegend = { tokenTypes: ['molecule', 'cell', 'mechanism'], tokenModifiers: ['deprecated', 'ambiguous'] };

/**
 * Terms as semantic tokens, relative to the one before as the protocol writes them, in UTF-16
 * columns. A token stays on one line: a form written across a line break (`hepatic stellate` at a
 * line's end, `cells` at the next one's start) is two tokens, one on each line.
 */
export function toSemanticTokens(doc: TextDocument, tokens: readonly TermToken[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokens) {
    const type = termTokenLegend.tokenTypes.indexOf(token.kind);
    const modifiers = (token.deprecated ? 1 : 0) | (token.ambiguous ? 2 : 0);
    const start = doc.positionAt(token.start);
    const end = doc.positionAt(token.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lineLength(doc, line);
      if (to > from) builder.push(line, from, to - from, type, modifiers);
    }
  }
  return builder.build();
}

/**
 * What changed from the tokens sent last to these (`semanticTokens/full/delta`), as one edit of the
 * data: the whole tokens both start with and end with are kept. A typed character moves the tokens
 * after it by one column on its line only, as each token is written relative to the one before, so
 * an edit sends a few numbers rather than all of a long note's tokens. None when nothing changed.
 */
export function tokenEdits(previous: ArrayLike<number>, next: readonly number[]): SemanticTokensEdit[] {
  const shorter = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shorter && sameToken(previous, head, next, head)) head += 5;
  if (head === shorter && previous.length === next.length) return [];
  let tail = 0;
  while (tail < shorter - head && sameToken(previous, previous.length - tail - 5, next, next.length - tail - 5)) tail += 5;
  const data = next.slice(head, next.length - tail);
  return [{ start: head, deleteCount: previous.length - head - tail, ...(data.length > 0 ? { data } : {}) }];
}

function sameToken(a: ArrayLike<number>, at: number, b: readonly number[], bt: number): boolean {
  for (let k = 0; k < 5; k++) if (a[at + k] !== b[bt + k]) return false;
  return true;
}

/** The length of a line without its line break (CRLF is two characters). */
function lineLength(doc: TextDocument, line: number): number {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.length - (text.endsWith('\r\n') ? 2 : /[\r\n]$/.test(text) ? 1 : 0);
}

/** Identifiers of papers in a note as links to where they are read (doi.org, PubMed, PMC, arXiv). */
export function toDocumentLinks(doc: TextDocument, links: readonly IdentifierLink[]): DocumentLink[] {
  return links.map((link) => ({ range: toRange(doc, link.start, link.end), target: link.target, tooltip: link.tooltip }));
}

/** Mentions in a note's `text` (open or read from disk) as locations in `uri`; one line index serves all. */
export function toLocations(uri: string, text: string, mentions: readonly OffsetRange[]): Location[] {
  if (mentions.length === 0) return [];
  const lines = createLineIndex(text);
  return mentions.map((m) => Location.create(uri, rangeIn(lines, m.start, m.end)));
}

/** A file a rename edits: its text as the server read it, the version of an open one, and the ranges of `text` to replace. */
export interface RenamedFile {
  uri: string;
  text: string;
  /** The version of the open document `text` is the text of; none for a file read from disk. */
  version?: number;
  ranges: readonly OffsetRange[];
}

/**
 * A rename as one workspace edit: `newText` in place of each range of each file. As
 * `documentChanges` when the client takes them, each open note's edit made for the version
 * its text is of, so that the editor refuses the edit once the note has changed since.
 */
export function toRenameEdit(files: readonly RenamedFile[], newText: string, documentChanges: boolean): WorkspaceEdit {
  const edited = files.filter((f) => f.ranges.length > 0).map((f) => {
    const lines = createLineIndex(f.text);
    return { file: f, edits: f.ranges.map((r) => TextEdit.replace(rangeIn(lines, r.start, r.end), newText)) };
  });
  if (documentChanges) return { documentChanges: edited.map(({ file, edits }) => TextDocumentEdit.create({ uri: file.uri, version: file.version ?? null }, edits)) };
  return { changes: Object.fromEntries(edited.map(({ file, edits }) => [file.uri, edits])) };
}

/** Where an entry is written (a vocabulary term, a bibliography entry) in the file at `uri`: the form or key in it, or the start of its line. */
export function toEntryLocation(uri: string, place: EntryPlace, span?: EntrySpan): Location {
  return Location.create(uri, span ? Range.create(span.line, span.start, span.line, span.end) : Range.create(place.line, 0, place.line, 0));
}

/** The kinds of workspace symbols: a term's as its completion item's (molecule: constant, cell: class, mechanism: event). */
const symbolKinds: Record<WorkspaceSymbolEntry['kind'], SymbolKind> = {
  molecule: SymbolKind.Constant,
  cell: SymbolKind.Class,
  mechanism: SymbolKind.Event,
  'citation-key': SymbolKind.Key,
};

/**
 * A term's entry or a bibliography entry as a workspace symbol in the file at `uri`: at the start
 * of the entry's line (the server keeps no text of the file, and reads none at each query; VS Code
 * opens a symbol at its range's start). Its `data` says what to open it on, which
 * `workspaceSymbol/resolve` finds in the file when the symbol is chosen (`resolvedSymbol`).
 */
export function toWorkspaceSymbol(uri: string, symbol: WorkspaceSymbolEntry): WorkspaceSymbol {
  const data: SymbolPlace = { line: symbol.line, written: symbol.written };
  return { name: symbol.name, kind: symbolKinds[symbol.kind], location: toEntryLocation(uri, symbol), ...(symbol.container ? { containerName: symbol.container } : {}), data };
}

/** What a workspace symbol's `data` holds: its entry's line, and what to open it on. */
export interface SymbolPlace {
  line: number;
  written: string[];
}

/** The place a workspace symbol sent back to be resolved names, when its `data` is one the server made (any other is not read). */
export function symbolPlaceOf(symbol: unknown): { uri: string; place: SymbolPlace } | undefined {
  const { location, data } = (symbol ?? {}) as { location?: { uri?: unknown }; data?: { line?: unknown; written?: unknown } };
  if (typeof location?.uri !== 'string' || !data || !Number.isInteger(data.line) || (data.line as number) < 0) return undefined;
  if (!Array.isArray(data.written) || !data.written.every((w) => typeof w === 'string')) return undefined;
  return { uri: location.uri, place: { line: data.line as number, written: data.written as string[] } };
}

/** The symbol with its location on `span`, the form or key its entry writes. */
export function resolvedSymbol(symbol: WorkspaceSymbol, span: EntrySpan): WorkspaceSymbol {
  return { ...symbol, location: Location.create(symbol.location.uri, Range.create(span.line, span.start, span.line, span.end)) };
}

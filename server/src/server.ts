import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type CompletionList,
  type CompletionParams,
  type Connection,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, completeTerms, termFixes, termHover, type DocumentAnalysis, type Fix, type TermIndex } from './core';
import { problemToDiagnostic, toCodeAction, toCompletionItem, toDiagnostic, toHover } from './convert';
import { normalizeSettings, type Settings } from './settings';
import { VocabularyStore, type FileSystem, type FolderVocabulary, type Logger } from './workspace';

/** What a document's features need: its settings, its folder's vocabulary, and its analysis. */
interface DocumentState {
  doc: TextDocument;
  settings: Settings;
  vocabulary: FolderVocabulary;
  analysis: DocumentAnalysis;
  isNote: boolean;
}

interface CachedAnalysis {
  version: number;
  index: TermIndex;
  optionsKey: string;
  analysis: DocumentAnalysis;
}

const pushDelayMs = 150;

/** The Regen Notes language server: one table of handlers over the pure core. */
export class RegenServer {
  readonly #connection: Connection;
  readonly #documents = new TextDocuments(TextDocument);
  readonly #store: VocabularyStore;
  readonly #log: Logger;
  readonly #settings = new Map<string, Promise<Settings>>();
  readonly #analyses = new Map<string, CachedAnalysis>();
  readonly #pushTimers = new Map<string, NodeJS.Timeout>();
  readonly #vocabularyDiagnostics = new Set<string>();
  readonly #published = new WeakSet<FolderVocabulary>();
  readonly #reportedSettingsProblems = new Set<string>();
  #folders: string[] = [];
  #pullDiagnostics = false;
  #configurationPull = false;
  #snippetEdits = false;
  #watchRegistration = false;

  constructor(connection: Connection, fs: FileSystem) {
    this.#connection = connection;
    this.#log = {
      info: (m) => connection.console.info(m),
      warn: (m) => connection.console.warn(m),
      error: (m) => connection.console.error(m),
    };
    this.#store = new VocabularyStore(fs, this.#log);
  }

  /** Registers every handler, then starts listening. */
  listen(): void {
    const c = this.#connection;
    const docs = this.#documents;
    c.onInitialize(this.initialize.bind(this));
    c.onInitialized(this.initialized.bind(this));
    c.onHover(this.hover.bind(this));
    c.onCompletion(this.completion.bind(this));
    c.onCodeAction(this.codeAction.bind(this));
    c.languages.diagnostics.on(this.diagnostics.bind(this));
    c.onDidChangeConfiguration(this.environmentChanged.bind(this));
    c.onDidChangeWatchedFiles(this.watchedFilesChanged.bind(this));
    docs.onDidOpen((e) => this.schedulePush(e.document));
    docs.onDidChangeContent((e) => this.schedulePush(e.document));
    docs.onDidClose((e) => this.closed(e.document));
    docs.listen(c);
    c.listen();
  }

  initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    this.#pullDiagnostics = !!caps.textDocument?.diagnostic;
    this.#configurationPull = !!caps.workspace?.configuration;
    this.#snippetEdits = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    this.#watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.#folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : [])).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        ...(this.#pullDiagnostics ? { diagnosticProvider: { identifier: 'regen-notes', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'regen-notes' },
    };
  }

  initialized(): void {
    const c = this.#connection;
    if (this.#configurationPull) void c.client.register(DidChangeConfigurationNotification.type, { section: 'regenNotes' });
    if (this.#watchRegistration) {
      void c.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,json}' }] });
    }
    c.workspace.onDidChangeWorkspaceFolders?.((e) => this.foldersChanged(e));
  }

  async hover(params: HoverParams, token: CancellationToken): Promise<Hover | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const hover = termHover(state.analysis.terms, state.doc.offsetAt(params.position), state.vocabulary.index);
    return hover ? toHover(state.doc, hover) : null;
  }

  async completion(params: CompletionParams, token: CancellationToken): Promise<CompletionList | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const result = completeTerms(state.doc.getText(), state.doc.offsetAt(params.position), state.vocabulary.index);
    return { isIncomplete: result.isIncomplete, items: result.items.map((item) => toCompletionItem(state.doc, item)) };
  }

  async codeAction(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return [];
    const { doc, analysis } = state;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const fixes: Fix[] = [];
    for (const finding of analysis.findings) {
      if (finding.end < start || finding.start > end) continue;
      fixes.push(...termFixes(finding, analysis.findings));
    }
    return fixes.map((fix) => toCodeAction(doc, fix, this.#diagnosticsFor(state, fix), this.#snippetEdits));
  }

  async diagnostics(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: this.#diagnosticsOf(state) };
  }

  /** Settings or vocabulary changed: forget everything derived from them and check again. */
  environmentChanged(): void {
    this.#settings.clear();
    this.#analyses.clear();
    this.#store.invalidate();
    this.#refresh();
  }

  watchedFilesChanged(_params: DidChangeWatchedFilesParams): void {
    this.#analyses.clear();
    this.#store.invalidate();
    this.#refresh();
  }

  foldersChanged(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
    this.#folders = [...this.#folders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
    this.environmentChanged();
  }

  schedulePush(doc: TextDocument): void {
    if (this.#pullDiagnostics) return;
    clearTimeout(this.#pushTimers.get(doc.uri));
    this.#pushTimers.set(
      doc.uri,
      setTimeout(() => {
        this.#pushTimers.delete(doc.uri);
        void this.#push(doc.uri);
      }, pushDelayMs),
    );
  }

  closed(doc: TextDocument): void {
    clearTimeout(this.#pushTimers.get(doc.uri));
    this.#pushTimers.delete(doc.uri);
    this.#analyses.delete(doc.uri);
    this.#settings.delete(doc.uri);
    if (!this.#pullDiagnostics) void this.#connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  #refresh(): void {
    if (this.#pullDiagnostics) {
      void this.#connection.languages.diagnostics.refresh();
    } else {
      for (const doc of this.#documents.all()) this.schedulePush(doc);
    }
  }

  async #push(uri: string): Promise<void> {
    const state = await this.#state(uri);
    if (!state) return;
    if (this.#documents.get(uri)?.version !== state.doc.version) return;
    await this.#connection.sendDiagnostics({ uri, version: state.doc.version, diagnostics: this.#diagnosticsOf(state) });
  }

  #diagnosticsOf(state: DocumentState): Diagnostic[] {
    if (!state.isNote) return [];
    return state.analysis.findings.map((f) => toDiagnostic(state.doc, f, state.settings.levels[f.code])).filter((d): d is Diagnostic => !!d);
  }

  #diagnosticsFor(state: DocumentState, fix: Fix): Diagnostic[] {
    if (!fix.finding) return [];
    const diagnostic = toDiagnostic(state.doc, fix.finding, state.settings.levels[fix.finding.code]);
    return diagnostic ? [diagnostic] : [];
  }

  /** Looks up an open document and brings its analysis up to date; undefined when it is not open. */
  async #state(uri: string): Promise<DocumentState | undefined> {
    const doc = this.#documents.get(uri);
    if (!doc) return undefined;
    try {
      const settings = await this.#settingsFor(uri);
      const folder = this.#folderOf(uri);
      const vocabulary = await this.#store.vocabularyFor(folder, settings);
      this.#publishVocabularyProblems(vocabulary, settings);
      const current = this.#documents.get(uri);
      if (!current) return undefined;
      const optionsKey = JSON.stringify([settings.claims, settings.levels]);
      let cached = this.#analyses.get(uri);
      if (!cached || cached.version !== current.version || cached.index !== vocabulary.index || cached.optionsKey !== optionsKey) {
        const analysis = analyzeDocument(current.getText(), vocabulary.index, { citationScope: settings.claims.citationScope, levels: settings.levels });
        cached = { version: current.version, index: vocabulary.index, optionsKey, analysis };
        this.#analyses.set(uri, cached);
      }
      return { doc: current, settings, vocabulary, analysis: cached.analysis, isNote: this.#isNote(uri, folder, settings) };
    } catch (error) {
      this.#log.error(`Could not analyse ${uri}: ${(error as Error)?.stack ?? String(error)}`);
      return undefined;
    }
  }

  #settingsFor(uri: string): Promise<Settings> {
    let settings = this.#settings.get(uri);
    if (!settings) {
      settings = (this.#configurationPull ? this.#connection.workspace.getConfiguration({ scopeUri: uri, section: 'regenNotes' }) : Promise.resolve(undefined)).then(
        (raw: unknown) => {
          const { settings, problems } = normalizeSettings(raw);
          for (const problem of problems) this.#reportSettingsProblem(problem);
          return settings;
        },
        (error: unknown) => {
          this.#log.warn(`Could not read settings for ${uri}: ${String(error)}; using defaults.`);
          return normalizeSettings(undefined).settings;
        },
      );
      this.#settings.set(uri, settings);
    }
    return settings;
  }

  #reportSettingsProblem(message: string): void {
    this.#log.warn(message);
    if (this.#reportedSettingsProblems.has(message)) return;
    this.#reportedSettingsProblems.add(message);
    void this.#connection.window.showWarningMessage(`Regen Notes: ${message}`);
  }

  #publishVocabularyProblems(vocabulary: FolderVocabulary, settings: Settings): void {
    if (this.#published.has(vocabulary)) return;
    this.#published.add(vocabulary);
    const files = new Set<string>();
    for (const [where, problems] of vocabulary.problems) {
      if (where === 'settings') {
        for (const p of problems) this.#reportSettingsProblem(p.message);
        continue;
      }
      if (where === 'builtin') continue;
      const uri = pathToFileURL(where).toString();
      files.add(uri);
      const text = this.#documents.get(uri)?.getText();
      const diagnostics = problems.map((p) => problemToDiagnostic(p, text, settings.levels['vocabulary.invalid'])).filter((d): d is Diagnostic => !!d);
      void this.#connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const file of vocabulary.files) {
      const uri = pathToFileURL(file).toString();
      if (!files.has(uri) && this.#vocabularyDiagnostics.has(uri)) void this.#connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const uri of files) this.#vocabularyDiagnostics.add(uri);
  }

  #folderOf(uri: string): string | undefined {
    const file = uriToPath(uri);
    if (!file) return undefined;
    let best: string | undefined;
    for (const folder of this.#folders) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  #isNote(uri: string, folder: string | undefined, settings: Settings): boolean {
    const file = uriToPath(uri);
    if (!file) return true;
    const rel = folder ? path.relative(folder, file).split(path.sep).join('/') : path.basename(file);
    const options = { dot: true };
    return picomatch.isMatch(rel, settings.include, options) && !(settings.exclude.length && picomatch.isMatch(rel, settings.exclude, options));
  }
}

/** The file system path of a `file:` URI; undefined for other schemes (untitled, vscode-notebook…). */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

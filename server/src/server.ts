import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  WorkDoneProgressReporter,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type CompletionList,
  type CompletionParams,
  type Connection,
  type DefinitionParams,
  type DocumentLink,
  type DocumentLinkParams,
  type SemanticTokens,
  type SemanticTokensDelta,
  type SemanticTokensDeltaParams,
  type SemanticTokensParams,
  type SemanticTokensRangeParams,
  type Diagnostic,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type DocumentHighlight,
  type DocumentHighlightParams,
  type ExecuteCommandParams,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type Position,
  type InitializeResult,
  type Location,
  type PrepareRenameParams,
  type Range,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceSymbol,
  type WorkspaceEdit,
  type WorkspaceFoldersChangeEvent,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  addTermEdits,
  addToSettingsList,
  analyzeDocument,
  updateAnalysis,
  withoutByteOrderMark,
  citationHover,
  clipped,
  citationKeyFixes,
  claimFixes,
  claimTermIds,
  identifierLinks,
  suggestCitations,
  termTokens,
  claimHover,
  completeCitationKeys,
  showReviewPassageCommand,
  completeTerms,
  definitionPlaces,
  fieldOrigins,
  findMentions,
  findUnknownTermCandidates,
  mentionsOf,
  navigationTargetAt,
  hasFormKey,
  fixAllNonPreferred,
  newTermEntry,
  replaceAllFix,
  termFixes,
  passagesOf,
  plural,
  spanInEntry,
  termEntryPlaces,
  termHover,
  termIdFor,
  termKinds,
  WorkspaceSymbolSearch,
  bibliographyFormatOf,
  bibliographyKeyRanges,
  citedKeyText,
  newKeyProblem,
  type AnalysisOptions,
  type BibliographyProblem,
  type DocumentAnalysis,
  type FileChange,
  type Finding,
  type Fix,
  type Level,
  type EntryPlace,
  type NavigationTarget,
  type TermIndex,
  type TermKind,
} from './core';
import { asksForKind, bibliographyProblemsToDiagnostics, termTokenLegend, toDocumentLinks, toSemanticTokens, tokenEdits, fixAllKind, moreFindingsDiagnostic, problemsToDiagnostics, sameDiagnostics, toCitationKeyCompletionItem, toCodeAction, toCompletionItem, toDiagnostic, toEntryLocation, toFileChangesAction, toHighlights, toHover, toLocations, toRange, toRenameEdit, toWorkspaceSymbol, resolvedSymbol, symbolPlaceOf, type RenamedFile, uniqueDiagnostics } from './convert';
import { isNotePath, normalizeSettings, settingsAnalysisOptions, type CheckFrequency, type Settings } from './settings';
import { noteDocuments } from './documents';
import { inlineTermEntries } from './settingsFile';
import { BibliographyStore, isQuartoMetadataFile, maxBibliographyBytes, maxFindingsShown, maxNoteBytes, maxVocabularyBytes, megabytes, shownFindings, SourceLibrary, VocabularyStore, type FileSystem, type FolderSources, type FolderVocabulary, type Logger, type NoteBibliography } from './workspace';
import { isInside, relativePath } from './paths';
import { addTermCommand, isOpenFile, type AddTermFiles, type OpenFile } from './addTermProtocol';
import { checkAllNotesCommand, checkNoteCommand, describeCounts, noteCheckStateChangedNotification, noteCheckStateRequest, type CheckInput, type CheckStateOptions, type FindingCounts, type NoteCheckState } from './commands';

/** What an "Add '<word>' …" action carries until it is resolved. */
interface AddTermData extends AddTermFiles {
  uri: string;
  word: string;
  kind: TermKind;
}

/** What an "Add '<word>' …" action carries to where its edit is made; it comes back from the client, so it is checked. */
function isAddTermData(data: unknown): data is AddTermData {
  const d = data as Partial<AddTermData> | undefined;
  return (
    typeof d?.uri === 'string' &&
    typeof d.word === 'string' &&
    termKinds.includes(d.kind as TermKind) &&
    (d.files === undefined || (Array.isArray(d.files) && d.files.every((f) => typeof f === 'string'))) &&
    (d.openFiles === undefined || (Array.isArray(d.openFiles) && d.openFiles.every(isOpenFile)))
  );
}

/** The data as it goes back to the client: without the texts of open files, which may be megabytes. */
function withoutOpenFiles(data: AddTermData): AddTermData {
  return { uri: data.uri, word: data.word, kind: data.kind, ...(data.files ? { files: data.files } : {}) };
}

function addTermTitle(word: string, kind: TermKind): string {
  return `Add '${word}' to the team vocabulary as a ${kind}`;
}

/**
 * `job`, run one at a time: called while it runs, it runs once more when it is done, however many
 * calls came meanwhile, and `overtaken()` tells the running one that a call came. For bursts of
 * settings or folder changes, which would each start the same round of requests.
 */
function oneAtATime(job: (overtaken: () => boolean) => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    void job(() => again).finally(() => {
      running = false;
      if (again) run();
    });
  };
  return run;
}

/** The vocabulary file a new term goes into, its text, and the settings edit that names it when it is new. */
interface AddTermTarget {
  file: string;
  vocabularyFile: Omit<FileChange, 'edits'>;
  settingsChange: FileChange | undefined;
}

/** The URIs of the files a new term's edit writes into. */
function targetFiles(target: AddTermTarget): string[] {
  return [target.vocabularyFile.uri, ...(target.settingsChange ? [target.settingsChange.uri] : [])];
}

/** What a document's features need: its settings, its folder's vocabulary, and its analysis. */
interface DocumentState {
  doc: TextDocument;
  settings: Settings;
  vocabulary: FolderVocabulary;
  sources: FolderSources;
  folder: string | undefined;
  /** The bibliography the note's citation keys are checked against, if one applies. */
  bibliography: NoteBibliography;
  analysis: DocumentAnalysis;
  isNote: boolean;
}

interface CachedAnalysis {
  version: number;
  index: TermIndex;
  optionsKey: string;
  bibliography: NoteBibliography['bibliography'];
  analysis: DocumentAnalysis;
}

/** The extensions of the files the server is told about on disk: vocabularies and CSL, notes and sources, BibTeX. */
const watchedExtensions = [['yaml', 'yml', 'json'], ['md', 'markdown', 'txt', 'qmd', 'Rmd', 'rmd'], ['bib', 'bibtex']];
/** Case-sensitive, as VS Code matches globs on Linux: there `**\/*.{yaml,yml,json}` misses `Team.YAML`. */
const watchedExtension = new RegExp(`\\.(?:${watchedExtensions.flat().join('|')})$`);

function isWatchedByExtension(file: string): boolean {
  return watchedExtension.test(file);
}

/** What makes a file's name a glob rather than the name itself. */
const globCharacter = /[*?[\]{}]/;

const pushDelayMs = 150;
/** Where "Add to the team vocabulary" creates a vocabulary when the folder names none. */
const defaultVocabularyFile = '.vscode/regen-vocabulary.yaml';
const filesSetting = 'regenNotes.vocabulary.files';

export interface ServerOptions {
  /** A full garbage collection (Node's `gc` under --expose-gc); absent, memory is left to V8. */
  releaseMemory?: () => void;
  /**
   * The second collection after a large job, in place of `releaseMemory`: one that may also
   * compact the heap; says whether it did.
   */
  compactMemory?: () => boolean;
  /** The clock a check's time is read from (ms since the epoch); `Date.now` unless given. */
  now?: () => number;
}

/** How long the server waits, idle, after a large job before it releases memory. */
const releaseDelayMs = 2000;
/**
 * A second collection this long after the first frees much more: with 100k terms, heap 92 → 65 MB
 * and RSS 264 → 216 MB in a test process; two collections in a row free no more than one.
 */
const secondReleaseDelayMs = 100;
/** Notifications that one batch of settings problems raises, besides one that counts the rest. */
const maxSettingsNotifications = 3;
/** The findings in a code action request's range whose quick fixes are offered, the first in the note; "Replace all" still counts every one. */
const maxFindingsWithFixes = 100;
/** The unsupported claims of a code action request's range that get "Cite @key" offers: the light bulb's range holds one. */
const maxClaimsWithSuggestions = 5;
/** Characters of open notes whose analyses are kept (`#keepRecentAnalyses`): ~30 notes of 137 KB, or four of 1 MB. */
const maxAnalysedText = 4 * 1024 * 1024;
/** Notes this long count as a large job when analysed in full. */
const largeText = 256 * 1024;
/** The notes on disk that Find All References and Check All Notes read in one folder, one at a time. */
const maxReferenceNotes = 10_000;
/**
 * Whether a file's text, read as UTF-8, was: a byte that is not UTF-8 comes in as U+FFFD (a file
 * that writes U+FFFD itself is taken as not UTF-8 too). Such a file, once a rename edits it, is
 * saved with U+FFFD for each of those bytes: "Müller" in Latin-1 would become "M\uFFFDller".
 */
function isUtf8Text(text: string): boolean {
  return !text.includes('\uFFFD');
}

/** Why a rename does not edit a file that is not UTF-8. */
function notUtf8(file: string): string {
  return `${file} is not UTF-8 (it holds bytes that are not, or U+FFFD), and the editor would save U+FFFD in place of each of those bytes. Save it as UTF-8 first (Reopen with Encoding, then Save with Encoding).`;
}

/** What a rename asked for anywhere but on a cited key says. */
const onlyKeysRenamed = 'Only a cited key can be renamed: Regen Notes renames a citation key in every note of the folder and in its bibliography entry (a term is prose, and is not renamed).';
/** The workspace symbols one request answers with, the best matches: an empty query or one letter matches most of a long vocabulary. */
const maxWorkspaceSymbols = 500;
/** How many notes' last tokens are kept for `semanticTokens/full/delta`: an editor colours the few it shows. */
const maxNotesWithTokens = 32;

/** What a run of Check All Notes found: notes checked, and diagnostics by severity. */
export interface CheckAllSummary extends FindingCounts {
  notes: number;
  cancelled: boolean;
}

/**
 * The diagnostics the editor is to show for an open note. `kept`: those of a check made before
 * (`check.frequency` `save` or `manual`), which were shown when it was made; `state`: the note
 * analysed now, absent when it was not (kept, or in manual mode never checked).
 */
interface NoteDiagnostics {
  diagnostics: Diagnostic[];
  state?: DocumentState;
  kept?: true;
}

/** A check of a note kept past the edits after it, the frequency it was made under, and what it read. */
interface KeptCheck {
  frequency: Exclude<CheckFrequency, 'edit'>;
  diagnostics: Diagnostic[];
  /** The version of the note it read. */
  version: number;
  /** When it was made (the clock's ms); for a note Check All Notes read on disk, when that run read it. */
  at: number;
  /** The settings the findings depend on, as `checkedSettingsKey` writes them. */
  settingsKey: string;
  /** The bibliography files it read. */
  bibliographyFiles: readonly string[];
  /** The files it read that changed since, by what they are (a check by hand stays, and says so). */
  changed: Set<CheckInput>;
}

/** What a check reads, in the order a check's state names what changed since. */
const checkInputs: readonly CheckInput[] = ['settings', 'vocabulary', 'sources', 'bibliography'];

/** The settings a note's findings depend on: a check made with others is out of date (`include` and `exclude` only say whether it is a note). */
function checkedSettingsKey(settings: Settings): string {
  const { vocabulary, sources, bibliography, claims, levels } = settings;
  return JSON.stringify([vocabulary.builtin, vocabulary.files, vocabulary.terms, sources, bibliography, claims, levels]);
}

/** The Regen Notes language server: one table of handlers over the pure core. */
export class RegenServer {
  readonly #connection: Connection;
  readonly #documents = new TextDocuments(noteDocuments);
  readonly #store: VocabularyStore;
  readonly #sources: SourceLibrary;
  readonly #bibliographies: BibliographyStore;
  readonly #fs: FileSystem;
  readonly #log: Logger;
  readonly #settings = new Map<string, Promise<Settings>>();
  readonly #analyses = new Map<string, CachedAnalysis>();
  /** The diagnostics last pulled for each open note, and the id of that result. */
  readonly #pulled = new Map<string, { resultId: string; items: Diagnostic[] }>();
  #resultIds = 0;
  /**
   * The diagnostics of each open note not checked at edits, as its last check found them: edits
   * since leave them as they are. Checked at saves (`check.frequency: save`), a note with none is
   * checked when next asked, and a save, a settings change or a change of a file it was checked
   * with takes its check off. Checked by hand (`manual`), a note with none has no diagnostics, and
   * its check stays until the next check (Check This Note, Check All Notes) or until it is closed,
   * through saves and changes of the settings and files: what is shown is what the user asked for.
   */
  readonly #checked = new Map<string, KeptCheck>();
  /**
   * Open notes that Check All Notes checked on disk, with the text they were opened with, before
   * anything it was checked with changed, and when it did: in manual mode, the first ask checks
   * them, so opening a note from the Problems panel keeps its findings.
   */
  readonly #checkedOnDisk = new Map<string, number>();
  /** Counts what makes checks due (saves, settings and file changes): a check that one overtook keeps nothing. */
  #checkRound = 0;
  readonly #pushTimers = new Map<string, NodeJS.Timeout>();
  /** The problems shown on each bibliography file, by URI: the list of the read they came from, so a read is shown once. */
  readonly #bibliographyDiagnostics = new Map<string, readonly BibliographyProblem[]>();
  /**
   * The bibliography files each note shown read when it was last checked, by the note's path (its
   * URI when it has none): the open notes, and those whose findings Check All Notes shows. A file
   * none of them reads shows no problems.
   */
  readonly #bibliographyReaders = new Map<string, readonly string[]>();
  /**
   * The problems published on each vocabulary file, by the vocabulary that found them (its key),
   * each with the round of publishing that did. Two folders may read one file (nested folders, one
   * with the built-in vocabulary and one without) and find different problems in it: the file
   * shows what each of them found, not only what the one published last did.
   */
  readonly #vocabularyDiagnostics = new Map<string, Map<string, { round: number; diagnostics: Diagnostic[] }>>();
  /** Rounds of publishing vocabulary problems, counted. */
  #publishRounds = 0;
  /** The round before which problems were last taken off files (`#clearUnusedVocabularyProblems`). */
  #clearedBefore = 0;
  /**
   * The level each vocabulary's problems were last published at, and in which round: a kept
   * vocabulary is published again when the level changes, or when problems were taken off files since.
   */
  readonly #published = new WeakMap<FolderVocabulary, { level: Level; round: number }>();
  readonly #reportedSettingsProblems = new Set<string>();
  /** Open notes over `maxNoteBytes`, which are not analysed. */
  readonly #tooLargeNotes = new Set<string>();
  #folders: string[] = [];
  #pullDiagnostics = false;
  #configurationPull = false;
  #snippetEdits = false;
  /** Whether the client takes a completion edit with an insert and a replace range. */
  #insertReplace = false;
  #showDocument = false;
  /** Whether the client fills in a code action's edit when it is chosen (`codeAction/resolve`). */
  #resolveEdits = false;
  /** Whether the client applies an edit the server sends (`workspace/applyEdit`). */
  #applyEdits = false;
  /** Whether the client takes a workspace edit as `documentChanges`, each open note's bound to its version. */
  #documentChanges = false;
  /** Whether the client can be asked to ask for the notes' semantic tokens again (`workspace/semanticTokens/refresh`). */
  #semanticTokensRefresh = false;
  /**
   * The whole-note tokens last sent for the open notes coloured last (`maxNotesWithTokens`, the
   * oldest dropped first), with their result id; as 32-bit numbers, half an array's size.
   */
  readonly #sentTokens = new Map<string, { resultId: string; data: Uint32Array }>();
  #tokenResults = 0;
  /** Asks the client for the tokens again, a few times for a burst of changes, as `#pullAgain` does. */
  readonly #tokensAgain = oneAtATime(() =>
    this.#connection.languages.semanticTokens.refresh().catch((error: unknown) => this.#log.warn(`The client did not take a semantic tokens refresh: ${String((error as Error)?.message ?? error)}`)),
  );
  /** Asks a pulling client to pull again; a burst of changes (200 made 200 refreshes, each a pull of every visible note) asks a few times. */
  readonly #pullAgain = oneAtATime(() =>
    this.#connection.languages.diagnostics.refresh().catch((error: unknown) => this.#log.warn(`The client did not take a diagnostics refresh: ${String((error as Error)?.message ?? error)}`)),
  );
  /**
   * Keeps the vocabularies and sources the open documents still ask for under the new settings and
   * folders, and forgets the rest (a removed folder's too); their files only change through file
   * events. One round of settings requests at a time: 200 folder changes with 100 notes open
   * made 20,000 requests. A round that a change overtook keeps nothing, and the next decides.
   */
  readonly #forgetUnused = oneAtATime(async (overtaken) => {
    const inUse = await Promise.all(this.#documents.all().map(async (doc) => ({ folder: this.#folderOf(doc.uri), settings: await this.#settingsFor(doc.uri) })));
    if (overtaken()) return;
    this.#store.retain(inUse);
    this.#sources.retain(inUse);
  });
  /**
   * Takes the problems off the vocabulary files that vocabularies the open notes no longer use
   * found: a file the settings stopped naming, one of a folder that was removed, or one whose last
   * note closed. Publishing a
   * vocabulary replaces only what it found itself, and nothing else would visit a file no
   * vocabulary reads: its errors stayed in the Problems panel. Problems published since this began
   * stay, as a vocabulary read since published them; the next round decides.
   */
  readonly #clearUnusedVocabularyProblems = oneAtATime(async (overtaken) => {
    if (this.#vocabularyDiagnostics.size === 0) return;
    const since = this.#publishRounds;
    let vocabularies: FolderVocabulary[];
    try {
      vocabularies = await Promise.all(this.#documents.all().map(async (doc) => this.#store.vocabularyFor(this.#folderOf(doc.uri), await this.#settingsFor(doc.uri))));
    } catch (error) {
      this.#log.error(`Could not tell which vocabulary files still have problems: ${(error as Error)?.stack ?? String(error)}`);
      return;
    }
    if (overtaken()) return;
    // Those the findings Check All Notes shows were found with are in use too.
    const inUse = new Set([...vocabularies.map((vocabulary) => vocabulary.key), ...this.#checkedAllVocabularies]);
    let cleared = false;
    for (const [uri, found] of this.#vocabularyDiagnostics) {
      let changed = false;
      for (const [key, { round }] of found) {
        if (round > since || inUse.has(key)) continue;
        found.delete(key);
        changed = true;
      }
      if (changed) this.#sendVocabularyDiagnostics(uri);
      cleared ||= changed;
    }
    if (cleared) this.#clearedBefore = this.#publishRounds + 1;
  });
  #watchRegistration = false;
  /** Whether the client takes a watcher of one file (`RelativePattern`), for a vocabulary file that `watchedExtensions` leaves out; no longer once it refused one. */
  #relativePatterns = false;
  /**
   * The patterns watched besides those of `watchedExtensions` (folder and pattern), each asked for
   * once, for as long as the server runs: one no longer in use only costs an event that is ignored.
   */
  readonly #watchedPatterns = new Set<string>();
  /** The lists of globs of the settings (`include`, `sources`) that `#watchGlobs` has seen, and for which folders (a default list serves every folder). */
  readonly #globsWatched = new WeakMap<readonly string[], Set<string>>();
  /** Files read that no watcher sees (`odd[1].vocab`): read again at a settings change, the one way an edit of them is seen. */
  readonly #unwatchedFiles = new Set<string>();
  #workDoneProgress = false;
  /**
   * The notes, not open, whose diagnostics the last Check All Notes pushed: the URI pushed to and a
   * hash of the text checked, by path (an editor may spell a note's URI otherwise:
   * `file:///c%3A/…`). Cleared when one opens or anything it depended on changes.
   */
  #checkedAll = new Map<string, { uri: string; textHash: string; at: number }>();
  /** The vocabularies the notes of the last Check All Notes were checked with: their files' problems stay shown while its findings do. */
  #checkedAllVocabularies = new Set<string>();
  /** The run of Check All Notes under way, if any: a second request shares it rather than racing it, unless it is stopping. */
  #checkingAll: { summary: Promise<CheckAllSummary>; stopping: () => boolean } | undefined;
  /** Counts changes of the settings and of the files analyses read: a run of Check All Notes that one overtook stops. */
  #environmentRound = 0;
  readonly #releaseMemory?: () => void;
  readonly #compactMemory?: () => boolean;
  readonly #now: () => number;
  /** Whether the client is told when a note's check may have changed (`CheckStateOptions`). */
  #checkStateNotifications = false;
  #releaseTimer?: NodeJS.Timeout;
  /** Whether the client has sent `shutdown`. */
  #shutDown = false;
  readonly #indexesSeen = new WeakSet<object>();

  constructor(connection: Connection, fs: FileSystem, options: ServerOptions = {}) {
    this.#connection = connection;
    this.#releaseMemory = options.releaseMemory;
    this.#compactMemory = options.compactMemory;
    this.#now = options.now ?? Date.now;
    this.#log = {
      info: (m) => connection.console.info(m),
      warn: (m) => connection.console.warn(m),
      error: (m) => connection.console.error(m),
    };
    this.#store = new VocabularyStore(fs, this.#log);
    this.#sources = new SourceLibrary(fs, this.#log);
    this.#bibliographies = new BibliographyStore(fs, this.#log);
    this.#fs = fs;
  }

  /** Registers every handler, then starts listening. */
  listen(): void {
    const c = this.#connection;
    const docs = this.#documents;
    c.onInitialize(this.initialize.bind(this));
    c.onInitialized(this.initialized.bind(this));
    c.onShutdown(() => this.shutdown());
    c.onHover(this.#served(this.hover));
    c.onDocumentLinks(this.#served(this.documentLinks));
    c.languages.semanticTokens.on(this.#served(this.semanticTokens));
    c.languages.semanticTokens.onDelta(this.#served(this.semanticTokensDelta));
    c.languages.semanticTokens.onRange(this.#served(this.semanticTokensRange));
    c.onCompletion(this.#served(this.completion));
    c.onCodeAction(this.#served(this.codeAction));
    c.onCodeActionResolve(this.#served(this.resolveCodeAction));
    c.onDefinition(this.#served(this.definition));
    c.onDocumentHighlight(this.#served(this.documentHighlight));
    c.onReferences(this.#served(this.references));
    c.onPrepareRename(this.#served(this.prepareRename));
    c.onRenameRequest(this.#served(this.rename));
    c.onWorkspaceSymbol(this.#served(this.workspaceSymbols));
    c.onWorkspaceSymbolResolve(this.#served(this.resolveWorkspaceSymbol));
    c.onRequest(noteCheckStateRequest, this.#served(this.noteCheckState));
    c.languages.diagnostics.on(this.#served(this.diagnostics));
    c.onDidChangeConfiguration(this.environmentChanged.bind(this));
    c.onDidChangeWatchedFiles(this.watchedFilesChanged.bind(this));
    // The progress of a command the client gave a token for comes as the handler's third argument.
    c.onExecuteCommand((params, token, workDone) => this.#served((p: ExecuteCommandParams, t: CancellationToken) => this.executeCommand(p, t, workDone))(params, token));
    docs.onDidOpen((e) => this.opened(e.document));
    docs.onDidChangeContent((e) => this.schedulePush(e.document));
    docs.onDidSave((e) => this.saved(e.document));
    docs.onDidClose((e) => this.closed(e.document));
    docs.listen(c);
    c.listen();
  }

  /**
   * A request handler as the protocol asks: after `shutdown` a request is refused (InvalidRequest),
   * and a request the client cancelled gets RequestCancelled, not the empty answer the handler
   * gave up with, which a client that did not discard it would show (no diagnostics, no hover).
   */
  #served<P, R>(handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<never>> {
    return async (params, token) => {
      if (this.#shutDown) return new ResponseError(ErrorCodes.InvalidRequest, 'The server has been shut down.');
      const result = await handler.call(this, params, token);
      return token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.') : result;
    };
  }

  /** `shutdown`: no more pushed diagnostics or memory release; later requests are refused. */
  shutdown(): void {
    this.#shutDown = true;
    for (const timer of this.#pushTimers.values()) clearTimeout(timer);
    this.#pushTimers.clear();
    clearTimeout(this.#releaseTimer);
  }

  initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    // Pulled diagnostics go stale when settings or a vocabulary change unless the client can be
    // asked to pull again; a client that cannot be asked gets them pushed instead.
    this.#pullDiagnostics = !!caps.textDocument?.diagnostic && !!caps.workspace?.diagnostics?.refreshSupport;
    this.#configurationPull = !!caps.workspace?.configuration;
    this.#insertReplace = !!caps.textDocument?.completion?.completionItem?.insertReplaceSupport;
    this.#snippetEdits = !!(caps.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
    this.#watchRegistration = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.#relativePatterns = !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport;
    this.#showDocument = !!caps.window?.showDocument?.support;
    this.#workDoneProgress = !!caps.window?.workDoneProgress;
    this.#resolveEdits = !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    this.#applyEdits = !!caps.workspace?.applyEdit;
    this.#documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    this.#semanticTokensRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
    this.#checkStateNotifications = !!(params.initializationOptions as CheckStateOptions | null | undefined)?.noteCheckStateChanges;
    this.#folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : [])).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    return {
      capabilities: {
        // Saves are when a note checked at saves (`check.frequency`) is checked.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: termTokenLegend, full: { delta: true }, range: true },
        definitionProvider: true,
        documentHighlightProvider: true,
        referencesProvider: true,
        renameProvider: caps.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
        workspaceSymbolProvider: { resolveProvider: true },
        completionProvider: { resolveProvider: false, triggerCharacters: ['@', '{'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind], resolveProvider: this.#resolveEdits },
        executeCommandProvider: { commands: [showReviewPassageCommand, addTermCommand, checkNoteCommand, checkAllNotesCommand] },
        ...(this.#pullDiagnostics ? { diagnosticProvider: { identifier: 'regen-notes', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'regen-notes' },
    };
  }

  initialized(): void {
    const c = this.#connection;
    const reason = (error: unknown) => String((error as Error)?.message ?? error);
    if (this.#configurationPull) c.client.register(DidChangeConfigurationNotification.type, { section: 'regenNotes' }).catch((error: unknown) => this.#log.warn(`The client did not take a registration for settings changes: ${reason(error)}`));
    if (this.#watchRegistration) {
      // Refused, the server reads every file again at a settings change, as for a client that cannot watch files.
      c.client.register(DidChangeWatchedFilesNotification.type, { watchers: watchedExtensions.map((extensions) => ({ globPattern: `**/*.{${extensions.join(',')}}` })) }).catch((error: unknown) => {
        this.#watchRegistration = false;
        this.#log.warn(`The client did not watch the vocabulary, note and bibliography files (${reason(error)}): they are read again at each settings change.`);
      });
    }
    c.workspace.onDidChangeWorkspaceFolders?.((e) => this.foldersChanged(e));
  }

  async hover(params: HoverParams, token: CancellationToken): Promise<Hover | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const offset = state.doc.offsetAt(params.position);
    const index = state.sources.claimIndex ?? state.vocabulary.index;
    const bibliography = state.bibliography.bibliography;
    const hover =
      (bibliography && citationHover(state.analysis.text, state.analysis.prose, offset, bibliography)) ??
      termHover(state.analysis.terms, offset, index, (id) => passagesOf(state.sources, id, sourceUriOf(params.textDocument.uri))) ??
      claimHover(state.analysis.claims, offset, index, state.analysis.text, bibliography);
    return hover ? toHover(state.doc, hover) : null;
  }

  /** The recognized terms of a note, coloured by kind (`regenNotes.highlightTerms`). */
  async semanticTokens(params: SemanticTokensParams, token: CancellationToken): Promise<SemanticTokens | null> {
    const uri = params.textDocument.uri;
    const tokens = await this.#termTokens(uri, undefined, token);
    return tokens && this.#sent(uri, tokens.data);
  }

  /**
   * The recognized terms of a note as a change of the tokens sent last, which the editor names by
   * their result id; all of them when the server does not have those (another id, a restart).
   */
  async semanticTokensDelta(params: SemanticTokensDeltaParams, token: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta | null> {
    const uri = params.textDocument.uri;
    const tokens = await this.#termTokens(uri, undefined, token);
    if (!tokens) return null;
    const before = this.#sentTokens.get(uri);
    const sent = this.#sent(uri, tokens.data);
    return before && before.resultId === params.previousResultId ? { resultId: sent.resultId, edits: tokenEdits(before.data, sent.data) } : sent;
  }

  /** Tokens of a whole note with a result id of their own, kept while the note is open for the next delta request. */
  #sent(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.#tokenResults);
    this.#sentTokens.delete(uri);
    if (this.#documents.get(uri)) this.#sentTokens.set(uri, { resultId, data: Uint32Array.from(data) });
    // A note coloured longer ago than the last few gets all its tokens when next asked.
    for (const oldest of this.#sentTokens.keys()) {
      if (this.#sentTokens.size <= maxNotesWithTokens) break;
      this.#sentTokens.delete(oldest);
    }
    return { resultId, data };
  }

  /** The recognized terms of the part of a note the editor shows, coloured by kind. */
  async semanticTokensRange(params: SemanticTokensRangeParams, token: CancellationToken): Promise<SemanticTokens | null> {
    return this.#termTokens(params.textDocument.uri, params.range, token);
  }

  async #termTokens(uri: string, range: Range | undefined, token: CancellationToken): Promise<SemanticTokens | null> {
    const state = await this.#state(uri);
    if (!state || token.isCancellationRequested) return null;
    if (!state.settings.highlightTerms) return { data: [] };
    const index = state.sources.claimIndex ?? state.vocabulary.index;
    const tokens = range ? termTokens(state.analysis.terms, index, state.doc.offsetAt(range.start), state.doc.offsetAt(range.end)) : termTokens(state.analysis.terms, index);
    return toSemanticTokens(state.doc, tokens);
  }

  /** The identifiers of papers the note writes (DOI, PMID, PMCID, arXiv id), as links. */
  async documentLinks(params: DocumentLinkParams, token: CancellationToken): Promise<DocumentLink[] | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    return toDocumentLinks(state.doc, identifierLinks(state.analysis.text, state.analysis.prose));
  }

  /** Where the term or cited key under the cursor is written: the team's vocabulary entries, or the bibliography entry. */
  async definition(params: DefinitionParams, token: CancellationToken): Promise<Location[] | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const target = this.#targetAt(state, params.position);
    const locations = target ? await this.#definitionLocations(state, target) : [];
    return locations.length && !token.isCancellationRequested ? locations : null;
  }

  /** Every mention in the note of the concept (all its forms) or citation key under the cursor. */
  async documentHighlight(params: DocumentHighlightParams, token: CancellationToken): Promise<DocumentHighlight[] | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const target = this.#targetAt(state, params.position);
    return target ? toHighlights(state.doc, mentionsOf(state.analysis.text, state.analysis.prose, state.analysis.terms, target)) : null;
  }

  /**
   * Every mention of the concept under the cursor in the notes of every workspace folder, or of
   * the citation key in those of the note's folder: the open ones as they are now, and those on
   * disk that each folder's `include` and `exclude` select, read one at a time and read only for
   * terms or citations; nothing of them is kept.
   */
  async references(params: ReferenceParams, token: CancellationToken): Promise<Location[] | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const target = this.#targetAt(state, params.position);
    if (!target) return null;
    const index = state.sources.claimIndex ?? state.vocabulary.index;
    const locations = params.context?.includeDeclaration ? await this.#definitionLocations(state, target) : [];
    locations.push(...toLocations(state.doc.uri, state.analysis.text, mentionsOf(state.analysis.text, state.analysis.prose, state.analysis.terms, target)));
    // A term's mentions in every workspace folder; a key's in the note's own, whose bibliography it names.
    for await (const note of this.#otherNotes(state, token, target.kind === 'term')) locations.push(...toLocations(note.uri, note.text, findMentions(note.text, index, target)));
    return token.isCancellationRequested ? null : locations;
  }

  /**
   * The terms that the vocabulary files of each workspace folder write, and the keys of its
   * bibliography, that match the query, best first: each folder's vocabulary and bibliography as
   * its settings name them (so, in Restricted Mode, none: VS Code withholds those settings), read
   * once and kept as the notes' are. A query that is not a string finds nothing.
   */
  async workspaceSymbols(params: WorkspaceSymbolParams, token: CancellationToken): Promise<WorkspaceSymbol[]> {
    const query: unknown = params?.query;
    if (typeof query !== 'string') return [];
    const search = new WorkspaceSymbolSearch(query, maxWorkspaceSymbols);
    for (const folder of [...this.#folders]) {
      try {
        const settings = await this.#settingsFor(pathToFileURL(folder).toString());
        if (token.isCancellationRequested) return [];
        const vocabulary = await this.#store.vocabularyFor(folder, settings);
        if (token.isCancellationRequested) return [];
        if (!this.#indexesSeen.has(vocabulary.index)) {
          this.#indexesSeen.add(vocabulary.index);
          this.#releaseMemoryLater();
        }
        const { bibliography, unreadable } = await this.#bibliographies.bibliographyFor(folder, settings, undefined, '');
        if (token.isCancellationRequested) return [];
        // An inline term is found at its entry in the folder's settings file, where Go to Definition leads.
        const inline = await this.#inlineTermPlaces(folder, settings);
        if (token.isCancellationRequested) return [];
        search.addTerms(vocabulary.index, vocabulary.unreadable, (term) => {
          const places = termEntryPlaces(term);
          const written = inline.get(term.id);
          return written ? [...places, written] : places;
        });
        if (bibliography) search.addKeys(bibliography, unreadable);
      } catch (error) {
        this.#log.error(`Workspace symbols could not read the vocabulary or bibliography of ${folder}: ${(error as Error)?.stack ?? String(error)}`);
      }
      // Between folders, other requests and a cancellation are read.
      await new Promise((resolve) => setImmediate(resolve));
      if (token.isCancellationRequested) return [];
    }
    return search.results().symbols.map((symbol) => toWorkspaceSymbol(fileUri(symbol.file), symbol));
  }

  /**
   * A workspace symbol the editor is about to open, on its label (or the form the query matched,
   * or the key) in its entry: the file is read now, once the symbol is chosen, rather than at each
   * query. As it was when the file cannot be read or its entry no longer writes that.
   */
  async resolveWorkspaceSymbol(symbol: WorkspaceSymbol): Promise<WorkspaceSymbol> {
    const named = symbolPlaceOf(symbol);
    const file = named && uriToPath(named.uri);
    if (!named || !file) return symbol;
    const text = await this.#entryFileText(file);
    const span = text === undefined ? undefined : spanInEntry(text, named.place.line, named.place.written);
    return span ? resolvedSymbol(symbol, span) : symbol;
  }

  /** Where a rename of the cited key under the cursor would write: the key alone; anything else cannot be renamed, and says so. */
  async prepareRename(params: PrepareRenameParams, token: CancellationToken): Promise<{ range: Range; placeholder: string } | ResponseError<void> | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const target = this.#targetAt(state, params.position);
    if (target?.kind !== 'citation') return new ResponseError(ErrorCodes.InvalidRequest, onlyKeysRenamed);
    const key = citedKeyText(state.analysis.text, target);
    return { range: toRange(state.doc, key.start, key.end), placeholder: target.key };
  }

  /**
   * Renames the cited key under the cursor: in every citation of it in the notes of the note's
   * folder (open ones as they are now, those on disk as Find All References reads them), in the
   * front matter's `nocite:`, and in the bibliography files the note reads (the entry's key, and
   * BibTeX `crossref`/`xdata` fields that name it). Only as an edit the user applies; refused,
   * with the reason, for a name Pandoc would not read bare or one another entry has.
   */
  async rename(params: RenameParams, token: CancellationToken): Promise<WorkspaceEdit | ResponseError<void> | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const target = this.#targetAt(state, params.position);
    if (target?.kind !== 'citation') return new ResponseError(ErrorCodes.InvalidRequest, onlyKeysRenamed);
    const name = typeof params.newName === 'string' ? params.newName.trim() : '';
    const problem = newKeyProblem(name);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
    const entries = state.bibliography.bibliography?.entries;
    // A key no entry has may be renamed to one an entry has: that is how a mistyped key is fixed in every note at once.
    if (entries?.has(target.key) && entries.has(name) && name !== target.key) {
      return new ResponseError(ErrorCodes.InvalidParams, `'${clipped(name)}' is the key of another entry of the bibliography; renaming '${clipped(target.key)}' to it would make two entries share one key.`);
    }
    const text = state.analysis.text;
    const files: RenamedFile[] = [{ uri: state.doc.uri, text, version: state.doc.version, ranges: mentionsOf(text, state.analysis.prose, state.analysis.terms, target).map((m) => citedKeyText(text, m)) }];
    const index = state.sources.claimIndex ?? state.vocabulary.index;
    for await (const note of this.#otherNotes(state, token)) {
      const ranges = findMentions(note.text, index, target).map((m) => citedKeyText(note.text, m));
      if (ranges.length === 0) continue;
      // An open note is the editor's text, whatever its encoding; one on disk was read as UTF-8.
      if (note.version === undefined && !isUtf8Text(note.text)) return new ResponseError(ErrorCodes.InvalidRequest, `Cannot rename '${clipped(target.key)}': ${notUtf8(uriToPath(note.uri) ?? note.uri)}`);
      files.push({ ...note, ranges });
    }
    if (token.isCancellationRequested) return null;
    const inBibliography = await this.#bibliographyRenames(state, target.key, token);
    if (token.isCancellationRequested) return null;
    if (typeof inBibliography === 'string') return new ResponseError(ErrorCodes.InvalidRequest, `Cannot rename '${clipped(target.key)}': ${inBibliography}`);
    files.push(...inBibliography);
    return toRenameEdit(files, name, this.#documentChanges);
  }

  /**
   * Where the bibliography files the note reads write `key`, read as saved: an entry's key, and
   * the BibTeX fields that name it. Or why the rename cannot be made there, when renaming the
   * citations alone would leave every one of them unknown: a file that is there cannot be read
   * (too large, say), or the file of its entry does not write the key as it is (a CSL-JSON id
   * written with escapes); or a file that writes it is not UTF-8, so that the editor would save
   * U+FFFD for each byte that is not.
   */
  async #bibliographyRenames(state: DocumentState, key: string, token: CancellationToken): Promise<RenamedFile[] | string> {
    const entryFile = state.bibliography.bibliography?.entries.get(key)?.file;
    const files: RenamedFile[] = [];
    for (const file of state.bibliography.files) {
      const format = bibliographyFormatOf(path.basename(file));
      if (!format) continue;
      let text: string;
      try {
        // Without its byte-order mark, as the editor holds it: counted, it put an edit on the first line one character late.
        text = withoutByteOrderMark(await this.#fs.readFile(file, maxBibliographyBytes));
      } catch (error) {
        // A file that is not there writes no key, unless its last good version held the entry; one
        // that is there and cannot be read (too large, say) may write it.
        if ((error as NodeJS.ErrnoException)?.code === 'ENOENT' && file !== entryFile) continue;
        return `the bibliography ${file} cannot be read now (${String((error as Error)?.message ?? error)}), and ${file === entryFile ? 'its entry is there' : 'it may write the key'}.`;
      }
      if (token.isCancellationRequested) return [];
      const ranges = bibliographyKeyRanges(text, format, key);
      if (ranges.length === 0 && file !== entryFile) continue;
      if (text.includes('\u0000')) return `${file} is binary, not a bibliography the rename can edit.`;
      if (!isUtf8Text(text)) return notUtf8(file);
      if (ranges.length === 0) return `its entry is in ${file}, but not written there as '${clipped(key)}' (a CSL-JSON id written with escapes, say); rename it there first, then here.`;
      files.push({ uri: fileUri(file), text, ranges });
    }
    return files;
  }

  #targetAt(state: DocumentState, position: Position): NavigationTarget | undefined {
    return navigationTargetAt(state.analysis.text, state.analysis.prose, state.analysis.terms, state.doc.offsetAt(position));
  }

  /**
   * Where the target's entries are written, leaving out a file that could not be read when last
   * asked for (deleted, say): its last good version stays in force, but opening it failed in the editor.
   */
  async #definitionLocations(state: DocumentState, target: NavigationTarget): Promise<Location[]> {
    const gone = new Set([...state.vocabulary.unreadable, ...state.bibliography.unreadable]);
    const index = state.sources.claimIndex ?? state.vocabulary.index;
    const places = definitionPlaces(target, index, state.bibliography.bibliography).filter((place) => !gone.has(place.file));
    const term = target.kind === 'term' ? index.terms.get(target.termId) : undefined;
    if (term && state.folder && fieldOrigins(term).some(([, origin]) => origin.layer === 'settings')) {
      const inline = (await this.#inlineTermPlaces(state.folder, state.settings)).get(term.id);
      if (inline) places.push(inline);
    }
    // The form as the note writes it, else the label, else the id; a key as it is.
    const wanted = target.kind === 'term' ? [state.analysis.text.slice(target.start, target.end), term?.label ?? '', target.termId] : [target.key];
    return this.#entryLocations(places, wanted);
  }

  /**
   * Each place as a location on the first of `wanted` that its entry writes, the file read now;
   * at the start of the entry's line when it cannot be read or that entry writes none of them.
   */
  async #entryLocations(places: readonly EntryPlace[], wanted: readonly string[]): Promise<Location[]> {
    const texts = new Map<string, Promise<string | undefined>>();
    const locations: Location[] = [];
    for (const place of places) {
      if (!texts.has(place.file)) texts.set(place.file, this.#entryFileText(place.file));
      const text = await texts.get(place.file);
      locations.push(toEntryLocation(fileUri(place.file), place, text === undefined ? undefined : spanInEntry(text, place.line, wanted)));
    }
    return locations;
  }

  /** The text of a vocabulary, bibliography or settings file as saved, to find a form or key in an entry; undefined when it cannot be read. */
  #entryFileText(file: string): Promise<string | undefined> {
    return this.#fs.readFile(file, maxBibliographyBytes).then(withoutByteOrderMark, () => undefined);
  }

  /** Where the folder's `.vscode/settings.json` writes each inline term's entry, by id (`inlineTermEntries`); none when it cannot be read or its list is not the one in force. */
  async #inlineTermPlaces(folder: string, settings: Settings): Promise<Map<string, EntryPlace>> {
    const places = new Map<string, EntryPlace>();
    if (settings.vocabulary.terms.length === 0) return places;
    const file = path.join(folder, '.vscode', 'settings.json');
    let text: string;
    try {
      text = await this.#fs.readFile(file, maxVocabularyBytes);
    } catch {
      return places;
    }
    for (const [id, span] of inlineTermEntries(text, settings.vocabulary.terms)) places.set(id, { file, line: span.line });
    return places;
  }

  /**
   * The notes of `state`'s folder other than its own, with their texts: the open ones (their
   * text now), then those on disk (`#notesOnDisk`); with `everyFolder`, then those of each other
   * workspace folder, each chosen by its own folder's settings. Stops when the request is cancelled.
   */
  async *#otherNotes(state: DocumentState, token: CancellationToken, everyFolder = false): AsyncGenerator<{ uri: string; text: string; version?: number }> {
    const folders = [...(state.folder ? [state.folder] : []), ...(everyFolder ? this.#folders.filter((f) => f !== state.folder) : [])];
    const open = new Set<string>();
    for (const doc of this.#documents.all()) {
      const file = uriToPath(doc.uri);
      if (file) open.add(file);
    }
    for (const folder of folders) {
      const settings = folder === state.folder ? state.settings : await this.#settingsFor(pathToFileURL(folder).toString());
      if (token.isCancellationRequested) return;
      for (const doc of this.#documents.all()) {
        if (doc.uri === state.doc.uri || this.#folderOf(doc.uri) !== folder || !this.#isNote(doc.uri, folder, settings) || doc.getText().length > maxNoteBytes) continue;
        yield { uri: doc.uri, text: doc.getText(), version: doc.version };
        // No file is waited for here: without a turn of the event loop between open notes, a
        // cancellation (or any other request) was read only after all of them had been searched.
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) return;
      }
      yield* this.#notesOnDisk(folder, settings, open, token, 'Find All References');
      if (token.isCancellationRequested) return;
    }
  }

  /**
   * The notes on disk of `folder` that its `include` and `exclude` select, with their texts, read
   * one at a time: not those in `skip` (open notes, whose text is the editor's), nor any over
   * `maxNoteBytes`, any that cannot be read, or any of a workspace folder inside this one (its own
   * settings decide). Stops when `token` is cancelled; `purpose` names the work in the log.
   */
  async *#notesOnDisk(folder: string, settings: Settings, skip: ReadonlySet<string>, token: Pick<CancellationToken, 'isCancellationRequested'>, purpose: string): AsyncGenerator<{ uri: string; path: string; text: string }> {
    if (!this.#fs.listFiles) return;
    const listing = await this.#fs.listFiles(folder, (file) => isNotePath(settings, file), maxReferenceNotes, () => token.isCancellationRequested);
    if (token.isCancellationRequested) return;
    if (listing.truncated) this.#log.warn(`${purpose} read the first ${maxReferenceNotes} notes of ${folder}; the others were not read.`);
    for (const file of listing.files) {
      if (token.isCancellationRequested) return;
      const uri = pathToFileURL(file.path).toString();
      if (skip.has(file.path) || file.size > maxNoteBytes || this.#folderOf(uri) !== folder) continue;
      const text = await this.#readNoteFile(file.path, purpose);
      if (token.isCancellationRequested) return;
      if (text !== undefined) yield { uri, path: file.path, text };
    }
  }

  /** The text of a note on disk; undefined, with a line in the log, when it cannot be read (gone, too large, not a file). */
  async #readNoteFile(file: string, purpose: string): Promise<string | undefined> {
    try {
      return withoutByteOrderMark(await this.#fs.readFile(file, maxNoteBytes));
    } catch (error) {
      this.#log.info(`${purpose} skipped ${file}: ${String((error as Error)?.message ?? error)}.`);
      return undefined;
    }
  }

  /** Whether a note at this path is open in the editor, whatever the URI the editor spells it with. */
  #isOpenFile(file: string): boolean {
    return !!this.#openDocumentAt(file);
  }

  /** The document open at this path, whatever the URI the editor spells it with (`file:///c%3A/…`). */
  #openDocumentAt(file: string): TextDocument | undefined {
    return this.#documents.all().find((doc) => uriToPath(doc.uri) === file);
  }

  /**
   * Checks every note of every workspace folder with its folder's settings, vocabulary, sources and
   * bibliography, and pushes the diagnostics of those that are not open (an open note has its own),
   * one note at a time, none of their analyses kept. Shows progress the user can cancel, and a
   * summary that counts the open notes' diagnostics too. What the run before pushed for a note that
   * is gone, or no longer a note, is taken off.
   */
  async #checkAllNotes(request: CancellationToken, workDone: WorkDoneProgressReporter | undefined, run: { stopping: () => boolean }): Promise<CheckAllSummary> {
    // Progress on the token the request brought, or on one the server asks the client for; cancelled
    // by cancelling the request, or through the progress the server made.
    const created = !workDone && this.#workDoneProgress ? await this.#connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const progress = workDone ?? created;
    progress?.begin('Regen Notes: checking all notes', 0, undefined, true);
    const token = { get isCancellationRequested() { return request.isCancellationRequested || !!created?.token.isCancellationRequested; } };
    const summary: CheckAllSummary = { notes: 0, errors: 0, warnings: 0, others: 0, cancelled: false };
    const count = (diagnostics: readonly Diagnostic[]) => {
      summary.notes++;
      const counts = countsOf(diagnostics);
      summary.errors += counts.errors;
      summary.warnings += counts.warnings;
      summary.others += counts.others;
    };
    const pushed = new Set<string>();
    const vocabularies = new Set<string>();
    const round = this.#environmentRound;
    run.stopping = () => token.isCancellationRequested || round !== this.#environmentRound;
    /** Checks a note that is not open and shows its diagnostics. */
    const show = async (folder: string, settings: Settings, note: { uri: string; path: string; text: string }) => {
      const diagnostics = await this.#showClosedNote(folder, settings, note, vocabularies, round);
      if (!diagnostics) return;
      count(diagnostics);
      pushed.add(note.path);
      if (summary.notes % 10 === 0) progress?.report(`${summary.notes} notes`);
      // Between notes, hovers and edits are answered.
      await new Promise((resolve) => setImmediate(resolve));
    };
    try {
      const open = new Set(this.#documents.all().map((doc) => uriToPath(doc.uri)).filter((file): file is string => !!file));
      for (const folder of this.#folders) {
        const settings = await this.#settingsFor(pathToFileURL(folder).toString());
        this.#watchGlobs(folder, settings.include);
        for await (const note of this.#notesOnDisk(folder, settings, open, token, 'Check All Notes')) {
          await show(folder, settings, note);
          // A change of the settings or of a file the check reads makes the rest stale: the run stops, as if cancelled.
          if (round !== this.#environmentRound) break;
        }
        if (token.isCancellationRequested || round !== this.#environmentRound) break;
      }
      // A note open when the run began, and closed since, was passed over on disk: it is checked now.
      for (const file of open) {
        if (token.isCancellationRequested || round !== this.#environmentRound) break;
        const uri = pathToFileURL(file).toString();
        const folder = this.#folderOf(uri);
        if (!folder || this.#isOpenFile(file)) continue;
        const settings = await this.#settingsFor(pathToFileURL(folder).toString());
        if (!this.#isNote(uri, folder, settings)) continue;
        const text = await this.#readNoteFile(file, 'Check All Notes');
        if (text !== undefined) await show(folder, settings, { uri, path: file, text });
      }
      // Each open note is checked as it is now, whatever its frequency: for a note checked at saves
      // or by hand, this is its check until the next one.
      for (const doc of this.#documents.all()) {
        if (token.isCancellationRequested || round !== this.#environmentRound) break;
        const checked = await this.#noteDiagnostics(doc.uri, true);
        const file = uriToPath(doc.uri);
        // A note opened after it was checked on disk was counted then.
        if (checked?.state?.isNote && !(file && pushed.has(file))) count(checked.diagnostics);
        if (checked) this.#sendKept(doc.uri, checked);
      }
    } finally {
      progress?.done();
      this.#refresh();
    }
    summary.cancelled = token.isCancellationRequested || round !== this.#environmentRound;
    // A change that stopped the run took off what it showed, so the vocabularies it read are no longer in use by it; the
    // note in hand when the change came showed its vocabulary's problems after the change looked for unused ones.
    if (round === this.#environmentRound) for (const key of vocabularies) this.#checkedAllVocabularies.add(key);
    else this.#clearUnusedVocabularyProblems();
    // A finished run takes off what the one before pushed for notes it did not push again (gone, excluded, open).
    if (!summary.cancelled) {
      this.#forgetCheckedAll([...this.#checkedAll.keys()].filter((file) => !pushed.has(file)));
      this.#checkedAllVocabularies = vocabularies;
    }
    const found = describeCounts(summary);
    this.#notify('info', summary.cancelled ? `Regen Notes: stopped after ${plural(summary.notes, 'note')}: ${found}.` : `Regen Notes: checked ${plural(summary.notes, 'note')}: ${found}.`);
    return summary;
  }

  /**
   * Checks a note that is not open, as Check All Notes does, and shows its diagnostics until it
   * opens or something it was checked with changes; answers with them. Undefined when it cannot be
   * analysed, when it opened meanwhile (it has its own), or when a change since `round` made them stale.
   */
  async #showClosedNote(folder: string, settings: Settings, note: { uri: string; path: string; text: string }, vocabularies: Set<string>, round: number): Promise<Diagnostic[] | undefined> {
    const checked = await this.#checkClosedNote(folder, settings, note, vocabularies);
    if (!checked || round !== this.#environmentRound || this.#isOpenFile(note.path)) return undefined;
    const { diagnostics, bibliography } = checked;
    this.#checkedAll.set(note.path, { uri: note.uri, textHash: textHash(note.text), at: this.#now() });
    void this.#connection.sendDiagnostics({ uri: note.uri, diagnostics });
    this.#publishBibliographyProblems(note.path, bibliography, settings.levels['bibliography.invalid']);
    return diagnostics;
  }

  /** The diagnostics of a note that is not open, as they would be if it were, and the bibliography it read; undefined when it cannot be analysed. */
  async #checkClosedNote(folder: string, settings: Settings, note: { uri: string; path: string; text: string }, vocabularies: Set<string>): Promise<{ diagnostics: Diagnostic[]; bibliography: NoteBibliography } | undefined> {
    try {
      const vocabulary = await this.#store.vocabularyFor(folder, settings);
      vocabularies.add(vocabulary.key);
      this.#publishVocabularyProblems(vocabulary, settings);
      const sources = await this.#sources.sourcesFor(folder, settings.sources, vocabulary.index);
      const bibliography = await this.#bibliographies.bibliographyFor(folder, settings, note.path, note.text);
      this.#reportSettingsProblems(bibliography.problems, true);
      const analysis = analyzeDocument(note.text, sources.claimIndex ?? vocabulary.index, analysisOptionsFor(settings, note.uri, bibliography));
      const doc = TextDocument.create(note.uri, 'markdown', 0, note.text);
      return { diagnostics: this.#diagnosticsOf({ doc, settings, vocabulary, sources, folder, bibliography, analysis, isNote: true }), bibliography };
    } catch (error) {
      this.#log.error(`Check All Notes could not analyse ${note.uri}: ${(error as Error)?.stack ?? String(error)}`);
      return undefined;
    }
  }

  /** Takes off what Check All Notes pushed for the notes at these paths, and the problems of the bibliography files only they read. */
  #forgetCheckedAll(files: readonly string[]): void {
    let forgot = false;
    for (const file of files) {
      const uri = this.#checkedAll.get(file)?.uri;
      if (uri === undefined) continue;
      this.#checkedAll.delete(file);
      // An open note of a client that is sent diagnostics gets its own right after.
      void this.#connection.sendDiagnostics({ uri, diagnostics: [] });
      if (!this.#isOpenFile(file)) forgot = this.#bibliographyReaders.delete(file) || forgot;
    }
    if (forgot) this.#clearUnreadBibliographyProblems();
  }

  async completion(params: CompletionParams, token: CancellationToken): Promise<CompletionList | null> {
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return null;
    const offset = state.doc.offsetAt(params.position);
    const bibliography = state.bibliography.bibliography;
    const keys = bibliography && completeCitationKeys(state.doc.getText(), offset, state.analysis.prose.masked, bibliography);
    if (keys && (keys.items.length > 0 || keys.isIncomplete)) return { isIncomplete: keys.isIncomplete, items: keys.items.map((item) => toCitationKeyCompletionItem(state.doc, item, this.#insertReplace)) };
    const result = completeTerms(state.doc.getText(), offset, state.vocabulary.index, state.analysis.prose.masked);
    return { isIncomplete: result.isIncomplete, items: result.items.map((item) => toCompletionItem(state.doc, item, this.#insertReplace)) };
  }

  /**
   * The actions of the kinds asked for (`context.only`), and only those are made: the quick fixes
   * (also for a request that names no kind, as the light bulb's), the fix-all source action, both,
   * or none. A request for refactorings or another tool's source actions (`editor.codeActionsOnSave`)
   * got every quick fix, and read the vocabulary file a new term would go into.
   */
  async codeAction(params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
    const only = params.context.only;
    const quickFixes = !only || asksForKind(only, CodeActionKind.QuickFix);
    const fixAll = !!only && asksForKind(only, fixAllKind);
    if (!quickFixes && !fixAll) return [];
    const state = await this.#state(params.textDocument.uri);
    if (!state || token.isCancellationRequested) return [];
    const actions = quickFixes ? await this.#quickFixes(state, params) : [];
    if (token.isCancellationRequested) return [];
    const edits = fixAll ? fixAllNonPreferred(state.analysis.findings) : [];
    if (edits.length) actions.push(toCodeAction(state.doc, { title: 'Replace every non-preferred term with its preferred label', kind: 'source.fixAll', edits }, [], false));
    return actions;
  }

  /** The quick fixes of the findings in the request's range, and the offers to add its unknown words to the vocabulary. */
  async #quickFixes(state: DocumentState, params: CodeActionParams): Promise<CodeAction[]> {
    const { doc, analysis } = state;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const fixes: Fix[] = [];
    let nonPreferred = false;
    let withFixes = 0;
    const bibliography = state.bibliography.bibliography;
    // Entries whose titles name an unsupported claim's terms, offered to cite: for the first few
    // claims of the range only, as a selection of a whole note holds a hundred (~15–70 ms each).
    let suggestedFor = 0;
    const suggested = (finding: Finding) =>
      bibliography && finding.code === 'claim.unsupported' && suggestedFor++ < maxClaimsWithSuggestions ? suggestCitations(claimTermIds(analysis.terms, finding.start, finding.end), bibliography, state.vocabulary.index) : undefined;
    for (const finding of analysis.findings) {
      if (finding.end < start || finding.start > end) continue;
      nonPreferred ||= finding.code === 'term.non-preferred';
      // A selection of a whole long note holds thousands of findings (4,700 fixes, 0.3–0.6 s, in the bench's 1 MB note): no menu shows them.
      if (withFixes++ >= maxFindingsWithFixes) continue;
      fixes.push(...termFixes(finding), ...citationKeyFixes(finding, doc.getText()), ...claimFixes(finding, doc.getText(), { snippetSupport: this.#snippetEdits, suggested: suggested(finding) }));
    }
    // Once, however many non-preferred terms the range holds: a selection of a whole long note offered it 500 times.
    // Its edits (one per non-preferred term in the note) are made when it is chosen, for a client that resolves actions.
    const replaceAll = nonPreferred ? replaceAllFix(analysis.findings, !this.#resolveEdits) : undefined;
    if (replaceAll && !this.#resolveEdits) fixes.push(replaceAll);
    const actions = fixes.map((fix) => toCodeAction(doc, fix, this.#diagnosticsFor(state, fix), this.#snippetEdits));
    if (replaceAll && this.#resolveEdits) actions.push({ title: replaceAll.title, kind: CodeActionKind.QuickFix, data: { replaceAll: { uri: doc.uri } } });
    return [...actions, ...(await this.#addTermActions(state, start, end))];
  }

  /**
   * "Add '<word>' to the team vocabulary as a …" for an unknown term-like word in the range. The
   * edit of a vocabulary file means parsing all of it: a list of 10k terms takes ~0.3 s as JSON and
   * ~1.2 s as YAML, and nine actions (three words, three kinds) made nine of those at every
   * cursor move. A client that resolves code actions gets them without edits, and the one chosen
   * is made then (`resolveCodeAction`).
   */
  async #addTermActions(state: DocumentState, start: number, end: number): Promise<CodeAction[]> {
    if (!state.folder || !state.isNote) return [];
    const index = state.vocabulary.index;
    const candidates = findUnknownTermCandidates(state.analysis.prose.masked, state.analysis.terms, start, end).filter((c) => !index.terms.has(termIdFor(c.word)) && !hasFormKey(index, c.word));
    if (candidates.length === 0) return [];
    const target = await this.#addTermTarget(state);
    if (!target) return [];
    const actions: CodeAction[] = [];
    const files = targetFiles(target);
    for (const candidate of candidates.slice(0, 3)) {
      for (const kind of termKinds) {
        const title = addTermTitle(candidate.word, kind);
        const addTerm: AddTermData = { uri: state.doc.uri, word: candidate.word, kind, files };
        if (this.#resolveEdits) {
          actions.push({ title, kind: CodeActionKind.QuickFix, data: { addTerm } });
          continue;
        }
        // A client that cannot resolve the action but applies edits gets a command, which makes the edit once chosen.
        if (this.#applyEdits) {
          actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: addTermCommand, arguments: [addTerm] } });
          continue;
        }
        const action = this.#addTermAction(title, target, candidate.word, kind);
        if (action) actions.push(action);
      }
    }
    return actions;
  }

  /** Fills in the edit of a "Replace all …" or "Add '<word>' …" action the user chose; any other action comes back as it is. */
  async resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    const replaceAllOf = (action.data as { replaceAll?: { uri?: unknown } } | undefined)?.replaceAll?.uri;
    if (typeof replaceAllOf === 'string') {
      const state = await this.#state(replaceAllOf);
      const fix = state && replaceAllFix(state.analysis.findings);
      return fix ? { ...action, edit: toCodeAction(state.doc, fix, [], false).edit } : action;
    }
    const data = (action.data as { addTerm?: unknown } | undefined)?.addTerm;
    if (!isAddTermData(data)) return action;
    const edit = await this.#addTermEdit(action.title, data);
    const resolved = { ...action, data: { addTerm: withoutOpenFiles(data) } };
    return edit ? { ...resolved, edit } : resolved;
  }

  /**
   * The edit that adds a chosen word to the team vocabulary, or a message saying why there is none.
   * Made against the files as the client has them open, when it says (`openFiles`); a client that
   * says so for the files the action was offered with, but not for those it would write now (the
   * settings changed in between), may have them open with unsaved changes: nothing is made.
   */
  async #addTermEdit(title: string, data: AddTermData): Promise<WorkspaceEdit | undefined> {
    const state = await this.#state(data.uri);
    const open = data.openFiles && new Map(data.openFiles.map((f) => [f.uri, f]));
    const target = state && (await this.#addTermTarget(state, open));
    if (target && open && !targetFiles(target).every((uri) => data.files?.includes(uri))) {
      this.#notify('warning', `Regen Notes: '${data.word}' was not added to the team vocabulary: the file it goes into changed since the action was offered. Choose the action again.`);
      return undefined;
    }
    const made = target && this.#addTermAction(title, target, data.word, data.kind);
    if (made?.edit) return made.edit;
    this.#notify('warning', `Regen Notes: '${data.word}' could not be added to the team vocabulary: its file cannot be read or edited now, or has the term already.`);
    return undefined;
  }

  /**
   * Where a new term goes: the folder's first vocabulary file (or a new one named in the settings),
   * with its text; `open`: the files the client has open, by URI, whose text is taken over the disk's.
   */
  async #addTermTarget(state: DocumentState, open?: ReadonlyMap<string, OpenFile>): Promise<AddTermTarget | undefined> {
    if (!state.folder) return undefined;
    const file = state.vocabulary.files[0] ?? path.join(state.folder, defaultVocabularyFile);
    // A file the store could not read as a vocabulary cannot take a term either: known without parsing it again.
    if (state.vocabulary.problems.get(file)?.some((p) => !p.dropped)) return undefined;
    const vocabularyFile = await this.#currentText(file, open);
    if (!vocabularyFile) return undefined;
    const settingsChange = state.vocabulary.files.length === 0 ? await this.#settingsChange(state.folder, relativePath(state.folder, file), open) : undefined;
    // A new vocabulary file is of no use unless the folder's settings can be made to name it.
    if (state.vocabulary.files.length === 0 && !settingsChange) return undefined;
    return { file, vocabularyFile, settingsChange };
  }

  #addTermAction(title: string, target: AddTermTarget, word: string, kind: TermKind): CodeAction | undefined {
    const edits = addTermEdits(target.vocabularyFile.text, target.file, newTermEntry(word, kind));
    if (!edits) return undefined;
    const changes: FileChange[] = [{ ...target.vocabularyFile, edits }, ...(target.settingsChange ? [target.settingsChange] : [])];
    return toFileChangesAction(title, changes);
  }

  /**
   * A file's text as the editor has it (open: synced to the server, or in `open`, which the client
   * sends) or would have it (on disk): without a byte-order mark, which the editor keeps apart from
   * the text, so that edits land where they should on its first line. `create` when it does not
   * exist; undefined when it is there but cannot be read. The server syncs only notes: a client
   * that sends no `open` may hold a vocabulary file open with other text than the disk's.
   */
  async #currentText(file: string, open?: ReadonlyMap<string, OpenFile>): Promise<Omit<FileChange, 'edits'> | undefined> {
    const uri = pathToFileURL(file).toString();
    const sent = open?.get(uri);
    if (sent) return { uri, create: false, text: sent.text, version: sent.version };
    const synced = this.#documents.get(uri);
    if (synced) return { uri, create: false, text: synced.getText(), version: synced.version };
    try {
      return { uri, create: false, text: withoutByteOrderMark(await this.#fs.readFile(file, maxVocabularyBytes)) };
    } catch (error) {
      // Only a file that is not there is made. Edits against text that is not the file's (one that
      // cannot be read, a folder, a pipe) would garble it: no action is offered. A vocabulary file
      // like that is already reported where the settings name it.
      return (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? { uri, create: true, text: '' } : undefined;
    }
  }

  /** The edit that names a new vocabulary file in the folder's `.vscode/settings.json`; undefined when that file is not a JSON object or cannot be read. */
  async #settingsChange(folder: string, relativeFile: string, open?: ReadonlyMap<string, OpenFile>): Promise<FileChange | undefined> {
    const settingsFile = await this.#currentText(path.join(folder, '.vscode', 'settings.json'), open);
    if (!settingsFile) return undefined;
    const edits = addToSettingsList(settingsFile.text, filesSetting, relativeFile);
    return edits && { ...settingsFile, edits };
  }

  /** Shows the passage a claim contradicts: opens the source at its line, or shows the review's statement; adds a term; checks a note; checks all notes. */
  async executeCommand(params: ExecuteCommandParams, token: CancellationToken, workDone?: WorkDoneProgressReporter): Promise<CheckAllSummary | FindingCounts | ResponseError<void> | void> {
    if (params.command === addTermCommand) return this.#addTermByCommand(params.arguments?.[0]);
    if (params.command === checkNoteCommand) return this.#checkNoteByCommand(params.arguments?.[0]);
    if (params.command === checkAllNotesCommand) {
      const reporter = workDone && !WorkDoneProgressReporter.isNullInstance(workDone) ? workDone : undefined;
      const running = this.#checkingAll;
      if (running && !running.stopping()) return running.summary;
      // One that is stopping (cancelled, or overtaken by a change) is let end first, and this request gets a run of its own, not its summary.
      const run: { summary: Promise<CheckAllSummary>; stopping: () => boolean } = { summary: Promise.resolve(undefined as never), stopping: () => false };
      const start = () => this.#checkAllNotes(token, reporter, run);
      run.summary = (running ? running.summary.then(start, start) : start()).finally(() => {
        if (this.#checkingAll === run) this.#checkingAll = undefined;
      });
      this.#checkingAll = run;
      return run.summary;
    }
    if (params.command !== showReviewPassageCommand) return;
    const backing = params.arguments?.[0] as { source?: unknown; statement?: unknown; uri?: unknown; line?: unknown } | undefined;
    if (typeof backing?.statement !== 'string') return;
    if (typeof backing.uri === 'string' && this.#showDocument) {
      // The arguments come back from the client: a line that is no line number opens the source at its top.
      const line = Number.isSafeInteger(backing.line) && (backing.line as number) >= 0 ? (backing.line as number) : 0;
      const result = await this.#connection.window.showDocument({ uri: backing.uri, takeFocus: true, selection: { start: { line, character: 0 }, end: { line, character: 0 } } });
      if (result.success) return;
    }
    this.#notify('info', `${typeof backing.source === 'string' ? backing.source : 'Review'}: ${backing.statement}`);
  }

  /**
   * Check This Note: checks an open note as it is now, whatever its frequency, shows what it found
   * (kept, for a note checked at saves or by hand), and answers with the counts; a note that is not
   * open is read from disk and checked as Check All Notes checks it (`#checkNoteOnDisk`). An
   * argument that is not a URI, a document that is not a note, or one that cannot be analysed gets
   * an error that says so.
   */
  async #checkNoteByCommand(argument: unknown): Promise<FindingCounts | ResponseError<void>> {
    if (typeof argument !== 'string' || argument === '') {
      return new ResponseError(ErrorCodes.InvalidParams, `Check This Note takes the URI of a note as its argument; got ${kindOfValue(argument)}.`);
    }
    const file = uriToPath(argument);
    const doc = this.#documents.get(argument) ?? (file === undefined ? undefined : this.#openDocumentAt(file));
    if (!doc) return this.#checkNoteOnDisk(argument, file);
    const uri = doc.uri;
    const checked = await this.#noteDiagnostics(uri, true);
    if (!checked?.state) {
      if (!this.#documents.get(uri)) return new ResponseError(ErrorCodes.InvalidParams, `${uri} was closed before it was checked.`);
      if (this.#tooLargeNotes.has(uri)) return new ResponseError(ErrorCodes.InvalidParams, `${uri} is larger than ${megabytes(maxNoteBytes)}; it is not checked.`);
      return new ResponseError(ErrorCodes.InternalError, `${uri} could not be analysed; the Regen Notes output says why.`);
    }
    // Shown also for a document that is not a note, which has none: a check from when it was one goes.
    if (this.#pullDiagnostics) this.#pullAgain();
    else void this.#connection.sendDiagnostics({ uri, diagnostics: checked.diagnostics });
    if (!checked.state.isNote) return new ResponseError(ErrorCodes.InvalidParams, `${uri} is not a note: regenNotes.include and regenNotes.exclude leave it out, so it gets no findings.`);
    return countsOf(checked.diagnostics);
  }

  /**
   * Check This Note on a note that is not open (from the Explorer): read from disk and checked with
   * its folder's settings, as Check All Notes checks it, its findings shown until it opens or
   * something it was checked with changes. A URI that is no file, a file outside every workspace
   * folder, one that is no note, or one that cannot be read gets an error that says so.
   */
  async #checkNoteOnDisk(uri: string, file: string | undefined): Promise<FindingCounts | ResponseError<void>> {
    if (file === undefined) return new ResponseError(ErrorCodes.InvalidParams, `'${clipped(uri, 200)}' is neither open nor a file on disk; Check This Note checks a note open in the editor or a file of a workspace folder.`);
    const folder = this.#folderOf(uri);
    const shown = clipped(file, 200);
    if (!folder) return new ResponseError(ErrorCodes.InvalidParams, `${shown} is not open and not in a workspace folder; Check This Note reads from disk only the notes of a workspace folder (open it to check it).`);
    const settings = await this.#settingsFor(pathToFileURL(folder).toString());
    if (!isNotePath(settings, relativePath(folder, file))) return new ResponseError(ErrorCodes.InvalidParams, `${shown} is not a note: regenNotes.include and regenNotes.exclude leave it out, so it gets no findings.`);
    const round = this.#environmentRound;
    let text: string;
    try {
      text = withoutByteOrderMark(await this.#fs.readFile(file, maxNoteBytes));
    } catch (error) {
      return new ResponseError(ErrorCodes.InvalidParams, `${shown} could not be read: ${String((error as Error)?.message ?? error)}.`);
    }
    const vocabularies = new Set<string>();
    const note = { uri: pathToFileURL(file).toString(), path: file, text };
    const diagnostics = await this.#showClosedNote(folder, settings, note, vocabularies, round);
    if (!diagnostics) {
      // Opened meanwhile, it has a check of its own; it is checked as an open note is.
      if (this.#isOpenFile(file)) return this.#checkNoteByCommand(uri);
      if (round !== this.#environmentRound) return new ResponseError(LSPErrorCodes.ContentModified, `The settings or a file ${shown} is checked with changed while it was checked; run Check This Note again.`);
      return new ResponseError(ErrorCodes.InternalError, `${shown} could not be analysed; the Regen Notes output says why.`);
    }
    for (const key of vocabularies) this.#checkedAllVocabularies.add(key);
    return countsOf(diagnostics);
  }

  /**
   * Where an open note's check stands (`noteCheckStateRequest`): its frequency, whether it is a
   * note, and for a note checked by hand, its check, if any: the version and time it was made, what
   * it found, and what it read that changed since. The settings are compared with those of the
   * check; the files a check read are marked when they change (`#checksByHandChanged`).
   */
  async noteCheckState(params: { uri?: unknown } | null, token: CancellationToken): Promise<NoteCheckState | null> {
    const uri = params?.uri;
    const doc = typeof uri === 'string' ? this.#documents.get(uri) : undefined;
    if (!doc) return null;
    const settings = await this.#settingsFor(doc.uri);
    if (token.isCancellationRequested) return null;
    const { frequency } = settings.check;
    const isNote = doc.getText().length <= maxNoteBytes && this.#isNote(doc.uri, this.#folderOf(doc.uri), settings);
    if (frequency !== 'manual' || !isNote) return { frequency, isNote };
    // A note that Check All Notes read on disk, opened with that text, is checked when first asked.
    if (this.#checkedOnDisk.has(doc.uri)) await this.#noteDiagnostics(doc.uri);
    const kept = this.#checked.get(doc.uri);
    if (kept?.frequency !== 'manual') return { frequency, isNote };
    const changed = new Set(kept.changed);
    if (checkedSettingsKey(settings) !== kept.settingsKey) changed.add('settings');
    return { frequency, isNote, check: { version: kept.version, at: kept.at, found: countsOf(kept.diagnostics), changed: checkInputs.filter((input) => changed.has(input)) } };
  }

  /** Adds a chosen word to the team vocabulary through the client, for a client that could not resolve the action. */
  async #addTermByCommand(data: unknown): Promise<void> {
    if (!isAddTermData(data)) return;
    const title = addTermTitle(data.word, data.kind);
    const edit = await this.#addTermEdit(title, data);
    if (!edit) return;
    const result = await this.#connection.workspace.applyEdit({ label: title, edit });
    if (!result.applied) this.#notify('warning', `Regen Notes: the editor did not apply the edit that adds '${data.word}' to the team vocabulary${result.failureReason ? `: ${result.failureReason}` : ''}.`);
  }

  /**
   * The note's diagnostics, or "unchanged" when they are the ones the client last pulled: typing
   * in a long note mostly leaves every diagnostic where it was (ranges are lines and columns),
   * and then neither side has to send, read or redraw thousands of them again. A note checked at
   * saves answers with its last check's until it is saved, without analysing it.
   */
  async diagnostics(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const checked = await this.#noteDiagnostics(uri);
    if (!checked || token.isCancellationRequested) {
      this.#pulled.delete(uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    const items = checked.diagnostics;
    const last = this.#pulled.get(uri);
    if (last && last.resultId === params.previousResultId && sameDiagnostics(last.items, items)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    const resultId = String(++this.#resultIds);
    this.#pulled.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  /**
   * Settings or workspace folders changed: forget the settings and check again. A client that
   * cannot watch files never says a vocabulary file or source changed; for it, a settings change
   * is the one signal, so everything is read again. Analyses stay: each is kept with the index
   * and options it was made with, so a change of `include` or of a source glob that reads the
   * same files does not analyse a long note again, and any change they depend on does.
   */
  environmentChanged(): void {
    this.#settings.clear();
    // Notes checked at saves are checked again; a check by hand stays until the next one.
    this.#forgetChecksAtSaves(() => true);
    this.#checkRound++;
    this.#environmentRound++;
    // What Check All Notes pushed was found with the settings and files of then.
    this.#forgetCheckedAll([...this.#checkedAll.keys()]);
    this.#checkedAllVocabularies.clear();
    this.#checkedOnDisk.clear();
    // A file the settings no longer name keeps none; the next analyses show those still read.
    this.#clearBibliographyProblems();
    if (this.#watchRegistration) {
      if (this.#unwatchedFiles.size > 0) {
        this.#store.invalidate([...this.#unwatchedFiles]);
        for (const file of this.#unwatchedFiles) this.#bibliographies.invalidate(file);
        this.#unwatchedFiles.clear();
      }
      this.#forgetUnused();
    } else {
      this.#store.invalidate();
      this.#sources.invalidate();
      this.#bibliographies.invalidate();
      // An editor that cannot watch files never says one changed: read again here, each may have changed since a check by hand.
      this.#checksByHandChanged(() => ['vocabulary', 'sources', 'bibliography']);
    }
    this.#clearUnusedVocabularyProblems();
    this.#refresh();
    // The settings of a check by hand are compared when its state is asked for.
    this.#checkStateChanged();
  }

  watchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    const files = params.changes.map((c) => uriToPath(c.uri)).filter((f): f is string => !!f);
    // Only the vocabulary files in use matter: saving package.json must not reload a 100k-term vocabulary.
    const vocabulary = files.filter((f) => this.#store.reads(f));
    const sources = files.filter((f) => this.#sources.affects(f));
    const bibliographies = files.filter((f) => this.#bibliographies.affects(f));
    // A note changed on disk (a pull, another editor) no longer has the findings Check All Notes pushed for it.
    this.#forgetCheckedAll(files);
    if (vocabulary.length === 0 && sources.length === 0 && bibliographies.length === 0) return;
    // Only what read them is read again, and only the notes of those folders are analysed again:
    // one folder's file made every open note of every folder be analysed in full. A bibliography
    // may be any note's own (its front matter names it), so one makes every note be analysed again.
    const vocabularyFolders = this.#store.invalidate(vocabulary);
    const sourceFolders = this.#sources.invalidate(sources);
    const folders = new Set([...vocabularyFolders, ...sourceFolders]);
    for (const file of bibliographies) this.#bibliographies.invalidate(file);
    const affected = (uri: string) => bibliographies.length > 0 || folders.has(this.#folderOf(uri));
    for (const uri of this.#analyses.keys()) if (affected(uri)) this.#analyses.delete(uri);
    this.#forgetChecksAtSaves(affected);
    this.#checksByHandChanged((uri, check) => {
      const folder = this.#folderOf(uri);
      return [
        ...(vocabularyFolders.has(folder) ? ['vocabulary' as const] : []),
        ...(folder !== undefined && sourceFolders.has(folder) ? ['sources' as const] : []),
        // A Quarto metadata file may name other bibliographies for any note below it.
        ...(bibliographies.some((file) => check.bibliographyFiles.includes(file) || isQuartoMetadataFile(file)) ? ['bibliography' as const] : []),
      ];
    });
    for (const uri of [...this.#checkedOnDisk.keys()]) if (affected(uri)) this.#checkedOnDisk.delete(uri);
    this.#checkRound++;
    this.#environmentRound++;
    this.#forgetCheckedAll([...this.#checkedAll].filter(([, { uri }]) => affected(uri)).map(([file]) => file));
    this.#refresh();
  }

  foldersChanged(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
    this.#folders = [...this.#folders.filter((f) => !removed.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
    this.environmentChanged();
  }

  schedulePush(doc: TextDocument): void {
    if (this.#pullDiagnostics || this.#shutDown) return;
    clearTimeout(this.#pushTimers.get(doc.uri));
    this.#pushTimers.set(
      doc.uri,
      setTimeout(() => {
        this.#pushTimers.delete(doc.uri);
        void this.#push(doc.uri);
      }, pushDelayMs),
    );
  }

  /**
   * Marks in each check by hand what `changedFor` says changed since among what it read (the check
   * stays, out of date), and tells the client of the notes it marked.
   */
  #checksByHandChanged(changedFor: (uri: string, check: KeptCheck) => CheckInput[]): void {
    const marked: string[] = [];
    for (const [uri, check] of this.#checked) {
      if (check.frequency !== 'manual') continue;
      const changed = changedFor(uri, check);
      for (const input of changed) check.changed.add(input);
      if (changed.length > 0) marked.push(uri);
    }
    if (marked.length > 0) this.#checkStateChanged(marked);
  }

  /** Tells a client that asked (`CheckStateOptions`) that the checks of these open notes (absent: any) may have changed. */
  #checkStateChanged(uris?: string[]): void {
    if (!this.#checkStateNotifications || this.#shutDown) return;
    this.#connection.sendNotification(noteCheckStateChangedNotification, uris ? { uris } : {}).catch((error: unknown) => this.#log.warn(`Could not tell the client a check changed: ${String((error as Error)?.message ?? error)}`));
  }

  /** Forgets the checks of the notes checked at saves that `affected` names: each is checked again when next asked. */
  #forgetChecksAtSaves(affected: (uri: string) => boolean): void {
    for (const [uri, kept] of this.#checked) if (kept.frequency === 'save' && affected(uri)) this.#checked.delete(uri);
  }

  /**
   * A note that Check All Notes showed findings for: they are taken off, as the note has its own
   * now; in manual mode it counts as checked if its text is the one checked (`#checkedOnDisk`).
   */
  opened(doc: TextDocument): void {
    const file = uriToPath(doc.uri);
    const onDisk = file ? this.#checkedAll.get(file) : undefined;
    if (onDisk && onDisk.textHash === textHash(doc.getText())) this.#checkedOnDisk.set(doc.uri, onDisk.at);
    if (file) this.#forgetCheckedAll([file]);
    this.schedulePush(doc);
    this.#checkStateChanged([doc.uri]);
  }

  /** A note checked at saves is checked again; a note checked at edits is up to date already, and one checked by hand waits for the next check. */
  saved(doc: TextDocument): void {
    if (this.#checked.get(doc.uri)?.frequency !== 'save') return;
    this.#checked.delete(doc.uri);
    this.#checkRound++;
    if (this.#pullDiagnostics) this.#pullAgain();
    else this.schedulePush(doc);
  }

  closed(doc: TextDocument): void {
    clearTimeout(this.#pushTimers.get(doc.uri));
    this.#pushTimers.delete(doc.uri);
    this.#analyses.delete(doc.uri);
    this.#pulled.delete(doc.uri);
    this.#checked.delete(doc.uri);
    this.#checkedOnDisk.delete(doc.uri);
    this.#settings.delete(doc.uri);
    this.#tooLargeNotes.delete(doc.uri);
    this.#sentTokens.delete(doc.uri);
    if (!this.#pullDiagnostics) void this.#connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    // The last note that used a vocabulary or bibliography file takes its problems with it.
    this.#clearUnusedVocabularyProblems();
    if (this.#bibliographyReaders.delete(uriToPath(doc.uri) ?? doc.uri)) this.#clearUnreadBibliographyProblems();
  }

  /** Asks a pulling client to pull again, or pushes; and asks for the terms' colours again, which the vocabulary or a setting may have changed. */
  #refresh(): void {
    if (this.#pullDiagnostics) this.#pullAgain();
    else for (const doc of this.#documents.all()) this.schedulePush(doc);
    if (this.#semanticTokensRefresh) this.#tokensAgain();
  }

  async #push(uri: string): Promise<void> {
    const checked = await this.#noteDiagnostics(uri);
    // A note that grew too large keeps no diagnostics from when it was checked.
    if (!checked && this.#tooLargeNotes.has(uri)) await this.#connection.sendDiagnostics({ uri, diagnostics: [] });
    // The diagnostics of a kept check went out when it was made.
    if (!checked || checked.kept) return;
    // None for a note checked by hand that has not been (it may have had some before the setting
    // changed); a check by hand stays shown whatever was typed since.
    if (!checked.state || checked.state.settings.check.frequency === 'manual') {
      await this.#connection.sendDiagnostics({ uri, diagnostics: checked.diagnostics });
      return;
    }
    const version = checked.state.doc.version;
    if (this.#documents.get(uri)?.version !== version) {
      // Not sent, so not kept either: the push the edit scheduled checks the note.
      this.#checked.delete(uri);
      return;
    }
    await this.#connection.sendDiagnostics({ uri, version, diagnostics: checked.diagnostics });
  }

  /**
   * The diagnostics the editor shows for a note: for a note checked at saves or by hand, those of
   * its last check, when one is kept (nothing is analysed); for one checked by hand that has not
   * been, none (nor is it analysed), unless Check All Notes checked its text on disk; otherwise
   * those of its text now, which are kept for a note not checked at edits. `now`: checks the note
   * as it is now whatever its frequency, as Check This Note and Check All Notes do. Undefined when
   * it is not open or cannot be analysed.
   */
  async #noteDiagnostics(uri: string, now = false): Promise<NoteDiagnostics | undefined> {
    if (!this.#documents.get(uri)) return undefined;
    const round = this.#checkRound;
    const { frequency } = (await this.#settingsFor(uri)).check;
    const kept = this.#checked.get(uri);
    if (!now && kept?.frequency === frequency) return { diagnostics: kept.diagnostics, kept: true };
    if (!now && frequency === 'manual' && !this.#checkedOnDisk.has(uri)) return { diagnostics: [] };
    const state = await this.#state(uri);
    if (!state) {
      this.#checked.delete(uri);
      return undefined;
    }
    const diagnostics = this.#diagnosticsOf(state);
    const checkedAs = state.settings.check.frequency;
    // A check at saves that a save or a change overtook is stale; one by hand is what was asked for, and stays.
    if (checkedAs === 'manual' || (checkedAs === 'save' && round === this.#checkRound)) {
      // A note opened with the text Check All Notes read counts as checked when that run read it.
      const at = (!now && this.#checkedOnDisk.get(uri)) || this.#now();
      this.#checked.set(uri, { frequency: checkedAs, diagnostics, version: state.doc.version, at, settingsKey: checkedSettingsKey(state.settings), bibliographyFiles: state.bibliography.files, changed: new Set() });
      this.#checkedOnDisk.delete(uri);
      if (checkedAs === 'manual') this.#checkStateChanged([uri]);
    } else {
      this.#checked.delete(uri);
    }
    return { diagnostics, state };
  }

  /**
   * Sends a check just made of a note not checked at edits to an editor that is sent diagnostics:
   * the pushes its edits schedule send nothing for a kept check. Without a version, as it stays
   * shown while the note is edited.
   */
  #sendKept(uri: string, checked: NoteDiagnostics): void {
    if (this.#pullDiagnostics || !checked.state || checked.state.settings.check.frequency === 'edit') return;
    void this.#connection.sendDiagnostics({ uri, diagnostics: checked.diagnostics });
  }

  #diagnosticsOf(state: DocumentState): Diagnostic[] {
    if (!state.isNote) return [];
    const { shown, omitted } = shownFindings(state.analysis.findings, state.settings.levels);
    const diagnostics = shown.map((f) => toDiagnostic(state.doc, f, state.settings.levels[f.code])).filter((d): d is Diagnostic => !!d);
    if (omitted.length > 0) diagnostics.push(moreFindingsDiagnostic(state.doc, omitted[0].start, omitted.length, maxFindingsShown));
    return diagnostics;
  }

  #diagnosticsFor(state: DocumentState, fix: Fix): Diagnostic[] {
    if (!fix.finding) return [];
    const diagnostic = toDiagnostic(state.doc, fix.finding, state.settings.levels[fix.finding.code]);
    return diagnostic ? [diagnostic] : [];
  }

  /**
   * Once a large job is done (a vocabulary loaded, a long note analysed in full), hands its
   * garbage back to the system when the server has been idle for a moment: two collections, a
   * moment apart, the second of which may compact (`compactMemory`). Any work in between puts
   * them off again.
   */
  #releaseMemoryLater(): void {
    const release = this.#releaseMemory;
    if (!release) return;
    clearTimeout(this.#releaseTimer);
    const before = () => process.memoryUsage().heapUsed;
    this.#releaseTimer = setTimeout(() => {
      const heap = before();
      release();
      this.#releaseTimer = setTimeout(() => {
        this.#releaseTimer = undefined;
        const compacted = this.#compactMemory ? this.#compactMemory() : (release(), false);
        const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
        this.#log.info(`Released memory after a large job: heap ${mb(heap)} MB -> ${mb(before())} MB${compacted ? ', compacted' : ''}.`);
      }, secondReleaseDelayMs);
      this.#releaseTimer.unref();
    }, releaseDelayMs);
    this.#releaseTimer.unref();
  }

  /** Looks up an open document and brings its analysis up to date; undefined when it is not open. */
  async #state(uri: string): Promise<DocumentState | undefined> {
    const doc = this.#documents.get(uri);
    if (!doc || this.#tooLarge(doc)) return undefined;
    try {
      const settings = await this.#settingsFor(uri);
      const folder = this.#folderOf(uri);
      const vocabulary = await this.#store.vocabularyFor(folder, settings);
      this.#publishVocabularyProblems(vocabulary, settings);
      const sources = await this.#sources.sourcesFor(folder, settings.sources, vocabulary.index);
      this.#reportSettingsProblems(sources.problems, true);
      if (folder) this.#watchGlobs(folder, settings.sources);
      // Read from the note's front matter as it is now; an edit of it in the meantime is read at the next request.
      const bibliography = await this.#bibliographies.bibliographyFor(folder, settings, uriToPath(uri), (this.#documents.get(uri) ?? doc).getText());
      this.#reportSettingsProblems(bibliography.problems, true);
      const current = this.#documents.get(uri);
      if (!current) return undefined;
      this.#publishBibliographyProblems(uriToPath(uri) ?? uri, bibliography, settings.levels['bibliography.invalid']);
      const optionsKey = JSON.stringify([settings.claims, settings.levels]);
      let cached = this.#analyses.get(uri);
      // Most recently used last: the analyses kept past `maxAnalysedText` are the oldest.
      if (cached) {
        this.#analyses.delete(uri);
        this.#analyses.set(uri, cached);
      }
      const index = sources.claimIndex ?? vocabulary.index;
      // A large job: a vocabulary seen for the first time, or a long note analysed in full.
      let largeJob = !this.#indexesSeen.has(vocabulary.index);
      this.#indexesSeen.add(vocabulary.index);
      if (!cached || cached.version !== current.version || cached.index !== index || cached.optionsKey !== optionsKey || cached.bibliography !== bibliography.bibliography) {
        const options = analysisOptionsFor(settings, uri, bibliography);
        const text = current.getText();
        const previous = cached && cached.index === index && cached.optionsKey === optionsKey && cached.bibliography === bibliography.bibliography ? cached.analysis : undefined;
        const analysis = previous ? updateAnalysis(previous, text, index, options) : analyzeDocument(text, index, options);
        cached = { version: current.version, index, optionsKey, bibliography: bibliography.bibliography, analysis };
        this.#analyses.set(uri, cached);
        this.#keepRecentAnalyses(uri);
        if (!previous && text.length >= largeText) {
          largeJob = true;
          this.#log.info(`Analysed ${uri} in full: ${Math.round(text.length / 1024)} KB.`);
        }
      }
      // After a large job, and while a release is pending, any work puts the release off.
      if (largeJob || this.#releaseTimer) this.#releaseMemoryLater();
      return { doc: current, settings, vocabulary, sources, folder, bibliography, analysis: cached.analysis, isNote: this.#isNote(uri, folder, settings) };
    } catch (error) {
      this.#log.error(`Could not analyse ${uri}: ${(error as Error)?.stack ?? String(error)}`);
      return undefined;
    }
  }

  /**
   * Forgets the analyses of the notes used least recently, other than `uri`'s, while those kept
   * are of more than `maxAnalysedText` characters of notes in all. An analysis takes 10–17 times
   * its note's size: 500 open notes of 137 KB kept 1.2 GB. A note whose analysis was forgotten is
   * analysed again in full when it is next asked about.
   */
  #keepRecentAnalyses(uri: string): void {
    let total = 0;
    for (const cached of this.#analyses.values()) total += cached.analysis.text.length;
    for (const [key, cached] of this.#analyses) {
      if (total <= maxAnalysedText) break;
      if (key === uri) continue;
      this.#analyses.delete(key);
      total -= cached.analysis.text.length;
    }
  }

  /**
   * Whether the note is over `maxNoteBytes` (counted in characters, which are a byte or more each),
   * and so not analysed: saying so once, until it is back under.
   */
  #tooLarge(doc: TextDocument): boolean {
    if (doc.getText().length <= maxNoteBytes) {
      this.#tooLargeNotes.delete(doc.uri);
      return false;
    }
    this.#analyses.delete(doc.uri);
    if (!this.#tooLargeNotes.has(doc.uri)) {
      this.#tooLargeNotes.add(doc.uri);
      const message = `${doc.uri} is larger than ${megabytes(maxNoteBytes)}; it is not checked (VS Code hands no larger file to an extension, and regen-notes check refuses one too).`;
      this.#log.warn(message);
      this.#notify('warning', `Regen Notes: ${message}`);
    }
    return true;
  }

  #settingsFor(uri: string): Promise<Settings> {
    let settings = this.#settings.get(uri);
    if (!settings) {
      settings = (this.#configurationPull ? this.#connection.workspace.getConfiguration({ scopeUri: uri, section: 'regenNotes' }) : Promise.resolve(undefined)).then(
        (raw: unknown) => {
          const { settings, problems } = normalizeSettings(raw);
          this.#reportSettingsProblems(problems, false);
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

  /**
   * Tells the user of problems with the settings: each message once, as a notification, at most
   * `maxSettingsNotifications` of them at a time and one more that counts the rest (200 inline
   * terms whose forms other terms have would make 200). `logged`: whether whoever found them has
   * written them to the output channel already (the vocabulary store and the sources do, each time
   * they read); if not, they are written here.
   */
  #reportSettingsProblems(messages: readonly string[], logged: boolean): void {
    if (!logged) for (const message of messages) this.#log.warn(message);
    const fresh = messages.filter((message) => !this.#reportedSettingsProblems.has(message));
    for (const message of fresh) this.#reportedSettingsProblems.add(message);
    for (const message of fresh.slice(0, maxSettingsNotifications)) this.#notify('warning', `Regen Notes: ${message}`);
    const more = fresh.length - maxSettingsNotifications;
    if (more > 0) this.#notify('warning', `Regen Notes: ${more} more problem${more === 1 ? '' : 's'} with the settings; the Regen Notes output lists them.`);
  }

  /** A message for the user; a client that cannot show it must not take the server down. */
  #notify(kind: 'info' | 'warning', message: string): void {
    const window = this.#connection.window;
    const shown: unknown = kind === 'info' ? window.showInformationMessage(message) : window.showWarningMessage(message);
    Promise.resolve(shown).catch((error: unknown) => this.#log.warn(`Could not show a message (${message}): ${String(error)}`));
  }

  /**
   * Asks the client to watch the vocabulary and bibliography files that the watchers of
   * `watchedExtensions` miss (`team.vocab`, read as YAML; `Lab.BIB`, on Linux): without, an edit
   * of one on disk was never seen. A file whose name holds a glob's special characters is left
   * out, as a pattern cannot name it for certain, and all are in a client that takes no pattern
   * relative to a folder: those are `#unwatchedFiles`.
   */
  #watchFiles(files: readonly string[]): void {
    const missed = files.filter((file) => !isWatchedByExtension(file));
    const named = this.#relativePatterns ? missed.filter((file) => !globCharacter.test(path.basename(file))) : [];
    if (this.#watchRegistration) for (const file of missed) if (!named.includes(file)) this.#unwatchedFiles.add(file);
    this.#watchPatterns(
      named.map((file) => ({ base: path.dirname(file), pattern: path.basename(file) })),
      (refused) => {
        for (const { base, pattern } of refused) this.#unwatchedFiles.add(path.join(base, pattern));
      },
    );
  }

  /**
   * Asks the client to watch what a folder's globs select under names the watchers of
   * `watchedExtensions` miss: the notes `include` selects (`.mdx`, say), whose findings
   * Check All Notes shows and a change on disk must take off, and the sources (`papers/*.tex`).
   * Globs that leave the folder (absolute, `../`, `${workspaceFolder}`) are left out. A leading
   * `./`, which the server reads as the folder, is left off: VS Code matches a pattern against the
   * path below its base (`papers/a.tex`), which `./papers/*.tex` never matches.
   */
  #watchGlobs(folder: string, globs: readonly string[]): void {
    // Each list of the settings once for its folder: the sources' are handed over at every request of a note.
    const folders = this.#globsWatched.get(globs) ?? new Set<string>();
    if (folders.has(folder)) return;
    this.#globsWatched.set(globs, folders.add(folder));
    const inside = globs.map((glob) => glob.replace(/^(?:\.\/)+/, '')).filter((glob) => !isWatchedByExtension(glob) && !/^(?:\/|\.\.\/|[A-Za-z]:)|\$\{/.test(glob));
    if (inside.length > 0) this.#watchPatterns(inside.map((pattern) => ({ base: folder, pattern })));
  }

  /**
   * Registers a watcher for each pattern (relative to its folder) not asked for before; each stays
   * for as long as the server runs. Refused, they are handed to `refused`, and no more are asked for.
   */
  #watchPatterns(patterns: readonly { base: string; pattern: string }[], refused?: (patterns: { base: string; pattern: string }[]) => void): void {
    if (!this.#watchRegistration || !this.#relativePatterns) return;
    const watchers: { globPattern: { baseUri: string; pattern: string } }[] = [];
    const asked: { base: string; pattern: string }[] = [];
    for (const { base, pattern } of patterns) {
      const baseUri = pathToFileURL(base).toString();
      const key = `${baseUri}\0${pattern}`;
      if (this.#watchedPatterns.has(key)) continue;
      this.#watchedPatterns.add(key);
      watchers.push({ globPattern: { baseUri, pattern } });
      asked.push({ base, pattern });
    }
    if (watchers.length === 0) return;
    this.#connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
      this.#relativePatterns = false;
      this.#log.warn(`The client did not watch ${asked.map((w) => w.pattern).join(', ')}: ${String((error as Error)?.message ?? error)}`);
      refused?.(asked);
    });
  }

  #publishVocabularyProblems(vocabulary: FolderVocabulary, settings: Settings): void {
    const level = settings.levels['vocabulary.invalid'];
    const published = this.#published.get(vocabulary);
    if (published?.level === level && published.round >= this.#clearedBefore) return;
    const round = ++this.#publishRounds;
    this.#published.set(vocabulary, { level, round });
    this.#watchFiles(vocabulary.files);
    const found = new Map<string, Diagnostic[]>();
    for (const [where, problems] of vocabulary.problems) {
      if (where === 'settings') {
        this.#reportSettingsProblems(problems.map((p) => p.message), true);
        continue;
      }
      if (where === 'builtin') continue;
      const uri = pathToFileURL(where).toString();
      found.set(uri, problemsToDiagnostics(problems, this.#documents.get(uri)?.getText(), level, maxFindingsShown));
    }
    // What an earlier vocabulary of the same key found in a file this one reads without problems, or no longer reads, goes.
    const files = new Set([...found.keys(), ...vocabulary.files.map((file) => pathToFileURL(file).toString())]);
    for (const [uri, byKey] of this.#vocabularyDiagnostics) if (byKey.has(vocabulary.key)) files.add(uri);
    for (const uri of files) {
      const byKey = this.#vocabularyDiagnostics.get(uri) ?? new Map<string, { round: number; diagnostics: Diagnostic[] }>();
      const diagnostics = found.get(uri);
      if (diagnostics) byKey.set(vocabulary.key, { round, diagnostics });
      else if (!byKey.delete(vocabulary.key)) continue;
      this.#vocabularyDiagnostics.set(uri, byKey);
      this.#sendVocabularyDiagnostics(uri);
    }
  }

  /**
   * Shows the problems of each bibliography file the note (by path, or URI) reads on the file
   * itself (an entry that cannot be read, a key used twice), each read of a file once; a file read
   * again without problems, or that can no longer be read, has its problems taken off, as has one
   * that the note no longer reads and no other note shown does. At `level`, the note's
   * `bibliography.invalid` (a settings change shows them all again, at the level then).
   */
  #publishBibliographyProblems(note: string, bibliography: NoteBibliography, level: Level): void {
    const before = this.#bibliographyReaders.get(note);
    // The same read of the same files (the store hands out one list per read) is shown already:
    // asked at every request of the note, it was watched and sent again each time.
    if (before === bibliography.files) return;
    this.#bibliographyReaders.set(note, bibliography.files);
    this.#watchFiles(bibliography.files);
    if (before && before.some((file) => !bibliography.files.includes(file))) this.#clearUnreadBibliographyProblems();
    for (const { file, problems } of bibliography.fileProblems) {
      const uri = pathToFileURL(file).toString();
      const shown = this.#bibliographyDiagnostics.get(uri);
      if (shown === problems || (!shown && problems.length === 0)) continue;
      if (problems.length === 0) this.#bibliographyDiagnostics.delete(uri);
      else this.#bibliographyDiagnostics.set(uri, problems);
      void this.#connection.sendDiagnostics({ uri, diagnostics: bibliographyProblemsToDiagnostics(problems, level, maxFindingsShown) });
    }
  }

  /** Takes the problems off every bibliography file; the notes' next analyses show those still read. */
  #clearBibliographyProblems(): void {
    for (const uri of this.#bibliographyDiagnostics.keys()) void this.#connection.sendDiagnostics({ uri, diagnostics: [] });
    this.#bibliographyDiagnostics.clear();
    this.#bibliographyReaders.clear();
  }

  /** Takes the problems off the bibliography files that no note shown reads any more. */
  #clearUnreadBibliographyProblems(): void {
    if (this.#bibliographyDiagnostics.size === 0) return;
    const read = new Set([...this.#bibliographyReaders.values()].flat().map((file) => pathToFileURL(file).toString()));
    for (const uri of this.#bibliographyDiagnostics.keys()) {
      if (read.has(uri)) continue;
      this.#bibliographyDiagnostics.delete(uri);
      void this.#connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** Sends what the vocabularies that read a file found in it, each problem once; forgets a file with none. */
  #sendVocabularyDiagnostics(uri: string): void {
    const found = [...(this.#vocabularyDiagnostics.get(uri)?.values() ?? [])];
    if (found.length === 0) this.#vocabularyDiagnostics.delete(uri);
    const diagnostics = found.length === 1 ? found[0].diagnostics : uniqueDiagnostics(found.flatMap((f) => f.diagnostics));
    void this.#connection.sendDiagnostics({ uri, diagnostics });
  }

  #folderOf(uri: string): string | undefined {
    const file = uriToPath(uri);
    if (!file) return undefined;
    let best: string | undefined;
    for (const folder of this.#folders) {
      if (isInside(folder, file) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  #isNote(uri: string, folder: string | undefined, settings: Settings): boolean {
    const file = uriToPath(uri);
    if (!file) return true;
    const rel = folder ? relativePath(folder, file) : path.basename(file);
    return isNotePath(settings, rel);
  }
}

/**
 * The URI the sources name a note by (`SourceLibrary` makes theirs from paths): the client may
 * write the same file otherwise (VS Code writes `file:///c%3A/…` for `C:\…`).
 */
function sourceUriOf(uri: string): string {
  const file = uriToPath(uri);
  return file ? pathToFileURL(file).toString() : uri;
}

/** What kind of value a command was given, for a message: "no argument", "a number", "a list". */
function kindOfValue(value: unknown): string {
  if (value === undefined) return 'no argument';
  if (value === null) return 'null';
  if (value === '') return 'an empty string';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** What the diagnostics are, by severity. */
function countsOf(diagnostics: readonly Diagnostic[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, others: 0 };
  for (const d of diagnostics) {
    if (d.severity === DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === DiagnosticSeverity.Warning) counts.warnings++;
    else counts.others++;
  }
  return counts;
}

/** A digest of a note's text: whether the note opened is the one Check All Notes read, without keeping thousands of texts. */
function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** How a note is analysed, in the editor or by Check All Notes: its settings, its URI as the sources name it, its bibliography. */
function analysisOptionsFor(settings: Settings, uri: string, bibliography: NoteBibliography): AnalysisOptions {
  return { ...settingsAnalysisOptions(settings), noteUri: sourceUriOf(uri), ...(bibliography.bibliography ? { bibliography: bibliography.bibliography } : {}) };
}

/** The URI of a file a vocabulary or bibliography names by path (the core keeps paths); one that is a URI already stays so. */
function fileUri(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).toString() : file;
}

/** The file system path of a `file:` URI; undefined for other schemes (untitled, vscode-notebook…). */
export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

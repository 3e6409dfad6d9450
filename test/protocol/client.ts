import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';

const serverPath = path.resolve(__dirname, '../../../dist/server.js');

export interface TestClientOptions {
  /** Answers `workspace/configuration` for `regenNotes`, by scope URI. */
  settings?: (scopeUri: string | undefined) => unknown;
  /** Whether the client announces pull diagnostics (VS Code does; Neovim 0.7 does not). */
  pullDiagnostics?: boolean;
  /** Whether a pulling client can be asked to pull again (`workspace/diagnostic/refresh`); default: when it pulls. */
  refreshDiagnostics?: boolean;
  /** Whether the client can watch files for the server (`didChangeWatchedFiles` registration); default true. */
  watchFiles?: boolean;
  /** Whether the client takes a watcher relative to a folder (`relativePatternSupport`), as VS Code does; default true. */
  relativePatterns?: boolean;
  workspaceFolders?: { uri: string; name: string }[];
  /** Node options for the server process (the extension starts it with `serverExecArgv`). */
  execArgv?: string[];
  /** Whether the client can show a document for the server (`window/showDocument`); the requests are kept in `shown`. */
  showDocument?: boolean;
  /** Whether the client fills in a code action's edit only when it is chosen (`codeAction/resolve`), as VS Code does. */
  resolveCodeActions?: boolean;
  /** Whether the client applies edits the server sends (`workspace/applyEdit`); they are kept in `applied`. */
  applyEdits?: boolean;
  /** Whether the client takes completion edits with an insert and a replace range, as VS Code does. */
  insertReplace?: boolean;
  /** Whether the client shows progress the server reports (`window/workDoneProgress`); what it reports is kept in `progress`. */
  workDoneProgress?: boolean;
  /** Whether the client takes a workspace edit as versioned `documentChanges`, as VS Code does. */
  documentChanges?: boolean;
  /** Sent as `initializationOptions`, as the extension sends its own. */
  initializationOptions?: unknown;
  /** Whether the client can be asked for the semantic tokens again (`workspace/semanticTokens/refresh`), as VS Code can; counted in `tokenRefreshes`. */
  refreshSemanticTokens?: boolean;
}

/** A real LSP client connection to the built server, over its stdio. */
export class TestClient {
  readonly connection: ProtocolConnection;
  readonly #process: ChildProcess;
  readonly #diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly #waiters: (() => void)[] = [];
  readonly messages: string[] = [];
  /** What the server showed the user (window/showMessage and showMessageRequest), also in `messages`. */
  readonly notifications: string[] = [];
  /** How many times the server asked for a diagnostics refresh. */
  refreshes = 0;
  /** How many times the server asked for the semantic tokens again. */
  tokenRefreshes = 0;
  /** What the server registered (`client/registerCapability`), in order. */
  readonly registrations: Registration[] = [];
  /** The edits the server asked the client to apply. */
  readonly applied: ApplyWorkspaceEditParams[] = [];
  /** The documents the server asked the client to show. */
  readonly shown: { uri: string; selection?: { start: { line: number; character: number } } }[] = [];
  /** The progress the server reported, by token, in order (`begin`, `report`, `end`). */
  readonly progress = new Map<string | number, { kind: string; title?: string; message?: string; cancellable?: boolean }[]>();
  settings: (scopeUri: string | undefined) => unknown;
  #versions = new Map<string, number>();

  constructor(readonly options: TestClientOptions = {}) {
    this.settings = options.settings ?? (() => ({}));
    this.#process = spawn(process.execPath, [...(options.execArgv ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#process.stderr!.on('data', (chunk) => this.messages.push(String(chunk)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.#process.stdout!), new StreamMessageWriter(this.#process.stdin!));
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'regenNotes' ? this.settings(item.scopeUri) : null)));
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    if (this.options.refreshDiagnostics ?? this.options.pullDiagnostics) {
      this.connection.onRequest('workspace/diagnostic/refresh', () => {
        this.refreshes++;
        return null;
      });
    }
    if (this.options.refreshSemanticTokens) {
      this.connection.onRequest('workspace/semanticTokens/refresh', () => {
        this.tokenRefreshes++;
        return null;
      });
    }
    this.connection.onNotification(ShowMessageNotification.method, (params: { message: string }) => {
      this.messages.push(params.message);
      this.notifications.push(params.message);
    });
    this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
      this.messages.push(params.message);
      this.notifications.push(params.message);
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.applied.push(params);
      return { applied: true };
    });
    this.connection.onRequest('window/showDocument', (params: { uri: string; selection?: { start: { line: number; character: number } } }) => {
      this.shown.push(params);
      return { success: true };
    });
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
      this.progress.set(params.token, []);
      return null;
    });
    this.connection.onNotification('$/progress', (params: { token: string | number; value: { kind: string } }) => {
      this.progress.get(params.token)?.push(params.value);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.messages.push(params.message);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.#diagnostics.set(params.uri, params);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    const capabilities: ClientCapabilities = {
      workspace: {
        ...(this.options.applyEdits ? { applyEdit: true } : {}),
        ...(this.options.documentChanges ? { workspaceEdit: { documentChanges: true } } : {}),
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: this.options.watchFiles ?? true, relativePatternSupport: this.options.relativePatterns ?? true },
        ...((this.options.refreshDiagnostics ?? this.options.pullDiagnostics) ? { diagnostics: { refreshSupport: true } } : {}),
        ...(this.options.refreshSemanticTokens ? { semanticTokens: { refreshSupport: true } } : {}),
      },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, ...(this.options.insertReplace ? { insertReplaceSupport: true } : {}) } },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, ...(this.options.resolveCodeActions ? { dataSupport: true, resolveSupport: { properties: ['edit'] } } : {}) },
        publishDiagnostics: { relatedInformation: true },
        ...(this.options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      ...(this.options.showDocument || this.options.workDoneProgress ? { window: { ...(this.options.showDocument ? { showDocument: { support: true } } : {}), ...(this.options.workDoneProgress ? { workDoneProgress: true } : {}) } } : {}),
    };
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: this.options.workspaceFolders ?? null,
      ...(this.options.initializationOptions === undefined ? {} : { initializationOptions: this.options.initializationOptions }),
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.#versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  async close(uri: string): Promise<void> {
    this.#versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Says the document was saved, as an editor does (without its text). */
  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Replaces `[start, end)` (offsets into `text`, the document before the change) with `newText`. */
  async edit(uri: string, text: string, start: number, end: number, newText: string): Promise<string> {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    const position = (offset: number) => {
      const before = text.slice(0, offset);
      return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
    };
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position(start), end: position(end) }, text: newText }],
    });
    return text.slice(0, start) + newText + text.slice(end);
  }

  /** The diagnostics last published for `uri`, if any were. */
  publishedFor(uri: string): Diagnostic[] | undefined {
    return this.#diagnostics.get(uri)?.diagnostics;
  }

  /** Waits until published diagnostics for `uri` satisfy `accept`, or fails after `deadlineMs`. */
  async diagnostics(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, deadlineMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const current = this.#diagnostics.get(uri);
      if (current && accept(current.diagnostics)) return current.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri} within ${deadlineMs} ms; last: ${JSON.stringify(current?.diagnostics ?? null)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    this.#process.kill();
  }
}

/** The offset of the first occurrence of `needle` in `text` (plus `delta`), failing loudly when absent. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' not in text`);
  return at + delta;
}

export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Polls `condition` until it holds, or fails after `deadlineMs` naming `what`. */
export async function waitFor(condition: () => boolean, what: string, deadlineMs = 5000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${deadlineMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkStatus, noteCheckStateChangedNotification, noteCheckStateRequest, type CheckStatus, type NoteCheckState } from '../../server/src/commands';
import { isNoteDocument } from './noteLanguages';

/**
 * The status bar item that says whether the active note, checked by hand
 * (`regenNotes.check.frequency: manual`), has been checked, and whether its check is out of date;
 * a click runs Check This Note. It asks the server where the check stands when the active editor
 * changes and when the server says a check may have changed; an edit only compares the document's
 * version with the one checked, so typing sends nothing.
 */
export class CheckStatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('regenNotes.checkStatus', vscode.StatusBarAlignment.Right, 100);
  readonly #subscriptions: vscode.Disposable[];
  readonly #client: () => LanguageClient | undefined;
  /** The active note and where its check stood when the server last answered. */
  #shown: { document: vscode.TextDocument; state: NoteCheckState | null } | undefined;
  #status: CheckStatus | undefined;
  /** Counts the questions to the server: an answer that a later question overtook is dropped. */
  #asked = 0;

  constructor(client: () => LanguageClient | undefined) {
    this.#client = client;
    this.#item.name = 'Regen Notes: check of this note';
    this.#item.command = 'regenNotes.checkNote';
    this.#subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidChangeTextDocument((event) => this.#edited(event.document)),
    ];
  }

  /** What the item shows now; undefined while it is hidden. */
  get status(): CheckStatus | undefined {
    return this.#status;
  }

  /** Listens to a (new) language client for the server's word that a check may have changed. */
  listenTo(running: LanguageClient): vscode.Disposable {
    return running.onNotification(noteCheckStateChangedNotification, (params: { uris?: string[] } | undefined) => {
      const active = this.#shown?.document.uri.toString();
      if (!params?.uris || !active || params.uris.some((uri) => vscode.Uri.parse(uri).toString() === active)) void this.refresh();
    });
  }

  /** Asks the server where the active note's check stands, and shows it. */
  async refresh(): Promise<void> {
    const asked = ++this.#asked;
    const document = vscode.window.activeTextEditor?.document;
    const running = this.#client();
    let state: NoteCheckState | null = null;
    if (document && isNoteDocument(document) && running?.isRunning()) {
      try {
        state = await running.sendRequest<NoteCheckState | null>(noteCheckStateRequest, { uri: running.code2ProtocolConverter.asUri(document.uri) });
      } catch {
        // A server that stopped or cannot say: nothing is shown rather than a guess.
        state = null;
      }
    }
    if (asked !== this.#asked) return;
    this.#shown = document && { document, state };
    this.#render();
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#item.dispose();
  }

  /** An edit of the active note makes a check out of date: compared here, without asking the server. */
  #edited(document: vscode.TextDocument): void {
    if (document !== this.#shown?.document || !this.#shown.state?.check || this.#status?.kind === 'out-of-date') return;
    this.#render();
  }

  #render(): void {
    const shown = this.#shown;
    const status = shown && checkStatus(shown.state, shown.document.version, timeOfDay);
    this.#status = status;
    if (!status) {
      this.#item.hide();
      return;
    }
    this.#item.text = status.text;
    this.#item.tooltip = status.tooltip;
    this.#item.show();
  }
}

/** A moment as the user reads it: the time today, the date and time otherwise. */
function timeOfDay(at: number): string {
  const date = new Date(at);
  return date.toDateString() === new Date().toDateString() ? date.toLocaleTimeString() : date.toLocaleString();
}

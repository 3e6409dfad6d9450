import { listed, plural } from './core/listing';
import type { CheckFrequency } from './settings';

/**
 * The server's command that checks every note of the workspace and shows the findings of those not
 * open. The extension's own command (`regenNotes.checkAllNotes`) sends it with a progress token and
 * shows that progress in a notification the user can cancel, which VS Code's status bar, where
 * progress the server starts goes, cannot. Shared by the client and the server, as the command id
 * is all the client needs of the server.
 */
export const checkAllNotesCommand = 'regenNotes.server.checkAllNotes';

/**
 * The server's command that checks one open note now, whatever `regenNotes.check.frequency` says,
 * and shows its findings; its one argument is the note's URI, as the client synced it. The
 * extension's `regenNotes.checkNote` (Regen Notes: Check This Note) sends it for the active
 * editor. It answers with a `FindingCounts`, or an error that says why the note was not checked.
 */
export const checkNoteCommand = 'regenNotes.server.checkNote';

/** What a check found, by severity: what Check This Note answers, and what Check All Notes counts. */
export interface FindingCounts {
  errors: number;
  warnings: number;
  others: number;
}

/** The counts as a summary says them: "2 errors, 1 warning, 0 other findings". */
export function describeCounts(counts: FindingCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.others, 'other finding')}`;
}

/**
 * What the extension passes as `initializationOptions` to be told when a note's check may have
 * changed (`noteCheckStateChanged`): another editor, which would not know the notification, is not
 * sent it.
 */
export interface CheckStateOptions {
  noteCheckStateChanges?: boolean;
}

/**
 * The request that asks where a note's check stands (`{ uri }` of an open note); the answer is a
 * `NoteCheckState`, or null for a document the server does not have open. The extension's status
 * bar item asks it when the active editor changes and when the server says a check may have changed.
 */
export const noteCheckStateRequest = 'regenNotes/noteCheckState';

/**
 * The notification the server sends when the check of open notes may have changed: a check was
 * made, the settings changed, a file a check read changed, a note opened. `uris`: the notes it is
 * about; absent, any note. An edit sends nothing: the extension compares the document's version
 * with the one checked itself, so typing costs no message.
 */
export const noteCheckStateChangedNotification = 'regenNotes/noteCheckStateChanged';

/** What a check read that can change after it, besides the note's text. */
export type CheckInput = 'settings' | 'vocabulary' | 'sources' | 'bibliography';

/** Where an open note's check stands, as the server knows it. */
export interface NoteCheckState {
  /** The note's `regenNotes.check.frequency`. */
  frequency: CheckFrequency;
  /** False for a document `include` and `exclude` leave out, or one too large to be checked. */
  isNote: boolean;
  /** The note's check by hand (`manual` only); absent when it has none. */
  check?: {
    /** The version of the document the check read. */
    version: number;
    /** When it was made (ms since the epoch): the run of Check All Notes that read it on disk, for one opened since. */
    at: number;
    found: FindingCounts;
    /** What the check read that has changed since, in this order: settings, vocabulary, sources, bibliography. */
    changed: CheckInput[];
  };
}

/** What the status bar item shows for a note checked by hand. */
export interface CheckStatus {
  kind: 'checked' | 'not-checked' | 'out-of-date';
  text: string;
  tooltip: string;
}

const inputNames: Record<CheckInput, string> = {
  settings: 'the settings',
  vocabulary: 'the vocabulary',
  sources: 'the sources',
  bibliography: 'the bibliography',
};

/**
 * The status of a note's check for the status bar, from the server's `state` and the version of the
 * document the editor holds now (an edit since the check makes it out of date); undefined when none
 * is shown: a note not checked by hand, or a document that is not a note. `time` writes the moment
 * of the check as the user reads it.
 */
export function checkStatus(state: NoteCheckState | null | undefined, version: number, time: (at: number) => string): CheckStatus | undefined {
  if (!state || state.frequency !== 'manual' || !state.isNote) return undefined;
  const click = 'Click to check it (Regen Notes: Check This Note).';
  const again = 'Click to check it again (Regen Notes: Check This Note).';
  const check = state.check;
  if (!check) return { kind: 'not-checked', text: '$(circle-large-outline) Regen Notes: not checked', tooltip: `This note has not been checked since it was opened (regenNotes.check.frequency is manual): it shows no findings. ${click}` };
  const changed = [...(version !== check.version ? ['the note'] : []), ...check.changed.map((input) => inputNames[input])];
  const when = `Checked at ${time(check.at)}: ${describeCounts(check.found)}.`;
  if (changed.length === 0) return { kind: 'checked', text: '$(check) Regen Notes: checked', tooltip: `${when} Nothing it read has changed since. ${again}` };
  return { kind: 'out-of-date', text: '$(warning) Regen Notes: out of date', tooltip: `${when} Changed since: ${listed(changed)}; the findings shown are those of that check. ${again}` };
}

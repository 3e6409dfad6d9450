import { plural } from './core/listing';

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

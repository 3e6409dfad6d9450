/**
 * The server's command that checks every note of the workspace and shows the findings of those not
 * open. The extension's own command (`regenNotes.checkAllNotes`) sends it with a progress token and
 * shows that progress in a notification the user can cancel, which VS Code's status bar, where
 * progress the server starts goes, cannot. Shared by the client and the server, as the command id
 * is all the client needs of the server.
 */
export const checkAllNotesCommand = 'regenNotes.server.checkAllNotes';

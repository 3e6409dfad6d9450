/**
 * The languages whose documents may be notes: markdown, Quarto (`quarto`, which the Quarto
 * extension gives `.qmd` files) and R Markdown (`rmd`, which the R extension gives `.Rmd` files).
 * Which of them are notes is for `regenNotes.include` and `regenNotes.exclude` to say.
 */
export const noteLanguages: readonly string[] = ['markdown', 'quarto', 'rmd'];

/** Quarto and R Markdown files by name: where no extension gives them a language, VS Code opens them as plain text. */
export const noteFilePattern = '**/*.{qmd,Qmd,QMD,rmd,Rmd,RMD}';

/** The documents the language server is sent and answers for. */
export const noteSelector = [
  ...noteLanguages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: noteFilePattern },
];

/** Whether a document is one that `noteSelector` selects. */
export function isNoteDocument(document: { languageId: string; uri: { scheme: string; path: string } }): boolean {
  if (noteLanguages.includes(document.languageId)) return document.uri.scheme === 'file' || document.uri.scheme === 'untitled';
  return document.uri.scheme === 'file' && /\.(?:qmd|rmd)$/i.test(document.uri.path);
}

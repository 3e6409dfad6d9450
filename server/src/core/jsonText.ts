/**
 * The text as jsonc-parser (and `JSON.parse`) should read it: a byte-order mark, which VS Code
 * accepts in a settings file and jsonc-parser does not, is read as a space, so that offsets stay
 * those of the text.
 */
export function jsonText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/** The text as the editor has it: VS Code keeps a byte-order mark apart from a document's text, so first-line columns count without it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

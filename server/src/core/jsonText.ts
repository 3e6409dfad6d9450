/**
 * The text as jsonc-parser (and `JSON.parse`) should read it: a byte-order mark, which VS Code
 * accepts in a settings file and jsonc-parser does not, is read as a space, so that offsets stay
 * those of the text.
 */
export function jsonText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

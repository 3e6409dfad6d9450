/**
 * The text as jsonc-parser (and `JSON.parse`) should read it: a byte-order mark, which VS Code
 * accepts in a settings file and jsonc-parser does not, is read as a space, so that offsets stay
 * those of the text.
 */
export function jsonText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

/**
 * `jsonText` for jsonc-parser's scanner to read, which builds a string of each run of blanks one
 * character at a time: a file padded with 20 MB of spaces took 5 s of garbage collection to read.
 * A line break in place of every 256th blank of a run (outside strings and line comments) ends
 * each such string; offsets stay the text's, and the JSON is the same, but lines are counted from
 * the text itself. Not for edits, which are made against the text itself.
 */
export function jsonTextToScan(text: string): string {
  const json = jsonText(text);
  // A loop, not a pattern: a pattern over a run of 20 MB ran out of stack.
  const parts: string[] = [];
  let at = 0;
  let run = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) {
      // Blanks inside a string are its text: to its closing quote, or the end of its line.
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34 || d === 10 || d === 13) break;
      }
      run = 0;
    } else if (c === 47 && json.charCodeAt(i + 1) === 47) {
      // So is a line comment (a settings file's): a line break would end it, and leave its rest as JSON.
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 10 || d === 13) break;
      }
      run = 0;
    } else if (c !== 32 && c !== 9) run = 0;
    else if (++run === blankRun) {
      parts.push(json.slice(at, i), '\n');
      at = i + 1;
      run = 0;
    }
  }
  if (parts.length === 0) return json;
  parts.push(json.slice(at));
  return parts.join('');
}

/** The longest run of blanks `jsonTextToScan` leaves. */
const blankRun = 256;

/** The text as the editor has it: VS Code keeps a byte-order mark apart from a document's text, so first-line columns count without it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

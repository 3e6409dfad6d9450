/** The engine's words for a stack overflow: "Maximum call stack size exceeded". */
const overflow = /call stack/i;

/**
 * Whether `error` is the engine's "Maximum call stack size exceeded". The JSON and YAML parsers
 * recurse into what they read: a file of brackets nested 100,000 deep overflows the stack. That
 * is a fault of the file, to be reported as one, not of the server.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && saysStackOverflow(error.message);
}

/** Whether a parser's error message is a stack overflow it caught and passed on in the engine's words (the YAML parser does). */
export function saysStackOverflow(message: string): boolean {
  return overflow.test(message);
}

/** Flow collections (`[` and `{`) nested deeper than this are refused before the YAML parser sees them. */
const maxYamlFlowDepth = 64;

/**
 * Whether YAML text nests flow collections deeper than a vocabulary ever does. The YAML parser
 * recurses into them and reports an overflowing stack as an error, but parsing such a text a
 * second time in the process (a reload, an add-term edit) made V8 abort the whole process while
 * it compiled a regular expression at the bottom of the stack: 2 KB of `[` was enough. Quoted
 * strings and comments are skipped; a bracket inside a plain scalar counts, which only matters
 * past 64 of them.
 */
export function yamlNestsTooDeeply(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > maxYamlFlowDepth) return true;
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      // A quoted string, to its closing quote ('' and \" inside it do not close it).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (c === 34 && d === 92) i++;
        else if (d === c && !(c === 39 && text.charCodeAt(i + 1) === 39)) break;
        else if (d === c) i++;
      }
    } else if (c === 35 && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end === -1) return false;
      i = end;
    }
  }
  return false;
}

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

/**
 * Whether `error` is the engine's "Maximum call stack size exceeded". The JSON and YAML parsers
 * recurse into what they read: a file of brackets nested 100,000 deep overflows the stack. That
 * is a fault of the file, to be reported as one, not of the server.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

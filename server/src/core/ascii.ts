/** Small ASCII tests shared by the scanners that read notes in place. */

/** The character code in lower case if it is an ASCII capital, else as it is. */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Matches any character outside ASCII: text without one can take the fast paths. */
export const nonAscii = /[^\x00-\x7f]/;

import picomatch from 'picomatch';

/*
 * Globs as VS Code reads them: `*`, `**`, `?`, `[…]` and `{a,b}`, matched with picomatch. picomatch
 * turns a glob into a regular expression, and some globs into ones that backtrack for minutes on
 * one long path, which would stop the server:
 * - each `*` becomes a pattern that backtracks: with four or more in one part of a path, one file
 *   name can take minutes (`*a*a*a*a*x.md`); with three, about a second for a name of 250
 *   characters; with two, milliseconds;
 * - each `**` between other parts does too: with six, a path 40 folders deep takes a fifth of a
 *   second, and it grows with the folders' depth to the power of their number;
 * - picomatch reads `(`, `)`, `|`, `+` and `@` as extglobs and regular-expression groups, and
 *   `+([a-z]|a)x` backtracks for seconds on 28 letters. VS Code gives them no meaning, so they are
 *   read as the characters they are.
 */
const maxStarsPerPart = 3;
const maxGlobstars = 4;

/** Why a glob cannot be used (it could take minutes to match, or picomatch cannot read it), or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  const parts = glob.split('/');
  const part = parts.find((p) => p !== '**' && starCount(p) > maxStarsPerPart);
  if (part !== undefined) return `more than ${maxStarsPerPart} '*' in '${clipped(part)}', one part of the path, could take minutes to match`;
  if (parts.filter((p) => p === '**').length > maxGlobstars) return `more than ${maxGlobstars} '**' could take minutes to match`;
  try {
    // picomatch throws on a glob it cannot read, such as one over 65,536 characters.
    picomatch.makeRe(plain(glob));
    return undefined;
  } catch (error) {
    return String((error as Error)?.message ?? error);
  }
}

/** Whether a `/`-separated path matches any of the globs, which `globProblem` passed. `dot`: whether `*` matches names that start with a dot. */
export function globMatcher(globs: string | string[], dot: boolean): (path: string) => boolean {
  return picomatch(typeof globs === 'string' ? plain(globs) : globs.map(plain), { dot });
}

/** A glob or part of one as a message quotes it: its first 60 characters. */
export function clipped(glob: string): string {
  return glob.length > 60 ? `${glob.slice(0, 60)}…` : glob;
}

/** The glob with the characters that only picomatch gives a meaning escaped; escaped characters stay as they are. */
function plain(glob: string): string {
  return glob.replace(/\\.|[()|+@]/g, (m) => (m.length === 2 ? m : `\\${m}`));
}

function starCount(part: string): number {
  let count = 0;
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '\\') i++;
    else if (part[i] === '*') count++;
  }
  return count;
}

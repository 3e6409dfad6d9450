import picomatch from 'picomatch';
import { clipped } from './core';

/*
 * Globs as VS Code reads them: `*`, `**`, `?`, `[…]` and `{a,b}`, matched with picomatch. picomatch
 * turns a glob into a regular expression, and some globs into ones that backtrack for minutes on
 * one long path, which would stop the server:
 * - each `*` becomes a pattern that backtracks: with four or more in one part of a path, one file
 *   name can take minutes (`*a*a*a*a*x.md`); with three, about a second for a name of 250
 *   characters; with two, milliseconds. Parts with several `*` multiply: what a `*` past the
 *   first of its part costs grows with the names' length to the power of how many such `*` the
 *   path has, in all its parts (`*a*a*a/*a*a*a/*a*a*b` took seconds on three folders of 30
 *   letters; two parts of three took a second on names of 250, three parts of two nearly two);
 * - each `**` between other parts does too: with six, a path 40 folders deep takes a fifth of a
 *   second, and it grows with the folders' depth to the power of their number;
 * - each `{…}` group multiplies the ways a path can be matched by its alternatives: with 25
 *   `{,}` one name takes a second, and each group more doubles it. It also multiplies what the
 *   `*` cost: 64 alternatives with three `*` in a part take a second on a name of 250
 *   characters, 512 with two a tenth of one. picomatch takes seconds to read a nest of 10,000
 *   groups, and one of 20,000 makes a regular expression too large to compile;
 * - picomatch reads `(`, `)`, `|`, `+` and `@` as extglobs and regular-expression groups, and
 *   `+([a-z]|a)x` backtracks for seconds on 28 letters. VS Code gives them no meaning, so they are
 *   read as the characters they are.
 *
 * Other syntax picomatch has and VS Code does not would change what a glob matches: a leading `!`
 * negates it (`!**\/drafts/**` in `include` made every file a note), `{a..b}` is a range
 * (`{notes,../shared}` matched neither), and a group of one alternative (`*.{md}`) is read as
 * the characters. So groups are written out here, as VS Code reads them, and `!` is a character
 * but at the start of a `[…]` class, where VS Code reads it as "not".
 */
const maxStarsPerPart = 3;
/** `*` past the first of each part of the path, counted over all of them: three in one part, or two parts of two. */
const maxExtraStars = maxStarsPerPart - 1;
const maxGlobstars = 4;
const maxBraceGroups = 16;
const maxAlternatives = 256;
/** Alternatives allowed beside `maxExtraStars` such stars. */
const maxAlternativesBesideStars = 16;

/** Why a glob cannot be used (it could take minutes to match, or picomatch cannot read it), or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  const parts = glob.split('/');
  const stars = parts.map((p) => (p === '**' ? 0 : starCount(p)));
  const most = stars.reduce((a, b) => Math.max(a, b), 0);
  if (most > maxStarsPerPart) return `more than ${maxStarsPerPart} '*' in '${clipped(parts[stars.indexOf(most)])}', one part of the path, could take minutes to match`;
  const extra = stars.reduce((n, k) => n + Math.max(0, k - 1), 0);
  if (extra > maxExtraStars) return `more than ${maxExtraStars} '*' past the first of each part of the path, counted over all its parts, could take minutes to match`;
  if (parts.filter((p) => p === '**').length > maxGlobstars) return `more than ${maxGlobstars} '**' could take minutes to match`;
  const braces = braceCount(glob);
  if (braces.groups > maxBraceGroups) return `more than ${maxBraceGroups} '{…}' groups could take minutes to match`;
  if (braces.alternatives > maxAlternatives) return `its '{…}' groups make more than ${maxAlternatives} alternatives, which could take minutes to match`;
  if (extra === maxExtraStars && braces.alternatives > maxAlternativesBesideStars) {
    return `its '{…}' groups make more than ${maxAlternativesBesideStars} alternatives beside ${maxExtraStars} '*' past the first of a part of the path, which could take minutes to match`;
  }
  try {
    // picomatch throws on a glob it cannot read, such as one over 65,536 characters.
    for (const alternative of expandBraces(glob)) picomatch.makeRe(plain(alternative));
    return undefined;
  } catch (error) {
    return String((error as Error)?.message ?? error);
  }
}

/**
 * Folders deep a path may be and still match. What the `**` allowed cost grows with the depth to
 * the power of their number: `**\/x/**\/x/**\/x/**\/y.md` took 46 s on a path 800 folders deep
 * (one `mkdir -p` makes it), and 2 ms at 64.
 */
const maxMatchedDepth = 64;

/**
 * Whether a `/`-separated path matches any of the globs, which `globProblem` passed; a path more
 * than `maxMatchedDepth` folders deep never does. `dot`: whether `*` matches names that start with a dot.
 */
export function globMatcher(globs: string | string[], dot: boolean): (path: string) => boolean {
  const matches = picomatch((typeof globs === 'string' ? [globs] : globs).flatMap(expandBraces).map(plain), { dot });
  return (path) => !deeperThan(path, maxMatchedDepth) && matches(path);
}

function deeperThan(path: string, folders: number): boolean {
  let separators = 0;
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) if (++separators > folders) return true;
  return false;
}

/**
 * A glob without `{…}` groups (`expandBraces`) as picomatch should read it: the characters only
 * picomatch gives a meaning escaped (`( ) | + @`, `!`, and any `{ } ,` left by a group that does
 * not close), and a `[!…]` class written `[^…]`, the "not" that picomatch knows (it read `[!a]`
 * as `!` or `a`). Escaped characters stay as they are.
 */
function plain(glob: string): string {
  return glob.replace(/\\.|\[!|[()|+@!{},]/g, (m) => (m === '[!' ? '[^' : m.length === 2 ? m : `\\${m}`));
}

/**
 * The globs a glob's `{a,b}` groups make when written out, as VS Code reads them: `{md}` is `md`,
 * `{,x}` is `` or `x`, a group may hold groups, and `..` in a group is a path's `..`. A `{` that
 * does not close, and what is inside `[…]`, are characters. At most `maxAlternatives` globs;
 * `globProblem` refuses a glob that makes more.
 */
export function expandBraces(glob: string): string[] {
  const group = firstGroup(glob);
  if (!group) return [glob];
  const { open, alternatives, end } = group;
  const results: string[] = [];
  const rests = expandBraces(glob.slice(end + 1));
  for (const alternative of alternatives) {
    for (const inner of expandBraces(alternative)) {
      for (const rest of rests) {
        if (results.length === maxAlternatives) return results;
        results.push(glob.slice(0, open) + inner + rest);
      }
    }
  }
  return results;
}

/** The first group that closes, outside `[…]` and escapes: where it opens, its alternatives and where it closes. */
function firstGroup(glob: string): { open: number; alternatives: string[]; end: number } | undefined {
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(glob, i);
    else if (c === '{') {
      const group = groupAlternatives(glob, i);
      if (group.end !== -1) return { open: i, ...group };
    }
  }
  return undefined;
}

/** The alternatives of the group that opens at `open`, split at its own commas, and where it closes (-1 if it does not). */
function groupAlternatives(glob: string, open: number): { alternatives: string[]; end: number } {
  const alternatives: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(glob, i);
    else if (c === '{') depth++;
    else if (c === ',' && depth === 0) {
      alternatives.push(glob.slice(from, i));
      from = i + 1;
    } else if (c === '}') {
      if (depth > 0) depth--;
      else {
        alternatives.push(glob.slice(from, i));
        return { alternatives, end: i };
      }
    }
  }
  return { alternatives: [], end: -1 };
}

/** Where the `[…]` class that opens at `open` closes; `open` itself when it does not, and the `[` is a character. */
function classEnd(glob: string, open: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  if (glob[i] === ']') i++;
  for (; i < glob.length; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']') return i;
  }
  return open;
}

/**
 * How many `{` groups the glob opens, and how many globs its groups would make if each were
 * written out (`{a,b}/{c,d}` makes 4), counted up to just past `maxAlternatives`. A group left
 * open counts as if it closed at the end, and escaped characters are skipped. Without recursion:
 * groups may be nested thousands deep.
 */
function braceCount(glob: string): { groups: number; alternatives: number } {
  const cap = maxAlternatives + 1;
  // For each open group (and the glob itself, at the bottom): the alternatives of its finished
  // branches, and those of the branch being read.
  const finished = [0];
  const current = [1];
  let groups = 0;
  const close = () => {
    const alternatives = Math.min(cap, finished.pop()! + current.pop()!);
    current[current.length - 1] = Math.min(cap, current[current.length - 1] * alternatives);
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') {
      groups++;
      finished.push(0);
      current.push(1);
    } else if (c === ',' && current.length > 1) {
      finished[finished.length - 1] = Math.min(cap, finished[finished.length - 1] + current[current.length - 1]);
      current[current.length - 1] = 1;
    } else if (c === '}' && current.length > 1) close();
  }
  while (current.length > 1) close();
  return { groups, alternatives: current[0] };
}

function starCount(part: string): number {
  let count = 0;
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '\\') i++;
    else if (part[i] === '*') count++;
  }
  return count;
}

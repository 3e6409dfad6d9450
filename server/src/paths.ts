import * as path from 'node:path';

/** `p` with the platform's separators as `/`, the way globs and settings write paths. */
export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** The path of `to` relative to `from`, with `/` separators. */
export function relativePath(from: string, to: string): string {
  return toSlashes(path.relative(from, to));
}

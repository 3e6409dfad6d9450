import * as path from 'node:path';

/** `p` with the platform's separators as `/`, the way globs and settings write paths. */
export function toSlashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** The path of `to` relative to `from`, with `/` separators. */
export function relativePath(from: string, to: string): string {
  return toSlashes(path.relative(from, to));
}

/** Whether `file` is `folder` or lies below it; `..notes.md` is a name inside it, not a step up. */
export function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

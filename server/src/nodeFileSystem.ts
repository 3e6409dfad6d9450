import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { megabytes, RefusedFile, type FileSystem } from './workspace';
import { relativePath } from './paths';

const skippedFolders = new Set(['node_modules', '.git']);

/** The real disk, for the server process and the CLI. */
export const nodeFileSystem: Required<FileSystem> = {
  readFile: readTextFile,
  async listFiles(folder, accept, limit) {
    const files: { path: string; size: number }[] = [];
    const pending = [folder];
    while (pending.length > 0) {
      const dir = pending.shift()!;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!skippedFolders.has(entry.name)) pending.push(full);
          continue;
        }
        if (!entry.isFile() || !accept(relativePath(folder, full))) continue;
        if (files.length >= limit) return { files, truncated: true };
        const size = await stat(full).then((s) => s.size, () => 0);
        files.push({ path: full, size });
      }
    }
    return { files, truncated: false };
  },
};

/**
 * The text of a regular file of at most `maxBytes` bytes, looked at before it is read: a named
 * pipe would wait for a writer for ever (holding one of the few threads Node reads files with),
 * a device such as /dev/zero never ends, and a file of gigabytes would be read whole before its
 * size was known. Rejects with a `RefusedFile` saying why, or with the error of the disk.
 */
export async function readTextFile(file: string, maxBytes: number): Promise<string> {
  // Without O_NONBLOCK, opening a named pipe waits for a writer. It changes nothing for a file.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new RefusedFile('it is a folder', 'not-a-file');
    if (!info.isFile()) throw new RefusedFile('it is not a regular file (a pipe, a socket or a device)', 'not-a-file');
    if (info.size > maxBytes) throw new RefusedFile(`it is larger than ${megabytes(maxBytes)}`, 'too-large');
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

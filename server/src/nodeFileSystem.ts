import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { megabytes, RefusedFile, type FileSystem } from './workspace';
import { relativePath } from './paths';

const skippedFolders = new Set(['node_modules', '.git']);

/** How much of a file is read at a time past the size it gives. */
const readChunk = 4 * 1024 * 1024;

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
        // A link to a file is its file (notes linked in from elsewhere are checked); a link to a
        // folder is not followed, as it may lead back up the tree.
        if (!(entry.isFile() || entry.isSymbolicLink()) || !accept(relativePath(folder, full))) continue;
        const info = await stat(full).catch(() => undefined);
        if (!info?.isFile()) continue;
        if (files.length >= limit) return { files, truncated: true };
        files.push({ path: full, size: info.size });
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
    const tooLarge = () => new RefusedFile(`it is larger than ${megabytes(maxBytes)}`, 'too-large');
    if (info.size > maxBytes) throw tooLarge();
    // Read up to the limit, whatever size the file gives: a file of /proc says 0 and holds 512 MB.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The size the file gives, and one byte more to see that it ends there; a chunk at a time past it.
      const wanted = total === 0 && info.size > 0 ? info.size + 1 : readChunk;
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.allocUnsafe(Math.min(wanted, maxBytes + 1 - total)) });
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    await handle.close();
  }
}

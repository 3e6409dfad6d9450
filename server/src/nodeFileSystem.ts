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
  async listFiles(folder, accept, limit, stop) {
    const files: { path: string; size: number }[] = [];
    const unreadable: { path: string; reason: string }[] = [];
    const pending = [folder];
    while (pending.length > 0 && !stop?.()) {
      const dir = pending.shift()!;
      // Names as bytes: one that is not UTF-8 would come back with U+FFFD in it, a path no call can
      // open, and its note would be dropped without a word. A folder that went away holds nothing.
      const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') unreadable.push({ path: dir, reason: error.code ?? String(error.message) });
        return [];
      });
      const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
      for (const { entry, name } of named.sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, name);
        const utf8 = Buffer.byteLength(name) === entry.name.length && Buffer.from(name).equals(entry.name);
        if (entry.isDirectory()) {
          if (skippedFolders.has(name)) continue;
          if (utf8) pending.push(full);
          else unreadable.push({ path: full, reason: 'its name is not UTF-8' });
          continue;
        }
        // A link to a file is its file (notes linked in from elsewhere are checked); a link to a
        // folder is not followed, as it may lead back up the tree.
        if (!(entry.isFile() || entry.isSymbolicLink()) || !accept(relativePath(folder, full))) continue;
        if (!utf8) {
          unreadable.push({ path: full, reason: 'its name is not UTF-8' });
          continue;
        }
        const info = await stat(full).catch(() => undefined);
        if (!info?.isFile()) continue;
        if (files.length >= limit) return { files, truncated: true, unreadable };
        files.push({ path: full, size: info.size });
      }
    }
    return { files, truncated: false, unreadable };
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
    return decodeText(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/**
 * The text of a file's bytes, as VS Code opens it: UTF-16 when it starts with a UTF-16 byte-order
 * mark (Windows PowerShell 5 writes files so), UTF-8 otherwise. The mark is kept, as U+FEFF, for
 * the reader to drop. Read as UTF-8, a UTF-16 note was text of no words, and passed with no findings.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Big-endian: the pairs swapped into a copy; an odd last byte is half a character, and dropped.
    const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
    return swapped.swap16().toString('utf16le');
  }
  return bytes.toString('utf8');
}

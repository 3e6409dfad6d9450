import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { FileSystem } from './workspace';
import { relativePath } from './paths';

const skippedFolders = new Set(['node_modules', '.git']);

/** The real disk, for the server process and the CLI. */
export const nodeFileSystem: Required<FileSystem> = {
  readFile: (file) => readFile(file, 'utf8'),
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

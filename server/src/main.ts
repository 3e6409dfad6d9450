import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { RegenServer } from './server';
import type { FileSystem } from './workspace';

// Transport (--stdio, --node-ipc, --socket) comes from the command line.
const connection = createConnection(ProposedFeatures.all);

process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));
process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? String(error)}`));

const skippedFolders = new Set(['node_modules', '.git']);

const fileSystem: FileSystem = {
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
        if (!entry.isFile() || !accept(path.relative(folder, full).split(path.sep).join('/'))) continue;
        if (files.length >= limit) return { files, truncated: true };
        const size = await stat(full).then((s) => s.size, () => 0);
        files.push({ path: full, size });
      }
    }
    return { files, truncated: false };
  },
};

new RegenServer(connection, fileSystem).listen();

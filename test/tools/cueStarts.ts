import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cueSources } from '../../server/src/core/hedges';
import { firstWords } from './firstWords';

/** Where the table is kept: bundled with the server, which reads it at start-up rather than parsing the patterns. */
export const cueStartsFile = path.resolve(__dirname, '../../../server/src/data/cueStarts.json');

/** The words each cue may start with, by its pattern, read off the patterns as they are now. */
export function cueStartWords(): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const source of cueSources()) table[source] = firstWords(source).sort();
  return table;
}

// `npm run cue-starts` writes the table again after the cues change.
if (require.main === module) writeFileSync(cueStartsFile, `${JSON.stringify(cueStartWords(), null, 1)}\n`);

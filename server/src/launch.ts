import { setFlagsFromString } from 'node:v8';

/**
 * The Node options the server is started with, by the extension and by anything that starts it
 * the same way (the benchmark). `--expose-gc` lets the server hand the garbage of a large job
 * (loading a big vocabulary, analysing a long note in full) back to the system as soon as it is
 * idle, instead of holding it until V8's own memory reducer runs, often 10–20 s later. A young
 * generation of 2 MB semi-spaces (V8's default grows to 16 MB) keeps ~30 MB less resident; it
 * makes a full analysis ~5% slower and leaves edits as fast (bench, 1 MB note).
 */
export const serverExecArgv = ['--expose-gc', '--max-semi-space-size=2'];

/**
 * What lives after a collection, below which the server's second idle collection also compacts
 * (moves what lives onto fewer pages, so that the pages garbage left sparse go back to the
 * system). With the built-in vocabulary, after the bench's edits of a 1 MB note, ~40 MB lives:
 * compacting takes ~80 ms instead of ~20 and the server's RSS 5 s later is ~106 MB, not ~113–121.
 * With 100k terms ~110 MB lives: compacting would pause the server ~0.3 s, a keystroke's
 * diagnostics or completion with it, for ~8 MB of ~225, so it is left to V8's memory reducer,
 * which compacts in small steps ~10–30 s later.
 */
const compactBelowBytes = 64 * 1024 * 1024;

/**
 * The server's idle release of memory from Node's `gc` (present under --expose-gc): a full
 * collection, and one that compacts when what lives is small (`compactBelowBytes`). Compaction
 * is asked for by flag around the one collection only: on every full collection it would slow
 * the analysis of long notes.
 */
export function memoryRelease(gc: (() => void) | undefined): { releaseMemory?: () => void; compactMemory?: () => boolean } {
  if (!gc) return {};
  const compactMemory = (): boolean => {
    if (process.memoryUsage().heapUsed >= compactBelowBytes) {
      gc();
      return false;
    }
    setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      setFlagsFromString('--no-compact-on-every-full-gc');
    }
    return true;
  };
  return { releaseMemory: gc, compactMemory };
}

/**
 * Has V8 compile each regular expression to machine code at its first use, rather than run it
 * from bytecode first and compile it once it is used again. For the claim cues' pattern (then
 * ~100 alternatives in one, run at every candidate word) making the bytecode alone took 75–160 ms
 * and the compile 20–30 ms: a `regen-notes check` of the 1 MB note went from ~1.13 to ~0.9 s, and
 * the server's start-up to its first diagnostics from ~0.69 to ~0.45–0.5 s. Now that the cues
 * tried at a word are a pattern of a few, it still pays: a check of a 100 KB note takes 0.42 s
 * with it and 0.57 s without. Set from inside the process, before any pattern has run, so that
 * every editor's start of the server gets it.
 */
export function compileRegExpsAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

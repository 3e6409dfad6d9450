/**
 * The Node options the server is started with, by the extension and by anything that starts it
 * the same way (the benchmark). `--expose-gc` lets the server hand the garbage of a large job
 * (loading a big vocabulary, analysing a long note in full) back to the system as soon as it is
 * idle, instead of holding it until V8's own memory reducer runs, often 10–20 s later. A young
 * generation of 2 MB semi-spaces (V8's default grows to 16 MB) keeps ~30 MB less resident; it
 * makes a full analysis ~5% slower and leaves edits as fast (bench, 1 MB note).
 */
export const serverExecArgv = ['--expose-gc', '--max-semi-space-size=2'];

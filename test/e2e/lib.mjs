// Shared mechanics of the e2e launchers: paths, timed stages, child processes that are always
// killed (each in its own process group), polling with a deadline.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const e2eDir = path.join(repoRoot, '.e2e');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');
export const suiteIndex = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');

export const log = (message) => console.log(`[e2e] ${message}`);

const started = Date.now();
/** Runs one stage of the launcher and prints how long it took. */
export async function stage(name, fn) {
  const t0 = Date.now();
  log(`${name} ...`);
  try {
    const result = await fn();
    log(`${name}: ${result === false ? 'already done, ' : ''}${seconds(Date.now() - t0)} (total ${seconds(Date.now() - started)})`);
    return result;
  } catch (error) {
    log(`${name}: FAILED after ${seconds(Date.now() - t0)}`);
    throw error;
  }
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const children = new Set();

/** Kills the process group of every child still running (they are spawned detached). */
export function killAll(signal = 'SIGKILL') {
  for (const child of children) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
  children.clear();
}

/**
 * Starts a command in its own process group. Its output goes to the launcher's stdout/stderr
 * (or to `logFile`). The group is killed by killAll() or by `stop()`.
 */
export function start(command, args, { cwd = repoRoot, env = process.env, logFile, quiet = false } = {}) {
  const out = logFile ? fs.openSync(logFile, 'a') : quiet ? 'ignore' : 'inherit';
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', out, out] });
  if (typeof out === 'number') fs.closeSync(out);
  children.add(child);
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      children.delete(child);
      resolve({ code: null, signal: null, error });
    });
  });
  const stop = async (timeoutMs = 5000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const done = await Promise.race([exited.then(() => true), delay(timeoutMs).then(() => false)]);
    try {
      process.kill(-child.pid, 'SIGKILL'); // whatever the leader left behind in its group
    } catch {
      // group already empty
    }
    if (!done) await exited;
  };
  return { child, exited, stop };
}

/** Runs a command to completion (own process group, killed at the deadline); rejects on failure. */
export async function run(command, args, { timeoutMs = 5 * 60_000, ...options } = {}) {
  log(`$ ${command} ${args.join(' ')}`);
  const proc = start(command, args, options);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const result = await Promise.race([proc.exited, timeout]);
  clearTimeout(timer);
  if (result === 'timeout') {
    await proc.stop(1000);
    throw new Error(`${command} ${args.join(' ')}: no result after ${timeoutMs / 1000} s`);
  }
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.code ?? result.signal}`);
}

export const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn` until it returns a truthy value or the deadline passes (then throws, naming `what`). */
export async function waitFor(what, fn, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
    }
    await delay(intervalMs);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Makes sure the launcher always cleans up: on SIGINT/SIGTERM/SIGHUP, on an uncaught error and
 * at a hard overall deadline, every child process group is killed and the process exits.
 */
export function guard({ deadlineMs, onExit = async () => {} }) {
  let exiting = false;
  const bail = async (code, reason) => {
    if (exiting) return;
    exiting = true;
    if (reason) console.error(`[e2e] ${reason}`);
    const hardStop = setTimeout(() => {
      killAll();
      process.exit(code);
    }, 15_000);
    try {
      await onExit();
    } catch (error) {
      console.error(`[e2e] cleanup: ${error.message}`);
    }
    killAll();
    clearTimeout(hardStop);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void bail(130, `${signal}: stopping`));
  process.on('uncaughtException', (error) => void bail(1, `uncaught: ${error.stack ?? error}`));
  process.on('unhandledRejection', (error) => void bail(1, `unhandled rejection: ${error?.stack ?? error}`));
  process.on('exit', () => killAll());
  const timer = setTimeout(() => void bail(124, `hard deadline of ${deadlineMs / 1000} s reached`), deadlineMs);
  timer.unref();
  return bail;
}

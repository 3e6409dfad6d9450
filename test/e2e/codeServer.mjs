// `npm run test:e2e`: runs the e2e suite (out/test/e2e/suite/index.js) inside the extension host
// of a real VS Code (code-server 4.100.3), driven by headless Chromium. Installs what it needs
// into .e2e/ (idempotent), builds and packages the extension, installs the .vsix into the run's
// own extensions folder and tests that. Two sessions: the whole suite in a trusted folder, then
// the Restricted Mode cases in a folder that is not trusted. The exit code is 0 when both pass.
//
//   node test/e2e/codeServer.mjs [--mode=vsix|dev] [--session=all|trusted|restricted] [--grep=PATTERN]
//     --mode=vsix  (default) test the packaged .vsix, installed with --install-extension
//     --mode=dev   test the working tree (npm run build) as extensionDevelopmentPath; faster
//     --session    run only one of the two sessions
//     --grep       run only the cases whose full title matches
//   REGEN_E2E_DEADLINE_S  hard overall deadline in seconds (default 600)
import * as fs from 'node:fs';
import * as util from 'node:util';
import { ensureInstalled } from './install.mjs';
import { guard, log, repoRoot, stage, suiteIndex } from './lib.mjs';
import {
  buildExtension, compileSuite, installVsix, launchBrowser, packageExtension, prepareRunFolder, remoteUri, startCodeServer, tail,
  workbenchUrl,
} from './session.mjs';

const { values: options } = util.parseArgs({
  options: {
    mode: { type: 'string', default: 'vsix' },
    session: { type: 'string', default: 'all' },
    grep: { type: 'string' },
  },
});
if (!['vsix', 'dev'].includes(options.mode)) {
  console.error(`[e2e] unknown --mode=${options.mode} (vsix or dev)`);
  process.exit(2);
}
if (!['all', 'trusted', 'restricted'].includes(options.session)) {
  console.error(`[e2e] unknown --session=${options.session} (all, trusted or restricted)`);
  process.exit(2);
}

const deadlineMs = Number(process.env.REGEN_E2E_DEADLINE_S ?? 600) * 1000;
const suiteTimeoutMs = 5 * 60_000;
const cleanups = [];
const cleanup = async () => {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`[e2e] cleanup: ${error.message}`);
    }
  }
};
const bail = guard({ deadlineMs, onExit: cleanup });

/** The sessions to run: the run folder's name, whether its folder is trusted, and which suite files run. */
const sessions = [
  { name: 'run', trusted: true, suite: 'trusted' },
  { name: 'run-restricted', trusted: false, suite: 'restricted' },
].filter((session) => options.session === 'all' || options.session === session.suite);

/** Runs the suite in one code-server session; returns its exit code and closing line. */
async function runSession(session) {
  const runFolder = prepareRunFolder(session.name, { trusted: session.trusted });
  const extensionPath = options.mode === 'vsix' ? await installVsix(runFolder) : repoRoot;

  const server = await startCodeServer(runFolder, {
    env: {
      REGEN_E2E_EXTENSION_PATH: extensionPath,
      REGEN_E2E_SUITE: session.suite,
      ...(options.grep ? { REGEN_E2E_GREP: options.grep } : {}),
    },
  });
  const browser = await launchBrowser(runFolder);
  const stop = async () => {
    await browser.close();
    await server.stop();
  };
  cleanups.push(stop);

  let finish;
  const suiteExit = new Promise((resolve) => { finish = resolve; });
  const { page } = browser;
  let summary;
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = util.format(...(args ?? []));
    if (/^e2e: \d+ passed, \d+ failed/.test(line)) summary = line;
    console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));

  // The installed .vsix is put on the development path too: the web workbench runs extension
  // tests only for a development session, and that path is the installed folder, not the tree.
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.base, extensionPath)],
    ['extensionTestsPath', remoteUri(server.base, suiteIndex)],
  ];
  const code = await stage(`suite (${session.trusted ? 'trusted folder' : 'Restricted Mode'})`, async () => {
    await page.goto(workbenchUrl(server.base, runFolder.workspace, payload), { timeout: 60_000 });
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs); });
    const result = await Promise.race([suiteExit, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') throw new Error(`the suite did not finish within ${suiteTimeoutMs / 1000} s`);
    return result;
  });
  cleanups.splice(cleanups.indexOf(stop), 1);
  await stop();
  if (code !== 0) log(`suite failed (exit ${code}); logs: .e2e/${session.name}/code-server.log, .e2e/${session.name}/browser.log`);
  return { code, summary: summary ?? `e2e: 0 passed, 1 failed (the suite exited with ${code} before reporting)` };
}

async function main() {
  await ensureInstalled();
  await compileSuite();
  if (!fs.existsSync(suiteIndex)) throw new Error(`${suiteIndex} is missing after tsc`);
  if (options.mode === 'vsix') await packageExtension();
  else await buildExtension();
  const results = [];
  for (const session of sessions) results.push(await runSession(session));
  return results;
}

try {
  const results = await main();
  // The suites' closing lines again, last, where CI looks for them; the counts added up last of all.
  for (const { summary } of results) console.log(summary);
  const counts = results.map(({ summary }) => summary.match(/^e2e: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/)?.slice(1).map((n) => Number(n ?? 0)) ?? [0, 1, 0]);
  const sum = (i) => counts.reduce((total, c) => total + (c[i] ?? 0), 0);
  if (results.length > 1) console.log(`e2e: ${sum(0)} passed, ${sum(1)} failed, ${sum(2)} skipped (${results.length} sessions)`);
  await bail(results.every(({ code }) => code === 0) ? 0 : 1);
} catch (error) {
  console.error(`[e2e] ${error.stack ?? error}`);
  for (const { name } of sessions) {
    const serverLog = `${repoRoot}/.e2e/${name}/code-server.log`;
    if (fs.existsSync(serverLog)) console.error(`[e2e] last lines of ${serverLog}:\n${tail(serverLog)}`);
  }
  await bail(1);
}

// `npm run test:e2e`: runs the e2e suite (out/test/e2e/suite/index.js) inside the extension host
// of a real VS Code (code-server 4.100.3), driven by headless Chromium. Installs what it needs
// into .e2e/ (idempotent), builds and packages the extension, installs the .vsix into the run's
// own extensions folder and tests that. The exit code is the suite's.
//
//   node test/e2e/codeServer.mjs [--mode=vsix|dev] [--grep=PATTERN]
//     --mode=vsix  (default) test the packaged .vsix, installed with --install-extension
//     --mode=dev   test the working tree (npm run build) as extensionDevelopmentPath; faster
//     --grep       run only the cases whose full title matches
//   REGEN_E2E_DEADLINE_S  hard overall deadline in seconds (default 600)
import * as fs from 'node:fs';
import * as util from 'node:util';
import { ensureInstalled } from './install.mjs';
import { guard, log, repoRoot, stage, suiteIndex } from './lib.mjs';
import {
  compileSuite, launchBrowser, prepareExtension, prepareRunFolder, remoteUri, startCodeServer, tail, workbenchUrl,
} from './session.mjs';

const { values: options } = util.parseArgs({
  options: {
    mode: { type: 'string', default: 'vsix' },
    grep: { type: 'string' },
  },
});
if (!['vsix', 'dev'].includes(options.mode)) {
  console.error(`[e2e] unknown --mode=${options.mode} (vsix or dev)`);
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

async function main() {
  await ensureInstalled();
  await compileSuite();
  if (!fs.existsSync(suiteIndex)) throw new Error(`${suiteIndex} is missing after tsc`);
  const runFolder = prepareRunFolder();

  const extensionPath = await prepareExtension(options.mode, runFolder);

  const server = await startCodeServer(runFolder, {
    env: {
      REGEN_E2E_EXTENSION_PATH: extensionPath,
      ...(options.grep ? { REGEN_E2E_GREP: options.grep } : {}),
    },
  });
  cleanups.push(() => server.stop());

  const browser = await launchBrowser(runFolder);
  cleanups.push(() => browser.close());

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
  const code = await stage('suite', async () => {
    await page.goto(workbenchUrl(server.base, runFolder.workspace, payload), { timeout: 60_000 });
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), suiteTimeoutMs); });
    const result = await Promise.race([suiteExit, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') throw new Error(`the suite did not finish within ${suiteTimeoutMs / 1000} s`);
    return result;
  });
  return { code, summary };
}

try {
  const { code, summary } = await main();
  if (code !== 0) log(`suite failed (exit ${code}); logs: .e2e/run/code-server.log, .e2e/run/browser.log`);
  // The suite's closing line again, last, where CI looks for it.
  console.log(summary ?? `e2e: 0 passed, 1 failed (the suite exited with ${code} before reporting)`);
  await bail(code);
} catch (error) {
  console.error(`[e2e] ${error.stack ?? error}`);
  const serverLog = `${repoRoot}/.e2e/run/code-server.log`;
  if (fs.existsSync(serverLog)) console.error(`[e2e] last lines of ${serverLog}:\n${tail(serverLog)}`);
  await bail(1);
}

// `npm run test:e2e:electron`: the same e2e suite through @vscode/test-electron, the launcher
// extension authors use on a desktop or in public CI. It needs a desktop VS Code: the one named
// by VSCODE_EXECUTABLE, or one it downloads (which needs internet access; on a machine without
// it, this fails with a message saying so; use `npm run test:e2e`, which runs code-server).
//
//   VSCODE_EXECUTABLE=/path/to/code node test/e2e/electron.mjs [--grep=PATTERN]
//   VSCODE_VERSION     version to download when VSCODE_EXECUTABLE is unset (default: stable)
//   REGEN_E2E_DEADLINE_S  hard overall deadline in seconds (default 600)
// On Linux without a display, run it under xvfb-run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { e2eDir, fixtureWorkspace, guard, log, repoRoot, start, stage, suiteIndex } from './lib.mjs';
import { buildExtension, compileSuite } from './session.mjs';

const { values: options } = util.parseArgs({
  options: {
    grep: { type: 'string' },
    child: { type: 'boolean', default: false },
  },
});

const runFolder = path.join(e2eDir, 'electron');
const offlineHint = 'Downloading VS Code needs internet access. Set VSCODE_EXECUTABLE to a VS Code ' +
  'executable on this machine (e.g. /usr/share/code/code), or run `npm run test:e2e` (code-server, works offline).';

/** Runs in its own process group so the parent can kill VS Code and all its helpers at once. */
async function child() {
  const { runTests } = await import('@vscode/test-electron');
  const executable = process.env.VSCODE_EXECUTABLE;
  if (executable && !fs.existsSync(executable)) {
    console.error(`[e2e] VSCODE_EXECUTABLE=${executable} does not exist`);
    return 2;
  }
  const workspace = path.join(runFolder, 'workspace');
  fs.rmSync(runFolder, { recursive: true, force: true });
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  try {
    return await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
      cachePath: path.join(e2eDir, 'vscode-test'),
      timeout: 20_000,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: {
        REGEN_E2E_EXTENSION_PATH: repoRoot,
          ...(options.grep ? { REGEN_E2E_GREP: options.grep } : {}),
      },
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${path.join(runFolder, 'user-data')}`,
        `--extensions-dir=${path.join(runFolder, 'extensions')}`,
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-workspace-trust',
        '--disable-telemetry',
      ],
    });
  } catch (error) {
    const message = String(error?.message ?? error);
    if (!executable && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|timed? ?out|Failed to get|fetch/i.test(message)) {
      console.error(`[e2e] cannot download VS Code: ${message}\n[e2e] ${offlineHint}`);
      return 3;
    }
    console.error(`[e2e] VS Code run failed: ${message}`);
    return typeof error?.code === 'number' ? error.code : 1;
  }
}

async function main() {
  const deadlineMs = Number(process.env.REGEN_E2E_DEADLINE_S ?? 600) * 1000;
  let suite;
  const bail = guard({ deadlineMs, onExit: async () => suite?.stop() });
  try {
    const executable = process.env.VSCODE_EXECUTABLE;
    if (executable && !fs.existsSync(executable)) {
      console.error(`[e2e] VSCODE_EXECUTABLE=${executable} does not exist`);
      await bail(2);
    }
    if (!executable) log(`VSCODE_EXECUTABLE is not set: @vscode/test-electron will try to download VS Code. ${offlineHint}`);
    if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      log('no DISPLAY: VS Code (Electron) needs one; on a headless machine run this under xvfb-run -a');
    }
    await compileSuite();
    await buildExtension();
    const code = await stage('suite (@vscode/test-electron)', async () => {
      suite = start(process.execPath, [path.join(repoRoot, 'test', 'e2e', 'electron.mjs'), '--child', ...process.argv.slice(2)]);
      const { code: exitCode, signal } = await suite.exited;
      return exitCode ?? (signal ? 1 : 0);
    });
    await bail(code);
  } catch (error) {
    console.error(`[e2e] ${error.stack ?? error}`);
    await bail(1);
  }
}

if (options.child) process.exitCode = await child();
else await main();

// One code-server session for the e2e launchers: builds and packages the extension, prepares a
// fresh run folder (config, user data, extensions, XDG folders, a copy of the fixture workspace),
// starts code-server in its own process group, and opens the workbench in headless Chromium.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromiumPath, codeServerBin } from './install.mjs';
import { delay, e2eDir, fixtureWorkspace, freePort, repoRoot, run, stage, start, waitFor } from './lib.mjs';

export const vsixPath = path.join(e2eDir, 'regen-notes.vsix');
const extensionId = 'regen-notes.regen-notes';

/** Compiles the suite (and type-checks the project) with tsc. */
export function compileSuite() {
  return stage('compile (npx tsc -p .)', () => run('npx', ['tsc', '-p', '.'], { timeoutMs: 4 * 60_000 }));
}

/** `npm run build`: the development bundle in dist/ (for --mode=dev). */
export function buildExtension() {
  return stage('build (npm run build)', () => run('npm', ['run', 'build', '--silent'], { timeoutMs: 4 * 60_000 }));
}

/** `npm run package`: the production bundle packaged with vsce, exactly what is shipped. */
export function packageExtension() {
  return stage('package (npm run package)', () =>
    run('npm', ['run', 'package', '--silent', '--', '--out', vsixPath], { timeoutMs: 4 * 60_000 }));
}

/**
 * A fresh run folder under .e2e/; the fixture workspace is copied so tests may change it.
 * `trusted: false` turns Workspace Trust on without its startup prompt, so the folder opens in
 * Restricted Mode, as a folder the user has not trusted does.
 */
export function prepareRunFolder(name = 'run', { trusted = true } = {}) {
  const dir = path.join(e2eDir, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const folders = {
    dir,
    workspace: path.join(dir, 'workspace'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    xdgConfig: path.join(dir, 'xdg-config'),
    xdgData: path.join(dir, 'xdg-data'),
    xdgCache: path.join(dir, 'xdg-cache'),
    browserProfile: path.join(dir, 'chromium-profile'),
    config: path.join(dir, 'config.yaml'),
    serverLog: path.join(dir, 'code-server.log'),
    browserLog: path.join(dir, 'browser.log'),
  };
  for (const folder of [folders.userData, folders.extensions, folders.xdgConfig, folders.xdgData, folders.xdgCache]) {
    fs.mkdirSync(folder, { recursive: true });
  }
  fs.cpSync(fixtureWorkspace, folders.workspace, { recursive: true });
  const userSettings = path.join(folders.userData, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(userSettings), { recursive: true });
  fs.writeFileSync(userSettings, JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    ...(trusted
      ? { 'security.workspace.trust.enabled': false }
      : { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }),
    'window.commandCenter': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    // The run folder lies inside the project's git repository: no "open the parent repository?".
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2));
  return { ...folders, trusted };
}

function serverEnv(folders, extra = {}) {
  return {
    ...process.env,
    // Never touch ~/.config or ~/.local: code-server writes its config and state there otherwise.
    XDG_CONFIG_HOME: folders.xdgConfig,
    XDG_DATA_HOME: folders.xdgData,
    XDG_CACHE_HOME: folders.xdgCache,
    // No extension gallery: the run is offline and must not look anything up.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

function serverArgs(folders) {
  return ['--config', folders.config, '--user-data-dir', folders.userData, '--extensions-dir', folders.extensions];
}

/** Installs the packaged .vsix into the run's own extensions folder; returns the installed folder. */
export async function installVsix(folders) {
  fs.writeFileSync(folders.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  await stage('install .vsix into the run\'s extensions folder', () =>
    run(process.execPath, [codeServerBin, ...serverArgs(folders), '--install-extension', vsixPath],
      { env: serverEnv(folders), timeoutMs: 2 * 60_000 }));
  const installed = fs.readdirSync(folders.extensions).find((name) => name.startsWith(`${extensionId}-`));
  if (!installed) throw new Error(`the .vsix did not install into ${folders.extensions}`);
  return path.join(folders.extensions, installed);
}

/**
 * Builds the extension for a run: `vsix` packages it and installs the .vsix into the run's own
 * extensions folder (what is shipped is what is tested); `dev` builds dist/ and runs the working
 * tree. Returns the folder the extension host will load it from.
 */
export async function prepareExtension(mode, folders) {
  if (mode === 'vsix') {
    await packageExtension();
    return installVsix(folders);
  }
  if (mode === 'dev') {
    await buildExtension();
    return repoRoot;
  }
  throw new Error(`unknown mode ${mode} (vsix or dev)`);
}

/**
 * Starts code-server on 127.0.0.1 and a free port, in its own process group, and waits for
 * /healthz. Workspace Trust stays off unless the run folder was prepared untrusted. Returns its
 * base URL and a stop function.
 */
export async function startCodeServer(folders, { env = {} } = {}) {
  const port = await freePort();
  fs.writeFileSync(folders.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const base = `http://127.0.0.1:${port}`;
  const server = start(process.execPath, [codeServerBin, ...serverArgs(folders), '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', ...(folders.trusted === false ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened', '--log', 'info'],
  { env: serverEnv(folders, env), logFile: folders.serverLog, cwd: folders.dir });
  let exited = null;
  void server.exited.then((result) => { exited = result; });
  await stage(`code-server on ${base}`, () => waitFor('code-server /healthz', async () => {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}); see ${folders.serverLog}`);
    const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  }, 60_000, 250));
  return { base, port, stop: () => server.stop() };
}

/** A `vscode-remote://` URI for a path on the server; the authority must match host:port. */
export function remoteUri(base, fsPath) {
  return `vscode-remote://${new URL(base).host}${fsPath}`;
}

/** The workbench URL for a folder, with an optional payload (extension tests, files to open). */
export function workbenchUrl(base, folder, payload) {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Launches headless Chromium with a fresh profile; returns the context and its first page. */
export async function launchBrowser(folders, { viewport = { width: 1280, height: 800 } } = {}) {
  const { chromium } = await import('playwright-core');
  const context = await stage('chromium', () => chromium.launchPersistentContext(folders.browserProfile, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-extensions'],
  }));
  const page = context.pages()[0] ?? await context.newPage();
  const browserLog = fs.openSync(folders.browserLog, 'a');
  page.on('console', (message) => fs.writeSync(browserLog, `[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => fs.writeSync(browserLog, `[pageerror] ${error.stack ?? error}\n`));
  const close = async () => {
    await Promise.race([context.close().catch(() => {}), delay(10_000)]);
    fs.closeSync(browserLog);
  };
  return { context, page, close };
}

/** The last lines of a log file, for a failure message. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}


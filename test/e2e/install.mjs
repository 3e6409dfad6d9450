// Installs what the code-server e2e run needs, idempotently, into the git-ignored .e2e/ folder:
// Debian's chromium and ripgrep (apt, as root), and code-server in its own npm project.
// Run on its own: `node test/e2e/install.mjs`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { e2eDir, run, stage } from './lib.mjs';

export const codeServerVersion = '4.100.3';
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const codeServerProject = path.join(e2eDir, 'code-server');
const npmTmp = path.join(e2eDir, 'tmp');
export const codeServerBin = path.join(codeServerProject, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const installedStamp = path.join(codeServerProject, `.installed-${codeServerVersion}`);

// @vscode/ripgrep's postinstall downloads rg from GitHub; with this file in its cache it does not.
const ripgrepCache = { dir: 'vscode-ripgrep-cache-1.15.11', file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

// Install scripts that must run. npm 11 runs a dependency's install scripts only when the
// project's `allowScripts` names it (older 11.x only warn; --strict-allow-scripts makes a gap an
// error instead of a half-working code-server). code-server's postinstall runs `npm install` in
// lib/vscode and lib/vscode/extensions, whose package.json we do not write, and npm refuses
// --allow-scripts on the command line or in the environment of a project install. So: install
// without scripts, add `allowScripts` to those two manifests, then `npm rebuild` runs every
// script in order (argon2, then code-server's postinstall with its nested installs).
// Denied (false): packages in the lockfile that --omit=dev leaves out anyway.
const allowScripts = {
  '.': { 'code-server': true, argon2: true },
  'node_modules/code-server/lib/vscode': Object.fromEntries(['@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep',
    '@vscode/spdlog', '@vscode/windows-process-tree', '@vscode/windows-registry', 'kerberos', 'native-watchdog',
    'node-pty'].map((name) => [name, true])),
  'node_modules/code-server/lib/vscode/extensions': { '@parcel/watcher': false, esbuild: false },
};

function addAllowScripts(manifestPath, entries) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.allowScripts = { ...manifest.allowScripts, ...entries };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, timeoutMs: 8 * 60_000 });
  return install().catch(async () => {
    await run('apt-get', ['update'], { env, timeoutMs: 5 * 60_000 });
    await install();
  });
}

async function ensureDebianPackages() {
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (!fs.existsSync('/usr/bin/rg')) missing.push('ripgrep');
  // kerberos (in VS Code's server) builds from source when no prebuild fits: it needs krb5-config.
  if (!codeServerInstalled() && !fs.existsSync('/usr/bin/krb5-config')) missing.push('libkrb5-dev');
  if (missing.length === 0) return false;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${missing.join(', ')}; install with: sudo apt-get install -y ${missing.join(' ')}` +
      ' (or set CHROMIUM_PATH to a Chromium binary)');
  }
  await aptInstall(missing);
  return true;
}

function seedRipgrepCache() {
  const cacheDir = path.join(npmTmp, ripgrepCache.dir);
  const tarball = path.join(cacheDir, ripgrepCache.file);
  if (fs.existsSync(tarball)) return Promise.resolve();
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(npmTmp, 'rg-'));
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  return run('tar', ['czf', tarball, '-C', staging, 'rg']).finally(() => fs.rmSync(staging, { recursive: true, force: true }));
}

function codeServerInstalled() {
  return fs.existsSync(installedStamp) && fs.existsSync(codeServerBin);
}

async function ensureCodeServer() {
  if (codeServerInstalled()) return false;
  fs.mkdirSync(npmTmp, { recursive: true });
  await seedRipgrepCache();
  const manifest = {
    name: 'regen-notes-e2e-code-server',
    private: true,
    description: 'code-server for the Regen Notes e2e run; not a dependency of the extension',
    dependencies: { 'code-server': codeServerVersion },
  };
  fs.writeFileSync(path.join(codeServerProject, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const env = {
    ...process.env,
    TMPDIR: npmTmp,
    npm_config_unsafe_perm: 'true', // code-server's postinstall insists on it as root
    npm_config_yes: 'true', // node-pty's build runs npx node-gyp
    npm_config_update_notifier: 'false',
  };
  const npm = (args, timeoutMs) => run('npm', [...args, '--no-audit', '--no-fund', '--omit=dev'], { cwd: codeServerProject, env, timeoutMs });
  await npm(['install', '--ignore-scripts'], 6 * 60_000);
  for (const [folder, entries] of Object.entries(allowScripts)) {
    addAllowScripts(path.join(codeServerProject, folder, 'package.json'), entries);
  }
  await npm(['rebuild', '--foreground-scripts', '--strict-allow-scripts'], 12 * 60_000);
  const vscodeModules = path.join(codeServerProject, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  for (const required of [codeServerBin, path.join(vscodeModules, 'node-pty', 'build', 'Release'), path.join(vscodeModules, '@vscode', 'ripgrep', 'bin', 'rg')]) {
    if (!fs.existsSync(required)) throw new Error(`code-server install incomplete: ${required} is missing (did its install scripts run?)`);
  }
  fs.writeFileSync(installedStamp, new Date().toISOString() + '\n');
  return true;
}

/** Installs chromium, ripgrep and code-server when missing; returns quickly when all are there. */
export async function ensureInstalled() {
  fs.mkdirSync(codeServerProject, { recursive: true });
  await stage('install: debian packages', ensureDebianPackages);
  await stage(`install: code-server@${codeServerVersion}`, ensureCodeServer);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureInstalled().catch((error) => {
    console.error(`[e2e] install failed: ${error.message}`);
    process.exitCode = 1;
  });
}


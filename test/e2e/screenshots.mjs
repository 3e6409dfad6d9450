// `npm run screenshots`: drives the workbench of a real code-server like a person (keyboard and
// mouse in headless Chromium) on a copy of the e2e fixture workspace and writes PNGs for the
// README to docs/images/. Each shot waits (with a deadline) for what it must show — our hover,
// our squiggle in the Problems panel, our quick fix, our completion — so a shot of an empty
// editor is never written; a shot that cannot be taken is reported and the exit code is 1.
//
//   node test/e2e/screenshots.mjs [--mode=vsix|dev] [--only=hover,problems,quick-fix,term-fix,completion] [--out=DIR]
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import { ensureInstalled } from './install.mjs';
import { guard, log, repoRoot, stage, waitFor } from './lib.mjs';
import { launchBrowser, prepareExtension, prepareRunFolder, remoteUri, startCodeServer, workbenchUrl } from './session.mjs';

const shots = ['hover', 'problems', 'quick-fix', 'term-fix', 'completion'];
const { values: options } = util.parseArgs({
  options: {
    mode: { type: 'string', default: 'vsix' },
    only: { type: 'string', default: shots.join(',') },
    out: { type: 'string', default: path.join(repoRoot, 'docs', 'images') },
  },
});
const selected = options.only.split(',').map((name) => name.trim()).filter(Boolean);
for (const name of selected) {
  if (!shots.includes(name)) {
    console.error(`[e2e] unknown shot ${name} (${shots.join(', ')})`);
    process.exit(2);
  }
}

const cleanups = [];
const bail = guard({
  deadlineMs: Number(process.env.REGEN_E2E_DEADLINE_S ?? 600) * 1000,
  onExit: async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
  },
});

const uiTimeoutMs = 30_000;

/** Client rectangle of the first occurrence of `text` in the visible editor lines. */
async function textRect(page, text) {
  return waitFor(`"${text}" in the editor`, () => page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const content = line.textContent.replace(/\u00a0/g, ' ');
      const at = content.indexOf(needle);
      if (at === -1) continue;
      // Find the text node and offset where the match starts, then measure a range over it.
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (seen + length > at) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, Math.min(length, at - seen + needle.length));
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x, y, width, height };
        }
        seen += length;
      }
    }
    return null;
  }, text), uiTimeoutMs);
}

/** Opens a file with Quick Open (Ctrl+P) and waits until its text is in the editor. */
async function openFile(page, name, expectedText) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: uiTimeoutMs });
  await input.fill(name);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`).first().waitFor({ timeout: uiTimeoutMs });
  await page.keyboard.press('Enter');
  await textRect(page, expectedText);
}

/** Waits until an element's opacity is 1 (hover and widgets fade in). */
async function settled(locator) {
  await locator.waitFor({ state: 'visible', timeout: uiTimeoutMs });
  await waitFor('the widget to finish fading in', () => locator.evaluate((element) => {
    for (let node = element; node; node = node.parentElement) {
      if (Number(getComputedStyle(node).opacity) < 1) return false;
    }
    return true;
  }), 5_000, 50);
}

async function clickAt(page, text, where = 'start') {
  const rect = await textRect(page, text);
  const x = where === 'end' ? rect.x + rect.width - 1 : rect.x + 2;
  await page.mouse.click(x, rect.y + rect.height / 2);
  if (where === 'end') await page.keyboard.press('End');
}

const take = {
  async hover(page) {
    await openFile(page, 'kupffer.md', 'Kupffer cells are');
    const rect = await textRect(page, 'Kupffer cells are');
    const hover = page.locator('.monaco-hover-content').filter({ hasText: /Kupffer/ }).first();
    // The first hover can come before the language server is up; the editor asks again only
    // when the mouse comes back, so move away and back until ours shows.
    await waitFor('our hover on "Kupffer cells"', async () => {
      await page.mouse.move(rect.x + 300, rect.y + 200);
      await page.mouse.move(rect.x + 20, rect.y + rect.height / 2, { steps: 4 });
      return hover.waitFor({ timeout: 2_000 }).then(() => true, () => false);
    }, uiTimeoutMs, 0);
    await settled(hover);
  },
  async problems(page) {
    await openFile(page, 'claims.md', 'Exosomal VEGF silences');
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info')
      .first().waitFor({ timeout: uiTimeoutMs });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: /claim|citation|support/i }).first()
      .waitFor({ timeout: uiTimeoutMs });
  },
  async 'quick-fix'(page) {
    await openFile(page, 'claims.md', 'Exosomal VEGF silences');
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info')
      .first().waitFor({ timeout: uiTimeoutMs });
    await clickAt(page, 'silences apoptosis in Kupffer cells.');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: /citation/i }).first();
    await fix.waitFor({ timeout: uiTimeoutMs });
    await settled(fix);
  },
  async 'term-fix'(page) {
    await openFile(page, 'terms.md', 'An oval cell response');
    // A non-preferred term is a hint shown struck through (DiagnosticTag.Deprecated).
    await page.locator('.monaco-editor .squiggly-inline-deprecated, .monaco-editor .squiggly-hint, .monaco-editor .squiggly-info')
      .first().waitFor({ state: 'attached', timeout: uiTimeoutMs });
    await clickAt(page, 'oval cell response');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: /ductular reaction/i }).first();
    await fix.waitFor({ timeout: uiTimeoutMs });
    await settled(fix);
  },
  async completion(page) {
    await openFile(page, 'completion.md', 'Activated hepatic st');
    await clickAt(page, 'Activated hepatic st', 'end');
    await page.keyboard.press('Control+Space');
    const item = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: /hepatic stellate cell/i }).first();
    await item.waitFor({ timeout: uiTimeoutMs });
    await settled(item);
    // Focus our item (keyboard only: a click would accept it) and show its details beside the list.
    const focused = page.locator('.suggest-widget .monaco-list-row.focused');
    for (let i = 0; i < 20 && !/hepatic stellate cell/i.test(await focused.textContent().catch(() => '')); i++) {
      await page.keyboard.press('ArrowDown');
    }
    const details = page.locator('.suggest-details-container .suggest-details');
    if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
    await details.filter({ hasText: /\S/ }).waitFor({ timeout: 5_000 }).catch(() => log('completion: no details shown'));
  },
};

async function main() {
  await ensureInstalled();
  const runFolder = prepareRunFolder('screenshots');
  const extensionPath = await prepareExtension(options.mode, runFolder);
  const server = await startCodeServer(runFolder);
  cleanups.push(() => server.stop());
  const browser = await launchBrowser(runFolder, { viewport: { width: 1200, height: 720 } });
  cleanups.push(() => browser.close());
  const { page } = browser;

  // The installed .vsix loads like any extension; the working tree only as a development path.
  const payload = options.mode === 'dev' ? [['extensionDevelopmentPath', remoteUri(server.base, extensionPath)]] : undefined;
  fs.mkdirSync(options.out, { recursive: true });
  const failed = [];
  for (const name of selected) {
    try {
      await stage(`shot ${name}`, async () => {
        // A fresh window per shot: no widget, panel or dirty editor of the previous one remains.
        await page.goto(workbenchUrl(server.base, runFolder.workspace, payload), { timeout: 60_000 });
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: uiTimeoutMs });
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+W'); // close the editors the window restored
        await take[name](page);
        const file = path.join(options.out, `${name}.png`);
        await page.screenshot({ path: file });
        log(`wrote ${path.relative(repoRoot, file)}`);
      });
    } catch (error) {
      failed.push(name);
      const file = path.join(runFolder.dir, `${name}-failed.png`);
      await page.screenshot({ path: file }).catch(() => {});
      console.error(`[e2e] shot ${name}: ${error.message.split('\n')[0]} (what the page showed: ${path.relative(repoRoot, file)})`);
    }
  }
  if (failed.length > 0) log(`could not take: ${failed.join(', ')}`);
  return failed.length === 0 ? 0 : 1;
}

try {
  await bail(await main());
} catch (error) {
  console.error(`[e2e] ${error.stack ?? error}`);
  await bail(1);
}

// Offline reading for real: each test serves its own copy of the build from
// a server process it then KILLS (Playwright's offline switch does not cut
// off service-worker fetches, microsoft/playwright#2311). Also: "Save for
// offline", the offline indicator and marks, the offline error, quiet
// degradation without a worker, and installability.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, expect, test } from '@playwright/test';

import { cards, expectNoAxeViolations, settled } from '../../support/app';
import { article, indexEntries } from '../../support/content';
import { MultiWatcher, articleJson, screenshot, waitForCached, waitForController } from '../../support/offline';
import { SCREENSHOTS } from '../../support/paths';
import { QUIZ_ARTICLE, answer, quiz } from '../../support/quiz';
import { serveApp } from '../../support/server';

// The rest of the suite blocks workers (they would bypass page.route); these tests need them.
test.use({ serviceWorkers: 'allow' });
// Each test starts its own servers and browses several pages (with axe): allow for slow CI.
test.setTimeout(120_000);

const STOPPED = /Failed to load resource: the server responded with a status of 503 \(Offline\)/;

test('after one visit, a deep link, its article and its quiz work with the server stopped', async ({ page }, testInfo) => {
  const site = await serveApp('offline-deep-link');
  const watcher = new MultiWatcher([site.baseURL]);
  await watcher.watch(page);
  const a = article(QUIZ_ARTICLE);

  await page.goto(`${site.baseURL}?article=${QUIZ_ARTICLE}`);
  await settled(page);
  await expect(page.locator('main#main article.article h1')).toHaveText(a.title);
  await waitForController(page);
  // Fetched before the worker took control: handed to it, with the index.
  await waitForCached(page, articleJson(site.baseURL, QUIZ_ARTICLE));
  await waitForCached(page, `${site.baseURL}content/index.json`);

  await site.kill();
  await expect(page.request.get(site.baseURL).catch((e: Error) => e.message)).resolves.toMatch(/ECONNREFUSED/);

  // A cold deep link with the server gone: the shell and the article come from the caches.
  await page.goto(`${site.baseURL}?article=${QUIZ_ARTICLE}&seed=42`);
  await settled(page);
  await expect(page.locator('main#main article.article h1')).toHaveText(a.title);
  await expect(page.locator('section#glossary')).toBeVisible();
  await expect(page.locator('.offline-indicator'), 'the failed refresh shows the offline line').toContainText("You're offline.");

  // The quiz works: start, answer, check, feedback.
  await quiz(page).getByRole('button', { name: /^Start (the|a new) quiz$/ }).click();
  await answer(page, true);
  await quiz(page).getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz(page).locator('.feedback-heading')).toBeVisible();

  // The index works too, and says what is and isn't available offline.
  await page.locator('main#main a.back-link').click();
  await settled(page);
  await expect(cards(page)).toHaveCount(indexEntries().length);
  const saved = cards(page).filter({ hasText: a.title });
  await expect(saved.locator('.offline-saved')).toHaveText(/Available offline/);
  const other = indexEntries().find((e) => e.id !== QUIZ_ARTICLE)!;
  const unsaved = cards(page).filter({ hasText: other.title });
  await expect(unsaved.locator('.offline-unavailable')).toHaveText('Not available offline');
  await expect(page.locator('button.save-offline'), 'nothing to save while offline').toHaveCount(0);
  await expectNoAxeViolations(page, testInfo, 'index offline (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, testInfo, 'index offline (dark)');
  await screenshot(page, testInfo, SCREENSHOTS, 'offline-index-1280-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 640 });
  await screenshot(page, testInfo, SCREENSHOTS, 'offline-index-320-light');
  await page.setViewportSize({ width: 1280, height: 900 });

  // An article never opened: says it is not available offline (not a generic error).
  watcher.allow(STOPPED);
  await unsaved.locator('h3 a').click();
  await expect(page.locator('main#main .error-state[role="alert"] h1')).toHaveText("The article isn't available offline");
  await expect(page.locator('main#main .error-state')).toContainText("You're offline");
  await expect(page.locator('main#main button.retry')).toBeVisible();
  await expectNoAxeViolations(page, testInfo, 'offline error');
  await screenshot(page, testInfo, SCREENSHOTS, 'offline-error-1280-light');
  await watcher.expectClean(page);
});

test('"Save for offline" on the index keeps an article never opened', async ({ page }) => {
  const site = await serveApp('offline-save');
  const watcher = new MultiWatcher([site.baseURL]);
  await watcher.watch(page);
  const target = indexEntries().find((e) => e.id !== QUIZ_ARTICLE)!;

  await page.goto(site.baseURL);
  await settled(page);
  await waitForController(page);
  const card = cards(page).filter({ hasText: target.title });
  const button = card.getByRole('button', { name: `Save for offline: ${target.title}` });
  await expect(button).toBeVisible();
  await button.click();
  await expect(card.locator('.offline-saved')).toHaveText(/Available offline/);
  await expect(card.locator('.offline-saved'), 'focus stays on the card').toBeFocused();
  await waitForCached(page, articleJson(site.baseURL, target.id));

  await site.kill();
  await page.goto(`${site.baseURL}?article=${target.id}`);
  await settled(page);
  await expect(page.locator('main#main article.article h1')).toHaveText(target.title);
  await watcher.expectClean(page);
});

test('a worker that never answers: "Save for offline" gives up after a while and can be tried again', async ({ page }) => {
  // A worker that takes control and then ignores every message from the page.
  const silent = [
    "self.addEventListener('install', () => self.skipWaiting());",
    "self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));",
    "self.addEventListener('message', () => {});",
  ].join('\n');
  const site = await serveApp('offline-silent-worker', {
    prepare: (dir) => fs.writeFileSync(path.join(dir, 'sw.js'), silent),
  });
  const watcher = new MultiWatcher([site.baseURL]);
  await watcher.watch(page);
  const target = indexEntries()[0];

  await page.goto(site.baseURL);
  await settled(page);
  await waitForController(page);
  const card = cards(page).filter({ hasText: target.title });
  const button = card.getByRole('button', { name: `Save for offline: ${target.title}` });
  await button.click();
  await expect(card.locator('.save-status')).toHaveText('Saving for offline…');
  await expect(button).toBeDisabled();
  // The app waits 10 s for an answer, then says so and lets the reader retry.
  await expect(button, 'usable again once the request times out').toBeEnabled({ timeout: 20_000 });
  await expect(card.locator('.save-status')).toHaveText(/^Couldn't save it: the offline store didn't answer\./);
  await expect(card.locator('.offline-saved')).toHaveCount(0);
  await button.click();
  await expect(button, 'a second try starts again').toBeDisabled();
  await watcher.expectClean(page);
  await site.kill();
});

test('without a service worker (sw.js missing) the app stays online-only, quietly', async ({ page }) => {
  const site = await serveApp('offline-no-worker', {
    prepare: (dir) => fs.rmSync(path.join(dir, 'sw.js')),
  });
  const watcher = new MultiWatcher([site.baseURL]);
  await watcher.watch(page);
  // Chromium's own report of the failed registration; the app adds nothing.
  watcher.allow(/^A bad HTTP response code \(404\) was received when fetching the script\.$/);
  await page.goto(site.baseURL);
  await settled(page);
  await expect(cards(page)).toHaveCount(indexEntries().length);
  // Give a registration time to fail.
  await page.waitForTimeout(1500);
  await expect(page.locator('.offline-actions')).toHaveCount(indexEntries().length);
  await expect(page.locator('button.save-offline, .offline-mark')).toHaveCount(0);
  await expect(page.locator('.update-banner, .offline-indicator')).toHaveCount(0);
  await watcher.expectClean(page);
  await site.kill();
});

test('installable under a sub-path: manifest, icons, start_url and scope', async ({}, testInfo) => {
  const site = await serveApp('offline-install');
  // Installability is not reported for incognito-like contexts: use a profile.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: testInfo.project.use.launchOptions?.executablePath,
    args: testInfo.project.use.launchOptions?.args,
  });
  try {
    const page = await context.newPage();
    await page.goto(site.baseURL);
    await settled(page);
    await waitForController(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: unknown[];
      data: string;
      parsed?: { scope?: string };
    };
    expect(manifest.url).toBe(`${site.baseURL}manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    // Relative start_url and scope resolve to the app's own directory.
    const data = JSON.parse(manifest.data) as { start_url: string; scope: string };
    expect(new URL(data.start_url, manifest.url).href).toBe(site.baseURL);
    expect(new URL(data.scope, manifest.url).href).toBe(site.baseURL);
    if (manifest.parsed?.scope) expect(manifest.parsed.scope).toBe(site.baseURL);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    for (const size of ['192', '512']) {
      const res = await page.request.get(`${site.baseURL}icons/icon-${size}.png`);
      expect(res.headers()['content-type']).toBe('image/png');
    }
  } finally {
    await context.close();
    await site.kill();
  }
});

test('pre-rendered pages: one opened is read offline in place; another falls back to the shell and says so', async ({ page }) => {
  const site = await serveApp('offline-pages');
  const watcher = new MultiWatcher([site.baseURL]);
  watcher.allow(STOPPED);
  await watcher.watch(page);
  const a = article(QUIZ_ARTICLE);
  const other = indexEntries().find((e) => e.id !== QUIZ_ARTICLE)!;

  // The first visit installs the worker; the second is the one it serves and keeps.
  await page.goto(`${site.baseURL}articles/${QUIZ_ARTICLE}/`);
  await settled(page);
  await waitForController(page);
  await page.reload();
  await settled(page);
  // The article inside the page is kept like a fetched one (the index can open it offline).
  await waitForCached(page, articleJson(site.baseURL, QUIZ_ARTICLE));

  await site.kill();
  await expect(page.request.get(site.baseURL).catch((e: Error) => e.message)).resolves.toMatch(/ECONNREFUSED/);

  // The page itself, cold, from the pages cache: real HTML, hydrated, tips work.
  await page.goto(`${site.baseURL}articles/${QUIZ_ARTICLE}/#glossary`);
  await settled(page);
  expect(new URL(page.url()).pathname.endsWith(`/articles/${QUIZ_ARTICLE}/`)).toBe(true);
  await expect(page.locator('main#main article.article h1')).toHaveText(a.title);
  const term = page.locator('.term-button').first();
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');

  // A page never opened: the shell renders it from the content cache, or says it isn't saved.
  await page.goto(`${site.baseURL}articles/${other.id}/`);
  await settled(page);
  await expect(page.locator('main#main h1')).toHaveText("The article isn't available offline");
  await watcher.expectClean(page);
});

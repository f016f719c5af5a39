// The release build under the strict Content Security Policy it emits
// (`_headers`, applied by the test server as Netlify/Cloudflare do, plus the
// same policy in a <meta>): every page and feature, zero violations.
import crypto from 'node:crypto';

import { expect, test } from '@playwright/test';

import { cards, settled } from '../../support/app';
import { MultiWatcher, waitForController } from '../../support/offline';
import { QUIZ_ARTICLE, takeQuiz } from '../../support/quiz';
import { serveApp } from '../../support/server';

test.use({ serviceWorkers: 'allow' });
test.setTimeout(120_000);

const policy = (hashes: string) =>
  new RegExp(
    `^default-src 'none'; script-src 'self' ${hashes}'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'$`,
  );
/** A page's own policy: the hashes of its two inline scripts (display settings, loader). */
const POLICY = policy("(?:'sha256-[A-Za-z0-9+/]{43}=' ){2}");
/**
 * The header's: the settings script and the loader of every page (it climbs
 * by depth, so 1–4 loaders), and the author preview's own loader.
 */
// One hash per distinct inline script of any page: the boot script (the
// reader's and the author preview's differ) and the module loader at each
// page depth.
const HEADER_POLICY = policy("(?:'sha256-[A-Za-z0-9+/]{43}=' ){2,8}");

/** Inline scripts the browser runs (the JSON data block is inert and not hashed). */
function executableScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/json"/.test(m[1]))
    .map((m) => m[2]);
}

test('every page\'s <meta> and the headers carry the documented policy, with the loaders\' hashes', async ({ request }) => {
  const site = await serveApp('csp-headers');
  let header = '';
  for (const path of ['', `articles/${QUIZ_ARTICLE}/`, 'progress/', 'preview/']) {
    const res = await request.get(site.baseURL + path);
    expect(res.status(), path).toBe(200);
    header = res.headers()['content-security-policy'] ?? '';
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta, path).toMatch(POLICY);
    // The hashes are the page's inline scripts' (the display settings
    // applied before the first paint, then the loader): what the browser computes.
    const scripts = executableScripts(html);
    expect(scripts, path).toHaveLength(2);
    expect(scripts[0], path).toContain('gloss:reading');
    for (const script of scripts) {
      const hash = `'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`;
      expect(meta, path).toContain(hash);
      expect(header, `the header allows ${path || 'the root'}'s inline scripts`).toContain(hash);
    }
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  }
  expect(header.endsWith('; frame-ancestors *'), 'the header adds frame-ancestors, which <meta> cannot carry').toBe(true);
  expect(header.replace(/; frame-ancestors \*$/, '')).toMatch(HEADER_POLICY);
  await site.kill();
});

test('every page and feature runs with zero CSP violations', async ({ page, context }) => {
  const site = await serveApp('csp');
  const watcher = new MultiWatcher([site.baseURL]);
  await watcher.watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });

  // Index: search, category, the worker (worker-src, connect-src), "Save for offline".
  await page.goto(site.baseURL);
  await settled(page);
  await page.getByLabel('Search articles').fill('coral');
  await expect(cards(page)).toHaveCount(1);
  await page.getByLabel('Search articles').fill('');
  await waitForController(page);
  await cards(page).first().getByRole('button', { name: /^Save for offline/ }).click();
  await expect(cards(page).first().locator('.offline-saved')).toBeVisible();

  // Article: glossary toggletip, key terms, the whole quiz, share panel and copying.
  await page.goto(`${site.baseURL}?article=${QUIZ_ARTICLE}&seed=3`);
  await settled(page);
  await page.locator('main .term-button').first().click();
  await expect(page.locator('main .tip-bubble').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await takeQuiz(page);
  await page.locator('.share-panel summary').click();
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.locator('.copy-status')).toHaveText('Embed code copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('data-gloss-embed');

  // Display settings, applied on the next load by the hashed inline script
  // before the app starts (a refused script would be a violation).
  await page.getByRole('button', { name: 'Display' }).click();
  await page.getByLabel('Sepia').check();
  await page.goto(`${site.baseURL}articles/${QUIZ_ARTICLE}/`);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
  await settled(page);

  // Pages the worker serves keep the policy headers.
  const fromWorker = await page.goto(`${site.baseURL}?view=progress`);
  expect(fromWorker?.fromServiceWorker(), 'served by the worker').toBe(true);
  expect(fromWorker?.headers()['content-security-policy']).toMatch(/^default-src 'none';.*; frame-ancestors \*$/);
  await settled(page);
  await page.goto(`${site.baseURL}?article=${QUIZ_ARTICLE}&embed=1&accent=%23005a9c&scale=1.2`);
  await settled(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('19.2px');

  await watcher.expectClean(page);

  // The check is not vacuous: an inline <style> is refused and reported.
  await page.evaluate(() => {
    const s = document.createElement('style');
    s.textContent = 'body { outline: 1px solid red; }';
    document.head.append(s);
  });
  await expect.poll(async () => (await MultiWatcher.violations(page)).join('\n')).toContain('style-src');
  await site.kill();
});

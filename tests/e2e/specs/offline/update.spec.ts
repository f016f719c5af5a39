// The update flow, with a real second build: the served copy is changed the
// way a deploy changes it (a new hashed CSS file replaces the old one, the
// page changes) and `cargo xtask postbuild` regenerates the CSP and the
// precache manifest. The new version must wait, be announced, survive a
// plain reload without mixing files, and take over only on "Reload".
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { expectNoAxeViolations, settled } from '../../support/app';
import { MultiWatcher, cacheNames, screenshot, waitForController } from '../../support/offline';
import { SCREENSHOTS } from '../../support/paths';
import { postbuild, serveApp } from '../../support/server';

test.use({ serviceWorkers: 'allow' });
// Each test starts its own servers and browses several pages (with axe): allow for slow CI.
test.setTimeout(120_000);

interface Build {
  css: string;
  version: string;
}

function currentBuild(appDir: string): Build {
  const html = fs.readFileSync(path.join(appDir, 'index.html'), 'utf8');
  const css = /href="\.\/(main-[0-9a-f]+\.css)"/.exec(html)?.[1];
  const version = /version: "([0-9a-f]{16})"/.exec(fs.readFileSync(path.join(appDir, 'sw.js'), 'utf8'))?.[1];
  if (!css || !version) throw new Error('served copy has no hashed CSS or no precache version');
  return { css, version };
}

/** Every `index.html` of a served copy: the root and the pre-rendered pages. */
function pages(appDir: string): string[] {
  const out = [path.join(appDir, 'index.html')];
  for (const sub of ['articles', 'progress']) {
    const dir = path.join(appDir, sub);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (path.basename(f) === 'index.html') out.push(path.join(dir, f));
    }
  }
  return out;
}

/** Turns the served copy into "version 2": new CSS under a new hashed name (old one deleted), a marked page. */
function deployV2(appDir: string): Build {
  const v1 = currentBuild(appDir);
  const cssText = fs.readFileSync(path.join(appDir, v1.css), 'utf8') + '\n:root { --gloss-build: "v2"; }\n';
  const cssName = `main-${crypto.createHash('sha256').update(cssText).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(appDir, cssName), cssText);
  fs.rmSync(path.join(appDir, v1.css));
  const sri = `sha384-${crypto.createHash('sha384').update(cssText).digest('base64')}`;
  // Every page of the build: the root and the pre-rendered ones below it
  // (whose URLs climb with ../), as a real deploy replaces them all.
  for (const file of pages(appDir)) {
    const html = fs
      .readFileSync(file, 'utf8')
      .replace(new RegExp(`href="(\\./|(?:\\.\\./)+)${v1.css}" integrity="[^"]+"`), `href="$1${cssName}" integrity="${sri}"`)
      .replace('<meta name="gloss:content-base"', '<meta name="gloss:build" content="v2" />\n    <meta name="gloss:content-base"');
    fs.writeFileSync(file, html);
  }
  postbuild(appDir);
  const v2 = currentBuild(appDir);
  expect(v2.css).toBe(cssName);
  expect(v2.version, 'postbuild wrote a new precache version').not.toBe(v1.version);
  return v2;
}

async function buildMark(page: Page): Promise<{ meta: number; cssVar: string; styled: boolean }> {
  return page.evaluate(() => ({
    meta: document.querySelectorAll('meta[name="gloss:build"]').length,
    cssVar: getComputedStyle(document.documentElement).getPropertyValue('--gloss-build').trim(),
    // The stylesheet really applied (v1's file is gone from the server by then).
    styled: getComputedStyle(document.body).display === 'flex',
  }));
}

test('a new version waits, is announced, never mixes with the old one, and takes over on "Reload"', async ({ page, context }, testInfo) => {
  const site = await serveApp('update');
  const watcher = new MultiWatcher([site.baseURL]);
  await watcher.watch(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));

  await page.goto(`${site.baseURL}?article=coral-reef-bleaching`);
  await settled(page);
  await waitForController(page);
  const v1 = currentBuild(site.dir);
  await expect.poll(() => cacheNames(page)).toContain(`gloss-shell ${site.baseURL} ${v1.version}`);

  const v2 = deployV2(site.dir);
  // The browser checks sw.js on navigations and when asked; ask now.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg?.update();
  });
  const banner = page.locator('.update-region .update-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('A new version of Gloss is available.');
  await expect(page.locator('.update-region')).toHaveAttribute('role', 'status');
  expect(await buildMark(page), 'still version 1').toEqual({ meta: 0, cssVar: '', styled: true });
  await expectNoAxeViolations(page, testInfo, 'update banner (light)');
  await screenshot(page, testInfo, SCREENSHOTS, 'update-banner-1280-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, testInfo, 'update banner (dark)');
  await page.setViewportSize({ width: 320, height: 640 });
  await screenshot(page, testInfo, SCREENSHOTS, 'update-banner-320-dark');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });

  // A plain reload keeps version 1 whole: its CSS comes from the cache (the
  // server no longer has it) and nothing of version 2 is fetched.
  requested.length = 0;
  await page.reload();
  await settled(page);
  expect(await buildMark(page), 'a plain reload stays on version 1').toEqual({ meta: 0, cssVar: '', styled: true });
  expect(requested.filter((u) => u.endsWith(v2.css)), 'no version-2 file').toEqual([]);
  await expect(banner, 'the waiting version is announced again').toBeVisible();

  // A second tab of version 1 learns that another tab applied the update.
  const other = await context.newPage();
  await watcher.watch(other);
  await other.goto(site.baseURL);
  await settled(other);

  // "Reload": the new worker takes over, the page reloads on version 2.
  requested.length = 0;
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  await settled(page);
  expect(await buildMark(page), 'version 2 after "Reload"').toEqual({ meta: 1, cssVar: '"v2"', styled: true });
  expect(requested.filter((u) => u.endsWith(v1.css)), 'no version-1 file').toEqual([]);
  await expect(banner).toHaveCount(0);
  const shells = (await cacheNames(page)).filter((n) => n.startsWith(`gloss-shell ${site.baseURL} `));
  expect(shells, 'the old shell cache is deleted').toEqual([`gloss-shell ${site.baseURL} ${v2.version}`]);
  await expect(other.locator('.update-region .update-banner'), 'the other tab is told').toBeVisible();
  expect((await buildMark(other)).meta, 'and is not reloaded under the reader').toBe(0);

  await watcher.expectClean(page);
  await site.kill();
});

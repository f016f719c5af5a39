// Static-first pages (issue #10): every page is real HTML before the
// WebAssembly arrives, readable with JavaScript off, and the app attaches to
// it (hydration) instead of rendering it again.
import type { Page, Route } from '@playwright/test';

import { cards, expectNoAxeViolations, searchParams, settled } from '../../support/app';
import { article, indexEntries, sectionHeading } from '../../support/content';
import { expect, test } from '../../support/fixtures';

const entries = indexEntries();
const SAMPLE = entries[entries.length - 1];
const TWO = entries.find((e) => article(e.id).versions.length > 1);

/** Holds every wasm request until `release()` is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/*.wasm', async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the index lists every article as a link to its page', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('h1')).toHaveText('Explained news');
    for (const e of entries) {
      const link = page.locator(`a[href="articles/${e.id}/"]`).first();
      await expect(link, e.id).toHaveText(e.title);
    }
    await expect(page.locator('#boot')).toHaveCount(0);
  });

  test('an article shows every section, its attachments, versions and key terms', async ({ page }) => {
    const a = article((TWO ?? SAMPLE).id);
    await page.goto(`articles/${a.id}/`);
    await expect(page.locator('h1')).toHaveText(a.title);
    for (const s of a.versions[0].sections) {
      await expect(page.getByRole('heading', { level: 2, name: sectionHeading(s), exact: true })).toBeVisible();
    }
    for (const att of a.attachments ?? []) {
      await expect(page.locator(`a[href="${att.url}"]`).first()).toBeVisible();
    }
    if (a.versions.length > 1) {
      const links = page.locator('.audience-switch a');
      await expect(links).toHaveCount(a.versions.length);
      await expect(links.nth(1)).toHaveAttribute('href', `../../articles/${a.id}/${a.versions[1].id}/`);
      await links.nth(1).click();
      await expect(page).toHaveURL(new RegExp(`/articles/${a.id}/${a.versions[1].id}/$`));
      await expect(page.locator('.audience-switch [aria-current="page"]')).toHaveText(a.versions[1].audience);
      await page.goBack();
    }
    const keyTerms = page.locator('#glossary dt');
    await expect(keyTerms).toHaveCount(a.glossary.length);
    const note = page.locator('#quiz noscript.quiz-needs-js');
    await expect(note).toHaveCount(a.quiz ? 1 : 0);
    if (a.quiz) {
      await expect(note).toBeVisible();
      expect(await note.textContent()).toContain('This quiz needs JavaScript.');
    }
  });

  test('a term in the text opens its definition without JavaScript', async ({ page }) => {
    const a = article(SAMPLE.id);
    await page.goto(`articles/${a.id}/`);
    const button = page.locator('.term-button').first();
    const target = await button.getAttribute('popovertarget');
    expect(target).toBeTruthy();
    const popover = page.locator(`[id="${target}"]`);
    await expect(popover).toBeHidden();
    await button.click();
    await expect(popover).toBeVisible();
    await expect(popover.locator('.tip-term')).not.toHaveText('');
    const more = popover.locator('a.tip-more');
    const href = (await more.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#term-/);
    await expect(page.locator(href)).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  });
});

for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
  test(`nothing moves when the app starts on an article (${viewport.width} px)`, async ({ page }) => {
    // The controls only the app can run (Display, Print, Listen) keep their
    // place from the first paint; the app shows them.
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) w.__shift += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`articles/${indexEntries()[0].id}/`);
    await settled(page);
    await expect(page.locator('.print-actions')).toBeVisible();
    await expect(page.locator('header .display-toggle')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThanOrEqual(0.01);
  });
}

test('hydration keeps the pre-rendered nodes, and tips and the quiz work after', async ({ page }, testInfo) => {
  const hydrationMessages: string[] = [];
  page.on('console', (m) => {
    if (/hydrat/i.test(m.text())) hydrationMessages.push(m.text());
  });
  const release = await holdWasm(page);
  await page.goto(`articles/${SAMPLE.id}/`);
  await expect(page.locator('h1')).toHaveText(article(SAMPLE.id).title);
  // Before the app: readable, and accessible.
  await expectNoAxeViolations(page, testInfo, 'before-hydration');
  await page.evaluate(() => {
    (window as unknown as { marked: Element[] }).marked = [
      document.querySelector('h1')!,
      document.querySelector('.article-body p')!,
      document.querySelector('.term-button')!,
    ];
  });
  release();
  await settled(page);
  const same = await page.evaluate(() => {
    const m = (window as unknown as { marked: Element[] }).marked;
    return [
      m[0] === document.querySelector('h1'),
      m[1] === document.querySelector('.article-body p'),
      m[2] === document.querySelector('.term-button'),
    ];
  });
  expect(same, 'the same DOM nodes after hydration').toEqual([true, true, true]);
  expect(hydrationMessages).toEqual([]);
  await expectNoAxeViolations(page, testInfo, 'after-hydration');
  // The app's own toggletip replaces the native popover.
  const button = page.locator('.term-button').first();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.tip-bubble')).toBeVisible();
  await expect(page.locator('.tip-popover:popover-open')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  if (article(SAMPLE.id).quiz) {
    await page.getByRole('button', { name: /start/i }).first().click();
    await expect(page.locator('#quiz-question-heading')).toBeVisible();
  }
});

test('the index hydrates, applies the filters in the address, and moves between pages client-side', async ({ page }) => {
  const word = SAMPLE.title.split(/\s+/).find((w) => w.length > 5) ?? SAMPLE.title;
  await page.goto(`./?q=${encodeURIComponent(word)}`);
  await settled(page);
  await expect(page.locator('#search')).toHaveValue(word);
  await expect(cards(page).filter({ hasText: SAMPLE.title })).toHaveCount(1);
  await page.goto('./');
  await settled(page);
  let documents = 0;
  page.on('framenavigated', () => documents++);
  await page.locator(`a[href="articles/${SAMPLE.id}/"]`).first().click();
  await expect(page.locator('h1')).toHaveText(SAMPLE.title);
  expect(searchParams(page).get('article')).toBe(SAMPLE.id);
  // Links now climb from the article's directory; the icon still loads.
  await expect(page.locator('.back-link')).toHaveAttribute('href', '../../');
  await page.goBack();
  await expect(cards(page)).toHaveCount(entries.length);
  expect(documents, 'no full page loads').toBeLessThanOrEqual(2);
});

test('old ?article= links open their article and take its own address, keeping the fragment', async ({ page }) => {
  const a = TWO ? article(TWO.id) : article(SAMPLE.id);
  const v = a.versions[a.versions.length - 1].id;
  await page.goto(`./?article=${a.id}&v=${v}#glossary`);
  await settled(page);
  await expect(page.locator('h1')).toHaveText(a.title);
  const url = new URL(page.url());
  const tail = `articles/${a.id}/${v}/`;
  expect(url.pathname.endsWith(`/${tail}`), url.href).toBe(true);
  expect(url.search).toBe('');
  expect(url.hash).toBe('#glossary');
  // The address it took is a real page: reloading shows the same article.
  await page.reload();
  await settled(page);
  await expect(page.locator('h1')).toHaveText(a.title);
});

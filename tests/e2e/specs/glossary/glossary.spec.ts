// Glossary toggletips and the key-terms section (issue #3), driven like a
// reader would: keyboard, taps, narrow screens, zoom, scrolling, axe-core.
import { type Locator, type Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { ensureDir, expectNoAxeViolations, open, screenshotPath } from '../../support/app';
import { REPO } from '../../support/paths';

const ARTICLE = '?article=ai-distillation-dispute';
const SHOTS = ensureDir(`${REPO}/reports/screenshots`);

const terms = (page: Page) => page.locator('main .term-button');
const bubble = (page: Page) => page.locator('main .tip-bubble');

/** The live region a term button controls. */
async function controlled(page: Page, button: Locator): Promise<Locator> {
  const id = await button.getAttribute('aria-controls');
  expect(id, 'every term names the region it controls').toBeTruthy();
  const region = page.locator(`[id="${id}"]`);
  await expect(region, 'aria-controls resolves to exactly one element').toHaveCount(1);
  await expect(region).toHaveAttribute('role', 'status');
  return region;
}

test.describe('glossary toggletips', () => {
  test('keyboard only: Enter and Space toggle, Escape closes and keeps focus', async ({ page }) => {
    await open(page, ARTICLE);
    const term = terms(page).first();
    const region = await controlled(page, term);
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await expect(region).toBeEmpty();

    await term.focus();
    await page.keyboard.press('Enter');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(region.locator('.tip-bubble')).toBeVisible();
    await expect(region).toContainText(/\w{3,}/);
    await expect(term).toBeFocused();

    await page.keyboard.press('Space');
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await expect(bubble(page)).toHaveCount(0);

    await page.keyboard.press('Enter');
    await expect(bubble(page)).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(region.locator('a.tip-more')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(bubble(page)).toHaveCount(0);
    await expect(term, 'Escape from inside the bubble returns focus to the term').toBeFocused();
  });

  test('one open at a time; a click outside closes; the glossary link resolves', async ({ page }) => {
    await open(page, ARTICLE);
    // Two terms far apart (an open bubble may cover the lines below it).
    const first = terms(page).nth(0);
    const second = page.locator('main .article-section').nth(3).locator('.term-button').first();
    await first.click();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    const more = bubble(page).locator('a.tip-more');
    const target = (await more.getAttribute('href')) ?? '';
    expect(target).toMatch(/^#term-/);
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);

    await second.click();
    await expect(second).toHaveAttribute('aria-expanded', 'true');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await expect(bubble(page)).toHaveCount(1);

    await page.locator('main h1').click();
    await expect(bubble(page)).toHaveCount(0);
    await expect(second).toHaveAttribute('aria-expanded', 'false');
  });

  test('terms never sit inside links, and each term is a tip once per section', async ({ page }) => {
    await open(page, ARTICLE);
    await expect(page.locator('main a .term-button')).toHaveCount(0);
    expect(await terms(page).count()).toBeGreaterThan(5);
    const perSection = await page.evaluate(() =>
      [...document.querySelectorAll('main .article-section')].map((s) => {
        const words = [...s.querySelectorAll('.term-button')].map((b) => (b.textContent ?? '').toLowerCase());
        return words.length - new Set(words).size;
      }),
    );
    expect(perSection.every((dupes) => dupes === 0), 'no term spelled the same twice in a section').toBe(true);
  });

  for (const [width, height, label] of [
    [320, 640, 'narrow'],
    [640, 450, 'zoom-200'],
    [1280, 900, 'wide'],
  ] as const) {
    test(`bubble stays in the viewport and below the term (${label})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // No entry animation, so measurements are of the settled layout.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, ARTICLE);
      const count = await terms(page).count();
      for (const i of [0, Math.floor(count / 2), count - 1]) {
        const term = terms(page).nth(i);
        await term.scrollIntoViewIfNeeded();
        await term.click();
        const b = await bubble(page).boundingBox();
        const t = await term.boundingBox();
        expect(b && t).toBeTruthy();
        if (!b || !t) return;
        expect(b.x, 'left edge inside the viewport').toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, 'right edge inside the viewport').toBeLessThanOrEqual(width);
        expect(b.y, 'the bubble starts below the term, never covering it').toBeGreaterThanOrEqual(t.y + t.height - 1);
        await term.click();
      }
      const term = terms(page).first();
      await term.scrollIntoViewIfNeeded();
      await term.click();
      await page.screenshot({ path: screenshotPath(SHOTS, `tip-open-${label}`) });
      const before = await bubble(page).boundingBox();
      const termBefore = await term.boundingBox();
      await page.mouse.wheel(0, 60);
      await expect.poll(async () => (await term.boundingBox())?.y).not.toBe(termBefore?.y);
      const after = await bubble(page).boundingBox();
      const termAfter = await term.boundingBox();
      expect(after!.y - termAfter!.y, 'the bubble moves with the text').toBeCloseTo(before!.y - termBefore!.y, 0);
    });
  }

  test('text around terms can still be selected and copied', async ({ page }) => {
    await open(page, ARTICLE);
    const term = terms(page).first();
    expect(await term.evaluate((el) => getComputedStyle(el).userSelect)).toBe('text');
    const selected = await term.evaluate((el) => {
      const p = el.closest('p') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(p);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return { text: sel.toString(), term: el.textContent ?? '' };
    });
    expect(selected.text).toContain(selected.term);
    expect(selected.text.length).toBeGreaterThan(selected.term.length + 20);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core with a tip open (${colorScheme})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await open(page, ARTICLE);
      await terms(page).first().click();
      await expect(bubble(page)).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `tip-open-${colorScheme}`);
    });
  }
});

test.describe('key terms section', () => {
  test('alphabetical, collapsible, addressable, with a way back to the text', async ({ page }) => {
    await open(page, ARTICLE);
    const section = page.locator('section#glossary');
    const names = (await section.locator('dt').allTextContents()).map((t) => t.trim().toLowerCase());
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const ids = await section.locator('dt').evaluateAll((dts) => dts.map((d) => d.id));
    expect(ids.every((id) => /^term-[a-z0-9-]+$/.test(id))).toBe(true);

    const toggle = section.locator('h2 button');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(section.locator('dl')).toBeHidden();

    // Following a tip's link to its entry opens the section again.
    await terms(page).first().click();
    await bubble(page).locator('a.tip-more').click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const hash = new URL(page.url()).hash;
    await expect(page.locator(`dt[id="${hash.slice(1)}"]`)).toBeInViewport();

    // Every "back" link leads to a term in the text.
    const backs = section.locator('a.back-to-text');
    expect(await backs.count()).toBeGreaterThan(0);
    for (const href of await backs.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      await expect(page.locator(`[id="${href.slice(1)}"] .term-button`), `${href} points at a term in the text`).toHaveCount(1);
    }
  });

  test('a deep link to a term opens at that entry', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await open(page, ARTICLE);
    const id = await page.locator('section#glossary dt').nth(3).getAttribute('id');
    await open(page, `${ARTICLE}#${id}`);
    await expect(page.locator(`dt[id="${id}"]`)).toBeInViewport();
  });
});

test('terms the reader opened are marked in the key terms, and remembered', async ({ page }) => {
  await open(page, ARTICLE);
  const term = terms(page).first();
  await term.click();
  const href = (await bubble(page).locator('a.tip-more').getAttribute('href')) ?? '';
  const entry = page.locator(`section#glossary dt[id="${href.slice(1)}"]`);
  await expect(entry.locator('.opened-mark')).toHaveText('You looked this up');
  await expect(page.locator('section#glossary .opened-mark')).toHaveCount(1);
  // Saved right after the next paint (not during the click).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gloss:progress') ?? '')).toContain(href.slice(1));

  await page.reload();
  await page.locator('main#main:not([aria-busy="true"])').waitFor();
  await expect(page.locator(`section#glossary dt[id="${href.slice(1)}"] .opened-mark`)).toHaveCount(1);
});

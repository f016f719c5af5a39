// Reading comfort: the header's "Display" settings (text size, line and
// letter spacing, font, colours). They live on <html data-*>, are kept on
// the device, and are applied by the inline boot script before the first
// paint, so a pre-rendered page never shows the default first.
import { type Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { indexEntries } from '../../support/content';
import { articleRoot, expectNoAxeViolations, expectNoHorizontalScroll, open, settled } from '../../support/app';
import { blockLocalStorage, fillQuota } from '../../support/quiz';

const KEY = 'gloss:reading';
const ARTICLE = indexEntries()[0].id;
const NARROW = { width: 320, height: 640 };
const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;

const toggle = (page: Page) => page.getByRole('button', { name: 'Display' });
const panel = (page: Page) => page.getByRole('region', { name: 'Display settings' });

async function choose(page: Page, group: string, label: string): Promise<void> {
  await panel(page).getByRole('group', { name: group }).getByLabel(label, { exact: true }).check();
}

async function rootAttrs(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const k of ['size', 'line', 'spacing', 'font', 'theme']) {
      const v = document.documentElement.getAttribute(`data-${k}`);
      if (v !== null) out[k] = v;
    }
    return out;
  });
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const rootFontPx = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodyColour = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function seed(page: Page, value: object): Promise<void> {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, JSON.stringify(value)],
  );
}

test('the panel opens from the header, applies each choice at once, keeps it, and resets', async ({ page }) => {
  await open(page, `articles/${ARTICLE}/`);
  const base = await rootFontPx(page);
  await expect(panel(page)).toBeHidden();
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page)).toBeVisible();
  // The defaults are checked once the panel is open.
  await expect(panel(page).getByLabel('100%')).toBeChecked();
  await expect(panel(page).getByLabel('Same as my device')).toBeChecked();

  await choose(page, 'Text size', '150%');
  await choose(page, 'Line spacing', 'Wider');
  await choose(page, 'Letter and word spacing', 'Wider');
  await choose(page, 'Font', 'Serif');
  await choose(page, 'Colours', 'Sepia');
  expect(await rootAttrs(page)).toEqual({ size: '150', line: 'wider', spacing: 'wider', font: 'serif', theme: 'sepia' });
  expect(await rootFontPx(page)).toBeCloseTo(base * 1.5, 1);
  expect(await bodyColour(page)).toBe('rgb(244, 236, 216)');
  const body = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('main p')!);
    return { letter: parseFloat(s.letterSpacing), word: parseFloat(s.wordSpacing), size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) };
  });
  // WCAG 1.4.12's values at the widest.
  expect(body.letter).toBeCloseTo(body.size * 0.12, 0);
  expect(body.word).toBeCloseTo(body.size * 0.16, 0);
  expect(body.line).toBeGreaterThanOrEqual(body.size * 1.5);
  expect(JSON.parse((await stored(page))!)).toEqual({ v: 1, size: '150', line: 'wider', spacing: 'wider', font: 'serif', theme: 'sepia' });

  // Kept across a reload, and across pages.
  await page.reload();
  await settled(page);
  expect(await rootAttrs(page)).toMatchObject({ size: '150', theme: 'sepia' });
  await page.locator('main .back-link').click();
  await settled(page);
  expect(await rootAttrs(page)).toMatchObject({ size: '150', theme: 'sepia' });
  await toggle(page).click();
  await expect(panel(page).getByLabel('150%')).toBeChecked();
  await expect(panel(page).getByLabel('Sepia')).toBeChecked();

  await panel(page).getByRole('button', { name: 'Reset to defaults' }).click();
  expect(await rootAttrs(page)).toEqual({});
  expect(await stored(page)).toBeNull();
  expect(await rootFontPx(page)).toBeCloseTo(base, 1);
  await expect(panel(page).getByLabel('100%')).toBeChecked();
});

test('works by keyboard: Escape and "Done" close the panel and return focus to its button', async ({ page }) => {
  await open(page, './');
  await toggle(page).focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(panel(page).getByLabel('100%')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).getByLabel('125%')).toBeChecked();
  expect(await rootAttrs(page)).toEqual({ size: '125' });
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(toggle(page)).toBeFocused();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await panel(page).getByRole('button', { name: 'Done' }).click();
  await expect(panel(page)).toBeHidden();
  await expect(toggle(page)).toBeFocused();
});

test('stored settings are on <html> before the app runs (no flash), even if the app never starts', async ({ page }) => {
  await seed(page, { v: 1, size: '200', theme: 'contrast', font: 'readable' });
  // No WebAssembly at all: only the inline boot script can have done it.
  await page.route('**/*.wasm', () => {}); // never answered: the app cannot start
  await page.goto(`articles/${ARTICLE}/`);
  await expect(articleRoot(page)).toBeVisible();
  expect(await rootAttrs(page)).toEqual({ size: '200', theme: 'contrast', font: 'readable' });
  expect(await bodyColour(page)).toBe('rgb(0, 0, 0)');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-gloss-ready'))).toBe(false);
  // Without the app the button would do nothing, so it is not shown.
  await expect(toggle(page)).toBeHidden();
});

test('hostile stored values are ignored by the boot script and by the app', async ({ page }) => {
  await seed(page, { v: 1, size: '999', theme: 'x" onload="alert(1)', font: 'serif', 'data-gloss-ready': '1', onclick: 'x', line: ['wider'] });
  await page.route('**/*.wasm', () => {}); // never answered: the app cannot start
  await page.goto(`articles/${ARTICLE}/`);
  await expect(articleRoot(page)).toBeVisible();
  // The boot script copies only known names with short plain values (the
  // stylesheet ignores a size it does not know)...
  expect(await rootAttrs(page)).toEqual({ size: '999', font: 'serif', line: 'wider' });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('onclick'))).toBe(false);
  await page.unroute('**/*.wasm');
  // ...and the app keeps only the values it knows.
  await open(page, `articles/${ARTICLE}/`);
  expect(await rootAttrs(page)).toEqual({ font: 'serif' });
  await toggle(page).click();
  await expect(panel(page).getByLabel('100%')).toBeChecked();
  await expect(panel(page).getByLabel('Serif')).toBeChecked();
  await choose(page, 'Colours', 'Dark');
  expect(await rootAttrs(page)).toEqual({ font: 'serif', theme: 'dark' });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('onclick'))).toBe(false);
});

test('settings follow a change made in another tab', async ({ page, context }) => {
  await open(page, './');
  const other = await context.newPage();
  await open(other, `articles/${ARTICLE}/`);
  await toggle(other).click();
  await choose(other, 'Colours', 'High contrast');
  await expect.poll(() => rootAttrs(page)).toEqual({ theme: 'contrast' });
  await other.close();
});

for (const [how, script] of [
  ['blocked', blockLocalStorage],
  ['full', fillQuota],
] as const) {
  test(`${how} storage: choices still apply to the page, and the panel says they won't be kept`, async ({ page }) => {
    await page.addInitScript(script);
    await open(page, `articles/${ARTICLE}/`);
    await toggle(page).click();
    await choose(page, 'Text size', '175%');
    expect(await rootAttrs(page)).toEqual({ size: '175' });
    await expect(panel(page).getByRole('status')).toContainText('these settings last only until you close this page');
    await expect(panel(page).getByLabel('175%')).toBeChecked();
  });
}

test.describe('every theme passes axe, light and dark devices alike', () => {
  for (const theme of THEMES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      if (theme !== 'system' && colorScheme === 'dark' && theme !== 'light') continue;
      test(`${theme} on a ${colorScheme} device`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await seed(page, { v: 1, theme });
        await open(page, `articles/${ARTICLE}/`);
        // An open toggletip and the open panel are checked too.
        await page.locator('main .term-button').first().click();
        await toggle(page).click();
        await expectNoAxeViolations(page, testInfo, `theme-${theme}-${colorScheme}`);
        await open(page, './');
        await expectNoAxeViolations(page, testInfo, `theme-${theme}-${colorScheme}-index`);
      });
    }
  }
});

test.describe('every setting at its maximum at 320 px', () => {
  test.use({ viewport: NARROW });
  const max = { v: 1, size: '200', line: 'wider', spacing: 'wider', font: 'readable', theme: 'contrast' };

  for (const where of ['./', `articles/${ARTICLE}/`, 'progress/']) {
    test(`${where}: nothing scrolls sideways, axe passes`, async ({ page }, testInfo) => {
      await seed(page, max);
      await open(page, where);
      await expectNoHorizontalScroll(page, NARROW.width);
      await toggle(page).click();
      await expectNoHorizontalScroll(page, NARROW.width);
      await expectNoAxeViolations(page, testInfo, `max-${where}`);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page shows no Display button it could not run', async ({ page }) => {
    await page.goto(`articles/${ARTICLE}/`);
    await expect(articleRoot(page)).toBeVisible();
    await expect(page.locator('#display-toggle')).toBeHidden();
    await expect(page.locator('#display-panel')).toBeHidden();
  });
});

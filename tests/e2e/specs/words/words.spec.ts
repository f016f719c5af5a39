// "My words" (issue #12): terms opened on an article join a list by article
// with their definitions; flashcard review on a Leitner schedule, by
// keyboard, with the due count on the index; export and import with the
// progress; blocked storage; axe on the page and during a review.
import fs from 'node:fs';

import { expect, test } from '../../support/fixtures';
import { expectNoAxeViolations, open, searchParams, settled } from '../../support/app';
import { article } from '../../support/content';
import { QUIZ_ARTICLE, STORAGE_KEY, blockLocalStorage, plain, seedBeforeLoad, storedText } from '../../support/quiz';
import type { Page } from '@playwright/test';

const ARTICLE = QUIZ_ARTICLE;
const glossary = article(ARTICLE).glossary ?? [];
const TITLE = article(ARTICLE).title;
const DAY = 86_400_000;
// Noon UTC, so a day forward is the next day in any test time zone near UTC.
const START = new Date('2026-12-01T12:00:00Z').getTime();

const notice = (page: Page) => page.locator('.notices aside.notice');
const status = (page: Page) => page.locator('.review-status');
const dueLink = (page: Page) => page.locator('main .words-due a');

/** The definition a glossary term should be listed with. */
function definitionOf(term: string): string {
  const entry = glossary.find((g) => g.term === term);
  if (!entry) throw new Error(`no glossary term ${term}`);
  return plain(entry.definition);
}

/** Opens the first `n` distinct terms of the article (by their tips) and closes each. */
async function openTerms(page: Page, n: number): Promise<void> {
  await open(page, `articles/${ARTICLE}/`);
  const buttons = page.locator('main .article-section .term-button');
  let opened = 0;
  const seen = new Set<string>();
  for (let i = 0; opened < n; i++) {
    const b = buttons.nth(i);
    const target = (await b.getAttribute('aria-controls')) ?? `${i}`;
    const text = ((await b.textContent()) ?? '').toLowerCase();
    if (seen.has(text)) continue;
    seen.add(text);
    await b.click();
    await expect(b).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    opened++;
    void target;
  }
}

async function goToWords(page: Page): Promise<void> {
  await page.locator('header').getByRole('link', { name: 'My words' }).click();
  await settled(page);
  await expect(page.locator('main h1')).toHaveText('My words');
}

/** The words listed on the page: [term, definition (without the schedule)]. */
async function listed(page: Page): Promise<[string, string][]> {
  const dts = await page.locator('.word-list dt').allTextContents();
  const dds = await page.locator('.word-list dd').evaluateAll((els) =>
    els.map((el) => (el.firstChild?.textContent ?? '').trim()),
  );
  return dts.map((t, i) => [t, dds[i]]);
}

async function storedWords(page: Page): Promise<Record<string, Record<string, any>>> {
  const text = await storedText(page, STORAGE_KEY);
  return text ? JSON.parse(text).words ?? {} : {};
}

test('opened terms are listed by article with their definitions; the index counts them', async ({ page, baseURL }) => {
  await page.clock.setFixedTime(START);
  await openTerms(page, 2);
  await expect.poll(async () => Object.keys((await storedWords(page))[ARTICLE] ?? {}).length).toBe(2);
  await goToWords(page);
  expect(page.url()).toBe(new URL('words/', baseURL).href);
  await expect(page.locator('header a[aria-current="page"]')).toHaveText('My words');
  await expect(page).toHaveTitle('My words · Gloss');
  await expect(page.locator('h3.word-article')).toHaveText([TITLE]);
  await expect(page.locator('h3.word-article a')).toHaveAttribute('href', `../articles/${ARTICLE}/`);
  const words = await listed(page);
  expect(words).toHaveLength(2);
  for (const [term, definition] of words) expect(definition).toBe(definitionOf(term));
  await expect(page.locator('.word-schedule')).toHaveText(['New · due today', 'New · due today']);
  await expect(page.locator('.words-empty')).toBeHidden();

  // The index's link says how many are due, on the line it always had.
  await page.goto('./');
  await settled(page);
  await expect(dueLink(page)).toHaveText('My words: 2 words due today');

  // The old query form opens the page at its own address.
  await open(page, '?view=words');
  await expect(page.locator('main h1')).toHaveText('My words');
  await expect.poll(() => page.url()).toBe(new URL('words/', baseURL).href);
  expect(searchParams(page).get('view')).toBeNull();
});

test('the pre-rendered index and page are neutral; the count fills in after hydration without moving anything', async ({ page, browser, baseURL }) => {
  const hydration: string[] = [];
  page.on('console', (m) => {
    if (/hydrat/i.test(m.text())) hydration.push(m.text());
  });
  await seedBeforeLoad(page, {
    [STORAGE_KEY]: JSON.stringify({
      version: 3,
      words: { [ARTICLE]: { 'term-polyp': { seen_at_ms: 1, term: 'Polyp', definition: 'A tiny animal.', title: TITLE } } },
    }),
  });
  const html = await (await page.request.get('./')).text();
  expect(html).toContain('<p class="words-due"><a href="words/"');
  expect(html).not.toMatch(/due today/);
  const wordsHtml = await (await page.request.get('words/')).text();
  expect(wordsHtml.replace(/<!>/g, '')).toContain('<h1>My words</h1>');
  expect(wordsHtml).not.toContain('Polyp');

  // Where the link and the search form sit in the HTML alone (no JavaScript)…
  const noJs = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const boxes = async (p: Page) =>
    Promise.all(['main .words-due', 'main form.filters'].map(async (s) => (await p.locator(s).boundingBox())!));
  let before;
  try {
    const plainPage = await noJs.newPage();
    await plainPage.goto('./');
    before = await boxes(plainPage);
  } finally {
    await noJs.close();
  }
  // …is where they are once the count is filled in.
  await open(page, './');
  await expect(dueLink(page)).toHaveText('My words: 1 word due today');
  const after = await boxes(page);
  // (The form's own height differs: without JavaScript it says search needs it.)
  for (const [i, b] of after.entries()) expect(b.y).toBeCloseTo(before[i].y, 0);
  expect(after[0].height).toBeCloseTo(before[0].height, 0);
  await open(page, 'words/');
  await expect(page.locator('.word-list dt')).toHaveText(['Polyp']);
  expect(hydration, 'no hydration warnings').toEqual([]);
});

test('review by keyboard: reveal, knew it / not yet, boxes move and the due count follows the days', async ({ page }, testInfo) => {
  await page.clock.setFixedTime(START);
  await openTerms(page, 2);
  await goToWords(page);
  await expect(page.locator('#review-summary')).toHaveText('2 words due today.');

  const start = page.getByRole('button', { name: 'Start review' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('1 of 2 · Box 1');
  await expect(page.locator('#card-term')).toBeFocused();
  const first = (await page.locator('#card-term').textContent()) ?? '';
  await expect(page.locator('#card-definition')).toBeHidden();
  await expectNoAxeViolations(page, testInfo, 'words-card');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show definition' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#card-definition')).toBeFocused();
  await expect(page.locator('#card-definition')).toHaveText(definitionOf(first));
  await expectNoAxeViolations(page, testInfo, 'words-revealed');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Knew it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Knew it: box 2. 2 of 2 · Box 1');
  await expect(page.locator('#card-term')).toBeFocused();
  const second = (await page.locator('#card-term').textContent()) ?? '';
  expect(second).not.toBe(first);

  // Each key waits for the focus it moves: a key pressed before the app has
  // moved focus lands on the element focus is leaving.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show definition' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#card-definition')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Knew it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Not yet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Not yet: back to box 1. Review finished.');
  await expect(page.locator('#review-summary')).toBeFocused();
  await expect(page.locator('#review-summary')).toHaveText('Review finished: you knew 1 of 2 words. Nothing to review today.');
  await expect(start).toBeHidden();

  const words = (await storedWords(page))[ARTICLE];
  const boxes = Object.values(words).map((w: any) => [w.term, w.review.box]);
  expect(boxes).toEqual(expect.arrayContaining([[first, 2], [second, 1]]));

  await page.goto('./');
  await settled(page);
  await expect(dueLink(page)).toHaveText('My words');
  // Tomorrow: the "not yet" word is due again; the day after, both.
  await page.clock.setFixedTime(START + DAY);
  await page.reload();
  await settled(page);
  await expect(dueLink(page)).toHaveText('My words: 1 word due today');
  await page.clock.setFixedTime(START + 2 * DAY);
  await page.reload();
  await settled(page);
  await expect(dueLink(page)).toHaveText('My words: 2 words due today');
  await dueLink(page).click();
  await settled(page);
  await expect(page.locator('.word-schedule')).toHaveText(
    (await listed(page)).map(([term]) => (term === first ? 'Box 2 · due today' : 'Box 1 · due today')),
  );
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(status(page)).toHaveText('1 of 2 · Box 1');
  await expect(page.locator('#card-term')).toHaveText(second);
});

test('My words goes out and comes back with the progress export', async ({ page, browser, baseURL, watcher }) => {
  await page.clock.setFixedTime(START);
  await openTerms(page, 2);
  await goToWords(page);
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('button', { name: 'Show definition' }).click();
  await page.getByRole('button', { name: 'Knew it' }).click();
  const before = await listed(page);

  await page.locator('main').getByRole('link', { name: 'My progress' }).click();
  await settled(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my progress' }).click(),
  ]);
  const file = (await download.path())!;
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(json).toMatchObject({ format: 'gloss-progress', version: 3, progress: { version: 3 } });
  expect(Object.keys(json.progress.words[ARTICLE])).toHaveLength(2);

  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    watcher.watch(other);
    await other.clock.setFixedTime(START);
    await open(other, 'words/');
    await expect(other.locator('.words-empty')).toBeVisible();
    await open(other, 'progress/');
    await other.getByLabel('Import a progress file').setInputFiles(file);
    await expect(other.locator('.transfer-outcome')).toContainText('Imported');
    await open(other, 'words/');
    expect(await listed(other)).toEqual(before);
    await expect(other.locator('#review-summary')).toHaveText('1 word due today.');
    // Importing again changes nothing (merge is idempotent).
    const stored = await storedText(other, STORAGE_KEY);
    await open(other, 'progress/');
    await other.getByLabel('Import a progress file').setInputFiles(file);
    await expect(other.locator('.transfer-outcome')).toContainText('Imported');
    expect(await storedText(other, STORAGE_KEY)).toBe(stored);
  } finally {
    await fresh.close();
  }
});

test('an export from before My words (version 2) still imports', async ({ page }) => {
  await open(page, 'progress/');
  const v2 = JSON.stringify({
    format: 'gloss-progress',
    version: 2,
    exported_at_ms: 1,
    progress: { version: 2, terms_opened: { [ARTICLE]: ['term-polyp'] } },
  });
  await page.getByLabel('Import a progress file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(v2) });
  await expect(page.locator('.transfer-outcome')).toContainText('Imported');
  // Its opened term joins My words, with its text, once its article is open.
  await open(page, `articles/${ARTICLE}/`);
  await goToWords(page);
  expect(await listed(page)).toEqual([['Polyp', definitionOf('Polyp')]]);
});

test('blocked storage: the same notice as progress, and My words works from memory', async ({ page }, testInfo) => {
  await page.addInitScript(blockLocalStorage);
  await openTerms(page, 1);
  await expect(notice(page)).toContainText("Your progress won't be kept on this device");
  await goToWords(page);
  await expect(notice(page)).toContainText("Your progress won't be kept on this device");
  expect(await listed(page)).toHaveLength(1);
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('button', { name: 'Show definition' }).click();
  await page.getByRole('button', { name: 'Knew it' }).click();
  await expect(page.locator('#review-summary')).toHaveText('Review finished: you knew 1 of 1 word. Nothing to review today.');
  await expect(page.locator('.word-schedule')).toHaveText(['Box 2 · due in 2 days']);
  await expectNoAxeViolations(page, testInfo, 'words-blocked');
});

test('axe: the empty page and the list', async ({ page }, testInfo) => {
  await open(page, 'words/');
  await expect(page.locator('.words-empty')).toBeVisible();
  await expect(page.locator('#review-summary')).toHaveText('Nothing to review today.');
  await expect(page.getByRole('button', { name: 'Start review' })).toBeHidden();
  await expectNoAxeViolations(page, testInfo, 'words-empty');
  await openTerms(page, 3);
  await goToWords(page);
  await expectNoAxeViolations(page, testInfo, 'words-list');
});

test('two tabs: a term opened in one appears in the other; a review in one moves the word in both', async ({ page, context }) => {
  await page.clock.setFixedTime(START);
  await open(page, 'words/');
  await expect(page.locator('.words-empty')).toBeVisible();
  const other = await context.newPage();
  await other.clock.setFixedTime(START);
  await openTerms(other, 1);
  // The `storage` event carries it over.
  await expect(page.locator('.word-list dt')).toHaveCount(1);
  await expect(page.locator('#review-summary')).toHaveText('1 word due today.');
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.getByRole('button', { name: 'Show definition' }).click();
  await page.getByRole('button', { name: 'Knew it' }).click();
  await goToWords(other);
  await expect(other.locator('.word-schedule')).toHaveText(['Box 2 · due in 2 days']);
  await other.close();
});

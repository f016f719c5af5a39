// The progress page, export/import into a fresh profile, two tabs sharing
// storage, reset with confirmation, the chart and resuming from the page.
import fs from 'node:fs';

import { expect, test } from '../../support/fixtures';
import { cards, expectNoAxeViolations, expectPageFrame, open, searchParams, settled } from '../../support/app';
import {
  QUIZ_ARTICLE,
  STORAGE_KEY,
  activeId,
  answer,
  answerKey,
  openQuiz,
  quiz,
  seedBeforeLoad,
  stored,
  takeQuiz,
} from '../../support/quiz';
import type { Page } from '@playwright/test';

const total = answerKey().length;

async function openProgress(page: Page): Promise<void> {
  await open(page, '?view=progress');
  await expect(page.locator('h1')).toHaveText('My progress');
}

async function exportFile(page: Page): Promise<{ path: string; json: any; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my progress' }).click(),
  ]);
  const path = (await download.path())!;
  return { path, json: JSON.parse(fs.readFileSync(path, 'utf8')), name: download.suggestedFilename() };
}

test('the header links to the progress page; an empty profile says so', async ({ page, baseURL }) => {
  await open(page, './');
  await page.locator('header').getByRole('link', { name: 'My progress' }).click();
  await settled(page);
  expect(searchParams(page).get('view')).toBe('progress');
  await expect(page.locator('header a[aria-current="page"]')).toHaveText('My progress');
  await expectPageFrame(page, baseURL!);
  await expect(page.locator('.empty-progress')).toBeVisible();
  await expect(page).toHaveTitle('My progress · Gloss');
});

test('export, then import into a fresh profile: merged, no duplicates', async ({ page, browser, baseURL, watcher }) => {
  await openQuiz(page);
  await takeQuiz(page, (i) => i < 5);
  await openProgress(page);
  const exported = await exportFile(page);
  expect(exported.name).toMatch(/^gloss-progress-\d{4}-\d{2}-\d{2}\.json$/);
  expect(exported.json).toMatchObject({ format: 'gloss-progress', version: 3 });
  expect(exported.json.progress.attempts).toHaveLength(1);
  await expect(page.locator('.transfer-outcome')).toContainText('has been downloaded');

  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    watcher.watch(other);
    await openProgress(other);
    await expect(other.locator('.empty-progress')).toBeVisible();
    await other.getByLabel('Import a progress file').setInputFiles(exported.path);
    await expect(other.locator('.transfer-outcome')).toHaveText('Imported: 1 quiz attempt added, 0 already here.');
    await expect(other.locator('.progress-item')).toContainText(`5 out of ${total} (71%)`);
    expect((await stored(other))?.attempts).toHaveLength(1);

    await other.getByLabel('Import a progress file').setInputFiles(exported.path);
    await expect(other.locator('.transfer-outcome')).toHaveText('Imported: 0 quiz attempts added, 1 already here.');
    expect((await stored(other))?.attempts, 'no duplicates').toHaveLength(1);

    await open(other, './');
    const card = cards(other).filter({ has: other.locator(`a[href*="articles/${QUIZ_ARTICLE}/"]`) });
    await expect(card.locator('.card-progress')).toContainText(`Best score 5 out of ${total} (71%)`);
  } finally {
    await fresh.close();
  }
});

test('import refuses what is not a progress file, and reports dropped records', async ({ page }, testInfo) => {
  await openProgress(page);
  const input = page.getByLabel('Import a progress file');
  const outcome = page.locator('.transfer-outcome');
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  await input.setInputFiles(file('notes.json', 'hello'));
  // The file's name is isolated (U+2068 … U+2069): its direction is its own.
  await expect(outcome).toContainText('“\u2068notes.json\u2069” couldn\'t be imported: not valid JSON (line 1, column 1)');
  await expect(outcome).toContainText('Nothing was changed.');
  await input.setInputFiles(file('other.json', JSON.stringify({ format: 'something-else', version: 1 })));
  await expect(outcome).toContainText('not a Gloss progress export');
  await input.setInputFiles(file('future.json', JSON.stringify({ format: 'gloss-progress', version: 9, progress: {} })));
  await expect(outcome).toContainText('written by a newer Gloss');
  expect(await stored(page)).toBeNull();

  const v1 = { version: 1, scores: { [QUIZ_ARTICLE]: { best: 2, total: 7, attempts: 1 }, 'bad-line': { best: 5, total: 4, attempts: 1 } } };
  await input.setInputFiles(file('old.json', JSON.stringify(v1)));
  await expect(outcome).toContainText('Imported: 1 quiz attempt added, 0 already here.');
  await expect(outcome.locator('ul.problems li')).toHaveText(['scores.bad-line.best: score 5 is more than the total 4']);
  await expectNoAxeViolations(page, testInfo, 'progress-import-report');
});

test('two pages sharing storage: a write in one shows up in the other, and attempts are merged', async ({ page, context, watcher }) => {
  const other = await context.newPage();
  watcher.watch(other);
  await open(other, './');
  const card = cards(other).filter({ has: other.locator(`a[href*="articles/${QUIZ_ARTICLE}/"]`) });
  await expect(card.locator('.card-progress')).toHaveCount(0);

  await openQuiz(page);
  await takeQuiz(page, () => true);
  await expect(card.locator('.card-progress'), 'the other tab updates without a reload').toContainText('1 attempt');

  // The other tab takes the quiz too; the first tab sees both attempts.
  await open(other, `?article=${QUIZ_ARTICLE}&seed=5`);
  await takeQuiz(other, () => false);
  await expect(quiz(page).locator('.quiz-summary dd').last()).toHaveText('2');
  expect((await stored(page))?.attempts).toHaveLength(2);

  // A write the app did not hear about (no storage event in the writing page) is
  // still merged, because every save reads what is stored first.
  await page.evaluate((key) => {
    const s = JSON.parse(localStorage.getItem(key)!);
    s.articles_read['webb-exoplanet-atmospheres'] = { first_read_at_ms: 1767225600000, last_read_at_ms: 1767225600000 };
    localStorage.setItem(key, JSON.stringify(s));
  }, STORAGE_KEY);
  await quiz(page).getByRole('button', { name: 'Try again' }).click();
  await answer(page, true);
  await quiz(page).getByRole('button', { name: 'Check answer' }).click();
  const after = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!);
  expect(Object.keys(after.articles_read)).toContain('webb-exoplanet-atmospheres');
  expect(after.attempts).toHaveLength(2);
  expect(after.in_progress).toHaveLength(1);
});

test('reset asks first (in the page), cancel keeps everything, confirm deletes it', async ({ page }, testInfo) => {
  await openQuiz(page);
  await takeQuiz(page);
  await openProgress(page);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  const panel = page.locator('.confirm-panel');
  await expect(panel.locator('h3')).toHaveText('Delete all your progress in this browser?');
  await expect.poll(() => activeId(page)).toBe('reset-confirm-heading');
  await expect(panel).toContainText('This deletes 1 quiz attempt and the record of 1 article read');
  await expectNoAxeViolations(page, testInfo, 'progress-reset-confirm');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toHaveCount(0);
  await expect.poll(() => activeId(page)).toBe('reset-progress');
  expect((await stored(page))?.attempts).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(page.locator('#reset-done')).toHaveText('Your progress has been deleted from this browser.');
  await expect.poll(() => activeId(page)).toBe('reset-done');
  expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  await expect(page.locator('.empty-progress')).toBeVisible();
});

test('articles, unfinished quizzes, scores over time, and resuming from the progress page', async ({ page }, testInfo) => {
  // A migrated score for an article that is no longer in the index.
  await seedBeforeLoad(page, { [STORAGE_KEY]: JSON.stringify({ version: 1, scores: { 'retired-story': { best: 2, total: 3, attempts: 1 } } }) });
  await openQuiz(page);
  await takeQuiz(page, (i) => i < 3);
  await quiz(page).getByRole('button', { name: 'Try again' }).click();
  await answer(page, true);
  await quiz(page).getByRole('button', { name: 'Check answer' }).click();
  await quiz(page).getByRole('button', { name: 'Next question' }).click();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await openProgress(page);
    await expectNoAxeViolations(page, testInfo, `progress-${colorScheme}`);
  }
  const items = page.locator('.progress-item');
  await expect(items).toHaveCount(2);
  await expect(items.first().locator('h3')).toHaveText("Why the world's coral reefs are turning white");
  await expect(items.first()).toContainText('You have an unfinished quiz here.');
  await expect(items.nth(1).locator('h3')).toHaveText('retired-story (not in the current list of articles)');
  await expect(items.nth(1)).toContainText('2 out of 3 (67%)');

  const chart = page.locator('svg.chart[role="img"]');
  await expect(chart.locator('title')).toHaveText('Your quiz scores over time');
  await expect(chart.locator('desc')).toContainText('One quiz score: 43% on');
  await expect(chart.locator('circle')).toHaveCount(1);
  await page.getByText('Show the scores as a table').click();
  await expect(page.locator('table.score-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.score-table tbody tr td').last()).toHaveText(`3 out of ${total} (43%)`);

  const resume = page.locator('section[aria-labelledby="unfinished-heading"] a');
  // The title is isolated (U+2068 … U+2069) from the interface's words around it.
  await expect(resume).toHaveText("Continue the quiz on “\u2068Why the world's coral reefs are turning white\u2069”");
  await resume.click();
  await settled(page);
  expect(new URL(page.url()).hash).toBe('#quiz');
  await expect.poll(() => activeId(page)).toBe('quiz-heading');
  await quiz(page).getByRole('button', { name: 'Continue the quiz' }).click();
  await expect(quiz(page).locator('.question-count')).toHaveText(`Question 2 of ${total}`);
});

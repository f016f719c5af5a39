// Storage that survives the real world, simulated in headless Chromium by
// breaking localStorage before the app loads (page.addInitScript): blocked,
// full, and corrupt, unknown or old data under Gloss's keys.
import { expect, test } from '../../support/fixtures';
import { expectNoAxeViolations, settled } from '../../support/app';
import {
  QUIZ_ARTICLE,
  STORAGE_KEY,
  answerKey,
  blockLocalStorage,
  denyStorageMethods,
  fillQuota,
  openQuiz,
  quarantined,
  quiz,
  seedBeforeLoad,
  stored,
  storedText,
  takeQuiz,
} from '../../support/quiz';

const total = answerKey().length;
const notice = (page: import('@playwright/test').Page) => page.locator('.notices aside.notice');

for (const [how, script] of [
  ['window.localStorage throws (sandboxed iframe, site data blocked)', blockLocalStorage],
  ['every Storage method throws SecurityError (cookies off)', denyStorageMethods],
] as const) {
  test(`blocked storage: ${how} — the app works from memory and says so`, async ({ page }, testInfo) => {
    await page.addInitScript(script);
    await openQuiz(page);
    await expect(notice(page)).toHaveCount(1);
    await expect(notice(page)).toContainText("Your progress won't be kept on this device");
    await expectNoAxeViolations(page, testInfo, 'blocked-notice');

    await takeQuiz(page);
    await expect(quiz(page).locator('.result-saved')).toContainText("isn't letting Gloss save anything");
    await expect(quiz(page).locator('.quiz-summary dd').last()).toHaveText('1');

    // In-app navigation keeps the memory: the progress page has the attempt, and export works.
    await page.locator('header').getByRole('link', { name: 'My progress' }).click();
    await settled(page);
    await expect(page.locator('.storage-status')).toContainText("isn't letting Gloss store anything");
    await expect(page.locator('.progress-item')).toContainText(`${total} out of ${total} (100%)`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    const file = JSON.parse(await (await import('node:fs')).promises.readFile((await download.path())!, 'utf8'));
    expect(file.progress.attempts).toHaveLength(1);

    // Dismissible; focus goes back to the page.
    await notice(page).getByRole('button', { name: /^Dismiss/ }).click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page.locator('main#main')).toBeFocused();
  });
}

test('quota exceeded: the attempt is kept in memory, the reader is told, nothing stored is lost', async ({ page }) => {
  await openQuiz(page);
  await takeQuiz(page, () => false);
  const before = await storedText(page);
  expect(JSON.parse(before!).attempts).toHaveLength(1);

  await page.addInitScript(fillQuota);
  await page.reload();
  await settled(page);
  await takeQuiz(page, () => true);
  await expect(notice(page)).toContainText("Your latest progress couldn't be saved");
  await expect(notice(page)).toContainText('Nothing saved earlier was lost');
  await expect(quiz(page).locator('.result-saved')).toContainText("couldn't be saved on this device");
  await expect(quiz(page).locator('.quiz-summary dd')).toHaveText([`${total} out of ${total} (100%)`, `${total} out of ${total} (100%)`, '2']);
  expect(await storedText(page), 'what was stored is untouched').toBe(before);

  await page.locator('header').getByRole('link', { name: 'My progress' }).click();
  await settled(page);
  await expect(page.locator('.storage-status')).toContainText("isn't saved on this device");
  await expect(page.locator('.progress-item dd').last()).toHaveText('2');
});

const CORRUPT: [string, string][] = [
  ['not JSON', '{"version":2,"attempts":['],
  ['no version', JSON.stringify({ scores: {} })],
  ['not an object', '[1,2,3]'],
];
for (const [what, text] of CORRUPT) {
  test(`corrupt data (${what}) is set aside under a quarantine key, never deleted, and the app carries on`, async ({ page }) => {
    await seedBeforeLoad(page, { [STORAGE_KEY]: text });
    await openQuiz(page);
    await expect(notice(page)).toContainText("Some saved progress couldn't be read");
    await expect(notice(page)).toContainText('set aside in this browser, not deleted');
    expect(Object.values(await quarantined(page))).toEqual([text]);
    await takeQuiz(page);
    expect((await stored(page))?.attempts).toHaveLength(1);
    expect(Object.values(await quarantined(page)), 'still there after a write').toEqual([text]);
    await page.reload();
    await settled(page);
    await expect(notice(page), 'told once').toHaveCount(0);
  });
}

test('progress saved by a newer Gloss is left untouched: answers are kept in this tab, and the reader is told to reload', async ({ page }) => {
  // A tab left open across an update (or an older cached copy) must not set
  // aside or overwrite what the newer version saved.
  const text = JSON.stringify({ version: 99, attempts: [], words: { future: true } });
  await seedBeforeLoad(page, { [STORAGE_KEY]: text });
  await openQuiz(page);
  await expect(notice(page)).toContainText('A newer version of Gloss is saving your progress');
  await expect(notice(page)).toContainText('Reload the page');
  await takeQuiz(page);
  await expect(quiz(page).locator('#quiz-result-heading')).toHaveText(`You scored ${total} out of ${total} (100%)`);
  expect(await storedText(page)).toBe(text);
  expect(Object.values(await quarantined(page))).toEqual([]);
  await expectNoAxeViolations(page);
});

test('invalid records are dropped and reported; the rest is kept and the original set aside', async ({ page }) => {
  // A good version-1 line and a bad one (best > total).
  const text = JSON.stringify({
    version: 1,
    scores: { [QUIZ_ARTICLE]: { best: 3, total: 7, attempts: 2 }, 'other-story': { best: 9, total: 4, attempts: 1 } },
  });
  await seedBeforeLoad(page, { [STORAGE_KEY]: text });
  await openQuiz(page);
  await expect(notice(page)).toContainText("1 saved record couldn't be read and was left out");
  await expect(quiz(page).locator('.quiz-summary dd')).toHaveText(['3 out of 7 (43%)', '3 out of 7 (43%)', '2']);
  expect(Object.values(await quarantined(page))).toEqual([text]);
  expect(JSON.parse((await storedText(page))!).version).toBe(3);
});

test('version 1 is migrated silently; old attempts are marked as taken on an earlier version', async ({ page }) => {
  const text = JSON.stringify({ version: 1, scores: { [QUIZ_ARTICLE]: { best: 4, total: 7, attempts: 3 } } });
  await seedBeforeLoad(page, { [STORAGE_KEY]: text });
  await openQuiz(page);
  await expect(notice(page)).toHaveCount(0);
  await expect(quiz(page).locator('.quiz-summary dd')).toHaveText(['4 out of 7 (57%)', '4 out of 7 (57%)', '3']);
  await expect(quiz(page).locator('.quiz-summary')).toContainText('These attempts were on an earlier version of this quiz.');
  const now = JSON.parse((await storedText(page))!);
  expect(now.version).toBe(3);
  expect(now.attempts[0]).toMatchObject({ article_id: QUIZ_ARTICLE, legacy_attempts: 3, score: 4, total: 7 });
  expect(Object.values(await quarantined(page)), 'the version-1 text is kept aside').toEqual([text]);

  await takeQuiz(page);
  await expect(quiz(page).locator('.quiz-summary dd')).toHaveText(['7 out of 7 (100%)', '7 out of 7 (100%)', '4']);
  await expect(quiz(page).locator('.quiz-summary')).toContainText('3 attempts were on an earlier version of this quiz.');
});

test('corrupt data with a full quota is left untouched, and the app still works from memory', async ({ page }) => {
  const text = 'this is not progress';
  await seedBeforeLoad(page, { [STORAGE_KEY]: text });
  await page.addInitScript(fillQuota);
  await openQuiz(page);
  await expect(notice(page).filter({ hasText: "Saved progress couldn't be read" })).toContainText('left it untouched');
  await takeQuiz(page);
  await expect(quiz(page).locator('#quiz-result-heading')).toHaveText(`You scored ${total} out of ${total} (100%)`);
  expect(await storedText(page)).toBe(text);
});

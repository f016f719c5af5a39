import { expect, test } from '../../support/fixtures';
import { TWO_AUDIENCES, article, indexEntries } from '../../support/content';
import {
  INDEX_TITLE,
  articleRoot,
  expectArticle,
  expectCleanDom,
  expectIndexShows,
  expectPageFrame,
  open,
  searchParams,
  settled,
} from '../../support/app';

const entries = indexEntries();

test.describe('every article in the index', () => {
  for (const entry of entries) {
    test(`index → ${entry.id}: every part is shown`, async ({ page, baseURL }) => {
      const a = article(entry.id);
      await open(page, './');
      await page.locator('ul.article-list').getByRole('link', { name: entry.title, exact: true }).click();
      await expect.poll(() => searchParams(page).get('article')).toBe(entry.id);
      await settled(page);
      await expectArticle(page, a);
      await expectPageFrame(page, baseURL!);
      await expectCleanDom(page, baseURL!);
    });

    test(`deep link opened cold: ${entry.id}`, async ({ browser, baseURL, watcher }) => {
      const a = article(entry.id);
      const context = await browser.newContext({ baseURL });
      try {
        const page = await context.newPage();
        watcher.watch(page);
        await open(page, `?article=${entry.id}`);
        await expectArticle(page, a);
        await expectPageFrame(page, baseURL!);
        if (a.versions.length > 1) {
          const second = a.versions[1];
          const cold = await (await browser.newContext({ baseURL })).newPage();
          watcher.watch(cold);
          await open(cold, `?article=${entry.id}&v=${second.id}`);
          await expectArticle(cold, a, second.id);
          await cold.locator('nav.audience-switch a', { hasText: a.versions[0].audience }).click();
          await expectArticle(cold, a, a.versions[0].id);
          await cold.context().close();
        }
      } finally {
        await context.close();
      }
    });
  }
});

test.describe('audience versions (fixture with two)', () => {
  const a = article(TWO_AUDIENCES);
  const [first, second] = a.versions;

  test('&v= opens that version cold; the switch changes version and URL', async ({ page, baseURL }) => {
    expect(a.versions.length).toBe(2);
    await open(page, `?article=${a.id}&v=${second.id}`);
    await expectArticle(page, a, second.id);
    await expectCleanDom(page, baseURL!);

    const nav = page.locator('nav.audience-switch');
    await nav.getByRole('link', { name: first.audience }).click();
    await expectArticle(page, a, first.id);
    await expect.poll(() => searchParams(page).get('article')).toBe(a.id);
    await expect.poll(() => searchParams(page).get('v') ?? first.id).toBe(first.id);

    await nav.getByRole('link', { name: second.audience }).click();
    await expectArticle(page, a, second.id);
    await expect.poll(() => searchParams(page).get('v')).toBe(second.id);

    // Each version is a history entry.
    await page.goBack();
    await expectArticle(page, a, first.id);
    await page.goForward();
    await expectArticle(page, a, second.id);
  });

  test('an unknown &v= shows the first version', async ({ page }) => {
    await open(page, `?article=${a.id}&v=no-such-version`);
    await expectArticle(page, a, first.id);
  });
});

test('"Back to articles" returns to the index', async ({ page }) => {
  const entry = entries[0];
  await open(page, `?article=${entry.id}`);
  await expect(articleRoot(page)).toBeVisible();
  await page.locator('main#main a.back-link').click();
  await settled(page);
  await expectIndexShows(page, entries);
  await expect(page).toHaveTitle(INDEX_TITLE);
  expect(searchParams(page).get('article')).toBeNull();
});

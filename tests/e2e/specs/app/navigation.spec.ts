import { expect, test } from '../../support/fixtures';
import { article, indexEntries } from '../../support/content';
import {
  INDEX_TITLE,
  cards,
  categorySlug,
  expectArticle,
  expectIndexShows,
  facets,
  open,
  searchParams,
  settled,
} from '../../support/app';

const entries = indexEntries();

test('browser back and forward move between index and article', async ({ page }) => {
  const entry = entries[0];
  const a = article(entry.id);
  await open(page, './');
  await expect(page).toHaveTitle(INDEX_TITLE);
  await page.locator('ul.article-list').getByRole('link', { name: entry.title, exact: true }).click();
  await settled(page);
  await expectArticle(page, a);

  await page.goBack();
  await settled(page);
  await expectIndexShows(page, entries);
  await expect(page).toHaveTitle(INDEX_TITLE);
  expect(searchParams(page).get('article')).toBeNull();

  await page.goForward();
  await settled(page);
  await expectArticle(page, a);
  expect(searchParams(page).get('article')).toBe(entry.id);
});

test('going back to a category page keeps its category', async ({ page }) => {
  const entry = entries[0];
  await open(page, './');
  await facets(page).filter({ hasText: `${entry.category} (` }).click();
  await expect.poll(() => searchParams(page).get('category')).toBe(categorySlug(entry.category));
  const filtered = entries.filter((e) => e.category === entry.category);
  await expectIndexShows(page, filtered);
  await cards(page).getByRole('link', { name: entry.title, exact: true }).click();
  await settled(page);
  await expectArticle(page, article(entry.id));
  await page.goBack();
  await settled(page);
  await expect(facets(page).filter({ hasText: `${entry.category} (` })).toHaveAttribute('aria-current', 'page');
  await expectIndexShows(page, filtered);
});

test('title and meta description follow the page', async ({ page }) => {
  await open(page, './');
  await expect(page).toHaveTitle(INDEX_TITLE);
  for (const entry of entries.slice(0, 3)) {
    const a = article(entry.id);
    await open(page, `?article=${entry.id}`);
    await expect(page).toHaveTitle(`${a.title} · Gloss`);
    await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', a.summary);
  }
});

test('the "Gloss" header link leads from an article to the index', async ({ page }) => {
  await open(page, `?article=${entries[0].id}`);
  await page.locator('header.site-header').getByRole('link', { name: 'Gloss', exact: true }).click();
  await settled(page);
  await expectIndexShows(page, entries);
  await expect(page).toHaveTitle(INDEX_TITLE);
});

test('the skip link is the first Tab stop and jumps to #main', async ({ page }) => {
  await open(page, './');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe('#main');
});

import { expect, test } from '../support/fixtures';
import { indexEntries } from '../support/content';
import {
  INDEX_TITLE,
  cards,
  expectCards,
  expectCleanDom,
  expectIndexShows,
  expectPageFrame,
  open,
  searchParams,
} from '../support/app';

const entries = indexEntries();

/** The longest word of a title, to search for. */
function searchWord(title: string): string {
  const word = title
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4)
    .sort((a, b) => b.length - a.length)[0];
  expect(word, `a searchable word in "${title}"`).toBeTruthy();
  return word;
}

test.describe('index', () => {
  test('lists every article of content/index.json with its details', async ({ page, baseURL }) => {
    expect(entries.length, 'content/index.json lists at least one article').toBeGreaterThan(0);
    await open(page, './');
    await expectPageFrame(page, baseURL!);
    await expect(page).toHaveTitle(INDEX_TITLE);
    await expectIndexShows(page, entries);
    await expectCards(page, entries);
    await expectCleanDom(page, baseURL!);
  });

  test('has a labelled search box and category select', async ({ page }) => {
    await open(page, './');
    await expect(page.getByLabel('Search articles')).toHaveAttribute('id', 'search');
    await expect(page.locator('input#search')).toHaveAttribute('type', 'search');
    const select = page.getByLabel('Category', { exact: true });
    await expect(select).toHaveAttribute('id', 'category');
    const first = page.locator('select#category option').first();
    await expect(first).toHaveText('All categories');
    await expect(first).toHaveAttribute('value', '');
    await expect(page.locator('select#category')).toHaveValue('');
    const labels = (await page.locator('select#category option').allTextContents()).map((t) => t.trim());
    for (const category of new Set(entries.map((e) => e.category))) {
      expect(labels, `category "${category}" is offered`).toContain(category);
    }
  });

  test('search filters the list and updates the URL', async ({ page }) => {
    const target = entries[entries.length - 1];
    const word = searchWord(target.title);
    await open(page, './');
    await page.locator('input#search').fill(word);
    await expect.poll(() => searchParams(page).get('q'), 'URL carries ?q=').toBe(word);
    await expect(cards(page).getByRole('link', { name: target.title, exact: true })).toBeVisible();
    const n = await cards(page).count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(entries.length);
    await expect(page.locator('p#result-count')).toHaveText(new RegExp(`^\\s*${n} articles?\\b`));
  });

  test('the search box follows the URL: the "Gloss" link empties it, back/forward restore it', async ({ page }) => {
    const word = searchWord(entries[entries.length - 1].title);
    await open(page, `?q=${encodeURIComponent(word)}`);
    const search = page.locator('input#search');
    await expect(search).toHaveValue(word);

    await page.locator('header.site-header').getByRole('link', { name: 'Gloss', exact: true }).click();
    await expect.poll(() => searchParams(page).get('q'), 'the brand link drops ?q=').toBeNull();
    await expectIndexShows(page, entries);
    await expect(search, 'the box no longer says what the list does not show').toHaveValue('');

    await page.goBack();
    await expect.poll(() => searchParams(page).get('q'), 'back restores ?q=').toBe(word);
    await expect(search).toHaveValue(word);
    await expect(cards(page).getByRole('link', { name: entries[entries.length - 1].title, exact: true })).toBeVisible();

    await page.goForward();
    await expect.poll(() => searchParams(page).get('q')).toBeNull();
    await expect(search).toHaveValue('');
    await expectIndexShows(page, entries);
  });

  test('category select filters the list and updates the URL', async ({ page }) => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    const category = [...counts.entries()].sort((a, b) => a[1] - b[1])[0][0];
    await open(page, './');
    await page.locator('select#category').selectOption({ label: category });
    await expect.poll(() => searchParams(page).get('category'), 'URL carries ?category=').toBe(category);
    await expectIndexShows(
      page,
      entries.filter((e) => e.category === category),
    );
    for (const c of await cards(page).locator('.card-category').allTextContents()) expect(c.trim()).toBe(category);
  });

  test('filters in the URL apply on a cold load', async ({ page }) => {
    const category = entries[0].category;
    await open(page, `?category=${encodeURIComponent(category)}`);
    await expect(page.locator('select#category option:checked')).toHaveText(category);
    await expectIndexShows(
      page,
      entries.filter((e) => e.category === category),
    );
    await open(page, '?q=qzxjvwnomatch');
    await expect(page.locator('input#search')).toHaveValue('qzxjvwnomatch');
    await expect(cards(page)).toHaveCount(0);
  });

  test('no match shows the empty state, and "Clear filters" resets everything', async ({ page, baseURL }) => {
    await open(page, './');
    await page.locator('select#category').selectOption({ label: entries[0].category });
    await page.locator('input#search').fill('qzxjvwnomatch');
    const empty = page.locator('main#main .empty-state');
    await expect(empty).toBeVisible();
    await expect(cards(page)).toHaveCount(0);
    await expect(page.locator('p#result-count')).toHaveText(/^\s*(0|No) articles?\b/i);
    await expect.poll(() => searchParams(page).get('q')).toBe('qzxjvwnomatch');
    await expectCleanDom(page, baseURL!);

    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await expect(empty).toHaveCount(0);
    await expectIndexShows(page, entries);
    await expect(page.locator('input#search')).toHaveValue('');
    await expect(page.locator('select#category')).toHaveValue('');
    await expect.poll(() => [...searchParams(page).keys()], 'no filters left in the URL').toEqual([]);
  });
});

import { expect, test } from '../../support/fixtures';
import { indexEntries } from '../../support/content';
import {
  INDEX_TITLE,
  cards,
  expectCards,
  expectCleanDom,
  expectIndexShows,
  expectPageFrame,
  categorySlug,
  facets,
  open,
  searchParams,
  texts,
} from '../../support/app';

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

  test('has a labelled search box and every category as a link with its count', async ({ page }) => {
    await open(page, './');
    await expect(page.getByLabel('Search articles')).toHaveAttribute('id', 'search');
    await expect(page.locator('input#search')).toHaveAttribute('type', 'search');
    await expect(page.locator('form[role="search"] input#search')).toHaveAttribute('name', 'q');
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    const links = await texts(facets(page));
    expect(links[0]).toBe(`All (${entries.length})`);
    await expect(facets(page).first()).toHaveAttribute('aria-current', 'page');
    for (const [category, n] of counts) {
      expect(links, `category "${category}" is offered with its count`).toContain(`${category} (${n})`);
      const link = facets(page).filter({ hasText: `${category} (${n})` });
      const href = new URL((await link.getAttribute('href')) ?? '', page.url());
      // Latin names read as slugs; others (Arabic…) get a short hash.
      const slug = categorySlug(category) || 'c-[0-9a-f]{8}';
      expect(href.pathname, `${href}`).toMatch(new RegExp(`/category/${slug}/$`));
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

  test('a search worker that cannot load: search says it has only the saved articles, and works once the worker loads', async ({ page, watcher }) => {
    watcher.allow(/Failed to load resource: the server responded with a status of 404/);
    const target = entries[entries.length - 1];
    const word = searchWord(target.title);
    await page.route('**/search/worker.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await open(page, './');
    await page.locator('input#search').fill(word);
    // Not a hang, not a crash: the fallback (nothing saved on this device).
    await expect(page.locator('p.saved-only')).toBeVisible();
    await expect(cards(page)).toHaveCount(0);
    // The next search starts a new worker.
    await page.unroute('**/search/worker.js');
    await page.locator('input#search').fill(`${word} `);
    await expect(cards(page).getByRole('link', { name: target.title, exact: true })).toBeVisible();
    await expect(page.locator('p.saved-only')).toHaveCount(0);
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

  test('a category link opens its own page, and a search there stays in the category', async ({ page }) => {
    const counts = new Map<string, number>();
    for (const e of entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    const category = [...counts.entries()].sort((a, b) => a[1] - b[1])[0][0];
    await open(page, './');
    await facets(page).filter({ hasText: `${category} (` }).click();
    await expect.poll(() => searchParams(page).get('category'), 'the address is category/<slug>/').toBe(categorySlug(category));
    const inCategory = entries.filter((e) => e.category === category);
    await expectIndexShows(page, inCategory);
    for (const c of await cards(page).locator('.card-category').allTextContents()) expect(c.trim()).toBe(category);
    await expect(facets(page).filter({ hasText: `${category} (` })).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveTitle(`${category} · ${INDEX_TITLE}`);
    // A word from another category's article: only this category's
    // articles can match here; "All matches" drops the category.
    const other = entries.find((e) => e.category !== category)!;
    await page.locator('input#search').fill(searchWord(other.title));
    await expect(page.locator('p#result-count')).toHaveText(/found|No articles match/);
    expect(searchParams(page).get('category')).toBe(categorySlug(category));
    await expect(cards(page).getByRole('link', { name: other.title, exact: true })).toHaveCount(0);
    for (const c of await cards(page).locator('.card-category').allTextContents()) expect(c.trim()).toBe(category);
    await facets(page).first().click();
    await expect(cards(page).getByRole('link', { name: other.title, exact: true })).toBeVisible();
    expect(searchParams(page).get('category')).toBeNull();
  });

  test('category pages work on a cold load, and so do old ?category= links', async ({ page }) => {
    const category = entries[0].category;
    const inCategory = entries.filter((e) => e.category === category);
    await open(page, `category/${categorySlug(category)}/`);
    await expectIndexShows(page, inCategory);
    await open(page, `?category=${encodeURIComponent(category)}`);
    await expect(facets(page).filter({ hasText: `${category} (` })).toHaveAttribute('aria-current', 'page');
    await expectIndexShows(page, inCategory);
    await open(page, '?q=qzxjvwnomatch');
    await expect(page.locator('input#search')).toHaveValue('qzxjvwnomatch');
    await expect(page.locator('p#result-count')).toHaveText(/^\s*No articles match/);
    await expect(cards(page)).toHaveCount(0);
    // A category the build never wrote has no page on a static host (its
    // 404 is the host's); the query form reaches the app, which says so.
    await open(page, '?category=no-such-category');
    await expect(page.locator('main#main .error-state')).toBeVisible();
  });

  test('no match shows the empty state, and "Clear filters" resets everything', async ({ page, baseURL }) => {
    await open(page, './');
    await facets(page).filter({ hasText: `${entries[0].category} (` }).click();
    await expect.poll(() => searchParams(page).get('category')).toBe(categorySlug(entries[0].category));
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
    await expect(facets(page).first()).toHaveAttribute('aria-current', 'page');
    await expect.poll(() => [...searchParams(page).keys()], 'no filters left in the URL').toEqual([]);
  });
});

import { expect, test } from '../../support/fixtures';
import { article, expected, indexEntries } from '../../support/content';
import {
  CANT_BE_SHOWN,
  COULDNT_LOAD_ARTICLE,
  INDEX_CANT_BE_SHOWN,
  INDEX_COULDNT_LOAD,
  articleRoot,
  cards,
  errorState,
  expectArticle,
  expectCleanDom,
  expectIndexShows,
  expectPageFrame,
  open,
  openIndexClientSide,
  settled,
} from '../../support/app';

const entries = indexEntries();
/** The short code a reader sees for each broken fixture (expected.json's `codes`). */
const codes = (expected as unknown as { codes: Record<string, string> }).codes;
/** The one problem code an error state shows (the validator lists every problem). */
const problemCode = (page: import('@playwright/test').Page) => errorState(page).locator('.problem-code code');
/** What Chromium logs for a 404 or an aborted request (not the app's own logging). */
const HTTP_404 = /^Failed to load resource: the server responded with a status of 404/;
const ABORTED = /^Failed to load resource: net::ERR_FAILED/;

test.describe('article not found', () => {
  test('an unknown id shows "Article not found"; its back link returns to the index', async ({ page, watcher, baseURL }) => {
    watcher.allow(HTTP_404);
    await open(page, '?article=no-such-thing');
    const state = errorState(page);
    await expect(state).toBeVisible();
    await expect(state.locator('h1')).toHaveText('Article not found');
    await expectPageFrame(page, baseURL!);
    await expectCleanDom(page, baseURL!);
    await state.locator('a.back-link').click();
    await settled(page);
    await expectIndexShows(page, entries);
  });

  test('a path-traversal id is "not found" and fetches nothing outside the app', async ({ page, watcher, baseURL }) => {
    // The watcher also fails the test on any request outside the app's directory.
    watcher.allow(HTTP_404);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await open(page, '?article=../../etc/passwd');
    await expect(errorState(page).locator('h1')).toHaveText('Article not found');
    await expectPageFrame(page, baseURL!);
    const base = new URL(baseURL!).pathname;
    expect(requested.filter((p) => !p.startsWith(base)), 'requests outside the app').toEqual([]);
  });
});

test.describe('malformed articles show the file and the first problem\'s code (field and kind)', () => {
  for (const [id, messages] of Object.entries(expected.problems)) {
    test(`${id}: ${codes[id]}`, async ({ page, baseURL }) => {
      await open(page, './');
      await expect(cards(page).first()).toBeVisible();
      await open(page, `?article=${id}`);
      const state = errorState(page);
      await expect(state).toBeVisible();
      await expect(state.locator('h1')).toHaveText(CANT_BE_SHOWN);
      await expect(state).toContainText(`The file \u2068articles/${id}.json\u2069 has problems`);
      await expect(problemCode(page)).toHaveText(codes[id]);
      // "(and N more)" only when the validator finds more than one.
      const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : '';
      await expect(state.locator('.problem-code')).toHaveText(`Problem: ${codes[id]}${more}`);
      await expect(state.locator('.hint code')).toHaveText('cargo xtask validate');
      await expect(articleRoot(page)).toHaveCount(0);
      await expectPageFrame(page, baseURL!);
      await expectCleanDom(page, baseURL!);
      // javascript: never becomes a link.
      await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);

      // Back to the index with the browser, then with the header link.
      await page.goBack();
      await settled(page);
      await expectIndexShows(page, entries);
      await page.goForward();
      await settled(page);
      await expect(errorState(page).locator('h1')).toHaveText(CANT_BE_SHOWN);
      await page.locator('header.site-header').getByRole('link', { name: 'Gloss', exact: true }).click();
      await settled(page);
      await expectIndexShows(page, entries);
    });
  }
});

test.describe('network failures', () => {
  // A service worker would fetch behind page.route's back.
  test.use({ serviceWorkers: 'block' });

  test('article: failure shows "Couldn\'t load the article"; "Try again" refetches', async ({ page, watcher, baseURL }) => {
    watcher.allow(ABORTED);
    const a = article(entries[0].id);
    let fetches = 0;
    page.on('request', (r) => {
      if (r.url().includes(`/content/articles/${a.id}.json`)) fetches++;
    });
    await page.route('**/content/articles/*.json', (route) => route.abort('failed'));
    await open(page, `?article=${a.id}`);
    const state = errorState(page);
    await expect(state).toBeVisible();
    await expect(state.locator('h1')).toHaveText(COULDNT_LOAD_ARTICLE);
    const retry = state.locator('button.retry');
    await expect(retry).toHaveText('Try again');
    await expectPageFrame(page, baseURL!);
    await expectCleanDom(page, baseURL!);
    const before = fetches;

    await page.unroute('**/content/articles/*.json');
    await retry.click();
    await settled(page);
    await expectArticle(page, a);
    await expect(errorState(page)).toHaveCount(0);
    expect(fetches, 'Try again fetched the article again').toBeGreaterThan(before);
  });

  test('index: failure shows an error with "Try again", which refetches', async ({ page, watcher, baseURL }) => {
    watcher.allow(ABORTED);
    await page.route('**/content/catalog/latest/1.json', (route) => route.abort('failed'));
    await openIndexClientSide(page, entries[0].id);
    const state = errorState(page);
    await expect(state).toBeVisible();
    await expect(state.locator('h2')).toHaveText(INDEX_COULDNT_LOAD);
    const retry = state.locator('button.retry');
    await expect(retry).toHaveText('Try again');
    await expectPageFrame(page, baseURL!);

    await page.unroute('**/content/catalog/latest/1.json');
    await retry.click();
    await settled(page);
    await expect(errorState(page)).toHaveCount(0);
    await expectIndexShows(page, entries);
  });

  test('index: a malformed content/index.json shows its problem code', async ({ page, baseURL, watcher }) => {
    // A content base with only a v1 index.
    watcher.allow(/status of 404/);
    await page.route('**/content/catalog/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.route('**/content/index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 99, "articles": []}' }),
    );
    await openIndexClientSide(page, entries[0].id);
    const state = errorState(page);
    await expect(state).toBeVisible();
    await expect(state.locator('h2')).toHaveText(INDEX_CANT_BE_SHOWN);
    await expect(state).toContainText('The file \u2068index.json\u2069 has problems');
    await expect(problemCode(page)).toHaveText('format: unsupported-format');
    await expectPageFrame(page, baseURL!);
  });

  test('index: a paged catalogue of an unknown format shows its file and problem code', async ({ page, baseURL }) => {
    await page.route('**/content/catalog/meta.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 99, "total": 0, "page_size": 24, "categories": []}' }),
    );
    await openIndexClientSide(page, entries[0].id);
    const state = errorState(page);
    await expect(state).toBeVisible();
    await expect(state.locator('h2')).toHaveText(INDEX_CANT_BE_SHOWN);
    await expect(state).toContainText('The file \u2068catalog/meta.json\u2069 has problems');
    await expect(problemCode(page)).toHaveText('format: unsupported-format');
    await expectPageFrame(page, baseURL!);
  });

  test('while loading, main is aria-busy and shows a skeleton', async ({ page }) => {
    const a = article(entries[0].id);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route('**/content/articles/*.json', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(`?article=${a.id}`);
    await expect(page.locator('main#main[aria-busy="true"]')).toBeVisible();
    await expect(page.locator('main#main .skeleton').first()).toBeVisible();
    release();
    await settled(page);
    await expect(page.locator('main#main .skeleton')).toHaveCount(0);
    await expectArticle(page, a);
  });
});

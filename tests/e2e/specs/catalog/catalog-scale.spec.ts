// The catalogue as a large, multilingual site has it: a synthetic build
// (DIST_SYNTH: articles in English, Spanish, Arabic and Japanese, more than
// one page of them) served with its own _headers, so the CSP is the real
// one. Search goes through the Pagefind index the build wrote; pages and
// category pages are pre-rendered files; the worker keeps what was read.
import fs from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { cards, expectNoAxeViolations, facets, settled } from '../../support/app';
import { MultiWatcher, articleJson, waitForCached, waitForController } from '../../support/offline';
import { DIST_SYNTH } from '../../support/paths';
import { serveApp, type Site } from '../../support/server';

interface Synth {
  id: string;
  title: string;
  category: string;
  published: string;
  lang: string;
  /** Everything the article says, accents and case folded. */
  text: string;
  /** What its page says before the key terms: title, summary, every version. */
  body: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function synthArticles(): Synth[] {
  const dir = path.join(DIST_SYNTH, 'content', 'articles');
  if (!fs.existsSync(dir)) {
    throw new Error(
      `No synthetic build at ${DIST_SYNTH}. Build it (scripts/test.sh does): cargo xtask synth 60 target/synth-content && ` +
        `GLOSS_REUSE_APP=1 bash scripts/build-site.sh target/synth-content dist-synth`,
    );
  }
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8');
      const a = JSON.parse(raw);
      return { id: a.id, title: a.title, category: a.category, published: a.published, lang: a.lang ?? 'en', text: fold(raw),
        body: fold([a.title, a.summary, JSON.stringify(a.versions)].join(' ')) };
    })
    .sort((a, b) => (a.published === b.published ? a.id.localeCompare(b.id) : b.published.localeCompare(a.published)));
}

const articles = synthArticles();
const PAGE_SIZE = 24;
const titles = async (page: import('@playwright/test').Page) =>
  (await cards(page).locator('h3 a').allTextContents()).map((t) => t.trim());

/** The articles whose text holds `word` (accents and case ignored). */
const holding = (word: string) => articles.filter((a) => a.text.includes(fold(word)));

test.use({ serviceWorkers: 'allow' });

test.describe('a multilingual catalogue of several pages', () => {
  test.setTimeout(120_000);
  let site: Site;
  let watcher: MultiWatcher;

  test.beforeEach(async ({ page }, testInfo) => {
    site = await serveApp(`scale-${testInfo.title.slice(0, 20).replace(/\W+/g, '-')}`, {}, DIST_SYNTH);
    watcher = new MultiWatcher([site.baseURL]);
    await watcher.watch(page);
  });
  test.afterEach(async ({ page }) => {
    await watcher.expectClean(page);
    await site.kill();
  });

  async function search(page: import('@playwright/test').Page, query: string): Promise<void> {
    await page.locator('input#search').fill(query);
    // This query's own results (not the last keystroke's, kept meanwhile).
    const results = page.locator('section.search-results');
    await expect(results).toHaveAttribute('data-query', query);
    await expect(results).toHaveAttribute('aria-busy', 'false');
    await expect(page.locator('p#result-count')).not.toHaveText('Searching…');
  }

  test('the site is big enough to test: several pages, four languages', () => {
    expect(articles.length).toBeGreaterThan(2 * PAGE_SIZE);
    expect(new Set(articles.map((a) => a.lang))).toEqual(new Set(['en', 'es', 'ar', 'ja']));
  });

  test('search ignores accents, finds Arabic words with their article, and Japanese words inside unspaced text', async ({ page }) => {
    await page.goto(site.baseURL);
    await settled(page);
    for (const [typed, word] of [
      ['sequia', 'sequía'],
      ['SEQUÍA', 'sequía'],
      ['地震', '地震'],
      ['干ばつ', '干ばつ'],
    ]) {
      const expected = holding(word);
      expect(expected.length, `some synthetic article says "${word}"`).toBeGreaterThan(0);
      await search(page, typed);
      await expect(page.locator('p#result-count')).toHaveText(new RegExp(`^\\s*${expected.length} articles? found`));
      expect((await titles(page)).sort(), `"${typed}" finds the articles saying "${word}"`).toEqual(
        expected.map((a) => a.title).sort(),
      );
    }
    // From an English page, each language's part of the index is searched
    // with its own stemmer (Pagefind's mergeIndex used the page's, which
    // never strips the Arabic article "ال": this found nothing).
    const arabic = articles.filter((a) => a.body.includes('البركان'));
    expect(arabic.length).toBeGreaterThan(0);
    await search(page, 'البركان');
    expect((await titles(page)).sort()).toEqual(arabic.map((a) => a.title).sort());
    // Each card keeps its article's language and direction.
    await search(page, 'sequia');
    await expect(cards(page).first()).toHaveAttribute('lang', 'es');
  });

  test('one letter of a spaced script asks for another; one Japanese character searches', async ({ page }) => {
    await page.goto(site.baseURL);
    await settled(page);
    // One letter starts Pagefind (so the second letter does not wait for it
    // to load) but searches nothing: no result fragment is fetched.
    const started = page.waitForRequest((r) => r.url().endsWith('pagefind/pagefind-entry.json'));
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('pagefind/fragment/')) fragments.push(r.url());
    });
    const results = page.locator('section.search-results');
    for (const typed of ['s', 'ش', 'g']) {
      await page.locator('input#search').fill(typed);
      await expect(results).toHaveAttribute('data-query', typed);
      await expect(results).toHaveAttribute('aria-busy', 'false');
      await expect(page.locator('p#result-count')).toHaveText('Type at least 2 letters to search.');
      await expect(cards(page)).toHaveCount(0);
      await expect(page.locator('.empty-state')).toHaveCount(0);
    }
    await started;
    expect(fragments).toEqual([]);
    // The second letter searches.
    await search(page, 'se');
    await expect(page.locator('p#result-count')).toHaveText(/^\s*\d+ articles? found/);
    await expect(cards(page).first()).toBeVisible();
    // A single character of a script written without spaces is a word.
    const jishin = holding('地震');
    expect(jishin.length).toBeGreaterThan(0);
    await search(page, '地');
    // Every article saying 地震 is found by its first character.
    const count = Number((await page.locator('p#result-count').textContent())?.match(/^\s*(\d+) articles? found/)?.[1]);
    expect(count).toBeGreaterThanOrEqual(jishin.length);
    expect(new Set(await cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('lang'))))).toEqual(new Set(['ja']));
  });

  test('typed quickly, only the latest query\'s results are shown, never an overtaken one', async ({ page }) => {
    await page.goto(site.baseURL);
    await settled(page);
    // Every query whose results the page showed, in order.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __shown: string[] }).__shown = seen;
      new MutationObserver(() => {
        const s = document.querySelector('section.search-results');
        const q = s?.getAttribute('aria-busy') === 'false' ? s.getAttribute('data-query') : null;
        if (q !== null && q !== undefined && seen.at(-1) !== q) seen.push(q);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-query'] });
    });
    await page.locator('input#search').pressSequentially('sequia');
    const results = page.locator('section.search-results');
    await expect(results).toHaveAttribute('data-query', 'sequia');
    await expect(results).toHaveAttribute('aria-busy', 'false');
    const expected = holding('sequía');
    await expect(page.locator('p#result-count')).toHaveText(new RegExp(`^\\s*${expected.length} articles? found`));
    expect((await titles(page)).sort()).toEqual(expected.map((a) => a.title).sort());
    const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    // Each shown query is a prefix of the next: a slower, older search never
    // replaced a newer one's results.
    expect(shown.at(-1)).toBe('sequia');
    for (let i = 1; i < shown.length; i++) {
      expect('sequia'.startsWith(shown[i]), `"${shown[i]}" was typed`).toBe(true);
      expect(shown[i].length, `shown after "${shown[i - 1]}"`).toBeGreaterThan(shown[i - 1].length);
    }
  });

  test('newest first over pages at real URLs, with and without a category', async ({ page }, testInfo) => {
    await page.goto(site.baseURL);
    await settled(page);
    expect(await titles(page)).toEqual(articles.slice(0, PAGE_SIZE).map((a) => a.title));
    const pages = Math.ceil(articles.length / PAGE_SIZE);
    await expect(page.locator('nav.pager [aria-current="page"]')).toHaveText(`Page 1 of ${pages}`);
    await page.locator('nav.pager').getByRole('link', { name: 'Older →' }).click();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(new URL('page/2/', site.baseURL).pathname);
    expect(await titles(page)).toEqual(articles.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((a) => a.title));
    await expect(page.locator('nav.pager [aria-current="page"]')).toHaveText(`Page 2 of ${pages}`);

    // A category in Japanese: its link, its count, its page, its cards.
    const ja = articles.filter((a) => a.category === '科学');
    expect(ja.length).toBeGreaterThan(0);
    await facets(page).filter({ hasText: `科学 (${ja.length})` }).click();
    await settled(page);
    expect(new URL(page.url()).pathname).toMatch(/\/category\/[a-z0-9-]+\/$/);
    expect(await titles(page)).toEqual(ja.map((a) => a.title));
    await expect(page).toHaveTitle(/^科学 · /);

    // Search inside a category stays inside it: "sequía" appears only in
    // Spanish articles, some of them outside Educación.
    const educ = articles.filter((a) => a.category === 'Educación');
    await facets(page).filter({ hasText: `Educación (${educ.length})` }).click();
    await settled(page);
    await expectNoAxeViolations(page, testInfo, 'synthetic category page');
    await search(page, 'sequia');
    const both = holding('sequía').filter((a) => a.category === 'Educación');
    expect(await titles(page)).toEqual(expect.arrayContaining(both.map((a) => a.title)));
    expect((await titles(page)).length).toBe(both.length);
    await expectNoAxeViolations(page, testInfo, 'synthetic search results');
  });

  test('a cold load of a later page is real HTML before the app runs', async ({ page }) => {
    const html = await (await page.request.get(`${site.baseURL}page/2/`)).text();
    for (const a of articles.slice(PAGE_SIZE, 2 * PAGE_SIZE)) expect(html).toContain(`articles/${a.id}/`);
    await page.goto(`${site.baseURL}page/2/`);
    await settled(page);
    expect(await titles(page)).toEqual(articles.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((a) => a.title));
  });

  test('search results come with their categories and counts, and a category keeps the search', async ({ page }) => {
    await page.goto(site.baseURL);
    await settled(page);
    // A word of English articles in several categories.
    await search(page, 'glacier');
    const count = Number((await page.locator('p#result-count').innerText()).match(/^(\d+) articles found$/)?.[1]);
    expect(count).toBeGreaterThan(1);
    await expect(facets(page).first()).toHaveText(`All matches (${count})`);
    // Every category link: a category of the catalogue, with a count; together, every match.
    const categoryOf = new Map(articles.map((a) => [a.title, a.category]));
    const categories = new Set(articles.map((a) => a.category));
    const links = (await facets(page).allInnerTexts()).slice(1).map((t) => t.trim().match(/^(.+) \((\d+)\)$/));
    expect(links.length).toBeGreaterThan(1);
    const counts = links.map((m) => {
      expect(m, 'a category link with its count').not.toBeNull();
      expect(categories).toContain(m![1]);
      return [m![1], Number(m![2])] as const;
    });
    expect(counts.reduce((sum, [, n]) => sum + n, 0)).toBe(count);
    // One of them: its matches only, and the counts stay those of the whole search.
    const [category, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    await facets(page).filter({ hasText: `${category} (${n})` }).click();
    await expect(page.locator('p#result-count')).toHaveText(`${n} article${n === 1 ? '' : 's'} found`);
    await expect(facets(page).filter({ hasText: `${category} (${n})` })).toHaveAttribute('aria-current', 'page');
    await expect(facets(page).first()).toHaveText(`All matches (${count})`);
    const shown = await titles(page);
    expect(shown).toHaveLength(n);
    for (const title of shown) expect(categoryOf.get(title)).toBe(category);
  });

  test('search runs in its own worker: Pagefind is never loaded on the page, nor in a worker of its own', async ({ page }) => {
    await page.goto(site.baseURL);
    await settled(page);
    await search(page, 'sequia');
    expect(await titles(page)).not.toHaveLength(0);
    await search(page, '地震');
    expect(await titles(page)).not.toHaveLength(0);
    const workers = page.workers().map((w) => w.url());
    expect(workers.filter((u) => u.endsWith('/search/worker.js'))).toHaveLength(1);
    expect(workers.filter((u) => u.includes('pagefind'))).toEqual([]);
    // The page's own fetches (a worker's are not in its resource timing).
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  });

  test('offline: the index reloads from the worker, and search falls back to the saved articles', async ({ page }) => {
    watcher.allow(/Failed to load resource: the server responded with a status of 503 \(Offline\)/);
    const saved = holding('sequía')[0];
    await page.goto(`${site.baseURL}articles/${saved.id}/`);
    await settled(page);
    await waitForController(page);
    await page.reload();
    await settled(page);
    await waitForCached(page, articleJson(site.baseURL, saved.id));
    await page.goto(site.baseURL);
    await settled(page);
    await expect(cards(page).first()).toBeVisible();

    await site.kill();
    await page.reload();
    await settled(page);
    expect(await titles(page)).toEqual(articles.slice(0, PAGE_SIZE).map((a) => a.title));

    await search(page, 'sequia');
    await expect(page.locator('p.saved-only')).toBeVisible();
    expect(await titles(page)).toEqual([saved.title]);
  });
});

// Hostile articles and indexes in real headless Chromium: every string field
// of a real article in turn replaced by an XSS vector, every vector in every
// text field at once, malformed files, a hostile index and hostile URLs.
// Each page must run no script (traps on window are never hit), contain only
// allowlisted elements and attributes, log no error (no panic: the shared
// fixture fails the test on any console error or page error), and either
// show the article or an error whose problem code names the field (a shape
// error's code is `shape` alone in the reader), with the app still working.
import fs from 'node:fs';
import path from 'node:path';

import { expect, test } from '../../support/fixtures';
import { cards, errorState, open, openIndexClientSide, settled } from '../../support/app';
import { DIST } from '../../support/paths';
import {
  VECTORS,
  expectFrame,
  expectSafe,
  fieldPath,
  installTraps,
  isStructural,
  setAt,
  stringLeaves,
  writeArticle,
  writeArticleBytes,
  type Json,
  type PathPart,
} from '../../support/hostile';

const BASE_ID = 'coral-reef-bleaching';
const basePath = path.join(DIST, 'content', 'articles', `${BASE_ID}.json`);
const BASE: Json = fs.existsSync(basePath) ? (JSON.parse(fs.readFileSync(basePath, 'utf8')) as Json) : {};
const LEAVES = stringLeaves(BASE);
const HTTP_404 = /^Failed to load resource: the server responded with a status of 404/;

function chunks<T>(xs: T[], n: number): T[][] {
  const size = Math.ceil(xs.length / n);
  return Array.from({ length: n }, (_, i) => xs.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
}

/** The id a hostile copy is served under; its own `id` field must match it. */
function hostile(id: string, article: Json): Json {
  const a = article as Record<string, Json>;
  return a && typeof a === 'object' && !Array.isArray(a) && a.id === BASE_ID ? { ...a, id } : article;
}

/** The one problem code an error state shows: `field: kind`, or `kind` alone. */
async function problemCode(page: import('@playwright/test').Page): Promise<string> {
  return ((await errorState(page).locator('.problem-code code').textContent()) ?? '').trim();
}

/** String fields that are enums: a wrong value is a shape error, whose code
 * has no field in the reader's build (`cargo xtask validate` names it). */
const ENUM_FIELDS = ['kind', 'dir', 'glossary_links'];

type Outcome = { shown: 'article' } | { shown: 'error'; code: string };

/** Opens `?article=id`; the page shows the article or an error state, safely. */
async function openHostile(page: import('@playwright/test').Page, id: string, label: string): Promise<Outcome> {
  await open(page, `?article=${id}`);
  await expectSafe(page, label);
  await expectFrame(page);
  const article = page.locator('main#main article.article');
  const error = errorState(page);
  await expect(article.or(error), `${label}: an article or an error state`).toHaveCount(1);
  if ((await error.count()) > 0) {
    await expect(error.locator('h1')).toBeVisible();
    return { shown: 'error', code: await problemCode(page) };
  }
  await expect(article.locator('h1')).toBeVisible();
  return { shown: 'article' };
}

test.describe('every string field in turn holds an XSS vector', () => {
  test.skip(LEAVES.length === 0, `no ${basePath}: build first`);
  // Each leaf gets one vector, rotating through the list, so every vector
  // lands in several kinds of field and every field gets one.
  const cases = LEAVES.map((p, i) => ({ p, i, vector: VECTORS[i % VECTORS.length] }));
  for (const [n, chunk] of chunks(cases, 8).entries()) {
    test(`fields ${chunk[0].i}–${chunk[chunk.length - 1].i} of ${LEAVES.length}`, async ({ page }) => {
      test.setTimeout(240_000);
      await installTraps(page);
      for (const { p, i, vector } of chunk) {
        const id = `hostile-field-${i}`;
        const field = fieldPath(p);
        // Replacing the article's own id changes which id the file must have.
        const doc = field === 'id' ? setAt(BASE, p, vector) : hostile(id, setAt(BASE, p, vector));
        writeArticle(id, doc);
        const label = `${field} = ${JSON.stringify(vector.slice(0, 50))}`;
        const outcome = await openHostile(page, id, label);
        if (outcome.shown === 'error') {
          const code = outcome.code;
          const names = code.startsWith(`${field}:`) || code.startsWith(`${field}.`) || code.startsWith(`${field}[`);
          const shape = code === 'shape' && ENUM_FIELDS.includes(String(p[p.length - 1]));
          expect(names || shape, `${label}: the code names the field (shown: ${JSON.stringify(code)})`).toBe(true);
        } else if (field === 'title') {
          // Shown, then as text: exactly the characters written.
          await expect(page.locator('main#main article.article h1')).toHaveText(vector);
        }
        void n;
      }
    });
  }
});

test.describe('each XSS vector in every text field at once', () => {
  test.skip(LEAVES.length === 0, `no ${basePath}: build first`);
  const text = LEAVES.filter((p) => !isStructural(p));
  const cases = VECTORS.map((vector, j) => ({ vector, j }));
  for (const chunk of chunks(cases, 4)) {
    test(`vectors ${chunk[0].j}–${chunk[chunk.length - 1].j} of ${VECTORS.length}`, async ({ page }) => {
      test.setTimeout(240_000);
      await installTraps(page);
      for (const { vector, j } of chunk) {
        const id = `hostile-vector-${j}`;
        let doc = BASE;
        for (const p of text) doc = setAt(doc, p, vector);
        writeArticle(id, hostile(id, doc));
        const label = `every text field = ${JSON.stringify(vector.slice(0, 50))}`;
        const outcome = await openHostile(page, id, label);
        if (outcome.shown === 'article') {
          await expect(page.locator('main#main article.article h1')).toHaveText(vector);
          // Toggletips and the quiz work on hostile text too.
          const tip = page.locator('button.term-button').first();
          if ((await tip.count()) > 0) {
            await tip.click();
            await expectSafe(page, `${label} (toggletip open)`);
            await page.keyboard.press('Escape');
          }
          const start = page.locator('.quiz-start-button');
          if ((await start.count()) > 0) {
            await start.click();
            await page.locator('.quiz-question .choice-label').first().click();
            await expectSafe(page, `${label} (quiz started)`);
          }
        } else {
          expect(outcome.code, `${label}: a problem code`).not.toBe('');
        }
      }
    });
  }
});

interface Broken {
  name: string;
  body: () => string | Buffer;
  /** The problem code the reader sees (the first problem's field and kind). */
  code: string | RegExp;
}

const TRUNCATED = (fraction: number) => () => {
  const text = JSON.stringify(BASE, null, 1);
  return text.slice(0, Math.floor(text.length * fraction));
};
const nest = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const with_ = (p: PathPart[], v: Json) => () => JSON.stringify(setAt(BASE, p, v));

const BROKEN: Broken[] = [
  { name: 'truncated at 10%', body: TRUNCATED(0.1), code: 'syntax' },
  { name: 'truncated at 50%', body: TRUNCATED(0.5), code: 'syntax' },
  { name: 'truncated one byte short', body: () => JSON.stringify(BASE).slice(0, -1), code: 'syntax' },
  { name: 'empty file', body: () => '', code: 'syntax' },
  { name: 'not JSON at all (HTML)', body: () => '<!DOCTYPE html><script>alert(1)</script>', code: 'syntax' },
  { name: 'binary garbage (invalid UTF-8)', body: () => Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28, 0x80, 0x00]), code: 'syntax' },
  { name: 'a JSON string', body: () => '"<script>alert(1)</script>"', code: 'format: missing-format' },
  { name: 'a JSON list', body: () => '[]', code: 'format: missing-format' },
  { name: 'null', body: () => 'null', code: 'format: missing-format' },
  { name: 'title is a number', body: with_(['title'], 42), code: 'shape' },
  { name: 'versions is a string', body: with_(['versions'], 'x'), code: 'shape' },
  { name: 'a paragraph is a number', body: with_(['versions', 0, 'sections', 0, 'paragraphs', 0], 7), code: 'shape' },
  { name: 'an answer is a string', body: with_(['quiz', 'questions', 0, 'answer'], ['0']), code: 'shape' },
  { name: 'glossary is an object', body: with_(['glossary'], {}), code: 'shape' },
  { name: 'unknown field with a script', body: with_(['onload'], 'alert(1)'), code: 'shape' },
  { name: 'section kind is unknown', body: with_(['versions', 0, 'sections', 0, 'kind'], '<script>'), code: 'shape' },
  {
    name: 'deep nesting (10,000 levels) in a paragraph list',
    body: () => JSON.stringify(setAt(BASE, ['versions', 0, 'sections', 0, 'paragraphs'], 'NEST')).replace('"NEST"', nest(10_000)),
    // The limit names the innermost list it stopped in.
    code: /^versions\[0\]\.sections\[0\]\.paragraphs(\[0\])+: limit$/,
  },
  {
    name: 'deep nesting in place of the whole file',
    body: () => nest(100_000),
    code: /^(\[0\])+: limit$/,
  },
  {
    name: 'huge array (200,000 paragraphs)',
    body: with_(['versions', 0, 'sections', 0, 'paragraphs'], Array(200_000).fill('p')),
    code: 'versions[0].sections[0].paragraphs: limit',
  },
  {
    name: 'too many glossary entries (301)',
    body: with_(['glossary'], Array.from({ length: 301 }, (_, i) => ({ term: `t${i}`, definition: 'd' }))),
    code: 'glossary: count',
  },
  {
    name: 'a 100 kB string in the title',
    body: with_(['title'], 'A'.repeat(100_000)),
    code: 'title: limit',
  },
  {
    name: 'a 2 MB file',
    body: with_(['summary'], 'x'.repeat(2 * 1024 * 1024)),
    code: 'limit',
  },
  {
    name: 'duplicate version ids',
    body: () => {
      const a = structuredClone(BASE) as { versions: Json[] };
      a.versions.push(structuredClone(a.versions[0]));
      return JSON.stringify(a);
    },
    code: 'versions[1].id: duplicate',
  },
  {
    name: 'duplicate question ids',
    body: () => {
      const a = structuredClone(BASE) as { quiz: { questions: Record<string, Json>[] } };
      a.quiz.questions[1].id = a.quiz.questions[0].id;
      return JSON.stringify(a);
    },
    code: 'quiz.questions[1].id: duplicate',
  },
  {
    name: 'duplicate glossary terms',
    body: () => {
      const a = structuredClone(BASE) as { glossary: Record<string, Json>[] };
      a.glossary[1].term = String(a.glossary[0].term).toUpperCase();
      return JSON.stringify(a);
    },
    code: 'glossary[1].term: duplicate',
  },
  { name: 'wrong version (format 2)', body: with_(['format'], 2), code: 'format: unsupported-format' },
  { name: 'wrong version (format "1")', body: with_(['format'], '1'), code: 'format: shape' },
  { name: 'wrong version (format -1)', body: with_(['format'], -1), code: 'format: shape' },
  {
    name: 'no format',
    body: () => {
      const a = structuredClone(BASE) as Record<string, Json>;
      delete a.format;
      return JSON.stringify(a);
    },
    code: 'format: missing-format',
  },
];

test.describe('malformed article files show an error naming the field; the app keeps working', () => {
  test.skip(LEAVES.length === 0, `no ${basePath}: build first`);
  for (const [i, b] of BROKEN.entries()) {
    test(b.name, async ({ page }) => {
      await installTraps(page);
      const id = `hostile-broken-${i}`;
      const body = b.body();
      // The article's own id must match its file for the other problems to show.
      const text = typeof body === 'string' ? body.replace(`"id":"${BASE_ID}"`, `"id":"${id}"`) : body;
      if (typeof text === 'string') writeArticle(id, text);
      else writeArticleBytes(id, text);
      await open(page, './');
      await expect(cards(page).first()).toBeVisible();
      await open(page, `?article=${id}`);
      const state = errorState(page);
      await expect(state).toBeVisible();
      await expect(errorState(page).locator('.problem-code code'), b.name).toHaveText(b.code);
      await expectSafe(page, b.name);
      await expectFrame(page);
      // The rest of the app keeps working: home, then a real article.
      await page.locator('header.site-header').getByRole('link', { name: 'Gloss', exact: true }).click();
      await settled(page);
      await expect(cards(page).first()).toBeVisible();
      await cards(page).first().locator('h3 a').click();
      await settled(page);
      await expect(page.locator('main#main article.article h1')).toBeVisible();
    });
  }
});

test.describe('hostile index and URLs', () => {
  test('an index whose titles, summaries and categories are XSS vectors renders them as text', async ({ page, watcher }) => {
    watcher.allow(HTTP_404);
    await installTraps(page);
    const usable = VECTORS.filter((v) => v.length <= 200 && !/[\u0000-\u0008\u000b-\u001f]/.test(v));
    const articles = usable.map((v, i) => ({
      id: `hostile-entry-${i}`,
      title: v,
      category: v.slice(0, 40).trim() || 'x',
      published: '2026-01-01',
      summary: v,
      reading_minutes: 1,
    }));
    // A content base with only a v1 index (no paged catalogue): paged and
    // searched in memory.
    await page.route('**/content/catalog/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.route('**/content/index.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ format: 1, articles }) }),
    );
    await openIndexClientSide(page, BASE_ID);
    await expectSafe(page, 'hostile index');
    await expectFrame(page);
    // Every title, page after page (24 to a page).
    const titles: string[] = [];
    for (;;) {
      titles.push(...(await cards(page).locator('h3 a').allTextContents()));
      const older = page.locator('nav.pager a', { hasText: 'Older' });
      if ((await older.count()) === 0) break;
      const before = await cards(page).first().textContent();
      await older.click();
      await expect(cards(page).first()).not.toHaveText(before ?? '');
    }
    expect(titles.length).toBe(usable.length);
    for (const v of usable) expect(titles, 'each title shown as text').toContain(v);
    // Search with a vector, open a hostile category.
    await page.locator('#search').fill('<img src=x onerror=alert(1)>');
    await expectSafe(page, 'hostile search');
    await page.locator('#search').fill('');
    await page.locator('nav.facets a').last().click();
    await expectSafe(page, 'hostile category');
    await expect(cards(page).first()).toBeVisible();
  });

  test('a malformed index names the field and the page still works', async ({ page, watcher }) => {
    watcher.allow(HTTP_404);
    await installTraps(page);
    await page.route('**/content/catalog/**', (route) => route.fulfill({ status: 404, body: '' }));
    const body = JSON.stringify({
      format: 1,
      articles: [{ id: '../../etc/passwd', title: '<script>alert(1)</script>', category: 'x', published: 'yesterday', summary: 's', reading_minutes: 1 }],
    });
    await page.route('**/content/index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await openIndexClientSide(page, BASE_ID);
    await expect(errorState(page)).toBeVisible();
    // The first of its problems: the id (then the date, for authors).
    expect(await problemCode(page)).toBe('articles[0].id: bad-id');
    await expectSafe(page, 'malformed index');
    await expectFrame(page);
  });

  test('a hostile paged catalogue: category names stay text, a bad page names its file and field', async ({ page }) => {
    await installTraps(page);
    const usable = VECTORS.filter((v) => v.length <= 200 && !/[\u0000-\u0008\u000b-\u001f]/.test(v)).slice(0, 30);
    const categories = usable.map((v, i) => ({ name: v, slug: `c-${i}`, count: 1 }));
    await page.route('**/content/catalog/meta.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ format: 2, total: usable.length, page_size: 24, categories }) }),
    );
    const bad = { format: 2, page: 1, pages: 1, total: 1, articles: [{ id: '../../etc/passwd', title: '<script>alert(1)</script>', category: 'x', published: 'yesterday', summary: 's', reading_minutes: 1 }] };
    await page.route('**/content/catalog/latest/1.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bad) }),
    );
    await openIndexClientSide(page, BASE_ID);
    await expect(errorState(page)).toBeVisible();
    await expect(errorState(page)).toContainText('catalog/latest/1.json');
    expect(await problemCode(page)).toBe('articles[0].id: bad-id');
    await expectSafe(page, 'hostile catalogue page');
    await expectFrame(page);
  });

  for (const [i, v] of [VECTORS[0], VECTORS[4], VECTORS[41], '\u202E\u0000', '%00%3Cscript%3E'].entries()) {
    test(`hostile URL parameters #${i}`, async ({ page, watcher }) => {
      watcher.allow(HTTP_404);
      await installTraps(page);
      const q = encodeURIComponent(v);
      for (const search of [`?q=${q}&category=${q}`, `?article=${q}`, `?article=${BASE_ID}&v=${q}`, `?view=${q}`, `?article=${BASE_ID}#${q}`]) {
        await page.goto(search);
        await settled(page);
        await expectSafe(page, `URL ${search.slice(0, 60)}`);
        await expectFrame(page);
      }
    });
  }
});

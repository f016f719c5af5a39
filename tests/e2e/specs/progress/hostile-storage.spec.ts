// Hostile localStorage contents and hostile imported progress files, in real
// headless Chromium. The keys are the documented ones
// (docs/progress-format.md): `gloss:progress` and
// `gloss:progress:quarantine:<ms>`. For every garbage value the index, an
// article (which records a read: load, merge, save) and `?view=progress` must
// render with no script run, only allowlisted elements and attributes, no
// console or page error (the shared fixture checks), and the unreadable text
// must never be lost: it stays under its key or is set aside under a
// quarantine key.
import type { Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { open, settled } from '../../support/app';
import { indexEntries } from '../../support/content';
import { VECTORS, expectFrame, expectSafe, installTraps } from '../../support/hostile';

const KEY = 'gloss:progress';
const QUARANTINE = 'gloss:progress:quarantine:';
const ARTICLE = indexEntries()[0]?.id ?? 'coral-reef-bleaching';

const deep = (n: number) => `{"version":2,"attempts":${'['.repeat(n)}${']'.repeat(n)}}`;
const attempt = (over: Record<string, unknown>) => ({
  id: 'f052b691dbef6348',
  article_id: 'coral-reef-bleaching',
  quiz_hash: '5c790dedc568eec5',
  seed: 42,
  started_at_ms: 1767225600000,
  finished_at_ms: 1767225720000,
  answers: {},
  score: 1,
  total: 2,
  ...over,
});

/** Garbage for `gloss:progress`, each with a name. */
const GARBAGE: [string, string][] = [
  ['empty string', ''],
  ['whitespace', '   \n'],
  ['null', 'null'],
  ['a list', '[]'],
  ['a number', '42'],
  ['truncated JSON', '{"version":2,"attempts":[{"id":"'],
  ['not JSON', '<script>alert(1)</script>'],
  ['future version', '{"version":99,"attempts":[]}'],
  ['version 0', '{"version":0}'],
  ['version as a string', '{"version":"2"}'],
  ['no version', '{"attempts":[]}'],
  ['attempts of the wrong type', '{"version":2,"attempts":"<img src=x onerror=alert(1)>"}'],
  ['deep nesting', deep(5000)],
  ['NUL bytes', '{"version":2,\u0000"attempts":[]}'],
  ['lone surrogates', '{"version":2,"terms_opened":{"a":["\\ud800"]}}'],
  [
    'records with XSS vectors in every string',
    JSON.stringify({
      version: 2,
      attempts: VECTORS.slice(0, 12).map((v, i) => attempt({ id: v, article_id: v, quiz_hash: v, seed: i, answers: { [v]: [0] } })),
      in_progress: [{ article_id: VECTORS[4], quiz_hash: VECTORS[5], mode: VECTORS[0], seed: 1, started_at_ms: 1, updated_at_ms: 2, position: 0, selections: {}, checked: [VECTORS[3]] }],
      terms_opened: { 'coral-reef-bleaching': VECTORS.filter((v) => v.length < 80 && !/[\u0000-\u001f]/.test(v)) },
      articles_read: { [VECTORS[0]]: { first_read_at_ms: 1, last_read_at_ms: 2 } },
    }),
  ],
  [
    'numbers out of range',
    JSON.stringify({ version: 2, attempts: [attempt({ seed: 1e300, started_at_ms: -1, score: 99, total: 0 })] }),
  ],
  ['version 1 with hostile lines', JSON.stringify({ version: 1, scores: { '<svg onload=alert(1)>': { best: 5, total: 4, attempts: 0 }, 'coral-reef-bleaching': { best: 'x' } } })],
  ['a 100 kB key', JSON.stringify({ version: 2, articles_read: { ['a'.repeat(100_000)]: { first_read_at_ms: 1, last_read_at_ms: 1 } } })],
  ['10,001 attempts (over the list limit)', JSON.stringify({ version: 2, attempts: Array.from({ length: 10_001 }, (_, i) => i) })],
];

/** Sets storage before the app's first start in this tab (once: later navigations keep what the app did). */
async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('gloss-test:seeded')) return;
    sessionStorage.setItem('gloss-test:seeded', '1');
    localStorage.clear();
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      out[k] = localStorage.getItem(k) ?? '';
    }
    return out;
  });
}

/** Index, an article (records a read), the progress page: all safe and working. */
async function tour(page: Page, label: string): Promise<void> {
  await open(page, './');
  await expectSafe(page, `${label}: index`);
  await expectFrame(page);
  await expect(page.locator('ul.article-list > li.article-card').first()).toBeVisible();
  await open(page, `?article=${ARTICLE}`);
  await expectSafe(page, `${label}: article`);
  await expect(page.locator('main#main article.article h1')).toBeVisible();
  const start = page.locator('.quiz-start-button');
  if ((await start.count()) > 0) {
    await start.click();
    await page.locator('.quiz-question .choice-label').first().click();
    await expectSafe(page, `${label}: quiz`);
  }
  await open(page, '?view=progress');
  await expectSafe(page, `${label}: progress page`);
  await expectFrame(page);
  await expect(page.locator('main#main h1')).toHaveText('My progress');
}

test.describe('garbage in localStorage', () => {
  for (const [name, value] of GARBAGE) {
    test(`${KEY} = ${name}`, async ({ page }) => {
      await installTraps(page);
      await seed(page, { [KEY]: value });
      await tour(page, name);
      // The original text is never lost: still under the key, or set aside.
      const after = await storage(page);
      const kept = Object.entries(after).filter(([k, v]) => (k === KEY || k.startsWith(QUARANTINE)) && v === value);
      expect(kept.length, `"${name}" is kept under ${KEY} or a quarantine key (keys now: ${Object.keys(after).join(', ')})`).toBeGreaterThan(0);
    });
  }

  test('garbage under quarantine keys and other gloss: keys', async ({ page }) => {
    await installTraps(page);
    const entries: Record<string, string> = {
      [`${QUARANTINE}abc`]: '<script>alert(1)</script>',
      [`${QUARANTINE}-1`]: '',
      [`${QUARANTINE}99999999999999999999999999`]: '{"version":2}',
      [`${QUARANTINE}1`]: 'x'.repeat(50_000),
      [`${QUARANTINE}2`]: 'null',
      [`${QUARANTINE}`]: '[]',
      [`${QUARANTINE}<img src=x onerror=alert(1)>`]: VECTORS[0],
      'gloss:': VECTORS[4],
      'gloss:progress:': VECTORS[5],
      'gloss:settings': '{',
    };
    await seed(page, entries);
    await tour(page, 'quarantine keys');
  });

  test('a value near the storage quota', async ({ page }) => {
    await installTraps(page);
    const big = `{"version":2,"x":"${'y'.repeat(1000)}",` + '"pad":[' + Array(4000).fill('"' + 'z'.repeat(1000) + '"').join(',') + ']}';
    await seed(page, { [KEY]: big });
    await tour(page, 'near quota');
  });
});

interface ImportCase {
  name: string;
  file: string;
  body: string | Buffer;
  /** The outcome text must match. */
  want: RegExp;
}

const exportOf = (progress: unknown) => JSON.stringify({ format: 'gloss-progress', version: 2, exported_at_ms: 1, progress });

const IMPORTS: ImportCase[] = [
  { name: 'empty file', file: 'empty.json', body: '', want: /couldn['’]t be imported/ },
  { name: 'not JSON', file: 'page.json', body: '<html><script>alert(1)</script>', want: /couldn['’]t be imported/ },
  { name: 'binary', file: 'image.json', body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe]), want: /couldn['’]t be imported/ },
  { name: 'truncated', file: 'cut.json', body: exportOf({ version: 2, attempts: [] }).slice(0, 40), want: /couldn['’]t be imported/ },
  { name: 'another format', file: 'other.json', body: JSON.stringify({ format: '<svg onload=alert(1)>', version: 2 }), want: /couldn['’]t be imported/ },
  { name: 'future version', file: 'future.json', body: JSON.stringify({ format: 'gloss-progress', version: 3, progress: {} }), want: /couldn['’]t be imported/ },
  { name: 'deep nesting', file: 'deep.json', body: deep(10_000), want: /couldn['’]t be imported/ },
  { name: 'over 4 MiB', file: 'huge.json', body: ' '.repeat(4 * 1024 * 1024 + 1), want: /too large|couldn['’]t be imported/ },
  {
    name: 'records full of XSS vectors (dropped and listed as text)',
    file: 'hostile.json',
    body: exportOf({
      version: 2,
      attempts: VECTORS.slice(0, 20).map((v, i) => attempt({ id: v, article_id: v, seed: i })),
      terms_opened: { [VECTORS[0]]: [VECTORS[4]] },
    }),
    want: /Imported/,
  },
  {
    name: 'a valid export with hostile term ids',
    file: 'terms.json',
    body: exportOf({ version: 2, terms_opened: { 'coral-reef-bleaching': ['<img src=x onerror=alert(1)>', '"><script>xss()</script>'] } }),
    want: /Imported/,
  },
  { name: 'a hostile file name', file: '<img src=x onerror=alert(1)>.json', body: '{', want: /couldn['’]t be imported/ },
  { name: 'a bidi file name', file: 'progress\u202Enosj.exe', body: 'null', want: /couldn['’]t be imported/ },
];

test.describe('hostile imported progress files', () => {
  test('every hostile file is refused or imported safely; the page keeps working', async ({ page }) => {
    test.setTimeout(180_000);
    await installTraps(page);
    await seed(page, {});
    await open(page, '?view=progress');
    await expect(page.locator('#import-progress')).toHaveCount(1);
    for (const c of IMPORTS) {
      const outcome = page.locator('.transfer-outcome');
      const before = await outcome.textContent();
      await page.locator('#import-progress').setInputFiles({
        name: c.file,
        mimeType: 'application/json',
        buffer: Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body, 'utf8'),
      });
      await expect(outcome, `${c.name}: an outcome is shown`).not.toHaveText(before ?? '', { timeout: 20_000 });
      await expect(outcome, c.name).toHaveText(c.want);
      await expectSafe(page, `import: ${c.name}`);
      await expectFrame(page);
      if (c.file.includes('<')) {
        // The file name is shown as text, exactly.
        await expect(outcome).toContainText(c.file);
      }
    }
    // The rest of the app still works, and the store is readable.
    await page.locator('header.site-header').getByRole('link', { name: 'Gloss', exact: true }).click();
    await settled(page);
    await expect(page.locator('ul.article-list > li.article-card').first()).toBeVisible();
  });
});

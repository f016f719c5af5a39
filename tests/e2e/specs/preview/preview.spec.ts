// The author preview (preview/, issue 13 point 5): a local article file
// checked in the browser with every problem at its line, column and field,
// or rendered by the reader's own components; broken files of every kind;
// drag and drop; re-reading; nothing stored; axe; JavaScript off.
import fs from 'node:fs';
import path from 'node:path';

import { type Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { expectNoAxeViolations, open } from '../../support/app';
import { REPO } from '../../support/paths';
import { quiz, takeQuiz } from '../../support/quiz';

const ID = 'coral-reef-bleaching';
const NAME = `${ID}.json`;
const VALID = fs.readFileSync(path.join(REPO, 'content', 'articles', NAME), 'utf8');

const summary = (page: Page) => page.locator('main#main #error-summary');
const status = (page: Page) => page.locator('main#main .preview-status[role="status"]');
const rendered = (page: Page) => page.locator('main#main .preview-frame article.article');

async function openPreview(page: Page): Promise<void> {
  await page.goto('preview/');
  await page.locator('html[data-gloss-ready] main#main #preview-file').waitFor();
}

async function choose(page: Page, buffer: Buffer | string, name = NAME, mimeType = 'application/json'): Promise<void> {
  await page.setInputFiles('#preview-file', {
    name,
    mimeType,
    buffer: typeof buffer === 'string' ? Buffer.from(buffer) : buffer,
  });
}

/** Every key in localStorage. */
async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.localStorage).sort());
}

/** The article with one change made to its JSON value. */
function edited(change: (a: Record<string, any>) => void): string {
  const a = JSON.parse(VALID);
  change(a);
  return JSON.stringify(a, null, 2);
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

async function expectProblems(page: Page, items: RegExp[], count = items.length): Promise<void> {
  await expect(summary(page)).toBeVisible();
  await expect(summary(page), 'focus moves to the error summary').toBeFocused();
  await expect(summary(page).locator('h2')).toHaveText(count === 1 ? /^There is a problem with / : new RegExp(`^There are ${count} problems in `));
  const list = summary(page).locator('.error-summary-list > li');
  await expect(list).toHaveCount(count);
  for (const [i, re] of items.entries()) await expect(list.nth(i)).toHaveText(re);
  await expect(status(page)).toHaveText(new RegExp(`^Checked at \\d\\d:\\d\\d: ${count} problems? in `));
  await expect(rendered(page)).toHaveCount(0);
}

test.describe('author preview', () => {
  test('a valid file is rendered as readers see it: toggletips, a working quiz, nothing stored', async ({ page }, testInfo) => {
    await openPreview(page);
    await expect(page.locator('h1')).toHaveText('Preview an article');
    await expect(page.locator('main#main')).toContainText('never uploaded');
    const before = await storageKeys(page);
    await choose(page, VALID);
    await expect(rendered(page)).toBeVisible();
    await expect(rendered(page).locator('h1')).toHaveText(JSON.parse(VALID).title);
    await expect(status(page)).toHaveText(/^Checked at \d\d:\d\d: no problems in \u2068coral-reef-bleaching\.json\u2069\./);
    await expect(summary(page)).toHaveCount(0);
    await expect(page).toHaveTitle(/^Preview: .* · Gloss$/);

    const term = page.locator('main .term-button').first();
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('main .tip-bubble')).toBeVisible();
    await page.keyboard.press('Escape');

    await expect(quiz(page)).toBeVisible();
    await takeQuiz(page);
    await expect(quiz(page).locator('.result-heading')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, 'preview-article');
    expect(await storageKeys(page), 'the preview stores nothing').toEqual(before);
    await page.reload();
    expect(await storageKeys(page)).toEqual(before);
  });

  test('a JSON syntax error: line and column', async ({ page }, testInfo) => {
    await openPreview(page);
    await choose(page, '{\n  "format": 1,\n  "id": }\n');
    await expectProblems(page, [/^Line 3, column 9\s*not valid JSON \(line 3, column 9\): expected value/]);
    await expectNoAxeViolations(page, testInfo, 'preview-problems');
  });

  test('wrong types, an impossible date and an answer out of range: field, line and column', async ({ page }) => {
    await openPreview(page);
    const wrongType = edited((a) => (a.title = 42));
    await choose(page, wrongType);
    await expectProblems(page, [new RegExp(`^Line ${lineOf(wrongType, '"title": 42')}, column 12 title\\s*wrong type: integer \`42\`, expected a string`)]);

    const date = edited((a) => (a.published = '2026-02-30'));
    await choose(page, date);
    await expectProblems(page, [new RegExp(`^Line ${lineOf(date, '2026-02-30')}, column \\d+ published\\s*"2026-02-30" is not a date`)]);

    const answer = edited((a) => (a.quiz.questions[1].answer = [9]));
    const line = answer.split('\n').findIndex((l, i, all) => l.includes('"answer"') && all.slice(0, i).filter((x) => x.includes('"answer"')).length === 1) + 1;
    await choose(page, answer);
    await expectProblems(page, [new RegExp(`^Line ${line}, column \\d+ quiz\\.questions\\[1\\]\\.answer\\s*index 9 out of range`)]);

    // Several problems at once, every one listed.
    const many = edited((a) => {
      a.published = 'soon';
      a.quiz.questions[0].answer = [7];
    });
    await choose(page, many);
    await expectProblems(page, [/published/, /quiz\.questions\[0\]\.answer/]);
  });

  test('files that are not articles: too large, binary, an image, empty; nothing stored', async ({ page }) => {
    await openPreview(page);
    const before = await storageKeys(page);
    const started = Date.now();
    await choose(page, Buffer.alloc(10 * 1024 * 1024, 0x20));
    await expectProblems(page, [/^Whole file\s*The file is 10240 KB; an article can be at most 1024 KB\. It was not read\./]);
    expect(Date.now() - started, 'a 10 MB file is refused without reading it').toBeLessThan(10_000);

    await choose(page, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00, 0x9c, 0x22, 0x7d]), 'garbage.json', 'application/octet-stream');
    await expectProblems(page, [/^Whole file\s*This is not a text file: byte 2 is not UTF-8 text/]);

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await choose(page, png, 'photo.png', 'image/png');
    await expectProblems(page, [/^Whole file\s*This is a PNG file, not a JSON file\./]);

    await choose(page, Buffer.alloc(0), 'empty.json');
    await expectProblems(page, [/^Whole file\s*The file is empty\./]);

    await choose(page, 'Dear editor, here is the article.', 'notes.json', 'text/plain');
    await expectProblems(page, [/^Line 1, column 1\s*not valid JSON/]);
    expect(await storageKeys(page)).toEqual(before);
  });

  test('drag and drop, a second file after a first, and Check again', async ({ page }) => {
    await openPreview(page);
    const drop = async (text: string, name = NAME) =>
      page.locator('.drop-zone').evaluate(
        (zone, [text, name]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([text], name, { type: 'application/json' }));
          zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
          zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        [text, name],
      );
    await drop(VALID);
    await expect(rendered(page)).toBeVisible();
    await drop('{"format": 1');
    await expectProblems(page, [/not valid JSON/]);
    await choose(page, VALID);
    await expect(rendered(page)).toBeVisible();
    await expect(summary(page)).toHaveCount(0);

    await choose(page, '[]', 'list.json');
    await expectProblems(page, [/./]);
    const again = page.getByRole('button', { name: 'Check again' });
    await again.focus();
    await again.click();
    await expect(summary(page), 'checked again: focus back on the summary').toBeFocused();
  });

  test('a file opened with the File System Access API is re-checked when it changes', async ({ page }) => {
    // A stand-in for the browser's picker: a handle whose file the test edits.
    await page.addInitScript(() => {
      const w = window as any;
      w.__file = null;
      w.showOpenFilePicker = async () => [{ kind: 'file', name: 'x.json', getFile: async () => w.__file }];
    });
    await openPreview(page);
    await page.evaluate((text) => {
      (window as any).__file = new File([text], 'coral-reef-bleaching.json', { lastModified: 1000 });
    }, VALID);
    await page.getByRole('button', { name: 'Open a file and re-check it when it changes' }).click();
    await expect(rendered(page)).toBeVisible();
    await expect(page.locator('.preview-watching')).toBeVisible();
    await page.evaluate(() => {
      (window as any).__file = new File(['{"format": 1,'], 'coral-reef-bleaching.json', { lastModified: 2000 });
    });
    await expectProblems(page, [/not valid JSON/]);
    await page.evaluate((text) => {
      (window as any).__file = new File([text], 'coral-reef-bleaching.json', { lastModified: 3000 });
    }, VALID);
    await expect(rendered(page)).toBeVisible();
  });

  test('the footer links every page to the preview, at any depth', async ({ page }, testInfo) => {
    await open(page, `articles/${ID}/`);
    await page.getByRole('link', { name: 'For authors: preview an article' }).click();
    await expect(page).toHaveURL(/\/schools\/district-7\/gloss\/preview\/$/);
    await expect(page.locator('h1')).toHaveText('Preview an article');
    await page.locator('html[data-gloss-ready]').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, testInfo, 'preview-empty');
    // After moving within the app to another depth, the link still points there.
    await open(page, './');
    await page.locator('main .card-title a').first().click();
    await expect(page.locator('main#main article.article')).toBeVisible();
    await expect(page.getByRole('link', { name: 'For authors: preview an article' })).toHaveAttribute('href', /\/schools\/district-7\/gloss\/preview\/$/);
  });
});

test.describe('author preview without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says the preview needs JavaScript', async ({ page }) => {
    await page.goto('preview/');
    await expect(page.locator('main#main')).toContainText('The author preview needs JavaScript');
    await expect(page.locator('#preview-file')).toHaveCount(0);
  });
});

// The author preview in the reader's language (issue 13, points 1 and 5):
// its own words come from the same catalogues as the site's, <html lang
// dir> follow them, a change of language keeps the file and its check, and
// the validator's details (the words `cargo xtask validate` prints) are
// marked as English so they keep their direction in a right-to-left page.
import fs from 'node:fs';
import path from 'node:path';

import { type Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { expectNoAxeViolations } from '../../support/app';
import { REPO } from '../../support/paths';

const NAME = 'coral-reef-bleaching.json';
const VALID = fs.readFileSync(path.join(REPO, 'content', 'articles', NAME), 'utf8');

/** The valid article with its first question's answer out of range. */
function outOfRange(): string {
  const a = JSON.parse(VALID);
  a.quiz.questions[0].answer = 9;
  return JSON.stringify(a, null, 2);
}

/** The preview's English words, none of which may remain in another language. */
const ENGLISH = [
  'Preview an article',
  'Skip to content',
  'For authors',
  'Drop an article',
  'Choose an article file',
  'One file at most',
  'never uploaded',
  'Check again',
  'Whole file',
  'There is a problem',
  'There are',
  'Line ',
  'Checked at',
  'Fix the file',
  'How readers will see it',
];

const summary = (page: Page) => page.locator('main#main #error-summary');
const status = (page: Page) => page.locator('main#main .preview-status[role="status"]');
const rendered = (page: Page) => page.locator('main#main .preview-frame article.article');

async function openIn(page: Page, lang: string): Promise<void> {
  await page.goto('preview/');
  await page.locator(`html[data-gloss-ready][lang="${lang}"]:not([data-ui-pending]) main#main #preview-file`).waitFor();
}

async function choose(page: Page, text: string | Buffer, name = NAME, mimeType = 'application/json'): Promise<void> {
  await page.setInputFiles('#preview-file', { name, mimeType, buffer: typeof text === 'string' ? Buffer.from(text) : text });
}

/** The page's text without the validator's English details and the article's own words. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('.problem-message[lang="en"], .problem-path, .preview-frame .page, #ui-lang option, script')) el.remove();
    return clone.textContent ?? '';
  });
}

test.describe('the preview in a Spanish browser (es-ES)', () => {
  test.use({ locale: 'es-ES' });

  test('its words are Spanish; problems are placed in Spanish; the validator details are marked English', async ({ page }, testInfo) => {
    await openIn(page, 'es');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('main#main > h1')).toHaveText('Previsualizar un artículo');
    await expect(page).toHaveTitle('Previsualizar un artículo · Gloss');
    await expect(page.getByLabel('Idioma')).toHaveValue('es');
    await expect(page.getByText('Elige el archivo de un artículo (.json)')).toBeVisible();

    await choose(page, outOfRange());
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).locator('h2')).toHaveText(`Hay un problema en \u2068${NAME}\u2069`);
    const item = summary(page).locator('.error-summary-list > li').first();
    await expect(item.locator('.problem-place')).toHaveText(/^Línea \d+, columna \d+$/);
    await expect(item.locator('.problem-message')).toHaveAttribute('lang', 'en');
    await expect(summary(page)).toContainText('Los detalles de cada problema están en inglés');
    await expect(status(page)).toHaveText(new RegExp(`^Revisado a las \\d\\d:\\d\\d: 1 problema en \u2068${NAME.replace('.', '\\.')}\u2069\\.$`));
    await expect(page).toHaveTitle('Vista previa: hay problemas · Gloss');
    const text = await chromeText(page);
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
    await expectNoAxeViolations(page, testInfo, 'preview problems in Spanish');

    await choose(page, Buffer.alloc(0), 'vacio.json');
    await expect(summary(page).locator('.error-summary-list > li')).toHaveText(/^Todo el archivo\s*El archivo está vacío\.$/);
    await expect(summary(page)).not.toContainText('Los detalles de cada problema');
  });

  test('a valid file is shown with the reader’s Spanish frame, and changing the language keeps it', async ({ page }) => {
    await openIn(page, 'es');
    await choose(page, VALID);
    await expect(rendered(page)).toBeVisible();
    await expect(page.locator('#preview-frame-title')).toHaveText('Así lo verán los lectores');
    await expect(rendered(page).locator('#quiz-heading')).toHaveText('Comprueba lo que has entendido');
    await expect(status(page)).toContainText('ningún problema en');

    await page.getByLabel('Idioma').selectOption('en');
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await expect(page.locator('main#main > h1')).toHaveText('Preview an article');
    await expect(rendered(page), 'the checked file is still shown').toBeVisible();
    await expect(rendered(page).locator('#quiz-heading')).toHaveText('Check your understanding');
    await expect(status(page)).toHaveText(/^Checked at \d\d:\d\d: no problems in \u2068coral-reef-bleaching\.json\u2069\./);
    await expect(page).toHaveTitle(/^Preview: .* · Gloss$/);
  });
});

test.describe('the preview in an Arabic browser (ar-EG)', () => {
  test.use({ locale: 'ar-EG' });

  test('right to left in Arabic; a file that is not JSON is named in Arabic', async ({ page }, testInfo) => {
    await openIn(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main#main > h1')).toHaveText('معاينة مقال');
    await expectNoAxeViolations(page, testInfo, 'preview in Arabic');

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    await choose(page, png, 'photo.png', 'image/png');
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).locator('h2')).toHaveText('توجد مشكلة في \u2068photo.png\u2069');
    await expect(summary(page).locator('.error-summary-list > li')).toHaveText(/^الملف كله\s*هذا ملف PNG، وليس ملف JSON\.$/);

    await choose(page, '{\n  "format": 1,\n  "id": }\n');
    await expect(summary(page).locator('.problem-place')).toHaveText('السطر 3، العمود 9');
    await expect(summary(page).locator('.problem-message')).toHaveAttribute('dir', 'ltr');
    const text = await chromeText(page);
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
    await expectNoAxeViolations(page, testInfo, 'preview problems in Arabic');
  });
});

// The interface in the reader's language (issue #13): English, Spanish and
// Arabic. The pre-rendered pages are English and hydrate in English; then
// the app picks the stored choice, else navigator.languages (Playwright's
// `locale`), else English, fetches i18n/<code>.json and turns the page.
// <html lang dir> follow the interface, the article's own words keep
// theirs, and the chrome that was converted has no English left.
import { type Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { indexEntries } from '../../support/content';
import { articleRoot, expectNoAxeViolations, open } from '../../support/app';

const ARTICLE = indexEntries().find((e) => e.lang === 'en')?.id ?? indexEntries()[0].id;
const KEY = 'gloss:ui-lang';

/** English words of the converted chrome that must not remain. */
const ENGLISH = [
  'Skip to content',
  'My progress',
  'My words',
  'The news, explained',
  'Explained news',
  'Search articles',
  'Latest articles',
  'min read',
  'Display',
  'open-source reader',
  'For authors',
];
const ARTICLE_ENGLISH = ['Back to articles', 'Key terms', 'Check your understanding', 'Original reporting', 'Start the quiz', 'Print worksheet'];

async function turned(page: Page, lang: string): Promise<void> {
  await page.locator(`html[lang="${lang}"]:not([data-ui-pending])`).waitFor({ state: 'attached' });
}

/** The interface's own text: header, footer and the page's frame, without the articles' words. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const app = document.querySelector('#app')?.cloneNode(true) as HTMLElement | null;
    if (!app) return '';
    // The link to the author preview under the app is the interface's too.
    const clone = document.createElement('div');
    clone.append(app, ...[...document.querySelectorAll('nav.authors')].map((n) => n.cloneNode(true)));
    // Content carries a lang other than the interface's, or is the article's text.
    for (const el of clone.querySelectorAll('.card-title, .card-summary, .card-category, .article-body, .glossary-list, .question-prompt, .choices, h1[lang], .category, .source bdi, .audience-switch span[lang]')) {
      el.remove();
    }
    return clone.textContent ?? '';
  });
}

test.describe('a Spanish browser (es-ES)', () => {
  test.use({ locale: 'es-ES' });

  test('the index speaks Spanish, left to right, with no English chrome left', async ({ page }) => {
    await open(page, './');
    await turned(page, 'es');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noticias explicadas');
    await expect(page.locator('.site-header')).toContainText('Mi progreso');
    await expect(page.getByLabel('Idioma')).toHaveValue('es');
    const text = await chromeText(page);
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
  });

  test('an article page: its frame in Spanish, its text in its own language', async ({ page }, testInfo) => {
    await open(page, `articles/${ARTICLE}/`);
    await turned(page, 'es');
    const root = articleRoot(page);
    await expect(root.locator('#glossary-heading')).toContainText('Términos clave');
    await expect(root.locator('#quiz-heading')).toHaveText('Comprueba lo que has entendido');
    await expect(root.locator('.article-meta .reading-time')).toContainText('min de lectura');
    await expect(root.locator('h1')).toHaveAttribute('lang', 'en');
    const text = await chromeText(page);
    for (const english of [...ENGLISH, ...ARTICLE_ENGLISH]) expect(text, english).not.toContain(english);
    await expectNoAxeViolations(page, testInfo, 'article in Spanish');
  });

  test('the printed worksheet is headed in Spanish', async ({ page }) => {
    await open(page, `articles/${ARTICLE}/`);
    await turned(page, 'es');
    await page.emulateMedia({ media: 'print' });
    const head = await page.locator('article.article').evaluate((el) => getComputedStyle(el, '::before').content);
    expect(head).toMatch(/^"Nombre: _+ +Fecha: _+"$/);
  });

  test('choosing English in the switcher is kept on the device', async ({ page }) => {
    await open(page, './');
    await turned(page, 'es');
    await page.getByLabel('Idioma').selectOption('en');
    await turned(page, 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explained news');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('en');
    await page.reload();
    await turned(page, 'en');
    await expect(page.locator('.site-header')).toContainText('My progress');
  });
});

test.describe('an Arabic browser (ar-EG)', () => {
  test.use({ locale: 'ar-EG' });

  test('the index runs right to left in Arabic', async ({ page }, testInfo) => {
    await open(page, './');
    await turned(page, 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('أخبار مشروحة');
    await expect(page.locator('.skip-link')).toHaveText('تخطَّ إلى المحتوى');
    await expect(page.getByLabel('اللغة')).toHaveValue('ar');
    const text = await chromeText(page);
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
    await expectNoAxeViolations(page, testInfo, 'index in Arabic');
  });

  test('an English article in the Arabic interface keeps its own direction', async ({ page }, testInfo) => {
    await open(page, `articles/${ARTICLE}/`);
    await turned(page, 'ar');
    const root = articleRoot(page);
    const direction = (sel: string) => root.locator(sel).first().evaluate((el) => getComputedStyle(el).direction);
    expect(await direction('h1')).toBe('ltr');
    expect(await direction('.section-body')).toBe('ltr');
    expect(await direction('#quiz-heading')).toBe('rtl');
    expect(await direction('#glossary-heading')).toBe('rtl');
    await expect(root.locator('#quiz-heading')).toHaveText('تحقّق من فهمك');
    const text = await chromeText(page);
    for (const english of [...ENGLISH, ...ARTICLE_ENGLISH]) expect(text, english).not.toContain(english);
    await expectNoAxeViolations(page, testInfo, 'article in Arabic');
  });

  test('a stored choice beats the browser', async ({ page }) => {
    await page.addInitScript((k) => localStorage.setItem(k, 'es'), KEY);
    await open(page, './');
    await turned(page, 'es');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
});

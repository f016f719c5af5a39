// Printing an article as a worksheet (issue #12): what paper shows in print
// media, as a worksheet and as the teacher's answer key, with JavaScript off,
// and that none of it shows on screen.
import type { Page } from '@playwright/test';

import { articleRoot, expectNoAxeViolations, open } from '../../support/app';
import { article } from '../../support/content';
import { expect, test } from '../../support/fixtures';
import { QUIZ_ARTICLE, answerKey, plain } from '../../support/quiz';

const TWO_VERSIONS = 'ai-distillation-dispute';

interface RawQuestion {
  choices: { text: string; explanation?: string }[];
  answer: number[];
  explanation?: string;
  evidence?: string;
}

function questions(id: string): RawQuestion[] {
  return (article(id).quiz as { questions: RawQuestion[] }).questions;
}

/** Every explanation the quiz of `id` has, as shown. */
function explanations(id: string): string[] {
  return questions(id).flatMap((q) =>
    [...q.choices.map((c) => c.explanation), q.explanation].filter((e): e is string => !!e).map(plain),
  );
}

/** The start of the paragraph with this anchor in a version, as shown (up to any link). */
function cited(id: string, anchor: string, version = 0): string {
  for (const s of article(id).versions[version].sections) {
    for (const p of s.paragraphs ?? []) {
      const para = p as { id?: string; text?: string };
      if (para.id === anchor && para.text) return plain(para.text.split('[')[0]).slice(0, 80);
    }
  }
  throw new Error(`no paragraph ${anchor} in ${id}`);
}

/** What the page shows, as text (laid out with the media in effect). */
async function shownText(page: Page): Promise<string> {
  return (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
}

/** The buttons a reader could see, other than terms and the key-terms heading. */
async function visibleButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('button'))
      .filter((b) => b.checkVisibility() && !b.matches('.term-button, .disclosure'))
      .map((b) => b.textContent ?? ''),
  );
}

/** The `content` of a pseudo-element of the first element matching `selector`. */
async function generated(page: Page, selector: string, pseudo: '::before' | '::after'): Promise<string> {
  return page.locator(selector).first().evaluate((el, p) => getComputedStyle(el, p).content, pseudo);
}

/** The worksheet in print media, with (`answers`) or without the answer key. */
async function expectWorksheet(page: Page, answers: boolean, id = QUIZ_ARTICLE, version = 0): Promise<void> {
  const a = article(id);
  // A line for name and date on top; the answer key says what it is instead.
  const head = await generated(page, 'article.article', '::before');
  if (answers) expect(head).toBe('"Answer key"');
  else expect(head).toMatch(/^"Name: _+ +Date: _+"$/);
  // The text and the key terms, even when the reader had folded them away.
  await expect(articleRoot(page).locator('h1')).toHaveText(a.title);
  await expect(page.locator('p.hook')).toBeVisible();
  await expect(page.locator('.article-body section').last()).toBeVisible();
  const terms = page.locator('#glossary dt');
  await expect(terms).toHaveCount(a.glossary!.length);
  await expect(terms.first()).toBeVisible();
  await expect(terms.last()).toBeVisible();
  // Every question with its choices, lettered, each with an empty box.
  const key = answerKey(id);
  const items = page.locator('ol.worksheet > li');
  await expect(items).toHaveCount(key.length);
  for (const [i, q] of key.entries()) {
    const item = items.nth(i);
    await expect(item).toBeVisible();
    await expect(item.locator('p').first()).toHaveText(q.prompt);
    if (q.kind === 'multiple') await expect(item.locator('p').nth(1)).toHaveText(/all the answers that apply/);
    const choices = item.locator('ol > li');
    await expect(choices).toHaveText(q.choices);
    await expect(choices.first()).toBeVisible();
    const itemKey = item.locator('.answer-key');
    await expect(itemKey).toHaveCount(answers ? 1 : 0);
    if (answers) {
      await expect(itemKey).toBeVisible();
      const raw = questions(id)[i];
      for (const right of raw.answer) {
        await expect(itemKey).toContainText(plain(raw.choices[right].text));
        const why = raw.choices[right].explanation;
        if (why) await expect(itemKey).toContainText(plain(why));
      }
      if (raw.explanation) await expect(itemKey).toContainText(plain(raw.explanation));
      if (raw.evidence) await expect(itemKey.locator('blockquote')).toContainText(cited(id, raw.evidence, version));
    }
  }
  const marks = await page.locator('ol.worksheet ol').first().evaluate((ol) => {
    const li = ol.querySelector('li')!;
    const box = getComputedStyle(li, '::before');
    return [getComputedStyle(ol).listStyleType, box.content, box.borderTopStyle, box.width];
  });
  expect(marks.slice(0, 3), 'letters and an empty box').toEqual(['upper-alpha', '""', 'solid']);
  expect(parseFloat(marks[3])).toBeGreaterThan(8);
  // No chrome, no buttons, no interactive quiz.
  for (const hidden of ['header.site-header', 'footer.site-footer', 'a.back-link', '.print-actions', '.share-panel', '#quiz .quiz-summary']) {
    await expect(page.locator(hidden), hidden).toBeHidden();
  }
  expect(await visibleButtons(page)).toEqual([]);
  const text = await shownText(page);
  if (!answers) {
    for (const e of explanations(id)) expect(text, 'no explanation on the worksheet').not.toContain(e);
    expect(text).not.toContain('Right answer');
  }
}

test.describe('printing an article', () => {
  test('Ctrl+P gives a worksheet: text, key terms, every question with empty boxes, no answers', async ({ page }) => {
    await open(page, `articles/${QUIZ_ARTICLE}/`);
    // A reader folded the key terms and opened a toggletip before printing.
    await page.locator('#glossary .disclosure').click();
    await expect(page.locator('#glossary dl')).toBeHidden();
    const term = page.locator('.article-body .term-button').first();
    await term.click();
    await expect(page.locator('.tip-bubble')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expectWorksheet(page, false);
    await expect(page.locator('.tip-bubble'), 'toggletip bubbles are not printed').toBeHidden();
    await expect(term).toBeVisible();
  });

  test('content links print their URL; in-page links do not', async ({ page }) => {
    await open(page, `articles/${QUIZ_ARTICLE}/`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page.locator(selector).first().evaluate((a) => [a.getAttribute('href'), getComputedStyle(a, '::after').content]);
    for (const selector of ['.article-body a[href^="https:"]', 'a.source-link', '.attachments a']) {
      const [href, content] = await after(selector);
      expect(content, selector).toBe(`" (${href})"`);
    }
    const [, internal] = await after('#glossary a[href^="#"]');
    expect(internal).toBe('none');
  });

  test('"Print answer key" adds the answers, explanations and cited paragraphs, for that print only', async ({ page }) => {
    await open(page, `articles/${QUIZ_ARTICLE}/`);
    await page.evaluate(() => {
      const w = window as unknown as { printed: string[]; print: () => void };
      w.printed = [];
      w.print = () =>
        w.printed.push(
          `${document.documentElement.getAttribute('data-print') ?? 'worksheet'} ${document.querySelectorAll('.worksheet .answer-key').length}`,
        );
    });
    const printed = () => page.evaluate(() => (window as unknown as { printed: string[] }).printed);
    await expect(page.locator('.answer-key'), 'no answer key in the page').toHaveCount(0);
    await page.getByRole('button', { name: 'Print answer key' }).click();
    await expect.poll(printed).toEqual([`key ${answerKey().length}`]);
    // Never on screen, even while the answer key is there for the print.
    await expect(page.locator('.answer-key').first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expectWorksheet(page, true);
    // The print is done (or cancelled): the next one is a plain worksheet.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).not.toHaveAttribute('data-print');
    await expect(page.locator('.answer-key')).toHaveCount(0);
    await expectWorksheet(page, false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print worksheet' }).click();
    await expect.poll(printed).toEqual([`key ${answerKey().length}`, 'worksheet 0']);
  });

  test('the answer key quotes the paragraphs of the audience version shown', async ({ page }) => {
    const younger = article(TWO_VERSIONS).versions[1];
    await open(page, `articles/${TWO_VERSIONS}/${younger.id}/`);
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: 'Print answer key' }).click();
    await page.emulateMedia({ media: 'print' });
    await expectWorksheet(page, true, TWO_VERSIONS, 1);
    const first = questions(TWO_VERSIONS)[0].evidence!;
    expect(cited(TWO_VERSIONS, first, 1)).not.toBe(cited(TWO_VERSIONS, first, 0));
    await expect(page.locator('.answer-key blockquote').first()).toContainText(cited(TWO_VERSIONS, first, 1));
  });

  test('an Arabic article prints its questions right to left and its hints in the interface language', async ({ page }) => {
    const id = 'ramadan-lunar-calendar';
    await open(page, `articles/${id}/`);
    await page.emulateMedia({ media: 'print' });
    await expectWorksheet(page, false, id);
    const first = page.locator('ol.worksheet > li').first();
    for (const content of [first.locator('p').first(), first.locator('ol')]) {
      await expect(content).toHaveAttribute('lang', 'ar');
      await expect(content).toHaveAttribute('dir', 'rtl');
    }
    expect(await first.locator('p').nth(1).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
  });

  test('on screen: the print buttons, and nothing meant for paper; it hydrates quietly; axe passes', async ({ page }, testInfo) => {
    const hydration: string[] = [];
    page.on('console', (m) => {
      if (/hydrat/i.test(m.text())) hydration.push(m.text());
    });
    await open(page, `articles/${QUIZ_ARTICLE}/`);
    expect(hydration, 'the worksheet hydrates without warnings').toEqual([]);
    await expect(page.getByRole('button', { name: 'Print worksheet' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print answer key' })).toBeVisible();
    await expect(page.locator('ol.worksheet')).toBeHidden();
    expect(await generated(page, 'article.article', '::before'), 'no name line on screen').toBe('none');
    await expectNoAxeViolations(page, testInfo, 'article-print-buttons');
  });
});

test.describe('printing with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page prints as the worksheet, and shows no print buttons', async ({ page }) => {
    await page.goto(`articles/${QUIZ_ARTICLE}/`);
    await expect(page.locator('h1')).toHaveText(article(QUIZ_ARTICLE).title);
    await expect(page.locator('.print-actions'), 'the buttons need the app').toBeHidden();
    await expect(page.locator('ol.worksheet')).toBeHidden();
    // A term's definition left open (the native popover) is not printed.
    await page.locator('.article-body .term-button').first().click();
    const popover = page.locator('.tip-popover:popover-open');
    await expect(popover).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expectWorksheet(page, false);
    await expect(popover).toBeHidden();
    await expect(page.locator('#quiz noscript')).toBeHidden();
  });
});

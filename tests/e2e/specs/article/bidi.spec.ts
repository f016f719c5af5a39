// Mixed directions: the article's own text carries its language and
// direction, and the interface's words around it keep the interface's. In
// the English interface an Arabic article runs right to left while "min
// read", the section headings, the key terms' heading and the quiz's
// buttons stay left to right (before, they were turned around: "min read 3").
import { type Locator } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { articleRoot, expectNoAxeViolations, open } from '../../support/app';

const ARABIC = 'ramadan-lunar-calendar';
const direction = (l: Locator) => l.evaluate((el) => getComputedStyle(el).direction);

test('an Arabic article in the English interface: its text right to left, the interface left to right', async ({ page }, testInfo) => {
  await open(page, `articles/${ARABIC}/`);
  const root = articleRoot(page);
  await expect(root).toBeVisible();

  // The article's own words.
  for (const content of [root.locator('h1'), root.locator('p.hook'), root.locator('.section-body').first(), root.locator('.category')]) {
    await expect(content).toHaveAttribute('lang', 'ar');
    expect(await direction(content)).toBe('rtl');
  }
  expect(await direction(root.locator('.section-body p').first())).toBe('rtl');

  // The interface's words around them.
  for (const ui of [root.locator('.reading-time'), root.locator('section h2').first(), root.locator('#glossary-heading'), root.locator('#quiz-heading'), root.locator('p.source')]) {
    expect(await direction(ui), await ui.textContent()).toBe('ltr');
    expect(await ui.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
  }
  await expect(root.locator('.reading-time')).toHaveText(/^\d+ min read$/);

  // A toggletip: the definition in Arabic, its link in English.
  await root.locator('.term-button').first().click();
  const bubble = root.locator('.tip-bubble').first();
  await expect(bubble).toBeVisible();
  expect(await direction(bubble.locator('.tip-definition'))).toBe('rtl');
  await expect(bubble.locator('.tip-more')).toHaveAttribute('lang', 'en');
  expect(await direction(bubble.locator('.tip-more'))).toBe('ltr');

  // The quiz: its prompts and choices in Arabic, its controls in English.
  await root.locator('#quiz').getByRole('button', { name: /^Start/ }).click();
  const prompt = root.locator('.question-prompt > span[lang]').first();
  await expect(prompt).toHaveAttribute('lang', 'ar');
  expect(await direction(prompt)).toBe('rtl');
  const choice = root.locator('.choice-label > span[lang]').first();
  expect(await direction(choice)).toBe('rtl');
  expect(await direction(root.locator('#quiz .quiz-actions').first())).toBe('ltr');

  await expectNoAxeViolations(page, testInfo, 'arabic-article-english-interface');
});

test('the Spanish article keeps Spanish on its text and English on the interface', async ({ page }) => {
  await open(page, 'articles/sequia-peninsula-iberica/');
  const root = articleRoot(page);
  await expect(root.locator('h1')).toHaveAttribute('lang', 'es');
  await expect(root.locator('.section-body').first()).toHaveAttribute('lang', 'es');
  expect(await root.locator('section h2').first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
});

// The interactive quiz: keyboard only, both checking modes, feedback and
// focus, the result screen, "show me in the text", pinned and reshuffled
// order, resuming, and the score surviving a reload.
import { expect, test } from '../../support/fixtures';
import { cards, expectNoAxeViolations, open, settled } from '../../support/app';
import { article } from '../../support/content';
import {
  QUIZ_ARTICLE,
  activeId,
  answer,
  answerKey,
  openQuiz,
  plain,
  quiz,
  shownChoices,
  shownQuestion,
  stored,
  tabTo,
  takeQuiz,
} from '../../support/quiz';

const key = answerKey();

/** The author's explanation of one choice, as shown. */
function why(questionId: string, choice: number): string {
  const a = article(QUIZ_ARTICLE) as unknown as { quiz: { questions: { id: string; choices: { explanation?: string }[] }[] } };
  const text = a.quiz.questions.find((q) => q.id === questionId)?.choices[choice]?.explanation;
  if (!text) throw new Error(`no explanation for ${questionId} choice ${choice}`);
  return plain(text);
}

/** The first wrong choice of a question (the one `answer(page, false)` ticks). */
const firstWrong = (q: { choices: string[]; answer: number[] }) => q.choices.findIndex((_, i) => !q.answer.includes(i));

test('keyboard only: start, answer every question, hear feedback, see the score; it survives a reload', async ({ page }) => {
  await openQuiz(page);
  // Start from the quiz heading, as a screen-reader or keyboard user arriving at the section would.
  await quiz(page).locator('#quiz-heading').focus();
  await tabTo(page, quiz(page).locator('#quiz-mode-immediate'));
  await expect(quiz(page).locator('#quiz-mode-immediate')).toBeChecked();
  await tabTo(page, quiz(page).getByRole('button', { name: 'Start the quiz' }));
  await page.keyboard.press('Enter');

  for (let i = 0; i < key.length; i++) {
    await expect.poll(() => activeId(page), 'focus moves to the question').toBe('quiz-question-heading');
    const q = await shownQuestion(page);
    const labels = await shownChoices(page);
    const fieldset = quiz(page).locator('fieldset.question');
    await expect(fieldset.locator('legend')).toContainText(`Question ${i + 1} of ${key.length}`);
    if (q.kind === 'multiple') {
      // Checkboxes: Tab to each right one and press Space.
      await expect(fieldset.locator('input[type="checkbox"]')).toHaveCount(q.choices.length);
      const positions = q.answer.map((a) => labels.indexOf(q.choices[a])).sort((x, y) => x - y);
      for (const p of positions) {
        const input = fieldset.locator('input').nth(p);
        await tabTo(page, input);
        await page.keyboard.press('Space');
        await expect(input).toBeChecked();
      }
    } else {
      // Radios: Tab into the group, then arrow keys select.
      await expect(fieldset.locator('input[type="radio"]')).toHaveCount(q.choices.length);
      const first = fieldset.locator('input').first();
      await tabTo(page, first);
      await page.keyboard.press('Space');
      const target = labels.indexOf(q.choices[q.answer[0]]);
      for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
      await expect(fieldset.locator('input').nth(target)).toBeChecked();
    }
    await tabTo(page, quiz(page).getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => activeId(page), 'focus moves to the feedback').toBe('quiz-feedback-heading');
    await expect(quiz(page).locator('.quiz-feedback-region')).toHaveAttribute('aria-live', 'polite');
    await expect(quiz(page).locator('#quiz-feedback-heading')).toHaveText('Correct');
    await expect(fieldset.locator('input').first()).toBeDisabled();
    const next = quiz(page).getByRole('button', { name: i + 1 < key.length ? 'Next question' : 'See your results' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }

  await expect.poll(() => activeId(page), 'focus moves to the score').toBe('quiz-result-heading');
  await expect(quiz(page).locator('#quiz-result-heading')).toHaveText(`You scored ${key.length} out of ${key.length} (100%)`);
  await expect(quiz(page).locator('.result-item')).toHaveCount(key.length);

  const saved = await stored(page);
  expect(saved?.attempts).toHaveLength(1);
  expect(saved?.attempts[0]).toMatchObject({ article_id: QUIZ_ARTICLE, score: key.length, total: key.length });

  await page.reload();
  await settled(page);
  const summary = quiz(page).locator('.quiz-summary dd');
  await expect(summary).toHaveText([`${key.length} out of ${key.length} (100%)`, `${key.length} out of ${key.length} (100%)`, '1']);
  await open(page, './');
  const card = cards(page).filter({ has: page.locator(`a[href*="articles/${QUIZ_ARTICLE}/"]`) });
  await expect(card.locator('.card-progress')).toContainText('Best score 7 out of 7 (100%)');
  await expect(card.locator('.card-progress')).toContainText('1 attempt');
});

test('check as I go: a wrong answer gets its own explanation, then the right answer with its explanation; an empty check is an error', async ({ page }) => {
  await openQuiz(page);
  await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
  await quiz(page).getByRole('button', { name: 'Check answer' }).click();
  const error = quiz(page).locator('.question-error');
  await expect(error).toHaveText(/Select (an|at least one) answer/);
  const errorId = await error.getAttribute('id');
  await expect(quiz(page).locator('fieldset.question')).toHaveAttribute('aria-describedby', new RegExp(`\\b${errorId}\\b`));
  await expect(quiz(page).locator('fieldset.question input').first()).toBeFocused();

  const q = await answer(page, false);
  await quiz(page).getByRole('button', { name: 'Check answer' }).click();
  const feedback = quiz(page).locator('.feedback');
  await expect(feedback.locator('h4')).toHaveText('Incorrect');
  const yours = feedback.locator('.review-yours');
  await expect(yours).toContainText(q.choices[firstWrong(q)]);
  await expect(yours).toContainText(why(q.id, firstWrong(q)));
  await expect(yours, "the right choice's explanation is not under the reader's").not.toContainText('Correct.');
  await expect(feedback.locator('.right-answer')).toContainText(q.choices[q.answer[0]]);
  await expect(feedback.locator('.right-answer')).toContainText(why(q.id, q.answer[0]));
  await expect(quiz(page).locator('.choice-wrong .choice-mark')).toHaveText('Your answer: wrong');
  await expect(quiz(page).locator('.choice-missed .choice-mark, .choice-right .choice-mark')).toHaveCount(q.answer.length);
});

test('check all at the end: move freely, warned about unanswered questions, then every answer against the right one', async ({ page }) => {
  await openQuiz(page);
  await quiz(page).getByText('Check all at the end').click();
  await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
  await expect(quiz(page).getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  const first = await answer(page, true);
  await quiz(page).getByRole('button', { name: 'Next question' }).click();
  await expect.poll(() => activeId(page)).toBe('quiz-question-heading');
  const second = await answer(page, false);
  await quiz(page).getByRole('button', { name: 'Previous question' }).click();
  expect((await shownQuestion(page)).id).toBe(first.id);
  for (let i = 1; i < key.length; i++) await quiz(page).getByRole('button', { name: 'Next question' }).click();
  await quiz(page).getByRole('button', { name: 'Check my answers' }).click();
  const warning = quiz(page).locator('.quiz-unanswered');
  await expect(warning.locator('h4')).toHaveText(`You haven't answered ${key.length - 2} questions`);
  await expect.poll(() => activeId(page)).toBe('quiz-unanswered-heading');
  await warning.getByRole('button', { name: 'Go to question 3' }).click();
  await expect(quiz(page).locator('.question-count')).toHaveText(`Question 3 of ${key.length}`);
  for (let i = 3; i < key.length; i++) await quiz(page).getByRole('button', { name: 'Next question' }).click();
  await quiz(page).getByRole('button', { name: 'Check my answers' }).click();
  await quiz(page).getByRole('button', { name: 'Check my answers anyway' }).click();

  await expect(quiz(page).locator('#quiz-result-heading')).toHaveText(`You scored 1 out of ${key.length} (14%)`);
  const items = quiz(page).locator('.result-item');
  await expect(items).toHaveCount(key.length);
  await expect(items.nth(0).locator('.result-verdict')).toHaveText('Correct');
  await expect(items.nth(1).locator('.result-verdict')).toHaveText('Incorrect');
  await expect(items.nth(2).locator('.result-verdict')).toHaveText('Not answered');
  await expect(items.nth(2)).toContainText("Your answer: You didn't answer this question.");
  await expect(items.nth(0)).toContainText(`Your answer${first.answer.length > 1 ? 's' : ''}:`);
  await expect(items.nth(0).locator('.right-answer'), 'a right answer is not repeated').toHaveCount(0);
  // Incorrect: the reader's own choice and why it is wrong, then the right answer and why.
  const wrongItem = items.nth(1);
  await expect(wrongItem.locator('.review-yours')).toContainText(second.choices[firstWrong(second)]);
  await expect(wrongItem.locator('.review-yours')).toContainText(why(second.id, firstWrong(second)));
  await expect(wrongItem.locator('.review-yours')).not.toContainText('Correct.');
  await expect(wrongItem.locator('.right-answer')).toContainText(why(second.id, second.answer[0]));
});

test('"Show me in the text" scrolls to and highlights the cited paragraph, also when clicked twice', async ({ page }) => {
  await openQuiz(page);
  await takeQuiz(page);
  const item = quiz(page).locator('.result-item').first();
  const link = item.locator('a.evidence-link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^#p-/);
  const paragraph = page.locator(href!);
  for (let round = 0; round < 2; round++) {
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toHaveClass(/evidence-highlight/);
    await expect(paragraph).toBeFocused();
    expect(new URL(page.url()).hash).toBe(href);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(paragraph).not.toBeInViewport();
  }
  await expect(page.locator('.evidence-highlight')).toHaveCount(1);
});

test('a pinned seed fixes the order; trying again reshuffles', async ({ page }) => {
  const order = async () => {
    const prompts: string[] = [];
    for (let i = 0; i < key.length; i++) {
      prompts.push((await shownQuestion(page)).id + ':' + (await shownChoices(page)).join('|'));
      if (i + 1 < key.length) await quiz(page).getByRole('button', { name: 'Next question' }).click();
    }
    return prompts;
  };
  const startAtEnd = async () => {
    await quiz(page).getByText('Check all at the end').click();
    await quiz(page).getByRole('button', { name: /^Start (the|a new) quiz$/ }).click();
  };
  await openQuiz(page, 7);
  await startAtEnd();
  const first = await order();
  await openQuiz(page, 7);
  await startAtEnd();
  expect(await order(), 'same seed, same order').toEqual(first);
  await quiz(page).getByRole('button', { name: 'Check my answers' }).click();
  await quiz(page).getByRole('button', { name: 'Check my answers anyway' }).click();
  await quiz(page).getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => activeId(page)).toBe('quiz-question-heading');
  const retried = await order();
  expect(retried, 'a retry shows a new order').not.toEqual(first);
  const ids = (o: string[]) => o.map((x) => x.split(':')[0]).sort();
  expect(ids(retried), 'the same questions').toEqual(ids(first));
  await openQuiz(page, 8);
  await startAtEnd();
  expect(await order(), 'another seed, another order').not.toEqual(first);
});

test('an unfinished quiz is offered again after a reload and resumes where it was', async ({ page }) => {
  await openQuiz(page);
  await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
  await answer(page, true);
  await quiz(page).getByRole('button', { name: 'Check answer' }).click();
  await quiz(page).getByRole('button', { name: 'Next question' }).click();
  const second = await answer(page, false);
  await expect.poll(async () => (await stored(page))?.in_progress.length).toBe(1);

  await page.reload();
  await settled(page);
  const resume = quiz(page).locator('.quiz-resume');
  await expect(resume).toContainText(`You answered 2 of ${key.length} questions`);
  await resume.getByRole('button', { name: 'Continue the quiz' }).click();
  await expect(quiz(page).locator('.question-count')).toHaveText(`Question 2 of ${key.length}`);
  expect((await shownQuestion(page)).id).toBe(second.id);
  await expect(quiz(page).locator('fieldset.question input:checked')).toHaveCount(1);
  await expect(quiz(page).locator('fieldset.question input').first()).toBeEnabled();
});

test('an answer waiting for the next paint is written at once when the page is hidden or left', async ({ page }) => {
  await openQuiz(page);
  await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
  // Freeze frames so the after-paint save cannot run on its own, then leave.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0;
  });
  await answer(page, true);
  const storedOnLeave = await page.evaluate(() => {
    const before = localStorage.getItem('gloss:progress');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return { before, after: localStorage.getItem('gloss:progress') };
  });
  // Questions with an answer in the stored unfinished attempt.
  const answered = (s: string | null) => {
    const saved = s ? (JSON.parse(s) as { in_progress: { selections: Record<string, unknown> }[] }).in_progress : [];
    return Object.keys(saved[0]?.selections ?? {}).length;
  };
  expect(answered(storedOnLeave.before), 'not yet written during the click').toBe(0);
  expect(answered(storedOnLeave.after), 'written when the page is left').toBe(1);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core: a question, feedback and the result screen (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openQuiz(page);
    await expectNoAxeViolations(page, testInfo, `quiz-start-${colorScheme}`);
    await quiz(page).getByRole('button', { name: 'Start the quiz' }).click();
    await expect(quiz(page).locator('fieldset.question')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, `quiz-question-${colorScheme}`);
    await quiz(page).getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz(page).locator('.question-error')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, `quiz-error-${colorScheme}`);
    await answer(page, false);
    await quiz(page).getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz(page).locator('.feedback')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, `quiz-feedback-${colorScheme}`);
    await page.reload();
    await settled(page);
    await quiz(page).getByRole('button', { name: 'Start a new quiz' }).click();
    await takeQuiz(page, (i) => i % 2 === 0, false);
    await expect(quiz(page).locator('.result-heading')).toBeVisible();
    await expectNoAxeViolations(page, testInfo, `quiz-result-${colorScheme}`);
  });
}

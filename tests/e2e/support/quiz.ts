// Helpers for the quiz, progress and storage specs: the answer key read from
// the built content, answering the question on screen, keyboard moves, and
// init scripts that break localStorage the ways real browsers do.
import { expect, type Locator, type Page } from '@playwright/test';

import { article } from './content';
import { settled } from './app';

/** An article whose quiz has single, true/false and multiple-select questions. */
export const QUIZ_ARTICLE = 'coral-reef-bleaching';
export const STORAGE_KEY = 'gloss:progress';
export const QUARANTINE_PREFIX = 'gloss:progress:quarantine:';

export interface KeyQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true_false';
  prompt: string;
  choices: string[];
  answer: number[];
  evidence?: string;
}

/** Inline markup as the app shows it: emphasis markers and link targets dropped. */
export function plain(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function answerKey(id = QUIZ_ARTICLE): KeyQuestion[] {
  const a = article(id) as unknown as {
    quiz: { questions: { id: string; kind: KeyQuestion['kind']; prompt: string; choices: { text: string }[]; answer: number[]; evidence?: string }[] };
  };
  return a.quiz.questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    prompt: plain(q.prompt),
    choices: q.choices.map((c) => plain(c.text)),
    answer: q.answer,
    evidence: q.evidence,
  }));
}

export function quiz(page: Page): Locator {
  return page.locator('main#main section#quiz');
}

/** Opens an article with a pinned shuffle seed and waits for it. */
export async function openQuiz(page: Page, seed = 42, id = QUIZ_ARTICLE): Promise<void> {
  await page.goto(`?article=${id}&seed=${seed}`);
  await settled(page);
  await expect(quiz(page)).toBeVisible();
}

/** The question on screen, from the answer key. */
export async function shownQuestion(page: Page, key = answerKey()): Promise<KeyQuestion> {
  const prompt = plain((await quiz(page).locator('.question-prompt').textContent()) ?? '');
  const q = key.find((k) => k.prompt === prompt);
  if (!q) throw new Error(`question on screen not in the key: ${prompt}`);
  return q;
}

/** Labels of the choices on screen, in shown order. */
export async function shownChoices(page: Page): Promise<string[]> {
  return (await quiz(page).locator('.choice-label').allTextContents()).map(plain);
}

/** Ticks the right (or a wrong) answer of the question on screen with the mouse. */
export async function answer(page: Page, right: boolean, key = answerKey()): Promise<KeyQuestion> {
  const q = await shownQuestion(page, key);
  const wanted = right ? q.answer : [q.choices.findIndex((_, i) => !q.answer.includes(i))];
  for (const i of wanted) {
    await quiz(page).locator('.choice').filter({ has: page.locator('.choice-label', { hasText: q.choices[i] }) }).locator('input').check();
  }
  return q;
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40, back = false): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached by ${back ? 'Shift+' : ''}Tab within ${max} presses`).toBeFocused();
}

export async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

export async function storedText(page: Page, key = STORAGE_KEY): Promise<string | null> {
  return page.evaluate((k) => window.localStorage.getItem(k), key);
}

export async function stored(page: Page): Promise<{ attempts: { article_id: string; score: number; total: number }[]; in_progress: unknown[] } | null> {
  const text = await storedText(page);
  return text ? JSON.parse(text) : null;
}

export async function quarantined(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith(prefix)) out[k] = localStorage.getItem(k)!;
    }
    return out;
  }, QUARANTINE_PREFIX);
}

/** Takes the whole quiz with the mouse in "check as I go" mode; `right` says which (by shown position) to get right. */
export async function takeQuiz(page: Page, right: (position: number) => boolean = () => true, start = true): Promise<void> {
  const key = answerKey();
  if (start) await quiz(page).getByRole('button', { name: /^Start (the|a new) quiz$/ }).click();
  for (let i = 0; i < key.length; i++) {
    await expect(quiz(page).locator('.question-count')).toHaveText(`Question ${i + 1} of ${key.length}`);
    await answer(page, right(i), key);
    await quiz(page).getByRole('button', { name: 'Check answer' }).click();
    await expect(quiz(page).locator('.feedback-heading')).toBeVisible();
    const next = i + 1 < key.length ? 'Next question' : 'See your results';
    await quiz(page).getByRole('button', { name: next }).click();
  }
  await expect(quiz(page).locator('.result-heading')).toBeVisible();
}

// --- broken storage, installed before the app loads (page.addInitScript) -------

/** `window.localStorage` itself throws, as in a sandboxed iframe or with site data blocked. */
export function blockLocalStorage(): void {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    },
  });
}

/** Every Storage method throws a SecurityError (cookies off in some browsers). */
export function denyStorageMethods(): void {
  for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) {
    Object.defineProperty(Storage.prototype, m, {
      configurable: true,
      value() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }
}

/** `setItem` throws QuotaExceededError; reading keeps working. */
export function fillQuota(): void {
  Object.defineProperty(Storage.prototype, 'setItem', {
    configurable: true,
    value() {
      throw new DOMException("Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.", 'QuotaExceededError');
    },
  });
}

/** Puts `value` under `key` before the app starts, on the first load of this page only. */
export async function seedBeforeLoad(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((e) => {
    if (sessionStorage.getItem('gloss-test-seeded')) return;
    sessionStorage.setItem('gloss-test-seeded', '1');
    for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

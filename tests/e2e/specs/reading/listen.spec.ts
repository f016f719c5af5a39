// Read aloud (issue #12.1): "Listen" reads the article with the device's
// voices, one sentence per utterance, and highlights the sentence and word
// being read (CSS Custom Highlight API). `speechSynthesis` is a fake that
// records utterances and fires events when the test says so
// (support/speech.ts).
import { type Page } from '@playwright/test';

import { expect, test } from '../../support/fixtures';
import { article } from '../../support/content';
import { expectNoAxeViolations, open } from '../../support/app';
import { cancels, drive, fakeSpeech, highlighted, noSpeech, speaking, spoken, VOICES } from '../../support/speech';

// English, with a link ("(opens in a new tab)" is hidden interface text) in
// its first paragraph and many key terms.
const ID = 'un-security-council-veto';
const HOOK = article(ID).versions[0].hook;
const FIRST_PARAGRAPH = '2026 is a big year at the United Nations.';

const listen = (page: Page) => page.getByRole('button', { name: 'Listen', exact: true });
const panel = (page: Page) => page.getByRole('group', { name: 'Read aloud' });
const control = (page: Page, name: string) => panel(page).getByRole('button', { name, exact: true });
const status = (page: Page) => page.locator('.listen-status');

async function start(page: Page, id = ID, hook = HOOK): Promise<void> {
  await fakeSpeech(page);
  await open(page, `articles/${id}/`);
  await listen(page).click();
  await expect(control(page, 'Play')).toBeFocused();
  // The device's voices arrive a moment later.
  await expect(panel(page).getByLabel('Voice')).toBeVisible();
  await control(page, 'Play').click();
  await expect.poll(() => speaking(page)).toBe(hook);
}

/** Ends the utterance being spoken and waits for the next one (or none). */
async function next(page: Page): Promise<string | null> {
  const before = (await spoken(page)).length;
  await drive(page, 'end');
  await expect
    .poll(async () => (await spoken(page)).length > before || (await status(page).textContent()) === 'Finished reading.')
    .toBe(true);
  return speaking(page);
}

test('Listen reads the hook first, highlighted, in the article language, and moves on when a sentence ends', async ({
  page,
}) => {
  await start(page);
  const [first] = await spoken(page);
  expect(first).toEqual({ text: HOOK, lang: 'en', rate: 1, voice: 'Local GB' });
  await expect(status(page)).toHaveText(/^Reading, sentence 1 of \d+\.$/);
  expect(await highlighted(page, 'gloss-sentence')).toEqual([HOOK]);
  // The interface's headings are read in an article in its language.
  expect(await next(page)).toBe("What's going on");
  expect(await next(page)).toBe(FIRST_PARAGRAPH);
  // One range per text node: the link's hidden "(opens in a new tab)" is in none.
  expect(await highlighted(page, 'gloss-sentence')).toEqual(['2026 is a big year at the ', 'United Nations', '.']);
});

test('a boundary event highlights the word being read, with or without its length', async ({ page }) => {
  await start(page);
  await drive(page, 'boundary', 13, 8);
  await expect.poll(() => highlighted(page, 'gloss-word')).toEqual(['students']);
  // No charLength: to the end of the word.
  await drive(page, 'boundary', 8, undefined);
  await expect.poll(() => highlighted(page, 'gloss-word')).toEqual(['five']);
  expect(await highlighted(page, 'gloss-sentence')).toEqual([HOOK]);
  // A new sentence starts without a word highlighted.
  await next(page);
  expect(await highlighted(page, 'gloss-word')).toEqual([]);
});

test('next, previous, pause, resume and stop', async ({ page }) => {
  await start(page);
  await control(page, 'Next sentence').click();
  await expect.poll(() => speaking(page)).toBe("What's going on");
  await control(page, 'Next sentence').click();
  await expect.poll(() => speaking(page)).toBe(FIRST_PARAGRAPH);
  await control(page, 'Previous sentence').click();
  await expect.poll(() => speaking(page)).toBe("What's going on");
  await expect(status(page)).toHaveText(/^Reading, sentence 2 of \d+\.$/);

  const count = (await spoken(page)).length;
  const cancelled = await cancels(page);
  await control(page, 'Pause').click();
  await expect(status(page)).toHaveText(/^Paused at sentence 2 of \d+\.$/);
  expect(await cancels(page)).toBeGreaterThan(cancelled);
  expect(await speaking(page)).toBeNull();
  expect(await highlighted(page, 'gloss-sentence')).toEqual(["What's going on"]);
  // Paused, next moves without speaking.
  await control(page, 'Next sentence').click();
  await expect(status(page)).toHaveText(/^Paused at sentence 3 of \d+\.$/);
  expect((await highlighted(page, 'gloss-sentence')).join('')).toBe(FIRST_PARAGRAPH);
  expect((await spoken(page)).length).toBe(count);
  // Resume reads that sentence from its start.
  await control(page, 'Play').click();
  await expect.poll(() => speaking(page)).toBe(FIRST_PARAGRAPH);

  await control(page, 'Stop').click();
  await expect(status(page)).toHaveText('Stopped.');
  expect(await speaking(page)).toBeNull();
  expect(await highlighted(page, 'gloss-sentence')).toEqual([]);
  await expect(control(page, 'Play')).toBeVisible();
  // After a stop, it starts over.
  await control(page, 'Play').click();
  await expect.poll(() => speaking(page)).toBe(HOOK);
});

test('a new speed applies from the next sentence', async ({ page }) => {
  await start(page);
  await panel(page).getByLabel('Speed').selectOption({ label: '1.5×' });
  expect((await spoken(page)).at(-1)?.rate).toBe(1);
  await next(page);
  expect((await spoken(page)).at(-1)).toMatchObject({ text: "What's going on", rate: 1.5 });
});

test('the reader can choose another voice', async ({ page }) => {
  await start(page);
  const voice = panel(page).getByLabel('Voice');
  // Only voices of the article's language: the local one, then the default.
  expect(await voice.locator('option').allTextContents()).toEqual(['Local GB (en-GB)', 'Remote US (en-US)']);
  await voice.selectOption({ label: 'Remote US (en-US)' });
  await next(page);
  expect((await spoken(page)).at(-1)?.voice).toBe('Remote US');
});

test('an error event stops reading and says so; interruptions are not errors', async ({ page }) => {
  await start(page);
  await control(page, 'Next sentence').click();
  await expect.poll(() => speaking(page)).toBe("What's going on");
  await expect(status(page)).not.toContainText('problem');
  await drive(page, 'error', 'synthesis-failed');
  await expect(status(page)).toHaveText(
    "Reading aloud stopped: the device's voice reported a problem (synthesis-failed).",
  );
  await expect(control(page, 'Play')).toBeVisible();
  expect(await highlighted(page, 'gloss-sentence')).toEqual([]);
  const count = (await spoken(page)).length;
  await page.waitForTimeout(200);
  expect((await spoken(page)).length, 'nothing more is spoken').toBe(count);
});

test('a device without a voice for the language says so, and reads nothing', async ({ page }) => {
  await fakeSpeech(page, VOICES.filter((v) => v.lang.startsWith('es')));
  await open(page, `articles/${ID}/`);
  await listen(page).click();
  const message = "This device has no voice for English, the language of this article.";
  await expect(panel(page).locator('.listen-note')).toContainText(message);
  await expect(status(page)).toContainText(message);
  // No voice of another language is offered, or used.
  await expect(panel(page).getByLabel('Voice')).toBeHidden();
  await control(page, 'Play').click();
  await page.waitForTimeout(200);
  expect(await spoken(page)).toEqual([]);
  await expect(status(page)).toContainText(message);
});

test('an Arabic article on a device with English and Spanish voices says so', async ({ page }) => {
  await fakeSpeech(page);
  await open(page, 'articles/ramadan-lunar-calendar/');
  await listen(page).click();
  const message = "This device has no voice for Arabic, the language of this article.";
  await expect(panel(page).locator('.listen-note')).toContainText(message);
  await expect(status(page)).toContainText(message);
  await control(page, 'Play').click();
  await page.waitForTimeout(200);
  expect(await spoken(page)).toEqual([]);
});

test('a device with no voices at all says so', async ({ page }) => {
  await fakeSpeech(page, []);
  await open(page, `articles/${ID}/`);
  await listen(page).click();
  await expect(panel(page).locator('.listen-note')).toHaveText(/^This device has no voices for reading aloud\./);
  await expect(panel(page).getByLabel('Voice')).toBeHidden();
});

test('another audience version stops reading', async ({ page }) => {
  const id = 'ai-distillation-dispute';
  const [teens, younger] = article(id).versions;
  await start(page, id, teens.hook);
  const cancelled = await cancels(page);
  await page.locator('nav.audience-switch a', { hasText: younger.audience }).click();
  await expect(page.locator('.article-body .hook')).toHaveText(younger.hook);
  expect(await cancels(page)).toBeGreaterThan(cancelled);
  expect(await speaking(page)).toBeNull();
  expect(await highlighted(page, 'gloss-sentence')).toEqual([]);
  // A new control for the version shown, closed; it reads that version.
  await expect(listen(page)).toHaveAttribute('aria-expanded', 'false');
  await listen(page).click();
  await control(page, 'Play').click();
  await expect.poll(() => speaking(page)).toBe(younger.hook);
});

test('leaving the article stops reading', async ({ page }) => {
  await start(page);
  const cancelled = await cancels(page);
  await page.locator('main .back-link').click();
  await expect(page.locator('main h1')).toHaveText('Explained news');
  expect(await cancels(page)).toBeGreaterThan(cancelled);
  expect(await speaking(page)).toBeNull();
  expect(await highlighted(page, 'gloss-sentence')).toEqual([]);
});

test('the whole article and its key terms are read from the content, never hidden interface text', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await fakeSpeech(page);
  await open(page, `articles/${ID}/`);
  await listen(page).click();
  await panel(page).getByLabel('Include key terms').check();
  await control(page, 'Play').click();
  const texts: string[] = [];
  for (let text = await speaking(page); text !== null; text = await next(page)) {
    texts.push(text);
    // Each sentence is highlighted exactly where it is on the page.
    expect((await highlighted(page, 'gloss-sentence')).join(''), text).toBe(text);
  }
  await expect(status(page)).toHaveText('Finished reading.');
  const all = texts.join(' ');
  for (const hidden of ['opens in a new tab', 'See it in the key terms', 'Back to where it appears', 'Key terms']) {
    expect(all).not.toContain(hidden);
  }
  expect(texts).toContain(FIRST_PARAGRAPH);
  // The key terms come last, in the order the key-terms list shows them.
  const terms = (article(ID).glossary ?? []).map((g) => g.term);
  terms.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  const at = terms.map((t) => texts.lastIndexOf(t));
  expect(Math.min(...at)).toBeGreaterThan(texts.indexOf(FIRST_PARAGRAPH));
  expect(at).toEqual([...at].sort((a, b) => a - b));
  expect(await highlighted(page, 'gloss-sentence')).toEqual([]);
});

test('keyboard only', async ({ page }) => {
  await fakeSpeech(page);
  await open(page, `articles/${ID}/`);
  for (let i = 0; i < 40 && !(await listen(page).evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(listen(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(listen(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(control(page, 'Play')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => speaking(page)).toBe(HOOK);
  await expect(control(page, 'Pause')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(control(page, 'Stop')).toBeFocused();
  // Each key waits for the focus it moves, so no key lands on the control
  // focus is leaving.
  await page.keyboard.press('Tab');
  await expect(control(page, 'Next sentence')).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => speaking(page)).toBe("What's going on");
  await page.keyboard.press('Shift+Tab');
  await expect(control(page, 'Stop')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(control(page, 'Pause')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(status(page)).toHaveText(/^Paused at sentence 2 of \d+\.$/);
  await page.keyboard.press('Tab');
  await expect(control(page, 'Stop')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Stopped.');
  // Closing the controls stops reading too.
  await page.keyboard.press('Shift+Tab');
  await expect(control(page, 'Play')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => speaking(page)).toBe(HOOK);
  await page.keyboard.press('Shift+Tab');
  await expect(control(page, 'Previous sentence')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(listen(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveCount(0);
  expect(await speaking(page)).toBeNull();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the controls open and reading (${colorScheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await start(page);
    await drive(page, 'boundary', 13, 8);
    await expect.poll(() => highlighted(page, 'gloss-word')).toEqual(['students']);
    await expectNoAxeViolations(page, testInfo, `listen-${colorScheme}`);
  });
}

test('the pre-rendered control is what hydration keeps: closed, quiet, without warnings', async ({ page, request }) => {
  const hydration: string[] = [];
  page.on('console', (m) => {
    if (/hydrat/i.test(m.text())) hydration.push(m.text());
  });
  const html = await (await request.get(`articles/${ID}/`)).text();
  const served = /<div id="listen" class="listen">.*?<\/div>/.exec(html.replace(/<!>/g, ''))?.[0];
  expect(served).toBe(
    '<div id="listen" class="listen"><button type="button" value="listen" aria-expanded="false" class="button button-secondary">Listen</button><p class="listen-status" role="status"></p></div>',
  );
  await fakeSpeech(page);
  await open(page, `articles/${ID}/`);
  await expect(page.locator('html')).toHaveAttribute('data-speech', '');
  await expect(listen(page)).toBeVisible();
  expect(await page.locator('#listen').evaluate((el) => el.outerHTML.replace(/<!---->|<!>/g, ''))).toBe(served);
  expect(hydration, 'no hydration warnings').toEqual([]);
});

test('without speech synthesis there is no Listen button', async ({ page }) => {
  await noSpeech(page);
  await open(page, `articles/${ID}/`);
  await expect(page.locator('.listen')).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-rendered page has the control, hidden and closed', async ({ page }) => {
    await page.goto(`articles/${ID}/`);
    await expect(page.locator('.listen')).toHaveCount(1);
    await expect(page.locator('.listen')).toBeHidden();
    await expect(page.locator('#listen-panel')).toHaveCount(0);
  });
});

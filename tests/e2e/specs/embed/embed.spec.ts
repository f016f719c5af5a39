// The embed view inside a host page on ANOTHER origin (Gloss on
// http://127.0.0.1:<a>, the portal on http://localhost:<b>: different sites,
// so the browser partitions the frame's storage and worker): height
// messages and the iframe resizing, the H5P resizer handshake, quiz results
// to allowed origins only, storage notes, theming parameters, and axe.
import fs from 'node:fs';

import { expect, test, type Frame, type FrameLocator, type Locator, type Page, type TestInfo } from '@playwright/test';

import { AXE_TAGS, expectNoAxeViolations, settled } from '../../support/app';
import { article } from '../../support/content';
import { MultiWatcher, screenshot } from '../../support/offline';
import { SCREENSHOTS } from '../../support/paths';
import { QUIZ_ARTICLE, answerKey, blockLocalStorage, plain } from '../../support/quiz';
import { postbuild, serveApp, serveFiles, setMeta, type Site } from '../../support/server';

test.use({ serviceWorkers: 'allow' });
// Each test starts its own servers and browses several pages (with axe): allow for slow CI.
test.setTimeout(120_000);

const A = article(QUIZ_ARTICLE);

interface Message {
  origin: string;
  data: Record<string, unknown>;
}

function hostPage(gloss: Site, opts: { hostScript: boolean; query?: string }): string {
  const src = `${gloss.baseURL}?article=${QUIZ_ARTICLE}&embed=1${opts.query ?? ''}`;
  const script = opts.hostScript ? `\n    <script src="${gloss.baseURL}embed/gloss-embed.js" async></script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><title>Class 7B reading</title><link rel="icon" href="data:,"></head>
  <body>
    <main>
      <h1>This week's reading</h1>
      <iframe id="gloss" src="${src.replace(/&/g, '&amp;')}" title="${A.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')} (Gloss)" width="100%" height="150" data-gloss-embed></iframe>
      <p id="after">Discuss the article with your table.</p>
    </main>${script}
  </body>
</html>
`;
}

/** Records every message the top page receives (init script, top frame only). */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as { __messages: unknown[] };
    w.__messages = [];
    window.addEventListener('message', (e) => w.__messages.push({ origin: e.origin, data: e.data }));
  });
}

async function messages(page: Page): Promise<Message[]> {
  return page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);
}

async function frameOf(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe#gloss').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no Gloss frame');
  return frame;
}

/** The frame's document height and the iframe element's height, in CSS px. */
async function heights(page: Page): Promise<{ doc: number; iframe: number }> {
  const frame = await frameOf(page);
  const doc = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // The frame's viewport: the element's height without its border.
  const iframe = await page.locator('iframe#gloss').evaluate((el) => (el as HTMLIFrameElement).clientHeight);
  return { doc, iframe };
}

async function expectFrameFits(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const h = await heights(page);
      return h.doc > 300 && Math.abs(h.doc - h.iframe) <= 1;
    }, { message: 'the iframe is as tall as the embedded article', timeout: 15_000 })
    .toBe(true);
}

/** Answers the question on screen correctly and checks it (inside any root). */
async function answerOne(quiz: Locator): Promise<void> {
  const key = answerKey();
  await quiz.getByRole('button', { name: /^Start (the|a new) quiz$/ }).click();
  const prompt = plain((await quiz.locator('.question-prompt').textContent()) ?? '');
  const q = key.find((k) => k.prompt === prompt);
  if (!q) throw new Error(`question not in key: ${prompt}`);
  for (const i of q.answer) {
    const exact = new RegExp(`^\\s*${q.choices[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    await quiz.locator('.choice-label').filter({ hasText: exact }).click();
  }
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.locator('.feedback-heading')).toBeVisible();
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core inside a (cross-origin) frame. */
async function expectNoAxeViolationsIn(frame: Frame, testInfo: TestInfo, label: string): Promise<void> {
  await frame.evaluate(AXE_SOURCE);
  const violations = (await frame.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; help: string; nodes: { target: unknown }[] }) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, AXE_TAGS)) as string[];
  if (violations.length) await testInfo.attach(`axe-${label}.txt`, { body: violations.join('\n') });
  expect(violations, `axe violations in ${label}`).toEqual([]);
}

test('in a host page on another origin: no site chrome, height messages, the iframe follows the article', async ({ page }, testInfo) => {
  const gloss = await serveApp('embed-app');
  const host = await serveFiles('embed-host', {});
  fs.writeFileSync(`${host.dir}/host.html`, hostPage(gloss, { hostScript: true }));
  const watcher = new MultiWatcher([gloss.baseURL, host.baseURL]);
  await watcher.watch(page);
  await recordMessages(page);

  await page.goto(`${host.baseURL}host.html`);
  const frame: FrameLocator = page.frameLocator('iframe#gloss');
  await expect(frame.locator('main#main article.article h1')).toHaveText(A.title);

  // Embed chrome: compact header, link to the full article, no site header/footer, no way "back".
  await expect(frame.locator('header.site-header, footer.site-footer')).toHaveCount(0);
  const open = frame.locator('header.embed-header a.embed-open');
  await expect(open).toHaveAttribute('href', `${gloss.baseURL}?article=${QUIZ_ARTICLE}`);
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(frame.locator('a.back-link')).toBeHidden();
  await expect(frame.locator('section#glossary')).toBeVisible();
  await expect(frame.locator('section#quiz')).toBeVisible();
  await expect(frame.locator('.share-panel')).toHaveCount(0);
  // A cross-site frame's storage is partitioned (or, in this Chromium, blocked): either way it says so.
  await expect(frame.locator('.embed-note')).toHaveText(/stays in this embed only/);

  // Height messages from Gloss's origin, and the host script applies them.
  await expectFrameFits(page);
  await screenshot(page, testInfo, SCREENSHOTS, 'embed-in-host-top-1280-light');
  const fromGloss = (await messages(page)).filter((m) => m.data?.type === 'gloss:height');
  expect(fromGloss.length).toBeGreaterThan(0);
  expect(new Set(fromGloss.map((m) => m.origin))).toEqual(new Set([gloss.origin]));
  const before = (await heights(page)).iframe;

  // A size change inside (the key terms close, then open) is posted and followed.
  const keyTerms = frame.locator('section#glossary button.disclosure');
  await expect(keyTerms).toHaveAttribute('aria-expanded', 'true');
  await keyTerms.click();
  await expect(frame.locator('dl.glossary-list')).toBeHidden();
  await expect.poll(async () => (await heights(page)).iframe, { message: 'the iframe shrinks' }).toBeLessThan(before - 50);
  await expectFrameFits(page);
  await keyTerms.click();
  await expect(frame.locator('dl.glossary-list')).toBeVisible();
  await expect.poll(async () => (await heights(page)).iframe, { message: 'the iframe grows back' }).toBeGreaterThan(before - 5);
  await expectFrameFits(page);

  // The quiz works inside, and its growth is followed as well.
  await answerOne(frame.locator('main#main section#quiz'));
  await expectFrameFits(page);
  await screenshot(page, testInfo, SCREENSHOTS, 'embed-in-host-1280-light');
  await expectNoAxeViolationsIn(await frameOf(page), testInfo, 'embed in a cross-origin frame');
  await watcher.expectClean(page);
  await gloss.kill();
  await host.kill();
});

test('quiz results go as xAPI-shaped messages to allowed origins only', async ({ browser }) => {
  const gloss = await serveApp('embed-xapi');
  const allowed = await serveFiles('embed-host-allowed', {});
  const other = await serveFiles('embed-host-other', {});
  for (const h of [allowed, other]) fs.writeFileSync(`${h.dir}/host.html`, hostPage(gloss, { hostScript: true, query: '&seed=7' }));
  // Deploy-time configuration, then the documented postbuild step.
  setMeta(gloss.dir, 'embed-origins', `https://lms.example.edu ${allowed.origin}`);
  postbuild(gloss.dir);

  for (const [host, expectResults] of [
    [allowed, true],
    [other, false],
  ] as const) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    const watcher = new MultiWatcher([gloss.baseURL, host.baseURL]);
    await watcher.watch(page);
    await recordMessages(page);
    await page.goto(`${host.baseURL}host.html`);
    const quiz = page.frameLocator('iframe#gloss').locator('main#main section#quiz');
    await answerOne(quiz);
    const xapi = async () => (await messages(page)).filter((m) => m.data?.type === 'gloss:xapi');
    if (expectResults) {
      await expect.poll(async () => (await xapi()).length).toBeGreaterThan(0);
      const [m] = await xapi();
      expect(m.origin).toBe(gloss.origin);
      expect(m.data.version).toBe(1);
      expect(typeof m.data.attempt).toBe('string');
      const s = m.data.statement as Record<string, any>;
      expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(s.object.id).toMatch(new RegExp(`^${gloss.baseURL.replace(/[.?]/g, '\\$&')}\\?article=${QUIZ_ARTICLE}#quiz-`));
      expect(s.object.definition.interactionType).toBe('choice');
      expect(s.result.success).toBe(true);
      expect(s.context.contextActivities.parent[0].id).toBe(`${gloss.baseURL}?article=${QUIZ_ARTICLE}`);
      expect(s.actor, 'the host adds the learner').toBeUndefined();
    } else {
      await page.waitForTimeout(1000);
      expect(await xapi(), 'no results for an origin not listed').toEqual([]);
      expect((await messages(page)).some((m) => m.data?.type === 'gloss:height'), 'heights still come').toBe(true);
    }
    await watcher.expectClean(page);
    await context.close();
  }
  await Promise.all([gloss.kill(), allowed.kill(), other.kill()]);
});

test("H5P's resizer handshake resizes Gloss on pages that only load h5p-resizer.js", async ({ page }) => {
  const gloss = await serveApp('embed-h5p');
  const host = await serveFiles('embed-h5p-host', {});
  fs.writeFileSync(`${host.dir}/host.html`, hostPage(gloss, { hostScript: false }));
  const watcher = new MultiWatcher([gloss.baseURL, host.baseURL]);
  await watcher.watch(page);
  // The host side of H5P's documented protocol (our own test double of
  // h5p-resizer.js): hello -> hello; prepareResize -> set clientHeight,
  // resizePrepared; resize -> set scrollHeight.
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const w = window as unknown as { __h5p: string[] };
    w.__h5p = [];
    window.addEventListener('message', (event) => {
      const d = event.data as { context?: string; action?: string; scrollHeight?: number; clientHeight?: number };
      if (!d || d.context !== 'h5p') return;
      const iframe = Array.from(document.getElementsByTagName('iframe')).find((f) => f.contentWindow === event.source);
      if (!iframe || !event.source) return;
      w.__h5p.push(d.action ?? '');
      const respond = (action: string) => (event.source as Window).postMessage({ action, context: 'h5p' }, event.origin);
      if (d.action === 'hello') {
        iframe.style.width = '100%';
        respond('hello');
      } else if (d.action === 'prepareResize') {
        if (iframe.clientHeight !== d.scrollHeight || d.scrollHeight !== d.clientHeight) {
          iframe.style.height = `${d.clientHeight}px`;
          respond('resizePrepared');
        }
      } else if (d.action === 'resize') {
        iframe.style.height = `${d.scrollHeight}px`;
      }
    });
  });
  await page.goto(`${host.baseURL}host.html`);
  await expect(page.frameLocator('iframe#gloss').locator('main#main article.article h1')).toHaveText(A.title);
  await expectFrameFits(page);
  const log = await page.evaluate(() => (window as unknown as { __h5p: string[] }).__h5p);
  expect(log[0], 'Gloss says hello first').toBe('hello');
  expect(log).toEqual(expect.arrayContaining(['hello', 'prepareResize', 'resize']));
  // A later change (key terms closed) goes through the handshake again.
  const before = (await heights(page)).iframe;
  await page.frameLocator('iframe#gloss').locator('section#glossary button.disclosure').click();
  await expect.poll(async () => (await heights(page)).iframe).toBeLessThan(before - 50);
  await expectFrameFits(page);
  await watcher.expectClean(page);
  await Promise.all([gloss.kill(), host.kill()]);
});

test('storage blocked inside the frame: the quiz still works and says progress stays in this embed', async ({ page }) => {
  const gloss = await serveApp('embed-blocked');
  const host = await serveFiles('embed-blocked-host', {});
  fs.writeFileSync(`${host.dir}/host.html`, hostPage(gloss, { hostScript: true }));
  const watcher = new MultiWatcher([gloss.baseURL, host.baseURL]);
  await watcher.watch(page);
  // In the frame only: localStorage throws, as with site data blocked.
  await page.addInitScript(`if (window.top !== window) (${blockLocalStorage.toString()})();`);
  await page.goto(`${host.baseURL}host.html`);
  const frame = page.frameLocator('iframe#gloss');
  await expect(frame.locator('.embed-note')).toHaveText(/doesn't let the embedded quiz keep anything: your progress stays in this embed only/);
  await answerOne(frame.locator('main#main section#quiz'));
  await watcher.expectClean(page);
  await Promise.all([gloss.kill(), host.kill()]);
});

test('theming parameters are validated: good ones apply without inline styles, bad ones are ignored', async ({ page }, testInfo) => {
  const gloss = await serveApp('embed-theme');
  const watcher = new MultiWatcher([gloss.baseURL]);
  await watcher.watch(page);
  // The accent as the page paints it (the palette states colours as
  // light-dark() pairs), read from the brand mark's background, #rrggbb.
  const look = () =>
    page.evaluate(() => {
      const rgb = getComputedStyle(document.querySelector('.brand-mark')!).backgroundColor.match(/\d+/g)!;
      return {
        accent: '#' + rgb.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join(''),
        fontSize: getComputedStyle(document.documentElement).fontSize,
        styled: document.querySelectorAll('[style]').length,
        embed: document.documentElement.classList.contains('gloss-embed'),
      };
    });

  await page.goto(`${gloss.baseURL}?article=${QUIZ_ARTICLE}&embed=1&accent=%23005a9c&scale=1.25`);
  await settled(page);
  expect(await look()).toEqual({ accent: '#005a9c', fontSize: '20px', styled: 0, embed: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await look()).accent, 'too dark for the dark scheme: the default stays').toBe('#8cb8ee');
  await page.emulateMedia({ colorScheme: 'light' });

  for (const bad of ['accent=red&scale=9', 'accent=%231d4e89%3B%7Dbody%7Bdisplay:none&scale=1.2)', 'accent=%23eeeeee&scale=-1']) {
    await page.goto(`${gloss.baseURL}?article=${QUIZ_ARTICLE}&embed=1&${bad}`);
    await settled(page);
    expect(await look(), bad).toEqual({ accent: '#1d4e89', fontSize: '16px', styled: 0, embed: true });
  }

  // The embed view on its own (not framed): axe, light and dark, 320 px and wide.
  await page.goto(`${gloss.baseURL}?article=${QUIZ_ARTICLE}&embed=1`);
  await settled(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, testInfo, `embed view (${scheme})`);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
      await screenshot(page, testInfo, SCREENSHOTS, `embed-view-${width}-${scheme}`);
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(sw, `no horizontal scroll at ${width}px`).toBeLessThanOrEqual(width);
    }
  }
  await watcher.expectClean(page);
  await gloss.kill();
});

test('"Share or embed this article": absolute URLs, a copyable snippet, accessible', async ({ page, context }, testInfo) => {
  const gloss = await serveApp('embed-share');
  const watcher = new MultiWatcher([gloss.baseURL]);
  await watcher.watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: gloss.origin });
  await page.goto(`${gloss.baseURL}articles/${QUIZ_ARTICLE}/`);
  await settled(page);
  const panel = page.locator('main#main details.share-panel');
  await expect(panel).not.toHaveAttribute('open', '');
  await panel.locator('summary').focus();
  await page.keyboard.press('Enter');
  // The article's own pre-rendered page is its link.
  await expect(page.getByLabel('Link to this article')).toHaveValue(`${gloss.baseURL}articles/${QUIZ_ARTICLE}/`);
  const code = page.getByLabel('Embed code for a school website or learning platform');
  const snippet = await code.inputValue();
  expect(snippet).toContain(`<iframe src="${gloss.baseURL}?article=${QUIZ_ARTICLE}&amp;embed=1" title="`);
  expect(snippet).toContain(' data-gloss-embed></iframe>');
  expect(snippet).toContain(`<script src="${gloss.baseURL}embed/gloss-embed.js" async></script>`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-status')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${gloss.baseURL}articles/${QUIZ_ARTICLE}/`);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.locator('.copy-status')).toHaveText('Embed code copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await panel.scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(page, testInfo, `share panel (${scheme})`);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
      await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await screenshot(page, testInfo, SCREENSHOTS, `share-panel-${width}-${scheme}`);
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(sw, `no horizontal scroll at ${width}px`).toBeLessThanOrEqual(width);
    }
  }
  await watcher.expectClean(page);
  await gloss.kill();
});

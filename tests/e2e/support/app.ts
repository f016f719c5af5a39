// Page helpers written against Gloss's DOM contract.
import fs from 'node:fs';
import path from 'node:path';

import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

import { type Article, type IndexEntry, sectionHeading, sectionId } from './content';
import { SUB_PATH } from './paths';

export const INDEX_TITLE = 'Gloss — explained news';
/** Accept a straight or a typographic apostrophe in headings such as "can't". */
export const CANT_BE_SHOWN = /^This article can['’]t be shown$/;
export const COULDNT_LOAD_ARTICLE = /^Couldn['’]t load the article$/;
/** The index's own error states (wording not fixed by the contract). */
export const INDEX_COULDNT_LOAD = /^Couldn['’]t load/;
export const INDEX_CANT_BE_SHOWN = /can['’]t be shown/;

/** Opens `search` (e.g. `?article=x`, `./`) relative to the app's directory and waits until it has rendered. */
export async function open(page: Page, search: string): Promise<void> {
  await page.goto(search);
  await settled(page);
}

/**
 * Waits for the app to run (`html[data-gloss-ready]`: a pre-rendered page is
 * on screen before it responds) and finish loading (main#main not aria-busy).
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('html[data-gloss-ready] main#main:not([aria-busy="true"])').waitFor({ state: 'attached' });
}

/**
 * Reaches the index the way a reader does after opening an article: its
 * page is pre-rendered with the article inside, so the index is fetched
 * (content/index.json) and rendered client-side when they follow "Back to
 * articles". The pre-rendered root page carries its index inline instead.
 */
export async function openIndexClientSide(page: Page, articleId: string): Promise<void> {
  await open(page, `articles/${articleId}/`);
  await page.locator('main .back-link').click();
  await settled(page);
}

/**
 * The route in the address bar as query parameters, whichever form it has:
 * `articles/<id>/[<v>/]` gives `article` (and `v`), `progress/` gives
 * `view=progress`, `category/<slug>/` and `page/<n>/` give `category` (the
 * slug) and `page`; the query string (`q`, `category`, old `?article=`) as is.
 */
export function searchParams(page: Page): URLSearchParams {
  const url = new URL(page.url());
  const params = new URLSearchParams(url.search);
  const marker = `/${SUB_PATH}/`;
  const at = url.pathname.indexOf(marker);
  const rest = at >= 0 ? url.pathname.slice(at + marker.length) : url.pathname.replace(/^\//, '');
  const article = /^articles\/([^/]+)\/(?:([^/]+)\/)?/.exec(rest);
  if (article) {
    params.set('article', decodeURIComponent(article[1]));
    if (article[2]) params.set('v', decodeURIComponent(article[2]));
  } else if (rest.startsWith('progress/')) {
    params.set('view', 'progress');
  } else {
    // Catalogue pages: category/<slug>/[page/<n>/] and page/<n>/.
    const listing = /^(?:category\/([^/]+)\/)?(?:page\/(\d+)\/)?$/.exec(rest.replace(/index\.html$/, ''));
    if (listing?.[1]) params.set('category', decodeURIComponent(listing[1]));
    if (listing?.[2]) params.set('page', listing[2]);
  }
  return params;
}

/** A category's path segment (`catalog::category_slug`, for Latin names). */
export function categorySlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The category links (facets) as shown: "Science (2)". */
export function facets(page: Page): Locator {
  return page.locator('nav.facets[aria-label="Categories"] a');
}

const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

export async function texts(loc: Locator): Promise<string[]> {
  return (await loc.allTextContents()).map(norm);
}

/** The frame every page has: skip link, header with a link home, one main, footer, one h1. */
export async function expectPageFrame(page: Page, baseURL: string): Promise<void> {
  await expect(page.locator('a.skip-link[href="#main"]')).toHaveCount(1);
  await expect(page.locator('header.site-header')).toHaveCount(1);
  const home = page.locator('header.site-header').getByRole('link', { name: 'Gloss', exact: true });
  await expect(home).toHaveCount(1);
  const href = await home.getAttribute('href');
  const target = new URL(href ?? '', page.url());
  expect(target.origin + target.pathname, 'the "Gloss" link leads to the app\'s index').toBe(baseURL);
  expect(target.searchParams.get('article'), 'the "Gloss" link leads to the index').toBeNull();
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('footer.site-footer')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
}

/**
 * Nothing inline or executable came from content: no `style` attributes
 * anywhere, no scripts/iframes/objects in main, no `on*` handlers, and every
 * link in main is https:, or a page or fragment inside the app's directory.
 */
export async function expectCleanDom(page: Page, baseURL: string): Promise<void> {
  const report = await page.evaluate((base) => {
    const styled = Array.from(document.querySelectorAll('[style]')).map(
      (e) => `<${e.tagName.toLowerCase()} style="${e.getAttribute('style')}">`,
    );
    const main = document.querySelector('main');
    const active = main
      ? Array.from(main.querySelectorAll('script, iframe, object, embed, frame')).map((e) => e.outerHTML.slice(0, 120))
      : [];
    const handlers: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.toLowerCase().startsWith('on')) handlers.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
      }
    }
    // Every link in main is an https: link or stays inside the app's directory.
    const links = main
      ? Array.from(main.querySelectorAll('a[href]'))
          .map((a) => a.getAttribute('href') ?? '')
          .filter((h) => {
            const u = new URL(h, location.href);
            return !(u.protocol === 'https:' || (u.origin + u.pathname).startsWith(base));
          })
      : [];
    return { styled, active, handlers, links };
  }, baseURL);
  expect(report.styled, 'no element has an inline style attribute').toEqual([]);
  expect(report.active, 'no script, iframe, object or embed inside main').toEqual([]);
  expect(report.handlers, 'no inline on* event handler attributes').toEqual([]);
  expect(report.links, "links in main are https: or stay in the app's directory").toEqual([]);
}

export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(sw, `page is no wider than the ${width}px viewport (scrollWidth ${sw})`).toBeLessThanOrEqual(width);
}

// --- index ----------------------------------------------------------------

export function cards(page: Page): Locator {
  return page.locator('ul.article-list > li.article-card');
}

export async function expectResultCount(page: Page, n: number): Promise<void> {
  const status = page.locator('p#result-count');
  await expect(status).toHaveAttribute('role', 'status');
  if (n === 0) {
    await expect(status).toHaveText(/^\s*(0|No) articles?\b/i);
  } else {
    await expect(status).toHaveText(new RegExp(`^\\s*${n} articles?\\b`));
  }
}

/** The index page showing exactly `entries`, in this order. */
export async function expectIndexShows(page: Page, entries: IndexEntry[]): Promise<void> {
  await expect(page.locator('h1')).toHaveText('Explained news');
  await expect(cards(page)).toHaveCount(entries.length);
  expect(await texts(cards(page).locator('h3 a'))).toEqual(entries.map((e) => norm(e.title)));
  await expectResultCount(page, entries.length);
}

/** Every field of every card, against content/index.json. */
export async function expectCards(page: Page, entries: IndexEntry[]): Promise<void> {
  await expect(cards(page)).toHaveCount(entries.length);
  for (const [i, e] of entries.entries()) {
    const card = cards(page).nth(i);
    const link = card.locator('h3 a');
    await expect(link).toHaveText(e.title);
    const href = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(href.pathname.endsWith(`/articles/${e.id}/`), `card ${e.id} links to its page articles/${e.id}/ (${href})`).toBe(true);
    await expect(card.locator('.card-category')).toHaveText(e.category);
    await expect(card.locator('time')).toHaveAttribute('datetime', e.published);
    await expect(card.locator('.card-summary')).toHaveText(norm(e.summary));
    await expect(card.locator('.reading-time')).toHaveText(`${e.reading_minutes} min read`);
  }
}

// --- article ----------------------------------------------------------------

export function articleRoot(page: Page): Locator {
  return page.locator('main#main article.article');
}

/** An article page showing `version` (default: the first) of `a`, every part of it visible. */
export async function expectArticle(page: Page, a: Article, versionId?: string): Promise<void> {
  const v = a.versions.find((x) => x.id === versionId) ?? a.versions[0];
  const root = articleRoot(page);
  await expect(root).toBeVisible();
  await expect(root.locator('h1')).toHaveText(a.title);
  await expect(page).toHaveTitle(`${a.title} · Gloss`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', a.summary);

  const meta = root.locator('.article-meta');
  await expect(meta.locator('.category')).toHaveText(a.category);
  await expect(meta.locator('time')).toHaveAttribute('datetime', a.published);

  const source = root.locator('a.source-link');
  await expect(source).toHaveAttribute('href', a.source.url);
  await expect(source).toHaveAttribute('target', '_blank');
  const rel = ((await source.getAttribute('rel')) ?? '').split(/\s+/);
  expect(rel, 'source link rel').toEqual(expect.arrayContaining(['noopener', 'noreferrer']));

  const attachments = a.attachments ?? [];
  const attLinks = root.locator('ul.attachments a');
  await expect(attLinks).toHaveCount(attachments.length);
  for (const [i, att] of attachments.entries()) {
    await expect(attLinks.nth(i)).toHaveAttribute('href', att.url);
  }

  const nav = page.locator('nav.audience-switch');
  if (a.versions.length > 1) {
    await expect(nav).toBeVisible();
    await expect(nav.locator('a')).toHaveCount(a.versions.length);
    const current = nav.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText(v.audience);
  } else {
    await expect(nav).toHaveCount(0);
  }

  await expect(root.locator('p.hook')).toBeVisible();

  const sections = root.locator('section.article-section');
  await expect(sections).toHaveCount(v.sections.length);
  for (const [i, s] of v.sections.entries()) {
    const el = sections.nth(i);
    await expect(el, `section ${i} (${s.kind}) is visible`).toBeVisible();
    const h2 = el.locator('h2').first();
    await expect(h2).toBeVisible();
    await expect(h2).toHaveText(sectionHeading(s));
    const id = sectionId(s);
    if (id) await expect(el).toHaveAttribute('id', id);
    const cardList = el.locator('ul.cards > li.card');
    await expect(cardList).toHaveCount(s.cards?.length ?? 0);
    for (const [j, c] of (s.cards ?? []).entries()) {
      await expect(cardList.nth(j).locator('h3')).toHaveText(c.title);
    }
    await expect(el.locator('ul.key-points > li')).toHaveCount(s.points?.length ?? 0);
  }

  const glossary = root.locator('section#glossary');
  if ((a.glossary ?? []).length > 0) {
    await expect(glossary).toBeVisible();
    await expect(glossary.locator('h2')).toBeVisible();
    const dts = glossary.locator('dl.glossary-list dt');
    await expect(dts).toHaveCount(a.glossary!.length);
    await expect(glossary.locator('dl.glossary-list dd')).toHaveCount(a.glossary!.length);
    expect((await texts(dts)).sort()).toEqual(a.glossary!.map((g) => norm(g.term)).sort());
  } else {
    await expect(glossary).toHaveCount(0);
  }

  const quiz = root.locator('section#quiz');
  if (a.quiz && a.quiz.questions.length > 0) {
    await expect(quiz).toBeVisible();
    await expect(quiz.locator('h2').first()).toBeVisible();
    // The interactive quiz starts with a mode choice; it shows the number of questions.
    const n = a.quiz.questions.length;
    await expect(quiz.locator('.quiz-meta')).toHaveText(`${n} question${n === 1 ? '' : 's'}`);
    await expect(quiz.getByRole('button', { name: /^Start (the|a new) quiz$/ })).toBeVisible();
  } else {
    await expect(quiz).toHaveCount(0);
  }

  await expect(page.locator('main#main a.back-link')).toHaveText('Back to articles');
}

// --- error states -----------------------------------------------------------

export function errorState(page: Page): Locator {
  return page.locator('main#main .error-state[role="alert"]');
}

/** The problems an error state lists, as normalized text. */
export async function problems(page: Page): Promise<string[]> {
  return texts(errorState(page).locator('ul.problems > li'));
}

// --- accessibility ------------------------------------------------------------

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe-core on the page; fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async (tags) => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations;
  }, AXE_TAGS)) as AxeViolation[];
  if (violations.length > 0) {
    await testInfo.attach(`axe-${label}.json`, {
      body: JSON.stringify(violations, null, 2),
      contentType: 'application/json',
    });
  }
  const readable = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 8)
      .map(
        (n) =>
          `      - ${JSON.stringify(n.target)}\n        ${n.html.slice(0, 200)}\n` +
          `        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`,
      )
      .join('\n');
    const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
  });
  expect(violations.length, `axe violations on ${label}:\n${readable.join('\n')}`).toBe(0);
}

export function ensureDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function screenshotPath(dir: string, name: string): string {
  return path.join(ensureDir(dir), `${name}.png`);
}

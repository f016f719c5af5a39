// Gloss's benchmark driver. Run it through scripts/bench.sh, which builds the
// release bundle, renders the static-HTML baseline, builds the synthetic catalogue,
// and measures the bundle; this file does the browser part and the reports.
//
// One local server (scripts/static-server.mjs, compressing with brotli/gzip like a CDN) serves, side by side:
//   /gloss/                        the release build (dist/)
//   /gloss/static-<id>.html        the same article as static HTML (no script)
//   /big/                          the same app built with a synthetic catalogue
//                                  (50,000 articles by default; scripts/bench.sh)
// Headless Chromium (/usr/bin/chromium through playwright-core) loads each,
// unthrottled and with Lighthouse's mobile throttling applied through the
// DevTools protocol (slow 4G: 562.5 ms request latency, 1474.56 kbit/s down,
// 675 kbit/s up; CPU slowed 4x). Every sample is a fresh browser context.
// Timings are medians and go in the report only; nothing here passes or fails.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { startServer } from '../scripts/static-server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');

// --- options -----------------------------------------------------------------

function parseArgs(argv) {
  const o = {
    dist: path.join(REPO, 'dist'),
    out: path.join(REPO, 'reports'),
    article: 'coral-reef-bleaching',
    staticHtml: null,
    catalog: null,
    catalogBuild: null,
    sizes: null,
    budget: path.join(REPO, 'budget.json'),
    runs: 7,
    interactionRuns: 7,
    lighthouseRuns: 3,
    lighthouse: true,
    chromium: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    switch (a) {
      case '--dist': o.dist = path.resolve(next()); break;
      case '--out': o.out = path.resolve(next()); break;
      case '--article': o.article = next(); break;
      case '--static': o.staticHtml = path.resolve(next()); break;
      case '--catalog': o.catalog = path.resolve(next()); break;
      case '--catalog-build': o.catalogBuild = path.resolve(next()); break;
      case '--sizes': o.sizes = path.resolve(next()); break;
      case '--budget': o.budget = path.resolve(next()); break;
      case '--runs': o.runs = Number(next()); break;
      case '--interaction-runs': o.interactionRuns = Number(next()); break;
      case '--lighthouse-runs': o.lighthouseRuns = Number(next()); break;
      case '--no-lighthouse': o.lighthouse = false; break;
      // First visits (for the ratios) and the catalogue only.
      case '--only-catalogue': o.onlyCatalogue = true; o.lighthouse = false; break;
      case '--quick': o.runs = 5; o.interactionRuns = 5; o.lighthouseRuns = 1; break;
      default: throw new Error(`unknown option ${a}`);
    }
  }
  if (o.runs < 5) throw new Error('--runs must be at least 5 (the report gives medians of at least 5 runs)');
  return o;
}

// --- statistics ----------------------------------------------------------------

function stats(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return { n: 0, median: null, p95: null, min: null, max: null, samples: xs };
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  // Nearest rank.
  const p95 = v[Math.min(v.length - 1, Math.ceil(0.95 * v.length) - 1)];
  return { n: v.length, median, p95, min: v[0], max: v[v.length - 1], samples: xs };
}

const ratio = (a, b) => (a != null && b != null && b !== 0 ? a / b : null);

// --- conditions ------------------------------------------------------------------

// Lighthouse 12's mobile preset (constants.throttling.mobileSlow4G, as applied
// by its "devtools" throttling method) and its mobile screen.
export const CONDITIONS = {
  unthrottled: { name: 'unthrottled (desktop 1280×900)', viewport: { width: 1280, height: 900 }, scale: 1, throttle: null },
  mobile: {
    name: 'mobile: slow 4G + 4x CPU (412×823)',
    viewport: { width: 412, height: 823 },
    scale: 1.75,
    throttle: {
      latency: 150 * 3.75,
      downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
      uploadThroughput: (750 * 0.9 * 1024) / 8,
      cpu: 4,
    },
  },
};

export const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

// Injected before any page script: records when `selector` first exists and
// the frame after it was painted (rAF, then a message: the task after the
// frame), and the largest contentful paint.
function initScript({ selector }) {
  const b = (window.__bench = { shownAt: null, readyAt: null, lcp: null, cls: 0, pending: false });
  const afterPaint = (cb) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => cb(performance.now());
      ch.port2.postMessage(null);
    });
  const obs = new MutationObserver(() => {
    if (b.pending || !document.querySelector(selector)) return;
    b.pending = true;
    obs.disconnect();
    afterPaint((t) => (b.shownAt = t));
  });
  obs.observe(document, { childList: true, subtree: true });
  // The app runs (hydrated, or rendered): `html[data-gloss-ready]`.
  const ready = new MutationObserver(() => {
    if (b.readyAt !== null || !document.documentElement?.hasAttribute('data-gloss-ready')) return;
    ready.disconnect();
    afterPaint((t) => (b.readyAt = t));
  });
  // On `document` (the <html> element may not exist yet when this runs).
  ready.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-gloss-ready'] });
  try {
    // Cumulative layout shift, as Lighthouse sums it (no recent input).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    /* not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* not supported */
  }
}

// The article's text, in the app and in the static page (same markup).
const ARTICLE_TEXT = 'article.article .article-body section.article-section p';

async function newPage(browser, server, cond) {
  const context = await browser.newContext({
    viewport: cond.viewport,
    deviceScaleFactor: cond.scale,
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Bytes of the page's own requests (not a service worker's), as DevTools counts them.
  const net = { bytes: 0 };
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', (e) => (net.bytes += e.encodedDataLength));
  if (cond.throttle) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: cond.throttle.latency,
      downloadThroughput: cond.throttle.downloadThroughput,
      uploadThroughput: cond.throttle.uploadThroughput,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cond.throttle.cpu });
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return { context, page, cdp, errors, net };
}

/** Navigates and waits until `selector` was painted and the server is quiet. */
async function measuredLoad(page, server, url, selector, net) {
  await page.addInitScript(initScript, { selector });
  server.reset();
  if (net) net.bytes = 0;
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await page.waitForFunction(() => window.__bench && window.__bench.shownAt !== null, null, { timeout: 180_000 });
  // The app, when the page has one (the static page never becomes ready).
  await page
    .waitForFunction(() => window.__bench.readyAt !== null || !document.querySelector('script[type="module"]'), null, { timeout: 180_000 })
    .catch(() => {});
  await server.quiet(800);
  return page.evaluate(() => {
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      fcp: fcp ? fcp.startTime : null,
      shown: window.__bench.shownAt,
      ready: window.__bench.readyAt,
      cls: window.__bench.cls,
      lcp: window.__bench.lcp,
      load: nav ? nav.loadEventEnd : null,
      controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
    };
  }).then((m) => ({ ...m, bytes: server.bytes, requests: server.requests, pageBytes: net ? net.bytes : null, transfers: server.transfers }));
}

/** Time from `eventType` (captured on window) to the frame after it. */
async function timeToNextPaint(page, eventType, action) {
  await page.evaluate((type) => {
    window.__tnp = new Promise((resolve) => {
      window.addEventListener(
        type,
        (ev) => {
          const t0 = ev.timeStamp;
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => resolve(performance.now() - t0);
            ch.port2.postMessage(null);
          });
        },
        { capture: true, once: true },
      );
    });
  }, eventType);
  await action();
  return page.evaluate(() => window.__tnp);
}

/**
 * Starts the quiz (immediate feedback, the default), then per question, up
 * to `runs` questions: picks the first choice, checks it, goes on. `choice`
 * and `check` get the click to make (and may time it). Returns how many
 * questions were answered, or null when the page has no quiz.
 */
async function quizClicks(page, runs, { choice, check = (click) => click() }) {
  const start = page.locator('.quiz-start-button');
  if ((await start.count()) === 0) return null;
  await start.scrollIntoViewIfNeeded();
  await start.click();
  let answered = 0;
  for (let i = 0; i < runs; i++) {
    const pick = page.locator('.quiz-question .choice-label').first();
    if ((await pick.count()) === 0) break;
    await pick.scrollIntoViewIfNeeded();
    await choice(() => pick.click());
    answered++;
    const checkButton = page.getByRole('button', { name: 'Check answer' });
    if ((await checkButton.count()) > 0) await check(() => checkButton.click());
    const next = page.getByRole('button', { name: 'Next question' });
    if ((await next.count()) === 0) break;
    await next.first().click();
    await page.waitForTimeout(50);
  }
  return answered;
}

// --- measurements ------------------------------------------------------------------

export async function firstLoads(browser, server, o, cond, log) {
  const targets = {
    gloss: `${server.origin}/gloss/articles/${o.article}/`,
    static: `${server.origin}/gloss/static-${o.article}.html`,
  };
  const samples = { gloss: [], static: [] };
  // One discarded load of each first: the browser's own first-use costs
  // (process start, code caches) are not Gloss's or the page's.
  for (const t of ['gloss', 'static']) {
    const { context, page, net } = await newPage(browser, server, cond);
    try {
      await measuredLoad(page, server, targets[t], ARTICLE_TEXT, net);
    } finally {
      await context.close();
    }
  }
  for (let i = 0; i < o.runs; i++) {
    // Alternate the order so drift in machine load hits both alike.
    const order = i % 2 ? ['static', 'gloss'] : ['gloss', 'static'];
    for (const t of order) {
      const { context, page, errors, net } = await newPage(browser, server, cond);
      try {
        const m = await measuredLoad(page, server, targets[t], ARTICLE_TEXT, net);
        samples[t].push({ ...m, errors });
      } finally {
        await context.close();
      }
    }
    log(`  ${cond.name}: run ${i + 1}/${o.runs}: gloss text ${fmtMs(samples.gloss.at(-1).shown)}, static ${fmtMs(samples.static.at(-1).shown)}`);
  }
  const summary = {};
  for (const t of ['gloss', 'static']) {
    summary[t] = {};
    for (const k of ['fcp', 'shown', 'ready', 'cls', 'lcp', 'pageBytes', 'bytes', 'requests']) summary[t][k] = stats(samples[t].map((s) => s[k]));
    summary[t].errors = [...new Set(samples[t].flatMap((s) => s.errors))];
    summary[t].transfers = samples[t].at(-1)?.transfers ?? [];
  }
  return { targets, summary };
}

async function repeatVisits(browser, server, o, cond, log) {
  const urls = {
    gloss: `${server.origin}/gloss/articles/${o.article}/`,
    static: `${server.origin}/gloss/static-${o.article}.html`,
  };
  const samples = { gloss: [], static: [] };
  let serviceWorker = false;
  for (let i = 0; i < o.runs; i++) {
    for (const t of ['gloss', 'static']) {
      const { context, page, net } = await newPage(browser, server, cond);
      try {
        await measuredLoad(page, server, urls[t], ARTICLE_TEXT, net);
        // Let a service worker (if the build registers one) install and activate.
        const sw = await page.evaluate(async () => {
          if (!('serviceWorker' in navigator)) return false;
          const regs = await navigator.serviceWorker.getRegistrations();
          if (regs.length === 0) return false;
          await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 20_000))]);
          return true;
        });
        if (t === 'gloss' && sw) serviceWorker = true;
        await server.quiet(1000);
        const m = await measuredLoad(page, server, urls[t], ARTICLE_TEXT, net);
        samples[t].push(m);
      } finally {
        await context.close();
      }
    }
  }
  log(`  repeat visits (${cond.name}): service worker ${serviceWorker ? 'active' : 'absent'}`);
  const summary = {};
  for (const t of ['gloss', 'static']) {
    summary[t] = {};
    for (const k of ['fcp', 'shown', 'pageBytes', 'bytes', 'requests']) summary[t][k] = stats(samples[t].map((s) => s[k]));
    summary[t].controlled = samples[t].filter((s) => s.controlled).length;
  }
  return { serviceWorker, summary };
}

export async function interactions(browser, server, o, cond, log) {
  const out = { toggletip: [], quizChoice: [], quizCheck: [], floor: [], floorRadio: [], notes: [] };
  // The yardstick, same run and conditions: a click on the static page's
  // text, which runs no script at all. What it measures is the floor of this
  // method (input dispatch, then waiting for the next frame).
  const floor = await newPage(browser, server, cond);
  try {
    await floor.page.goto(`${server.origin}/gloss/static-${o.article}.html`);
    const text = floor.page.locator('p').nth(2);
    for (let i = 0; i < o.interactionRuns; i++) {
      out.floor.push(await timeToNextPaint(floor.page, 'click', () => text.click()));
      await floor.page.waitForTimeout(50);
    }
    // The floor of an answer click: a click on the label of a radio button
    // on the same static page, which still runs no script but, like an
    // answer, moves focus, checks the input and repaints it. The choices
    // are the app's markup and classes (src/quiz/question.rs), added to the
    // static quiz before the first click is timed.
    await floor.page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'choices';
      for (let i = 0; i < 4; i++) {
        const c = document.createElement('div');
        c.className = 'choice';
        const input = Object.assign(document.createElement('input'), { className: 'choice-input', type: 'radio', name: 'bench-floor', id: `bench-floor-${i}` });
        const label = Object.assign(document.createElement('label'), { className: 'choice-label', htmlFor: input.id, textContent: `Choice ${i + 1}` });
        c.append(input, label);
        box.append(c);
      }
      (document.querySelector('#quiz') ?? document.body).append(box);
    });
    for (let i = 0; i < o.interactionRuns; i++) {
      const label = floor.page.locator(`label[for="bench-floor-${i % 4}"]`);
      await label.scrollIntoViewIfNeeded();
      out.floorRadio.push(await timeToNextPaint(floor.page, 'click', () => label.click()));
      await floor.page.waitForTimeout(50);
    }
  } catch (e) {
    out.notes.push(`static page clicks failed: ${e.message.split('\n')[0]}`);
  } finally {
    await floor.context.close();
  }
  const { context, page, errors } = await newPage(browser, server, cond);
  try {
    await measuredLoad(page, server, `${server.origin}/gloss/articles/${o.article}/`, ARTICLE_TEXT);
    // Toggletips: open one, close it with Escape, next.
    const tips = page.locator('button.term-button');
    const nTips = await tips.count();
    if (nTips === 0) out.notes.push('no glossary toggletip (button.term-button) on the page');
    for (let i = 0; i < o.interactionRuns && nTips > 0; i++) {
      const btn = tips.nth(i % nTips);
      await btn.scrollIntoViewIfNeeded();
      out.toggletip.push(await timeToNextPaint(page, 'click', () => btn.click()));
      await page.keyboard.press('Escape');
      await page.waitForTimeout(50);
    }
    const answered = await quizClicks(page, o.interactionRuns, {
      choice: async (click) => out.quizChoice.push(await timeToNextPaint(page, 'click', click)),
      check: async (click) => out.quizCheck.push(await timeToNextPaint(page, 'click', click)),
    });
    if (answered === null) out.notes.push('no quiz start button (.quiz-start-button)');
    else if (answered < o.interactionRuns) out.notes.push(`quiz: ${answered} answer samples (the quiz has that many questions)`);
  } catch (e) {
    out.notes.push(`interaction run failed: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  out.notes.push(...new Set(errors));
  log(`  interactions (${cond.name}): toggletip ${fmtMs(stats(out.toggletip).median)}, quiz answer ${fmtMs(stats(out.quizChoice).median)}`);
  return {
    toggletip: stats(out.toggletip),
    quizChoice: stats(out.quizChoice),
    quizCheck: stats(out.quizCheck),
    floor: stats(out.floor),
    floorRadio: stats(out.floorRadio),
    notes: out.notes,
  };
}

/**
 * Types `text` into the search box one character at a time. For each
 * keystroke: from its input event to the frame after that keystroke's own
 * results are on screen (the results section says `data-query` = what was
 * typed and is no longer `aria-busy`).
 */
async function typeTimed(page, text) {
  const out = [];
  await page.locator('#search').focus();
  for (const ch of [...text]) {
    await page.evaluate(() => {
      window.__ks = new Promise((resolve) => {
        window.addEventListener(
          'input',
          (ev) => {
            const t0 = ev.timeStamp;
            const want = ev.target.value.trim();
            const done = () => {
              const s = document.querySelector('section.search-results');
              return !!s && s.getAttribute('aria-busy') === 'false' && (s.getAttribute('data-query') ?? '').trim() === want;
            };
            const finish = () =>
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => resolve(performance.now() - t0);
                ch.port2.postMessage(null);
              });
            const obs = new MutationObserver(() => {
              if (!done()) return;
              obs.disconnect();
              finish();
            });
            obs.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy', 'data-query'] });
            setTimeout(() => {
              obs.disconnect();
              resolve(null);
            }, 60_000);
          },
          { capture: true, once: true },
        );
      });
    });
    await page.keyboard.type(ch);
    out.push(await page.evaluate(() => window.__ks));
  }
  return out;
}

/** Back to the newest articles (the search box emptied), settled. */
async function clearSearch(page) {
  await page.locator('#search').fill('');
  await page.waitForFunction(() => !document.querySelector('section.search-results') && document.querySelector('ul.article-list > li'), null, { timeout: 60_000 });
}

// Words typed in the catalogue's search box: English, Spanish typed
// without its accent ("sequía"), Japanese (no spaces).
const SEARCH_WORDS = ['glacier', 'sequia', '地震'];

/** Catalogue data among a load's transfers: the page's HTML and catalogue JSON. */
function catalogueBytes(transfers, mount = 'big') {
  return transfers
    .filter(([k]) => k.endsWith(` /${mount}/`) || k.endsWith(` /${mount}/index.html`) || k.includes(`/${mount}/content/catalog/`))
    .reduce((n, [, v]) => n + v, 0);
}

/**
 * The catalogue served at `/<mount>/`: first card, then the search words
 * typed cold and again (exported for comparing two builds in one run).
 */
export async function catalogue(browser, server, o, cond, log, mount = 'big') {
  const url = `${server.origin}/${mount}/`;
  const first = [];
  const pageBytes = [];
  const dataBytes = [];
  const cold = [];
  const cached = [];
  const searchBytes = [];
  const notes = [];
  let transfers = [];
  for (let i = 0; i < o.runs; i++) {
    const { context, page, errors, net } = await newPage(browser, server, cond);
    try {
      const m = await measuredLoad(page, server, url, 'ul.article-list > li.article-card', net);
      first.push(m.shown);
      pageBytes.push(m.pageBytes);
      dataBytes.push(catalogueBytes(m.transfers, mount));
      transfers = m.transfers;
      server.reset();
      // Cold: the search index's loader, wasm and chunks are fetched as the
      // keystrokes need them. Cached: the same words again.
      for (const w of SEARCH_WORDS) {
        cold.push(...(await typeTimed(page, w)));
        await clearSearch(page);
      }
      searchBytes.push(server.bytes);
      for (const w of SEARCH_WORDS) {
        cached.push(...(await typeTimed(page, w)));
        await clearSearch(page);
      }
      notes.push(...errors);
    } catch (e) {
      notes.push(`catalogue run failed: ${e.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  const timedOut = [...cold, ...cached].filter((x) => x === null).length;
  if (timedOut) notes.push(`${timedOut} keystroke(s) got no results within 60 s`);
  const ok = (xs) => xs.filter((x) => x !== null);
  const res = {
    first: stats(first),
    pageBytes: stats(pageBytes),
    dataBytes: stats(dataBytes),
    searchBytes: stats(searchBytes),
    cold: stats(ok(cold)),
    cached: stats(ok(cached)),
    transfers,
    notes: [...new Set(notes)],
  };
  log(`  catalogue (${cond.name}): first card ${fmtMs(res.first.median)}, keystroke cold p50 ${fmtMs(res.cold.median)} p95 ${fmtMs(res.cold.p95)}, cached p50 ${fmtMs(res.cached.median)} p95 ${fmtMs(res.cached.p95)}`);
  return res;
}

// FNV-1a 64 and the attempt id of docs/progress-format.md.
function fnv() {
  let h = 0xcbf29ce484222325n;
  const bytes = (buf) => {
    for (const b of buf) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  };
  const n = (x) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(x));
    bytes(b);
  };
  const s = (str) => {
    const b = Buffer.from(str, 'utf8');
    n(b.length);
    bytes(b);
  };
  return { n, s, hex: () => h.toString(16).padStart(16, '0') };
}

export function attemptId(articleId, startedAt, seed) {
  const h = fnv();
  h.s('gloss-attempt/1');
  h.s(articleId);
  h.n(startedAt);
  h.n(seed);
  return h.hex();
}

/** A version-2 store with `n` finished attempts over the sample articles. */
export function progressStore(n, articleIds) {
  const attempts = [];
  const t0 = 1_767_225_600_000;
  for (let i = 0; i < n; i++) {
    const article_id = articleIds[i % articleIds.length];
    const started_at_ms = t0 + i * 60_000;
    const seed = i;
    attempts.push({
      id: attemptId(article_id, started_at_ms, seed),
      article_id,
      quiz_hash: '0123456789abcdef',
      seed,
      started_at_ms,
      finished_at_ms: started_at_ms + 30_000,
      answers: { q1: [i % 4], q2: [0] },
      score: i % 3,
      total: 4,
    });
  }
  return JSON.stringify({ version: 2, attempts, in_progress: [], terms_opened: {}, articles_read: {} });
}

async function progressLoad(browser, server, o, cond, log) {
  const ids = JSON.parse(fs.readFileSync(path.join(o.dist, 'content', 'index.json'), 'utf8')).articles.map((a) => a.id);
  const big = progressStore(10_000, ids);
  const result = { storeBytes: big.length, attempts: 10_000 };
  for (const [label, store] of [['empty', null], ['10k', big]]) {
    const page_ = [];
    const article = [];
    let after = null;
    const notes = [];
    for (let i = 0; i < o.runs; i++) {
      for (const [what, url, sel] of [
        ['progress', `${server.origin}/gloss/?view=progress`, 'main.progress-page section[aria-labelledby="transfer-heading"]'],
        ['article', `${server.origin}/gloss/articles/${o.article}/`, ARTICLE_TEXT],
      ]) {
        const { context, page, errors } = await newPage(browser, server, cond);
        try {
          await seedProgress(page, store);
          const m = await measuredLoad(page, server, url, sel);
          (what === 'progress' ? page_ : article).push(m.shown);
          if (what === 'article') {
            after = await page.evaluate(() => {
              const s = localStorage.getItem('gloss:progress');
              try {
                return s ? { bytes: s.length, attempts: JSON.parse(s).attempts.length } : null;
              } catch {
                return { bytes: s.length, attempts: null };
              }
            });
          }
          notes.push(...errors);
        } catch (e) {
          notes.push(`${what}: ${e.message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
      }
    }
    result[label] = { progressPage: stats(page_), articlePage: stats(article), storedAfterArticle: after, notes: [...new Set(notes)] };
  }
  log(`  progress store (${cond.name}): progress page ${fmtMs(result['10k'].progressPage.median)} with 10k vs ${fmtMs(result.empty.progressPage.median)} empty`);
  return result;
}

/** Puts `store` (or nothing) in localStorage before the app starts, on the first navigation only. */
function seedProgress(page, store) {
  return page.addInitScript((s) => {
    if (sessionStorage.getItem('bench:seeded')) return;
    sessionStorage.setItem('bench:seeded', '1');
    localStorage.clear();
    if (s) localStorage.setItem('gloss:progress', s);
  }, store);
}

/**
 * Answer clicks with a 10,000-attempt store (issue: recording an answer must
 * not copy and re-parse the whole store). The store is seeded as in
 * progressLoad; opening the article saves once (which trims it to the 1,000
 * attempts the app keeps), then each answer click saves the unfinished
 * attempt. Measured like interactions(): click to the task after the next frame.
 */
export async function answerClicksWithBigStore(browser, server, o, cond, log, attempts = 10_000) {
  const ids = JSON.parse(fs.readFileSync(path.join(o.dist, 'content', 'index.json'), 'utf8')).articles.map((a) => a.id);
  const big = progressStore(attempts, ids);
  const out = { condition: cond.name, storeBytes: big.length, attempts, clicks: [], storedAttempts: null, inProgressSaved: null, notes: [] };
  const { context, page, errors } = await newPage(browser, server, cond);
  try {
    await seedProgress(page, big);
    await measuredLoad(page, server, `${server.origin}/gloss/articles/${o.article}/`, ARTICLE_TEXT);
    let first = true;
    const answered = await quizClicks(page, o.interactionRuns, {
      choice: async (click) => {
        out.clicks.push(await timeToNextPaint(page, 'click', click));
        if (first) {
          first = false;
          // The answer was saved, not just shown: the unfinished attempt is stored.
          await page.waitForTimeout(100);
          out.inProgressSaved = await page.evaluate(() => JSON.parse(localStorage.getItem('gloss:progress') ?? '{}').in_progress?.length > 0);
        }
      },
    });
    if (answered === null) throw new Error('no quiz start button (.quiz-start-button)');
    if (out.clicks.length < o.interactionRuns) out.notes.push(`${out.clicks.length} answer samples (the quiz has that many questions)`);
    out.storedAttempts = await page.evaluate(() => JSON.parse(localStorage.getItem('gloss:progress') ?? 'null')?.attempts?.length ?? null);
  } catch (e) {
    out.notes.push(`answer run failed: ${e.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
  out.notes.push(...new Set(errors));
  out.stats = stats(out.clicks);
  log(`  answer click with a ${attempts}-attempt store (${cond.name}): ${fmtMs(out.stats.median)} (n=${out.stats.n})`);
  return out;
}

async function runLighthouse(o, urls, log) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const out = {};
  for (const [label, url] of Object.entries(urls)) {
    const runs = [];
    for (let i = 0; i < o.lighthouseRuns; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: o.chromium,
        chromeFlags: ['--headless=new', '--no-sandbox', ...LAUNCH_ARGS],
      });
      try {
        const r = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const c = r.lhr.categories;
        const a = r.lhr.audits;
        runs.push({
          performance: c.performance?.score,
          accessibility: c.accessibility?.score,
          bestPractices: c['best-practices']?.score,
          seo: c.seo?.score,
          fcp: a['first-contentful-paint']?.numericValue,
          lcp: a['largest-contentful-paint']?.numericValue,
          tbt: a['total-blocking-time']?.numericValue,
          cls: a['cumulative-layout-shift']?.numericValue,
          si: a['speed-index']?.numericValue,
          failing: Object.values(r.lhr.categories)
            .filter((cat) => cat.id !== 'performance')
            .flatMap((cat) => cat.auditRefs.filter((ref) => ref.weight > 0).map((ref) => a[ref.id]))
            .filter((audit) => audit && audit.score !== null && audit.score < 1)
            .map((audit) => audit.id),
          lighthouseVersion: r.lhr.lighthouseVersion,
          runtimeError: r.lhr.runtimeError?.message,
        });
      } catch (e) {
        runs.push({ error: e.message.split('\n')[0] });
      } finally {
        await chrome.kill();
      }
    }
    const pick = (k) => stats(runs.map((r) => r[k]));
    out[label] = {
      url,
      runs,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      seo: pick('seo'),
      fcp: pick('fcp'),
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      si: pick('si'),
      failing: [...new Set(runs.flatMap((r) => r.failing ?? []))],
      errors: runs.filter((r) => r.error || r.runtimeError).map((r) => r.error ?? r.runtimeError),
    };
    log(`  lighthouse ${label}: performance ${out[label].performance.median}, a11y ${out[label].accessibility.median}, bp ${out[label].bestPractices.median}, seo ${out[label].seo.median}`);
  }
  return out;
}

// --- site, machine, report -------------------------------------------------------

function buildSite(o) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gloss-bench-'));
  const app = path.join(root, 'gloss');
  fs.cpSync(o.dist, app, { recursive: true });
  if (!o.staticHtml) throw new Error('--static is required (scripts/bench.sh renders it)');
  fs.copyFileSync(o.staticHtml, path.join(app, `static-${o.article}.html`));
  // The synthetic catalogue's own build (scripts/bench.sh: `cargo xtask
  // synth N`, then build-site.sh with the same app), served in place.
  if (!o.catalog) throw new Error('--catalog is required (scripts/bench.sh builds it)');
  fs.symlinkSync(o.catalog, path.join(root, 'big'), 'dir');
  return root;
}

function sh(cmd) {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '(unavailable)';
  }
}

function machine(o) {
  return {
    nproc: sh('nproc'),
    free: sh('free -h'),
    lscpu: sh('lscpu | head'),
    chromium: sh(`${o.chromium} --version`),
    node: process.version,
    loadavg_at_start: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    commit: sh(`git -C ${REPO} rev-parse --short HEAD`),
    dirty: sh(`git -C ${REPO} status --porcelain | wc -l`) !== '0',
    date: new Date().toISOString(),
  };
}

const fmtMs = (x) => (x == null ? 'n/a' : `${Math.round(x)} ms`);
const fmtBytes = (x) => (x == null ? 'n/a' : x >= 10_240 ? `${(x / 1024).toFixed(1)} KiB` : `${x} B`);
const fmtRatio = (x) => (x == null ? 'n/a' : `${x.toFixed(2)}×`);
const fmtScore = (x) => (x == null ? 'n/a' : String(Math.round(x * 100)));
const range = (s, f) => (s.n ? `${f(s.min)}–${f(s.max)}` : '');

function report(r) {
  const L = [];
  const m = r.machine;
  L.push('# Gloss benchmark report', '');
  L.push(`Generated by \`bash scripts/bench.sh\` on ${m.date}, commit \`${m.commit}\`${m.dirty ? ' (with uncommitted changes)' : ''}.`);
  L.push(`Article: \`${r.options.article}\`. Build: \`${r.options.dist}\`. Medians of ${r.options.runs} runs (interactions: ${r.options.interactionRuns} samples), each in a fresh browser context; the range is min–max.`);
  L.push('Timings are for reading, never for pass/fail: this machine is shared, so they are noisy (load average at start: ' + m.loadavg_at_start + ').', '');
  L.push('## Machine', '', '```', `nproc: ${m.nproc}`, m.free, m.lscpu, m.chromium, `node ${m.node}`, '```', '');

  L.push('## First visit: Gloss vs. a static HTML page of the same article', '');
  L.push('The static page is rendered from the same JSON by `cargo xtask static-html` (same markup and stylesheet, no script): the physical limit for showing that text. Both come from the same local server with brotli (q 11), like a CDN. "Article text" is the frame after the first paragraph of the first section is in the DOM. Bytes: what DevTools counts for the page\'s own requests, and everything the server sent (headers + bodies, a service worker\'s precache included) until it was quiet. One discarded warm-up load of each comes first.', '');
  for (const [key, res] of Object.entries(r.firstLoad)) {
    L.push(`### ${CONDITIONS[key].name}`, '');
    L.push('| metric | Gloss (median) | static (median) | Gloss / static | Gloss range | static range |', '|---|---:|---:|---:|---:|---:|');
    const g = res.summary.gloss;
    const s = res.summary.static;
    const row = (label, k, f) => L.push(`| ${label} | ${f(g[k].median)} | ${f(s[k].median)} | ${fmtRatio(ratio(g[k].median, s[k].median))} | ${range(g[k], f)} | ${range(s[k], f)} |`);
    row('first contentful paint', 'fcp', fmtMs);
    row('article text on screen', 'shown', fmtMs);
    row('largest contentful paint', 'lcp', fmtMs);
    // The app attached (hydrated): toggletips and the quiz respond.
    L.push(`| app running (hydrated): toggletips usable | ${fmtMs(g.ready.median)} | — | ${fmtRatio(ratio(g.ready.median, s.shown.median))} of the static text time | ${range(g.ready, fmtMs)} | — |`);
    L.push(`| cumulative layout shift | ${g.cls.median?.toFixed(3) ?? 'n/a'} | ${s.cls.median?.toFixed(3) ?? 'n/a'} | — | ${g.cls.min?.toFixed(3)}–${g.cls.max?.toFixed(3)} | — |`);
    row('bytes the page fetched (DevTools)', 'pageBytes', fmtBytes);
    row('bytes sent by the server (incl. service-worker precache)', 'bytes', fmtBytes);
    row('requests to the server', 'requests', (x) => (x == null ? 'n/a' : String(x)));
    const errs = [...g.errors, ...s.errors];
    if (errs.length) L.push('', `Console/page errors seen: ${errs.map((e) => '`' + e.slice(0, 160) + '`').join('; ')}`);
    L.push('', '<details><summary>What the server sent for one Gloss first visit</summary>', '', '| status and path | bytes |', '|---|---:|');
    for (const [k, v] of g.transfers) L.push(`| \`${k}\` | ${v} |`);
    L.push('', '</details>', '');
  }

  L.push('## Repeat visit', '');
  for (const [key, res] of Object.entries(r.repeat)) {
    L.push(`### ${CONDITIONS[key].name}`, '');
    L.push(res.serviceWorker
      ? `The build registers a service worker; the second visit was controlled by it in ${res.summary.gloss.controlled} of ${r.options.runs} runs.`
      : 'This build registers no service worker (offline support not there yet): the second visit is served from the HTTP cache with `no-cache` revalidation (304s).');
    L.push('', '| metric | Gloss (median) | static (median) | Gloss / static |', '|---|---:|---:|---:|');
    const g = res.summary.gloss;
    const s = res.summary.static;
    for (const [label, k, f] of [['first contentful paint', 'fcp', fmtMs], ['article text on screen', 'shown', fmtMs], ['bytes the page fetched (DevTools)', 'pageBytes', fmtBytes], ['bytes sent by the server', 'bytes', fmtBytes]]) {
      L.push(`| ${label} | ${f(g[k].median)} | ${f(s[k].median)} | ${fmtRatio(ratio(g[k].median, s[k].median))} |`);
    }
    L.push('');
  }

  L.push('## Interactions: click to next paint', '');
  L.push('From the click event\'s timestamp to the task after the next frame (rAF + message), on the article page. The yardstick is the same measurement on the static page of the same article, in the same run: a click on its text, which runs no script, so it is the floor of the method (input dispatch and the wait for the next frame, up to a whole frame at 60 Hz). "Over the floor" is what the app adds.', '');
  L.push('| interaction | ' + Object.keys(r.interactions).map((k) => CONDITIONS[k].name).join(' | ') + ' |');
  L.push('|---|' + Object.keys(r.interactions).map(() => '---:|').join(''));
  const floorOf = (x) => x.floor?.median;
  L.push('| click on the static page\'s text (the floor) | ' + Object.values(r.interactions).map((x) => (x.floor ? `${fmtMs(x.floor.median)} (n=${x.floor.n}, ${range(x.floor, fmtMs)})` : '—')).join(' | ') + ' |');
  L.push('| click on a radio button\'s label on the static page (the floor of an answer click: no script, but focus, a checked input and a repaint) | ' + Object.values(r.interactions).map((x) => (x.floorRadio?.n ? `${fmtMs(x.floorRadio.median)} (n=${x.floorRadio.n}, ${range(x.floorRadio, fmtMs)})` : '—')).join(' | ') + ' |');
  for (const [label, k] of [['toggletip opens (glossary term click)', 'toggletip'], ['quiz answer click (choice selected)', 'quizChoice'], ['"Check answer" click (feedback shown)', 'quizCheck']]) {
    L.push(`| ${label} | ` + Object.values(r.interactions).map((x) => `${fmtMs(x[k].median)} (n=${x[k].n}, ${range(x[k], fmtMs)})`).join(' | ') + ' |');
    L.push(`| ${label}: over the floor, ratio | ` + Object.values(r.interactions).map((x) => (floorOf(x) != null && x[k].median != null ? `+${fmtMs(x[k].median - floorOf(x))}, ${fmtRatio(ratio(x[k].median, floorOf(x)))}` : '—')).join(' | ') + ' |');
  }
  const inotes = Object.values(r.interactions).flatMap((x) => x.notes);
  if (inotes.length) L.push('', 'Notes: ' + [...new Set(inotes)].join('; '));
  L.push('');

  const cb = r.catalogBuild;
  L.push(`## Catalogue of ${cb ? cb.articles.toLocaleString('en-US') : 'N'} synthetic articles`, '');
  L.push('`cargo xtask synth` (English, Spanish, Arabic, Japanese; eleven categories) built by `scripts/build-site.sh` with the same app, served from the same server. "First card" is the frame after the first card of the pre-rendered newest page is in the DOM. Keystrokes: ' + SEARCH_WORDS.map((w) => `"${w}"`).join(', ') + ' typed one character at a time; each is timed from its input event to the frame after its own results are on screen (the results section\'s `data-query` is what was typed and it is not `aria-busy`). Cold: first time in a fresh browser (the search index\'s loader, wasm and chunks are fetched as needed); cached: the same words again.', '');
  L.push('| measurement | ' + Object.keys(r.catalogue).map((k) => CONDITIONS[k].name).join(' | ') + ' |');
  L.push('|---|' + Object.keys(r.catalogue).map(() => '---:|').join(''));
  const crow = (label, f) => L.push(`| ${label} | ` + Object.entries(r.catalogue).map(([k, x]) => f(x, k)).join(' | ') + ' |');
  crow('first card on screen', (x) => `${fmtMs(x.first.median)} (${range(x.first, fmtMs)})`);
  crow('first card / static article text (same run)', (x, k) => fmtRatio(ratio(x.first.median, r.firstLoad[k]?.summary.static.shown.median)));
  crow('bytes the page fetched for the first screen (DevTools)', (x) => fmtBytes(x.pageBytes.median));
  crow('of which catalogue data (the page\'s HTML + catalogue JSON, brotli)', (x) => fmtBytes(x.dataBytes.median));
  crow('bytes for the cold searches (all words)', (x) => fmtBytes(x.searchBytes.median));
  crow('keystroke, cold: p50 / p95', (x) => `${fmtMs(x.cold.median)} / ${fmtMs(x.cold.p95)} (n=${x.cold.n})`);
  crow('keystroke, cached: p50 / p95', (x) => `${fmtMs(x.cached.median)} / ${fmtMs(x.cached.p95)} (n=${x.cached.n})`);
  const cnotes = Object.values(r.catalogue).flatMap((x) => x.notes);
  if (cnotes.length) L.push('', 'Notes: ' + [...new Set(cnotes)].join('; '));
  if (cb) {
    L.push('', `### Building ${cb.articles.toLocaleString('en-US')} articles (this machine, ${m.nproc} cores)`, '');
    L.push('| step | seconds |', '|---|---:|');
    for (const [step, secs] of cb.steps) L.push(`| ${step} | ${secs} |`);
    L.push(`| generate (\`cargo xtask synth\`) | ${cb.synthSeconds} |`);
    L.push(`| whole build again after changing one article (incremental) | ${cb.rebuildSeconds} |`);
    if (cb.rebuildPrerender) L.push('', `Incremental pre-render: \`${cb.rebuildPrerender}\``);
    L.push('', `Output: ${cb.outputMiB} MiB in ${cb.outputFiles.toLocaleString('en-US')} files; search index (\`pagefind/\`): ${cb.pagefindMiB} MiB in ${cb.pagefindFiles.toLocaleString('en-US')} files; catalogue JSON (\`content/catalog/\`): ${cb.catalogMiB} MiB.`);
  }
  L.push('');

  const p = r.progress;
  if (p) {
  L.push('## Progress store with 10,000 attempts', '');
  L.push(`A version-2 store of 10,000 valid finished attempts (${fmtBytes(p.storeBytes)} of JSON) is put under \`gloss:progress\` before the app starts. Times are from navigation start to the frame after the page is rendered.`, '');
  L.push('| page | empty store | 10,000 attempts | ratio |', '|---|---:|---:|---:|');
  for (const [label, k] of [['`?view=progress` rendered', 'progressPage'], ['article text on screen (marks the article read: load, merge, trim, save)', 'articlePage']]) {
    L.push(`| ${label} | ${fmtMs(p.empty[k].median)} | ${fmtMs(p['10k'][k].median)} | ${fmtRatio(ratio(p['10k'][k].median, p.empty[k].median))} |`);
  }
  const after = p['10k'].storedAfterArticle;
  if (after) L.push('', `After opening an article, \`gloss:progress\` holds ${after.attempts ?? '?'} attempts (${fmtBytes(after.bytes)}).`);
  const pnotes = [...p.empty.notes, ...p['10k'].notes];
  if (pnotes.length) L.push('', 'Notes: ' + [...new Set(pnotes)].map((n) => '`' + n.slice(0, 200) + '`').join('; '));
  L.push('');
  const a = r.answerBigStore;
  if (a) {
    L.push(`### Answer click to next paint with 10,000 attempts stored (${a.condition})`, '');
    L.push('Each click saves the unfinished attempt; the store was trimmed to the attempts kept when the article opened. Target: under 16 ms.', '');
    L.push(`Median ${fmtMs(a.stats.median)} (n=${a.stats.n}, ${range(a.stats, fmtMs)}); samples: ${a.clicks.map(fmtMs).join(', ')}. Stored afterwards: ${a.storedAttempts ?? '?'} attempts, unfinished attempt saved: ${a.inProgressSaved ? 'yes' : 'no'}.`);
    const fl = r.interactions?.mobile?.floor;
    if (fl?.median != null && a.stats.median != null) {
      L.push('', `The floor of the method under the same conditions (a click on the static page's text, above): ${fmtMs(fl.median)}. Over the floor: +${fmtMs(a.stats.median - fl.median)} (${fmtRatio(ratio(a.stats.median, fl.median))}).`);
      const fr = r.interactions?.mobile?.floorRadio;
      if (fr?.median != null) L.push('', `The floor of an answer click (a click on a radio button's label on the static page, above): ${fmtMs(fr.median)}. Over it: +${fmtMs(a.stats.median - fr.median)}.`);
    }
    if (a.notes.length) L.push('', 'Notes: ' + a.notes.map((n) => '`' + n.slice(0, 200) + '`').join('; '));
    L.push('');
  }
  }

  if (r.sizes) {
    L.push('## Bundle', '');
    L.push('Summed over the top-level files of each kind in `dist/`; gzip -9, brotli -q 11 (`cargo xtask budget --json`).', '');
    L.push('| file | raw | gzip | brotli | budget (raw / gzip / brotli) |', '|---|---:|---:|---:|---:|');
    for (const k of ['wasm', 'js', 'css']) {
      const s = r.sizes[k];
      const b = r.budget?.limits?.[k];
      L.push(`| ${k} (${s.files.join(', ')}) | ${s.raw} | ${s.gzip} | ${s.brotli} | ${b ? `${b.raw} / ${b.gzip} / ${b.brotli}` : 'n/a'} |`);
    }
    L.push('');
  }

  if (r.lighthouse) {
    L.push('## Lighthouse', '');
    L.push(`Lighthouse ${Object.values(r.lighthouse)[0]?.runs[0]?.lighthouseVersion ?? '12.2.3'} (npm, pinned), default mobile config (simulated slow 4G, 4x CPU), ${r.options.lighthouseRuns} run(s) each, median scores.`, '');
    L.push('| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | not passing (non-performance) |', '|---|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const [label, x] of Object.entries(r.lighthouse)) {
      L.push(`| ${label} | ${fmtScore(x.performance.median)} | ${fmtScore(x.accessibility.median)} | ${fmtScore(x.bestPractices.median)} | ${fmtScore(x.seo.median)} | ${fmtMs(x.fcp.median)} | ${fmtMs(x.lcp.median)} | ${fmtMs(x.tbt.median)} | ${x.failing.join(', ') || '—'} |`);
    }
    const lerr = Object.values(r.lighthouse).flatMap((x) => x.errors);
    if (lerr.length) L.push('', 'Errors: ' + lerr.join('; '));
    L.push('');
  }
  return L.join('\n');
}

// --- main ---------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const log = (s) => console.log(s);
  const root = buildSite(o);
  const server = await startServer(root, { compress: true });
  const browser = await chromium.launch({ executablePath: o.chromium, args: LAUNCH_ARGS });
  const r = { options: o, machine: machine(o), firstLoad: {}, repeat: {}, interactions: {}, catalogue: {}, progress: null };
  try {
    log(`serving ${root} at ${server.origin}`);
    for (const key of ['unthrottled', 'mobile']) {
      const cond = CONDITIONS[key];
      log(`first visits, ${cond.name}`);
      r.firstLoad[key] = await firstLoads(browser, server, o, cond, log);
      if (!o.onlyCatalogue) {
        r.repeat[key] = await repeatVisits(browser, server, o, cond, log);
        r.interactions[key] = await interactions(browser, server, o, cond, log);
      }
      r.catalogue[key] = await catalogue(browser, server, o, cond, log);
    }
    if (!o.onlyCatalogue) {
      r.progress = await progressLoad(browser, server, o, CONDITIONS.unthrottled, log);
      r.answerBigStore = await answerClicksWithBigStore(browser, server, o, CONDITIONS.mobile, log);
    }
  } finally {
    await browser.close();
  }
  if (o.sizes) r.sizes = JSON.parse(fs.readFileSync(o.sizes, 'utf8'));
  if (o.catalogBuild) r.catalogBuild = JSON.parse(fs.readFileSync(o.catalogBuild, 'utf8'));
  if (fs.existsSync(o.budget)) r.budget = JSON.parse(fs.readFileSync(o.budget, 'utf8'));
  if (o.lighthouse) {
    log('lighthouse');
    r.lighthouse = await runLighthouse(o, {
      index: `${server.origin}/gloss/`,
      article: `${server.origin}/gloss/articles/${o.article}/`,
      'static article (reference)': `${server.origin}/gloss/static-${o.article}.html`,
    }, log);
  }
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(o.out, { recursive: true });
  fs.writeFileSync(path.join(o.out, 'bench.json'), JSON.stringify(r, null, 2) + '\n');
  fs.writeFileSync(path.join(o.out, 'bench.md'), report(r) + '\n');
  log(`wrote ${path.join(o.out, 'bench.md')} and bench.json`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

#!/usr/bin/env node
// Pagefind alone, on a site's own search index, with none of Gloss's code
// on the page: the yardstick for issue #11's keystroke goal.
//
//   node bench/pagefind-direct.mjs SITE_DIR [RUNS]
//
// SITE_DIR is a built site (`scripts/build-site.sh`, for example of
// `cargo xtask synth 50000`), served at the root; a page with no
// script of ours (`pagefind/pagefind-entry.json`) imports `pagefind.js`,
// one instance per language part as `src/platform/search.rs` does (each
// with `noWorker`, so a throttled CPU slows the search itself: Chromium's
// CPU throttling does not reach workers). The bench's words (bench.mjs's
// SEARCH_WORDS) are searched prefix by prefix, as typed: once cold, then
// again with every chunk cached. Each keystroke is timed from the call to
// the moment the first 24 results' fragments are loaded (what a results
// page shows); `search` alone is reported beside it. Prints p50 / p95.
import { chromium } from 'playwright-core';

import { startServer } from '../scripts/static-server.mjs';
import { CONDITIONS, LAUNCH_ARGS } from './bench.mjs';

const WORDS = ['glacier', 'sequia', '地震'];
const SHOWN = 24;
const [site, runs = '3'] = process.argv.slice(2);
if (!site) {
  console.error('usage: node bench/pagefind-direct.mjs SITE_DIR [RUNS]');
  process.exit(2);
}
const server = await startServer(site, { compress: true });
const browser = await chromium.launch({ executablePath: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const ms = (x) => `${Math.round(x)} ms`;

// In the page: every language part, then each prefix of each word.
async function typeAll({ base, words, shown }) {
  // The instances live as long as the page, as in the app: the second pass
  // finds every chunk it needs already loaded.
  if (!window.__parts) {
    const entry = await (await fetch(base + 'pagefind-entry.json')).json();
    const languages = Object.entries(entry.languages).sort((a, b) => b[1].page_count - a[1].page_count).map(([l]) => l);
    const root = document.documentElement;
    window.__parts = [];
    for (const [i, language] of languages.entries()) {
      const pf = await import(base + 'pagefind.js' + (i ? '?' + language : ''));
      root.setAttribute('lang', language);
      const scripts = { ar: ['Arabic'], ja: ['Han', 'Hiragana', 'Katakana'], zh: ['Han'], ko: ['Hangul'] }[language.split('-')[0]] ?? ['Latin'];
      window.__parts.push({ scripts, instance: pf.createInstance({ basePath: base, noWorker: true }) });
    }
  }
  const parts = window.__parts;
  const out = [];
  for (const word of words) {
    // The parts of the scripts the word is written in, as the bridge does.
    const chosen = parts.filter((p) => p.scripts.some((x) => new RegExp(`\\p{Script=${x}}`, 'u').test(word)));
    const latin = /\p{Script=Latin}/u.test(word);
    for (let n = 1; n <= [...word].length; n++) {
      const q = [...word].slice(0, n).join('');
      if (latin && n < 2) continue; // Gloss does not search one Latin letter.
      const t0 = performance.now();
      const found = await Promise.all(chosen.map((p) => p.instance.search(q)));
      const t1 = performance.now();
      const results = found.flatMap((f) => f.results).sort((a, b) => b.score - a.score);
      await Promise.all(results.slice(0, shown).map((r) => r.data()));
      out.push({ q, search: t1 - t0, shown: performance.now() - t0, matches: results.length });
    }
  }
  return out;
}

try {
  for (const key of ['unthrottled', 'mobile']) {
    const cond = CONDITIONS[key];
    const cold = [];
    const cached = [];
    const searchOnly = [];
    let matches = [];
    for (let run = 0; run < Number(runs); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`${server.origin}/pagefind/pagefind-entry.json`);
      if (cond.throttle) {
        await cdp.send('Network.enable');
        const { latency, downloadThroughput, uploadThroughput } = cond.throttle;
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cond.throttle.cpu });
      }
      const args = { base: `${server.origin}/pagefind/`, words: WORDS, shown: SHOWN };
      const first = await page.evaluate(typeAll, args);
      const again = await page.evaluate(typeAll, args);
      cold.push(...first.map((r) => r.shown));
      cached.push(...again.map((r) => r.shown));
      searchOnly.push(...again.map((r) => r.search));
      matches = again.map((r) => `${r.q} ${r.matches}`);
      await context.close();
    }
    console.log(`${cond.name}: keystroke to ${SHOWN} results loaded, cold p50 ${ms(pct(cold, 0.5))} p95 ${ms(pct(cold, 0.95))}; ` +
      `cached p50 ${ms(pct(cached, 0.5))} p95 ${ms(pct(cached, 0.95))}; search() alone, cached p50 ${ms(pct(searchOnly, 0.5))} p95 ${ms(pct(searchOnly, 0.95))} (n=${cached.length})`);
    console.log(`  matches per query: ${matches.join(', ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}

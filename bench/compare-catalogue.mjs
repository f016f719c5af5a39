#!/usr/bin/env node
// Two builds of the same synthetic catalogue, measured in one run with
// bench.mjs's catalogue procedure (first card, then "glacier", "sequia",
// "地震" typed cold and again, each keystroke from its input event to the
// frame after its own results), so a change's before and after share the
// machine's load:
//
//   node bench/compare-catalogue.mjs ROOT [RUNS] [CONDITIONS]
//
// ROOT holds `before/` and `big/` (the after build), e.g. symlinks to two
// outputs of scripts/build-site.sh; only their index page, app files and
// pagefind/ are used, so `before/` may be the old app's top-level files
// beside symlinks to the new build's folders. RUNS defaults to 5,
// CONDITIONS to "unthrottled,mobile". Prints medians and p95s; writes
// nothing.
import os from 'node:os';
import { chromium } from 'playwright-core';

import { startServer } from '../scripts/static-server.mjs';
import { catalogue, CONDITIONS, LAUNCH_ARGS } from './bench.mjs';

const [root, runs = '5', which = 'unthrottled,mobile'] = process.argv.slice(2);
if (!root) {
  console.error('usage: node bench/compare-catalogue.mjs ROOT [RUNS] [CONDITIONS]');
  process.exit(2);
}
const server = await startServer(root, { compress: true });
const browser = await chromium.launch({ executablePath: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
const log = (s) => console.log(`${new Date().toISOString().slice(11, 19)} ${s}`);
const ms = (x) => (x == null ? '—' : `${Math.round(x)} ms`);
log(`load average at start: ${load()}`);
try {
  for (const key of which.split(',')) {
    for (const mount of ['before', 'big']) {
      const r = await catalogue(browser, server, { runs: Number(runs) }, CONDITIONS[key], () => {}, mount);
      log(
        `${key} ${mount === 'big' ? 'after' : 'before'}: first card ${ms(r.first.median)}; ` +
          `cold p50/p95 ${ms(r.cold.median)} / ${ms(r.cold.p95)} (n=${r.cold.n}); ` +
          `cached p50/p95 ${ms(r.cached.median)} / ${ms(r.cached.p95)} (n=${r.cached.n}); ` +
          `search bytes ${(r.searchBytes.median / 1024).toFixed(1)} KiB` +
          (r.notes.length ? `; notes: ${r.notes.join(' | ')}` : ''),
      );
    }
  }
} finally {
  log(`load average at end: ${load()}`);
  await browser.close();
  await server.close();
}

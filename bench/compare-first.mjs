#!/usr/bin/env node
// Two builds' first visits of an article, measured in one run with
// bench.mjs's procedure (article text on screen, the app hydrated, CLS,
// each against the static page served beside it), alternating the builds
// so the machine's load hits both alike:
//
//   node bench/compare-first.mjs BEFORE AFTER [ARTICLE] [RUNS] [ROUNDS]
//
// BEFORE and AFTER each hold `gloss/` (a release build) with
// `gloss/static-<ARTICLE>.html` (cargo xtask static-html). Prints medians
// per round; writes nothing.
import os from 'node:os';
import { chromium } from 'playwright-core';

import { startServer } from '../scripts/static-server.mjs';
import { CONDITIONS, LAUNCH_ARGS, firstLoads } from './bench.mjs';

const [before, after, article = 'coral-reef-bleaching', runs = '5', rounds = '2'] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node bench/compare-first.mjs BEFORE AFTER [ARTICLE] [RUNS] [ROUNDS]');
  process.exit(2);
}
const servers = { before: await startServer(before, { compress: true }), after: await startServer(after, { compress: true }) };
const browser = await chromium.launch({ executablePath: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium', args: LAUNCH_ARGS });
const ms = (x) => (x == null ? '—' : `${Math.round(x)} ms`);
const log = (s) => console.log(`${new Date().toISOString().slice(11, 19)} ${s}`);
try {
  for (let round = 0; round < Number(rounds); round++) {
    for (const key of ['mobile', 'unthrottled']) {
      const order = round % 2 ? ['after', 'before'] : ['before', 'after'];
      for (const which of order) {
        const { summary: s } = await firstLoads(browser, servers[which], { article, runs: Number(runs) }, CONDITIONS[key], () => {});
        log(`round ${round + 1} ${key} ${which}: text ${ms(s.gloss.shown.median)} (static ${ms(s.static.shown.median)}, ${(s.gloss.shown.median / s.static.shown.median).toFixed(2)}x); ` +
          `hydrated ${ms(s.gloss.ready.median)} (${(s.gloss.ready.median / s.static.shown.median).toFixed(2)}x); fcp ${ms(s.gloss.fcp.median)}; lcp ${ms(s.gloss.lcp.median)}; cls ${s.gloss.cls.median}; load ${os.loadavg()[0].toFixed(1)}`);
      }
    }
  }
} finally {
  await browser.close();
  for (const s of Object.values(servers)) await s.close();
}

import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Everything the run leaves behind goes to <repo>/reports/ (gitignored).
const reports = path.resolve(process.env.GLOSS_REPORTS ?? path.join(__dirname, '../../reports'));

export default defineConfig({
  testDir: './specs',
  // Copies dist/ + fixtures into a temp site under a deep sub-path and starts
  // a plain static file server; its returned function stops it.
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: Number(process.env.GLOSS_E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: path.join(reports, 'e2e-artifacts'),
  reporter: [
    ['list'],
    ['json', { outputFile: path.join(reports, 'e2e-results.json') }],
    ['html', { outputFolder: path.join(reports, 'e2e-html'), open: 'never' }],
  ],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Gloss registers a service worker, and page.route() does not see
    // requests a worker answers; specs that test the worker opt back in
    // with test.use({ serviceWorkers: 'allow' }) (offline, update, embed, csp).
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium; never `npx playwright install` (no browser downloads here).
      executablePath: process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium',
      // Playwright adds --headless and (as chromiumSandbox is false) --no-sandbox.
      // The rest keep Chromium from calling home on a closed network.
      args: [
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-extensions',
      ],
    },
  },
});

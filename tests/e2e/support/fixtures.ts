// The shared test fixture: every page of every test is watched for uncaught
// page errors, console errors, and requests outside the app's own directory.
// Anything seen fails the test at its end, unless the test allowed it.
import { test as base, expect, type Page } from '@playwright/test';

export class Watcher {
  readonly problems: string[] = [];
  private readonly allowed: RegExp[] = [];

  constructor(private readonly baseURL: string) {}

  /** Lets console errors matching `pattern` pass (e.g. the 404 of a missing article). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  watch(page: Page): void {
    page.on('pageerror', (err) => this.problems.push(`page error: ${err.stack ?? err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      if (this.allowed.some((re) => re.test(text))) return;
      const loc = msg.location();
      this.problems.push(`console error: ${text}${loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith(this.baseURL) || url.startsWith('data:') || url.startsWith('blob:')) return;
      this.problems.push(`request outside the app's directory ${this.baseURL}: ${req.method()} ${url}`);
    });
  }
}

export const test = base.extend<{ watcher: Watcher }>({
  baseURL: async ({}, use) => {
    const url = process.env.GLOSS_BASE_URL;
    if (!url) throw new Error('GLOSS_BASE_URL is not set: the global setup did not start the server');
    await use(url);
  },
  watcher: async ({ baseURL }, use) => {
    const watcher = new Watcher(baseURL!);
    await use(watcher);
    expect(watcher.problems, 'no page errors, console errors or foreign requests').toEqual([]);
  },
  page: async ({ page, watcher }, use) => {
    watcher.watch(page);
    await use(page);
  },
});

export { expect };

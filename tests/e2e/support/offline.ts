// Helpers for the offline, update, embed and CSP specs: a page watcher that
// knows several origins and records CSP violations in every frame, and
// service-worker probes run inside the page.
import { expect, type Page, type TestInfo } from '@playwright/test';

/**
 * Like support/fixtures.ts's Watcher, for tests with their own servers:
 * page errors, console errors and requests outside `prefixes` are problems;
 * so is any `securitypolicyviolation` in any frame (recorded by an init
 * script, as the console alone misses some).
 */
export class MultiWatcher {
  readonly problems: string[] = [];
  private readonly allowed: RegExp[] = [];

  constructor(private readonly prefixes: string[]) {}

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  async watch(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const w = window as unknown as { __cspViolations?: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('pageerror', (err) => this.problems.push(`page error: ${err.stack ?? err.message}`));
    page.on('console', (msg) => {
      if (msg.type() !== 'error' && !/Content Security Policy/i.test(msg.text())) return;
      const text = msg.text();
      if (this.allowed.some((re) => re.test(text))) return;
      this.problems.push(`console ${msg.type()}: ${text} (${msg.location().url})`);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (this.prefixes.some((p) => url.startsWith(p)) || url.startsWith('data:') || url.startsWith('blob:')) return;
      this.problems.push(`request outside ${this.prefixes.join(', ')}: ${req.method()} ${url}`);
    });
  }

  /** CSP violations seen so far in every frame of the page. */
  static async violations(page: Page): Promise<string[]> {
    const out: string[] = [];
    for (const frame of page.frames()) {
      const v = await frame
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => [] as string[]);
      out.push(...v.map((x) => `${frame.url()}: ${x}`));
    }
    return out;
  }

  async expectClean(page?: Page): Promise<void> {
    const csp = page ? await MultiWatcher.violations(page) : [];
    expect([...this.problems, ...csp], 'no page errors, console errors, CSP violations or foreign requests').toEqual([]);
  }
}

/** Waits until a service worker controls the page. */
export async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 30_000 });
}

/** Names of the Cache Storage caches of this origin. */
export async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** Every URL in every Gloss cache of this origin, by cache name. */
export async function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => r.url);
    }
    return out;
  });
}

/** Waits until `url` is in one of the content caches. */
export async function waitForCached(page: Page, url: string): Promise<void> {
  await expect
    .poll(async () => Object.entries(await cachedUrls(page)).some(([n, urls]) => n.startsWith('gloss-content') && urls.includes(url)), {
      message: `${url} is saved in the content cache`,
      timeout: 20_000,
    })
    .toBe(true);
}

/** The article JSON URL the app and the worker use. */
export function articleJson(baseURL: string, id: string): string {
  return `${baseURL}content/articles/${id}.json`;
}

export async function screenshot(page: Page, testInfo: TestInfo, dir: string, name: string): Promise<void> {
  const file = `${dir}/${name}.png`;
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

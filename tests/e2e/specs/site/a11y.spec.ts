import { expect, test } from '../../support/fixtures';
import { TWO_AUDIENCES, indexEntries } from '../../support/content';
import { articleRoot, cards, errorState, expectNoAxeViolations, open } from '../../support/app';

const entries = indexEntries();
const HTTP_404 = /^Failed to load resource: the server responded with a status of 404/;

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe-core (WCAG 2.2 AA tags), ${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('index', async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await open(page, './');
      await expect(cards(page).first()).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `index-${colorScheme}`);
    });

    for (const id of [...entries.map((e) => e.id), TWO_AUDIENCES]) {
      test(`article ${id}`, async ({ page }, testInfo) => {
        await page.emulateMedia({ colorScheme });
        await open(page, `?article=${id}`);
        await expect(articleRoot(page)).toBeVisible();
        await expectNoAxeViolations(page, testInfo, `${id}-${colorScheme}`);
      });
    }

    test('empty search result', async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      await open(page, '?q=qzxjvwnomatch');
      await expect(page.locator('main#main .empty-state')).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `empty-${colorScheme}`);
    });

    test('error states', async ({ page, watcher }, testInfo) => {
      watcher.allow(HTTP_404);
      await page.emulateMedia({ colorScheme });
      await open(page, '?article=broken-quiz');
      await expect(errorState(page)).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `malformed-${colorScheme}`);
      await open(page, '?article=no-such-thing');
      await expect(errorState(page)).toBeVisible();
      await expectNoAxeViolations(page, testInfo, `not-found-${colorScheme}`);
    });
  });
}

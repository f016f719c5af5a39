import { expect, test } from '../../support/fixtures';
import { TWO_AUDIENCES, indexEntries } from '../../support/content';
import { expectCleanDom, expectNoHorizontalScroll, open, articleRoot, errorState } from '../../support/app';

const entries = indexEntries();
const NARROW = { width: 320, height: 640 };

test.describe('at 320 px wide nothing scrolls sideways', () => {
  test.use({ viewport: NARROW });

  test('index', async ({ page, baseURL }) => {
    await open(page, './');
    await expect(page.locator('ul.article-list > li.article-card').first()).toBeVisible();
    await expectNoHorizontalScroll(page, NARROW.width);
    await expectCleanDom(page, baseURL!);
  });

  for (const id of [...entries.map((e) => e.id), TWO_AUDIENCES]) {
    test(`article ${id}`, async ({ page }) => {
      await open(page, `?article=${id}`);
      await expect(articleRoot(page)).toBeVisible();
      await expectNoHorizontalScroll(page, NARROW.width);
    });
  }

  test('error state with problems', async ({ page }) => {
    await open(page, '?article=broken-json');
    await expect(errorState(page)).toBeVisible();
    await expectNoHorizontalScroll(page, NARROW.width);
  });
});

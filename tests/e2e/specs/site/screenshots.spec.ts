// Not assertions: pictures of the real pages for people to look at, saved to
// reports/screenshots/ (gitignored).
import { expect, test } from '../../support/fixtures';
import { indexEntries } from '../../support/content';
import { SCREENSHOTS } from '../../support/paths';
import { articleRoot, cards, errorState, open, screenshotPath } from '../../support/app';

const entries = indexEntries();
const SIZES = { narrow: { width: 320, height: 640 }, wide: { width: 1280, height: 900 } };

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`screenshots ${size} ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('index and article', async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await open(page, './');
        await expect(cards(page).first()).toBeVisible();
        await page.screenshot({ path: screenshotPath(SCREENSHOTS, `index-${size}-${colorScheme}`), fullPage: true });

        await open(page, `?article=${entries[0].id}`);
        await expect(articleRoot(page)).toBeVisible();
        await page.screenshot({ path: screenshotPath(SCREENSHOTS, `article-${size}-${colorScheme}`), fullPage: true });

        await open(page, '?article=broken-quiz');
        await expect(errorState(page)).toBeVisible();
        await page.screenshot({ path: screenshotPath(SCREENSHOTS, `error-${size}-${colorScheme}`), fullPage: true });
      });
    });
  }
}

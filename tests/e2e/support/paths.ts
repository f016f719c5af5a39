import path from 'node:path';

export const REPO = path.resolve(__dirname, '../../..');
/** The release build under test (`trunk build --release`). */
export const DIST = path.resolve(process.env.GLOSS_DIST ?? path.join(REPO, 'dist'));
export const FIXTURES = path.join(REPO, 'tests', 'fixtures');
export const FIXTURE_ARTICLES = path.join(FIXTURES, 'content', 'articles');
/** Screenshots, reports, server log: gitignored. */
export const REPORTS = path.resolve(process.env.GLOSS_REPORTS ?? path.join(REPO, 'reports'));
export const SCREENSHOTS = path.join(REPORTS, 'screenshots');
/** Where the build is served: a deep sub-path, as on a school's shared host. */
export const SUB_PATH = 'schools/district-7/gloss';

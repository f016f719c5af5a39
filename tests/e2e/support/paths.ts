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
/**
 * A release build of a synthetic catalogue in four languages (`cargo xtask
 * synth 60 target/synth-content`, then `GLOSS_REUSE_APP=1 bash
 * scripts/build-site.sh target/synth-content dist-synth`; scripts/test.sh
 * does both): paged catalogue, category pages and a Pagefind index in en,
 * es, ar and ja.
 */
export const DIST_SYNTH = path.resolve(process.env.GLOSS_DIST_SYNTH ?? path.join(REPO, 'dist-synth'));

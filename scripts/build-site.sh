#!/usr/bin/env bash
# Builds the whole static site for a content folder, ready for any static
# host under any sub-path (docs/deploying.md):
#
#   bash scripts/build-site.sh CONTENT_DIR OUT_DIR
#   GLOSS_SITE_URL=https://example.org/gloss/ bash scripts/build-site.sh content dist
#
# 1. validates CONTENT_DIR (cargo xtask validate: every article, and the v1
#    index.json if there is one, which must then match the articles;
#    `cargo xtask index CONTENT_DIR` regenerates it). Any problem stops the
#    build, with file and field;
# 2. builds the app (trunk build --release) into a staging folder
#    ($CARGO_TARGET_DIR or target/, then trunk-site/), then the author
#    preview, its own build (assets/preview/Trunk.toml: feature `preview`, so its
#    diagnostics stay out of the reader's wasm) into its preview/ folder;
# 3. puts the app and a copy of CONTENT_DIR (as content/) into OUT_DIR;
# 4. pre-renders every page (cargo xtask prerender: on every core, and only
#    the pages whose inputs changed since the last build into OUT_DIR;
#    pages of removed articles are deleted), and writes the paged catalogue
#    (content/catalog/) and the search records;
# 5. builds the search index (scripts/search-index.mjs: Pagefind, into
#    pagefind/; skipped when no article's text changed);
# 6. post-build: each page's CSP (the preview's too), _headers, the
#    worker's precache manifest (without the preview).
#
# Idempotent: run it again after any change, into the same OUT_DIR. OUT_DIR
# must be empty, missing, or an earlier build of this script (it is
# replaced, except the pages and state step 4 reuses).
#
# Environment: GLOSS_REUSE_APP=1 (skip step 2 and use the app Trunk built
# last time: for a second content folder built with the same app), GLOSS_SITE_URL (the site's absolute URL: canonical links,
# og:url and sitemap.xml; without it they are left out), and
# GLOSS_FRAME_ANCESTORS / GLOSS_CSP_META for postbuild (docs/deploying.md).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [ $# -ne 2 ]; then
  echo "usage: bash scripts/build-site.sh CONTENT_DIR OUT_DIR" >&2
  exit 2
fi
CONTENT="$(cd "$1" 2>/dev/null && pwd)" || gloss_die "content folder '$1' does not exist"
[ -d "$CONTENT/articles" ] || gloss_die "$1 has no articles/ folder"
mkdir -p "$2"
OUT="$(cd "$2" && pwd)"
case "$OUT/" in
  "$CONTENT/"*) gloss_die "OUT_DIR ($2) must not be inside CONTENT_DIR ($1)" ;;
esac
case "$CONTENT/" in
  "$OUT/"*) gloss_die "CONTENT_DIR ($1) must not be inside OUT_DIR ($2): it is replaced" ;;
esac
[ "$OUT" != "$GLOSS_ROOT" ] && [ "$OUT" != "$HOME" ] || gloss_die "OUT_DIR ($2) cannot be that folder"
# Never empty a folder this script did not build.
if [ -n "$(ls -A "$OUT")" ] && [ ! -d "$OUT/.gloss-prerender" ] &&
  ! { [ -f "$OUT/index.html" ] && [ -f "$OUT/sw.js" ]; }; then
  gloss_die "OUT_DIR ($2) is not empty and is not a Gloss build; use an empty or new folder"
fi
cd "$GLOSS_ROOT"
T0=$SECONDS
T=$SECONDS
# took: the time of the step that just ended.
took() { gloss_note "($((SECONDS - T)) s)"; T=$SECONDS; }
command -v trunk >/dev/null || gloss_die "trunk is not installed (bash scripts/install-tools.sh)"

gloss_step "build-site: validate $1"
cargo xtask validate "$CONTENT" || gloss_die "$1 has problems (above); nothing was built"
took

STAGE="${CARGO_TARGET_DIR:-$GLOSS_ROOT/target}/trunk-site"
if [ "${GLOSS_REUSE_APP:-0}" = 1 ] && [ -f "$STAGE/index.html" ]; then
  gloss_step "build-site: the app Trunk built last time ($STAGE; GLOSS_REUSE_APP=1)"
else
  gloss_step "build-site: trunk build --release"
  trunk build --release --dist "$STAGE"
  took
  gloss_step "build-site: the author preview (trunk build --release --config assets/preview/Trunk.toml)"
  trunk build --release --config assets/preview/Trunk.toml --dist "$STAGE/preview"
fi
[ -f "$STAGE/index.html" ] || gloss_die "trunk wrote no $STAGE/index.html"
[ -f "$STAGE/preview/index.html" ] || gloss_die "trunk wrote no $STAGE/preview/index.html"
took

gloss_step "build-site: app and content into $2"
# Replace the app; keep earlier pages, the search index and the prerender
# state (incremental), and the catalogue files (rewritten only if changed).
find "$OUT" -mindepth 1 -maxdepth 1 ! -name articles ! -name progress ! -name page \
  ! -name category ! -name pagefind ! -name content ! -name .gloss-prerender -exec rm -rf {} +
cp -a "$STAGE/." "$OUT/"
if [ -d "$OUT/content/catalog" ]; then
  rm -rf "$OUT/.gloss-prerender/catalog"
  mkdir -p "$OUT/.gloss-prerender"
  mv "$OUT/content/catalog" "$OUT/.gloss-prerender/catalog"
fi
rm -rf "$OUT/content"
cp -a "$CONTENT" "$OUT/content"
rm -rf "$OUT/content/catalog"
if [ -d "$OUT/.gloss-prerender/catalog" ]; then
  mv "$OUT/.gloss-prerender/catalog" "$OUT/content/catalog"
fi
took

gloss_step "build-site: prerender"
cargo xtask prerender "$OUT" --content "$OUT/content"
took

gloss_step "build-site: search index (Pagefind)"
node scripts/search-index.mjs "$OUT" || gloss_die "the search index could not be built (above)"
took

gloss_step "build-site: postbuild"
cargo xtask postbuild "$OUT"
took
gloss_note "done: $OUT in $((SECONDS - T0)) s"

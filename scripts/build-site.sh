#!/usr/bin/env bash
# Builds the whole static site for a content folder, ready for any static
# host under any sub-path:
#
#   bash scripts/build-site.sh CONTENT_DIR OUT_DIR
#   GLOSS_SITE_URL=https://example.org/gloss/ bash scripts/build-site.sh content dist
#
# 1. validates CONTENT_DIR (cargo xtask validate): a bad file stops the build
#    with its name and field;
# 2. builds the app (trunk build --release, into target/trunk-site);
# 3. puts the app and a copy of the content into OUT_DIR, and regenerates the
#    copy's index.json from its articles (cargo xtask index);
# 4. pre-renders every page (cargo xtask prerender: in parallel, and only
#    the pages whose inputs changed since the last build into OUT_DIR);
# 5. post-build: each page's CSP, _headers, the worker's precache manifest.
#
# With GLOSS_SITE_URL (the site's absolute URL), pages get canonical links
# and Open Graph URLs, and sitemap.xml is written.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [ $# -ne 2 ]; then
  echo "usage: bash scripts/build-site.sh CONTENT_DIR OUT_DIR" >&2
  exit 2
fi
CONTENT="$(cd "$1" 2>/dev/null && pwd)" || gloss_die "content folder '$1' does not exist"
mkdir -p "$2"
OUT="$(cd "$2" && pwd)"
cd "$GLOSS_ROOT"
[ -f "$CONTENT/index.json" ] || gloss_die "$CONTENT has no index.json (cargo xtask index $1 writes one)"
case "$OUT/" in
  "$CONTENT/"*) gloss_die "OUT_DIR must not be inside CONTENT_DIR" ;;
esac

echo "==> build-site: validate $CONTENT"
cargo xtask validate "$CONTENT"

echo "==> build-site: trunk build --release"
STAGE="$GLOSS_ROOT/target/trunk-site"
trunk build --release --dist "$STAGE"

echo "==> build-site: app and content into $OUT"
# Keep earlier pages and the prerender state (incremental); replace the rest.
find "$OUT" -mindepth 1 -maxdepth 1 \
  ! -name articles ! -name progress ! -name .gloss-prerender -exec rm -rf {} +
cp -a "$STAGE/." "$OUT/"
rm -rf "$OUT/content"
cp -a "$CONTENT" "$OUT/content"
cargo xtask index "$OUT/content"

echo "==> build-site: prerender"
cargo xtask prerender "$OUT" --content "$OUT/content"

echo "==> build-site: postbuild"
cargo xtask postbuild "$OUT"
echo "==> build-site: done: $OUT"

#!/usr/bin/env bash
# The benchmark, in one command: builds the release bundle, renders the
# static-HTML baseline of an article from the same JSON, generates a
# 5,000-article index, measures the bundle, then runs bench/bench.mjs
# (headless Chromium, unthrottled and with Lighthouse's mobile throttling,
# plus Lighthouse itself). Writes reports/bench.md and reports/bench.json.
#
#   bash scripts/bench.sh                  # build, then everything (about 15-25 min)
#   bash scripts/bench.sh --no-build       # use the existing dist/
#   bash scripts/bench.sh --dist DIR       # use a release build in DIR (no build)
#   bash scripts/bench.sh --quick          # 5 runs, 1 Lighthouse run per page
#   bash scripts/bench.sh -- --runs 9      # options after -- go to bench.mjs
#
# Timings are only reported, never checked. Copy a current report into
# docs/benchmarks.md (it describes the machine) when the numbers change.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GLOSS_ROOT"

BUILD=1
DIST=dist
ARTICLE="${GLOSS_BENCH_ARTICLE:-coral-reef-bleaching}"
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --dist) BUILD=0; DIST="$2"; shift ;;
    --quick) EXTRA+=(--quick) ;;
    --) shift; EXTRA+=("$@"); break ;;
    *) gloss_die "unknown option $1 (see the header of scripts/bench.sh)" ;;
  esac
  shift
done

command -v node >/dev/null || gloss_die "node is missing (Node.js 20+)"
[ -x "$GLOSS_CHROMIUM" ] || gloss_die "no Chromium at $GLOSS_CHROMIUM (apt-get install chromium, or set GLOSS_CHROMIUM)"

gloss_step "bench: npm ci in bench/ (playwright-core, lighthouse@12.2.3)"
if [ ! -d bench/node_modules/lighthouse ] || [ ! -d bench/node_modules/playwright-core ]; then
  (cd bench && npm ci --no-audit --no-fund)
fi

if [ "$BUILD" = 1 ]; then
  gloss_step "bench: bash scripts/build-site.sh content $DIST (every page pre-rendered)"
  bash scripts/build-site.sh content "$DIST"
fi
[ -f "$DIST/index.html" ] || gloss_die "no $DIST/index.html: run without --no-build"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p reports

gloss_step "bench: static HTML of $ARTICLE, 5,000-article index, bundle sizes"
CSS="$(cd "$DIST" && ls main-*.css 2>/dev/null | head -n 1 || true)"
[ -n "$CSS" ] || CSS="$(cd "$DIST" && ls ./*.css | head -n 1)"
ICON="$(cd "$DIST" && ls favicon-*.svg 2>/dev/null | head -n 1 || true)"
cargo xtask static-html "content/articles/$ARTICLE.json" --css "$CSS" ${ICON:+--icon "$ICON"} >"$WORK/static.html"
cargo xtask synth 5000 "$WORK/synthetic" --index-only
cargo xtask budget --json --dist "$DIST" >"$WORK/sizes.json"
cargo xtask budget --dist "$DIST" || gloss_note "(the bundle is over budget; the benchmark goes on)"

gloss_step "bench: headless Chromium (node bench/bench.mjs)"
node bench/bench.mjs --dist "$DIST" --out reports --article "$ARTICLE" \
  --static "$WORK/static.html" --synthetic "$WORK/synthetic" --sizes "$WORK/sizes.json" "${EXTRA[@]}"
gloss_note "report: reports/bench.md (and reports/bench.json)"

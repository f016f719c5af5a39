#!/usr/bin/env bash
# The benchmark, in one command: builds the release bundle, renders the
# static-HTML baseline of an article from the same JSON, generates and
# builds a synthetic catalogue with the same app (50,000 articles, or
# GLOSS_BENCH_ARTICLES; timing every build step, and an incremental rebuild
# after one article changes), measures the bundle, then runs bench/bench.mjs
# (headless Chromium, unthrottled and with Lighthouse's mobile throttling,
# plus Lighthouse itself). Writes reports/bench.md and reports/bench.json.
#
#   bash scripts/bench.sh                  # build, then everything (about 15-25 min)
#   bash scripts/bench.sh --no-build       # use the existing dist/
#   bash scripts/bench.sh --dist DIR       # use a release build in DIR (no build;
#                                          # the catalogue uses the app Trunk built last)
#   bash scripts/bench.sh --quick          # 5 runs, 1 Lighthouse run per page
#   bash scripts/bench.sh -- --runs 9      # options after -- go to bench.mjs
#   bash scripts/bench.sh -- --only-catalogue   # first visits and the catalogue only
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

N="${GLOSS_BENCH_ARTICLES:-50000}"
gloss_step "bench: static HTML of $ARTICLE, bundle sizes"
CSS="$(cd "$DIST" && ls main-*.css 2>/dev/null | head -n 1 || true)"
[ -n "$CSS" ] || CSS="$(cd "$DIST" && ls ./*.css | head -n 1)"
ICON="$(cd "$DIST" && ls favicon-*.svg 2>/dev/null | head -n 1 || true)"
cargo xtask static-html "content/articles/$ARTICLE.json" --css "$CSS" ${ICON:+--icon "$ICON"} >"$WORK/static.html"
cargo xtask budget --json --dist "$DIST" >"$WORK/sizes.json"
cargo xtask budget --dist "$DIST" || gloss_note "(the bundle is over budget; the benchmark goes on)"

gloss_step "bench: a catalogue of $N synthetic articles, built with the same app"
t0=$SECONDS
cargo xtask synth "$N" "$WORK/synthetic"
synth_s=$((SECONDS - t0))
GLOSS_REUSE_APP=1 bash scripts/build-site.sh "$WORK/synthetic" "$WORK/catalog" 2>&1 | tee "$WORK/catalog-build.log"
# One article changes: the rebuild renders that one again.
# (Article 0 always exists; no `ls | head`, which pipefail stops on SIGPIPE.)
first=synthetic-00000-en.json
[ -f "$WORK/synthetic/articles/$first" ] || gloss_die "synth wrote no $first"
node -e 'const f=process.argv[1],fs=require("fs");const a=JSON.parse(fs.readFileSync(f,"utf8"));a.summary+=" (Updated.)";fs.writeFileSync(f,JSON.stringify(a,null,2));' "$WORK/synthetic/articles/$first"
# A small catalogue has a v1 index.json, which must still match.
if [ -f "$WORK/synthetic/index.json" ]; then cargo xtask index "$WORK/synthetic"; fi
t0=$SECONDS
GLOSS_REUSE_APP=1 bash scripts/build-site.sh "$WORK/synthetic" "$WORK/catalog" 2>&1 | tee "$WORK/catalog-rebuild.log"
rebuild_s=$((SECONDS - t0))
node -e '
  const [log, rebuildLog, dir, n, synthS, rebuildS] = process.argv.slice(1);
  const fs = require("fs"), path = require("path");
  const steps = []; let step = null;
  for (const line of fs.readFileSync(log, "utf8").split("\n")) {
    const s = /^==> build-site: (.*)$/.exec(line); if (s) { step = s[1]; continue; }
    const t = /^\s+\((\d+) s\)$/.exec(line); if (t && step) { steps.push([step, Number(t[1])]); step = null; }
  }
  const walk = (d) => { let bytes = 0, files = 0; for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name); if (e.isDirectory()) { const x = walk(p); bytes += x.bytes; files += x.files; } else if (e.isFile()) { bytes += fs.statSync(p).size; files++; } } return { bytes, files }; };
  const mib = (b) => Number((b / 1048576).toFixed(1));
  const all = walk(dir), pf = walk(path.join(dir, "pagefind")), cat = walk(path.join(dir, "content", "catalog"));
  const pre = fs.readFileSync(rebuildLog, "utf8").split("\n").find((l) => l.startsWith("prerender:"));
  console.log(JSON.stringify({ articles: Number(n), steps, synthSeconds: Number(synthS), rebuildSeconds: Number(rebuildS),
    rebuildPrerender: pre ?? null, outputMiB: mib(all.bytes), outputFiles: all.files, pagefindMiB: mib(pf.bytes), pagefindFiles: pf.files, catalogMiB: mib(cat.bytes) }));
' "$WORK/catalog-build.log" "$WORK/catalog-rebuild.log" "$WORK/catalog" "$N" "$synth_s" "$rebuild_s" >"$WORK/catalog-build.json"
cat "$WORK/catalog-build.json"

gloss_step "bench: headless Chromium (node bench/bench.mjs)"
node bench/bench.mjs --dist "$DIST" --out reports --article "$ARTICLE" \
  --static "$WORK/static.html" --catalog "$WORK/catalog" --catalog-build "$WORK/catalog-build.json" --sizes "$WORK/sizes.json" "${EXTRA[@]}"
gloss_note "report: reports/bench.md (and reports/bench.json)"

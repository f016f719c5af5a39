#!/usr/bin/env bash
# Builds the release version of Gloss and serves it on http://127.0.0.1:8080/
#
#   bash scripts/serve.sh              # install tools, build, serve
#   PORT=9000 bash scripts/serve.sh    # another port
#   GLOSS_NO_BUILD=1 bash scripts/serve.sh   # serve the existing dist/
#
# dist/ is a plain static site: any static file server, under any sub-path,
# serves it the same way (no rewrite rules needed). This one also sends the
# headers in dist/_headers (the Content-Security-Policy and the other
# security headers), as Netlify, Cloudflare Pages and the nginx example in
# docs/deploying.md do, so what you try here runs under the production CSP.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GLOSS_ROOT"

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8080}"

if [ "${GLOSS_NO_BUILD:-0}" != 1 ]; then
  # Serving needs no browser: skip Chromium and the e2e packages.
  GLOSS_SKIP_BROWSER=1 bash scripts/install-tools.sh
  gloss_step "bash scripts/build-site.sh content dist (release build, every page pre-rendered)"
  bash scripts/build-site.sh content dist
fi
[ -f dist/index.html ] || gloss_die "dist/index.html is missing; run without GLOSS_NO_BUILD=1"

gloss_step "serving dist/"
echo
echo "    Gloss is at  http://$HOST:$PORT/"
echo "    (Ctrl-C stops the server)"
echo
exec node scripts/static-server.mjs --root dist --host "$HOST" --port "$PORT" --headers dist/_headers --compress

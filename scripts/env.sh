# shellcheck shell=bash
# Sourced by the other scripts (and usable by hand: `source scripts/env.sh`).
# Puts the project's pinned tools on PATH and configures the headless browser.
# Safe to source more than once.

GLOSS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GLOSS_ROOT

_gloss_path_prepend() {
  case ":$PATH:" in
    *":$1:"*) ;;
    *) PATH="$1:$PATH" ;;
  esac
}
# cargo-installed tools (trunk, wasm-bindgen, wasm-bindgen-test-runner)
_gloss_path_prepend "${CARGO_HOME:-$HOME/.cargo}/bin"
# wasm-opt from the npm package binaryen (installed by scripts/install-tools.sh)
_gloss_path_prepend "$GLOSS_ROOT/.tools/node_modules/.bin"
export PATH
unset -f _gloss_path_prepend

# Pinned tool versions. The wasm-bindgen version is read from Cargo.lock.
export GLOSS_TRUNK_VERSION="0.21.14"
export GLOSS_BINARYEN_VERSION="132.0.0"
export GLOSS_WASM_OPT_VERSION="version_132"
# The static search index (npm pagefind, its Linux binary comes with it).
export GLOSS_PAGEFIND_VERSION="1.6.0"
GLOSS_WASM_BINDGEN_VERSION="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' "$GLOSS_ROOT/Cargo.lock" 2>/dev/null)"
export GLOSS_WASM_BINDGEN_VERSION

# Browser for wasm-bindgen-test (via chromedriver + webdriver.json) and for
# Playwright (tests/e2e/playwright.config.ts reads GLOSS_CHROMIUM).
export GLOSS_CHROMIUM="${GLOSS_CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# `cargo test --target wasm32-unknown-unknown` runs test binaries with this.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER="wasm-bindgen-test-runner"
# Component tests run in the browser even if a test file forgets
# `wasm_bindgen_test_configure!(run_in_browser)` (the runner's default is Node).
export WASM_BINDGEN_USE_BROWSER=1
# The runner's default per-test timeout is 20 s; a cold Chromium on 2 busy
# cores can need longer.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# Never let Playwright try to download browsers (there is no network for it).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Other variables the scripts read (all optional):
#   GLOSS_SKIP_BROWSER=1     install-tools.sh: no Chromium, no e2e packages
#   GLOSS_SKIP_WASM_TOOLS=1  install-tools.sh: no trunk, wasm-bindgen, wasm-opt
#                            (test.sh sets both from the steps it runs)
#   GLOSS_INSTALL_FUZZ=1     test.sh fuzz: install cargo-fuzz if it is missing
#   GLOSS_FUZZ_SMOKE_SECONDS test.sh fuzz: seconds per target (default 15)
#   GLOSS_E2E_WORKERS        Playwright workers (default 2)
#   GLOSS_NO_BUILD=1, HOST, PORT   serve.sh: serve the existing dist/

# Step headers for the scripts.
gloss_step() { printf '\n==> %s\n' "$*"; }
gloss_note() { printf '    %s\n' "$*"; }
gloss_die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

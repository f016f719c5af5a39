#!/usr/bin/env bash
# Installs every tool Gloss needs to build and test, skipping what is already
# there at the right version. Safe to run again and again.
#
#   rustup target wasm32-unknown-unknown (+ rustfmt, clippy components)
#   trunk 0.21.14                          cargo install --locked
#   wasm-bindgen-cli = Cargo.lock version  cargo install (without --locked)
#   wasm-opt (npm binaryen@132.0.0)        into .tools/ (gitignored)
#   pagefind (npm pagefind@1.6.0)          into .tools/ (the search index)
#   chromium + chromium-driver             apt-get, when running as root
#   tests/e2e node_modules                 npm ci
#
# Set GLOSS_SKIP_BROWSER=1 to skip Chromium and the e2e packages (build only),
# GLOSS_SKIP_WASM_TOOLS=1 to skip trunk, wasm-bindgen and wasm-opt (native
# checks only). scripts/test.sh sets both from the steps it is asked to run.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GLOSS_ROOT"

is_root() { [ "$(id -u)" = 0 ]; }

# Waits while another `cargo install <name>` runs (e.g. one started by hand),
# so two builds of the same tool never race for ~/.cargo/bin.
wait_for_cargo_install() {
  local name="$1" waited=0
  # Anchored on the program name, so a shell whose command line merely
  # mentions "cargo install" does not count.
  while pgrep -f "^[^ ]*cargo install .*${name}" >/dev/null 2>&1; do
    if [ "$waited" = 0 ]; then
      gloss_note "another 'cargo install ... $name' is running; waiting for it to finish"
    fi
    sleep 10
    waited=$((waited + 10))
  done
}

# --- Rust ------------------------------------------------------------------
gloss_step "tools: Rust toolchain"
command -v cargo >/dev/null || gloss_die "cargo not found. Install Rust with rustup (https://rustup.rs), then rerun."
command -v rustup >/dev/null || gloss_die "rustup not found; it is needed to add the wasm32-unknown-unknown target."
gloss_note "$(rustc --version)"
installed_targets="$(rustup target list --installed)"
if grep -qx 'wasm32-unknown-unknown' <<<"$installed_targets"; then
  gloss_note "target wasm32-unknown-unknown: installed"
else
  gloss_note "target wasm32-unknown-unknown: adding"
  rustup target add wasm32-unknown-unknown
fi
installed_components="$(rustup component list --installed)"
for component in rustfmt clippy; do
  if grep -q "^${component}-" <<<"$installed_components"; then
    gloss_note "component $component: installed"
  else
    gloss_note "component $component: adding"
    rustup component add "$component"
  fi
done

if [ "${GLOSS_SKIP_WASM_TOOLS:-0}" = 1 ]; then
  gloss_step "tools: trunk, wasm-bindgen, wasm-opt: not needed for these steps (GLOSS_SKIP_WASM_TOOLS=1)"
else
# --- trunk -----------------------------------------------------------------
gloss_step "tools: trunk $GLOSS_TRUNK_VERSION"
trunk_version() { trunk --version 2>/dev/null | awk '{print $2}'; }
wait_for_cargo_install trunk
if [ "$(trunk_version)" = "$GLOSS_TRUNK_VERSION" ]; then
  gloss_note "trunk $GLOSS_TRUNK_VERSION: installed ($(command -v trunk))"
else
  gloss_note "trunk: found '$(trunk_version || true)'; installing $GLOSS_TRUNK_VERSION (takes ~12 minutes on 2 cores)"
  cargo install --locked "trunk@$GLOSS_TRUNK_VERSION"
  [ "$(trunk_version)" = "$GLOSS_TRUNK_VERSION" ] || gloss_die "trunk --version does not report $GLOSS_TRUNK_VERSION after install"
fi

# --- wasm-bindgen-cli ------------------------------------------------------
gloss_step "tools: wasm-bindgen-cli $GLOSS_WASM_BINDGEN_VERSION (from Cargo.lock)"
[ -n "$GLOSS_WASM_BINDGEN_VERSION" ] || gloss_die "could not find the wasm-bindgen version in Cargo.lock"
trunk_wbg="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)"
if [ -n "$trunk_wbg" ] && [ "$trunk_wbg" != "$GLOSS_WASM_BINDGEN_VERSION" ]; then
  gloss_die "Trunk.toml [tools] wasm_bindgen = \"$trunk_wbg\" but Cargo.lock has wasm-bindgen $GLOSS_WASM_BINDGEN_VERSION; make them equal"
fi
wbg_version() { "$1" --version 2>/dev/null | awk '{print $2}'; }
wait_for_cargo_install wasm-bindgen-cli
if [ "$(wbg_version wasm-bindgen)" = "$GLOSS_WASM_BINDGEN_VERSION" ] &&
  [ "$(wbg_version wasm-bindgen-test-runner)" = "$GLOSS_WASM_BINDGEN_VERSION" ]; then
  gloss_note "wasm-bindgen and wasm-bindgen-test-runner $GLOSS_WASM_BINDGEN_VERSION: installed"
else
  gloss_note "wasm-bindgen: found '$(wbg_version wasm-bindgen || true)'; installing $GLOSS_WASM_BINDGEN_VERSION (takes ~4 minutes)"
  # Without --locked: the crate's own lockfile does not build with this toolchain.
  cargo install wasm-bindgen-cli --version "=$GLOSS_WASM_BINDGEN_VERSION"
  [ "$(wbg_version wasm-bindgen)" = "$GLOSS_WASM_BINDGEN_VERSION" ] || gloss_die "wasm-bindgen --version does not report $GLOSS_WASM_BINDGEN_VERSION after install"
fi

# --- wasm-opt --------------------------------------------------------------
gloss_step "tools: wasm-opt (npm binaryen@$GLOSS_BINARYEN_VERSION) in .tools/"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  gloss_die "node and npm are needed (wasm-opt and the e2e tests). Install Node.js 20+ (Debian: apt-get install nodejs npm)."
fi
wasm_opt="$GLOSS_ROOT/.tools/node_modules/.bin/wasm-opt"
if [ -x "$wasm_opt" ] && "$wasm_opt" --version 2>/dev/null | grep -q "($GLOSS_WASM_OPT_VERSION)"; then
  gloss_note "$("$wasm_opt" --version): installed"
else
  mkdir -p .tools
  # A tiny private package so npm installs here and not in a parent folder.
  printf '{ "name": "gloss-tools", "private": true }\n' >.tools/package.json
  npm install --prefix .tools --no-audit --no-fund --no-save --no-package-lock \
    "binaryen@$GLOSS_BINARYEN_VERSION"
  "$wasm_opt" --version | grep -q "($GLOSS_WASM_OPT_VERSION)" || gloss_die "wasm-opt from binaryen@$GLOSS_BINARYEN_VERSION does not report $GLOSS_WASM_OPT_VERSION"
  gloss_note "$("$wasm_opt" --version): installed"
fi
# Trunk looks for wasm-opt on PATH (and never downloads it: offline = true).
# A small wrapper next to trunk in ~/.cargo/bin (on PATH after rustup) makes
# a plain `trunk build --release` or `trunk serve` work in any shell, with
# nothing to source first. Another program's wasm-opt there is left alone.
wrapper="${CARGO_HOME:-$HOME/.cargo}/bin/wasm-opt"
wrapper_tmp="$(mktemp)"
printf '#!/bin/sh\n# Written by Gloss (scripts/install-tools.sh): wasm-opt from npm binaryen@%s.\nexec "%s" "$@"\n' \
  "$GLOSS_BINARYEN_VERSION" "$wasm_opt" >"$wrapper_tmp"
if [ -e "$wrapper" ] && ! grep -q '^# Written by Gloss' "$wrapper"; then
  gloss_note "note: $wrapper is not Gloss's; put a wasm-opt $GLOSS_WASM_OPT_VERSION first on PATH for plain trunk"
  rm -f "$wrapper_tmp"
elif cmp -s "$wrapper_tmp" "$wrapper"; then
  gloss_note "wasm-opt for trunk: $wrapper"
  rm -f "$wrapper_tmp"
else
  mkdir -p "$(dirname "$wrapper")"
  chmod +x "$wrapper_tmp"
  mv "$wrapper_tmp" "$wrapper"
  gloss_note "wasm-opt for trunk: wrote $wrapper (runs $wasm_opt)"
fi

# --- Pagefind --------------------------------------------------------------
# The build turns the articles' search records into a Pagefind index
# (scripts/search-index.mjs, through pagefind's Node API).
gloss_step "tools: pagefind (npm pagefind@$GLOSS_PAGEFIND_VERSION) in .tools/"
pagefind_pkg="$GLOSS_ROOT/.tools/node_modules/pagefind/package.json"
if [ -f "$pagefind_pkg" ] && [ "$(node -p "require('$pagefind_pkg').version")" = "$GLOSS_PAGEFIND_VERSION" ]; then
  gloss_note "pagefind $GLOSS_PAGEFIND_VERSION: installed"
else
  mkdir -p .tools
  [ -f .tools/package.json ] || printf '{ "name": "gloss-tools", "private": true }\n' >.tools/package.json
  # binaryen again, so that npm (--no-save) keeps it.
  npm install --prefix .tools --no-audit --no-fund --no-save --no-package-lock \
    "binaryen@$GLOSS_BINARYEN_VERSION" "pagefind@$GLOSS_PAGEFIND_VERSION"
  [ "$(node -p "require('$pagefind_pkg').version")" = "$GLOSS_PAGEFIND_VERSION" ] || gloss_die "npm did not install pagefind@$GLOSS_PAGEFIND_VERSION"
  gloss_note "pagefind $GLOSS_PAGEFIND_VERSION: installed"
fi
fi  # GLOSS_SKIP_WASM_TOOLS

if [ "${GLOSS_SKIP_BROWSER:-0}" = 1 ]; then
  gloss_note "GLOSS_SKIP_BROWSER=1: skipping Chromium and the e2e packages"
  exit 0
fi

# --- Chromium + ChromeDriver -----------------------------------------------
gloss_step "tools: Chromium and ChromeDriver"
if [ -x "$GLOSS_CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  gloss_note "installed: $GLOSS_CHROMIUM, $CHROMEDRIVER"
elif is_root && command -v apt-get >/dev/null; then
  gloss_note "installing Debian packages chromium chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium chromium-driver
  if [ ! -x "$GLOSS_CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
    gloss_die "chromium installed but $GLOSS_CHROMIUM or $CHROMEDRIVER is missing; set GLOSS_CHROMIUM / CHROMEDRIVER"
  fi
else
  gloss_die "Chromium and ChromeDriver are needed at $GLOSS_CHROMIUM and $CHROMEDRIVER.
  On Debian/Ubuntu, as root: apt-get update && apt-get install -y chromium chromium-driver
  Or point GLOSS_CHROMIUM and CHROMEDRIVER at a matching Chromium and ChromeDriver."
fi
# chromium's Debian wrapper script prints a harmless shell warning to stderr.
chromium_major="$("$GLOSS_CHROMIUM" --version 2>/dev/null | grep -o '[0-9]\+\.' | head -1 | tr -d .)"
driver_major="$("$CHROMEDRIVER" --version 2>/dev/null | grep -o '[0-9]\+\.' | head -1 | tr -d .)"
gloss_note "Chromium $chromium_major, ChromeDriver $driver_major"
[ "$chromium_major" = "$driver_major" ] ||
  gloss_die "Chromium ($chromium_major) and ChromeDriver ($driver_major) major versions differ; install matching packages"

# --- python3 (the e2e suite's plain static server) ------------------------------
gloss_step "tools: python3 (the e2e suite serves the build with python3 -m http.server)"
if command -v python3 >/dev/null; then
  gloss_note "$(python3 --version)"
elif is_root && command -v apt-get >/dev/null; then
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq python3
else
  gloss_die "python3 is needed by the e2e tests (apt-get install python3)"
fi

# --- e2e packages ----------------------------------------------------------
gloss_step "tools: npm ci in tests/e2e"
stamp="tests/e2e/node_modules/.gloss-lock-sha256"
lock_sum="$(sha256sum tests/e2e/package-lock.json | awk '{print $1}')"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ] && [ -d tests/e2e/node_modules/@playwright/test ]; then
  gloss_note "node_modules matches package-lock.json"
else
  (cd tests/e2e && npm ci --no-audit --no-fund)
  echo "$lock_sum" >"$stamp"
fi
gloss_note "playwright $(cd tests/e2e && node -p 'require("@playwright/test/package.json").version'), axe-core $(cd tests/e2e && node -p 'require("axe-core/package.json").version')"

gloss_step "tools: all present"

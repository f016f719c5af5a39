#!/usr/bin/env bash
# Runs every check and test of Gloss, stopping at the first failure:
#
#   tools     scripts/install-tools.sh: installs only what the chosen steps
#             need (no browser for native steps), and skips what is present
#   fmt       cargo fmt --all --check, and no merge conflict markers
#   clippy    cargo clippy, -D warnings: native crates, and the app for wasm32
#   test      cargo test (native: gloss-core, xtask; xtask/tests/fixtures.rs
#             checks tests/fixtures against tests/fixtures/expected.json)
#   schema    cargo xtask schema --check
#   content   cargo xtask validate content
#   wasm      wasm-bindgen-test component tests in headless Chromium
#   build     bash scripts/build-site.sh content dist (trunk build --release,
#             every page pre-rendered, postbuild)
#             and dist-synth (cargo xtask synth 60: four languages, several
#             catalogue pages; the same app)
#   budget    cargo xtask budget: dist/ within the byte budget in budget.json
#   e2e       Playwright + axe-core against the release build (tests/e2e)
#   fuzz      a short smoke run of every cargo-fuzz target (fuzz/run.sh smoke;
#             skipped without the nightly toolchain; cargo-fuzz is installed
#             only with GLOSS_INSTALL_FUZZ=1, and the step says so)
#
#   bash scripts/test.sh               # everything
#   bash scripts/test.sh build e2e     # only these steps (tools always runs)
#
# A log of the whole run is kept in reports/test-log.txt (gitignored).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$GLOSS_ROOT"

ALL_STEPS=(fmt clippy test schema content wasm build budget e2e fuzz)
if [ $# -gt 0 ]; then
  for s in "$@"; do
    [[ " ${ALL_STEPS[*]} " == *" $s "* ]] || gloss_die "unknown step '$s' (steps: ${ALL_STEPS[*]})"
  done
  STEPS=("$@")
else
  STEPS=("${ALL_STEPS[@]}")
fi
wants() { [[ " ${STEPS[*]} " == *" $1 "* ]]; }

mkdir -p reports
LOG="reports/test-log.txt"
: >"$LOG"
START=$SECONDS
CURRENT=""
DONE=()
TESTS_PASSED=0
TESTS_FAILED=0
TESTS_SKIPPED=0

summary() {
  echo
  echo "==> summary"
  for line in "${DONE[@]}"; do echo "    $line"; done
}
on_exit() {
  local rc=$?
  if [ $rc -ne 0 ] && [ -n "$CURRENT" ]; then
    summary
    echo "    FAILED  $CURRENT"
    echo
    echo "test.sh: FAILED at step '$CURRENT' after $((SECONDS - START))s (exit $rc); log: $LOG"
  fi
}
trap on_exit EXIT

# run_step NAME DESCRIPTION COMMAND... : header, timing, output to screen and log.
run_step() {
  local name="$1" desc="$2"
  shift 2
  CURRENT="$name"
  gloss_step "[$name] $desc" | tee -a "$LOG"
  local t0=$SECONDS
  "$@" 2>&1 | tee -a "$LOG"
  DONE+=("$(printf 'ok      %-9s %4ss  %s' "$name" "$((SECONDS - t0))" "$desc")")
  CURRENT=""
}
skip_step() {
  gloss_step "[$1] skipped: $2" | tee -a "$LOG"
  DONE+=("$(printf 'skipped %-9s        %s' "$1" "$2")")
}

# Adds up `test result: ok. N passed; M failed; K ignored` lines of cargo test
# (native and wasm-bindgen-test-runner print the same line).
count_cargo_tests() {
  local log="$1" p f i
  read -r p f i < <(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed; [0-9]+ ignored' "$log" |
    awk '{p += $4; f += $6; i += $8} END {print p + 0, f + 0, i + 0}')
  TESTS_PASSED=$((TESTS_PASSED + p))
  TESTS_FAILED=$((TESTS_FAILED + f))
  TESTS_SKIPPED=$((TESTS_SKIPPED + i))
}

# Only what the chosen steps need: Chromium and the e2e packages for wasm and
# e2e; trunk, wasm-bindgen and wasm-opt for wasm and build.
needs_browser=1
needs_wasm_tools=1
{ wants wasm || wants e2e; } || needs_browser=0
{ wants wasm || wants build; } || needs_wasm_tools=0
export GLOSS_SKIP_BROWSER=$((1 - needs_browser)) GLOSS_SKIP_WASM_TOOLS=$((1 - needs_wasm_tools))
run_step tools "install or check the tools these steps need (scripts/install-tools.sh)" bash scripts/install-tools.sh

if wants fmt; then
  # Formatting, and no merge conflict markers left in any tracked file.
  fmt_all() {
    cargo fmt --all --check || return 1
    if git grep -nE '^(<<<<<<<|>>>>>>>) ' -- . ':!*.lock' 2>/dev/null; then
      echo "merge conflict markers (above) left in tracked files" >&2
      return 1
    fi
  }
  run_step fmt "cargo fmt --all --check; no merge conflict markers" fmt_all
fi

if wants clippy; then
  clippy_all() {
    echo "--- native: gloss-core, xtask"
    cargo clippy --workspace --exclude gloss --all-targets --locked -- -D warnings
    echo "--- native: gloss with ssr (pre-rendering)"
    cargo clippy -p gloss --no-default-features --features ssr --lib --tests --locked -- -D warnings
    echo "--- wasm32: gloss (the app and its tests; csr)"
    cargo clippy -p gloss --target wasm32-unknown-unknown --features csr --all-targets --locked -- -D warnings
    echo "--- wasm32: gloss as the browser build runs it (hydrate)"
    cargo clippy -p gloss --target wasm32-unknown-unknown --no-default-features --features hydrate --bins --locked -- -D warnings
    echo "--- wasm32: the author preview's build (hydrate, preview)"
    cargo clippy -p gloss --target wasm32-unknown-unknown --no-default-features --features hydrate,preview --bins --locked -- -D warnings
  }
  run_step clippy "cargo clippy -D warnings (native crates; the app for wasm32)" clippy_all
fi

if wants test; then
  cargo_tests() {
    local out="reports/.cargo-test-native.txt"
    {
      cargo test --workspace --exclude gloss --locked
      # The app's native tests: its pages rendered by `ssr` (src/prerender.rs).
      cargo test -p gloss --no-default-features --features ssr --lib --locked
    } 2>&1 | tee "$out"
    count_cargo_tests "$out"
  }
  # Not in a pipe (run_step's tee) so the counts survive: log by hand.
  CURRENT="test"
  gloss_step "[test] cargo test (native: core, xtask, the app's pre-rendering)" | tee -a "$LOG"
  t0=$SECONDS
  cargo_tests
  cat reports/.cargo-test-native.txt >>"$LOG"
  DONE+=("$(printf 'ok      %-9s %4ss  %s' test "$((SECONDS - t0))" "cargo test (native)")")
  CURRENT=""
fi

if wants schema; then
  run_step schema "cargo xtask schema --check" cargo xtask schema --check
fi

if wants content; then
  run_step content "cargo xtask validate content" cargo xtask validate content
fi

if wants wasm; then
  # wasm-bindgen-test files: tests/*.rs (or tests/*/main.rs) of the app, or
  # #[wasm_bindgen_test]s inside src/.
  if grep -rlsq 'wasm_bindgen_test' src tests/*.rs tests/*/main.rs; then
    CURRENT="wasm"
    gloss_step "[wasm] cargo test --target wasm32-unknown-unknown -p gloss (headless Chromium)" | tee -a "$LOG"
    t0=$SECONDS
    out="reports/.cargo-test-wasm.txt"
    # webdriver.json (repo root) gives Chromium's binary and flags to chromedriver.
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$GLOSS_ROOT/webdriver.json" \
      cargo test --target wasm32-unknown-unknown -p gloss --features csr --tests --locked 2>&1 | tee "$out"
    cat "$out" >>"$LOG"
    count_cargo_tests "$out"
    DONE+=("$(printf 'ok      %-9s %4ss  %s' wasm "$((SECONDS - t0))" "wasm-bindgen-test in headless Chromium")")
    CURRENT=""
  else
    skip_step wasm "no wasm-bindgen-test files yet (tests/*.rs with #[wasm_bindgen_test])"
  fi
fi

if wants build; then
  run_step build "bash scripts/build-site.sh content dist" bash scripts/build-site.sh content dist
  ls -l dist | tee -a "$LOG"
  # A second site with the same app: 60 synthetic articles in four
  # languages, several catalogue pages (tests/e2e/specs/catalog/catalog-scale.spec.ts).
  build_synth() {
    rm -rf target/synth-content
    cargo xtask synth 60 target/synth-content
    GLOSS_REUSE_APP=1 bash scripts/build-site.sh target/synth-content dist-synth
  }
  run_step synth "a synthetic multilingual site (cargo xtask synth 60) into dist-synth" build_synth
fi

if wants budget; then
  run_step budget "cargo xtask budget (bundle bytes against budget.json)" cargo xtask budget
fi

if wants e2e; then
  e2e() {
    local results="$GLOSS_ROOT/reports/e2e-results.json"
    rm -f "$results"
    local rc=0
    (cd tests/e2e && GLOSS_DIST="$GLOSS_ROOT/dist" GLOSS_DIST_SYNTH="$GLOSS_ROOT/dist-synth" npx --no-install playwright test) || rc=$?
    if [ -f "$results" ]; then
      read -r p f s < <(node -e '
        const s = require(process.argv[1]).stats;
        console.log(s.expected + s.flaky, s.unexpected, s.skipped);' "$results")
      TESTS_PASSED=$((TESTS_PASSED + p))
      TESTS_FAILED=$((TESTS_FAILED + f))
      TESTS_SKIPPED=$((TESTS_SKIPPED + s))
      echo "e2e: $p passed, $f failed, $s skipped (report: reports/e2e-html/index.html, screenshots: reports/screenshots/)"
    fi
    return $rc
  }
  CURRENT="e2e"
  gloss_step "[e2e] Playwright + axe-core against dist/ under a sub-path" | tee -a "$LOG"
  t0=$SECONDS
  e2e > >(tee -a "$LOG") 2>&1
  DONE+=("$(printf 'ok      %-9s %4ss  %s' e2e "$((SECONDS - t0))" "Playwright + axe-core")")
  CURRENT=""
fi

if wants fuzz; then
  if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    skip_step fuzz "no nightly toolchain (rustup toolchain install nightly); see docs/fuzzing.md"
  elif ! cargo fuzz --version >/dev/null 2>&1 && [ "${GLOSS_INSTALL_FUZZ:-0}" != 1 ]; then
    skip_step fuzz "cargo-fuzz is not installed; GLOSS_INSTALL_FUZZ=1 installs it (cargo install cargo-fuzz --locked)"
  else
    fuzz_smoke() {
      if ! cargo fuzz --version >/dev/null 2>&1; then
        echo "--- installing cargo-fuzz (GLOSS_INSTALL_FUZZ=1): cargo install cargo-fuzz --locked, a few minutes"
        cargo install cargo-fuzz --locked
      fi
      bash fuzz/run.sh smoke "${GLOSS_FUZZ_SMOKE_SECONDS:-15}"
    }
    run_step fuzz "cargo fuzz smoke: article, markup, glossary, progress (fuzz/run.sh smoke)" fuzz_smoke
  fi
fi

summary
echo "    total $((SECONDS - START))s"
echo
echo "gloss: $TESTS_PASSED passed, $TESTS_FAILED failed, $TESTS_SKIPPED skipped"

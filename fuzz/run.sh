#!/usr/bin/env bash
# Runs the cargo-fuzz targets of gloss-core (see docs/fuzzing.md).
#
#   bash fuzz/run.sh TARGET [SECONDS]   one target (default 600 s)
#   bash fuzz/run.sh all [SECONDS]      every target, one after another
#   bash fuzz/run.sh smoke [SECONDS]    every target briefly (CI; default 15 s)
#   bash fuzz/run.sh build              build the targets only
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# Runs under `nice -n 19` so other work on the machine keeps moving. New
# corpus entries go to fuzz/corpus/TARGET (gitignored); findings to
# fuzz/artifacts/TARGET/ — copy a crasher into
# crates/core/tests/fuzz_regressions/TARGET/ to keep it as a regression test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TARGETS=(article markup glossary progress)

max_len() {
  case "$1" in
    article | progress) echo 65536 ;;
    markup) echo 16384 ;;
    *) echo 4096 ;;
  esac
}

build() {
  nice -n 19 cargo +nightly fuzz build -O
}

# run_one TARGET SECONDS [CORPUS]: new inputs go to CORPUS (default fuzz/corpus/TARGET).
run_one() {
  local t="$1" secs="$2" corpus="${3:-fuzz/corpus/$1}"
  mkdir -p "$corpus"
  echo "==> fuzz $t for ${secs}s"
  # -timeout: any single input taking 10 s is a finding (the parsers are linear).
  nice -n 19 cargo +nightly fuzz run -O "$t" "$corpus" "fuzz/seeds/$t" -- \
    -dict="fuzz/dict/$t.dict" -max_total_time="$secs" -max_len="$(max_len "$t")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
}

case "${1:-}" in
  build) build ;;
  all)
    build
    for t in "${TARGETS[@]}"; do run_one "$t" "${2:-600}"; done
    ;;
  smoke)
    # From the committed seeds only (a scratch corpus), so it takes the same
    # short time whatever a local corpus has grown to.
    build
    scratch="$(mktemp -d)"
    trap 'rm -rf "$scratch"' EXIT
    for t in "${TARGETS[@]}"; do run_one "$t" "${2:-15}" "$scratch/$t"; done
    echo "fuzz smoke: ${#TARGETS[@]} targets ran without a finding"
    ;;
  article | markup | glossary | progress) build && run_one "$1" "${2:-600}" ;;
  *)
    echo "usage: bash fuzz/run.sh {article|markup|glossary|progress|all|smoke|build} [SECONDS]" >&2
    exit 2
    ;;
esac

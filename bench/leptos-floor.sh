#!/usr/bin/env bash
# Builds the smallest Leptos apps that hydrate (bench/leptos-floor/) the way
# Trunk builds Gloss (release profile, wasm-bindgen, the same wasm-opt
# passes) and prints each variant's wasm size raw, gzip -9 and brotli -q 11.
# Usage: bash bench/leptos-floor.sh   (needs scripts/install-tools.sh's tools)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
crate="$root/bench/leptos-floor"
out="${TMPDIR:-/tmp}/leptos-floor"
wasm_opt="$root/.tools/node_modules/.bin/wasm-opt"
mkdir -p "$out"
for variant in counter json islands; do
  features="$variant"
  [ "$variant" = islands ] && features="counter islands"
  cargo build --quiet --release --target wasm32-unknown-unknown \
    --manifest-path "$crate/Cargo.toml" --features "$features" \
    --target-dir "$out/target-$variant"
  wasm-bindgen --target web --no-typescript --out-dir "$out/$variant" \
    "$out/target-$variant/wasm32-unknown-unknown/release/leptos-floor.wasm"
  "$wasm_opt" --enable-bulk-memory --enable-nontrapping-float-to-int \
    --low-memory-unused --flatten --rereloop -Oz --flatten --rereloop -Oz \
    -o "$out/$variant/opt.wasm" "$out/$variant/leptos-floor_bg.wasm"
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const b = fs.readFileSync(process.argv[1]);
    const gz = zlib.gzipSync(b, { level: 9 }).length;
    const br = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(`${process.argv[2].padEnd(8)} raw ${b.length}  gzip ${gz}  brotli ${br}`);
  ' "$out/$variant/opt.wasm" "$variant"
done

#!/usr/bin/env bash
# Measures the bundle-size wins the Leptos book lists, one build per variant,
# in a scratch copy of the repo (the work tree is never touched):
#
#   base        the repo as it is ([profile.release] + wasm-opt -Oz)
#   wasm-opt-0  no wasm-opt            wasm-opt-s  wasm-opt -Os
#   opt-s       opt-level = "s"        opt-3       opt-level = 3
#   no-lto      lto = false            cgu-16      codegen-units = 16
#   erase       RUSTFLAGS="--cfg erase_components" (Leptos type-erases views)
#
#   bash bench/size-wins.sh [VARIANT...]   → reports/size-wins.json (+ .md)
#
# Builds the committed tree (HEAD, or GLOSS_SIZE_WINS_REV).
#
# Slow: every profile variant rebuilds all dependencies (about 3 to 6 minutes
# each on 2 cores). Runs under `nice -n 19`.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/env.sh"
cd "$GLOSS_ROOT"

SCRATCH="${GLOSS_SIZE_WINS_DIR:-/tmp/gloss-size-wins}"
VARIANTS=("$@")
[ ${#VARIANTS[@]} -gt 0 ] || VARIANTS=(base wasm-opt-0 wasm-opt-s opt-s no-lto cgu-16 erase opt-3)
mkdir -p "$SCRATCH/out" reports
OUT_JSON="reports/size-wins.json"
[ -f "$OUT_JSON" ] || echo '{}' >"$OUT_JSON"

# The committed tree (GLOSS_SIZE_WINS_REV, default HEAD), not the work tree:
# the work tree may be half-way through someone's edit.
REV="$(git rev-parse --short "${GLOSS_SIZE_WINS_REV:-HEAD}")"
fresh_copy() {
  rm -rf "$SCRATCH/src"
  mkdir -p "$SCRATCH/src"
  git archive "$REV" | tar -C "$SCRATCH/src" -xf -
}

# set_profile KEY VALUE: replaces or adds KEY in [profile.release] of the copy.
set_profile() {
  python3 - "$SCRATCH/src/Cargo.toml" "$1" "$2" <<'PY'
import re, sys
path, key, value = sys.argv[1:]
text = open(path).read()
head, sep, rest = text.partition("[profile.release]\n")
assert sep, "no [profile.release]"
body, nxt, tail = rest.partition("\n[")
lines = [l for l in body.split("\n") if not re.match(rf"\s*{re.escape(key)}\s*=", l)]
lines.insert(0, f"{key} = {value}")
open(path, "w").write(head + sep + "\n".join(lines) + (nxt + tail if nxt else ""))
PY
}

set_wasm_opt() {
  sed -i "s/data-wasm-opt=\"[^\"]*\"/data-wasm-opt=\"$1\"/" "$SCRATCH/src/index.html"
}

for v in "${VARIANTS[@]}"; do
  fresh_copy
  EXTRA_RUSTFLAGS=""
  case "$v" in
    base) ;;
    wasm-opt-0) set_wasm_opt 0 ;;
    wasm-opt-s) set_wasm_opt s ;;
    opt-s) set_profile opt-level '"s"' ;;
    opt-3) set_profile opt-level 3 ;;
    no-lto) set_profile lto false ;;
    cgu-16) set_profile codegen-units 16 ;;
    erase) EXTRA_RUSTFLAGS="--cfg erase_components" ;;
    *) gloss_die "unknown variant $v" ;;
  esac
  gloss_step "size-wins: $v"
  t0=$SECONDS
  (cd "$SCRATCH/src" && RUSTFLAGS="${RUSTFLAGS:-} $EXTRA_RUSTFLAGS" CARGO_TARGET_DIR="$SCRATCH/target" nice -n 19 \
    trunk build --release --dist "$SCRATCH/out/$v") >"$SCRATCH/$v.log" 2>&1 ||
    { tail -20 "$SCRATCH/$v.log"; gloss_die "build of $v failed (log: $SCRATCH/$v.log)"; }
  sizes="$(cargo xtask budget --json --dist "$SCRATCH/out/$v")"
  REV="$REV" node -e '
    const fs = require("fs");
    const [file, v, sizes, secs] = process.argv.slice(1);
    const all = JSON.parse(fs.readFileSync(file, "utf8"));
    all[v] = { ...JSON.parse(sizes), build_seconds: Number(secs), measured_at: new Date().toISOString(), rev: process.env.REV };
    fs.writeFileSync(file, JSON.stringify(all, null, 2) + "\n");
  ' "$OUT_JSON" "$v" "$sizes" "$((SECONDS - t0))"
  gloss_note "$v: $(node -e 'const s=JSON.parse(process.argv[1]); console.log(`wasm ${s.wasm.raw} raw, ${s.wasm.gzip} gzip, ${s.wasm.brotli} br; js ${s.js.raw}`)' "$sizes")"
done

node -e '
  const all = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const base = all.base;
  const rows = Object.entries(all).map(([v, s]) => {
    const d = (k, e) => base ? ((s[k][e] - base[k][e]) >= 0 ? "+" : "") + (s[k][e] - base[k][e]) : "";
    return `| ${v} | ${s.wasm.raw} | ${s.wasm.gzip} | ${s.wasm.brotli} | ${d("wasm","raw")} | ${d("wasm","brotli")} | ${s.js.raw} |`;
  });
  console.log("| variant | wasm raw | wasm gzip | wasm br | Δ raw vs base | Δ br vs base | js raw |\n|---|---:|---:|---:|---:|---:|---:|\n" + rows.join("\n"));
' "$OUT_JSON" | tee reports/size-wins.md

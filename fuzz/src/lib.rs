//! cargo-fuzz targets for gloss-core; the checks live in `checks.rs` so the
//! regression tests (`crates/core/tests/fuzz_regressions.rs`) reuse them.

pub mod checks;

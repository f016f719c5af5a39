//! Replays fuzz findings (and the fuzz seeds) through the same checks the
//! cargo-fuzz targets run, so a fixed bug stays fixed under `cargo test`.
//!
//! The checks are `fuzz/src/checks.rs`, included here as a module. Crashers
//! live in `tests/fuzz_regressions/<target>/` (one raw input per file, as
//! libFuzzer wrote it to `fuzz/artifacts/<target>/`); see docs/fuzzing.md.

#[path = "../../../fuzz/src/checks.rs"]
mod checks;

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    out.sort();
    out
}

/// Runs `check` on every regression input and every seed of `target`.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        root.join("tests/fuzz_regressions").join(target),
        root.join("../../fuzz/seeds").join(target),
    ];
    let mut n = 0;
    for dir in &dirs {
        for file in files(dir) {
            let data = fs::read(&file).unwrap();
            let result = std::panic::catch_unwind(|| check(&data));
            assert!(
                result.is_ok(),
                "{} fails the {target} checks",
                file.display()
            );
            n += 1;
        }
    }
    n
}

#[test]
fn article_regressions() {
    assert!(replay("article", checks::article) > 0);
}

#[test]
fn markup_regressions() {
    assert!(replay("markup", checks::markup) > 0);
}

#[test]
fn glossary_regressions() {
    assert!(replay("glossary", checks::glossary) > 0);
}

#[test]
fn progress_regressions() {
    assert!(replay("progress", checks::progress) > 0);
}

/// The glossary input format itself: flag byte, text, entries.
#[test]
fn glossary_input_decodes() {
    let (policy, entries, text) = checks::decode_glossary(b"\x01text\x01a\x02b\x01c").unwrap();
    assert_eq!(policy, gloss_core::content::model::GlossaryLinks::Every);
    assert_eq!(text, "text");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].aliases, vec!["b".to_owned()]);
}

/// The seeds reach the deep paths: valid articles (id "fuzz") and stores.
#[test]
fn seeds_include_valid_documents() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds");
    let valid_articles = files(&seeds.join("article"))
        .iter()
        .filter(|f| {
            let text = fs::read_to_string(f).unwrap();
            gloss_core::parse_article("fuzz", &text).is_ok()
        })
        .count();
    assert!(
        valid_articles >= 5,
        "only {valid_articles} valid article seeds"
    );
    let v2 = fs::read_to_string(seeds.join("progress/v2.json")).unwrap();
    let loaded = gloss_core::progress::load(&v2).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.store.attempts().len(), 2);
}

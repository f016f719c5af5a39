//! The shipped content is valid, the committed schemas are current, and the
//! validator reports broken folders with file and field path.

use std::fs;
use std::path::{Path, PathBuf};

use xtask::content::{validate_dir, write_index};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn bundled_content_is_valid_and_indexed() {
    let report = validate_dir(&repo().join("content")).unwrap();
    assert!(report.is_ok(), "{report}");
    assert!(
        report.checked >= 5,
        "expected the sample articles, checked {}",
        report.checked
    );
}

#[test]
fn committed_schemas_match_the_types() {
    for (name, json) in xtask::schema::schemas() {
        let committed =
            fs::read_to_string(repo().join("docs/schema").join(name)).unwrap_or_default();
        assert!(
            committed == json,
            "docs/schema/{name} is out of date: run `cargo xtask schema`"
        );
    }
}

fn temp_content(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gloss-xtask-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("articles")).unwrap();
    dir
}

const MINIMAL: &str = include_str!("../../crates/core/tests/fixtures/minimal.json");

#[test]
fn validator_reports_file_and_field() {
    let dir = temp_content("broken");
    fs::write(
        dir.join("articles/minimal.json"),
        MINIMAL.replace("\"answer\": [0, 2]", "\"answer\": [0, 7]"),
    )
    .unwrap();
    fs::write(dir.join("articles/Bad_Name.json"), "{").unwrap();
    fs::write(dir.join("index.json"), r#"{"format":1,"articles":[]}"#).unwrap();
    let report = validate_dir(&dir).unwrap();
    let text = report.to_string();
    assert!(!report.is_ok());
    let answer_line = MINIMAL
        .lines()
        .position(|l| l.contains("\"answer\": [0, 2]"))
        .map_or(0, |i| i + 1);
    let answer_column = MINIMAL
        .lines()
        .nth(answer_line - 1)
        .and_then(|l| l.find("[0, 2]"))
        .map_or(0, |i| i + 1);
    assert!(
        text.contains(&format!(
            "articles/minimal.json:{answer_line}:{answer_column}: quiz.questions[2].answer: index 7 out of range (3 choices)"
        )),
        "file:line:column: field: message\n{text}"
    );
    assert!(
        text.contains("articles/Bad_Name.json:1:1: not valid JSON"),
        "{text}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn index_is_regenerated_and_staleness_detected() {
    let dir = temp_content("index");
    fs::write(dir.join("articles/minimal.json"), MINIMAL).unwrap();
    fs::write(dir.join("index.json"), r#"{"format":1,"articles":[]}"#).unwrap();
    let stale = validate_dir(&dir).unwrap().to_string();
    assert!(stale.contains("out of date with the articles"), "{stale}");
    assert_eq!(write_index(&dir).unwrap(), 1);
    let report = validate_dir(&dir).unwrap();
    assert!(report.is_ok(), "{report}");
    let index = fs::read_to_string(dir.join("index.json")).unwrap();
    assert!(index.contains("\"reading_minutes\": 1"), "{index}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_index_is_optional_but_checked_when_present() {
    let dir = temp_content("optional-index");
    fs::write(dir.join("articles/minimal.json"), MINIMAL).unwrap();
    let report = validate_dir(&dir).unwrap();
    assert!(report.is_ok(), "no index.json is fine: {report}");
    fs::write(dir.join("index.json"), "{").unwrap();
    let text = validate_dir(&dir).unwrap().to_string();
    assert!(
        text.contains("index.json"),
        "a broken one is reported: {text}"
    );
    fs::remove_dir_all(&dir).unwrap();
}

//! The broken-content fixtures the e2e suite serves (`tests/fixtures/`)
//! against `tests/fixtures/expected.json`, through the same validator
//! authors run (`cargo xtask validate`, the core code the app runs):
//!
//! - every `valid` fixture passes validation with a generated index;
//! - every other fixture yields exactly the expected problems, nothing more;
//! - every fixture file is listed, and every listed fixture exists;
//! - every broken fixture has the short code readers see (`Problem::code`).
//!
//! The e2e tests then check that the app shows those same codes.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use xtask::content::{validate_dir, write_index};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

struct Expected {
    valid: BTreeSet<String>,
    problems: BTreeMap<String, Vec<String>>,
    /// The short code a reader sees for each broken fixture.
    codes: BTreeMap<String, String>,
}

fn expected() -> Expected {
    let text = fs::read_to_string(fixtures().join("expected.json")).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    let valid = json["valid"]
        .as_array()
        .expect("expected.json: valid is a list")
        .iter()
        .map(|v| v.as_str().expect("valid: names").to_owned())
        .collect();
    let problems = json["problems"]
        .as_object()
        .expect("expected.json: problems is an object")
        .iter()
        .map(|(name, list)| {
            let list = list.as_array().expect("problems: lists of messages");
            let list = list.iter().map(|m| m.as_str().unwrap().to_owned());
            (name.clone(), list.collect())
        })
        .collect();
    let codes = json["codes"]
        .as_object()
        .expect("expected.json: codes is an object")
        .iter()
        .map(|(name, code)| {
            (
                name.clone(),
                code.as_str().expect("codes: strings").to_owned(),
            )
        })
        .collect();
    Expected {
        valid,
        problems,
        codes,
    }
}

fn fixture_names() -> BTreeSet<String> {
    fs::read_dir(fixtures().join("content/articles"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect()
}

/// A content folder holding only this fixture (and, unless `index`, an
/// empty index), as `cargo xtask validate` sees a publisher's folder.
fn folder_with(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gloss-fixture-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("articles")).unwrap();
    let file = format!("{name}.json");
    fs::copy(
        fixtures().join("content/articles").join(&file),
        dir.join("articles").join(&file),
    )
    .unwrap();
    fs::write(
        dir.join("index.json"),
        "{\"format\": 1, \"articles\": []}\n",
    )
    .unwrap();
    dir
}

#[test]
fn every_fixture_is_listed_and_every_listed_fixture_exists() {
    let e = expected();
    let listed: BTreeSet<String> = e.valid.iter().chain(e.problems.keys()).cloned().collect();
    assert_eq!(
        fixture_names(),
        listed,
        "tests/fixtures/content/articles vs expected.json"
    );
    assert!(e.valid.is_disjoint(&e.problems.keys().cloned().collect()));
}

#[test]
fn valid_fixtures_pass_validation() {
    for name in &expected().valid {
        let dir = folder_with(name);
        assert_eq!(write_index(&dir).unwrap(), 1, "{name}: index");
        let report = validate_dir(&dir).unwrap();
        assert!(report.is_ok(), "{name}: expected valid, got:\n{report}");
        fs::remove_dir_all(&dir).unwrap();
    }
}

/// `:12:5: path: message` -> `path: message`; `: message` -> `message`.
fn without_position(rest: &str) -> &str {
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let mut parts = rest.splitn(3, ':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(line), Some(column), Some(after))
            if line.parse::<usize>().is_ok() && column.parse::<usize>().is_ok() =>
        {
            after.trim_start()
        }
        _ => rest.trim_start(),
    }
}

#[test]
fn broken_fixtures_report_exactly_the_expected_problems() {
    for (name, want) in &expected().problems {
        let dir = folder_with(name);
        let report = validate_dir(&dir).unwrap();
        let prefix = format!(
            "{}",
            dir.join("articles").join(format!("{name}.json")).display()
        );
        let got: Vec<&str> = report
            .errors
            .iter()
            .filter_map(|line| line.strip_prefix(&prefix))
            .map(without_position)
            .collect();
        assert!(!report.is_ok(), "{name}: expected problems, got none");
        assert_eq!(got, *want, "{name}: full report:\n{report}");
        fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn broken_fixtures_show_readers_the_expected_code() {
    let e = expected();
    assert_eq!(
        e.codes.keys().collect::<Vec<_>>(),
        e.problems.keys().collect::<Vec<_>>(),
        "expected.json: a code for every broken fixture"
    );
    for (name, want) in &e.codes {
        let path = fixtures()
            .join("content/articles")
            .join(format!("{name}.json"));
        let text = fs::read_to_string(path).unwrap();
        let err = gloss_core::parse_article(name, &text).unwrap_err();
        assert_eq!(err.code(), *want, "{name}: {err}");
    }
}

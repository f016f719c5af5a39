//! From untrusted text to a validated document: limits, JSON syntax, format
//! version, shape (with field paths), then the content rules.

use crate::content::json::{kind_of, syntax_message};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::catalog::{CatalogMeta, CatalogPage, Listing, CATALOG_FORMAT};
use crate::content::error::{ContentError, Problem, ProblemKind};
use crate::content::limits::{self, Limits};
use crate::content::model::{Article, Index, IndexEntry, FORMAT_VERSION};
use crate::content::validate::{is_slug, validate_article, validate_index};

/// How a document is named in messages: its file, relative to the content
/// folder, which reads the same in any language.
pub fn article_label(id: &str) -> String {
    format!("articles/{id}.json")
}

/// The index's name in messages.
const INDEX: &str = "index.json";

fn fail(document: &str, problems: Vec<Problem>) -> ContentError {
    ContentError {
        document: document.to_owned(),
        problems,
    }
}

fn one(document: &str, path: &str, kind: ProblemKind) -> ContentError {
    fail(document, vec![Problem::new(path, kind)])
}

/// Limits, syntax, format version and shape; no content rules.
fn parse_typed<T: DeserializeOwned>(
    document: &str,
    text: &str,
    lim: &Limits,
) -> Result<T, ContentError> {
    parse_versioned(document, text, lim, FORMAT_VERSION)
}

/// [`parse_typed`] for a document whose `format` must be `version`.
fn parse_versioned<T: DeserializeOwned>(
    document: &str,
    text: &str,
    lim: &Limits,
    version: u32,
) -> Result<T, ContentError> {
    limits::check(text, lim).map_err(|e| {
        let path = e.path().to_owned();
        one(document, &path, ProblemKind::Limit(e))
    })?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        one(
            document,
            "",
            ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                message: syntax_message(&e),
            },
        )
    })?;
    match value.get("format") {
        None => return Err(one(document, "format", ProblemKind::MissingFormat)),
        Some(v) if v.as_u64() == Some(u64::from(version)) => {}
        Some(v) => {
            return Err(match v.as_u64() {
                Some(found) => one(document, "format", ProblemKind::UnsupportedFormat { found }),
                None => one(
                    document,
                    "format",
                    ProblemKind::Shape(format!("expected a number, found {}", kind_of(v))),
                ),
            })
        }
    }
    deserialize(&value).map_err(|(path, message)| one(document, &path, ProblemKind::Shape(message)))
}

/// The shape check, reporting the field path inside the document (for
/// authors, with `diagnostics`).
#[cfg(feature = "diagnostics")]
fn deserialize<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        (path, shape_message(&e.into_inner().to_string()))
    })
}

/// The shape check without the field path: readers see the problem's code,
/// authors run `cargo xtask validate` for the field.
#[cfg(not(feature = "diagnostics"))]
fn deserialize<T: DeserializeOwned>(value: &Value) -> Result<T, (String, String)> {
    T::deserialize(value).map_err(|e| (String::new(), e.to_string()))
}

#[cfg(feature = "diagnostics")]
fn shape_message(raw: &str) -> String {
    if raw.contains("untagged enum Paragraph") {
        "expected a string, or an object with \"id\" and \"text\"".to_owned()
    } else {
        raw.replace("invalid type: ", "wrong type: ")
    }
}

/// Parses and validates `articles/<expected_id>.json`.
pub fn parse_article(expected_id: &str, text: &str) -> Result<Article, ContentError> {
    let document = article_label(expected_id);
    let article: Article = parse_typed(&document, text, &limits::ARTICLE)?;
    let mut problems = validate_article(&article);
    if is_slug(expected_id) && article.id != expected_id {
        problems.insert(
            0,
            Problem::new(
                "id",
                ProblemKind::IdMismatch {
                    expected: expected_id.to_owned(),
                    found: article.id.clone(),
                },
            ),
        );
    }
    if problems.is_empty() {
        Ok(article)
    } else {
        Err(fail(&document, problems))
    }
}

/// Parses and validates `index.json`.
pub fn parse_index(text: &str) -> Result<Index, ContentError> {
    let index: Index = parse_typed(INDEX, text, &limits::INDEX)?;
    let problems = validate_index(&index);
    if problems.is_empty() {
        Ok(index)
    } else {
        Err(fail(INDEX, problems))
    }
}

/// Parses and validates one page of the catalogue (format 2), named
/// `document` in messages (its file, e.g. `catalog/latest/2.json`).
pub fn parse_catalog_page(document: &str, text: &str) -> Result<CatalogPage, ContentError> {
    let page: CatalogPage = parse_versioned(document, text, &limits::CATALOG, CATALOG_FORMAT)?;
    check_entries(document, page.articles.clone()).map(|()| page)
}

/// Parses `catalog/meta.json` (format 2).
pub fn parse_catalog_meta(text: &str) -> Result<CatalogMeta, ContentError> {
    parse_versioned("catalog/meta.json", text, &limits::CATALOG, CATALOG_FORMAT)
}

/// Parses what a pre-rendered index page carries inline (the counts and
/// one page).
pub fn parse_listing(text: &str) -> Result<Listing, ContentError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        one(
            "listing",
            "",
            ProblemKind::Syntax {
                line: e.line(),
                column: e.column(),
                message: syntax_message(&e),
            },
        )
    })?;
    let part = |key: &str| value.get(key).map(Value::to_string).unwrap_or_default();
    let meta = parse_catalog_meta(&part("meta"))?;
    let page = parse_catalog_page("listing", &part("page"))?;
    Ok(Listing { meta, page })
}

/// The index's entry rules, for a page of the catalogue.
fn check_entries(document: &str, articles: Vec<IndexEntry>) -> Result<(), ContentError> {
    let problems = validate_index(&Index {
        format: FORMAT_VERSION,
        articles,
    });
    if problems.is_empty() {
        Ok(())
    } else {
        Err(fail(document, problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");

    /// Hostile-input suite finding: a limit error said only "line 1, column
    /// 200", not which field; now its problem carries the field path.
    #[test]
    fn limit_errors_name_the_field() {
        let mut v: Value = serde_json::from_str(MINIMAL).unwrap();
        v["title"] = Value::String("x".repeat(100_000));
        let err = parse_article("minimal", &v.to_string()).unwrap_err();
        assert_eq!(err.problems.len(), 1);
        assert_eq!(err.problems[0].path, "title");
        assert!(err.problems[0]
            .to_string()
            .starts_with("title: a string longer than"));

        let mut v: Value = serde_json::from_str(MINIMAL).unwrap();
        v["versions"][0]["sections"][0]["paragraphs"] =
            Value::Array(vec![Value::String("p".into()); 1500]);
        let err = parse_article("minimal", &v.to_string()).unwrap_err();
        assert_eq!(err.problems[0].path, "versions[0].sections[0].paragraphs");
    }

    fn catalog_page_json(entries: &str) -> String {
        format!(r#"{{"format":2,"page":1,"pages":1,"total":1,"articles":[{entries}]}}"#)
    }

    const ENTRY: &str = r#"{"id":"a","title":"T","category":"C","published":"2026-01-02","summary":"S.","reading_minutes":2}"#;

    #[test]
    fn catalog_pages_name_their_file_and_field() {
        let ok = parse_catalog_page("catalog/latest/1.json", &catalog_page_json(ENTRY)).unwrap();
        assert_eq!(ok.articles[0].id, "a");
        let bad = catalog_page_json(&ENTRY.replace("2026-01-02", "yesterday"));
        let err = parse_catalog_page("catalog/latest/1.json", &bad).unwrap_err();
        assert_eq!(err.document, "catalog/latest/1.json");
        assert_eq!(err.problems[0].path, "articles[0].published");
        let v1 = catalog_page_json(ENTRY).replace(r#""format":2"#, r#""format":1"#);
        let err = parse_catalog_page("catalog/latest/1.json", &v1).unwrap_err();
        assert!(matches!(
            err.problems[0].kind,
            ProblemKind::UnsupportedFormat { found: 1 }
        ));
    }

    #[test]
    fn a_listing_round_trips() {
        let catalog = crate::catalog::Catalog::build(
            parse_index(&format!(r#"{{"format":1,"articles":[{ENTRY}]}}"#))
                .unwrap()
                .articles,
            24,
        );
        let listing = catalog.listing(None, 1).unwrap();
        let text = serde_json::to_string(&listing).unwrap();
        assert_eq!(parse_listing(&text).unwrap(), listing);
        assert!(parse_listing("{\"meta\":1}").is_err());
        assert!(parse_listing("nope").is_err());
    }
}

//! Loading articles from untrusted JSON: every broken input gets a precise,
//! field-level message, and nothing panics.

use gloss_core::{parse_article, parse_index, ContentError};
use serde_json::{json, Value};

const MINIMAL: &str = include_str!("fixtures/minimal.json");

fn base() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

/// Applies `edit` to the minimal article and returns the error text.
fn error_after(edit: impl FnOnce(&mut Value)) -> String {
    let mut v = base();
    edit(&mut v);
    let err: ContentError = parse_article("minimal", &v.to_string()).unwrap_err();
    err.to_string()
}

#[test]
fn minimal_article_is_valid() {
    let a = parse_article("minimal", MINIMAL).unwrap();
    assert_eq!(a.versions[0].sections.len(), 3);
    assert_eq!(a.quiz.as_ref().map(|q| q.questions.len()), Some(3));
    assert_eq!(
        a.versions[0].sections[0].paragraphs[1].anchor(),
        Some("evidence-one")
    );
}

#[test]
fn answer_out_of_range_names_the_field() {
    let msg = error_after(|v| v["quiz"]["questions"][2]["answer"] = json!([5]));
    assert_eq!(
        msg,
        "articles/minimal.json: quiz.questions[2].answer: index 5 out of range (3 choices)"
    );
}

#[test]
fn wrong_type_names_the_path() {
    let msg = error_after(|v| v["versions"][0]["sections"][1]["cards"][0]["title"] = json!(42));
    assert!(msg.starts_with("articles/minimal.json: versions[0].sections[1].cards[0].title: wrong type: integer `42`, expected a string"), "{msg}");
}

#[test]
fn unknown_field_is_a_typo_report() {
    let msg = error_after(|v| v["versions"][0]["hoook"] = json!("?"));
    assert!(
        msg.contains("versions[0].hoook: unknown field `hoook`, expected one of"),
        "{msg}"
    );
}

#[test]
fn missing_field() {
    let msg = error_after(|v| {
        v.as_object_mut().unwrap().remove("title");
    });
    assert!(msg.contains("missing field `title`"), "{msg}");
}

#[test]
fn bad_paragraph_shape() {
    let msg =
        error_after(|v| v["versions"][0]["sections"][0]["paragraphs"][0] = json!({"text": 1}));
    assert_eq!(
        msg,
        "articles/minimal.json: versions[0].sections[0].paragraphs[0]: expected a string, or an object with \"id\" and \"text\""
    );
}

#[test]
fn format_versions() {
    assert_eq!(
        error_after(|v| v["format"] = json!(99)),
        "articles/minimal.json: format: format 99 is not supported by this version of Gloss (it reads format 1)"
    );
    assert!(error_after(|v| {
        v.as_object_mut().unwrap().remove("format");
    })
    .contains("format: no \"format\" number"));
    assert!(error_after(|v| v["format"] = json!("1"))
        .contains("format: expected a number, found a string"));
}

#[test]
fn unsafe_urls_are_refused() {
    assert_eq!(
        error_after(|v| v["source"]["url"] = json!("javascript:alert(1)")),
        "articles/minimal.json: source.url: URL must start with https://"
    );
    let msg = error_after(|v| {
        v["versions"][0]["sections"][0]["paragraphs"][0] = json!("see [x](data:text/html,hi)")
    });
    assert!(
        msg.contains(
            "versions[0].sections[0].paragraphs[0]: link to \"data:text/html,hi\" refused"
        ),
        "{msg}"
    );
}

#[test]
fn several_problems_are_all_listed() {
    let msg = error_after(|v| {
        v["title"] = json!("   ");
        v["published"] = json!("2026-02-30");
        v["quiz"]["questions"][1]["id"] = json!("q1");
        v["quiz"]["questions"][0]["evidence"] = json!("nowhere");
    });
    assert!(
        msg.starts_with("articles/minimal.json: 4 problems"),
        "{msg}"
    );
    for part in [
        "title: must not be empty",
        "published: \"2026-02-30\" is not a date in YYYY-MM-DD form",
        "quiz.questions[1].id: \"q1\" is used more than once",
        "quiz.questions[0].evidence: refers to paragraph \"nowhere\", which no version of the article has",
    ] {
        assert!(msg.contains(part), "missing {part:?} in {msg}");
    }
}

#[test]
fn question_rules() {
    assert!(error_after(|v| v["quiz"]["questions"][0]["answer"] = json!([0, 1]))
        .contains("quiz.questions[0].answer: a single-choice question needs exactly 1 correct answer(s), found 2"));
    assert!(
        error_after(|v| v["quiz"]["questions"][2]["answer"] = json!([]))
            .contains("quiz.questions[2].answer: a multiple-select question needs at least 1")
    );
    assert!(error_after(
        |v| v["quiz"]["questions"][1]["choices"] = json!([{"text":"a"},{"text":"b"},{"text":"c"}])
    )
    .contains("quiz.questions[1].choices: a true/false question has exactly 2 choices, found 3"));
    assert!(
        error_after(|v| v["quiz"]["questions"][0]["answer"] = json!([-1]))
            .contains("quiz.questions[0].answer[0]")
    );
}

#[test]
fn id_must_match_file_name() {
    let err = parse_article("other-name", MINIMAL).unwrap_err();
    assert_eq!(
        err.to_string(),
        "articles/other-name.json: id: is \"minimal\" but the file is named \"other-name\""
    );
}

#[test]
fn control_characters_and_limits() {
    assert!(error_after(|v| v["summary"] = json!("bad\u{0}byte"))
        .contains("summary: contains a control character (U+0000)"));
    assert!(error_after(|v| v["title"] = json!("x".repeat(201)))
        .contains("title: is 201 characters long; the limit is 200"));
    let msg = error_after(|v| v["summary"] = json!("x".repeat(40_000)));
    assert!(msg.contains("a string longer than 32768 bytes"), "{msg}");
}

#[test]
fn syntax_errors_give_line_and_column() {
    let truncated = &MINIMAL[..MINIMAL.len() / 2];
    let err = parse_article("minimal", truncated).unwrap_err().to_string();
    assert!(
        err.starts_with("articles/minimal.json: not valid JSON (line "),
        "{err}"
    );
    assert!(parse_article("x", "")
        .unwrap_err()
        .to_string()
        .contains("not valid JSON"));
    assert!(parse_article("x", "null")
        .unwrap_err()
        .to_string()
        .contains("format"));
    assert!(parse_article("x", "[]")
        .unwrap_err()
        .to_string()
        .contains("format"));
}

#[test]
fn deep_nesting_and_huge_arrays_are_stopped_before_parsing() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    assert!(parse_article("x", &deep)
        .unwrap_err()
        .to_string()
        .contains("nesting deeper than"));
    let huge = format!("[{}0]", "0,".repeat(2000));
    assert!(parse_article("x", &huge)
        .unwrap_err()
        .to_string()
        .contains("more than 1000 items"));
    let big = " ".repeat(2 * 1024 * 1024);
    assert!(parse_article("x", &big)
        .unwrap_err()
        .to_string()
        .contains("the limit is 1048576"));
}

#[test]
fn hostile_strings_are_data_not_markup() {
    let mut v = base();
    let vectors = [
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg/onload=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "\u{202E}evil\u{202C}",
    ];
    v["versions"][0]["sections"][1]["paragraphs"] = json!(vectors);
    let a = parse_article("minimal", &v.to_string()).unwrap();
    for (p, want) in a.versions[0].sections[1].paragraphs.iter().zip(vectors) {
        assert_eq!(p.text(), want);
        assert_eq!(gloss_core::content::markup::plain_text(p.text()), want);
    }
}

#[test]
fn index_errors() {
    let ok = r#"{"format":1,"articles":[{"id":"a","title":"T","category":"C","published":"2026-01-01","summary":"S","reading_minutes":3}]}"#;
    assert_eq!(parse_index(ok).unwrap().articles.len(), 1);
    let dup = r#"{"format":1,"articles":[
        {"id":"a","title":"T","category":"C","published":"2026-01-01","summary":"S","reading_minutes":3},
        {"id":"a","title":"T","category":"C","published":"2026-01-01","summary":"S","reading_minutes":3}]}"#;
    assert_eq!(
        parse_index(dup).unwrap_err().to_string(),
        "index.json: articles[1].id: \"a\" is used more than once"
    );
    let bad_id = r#"{"format":1,"articles":[{"id":"../x","title":"T","category":"C","published":"2026-01-01","summary":"S","reading_minutes":3}]}"#;
    assert!(parse_index(bad_id)
        .unwrap_err()
        .to_string()
        .contains("articles[0].id: \"../x\" is not a valid id"));
}

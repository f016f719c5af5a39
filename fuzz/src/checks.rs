//! The properties the fuzz targets check, one function per target, each
//! taking the raw fuzz input. Shared with the regression tests:
//! `crates/core/tests/fuzz_regressions.rs` includes this file and replays
//! every saved crasher through the same function, so a fixed bug stays fixed
//! under plain `cargo test`.
//!
//! Every function must return normally for every input; a panic (including
//! a failed `assert!`) is a finding. Only `gloss-core` (with its `reference`
//! feature, for `glossary::reference`) and `serde_json` are used, so the file
//! compiles both in the fuzz crate and as a core test.

#![allow(dead_code)]

use gloss_core::content::markup::{self, Inline};
use gloss_core::content::model::{Article, GlossaryEntry, GlossaryLinks, Quiz};
use gloss_core::content::url::check_https_url;
use gloss_core::glossary::reference::{self, is_spelling_of, patterns, separated, visible_text};
use gloss_core::glossary::{AnnotatedInline, Matcher, Segment};
use gloss_core::progress::{self, ProgressStore};
use gloss_core::quiz::{quiz_hash, Attempt};
use gloss_core::{parse_article, parse_index};

/// A valid article shipped with the app, for the quiz that saved attempts
/// are resumed against.
const SAMPLE_ARTICLE: &str = include_str!("../../content/articles/coral-reef-bleaching.json");

fn text_of(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

// ---------------------------------------------------------------------------
// article: parse_article / parse_index and everything a valid article feeds.

/// Untrusted text → article or index. An error always names at least one
/// problem; a valid article survives a serialize/parse round trip and every
/// pure function the page calls on it.
pub fn article(data: &[u8]) {
    let Some(text) = text_of(data) else { return };
    match parse_article("fuzz", text) {
        Ok(a) => valid_article(&a),
        Err(e) => {
            assert!(!e.problems.is_empty(), "an error with no problem");
            let _ = e.to_string();
        }
    }
    match parse_index(text) {
        Ok(index) => {
            let cats = index.categories();
            for c in cats.iter().take(3) {
                let _ = index.filter(Some(c), Some("a"));
            }
            let _ = index.filter(None, Some(text.get(..8).unwrap_or("")));
            let json = serde_json::to_string(&index).expect("a valid index serializes");
            let again = parse_index(&json).expect("a valid index re-parses");
            assert_eq!(again, index, "index round trip");
        }
        Err(e) => assert!(!e.problems.is_empty(), "an error with no problem"),
    }
}

fn valid_article(a: &Article) {
    assert_eq!(a.id, "fuzz");
    // Everything the validator accepted renders: links in all markup are safe.
    let matcher = Matcher::for_article(a);
    for v in &a.versions {
        let annotated = matcher.annotate_version(v, a.glossary_links);
        for nodes in annotated.fields() {
            assert_safe_annotated(nodes);
        }
        // Each entry's first term in reading order, and only that one, is
        // its first use (the key terms link back to it).
        let mut seen = vec![false; a.glossary.len()];
        for t in annotated.terms() {
            let seen = seen.get_mut(t.entry).expect("a term of a known entry");
            assert_eq!(t.first, !*seen, "first use marked wrongly: {t:?}");
            *seen = true;
        }
        let _ = gloss_core::content::reading::reading_minutes(v);
        let _ = gloss_core::content::anchors::section_ids(&v.sections);
    }
    for g in &a.glossary {
        assert_safe_links(&markup::parse_nodes(&g.definition));
    }
    let _ = gloss_core::content::anchors::glossary_ids(&a.glossary);
    let _ = a.index_entry();
    if let Some(quiz) = &a.quiz {
        let hash = quiz_hash(quiz);
        assert!(gloss_core::quiz::is_quiz_hash(&hash));
        for q in &quiz.questions {
            assert_safe_links(&markup::parse_nodes(&q.prompt));
            for c in &q.choices {
                assert_safe_links(&markup::parse_nodes(&c.text));
            }
        }
    }
    let json = serde_json::to_string(a).expect("a valid article serializes");
    let again = parse_article("fuzz", &json).expect("a valid article re-parses");
    assert_eq!(&again, a, "article round trip");
}

fn assert_safe_links(nodes: &[Inline]) {
    for n in nodes {
        match n {
            Inline::Text(_) => {}
            Inline::Emph(c) | Inline::Strong(c) => assert_safe_links(c),
            Inline::Link { href, children } => {
                assert!(
                    check_https_url(href).is_ok(),
                    "unsafe link {href:?} rendered"
                );
                assert_safe_links(children);
            }
        }
    }
}

fn assert_safe_annotated(nodes: &[AnnotatedInline]) {
    for n in nodes {
        match n {
            AnnotatedInline::Text(_) | AnnotatedInline::Term { .. } => {}
            AnnotatedInline::Emph(c) | AnnotatedInline::Strong(c) => assert_safe_annotated(c),
            AnnotatedInline::Link { href, children } => {
                assert!(
                    check_https_url(href).is_ok(),
                    "unsafe link {href:?} rendered"
                );
                assert_safe_links(children);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// markup: the inline-markup parser.

/// Total and safe: any string parses; only safe `https:` links come out (an
/// unsafe one is reported as an issue); the visible text is never longer
/// than the source; no empty text nodes; text without any marker character
/// is one text node equal to the input.
pub fn markup(data: &[u8]) {
    let Some(src) = text_of(data) else { return };
    let parsed = markup::parse(src);
    assert_safe_links(&parsed.nodes);
    assert_no_empty_text(&parsed.nodes);
    for issue in &parsed.issues {
        let markup::MarkupIssue::UnsafeLink { url, .. } = issue;
        assert!(
            check_https_url(url).is_err(),
            "a safe link {url:?} reported unsafe"
        );
    }
    let plain = markup::plain_text(src);
    assert!(
        plain.len() <= src.len(),
        "visible text longer than the source"
    );
    if !src.is_empty() && !src.contains(['*', '[', ']', '\\']) {
        assert_eq!(parsed.nodes, vec![Inline::Text(src.to_owned())]);
    }
}

fn assert_no_empty_text(nodes: &[Inline]) {
    for n in nodes {
        match n {
            Inline::Text(t) => assert!(!t.is_empty(), "empty text node"),
            Inline::Emph(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                assert!(!c.is_empty(), "empty emphasis, strong or link");
                assert_no_empty_text(c);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// glossary: the term matcher.

/// Splits the input into a glossary and a text, without any decoding crate
/// (so the regression tests need none): the first byte picks the policy, the
/// rest is UTF-8 `text \x01 term \x02 alias \x02 alias \x01 term …`.
pub fn decode_glossary(data: &[u8]) -> Option<(GlossaryLinks, Vec<GlossaryEntry>, &str)> {
    let (&flag, rest) = data.split_first()?;
    let policy = if flag & 1 == 0 {
        GlossaryLinks::FirstPerSection
    } else {
        GlossaryLinks::Every
    };
    let s = std::str::from_utf8(rest).ok()?;
    let mut parts = s.split('\u{1}');
    let text = parts.next().unwrap_or("");
    let entries = parts
        .take(64)
        .map(|e| {
            let mut spellings = e.split('\u{2}');
            GlossaryEntry {
                term: spellings.next().unwrap_or("").to_owned(),
                definition: String::new(),
                aliases: spellings.take(8).map(str::to_owned).collect(),
            }
        })
        .collect();
    Some((policy, entries, text))
}

/// Matches are ordered, disjoint, on character boundaries, whole words whose
/// folding is a spelling of their entry; segments give back the text;
/// annotating markup keeps its visible text and never puts a term in a link;
/// and on short inputs the result equals the documented rule executed slowly.
pub fn glossary(data: &[u8]) {
    let Some((policy, entries, text)) = decode_glossary(data) else {
        return;
    };
    let matcher = Matcher::new(&entries);
    let pats = patterns(&entries);
    let found = matcher.find_all(text);
    let mut last_end = 0;
    for m in &found {
        assert!(
            m.start >= last_end && m.start < m.end,
            "overlap or empty match {m:?}"
        );
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.entry < entries.len());
        assert!(
            is_spelling_of(&pats, &text[m.start..m.end], m.entry),
            "{:?} is not a spelling of entry {}",
            &text[m.start..m.end],
            m.entry
        );
        assert!(separated(text, m.start, m.end), "not a whole word: {m:?}");
        last_end = m.end;
    }
    let segs = matcher.segments(text);
    assert_eq!(segs.iter().map(Segment::text).collect::<String>(), text);

    let mut linker = matcher.linker(policy);
    let annotated = linker.annotate_markup(text);
    assert_eq!(
        visible_text(&annotated),
        markup::plain_text(text),
        "annotation changed the text"
    );

    if text.chars().count() <= 40 && pats.len() <= 16 {
        assert_eq!(
            found,
            reference::find_all(&pats, text),
            "differs from the reference"
        );
    }
}

// ---------------------------------------------------------------------------
// progress: load and import of stored and exported progress.

/// `load` and `import` never panic; whatever they accept is canonical: it
/// serializes, loads back equal with no warnings, exports and imports back
/// equal, merges with itself to itself, and its saved attempts either resume
/// on a real quiz or are refused with an error.
pub fn progress(data: &[u8]) {
    let Some(text) = text_of(data) else { return };
    for (what, result) in [
        ("load", progress::load(text)),
        ("import", progress::import(text)),
    ] {
        match result {
            Ok(loaded) => accepted_store(what, &loaded.store),
            Err(e) => {
                let _ = e.to_string();
            }
        }
    }
}

fn sample_quiz() -> Quiz {
    let a =
        parse_article("coral-reef-bleaching", SAMPLE_ARTICLE).expect("the sample article is valid");
    a.quiz.expect("the sample article has a quiz")
}

fn accepted_store(what: &str, store: &ProgressStore) {
    let json = store.to_json().expect("an accepted store serializes");
    let again = progress::load(&json).expect("a store's own JSON loads");
    assert_eq!(&again.store, store, "{what}: to_json/load round trip");
    assert!(
        again.warnings.is_empty(),
        "{what}: own JSON has warnings: {:?}",
        again.warnings
    );
    let exported = store.export_json(1).expect("an accepted store exports");
    let imported = progress::import(&exported).expect("an export imports");
    assert_eq!(&imported.store, store, "{what}: export/import round trip");
    assert_eq!(
        &progress::merge(store, store),
        store,
        "{what}: merge is idempotent"
    );
    let empty = ProgressStore::new();
    assert_eq!(
        &progress::merge(store, &empty),
        store,
        "{what}: empty is neutral"
    );

    for r in store.attempts() {
        let s = store.summary(&r.article_id, "0123456789abcdef");
        assert!(s.attempts >= 1);
        let _ = r.quiz_score().percent();
    }
    let quiz = sample_quiz();
    let hash = quiz_hash(&quiz);
    for saved in store.in_progress() {
        let mut on_sample = saved.clone();
        on_sample.quiz_hash = hash.clone();
        if let Ok(mut attempt) = Attempt::resume(&quiz, &on_sample) {
            let _ = attempt.current();
            let _ = attempt.next_question();
            let _ = attempt.save(saved.updated_at_ms);
        }
    }
    let mut trimmed = store.clone();
    trimmed.trim(3);
    assert!(trimmed.attempts().len() <= 3);
}

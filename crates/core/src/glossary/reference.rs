//! The matching rules of the module docs executed slowly and literally: the
//! specification the proptests (`tests/glossary/props.rs`) and the fuzzers
//! (`fuzz/src/checks.rs`) compare [`Matcher`](super::Matcher) against.
//!
//! Only built with the `reference` feature (the core's own tests and the
//! fuzz crate turn it on), so the app never ships it. It is quadratic in the
//! text's length times the number of patterns: keep inputs short.

use super::linker::flatten;
use super::{fold, AnnotatedInline, GlossaryEntry, TermMatch, MAX_PATTERN_BYTES};

/// The folded, trimmed spellings (terms and aliases) of a glossary, each with
/// its entry: the first entry owns a spelling; empty spellings and those over
/// [`MAX_PATTERN_BYTES`] are left out, as the [`Matcher`](super::Matcher) does.
pub fn patterns(entries: &[GlossaryEntry]) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for s in std::iter::once(&e.term).chain(&e.aliases) {
            let p = fold(s).trim_matches(' ').to_owned();
            if !p.is_empty() && p.len() <= MAX_PATTERN_BYTES && !out.iter().any(|(q, _)| *q == p) {
                out.push((p, i));
            }
        }
    }
    out
}

/// Whether `spelling` (as written in a text) folds to one of `entry`'s
/// patterns.
pub fn is_spelling_of(pats: &[(String, usize)], spelling: &str, entry: usize) -> bool {
    let f = fold(spelling);
    pats.iter().any(|(p, e)| *p == f && *e == entry)
}

/// A word character: letters, digits, combining marks and zero-width
/// (non-)joiners.
pub fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c,
            '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{200D}')
}

/// A character of a script written without spaces between words (Thai, Lao,
/// Myanmar, Khmer, kana, Han).
pub fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{3FFFF}')
}

fn edge_ok(outside: Option<char>, inside: Option<char>) -> bool {
    match outside {
        None => true,
        Some(o) => !is_word(o) || is_unspaced(o) || inside.is_some_and(is_unspaced),
    }
}

/// Whether `text[start..end]` is a whole word: no word character just
/// outside either end, unless an unspaced script is involved there.
/// `start` and `end` must be character boundaries.
pub fn separated(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let first = text[start..].chars().next();
    let last = text[..end].chars().next_back();
    let after = text[end..].chars().next();
    edge_ok(before, first) && edge_ok(after, last)
}

/// Every match [`Matcher::find_all`](super::Matcher::find_all) must find: left to right over character
/// positions, at each the longest whole-word slice whose folding is a
/// pattern (from [`patterns`]); the search resumes after a match.
pub fn find_all(pats: &[(String, usize)], text: &str) -> Vec<TermMatch> {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let mut out = Vec::new();
    let mut cursor = 0;
    for (k, &i) in bounds.iter().enumerate() {
        if i < cursor {
            continue;
        }
        let mut best = None;
        for &j in &bounds[k + 1..] {
            if !separated(text, i, j) {
                continue;
            }
            let f = fold(&text[i..j]);
            if let Some((_, e)) = pats.iter().find(|(p, _)| *p == f) {
                best = Some(TermMatch {
                    entry: *e,
                    start: i,
                    end: j,
                });
            }
        }
        if let Some(m) = best {
            cursor = m.end;
            out.push(m);
        }
    }
    out
}

/// The text a reader sees in annotated nodes: terms, emphasis and link
/// labels included, markup gone. Annotating never changes it.
pub fn visible_text(nodes: &[AnnotatedInline]) -> String {
    fn walk(nodes: &[AnnotatedInline], out: &mut String) {
        for n in nodes {
            match n {
                AnnotatedInline::Text(t) | AnnotatedInline::Term { text: t, .. } => out.push_str(t),
                AnnotatedInline::Emph(c) | AnnotatedInline::Strong(c) => walk(c, out),
                AnnotatedInline::Link { children, .. } => {
                    flatten(children, false, out, &mut Vec::new())
                }
            }
        }
    }
    let mut out = String::new();
    walk(nodes, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Matcher;

    fn entry(term: &str, aliases: &[&str]) -> GlossaryEntry {
        GlossaryEntry {
            term: term.into(),
            definition: String::new(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }
    }

    #[test]
    fn the_reference_agrees_with_the_matcher_on_the_documented_examples() {
        let entries = [
            entry("export controls", &["export control"]),
            entry("export", &[]),
            entry("API", &[]),
            entry("数据", &[]),
        ];
        let pats = patterns(&entries);
        let m = Matcher::new(&entries);
        for text in [
            "Export Controls and export controlled, rapid API's (API)",
            "大数据 and APIs",
            "",
        ] {
            assert_eq!(find_all(&pats, text), m.find_all(text), "{text:?}");
        }
        assert_eq!(find_all(&pats, "rapid APIs").len(), 0);
        assert!(is_spelling_of(&pats, "EXPORT CONTROL", 0));
        assert!(!is_spelling_of(&pats, "export", 0));
    }

    #[test]
    fn visible_text_is_the_markup_without_markers() {
        let m = Matcher::new(&[entry("veto", &[])]);
        let src = "A **veto**, *[a veto](https://a.example)* and a veto.";
        let nodes = m.linker(crate::GlossaryLinks::Every).annotate_markup(src);
        assert_eq!(
            visible_text(&nodes),
            crate::content::markup::plain_text(src)
        );
        assert_eq!(visible_text(&nodes), "A veto, a veto and a veto.");
    }

    #[test]
    fn the_first_entry_owns_a_shared_spelling() {
        let pats = patterns(&[entry("veto", &[]), entry("Veto", &["", "  "])]);
        assert_eq!(pats, [("veto".to_owned(), 0)]);
    }
}

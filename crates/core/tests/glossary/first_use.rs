//! Glossary first use: the linker marks each entry's first term in a version
//! (hook, then sections, each in reading order), whatever the link policy.

use gloss_core::content::model::{
    Card, GlossaryEntry, GlossaryLinks, Paragraph, Section, SectionKind, Version,
};
use gloss_core::glossary::{AnnotatedInline, AnnotatedVersion, Matcher};
use proptest::prelude::*;

fn entry(term: &str, aliases: &[&str]) -> GlossaryEntry {
    GlossaryEntry {
        term: term.into(),
        definition: "A definition.".into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

fn section(paragraphs: &[&str], cards: &[&str], points: &[&str]) -> Section {
    Section {
        kind: SectionKind::WhatsGoingOn,
        heading: None,
        paragraphs: paragraphs
            .iter()
            .map(|p| Paragraph::Plain(p.to_string()))
            .collect(),
        cards: cards
            .iter()
            .map(|c| Card {
                title: "Card".into(),
                text: c.to_string(),
            })
            .collect(),
        points: points.iter().map(|p| p.to_string()).collect(),
    }
}

fn version(hook: &str, sections: Vec<Section>) -> Version {
    Version {
        id: "v".into(),
        audience: "All".into(),
        hook: hook.into(),
        sections,
    }
}

/// Every term of the version in reading order: `(entry, text, first)`.
fn terms(a: &AnnotatedVersion) -> Vec<(usize, String, bool)> {
    a.terms()
        .into_iter()
        .map(|t| (t.entry, t.text.to_owned(), t.first))
        .collect()
}

/// The terms marked first, as `(entry, text)`, in reading order.
fn firsts(a: &AnnotatedVersion) -> Vec<(usize, String)> {
    terms(a)
        .into_iter()
        .filter(|t| t.2)
        .map(|(e, t, _)| (e, t))
        .collect()
}

fn annotate(entries: &[GlossaryEntry], v: &Version, policy: GlossaryLinks) -> AnnotatedVersion {
    Matcher::new(entries).annotate_version(v, policy)
}

#[test]
fn the_hook_holds_the_first_use_when_the_term_is_there() {
    let v = version(
        "Why a *veto*?",
        vec![
            section(&["A veto here, another veto."], &[], &[]),
            section(&[], &[], &["One veto."]),
        ],
    );
    for policy in [GlossaryLinks::FirstPerSection, GlossaryLinks::Every] {
        let a = annotate(&[entry("veto", &[])], &v, policy);
        assert_eq!(firsts(&a), [(0, "veto".to_owned())], "{policy:?}");
        assert!(matches!(
            &a.hook[1],
            AnnotatedInline::Emph(c) if matches!(&c[0], AnnotatedInline::Term { first: true, .. })
        ));
    }
}

#[test]
fn a_term_first_used_in_a_later_section_is_first_there() {
    let entries = [entry("tariff", &["tariffs"]), entry("quota", &[])];
    let v = version(
        "Trade is back.",
        vec![
            section(&["Tariffs rise."], &[], &["A tariff."]),
            section(&["No news."], &["A card."], &[]),
            section(&["A quota, a tariff."], &["Another quota."], &["Quota."]),
        ],
    );
    let a = annotate(&entries, &v, GlossaryLinks::FirstPerSection);
    assert_eq!(
        terms(&a),
        [
            (0, "Tariffs".to_owned(), true),
            (1, "quota".to_owned(), true),
            (0, "tariff".to_owned(), false),
        ]
    );
    let a = annotate(&entries, &v, GlossaryLinks::Every);
    assert_eq!(
        terms(&a),
        [
            (0, "Tariffs".to_owned(), true),
            (0, "tariff".to_owned(), false),
            (1, "quota".to_owned(), true),
            (0, "tariff".to_owned(), false),
            (1, "quota".to_owned(), false),
            (1, "Quota".to_owned(), false),
        ]
    );
}

#[test]
fn reading_order_in_a_section_is_paragraphs_cards_points() {
    let entries = [entry("quota", &[]), entry("tariff", &[])];
    let v = version(
        "",
        vec![section(
            &["Nothing."],
            &["A tariff."],
            &["A quota, a tariff."],
        )],
    );
    let a = annotate(&entries, &v, GlossaryLinks::Every);
    assert_eq!(
        terms(&a),
        [
            (1, "tariff".to_owned(), true),
            (0, "quota".to_owned(), true),
            (1, "tariff".to_owned(), false),
        ]
    );
}

#[test]
fn an_alias_and_a_term_share_one_first_use_and_links_do_not_count() {
    let entries = [entry("export controls", &["export control"])];
    let v = version(
        "[Export controls](https://a.example/e) explained.",
        vec![section(
            &["An export control, then export controls."],
            &[],
            &[],
        )],
    );
    let a = annotate(&entries, &v, GlossaryLinks::Every);
    assert_eq!(
        terms(&a),
        [
            (0, "export control".to_owned(), true),
            (0, "export controls".to_owned(), false),
        ]
    );
}

#[test]
fn annotate_section_marks_first_within_the_section() {
    let m = Matcher::new(&[entry("veto", &[])]);
    let a = m.annotate_section(
        &section(&["A veto."], &[], &["A veto."]),
        GlossaryLinks::Every,
    );
    let v = AnnotatedVersion {
        hook: vec![],
        sections: vec![a],
    };
    assert_eq!(firsts(&v), [(0, "veto".to_owned())]);
    assert_eq!(terms(&v).len(), 2);
}

const WORDS: &[&str] = &[
    "veto",
    "Veto",
    "tariff",
    "tariffs",
    "quota",
    "*veto*",
    "**quota**",
    "and",
    "the",
    ",",
    ".",
    "[veto](https://a.example)",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..8).prop_map(|w| w.join(" "))
}

fn any_section() -> impl Strategy<Value = Section> {
    (
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(text(), 0..2),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(|(paragraphs, cards, points)| Section {
            kind: SectionKind::WhatsGoingOn,
            heading: None,
            paragraphs: paragraphs.into_iter().map(Paragraph::Plain).collect(),
            cards: cards
                .into_iter()
                .map(|text| Card {
                    title: "Card".into(),
                    text,
                })
                .collect(),
            points,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Exactly one `first` per entry that occurs, on its first term in
    /// reading order; and the policy only changes which later ones are terms.
    #[test]
    fn exactly_one_first_per_entry_on_its_earliest_term(
        hook in text(),
        sections in prop::collection::vec(any_section(), 0..4),
    ) {
        let entries = [entry("veto", &[]), entry("tariff", &["tariffs"]), entry("quota", &[])];
        let v = version(&hook, sections);
        let mut first_terms = Vec::new();
        for policy in [GlossaryLinks::FirstPerSection, GlossaryLinks::Every] {
            let a = annotate(&entries, &v, policy);
            let all = terms(&a);
            let mut seen = [false; 3];
            for (e, _, first) in &all {
                prop_assert_eq!(*first, !seen[*e], "{:?}: {:?}", policy, all);
                seen[*e] = true;
            }
            let occurring: Vec<usize> = (0..3).filter(|&e| seen[e]).collect();
            let mut marked: Vec<usize> = firsts(&a).into_iter().map(|(e, _)| e).collect();
            marked.sort_unstable();
            prop_assert_eq!(marked, occurring);
            first_terms.push(firsts(&a));
        }
        prop_assert_eq!(&first_terms[0], &first_terms[1], "both policies agree on first uses");
    }
}

//! Glossary term matching: edge cases.

mod first_use;
mod props;

use gloss_core::content::markup::{parse_nodes, Inline};
use gloss_core::content::model::{
    Card, GlossaryEntry, GlossaryLinks, Paragraph, Section, SectionKind,
};
use gloss_core::glossary::{AnnotatedInline as A, Matcher, Segment, TermMatch};

fn entry(term: &str, aliases: &[&str]) -> GlossaryEntry {
    GlossaryEntry {
        term: term.into(),
        definition: "A definition.".into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
    }
}

fn matcher(terms: &[&str]) -> Matcher {
    Matcher::new(&terms.iter().map(|t| entry(t, &[])).collect::<Vec<_>>())
}

/// The matched texts, in order.
fn found<'t>(m: &Matcher, text: &'t str) -> Vec<&'t str> {
    m.find_all(text)
        .iter()
        .map(|tm| &text[tm.start..tm.end])
        .collect()
}

/// `(entry, matched text)` pairs.
fn found_entries<'t>(m: &Matcher, text: &'t str) -> Vec<(usize, &'t str)> {
    m.find_all(text)
        .iter()
        .map(|tm| (tm.entry, &text[tm.start..tm.end]))
        .collect()
}

/// The entry's first term since the linker was created.
fn first(entry: usize, text: &str) -> A {
    A::Term {
        entry,
        text: text.into(),
        first: true,
    }
}

/// A later term of the same entry.
fn again(entry: usize, text: &str) -> A {
    A::Term {
        entry,
        text: text.into(),
        first: false,
    }
}

fn text(s: &str) -> A {
    A::Text(s.into())
}

#[test]
fn case_insensitive() {
    let m = matcher(&["export controls", "api"]);
    assert_eq!(
        found(&m, "EXPORT Controls and the Api"),
        ["EXPORT Controls", "Api"]
    );
}

#[test]
fn leftmost_longest() {
    let m = matcher(&["export", "export controls", "controls"]);
    assert_eq!(
        found_entries(&m, "New export controls, export rules, controls."),
        [(1, "export controls"), (0, "export"), (2, "controls"),]
    );
    // Leftmost wins over longest: "export" starts first.
    let m = matcher(&["export", "port controls"]);
    assert_eq!(found(&m, "export controls"), ["export"]);
}

#[test]
fn not_inside_words() {
    let m = matcher(&["API", "IP"]);
    assert_eq!(
        found(&m, "a rapid ship, APIs, IPv6, 3IP, IP4, zip"),
        Vec::<&str>::new()
    );
}

#[test]
fn punctuation_is_a_boundary() {
    let m = matcher(&["IP"]);
    assert_eq!(found(&m, "IP, (IP) \"IP\" IP. IP; [IP] IP! IP?"), ["IP"; 8]);
}

#[test]
fn hyphen_and_apostrophe_after_a_term_are_boundaries() {
    let m = matcher(&["API"]);
    assert_eq!(
        found(&m, "API-based, the API's, the API’s, non-API"),
        ["API"; 4]
    );
}

#[test]
fn apostrophes_straight_and_curly() {
    // A term with a straight apostrophe matches a curly one and vice versa.
    let m = matcher(&["someone's data", "l’économie"]);
    assert_eq!(
        found(
            &m,
            "Someone’s data and someone's data, l'économie, L’Économie."
        ),
        [
            "Someone’s data",
            "someone's data",
            "l'économie",
            "L’Économie",
        ]
    );
    // The matched text is the original, curly apostrophe and all.
    let t = "Someone‘s data";
    assert_eq!(
        m.segments(t),
        [Segment::Term {
            entry: 0,
            text: "Someone‘s data"
        }]
    );
}

#[test]
fn hyphenated_terms() {
    let m = matcher(&["self-driving", "driving"]);
    assert_eq!(
        found_entries(
            &m,
            "Self-driving cars; self\u{2011}driving; self\u{2010}Driving; driving"
        ),
        [
            (0, "Self-driving"),
            (0, "self\u{2011}driving"),
            (0, "self\u{2010}Driving"),
            (1, "driving"),
        ]
    );
    // Not a prefix of a longer hyphenated word's letters, but "self-driving-car"
    // still contains the term (a hyphen is a boundary).
    assert_eq!(
        found(&m, "self-drivingcar self-driving-car"),
        ["self-driving"]
    );
}

#[test]
fn accented_letters() {
    let m = matcher(&["café", "émission"]);
    assert_eq!(
        found(&m, "Café CAFÉ ÉMISSION Émissions émission"),
        ["Café", "CAFÉ", "ÉMISSION", "émission"]
    );
    // Accents are significant.
    assert_eq!(found(&m, "cafe emission"), Vec::<&str>::new());
    // A decomposed accent glues to the word: "cafe" is not in "cafe\u{301}".
    let m = matcher(&["cafe"]);
    assert_eq!(found(&m, "cafe\u{301} cafe"), ["cafe"]);
}

#[test]
fn cyrillic_and_greek() {
    let m = matcher(&["санкции", "οδός", "δημοκρατία"]);
    assert_eq!(
        found(&m, "Санкции, «санкции» и антисанкции; санкциями"),
        ["Санкции", "санкции"]
    );
    // Final sigma matches capital and medial sigma; Greek words are whole
    // words too; accents (tonos) still count.
    assert_eq!(
        found(&m, "η οδός, ΟΔΌΣ, οδόσ, ΟΔΟΣ; Δημοκρατία δημοκρατίας"),
        ["οδός", "ΟΔΌΣ", "οδόσ", "Δημοκρατία"]
    );
}

#[test]
fn unspaced_scripts_match_inside_runs() {
    let m = matcher(&["数据", "API"]);
    assert_eq!(found(&m, "大数据分析的API接口"), ["数据", "API"]);
    let m = matcher(&["ข้อมูล"]);
    assert_eq!(found(&m, "ฐานข้อมูลใหม่"), ["ข้อมูล"]);
}

#[test]
fn term_at_start_and_end_of_text() {
    let m = matcher(&["inflation"]);
    assert_eq!(found(&m, "Inflation"), ["Inflation"]);
    assert_eq!(
        found(&m, "Inflation rose; so did inflation"),
        ["Inflation", "inflation"]
    );
    assert_eq!(
        m.find_all("inflation"),
        [TermMatch {
            entry: 0,
            start: 0,
            end: 9
        }]
    );
}

#[test]
fn overlapping_terms() {
    // "interest rate" and "rate cut" overlap in "interest rate cut": leftmost wins.
    let m = matcher(&["interest rate", "rate cut", "cut"]);
    assert_eq!(
        found_entries(&m, "an interest rate cut"),
        [(0, "interest rate"), (2, "cut")]
    );
    // When the longest candidate is not a whole word, a shorter one at the
    // same position still matches, and later matches are not lost.
    let m = matcher(&["export", "export control", "controller"]);
    assert_eq!(
        found_entries(&m, "export controller"),
        [(0, "export"), (2, "controller")]
    );
    let m = matcher(&["IP", "IPs x"]);
    assert_eq!(found(&m, "IPs xy, IP"), ["IP"]);
    assert_eq!(found(&m, "IP x, IPs x"), ["IP", "IPs x"]);
    // A rejected candidate inside a word does not hide one just after it.
    let m = matcher(&["ab", "b c"]);
    assert_eq!(found(&m, "xab c"), Vec::<&str>::new());
    assert_eq!(found(&m, "xa b c"), ["b c"]);
}

#[test]
fn prefix_chain_falls_back_to_longest_whole_word() {
    let m = matcher(&["a", "a b", "a b c", "a b c d"]);
    assert_eq!(found_entries(&m, "a b c dx"), [(2, "a b c")]);
    assert_eq!(found_entries(&m, "a bx"), [(0, "a")]);
}

#[test]
fn whitespace_in_terms_matches_any_whitespace_run() {
    let m = matcher(&["  export   controls "]);
    assert_eq!(
        found(&m, "export\u{a0}controls, export\n   controls"),
        ["export\u{a0}controls", "export\n   controls"]
    );
}

#[test]
fn empty_glossary_and_blank_terms() {
    let m = Matcher::new(&[]);
    assert!(m.is_empty());
    assert_eq!(m.find_all("anything at all"), []);
    assert_eq!(m.segments("anything"), [Segment::Text("anything")]);
    assert_eq!(m.segments(""), []);
    let m = Matcher::new(&[entry("", &["  ", "\n"])]);
    assert!(m.is_empty());
    assert_eq!(m.entry_count(), 1);
    assert_eq!(
        m.linker(GlossaryLinks::Every).annotate_markup("*x* y"),
        [A::Emph(vec![text("x")]), text(" y")]
    );
}

#[test]
fn aliases_and_duplicate_spellings() {
    let entries = [
        entry("API", &["APIs", "api", "Application Programming Interface"]),
        entry("Apis", &["bee"]), // "apis" is already entry 0's alias: entry 0 keeps it
        entry("api’s", &["API's"]),
    ];
    let m = Matcher::new(&entries);
    // "API", "APIs", "Application Programming Interface", "bee", "api's" (curly and straight fold together).
    assert_eq!(m.pattern_count(), 5);
    assert_eq!(
        found_entries(
            &m,
            "APIs, an application programming interface, a bee, the API’s docs"
        ),
        [
            (0, "APIs"),
            (0, "application programming interface"),
            (1, "bee"),
            (2, "API’s"),
        ]
    );
}

#[test]
fn segments_concatenate_to_the_text() {
    let m = matcher(&["IP", "export controls"]);
    let t = "(IP) rules and Export  controls.";
    let segs = m.segments(t);
    assert_eq!(
        segs,
        [
            Segment::Text("("),
            Segment::Term {
                entry: 0,
                text: "IP"
            },
            Segment::Text(") rules and "),
            Segment::Term {
                entry: 1,
                text: "Export  controls"
            },
            Segment::Text("."),
        ]
    );
    assert_eq!(segs.iter().map(Segment::text).collect::<String>(), t);
}

#[test]
fn first_per_section_vs_every() {
    let entries = [entry("tariff", &["tariffs"]), entry("quota", &[])];
    let m = Matcher::new(&entries);
    let t = "A tariff, more tariffs, a quota, another tariff.";

    let mut every = m.linker(GlossaryLinks::Every);
    let terms = |segs: Vec<Segment<'_>>| -> Vec<String> {
        segs.iter()
            .filter(|s| matches!(s, Segment::Term { .. }))
            .map(|s| s.text().to_owned())
            .collect()
    };
    assert_eq!(
        terms(every.segments(t)),
        ["tariff", "tariffs", "quota", "tariff"]
    );
    assert_eq!(terms(every.segments(t)).len(), 4);

    let mut first = m.linker(GlossaryLinks::FirstPerSection);
    // An alias occurrence counts as the entry's occurrence.
    let segs = first.segments("More tariffs; a tariff.");
    assert_eq!(
        segs,
        [
            Segment::Text("More "),
            Segment::Term {
                entry: 0,
                text: "tariffs"
            },
            Segment::Text("; a tariff.")
        ]
    );
    assert!(first.seen(0) && !first.seen(1));
    // Still the same section: only the quota is new.
    assert_eq!(terms(first.segments(t)), ["quota"]);
    // A new section links again.
    first.next_section();
    assert_eq!(terms(first.segments(t)), ["tariff", "quota"]);
    // Default policy is first-per-section.
    assert_eq!(GlossaryLinks::default(), GlossaryLinks::FirstPerSection);
}

#[test]
fn annotate_searches_emphasis_and_strong_but_not_links() {
    let m = matcher(&["sanctions", "export controls"]);
    let mut l = m.linker(GlossaryLinks::Every);
    let nodes = parse_nodes("**Sanctions** and *new export controls*; see [sanctions](https://a.example/s) or sanctions.");
    assert_eq!(
        l.annotate(&nodes),
        [
            A::Strong(vec![first(0, "Sanctions")]),
            text(" and "),
            A::Emph(vec![text("new "), first(1, "export controls")]),
            text("; see "),
            A::Link {
                href: "https://a.example/s".into(),
                children: vec![Inline::Text("sanctions".into())]
            },
            text(" or "),
            again(0, "sanctions"),
            text("."),
        ]
    );
}

#[test]
fn link_text_does_not_use_up_the_first_occurrence() {
    let m = matcher(&["sanctions"]);
    let mut l = m.linker(GlossaryLinks::FirstPerSection);
    let out = l.annotate_markup("[Sanctions](https://a.example) then sanctions and sanctions.");
    assert_eq!(
        out[1..],
        [
            text(" then "),
            first(0, "sanctions"),
            text(" and sanctions.")
        ]
    );
}

#[test]
fn word_boundaries_look_across_markup() {
    let m = matcher(&["API", "export controls"]);
    let mut l = m.linker(GlossaryLinks::Every);
    // "**API**s" reads "APIs": no match. "*API*-based" reads "API-based": a match.
    assert_eq!(
        l.annotate_markup("**API**s"),
        [A::Strong(vec![text("API")]), text("s")]
    );
    assert_eq!(
        l.annotate_markup("*API*-based"),
        [A::Emph(vec![first(0, "API")]), text("-based")]
    );
    // A term split across markup is not matched, and doesn't block others.
    assert_eq!(
        l.annotate_markup("export *controls* API"),
        [
            text("export "),
            A::Emph(vec![text("controls")]),
            text(" "),
            again(0, "API"),
        ]
    );
}

#[test]
fn shorter_term_inside_markup_split_longer_one() {
    // "export controls" straddles two nodes; "export" alone is whole and fits.
    let m = matcher(&["export controls", "export"]);
    let mut l = m.linker(GlossaryLinks::Every);
    assert_eq!(
        l.annotate_markup("export **controls**"),
        [
            first(1, "export"),
            text(" "),
            A::Strong(vec![text("controls")])
        ]
    );
}

#[test]
fn annotate_section_in_reading_order() {
    let m = Matcher::new(&[entry("tariff", &["tariffs"]), entry("quota", &[])]);
    let section = Section {
        kind: SectionKind::WhatsGoingOn,
        heading: None,
        paragraphs: vec![
            Paragraph::Plain("Tariffs are back.".into()),
            Paragraph::Plain("A tariff again.".into()),
        ],
        cards: vec![Card {
            title: "Tariff".into(),
            text: "Like a *quota*, or a tariff.".into(),
        }],
        points: vec!["A quota.".into()],
    };
    let a = m.annotate_section(&section, GlossaryLinks::FirstPerSection);
    assert_eq!(
        a.paragraphs,
        [
            vec![first(0, "Tariffs"), text(" are back.")],
            vec![text("A tariff again.")]
        ]
    );
    assert_eq!(
        a.cards,
        [vec![
            text("Like a "),
            A::Emph(vec![first(1, "quota")]),
            text(", or a tariff.")
        ]]
    );
    assert_eq!(a.points, [vec![text("A quota.")]]);
    let a = m.annotate_section(&section, GlossaryLinks::Every);
    assert_eq!(a.points, [vec![text("A "), again(1, "quota"), text(".")]]);
}

#[test]
fn case_folding_that_changes_length() {
    // 'İ' lowercases to "i̇" (two chars); 'K' (Kelvin sign) to 'k' (shorter).
    let m = matcher(&["İstanbul", "kelvin", "i"]);
    assert_eq!(
        found_entries(&m, "İSTANBUL, \u{212A}ELVIN, İ"),
        [(0, "İSTANBUL"), (1, "\u{212A}ELVIN")]
    );
    // The original slice is returned even when offsets shift before it.
    let t = "İİİ ’’ kelvin";
    assert_eq!(found(&m, t), ["kelvin"]);
}

#[test]
fn very_long_text() {
    let m = matcher(&["inflation", "central bank", "interest rate"]);
    let para = "The Central Bank raised the interest rate to fight inflation; rapid changes. ";
    let t = para.repeat(20_000); // ~1.5 MB
    let all = m.find_all(&t);
    assert_eq!(all.len(), 60_000);
    let mut l = m.linker(GlossaryLinks::FirstPerSection);
    let terms = l
        .segments(&t)
        .iter()
        .filter(|s| matches!(s, Segment::Term { .. }))
        .count();
    assert_eq!(terms, 3);
}

#[test]
fn adversarial_inputs_stay_fast() {
    // Every word start begins a long near-miss: O(n·L) with L = 80 bytes.
    let long = format!("{} b", "a ".repeat(39));
    let m = Matcher::new(&[entry(&long, &[]), entry("a", &[])]);
    let t = "a ".repeat(200_000);
    let start = std::time::Instant::now();
    assert_eq!(m.find_all(&t).len(), 200_000);
    // A single word with no boundaries inside and many candidate positions.
    let m = matcher(&["aa", "a", &"a".repeat(80)]);
    let t = "a".repeat(400_000);
    assert_eq!(m.find_all(&t).len(), 0);
    // Generous: these take milliseconds in release and well under a second in debug.
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

#[test]
fn arbitrary_unicode_does_not_panic() {
    let m = matcher(&["İ", "ß", "’", "\u{301}", "a\u{301}", "ǅ", "ﬁ"]);
    for t in [
        "İİ",
        "ẞß SS",
        "’’'",
        "a\u{301}\u{301}",
        "Ǆǅǆ",
        "ﬁﬂ FI",
        "\u{10FFFF}\u{0}",
        "",
        " ",
    ] {
        let segs = m.segments(t);
        assert_eq!(segs.iter().map(Segment::text).collect::<String>(), t);
    }
}

#[test]
fn annotate_version_treats_the_hook_as_its_own_section() {
    use gloss_core::content::model::{
        GlossaryEntry, GlossaryLinks, Paragraph, Section, SectionKind, Version,
    };
    use gloss_core::glossary::{AnnotatedInline, Matcher};
    let entries = vec![GlossaryEntry {
        term: "veto".into(),
        definition: "A block.".into(),
        aliases: vec![],
    }];
    let version = Version {
        id: "v".into(),
        audience: "All".into(),
        hook: "Why a veto?".into(),
        sections: vec![
            Section {
                kind: SectionKind::WhatsGoingOn,
                heading: None,
                paragraphs: vec![Paragraph::Plain("A veto here. Another veto.".into())],
                cards: vec![],
                points: vec![],
            },
            Section {
                kind: SectionKind::WhyItMatters,
                heading: None,
                paragraphs: vec![],
                cards: vec![],
                points: vec!["One veto.".into()],
            },
        ],
    };
    let annotated =
        Matcher::new(&entries).annotate_version(&version, GlossaryLinks::FirstPerSection);
    let terms = |nodes: &[AnnotatedInline]| {
        nodes
            .iter()
            .filter(|n| matches!(n, AnnotatedInline::Term { .. }))
            .count()
    };
    assert_eq!(terms(&annotated.hook), 1);
    assert_eq!(
        terms(&annotated.sections[0].paragraphs[0]),
        1,
        "only the first in a section"
    );
    assert_eq!(
        terms(&annotated.sections[1].points[0]),
        1,
        "a new section links again"
    );
    assert_eq!(annotated.entries(), std::collections::BTreeSet::from([0]));
}

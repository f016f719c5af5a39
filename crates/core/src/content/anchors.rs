//! Stable, unique element ids for sections, paragraphs and glossary terms,
//! derived from content so they can be linked with URL fragments.

use std::collections::BTreeSet;

use crate::content::model::{GlossaryEntry, Section};

/// ASCII slug of any text: lowercase letters and digits joined by hyphens.
pub fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in crate::catalog::fold(s).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(60);
    out
}

/// `prefix` + slug, made unique by appending `-2`, `-3`… to repeats; text
/// with no ASCII letters uses its position (`term-3`).
fn unique(slugs: impl Iterator<Item = String>, prefix: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    slugs
        .enumerate()
        .map(|(i, slug)| {
            let base = if slug.is_empty() {
                format!("{prefix}{}", i + 1)
            } else {
                format!("{prefix}{slug}")
            };
            let mut id = base.clone();
            let mut n = 2;
            while !seen.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            id
        })
        .collect()
}

/// `section-whats-going-on`, … one per section, unique.
pub fn section_ids(sections: &[Section]) -> Vec<String> {
    unique(
        sections.iter().map(|s| match s.kind {
            crate::content::model::SectionKind::Other => slugify(s.heading()),
            k => k.slug().to_owned(),
        }),
        "section-",
    )
}

/// `term-distillation`, … one per glossary entry in the given order, unique.
pub fn term_ids(entries: &[&GlossaryEntry]) -> Vec<String> {
    unique(entries.iter().map(|e| slugify(&e.term)), "term-")
}

/// Term ids for a glossary in its written order (`Article::glossary`), so
/// `entry` indexes from the matcher map straight to ids.
pub fn glossary_ids(glossary: &[GlossaryEntry]) -> Vec<String> {
    term_ids(&glossary.iter().collect::<Vec<_>>())
}

/// Element id of the first place a term appears in the text.
pub fn first_use_id(term_id: &str) -> String {
    format!("ref-{term_id}")
}

/// Element id of a paragraph anchor.
pub fn paragraph_id(anchor: &str) -> String {
    format!("p-{anchor}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{Section, SectionKind};

    fn section(kind: SectionKind, heading: Option<&str>) -> Section {
        Section {
            kind,
            heading: heading.map(Into::into),
            paragraphs: vec![],
            cards: vec![],
            points: vec![],
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("Export controls"), "export-controls");
        assert_eq!(
            slugify("API (Application Programming Interface)"),
            "api-application-programming-interface"
        );
        assert_eq!(slugify("  Café — économie! "), "cafe-economie");
        assert_eq!(slugify("数据"), "");
    }

    #[test]
    fn section_ids_are_unique() {
        let s = [
            section(SectionKind::WhatsGoingOn, None),
            section(SectionKind::Other, Some("A closer look")),
            section(SectionKind::Other, Some("A closer look")),
            section(SectionKind::Other, Some("数据")),
            section(SectionKind::WhatsGoingOn, Some("Again")),
        ];
        assert_eq!(
            section_ids(&s),
            [
                "section-whats-going-on",
                "section-a-closer-look",
                "section-a-closer-look-2",
                "section-4",
                "section-whats-going-on-2"
            ]
        );
    }

    #[test]
    fn term_ids_fall_back_and_dedupe() {
        let g = |t: &str| GlossaryEntry {
            term: t.into(),
            definition: "d".into(),
            aliases: vec![],
        };
        let (a, b, c) = (g("IP"), g("I.P."), g("مصطلح"));
        assert_eq!(term_ids(&[&a, &b, &c]), ["term-ip", "term-i-p", "term-3"]);
    }
}

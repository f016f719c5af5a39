//! What the static search index (Pagefind) holds for one article: its
//! address, its language (each language gets its own index, so Spanish is
//! stemmed as Spanish and Japanese is segmented), all the text a reader
//! sees in its default version, the fields a result card shows, and its
//! category as a filter. [`super::hits`] reads the same fields back.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::markup::plain_text;
use crate::content::model::Article;
use crate::content::reading::reading_minutes;

/// One record, as `scripts/search-index.mjs` hands it to Pagefind's
/// `addCustomRecord`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchRecord {
    /// The article's page, relative to the site root (`articles/<id>/`).
    pub url: String,
    /// The primary language subtag (`es` for `es-MX`), lowercase.
    pub language: String,
    pub content: String,
    pub meta: BTreeMap<String, String>,
    pub filters: BTreeMap<String, Vec<String>>,
}

/// The primary subtag of a BCP 47 tag, lowercase (`und` if none).
fn primary_language(tag: &str) -> String {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().trim();
    if primary.is_empty() {
        "und".to_owned()
    } else {
        primary.to_ascii_lowercase()
    }
}

/// Every piece of text a reader sees in the default version, markup
/// removed, one piece per line: title, summary, category, hook, headings,
/// paragraphs, cards, points, then the key terms and their definitions.
pub fn search_text(article: &Article) -> String {
    let mut out: Vec<String> = vec![
        article.title.clone(),
        article.summary.clone(),
        article.category.clone(),
    ];
    if let Some(version) = article.versions.first() {
        out.push(plain_text(&version.hook));
        for s in &version.sections {
            out.push(s.heading().to_owned());
            out.extend(s.paragraphs.iter().map(|p| plain_text(p.text())));
            for c in &s.cards {
                out.push(plain_text(&c.title));
                out.push(plain_text(&c.text));
            }
            out.extend(s.points.iter().map(|p| plain_text(p)));
        }
    }
    for g in &article.glossary {
        out.push(g.term.clone());
        out.extend(g.aliases.iter().cloned());
        out.push(plain_text(&g.definition));
    }
    out.retain(|s| !s.trim().is_empty());
    out.join("\n")
}

impl SearchRecord {
    pub fn for_article(article: &Article) -> SearchRecord {
        let minutes = article.versions.first().map_or(1, reading_minutes);
        let meta = [
            ("title", article.title.clone()),
            ("summary", article.summary.clone()),
            ("category", article.category.trim().to_owned()),
            ("published", article.published.clone()),
            ("reading_minutes", minutes.to_string()),
            ("lang", article.lang.clone()),
            ("dir", article.dir.as_str().to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        SearchRecord {
            url: format!("articles/{}/", article.id),
            language: primary_language(&article.lang),
            content: search_text(article),
            meta,
            filters: BTreeMap::from([(
                "category".to_owned(),
                vec![article.category.trim().to_owned()],
            )]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = include_str!("../../tests/fixtures/minimal.json");

    #[test]
    fn languages_are_primary_subtags() {
        assert_eq!(primary_language("es-MX"), "es");
        assert_eq!(primary_language("JA"), "ja");
        assert_eq!(primary_language("zh_Hant"), "zh");
        assert_eq!(primary_language(""), "und");
    }

    #[test]
    fn a_record_holds_every_visible_text_and_reads_back_as_a_hit() {
        let article = crate::parse_article("minimal", MINIMAL).unwrap();
        let record = SearchRecord::for_article(&article);
        assert_eq!(record.url, "articles/minimal/");
        assert!(record.content.contains(&article.title));
        let version = &article.versions[0];
        assert!(record.content.contains(&plain_text(&version.hook)));
        for s in &version.sections {
            for p in &s.paragraphs {
                assert!(record.content.contains(&plain_text(p.text())));
            }
        }
        for g in &article.glossary {
            assert!(record.content.contains(&g.term));
        }
        assert!(!record.content.contains("**"), "markup removed");
        assert_eq!(
            record.filters["category"],
            std::slice::from_ref(&article.category)
        );
        // What Pagefind hands back is what a card needs.
        let hit = serde_json::json!({
            "total": 1,
            "results": [{ "url": format!("/g/{}", record.url), "meta": record.meta }],
        });
        let hits = super::super::parse_hits(&hit.to_string()).unwrap();
        assert_eq!(hits.entries, [article.index_entry()]);
    }
}

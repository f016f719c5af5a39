//! Search results from the static search index (Pagefind), read back as
//! index entries. The index is built from this site's own pages, but what
//! comes back is still checked like content: a hit whose fields break the
//! index's rules is dropped, never shown.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::fold;
use super::record::search_text;
use crate::content::model::{Article, Index, IndexEntry, TextDirection, FORMAT_VERSION};
use crate::content::validate::{is_slug, validate_index};

/// One search's outcome.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchHits {
    /// How many articles match (more than `entries` holds).
    pub total: u64,
    /// Matches per category name, without the category filter applied.
    pub categories: BTreeMap<String, u64>,
    /// The first matches, best first.
    pub entries: Vec<IndexEntry>,
}

#[derive(Deserialize)]
struct RawHits {
    total: u64,
    #[serde(default)]
    categories: BTreeMap<String, u64>,
    #[serde(default)]
    results: Vec<RawHit>,
}

#[derive(Deserialize)]
struct RawHit {
    url: String,
    #[serde(default)]
    meta: BTreeMap<String, String>,
}

/// The article id in a result's address (`…articles/<id>/…`).
fn id_from_url(url: &str) -> Option<&str> {
    let (_, rest) = url.split_once("articles/")?;
    let id = rest.split(['/', '?', '#']).next()?;
    is_slug(id).then_some(id)
}

fn entry(hit: RawHit) -> Option<IndexEntry> {
    let id = id_from_url(&hit.url)?.to_owned();
    let meta = |k: &str| hit.meta.get(k).cloned().unwrap_or_default();
    let entry = IndexEntry {
        id,
        title: meta("title"),
        category: meta("category"),
        published: meta("published"),
        summary: meta("summary"),
        reading_minutes: meta("reading_minutes").parse().unwrap_or(1),
        lang: hit
            .meta
            .get("lang")
            .cloned()
            .unwrap_or_else(|| "en".to_owned()),
        dir: match meta("dir").as_str() {
            "rtl" => TextDirection::Rtl,
            _ => TextDirection::Ltr,
        },
    };
    let problems = validate_index(&Index {
        format: FORMAT_VERSION,
        articles: vec![entry.clone()],
    });
    problems.is_empty().then_some(entry)
}

/// Searches `entries` in memory (title, summary and category; accents and
/// case ignored): a v1 index. Counts are per category before the
/// `category` filter (a slug); the results keep `entries`' order.
pub fn search_entries(entries: &[IndexEntry], query: &str, category: Option<&str>) -> SearchHits {
    let index = Index {
        format: FORMAT_VERSION,
        articles: entries.to_vec(),
    };
    let matches = index.filter(None, Some(query)).into_iter().cloned();
    hits(matches, category)
}

/// Searches whole articles in memory, everything a reader sees in them
/// ([`search_text`]: sections, cards, key terms; accents and case ignored),
/// as the search index does: the articles saved on a device, when the index
/// cannot be reached. Counts and order as in [`search_entries`].
pub fn search_articles(articles: &[Article], query: &str, category: Option<&str>) -> SearchHits {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    let matches = articles
        .iter()
        .filter(|a| {
            let hay = fold(&search_text(a));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(Article::index_entry);
    hits(matches, category)
}

fn hits(matches: impl Iterator<Item = IndexEntry>, category: Option<&str>) -> SearchHits {
    let mut categories = BTreeMap::new();
    let mut entries = Vec::new();
    for e in matches {
        *categories.entry(e.category.clone()).or_insert(0) += 1;
        if category.is_none_or(|slug| super::category_slug(&e.category) == slug) {
            entries.push(e);
        }
    }
    SearchHits {
        total: entries.len() as u64,
        categories,
        entries,
    }
}

/// Reads the JSON the search bridge hands over (`{total, categories,
/// results: [{url, meta}]}`). Hits that are not valid index entries are left
/// out (and not counted in `entries`).
pub fn parse_hits(json: &str) -> Result<SearchHits, serde_json::Error> {
    let raw: RawHits = serde_json::from_str(json)?;
    Ok(SearchHits {
        total: raw.total,
        categories: raw.categories,
        entries: raw.results.into_iter().filter_map(entry).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HIT: &str = r#"{"url":"/site/articles/drought-spain/","meta":{"title":"La sequía","summary":"Sin lluvia.","category":"Ciencia","published":"2026-05-02","reading_minutes":"4","lang":"es","dir":"ltr"}}"#;

    #[test]
    fn hits_become_entries() {
        let json =
            format!(r#"{{"total":7,"categories":{{"Ciencia":5,"Science":2}},"results":[{HIT}]}}"#);
        let hits = parse_hits(&json).unwrap();
        assert_eq!(hits.total, 7);
        assert_eq!(hits.categories.get("Ciencia"), Some(&5));
        let e = &hits.entries[0];
        assert_eq!(
            (
                e.id.as_str(),
                e.title.as_str(),
                e.reading_minutes,
                e.lang.as_str()
            ),
            ("drought-spain", "La sequía", 4, "es")
        );
    }

    #[test]
    fn bad_hits_are_dropped() {
        let bad_url = HIT.replace("articles/drought-spain/", "elsewhere/");
        let bad_id = HIT.replace("drought-spain", "../etc");
        let bad_date = HIT.replace("2026-05-02", "soon");
        let no_title = HIT.replace(r#""title":"La sequía","#, "");
        let json =
            format!(r#"{{"total":5,"results":[{bad_url},{bad_id},{bad_date},{no_title},{HIT}]}}"#);
        let hits = parse_hits(&json).unwrap();
        assert_eq!(hits.entries.len(), 1);
        assert!(parse_hits("null").is_err());
        assert!(
            parse_hits(r#"{"results":[]}"#).is_err(),
            "total is required"
        );
    }

    #[test]
    fn entries_are_searched_in_memory_with_counts_before_the_filter() {
        let e = |id: &str, category: &str, title: &str| IndexEntry {
            id: id.into(),
            title: title.into(),
            category: category.into(),
            published: "2026-01-01".into(),
            summary: "S.".into(),
            reading_minutes: 2,
            lang: "es".into(),
            dir: TextDirection::Ltr,
        };
        let entries = [
            e("a", "Ciencia", "La sequía del río"),
            e("b", "Economía", "Sequía y precios"),
            e("c", "Ciencia", "Volcanes"),
        ];
        let hits = search_entries(&entries, "SEQUIA", None);
        assert_eq!(hits.total, 2);
        assert_eq!(hits.categories.get("Ciencia"), Some(&1));
        let hits = search_entries(&entries, "sequia", Some("economia"));
        assert_eq!(hits.entries.len(), 1);
        assert_eq!(hits.entries[0].id, "b");
        assert_eq!(
            hits.categories.len(),
            2,
            "counts ignore the category filter"
        );
    }

    #[test]
    fn saved_articles_are_searched_through_everything_they_say() {
        let text = include_str!("../../tests/fixtures/minimal.json")
            .replace("Like a library.", "Como en la sequía del verano.");
        let article = crate::parse_article("minimal", &text).expect("fixture parses");
        // Only the body says it: the card's text, and a key term's definition.
        for query in ["SEQUIA verano", "books"] {
            let found = search_articles(std::slice::from_ref(&article), query, None);
            assert_eq!(found.total, 1, "{query}");
            assert_eq!(found.entries, [article.index_entry()]);
            assert_eq!(found.categories["Testing"], 1);
            // The title, summary and category alone do not say it.
            assert_eq!(
                search_entries(&[article.index_entry()], query, None).total,
                0
            );
        }
        assert_eq!(
            search_articles(std::slice::from_ref(&article), "sequia invierno", None).total,
            0
        );
        let elsewhere = search_articles(&[article], "sequia", Some("science"));
        assert_eq!((elsewhere.total, elsewhere.categories["Testing"]), (0, 1));
    }

    #[test]
    fn ids_come_from_the_address() {
        assert_eq!(id_from_url("articles/a-b/"), Some("a-b"));
        assert_eq!(id_from_url("https://x.org/g/articles/a/teens/"), Some("a"));
        assert_eq!(id_from_url("articles/A B/"), None);
        assert_eq!(id_from_url("progress/"), None);
    }
}

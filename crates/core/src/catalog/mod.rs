//! The index page's logic: the catalogue in pages ([`shards`]), category
//! slugs ([`slug`]), and the in-memory search and filter used for a v1
//! `index.json` and for articles saved on the device.

pub mod hits;
pub mod query;
pub mod record;
pub mod shards;
pub mod slug;

pub use hits::{parse_hits, search_articles, search_entries, SearchHits};
pub use query::{query_ready, MIN_LETTERS};
pub use record::SearchRecord;
pub use shards::{
    page_file, Catalog, CatalogMeta, CatalogPage, CategoryCount, Listing, CATALOG_FORMAT, PAGE_SIZE,
};
pub use slug::category_slug;

use crate::content::model::{Index, IndexEntry};

/// Lowercases and strips common Latin accents so "resume" finds "Résumé".
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            '’' | '‘' => '\'',
            other => other,
        })
        .collect()
}

impl Index {
    /// Distinct categories, sorted case-insensitively.
    pub fn categories(&self) -> Vec<String> {
        let mut cats: Vec<String> = Vec::new();
        for e in &self.articles {
            if !cats.iter().any(|c| c.eq_ignore_ascii_case(&e.category)) {
                cats.push(e.category.clone());
            }
        }
        crate::sort::sort_by_key(&mut cats, |c| fold(c));
        cats
    }

    /// Articles in `category` (any, if `None`) whose title, summary or
    /// category contains every word of `query` (accent- and case-insensitive).
    pub fn filter(&self, category: Option<&str>, query: Option<&str>) -> Vec<&IndexEntry> {
        let words: Vec<String> = query
            .map(|q| fold(q).split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default();
        self.articles
            .iter()
            .filter(|e| category.is_none_or(|c| e.category.eq_ignore_ascii_case(c)))
            .filter(|e| {
                if words.is_empty() {
                    return true;
                }
                let hay = fold(&format!("{} {} {}", e.title, e.summary, e.category));
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{TextDirection, FORMAT_VERSION};

    fn entry(id: &str, category: &str, title: &str, summary: &str) -> IndexEntry {
        IndexEntry {
            id: id.into(),
            title: title.into(),
            category: category.into(),
            published: "2026-04-01".into(),
            summary: summary.into(),
            reading_minutes: 3,
            lang: "en".into(),
            dir: TextDirection::Ltr,
        }
    }

    fn index() -> Index {
        Index {
            format: FORMAT_VERSION,
            articles: vec![
                entry(
                    "a",
                    "Technology",
                    "Chips and export rules",
                    "Why chips matter.",
                ),
                entry(
                    "b",
                    "science",
                    "Webb looks at a planet",
                    "Light through an atmosphere.",
                ),
                entry(
                    "c",
                    "Science",
                    "Café économie",
                    "Prices and résumé writing.",
                ),
            ],
        }
    }

    #[test]
    fn categories_are_distinct_and_sorted() {
        assert_eq!(
            index().categories(),
            vec!["science".to_string(), "Technology".to_string()]
        );
    }

    #[test]
    fn filters_by_category_and_words() {
        let idx = index();
        let ids = |v: Vec<&IndexEntry>| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(idx.filter(None, None)), ["a", "b", "c"]);
        assert_eq!(ids(idx.filter(Some("SCIENCE"), None)), ["b", "c"]);
        assert_eq!(ids(idx.filter(None, Some("chips"))), ["a"]);
        assert_eq!(ids(idx.filter(None, Some("  planet   webb "))), ["b"]);
        assert_eq!(ids(idx.filter(None, Some("resume cafe"))), ["c"]);
        assert_eq!(
            ids(idx.filter(Some("Technology"), Some("planet"))),
            Vec::<String>::new()
        );
        assert_eq!(ids(idx.filter(None, Some("science"))), ["b", "c"]);
    }
}

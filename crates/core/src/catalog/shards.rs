//! The catalogue in pages (format 2): what the index reads, so that its
//! first screen costs the same at five articles and at a million.
//!
//! The build splits the list of articles, newest first, into fixed-size
//! pages, once for the whole catalogue and once per category:
//!
//! - `catalog/meta.json`: [`CatalogMeta`], the counts (total, per category);
//! - `catalog/latest/<n>.json`: page `n` (1-based) of every article;
//! - `catalog/category/<slug>/<n>.json`: page `n` of one category.
//!
//! Every file is small (one page of entries, or one line per category), so
//! per-file limits hold at any size. A content base that only has the v1
//! `index.json` is read the same way: [`Catalog::build`] pages it in memory.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use super::slug::category_slug;
use crate::content::model::IndexEntry;

/// The catalogue format version this build reads and writes.
pub const CATALOG_FORMAT: u32 = 2;

/// Articles per page: a first screen on a phone and then some, about
/// 3 kB brotli of data.
pub const PAGE_SIZE: u32 = 24;

/// `catalog/meta.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogMeta {
    /// Catalogue format version; must be 2.
    pub format: u32,
    /// How many articles there are.
    pub total: u64,
    /// Articles per page.
    pub page_size: u32,
    /// Every category with its count, sorted by name (accents and case
    /// ignored).
    pub categories: Vec<CategoryCount>,
}

/// One category and how many articles it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CategoryCount {
    /// The name as authors wrote it (the first spelling met, newest first).
    pub name: String,
    /// Its path segment, see [`category_slug`].
    pub slug: String,
    pub count: u64,
}

/// `catalog/latest/<n>.json` or `catalog/category/<slug>/<n>.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogPage {
    /// Catalogue format version; must be 2.
    pub format: u32,
    /// The category's slug; absent for the whole catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// This page's number, from 1.
    pub page: u32,
    /// How many pages this list has (at least 1, even when empty).
    pub pages: u32,
    /// How many articles this list has.
    pub total: u64,
    /// This page's articles, newest first.
    pub articles: Vec<IndexEntry>,
}

/// What one index page shows: the counts and one page of one list. This is
/// what a pre-rendered index page carries inline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    pub meta: CatalogMeta,
    pub page: CatalogPage,
}

impl CatalogMeta {
    /// The category whose slug is `slug(category)` (a route may carry a
    /// name or a slug).
    pub fn category(&self, category: &str) -> Option<&CategoryCount> {
        let slug = category_slug(category);
        self.categories.iter().find(|c| c.slug == slug)
    }

    /// How many pages the list of `category` (every article if `None`) has.
    pub fn pages(&self, category: Option<&CategoryCount>) -> u32 {
        pages_for(category.map_or(self.total, |c| c.count), self.page_size)
    }
}

fn pages_for(total: u64, page_size: u32) -> u32 {
    let size = u64::from(page_size.max(1));
    u32::try_from(total.div_ceil(size).max(1)).unwrap_or(u32::MAX)
}

/// The file of page `page` of a list, relative to `catalog/`.
pub fn page_file(category_slug: Option<&str>, page: u32) -> String {
    match category_slug {
        None => format!("latest/{page}.json"),
        Some(slug) => format!("category/{slug}/{page}.json"),
    }
}

/// The newest-first order: later dates first, then ids, so a build is
/// reproducible whatever order the files were read in.
pub fn newest_first(entries: &mut Vec<IndexEntry>) {
    crate::sort::sort_by(entries, &|a, b| {
        b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id))
    });
}

/// The whole catalogue in pages.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub meta: CatalogMeta,
    /// Every article, newest first.
    entries: Vec<IndexEntry>,
    /// Per category slug, the positions in `entries` of its articles.
    by_category: BTreeMap<String, Vec<usize>>,
}

impl Catalog {
    /// Pages `entries` (in any order) `page_size` at a time.
    pub fn build(mut entries: Vec<IndexEntry>, page_size: u32) -> Catalog {
        newest_first(&mut entries);
        let mut by_category: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut categories: Vec<CategoryCount> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let slug = category_slug(&e.category);
            let members = by_category.entry(slug.clone()).or_default();
            if members.is_empty() {
                categories.push(CategoryCount {
                    name: e.category.trim().to_owned(),
                    slug,
                    count: 0,
                });
            }
            members.push(i);
        }
        for c in &mut categories {
            c.count = by_category.get(&c.slug).map_or(0, |m| m.len() as u64);
        }
        crate::sort::sort_by_key(&mut categories, |a| super::fold(&a.name));
        Catalog {
            meta: CatalogMeta {
                format: CATALOG_FORMAT,
                total: entries.len() as u64,
                page_size: page_size.max(1),
                categories,
            },
            entries,
            by_category,
        }
    }

    /// Every article, newest first.
    pub fn entries(&self) -> &[IndexEntry] {
        &self.entries
    }

    /// Page `page` (from 1) of `category` (a name or a slug; every article
    /// if `None`). `None` when the category does not exist or the page is
    /// past the end; page 1 of an empty catalogue exists and is empty.
    pub fn page(&self, category: Option<&str>, page: u32) -> Option<CatalogPage> {
        let size = self.meta.page_size as usize;
        let start = (page.checked_sub(1)? as usize).checked_mul(size)?;
        let (slug, members): (Option<String>, Vec<&IndexEntry>) = match category {
            None => (None, self.entries.iter().collect()),
            Some(c) => {
                let slug = category_slug(c);
                let positions = self.by_category.get(&slug)?;
                (
                    Some(slug),
                    positions
                        .iter()
                        .filter_map(|&i| self.entries.get(i))
                        .collect(),
                )
            }
        };
        if start > 0 && start >= members.len() {
            return None;
        }
        Some(CatalogPage {
            format: CATALOG_FORMAT,
            category: slug,
            page,
            pages: pages_for(members.len() as u64, self.meta.page_size),
            total: members.len() as u64,
            articles: members
                .into_iter()
                .skip(start)
                .take(size)
                .cloned()
                .collect(),
        })
    }

    /// Every page of every list, with its file name under `catalog/`: the
    /// whole catalogue's pages first, then each category's.
    pub fn all_pages(&self) -> impl Iterator<Item = (String, CatalogPage)> + '_ {
        let lists =
            std::iter::once(None).chain(self.meta.categories.iter().map(|c| Some(c.slug.as_str())));
        lists.flat_map(move |slug| {
            let count = slug
                .and_then(|s| self.by_category.get(s))
                .map_or(self.meta.total, |m| m.len() as u64);
            (1..=pages_for(count, self.meta.page_size))
                .filter_map(move |n| self.page(slug, n).map(|p| (page_file(slug, n), p)))
        })
    }

    /// What page `page` of `category` shows, with the counts.
    pub fn listing(&self, category: Option<&str>, page: u32) -> Option<Listing> {
        Some(Listing {
            meta: self.meta.clone(),
            page: self.page(category, page)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::TextDirection;

    fn entry(id: &str, category: &str, published: &str) -> IndexEntry {
        IndexEntry {
            id: id.into(),
            title: format!("Title {id}"),
            category: category.into(),
            published: published.into(),
            summary: "S.".into(),
            reading_minutes: 3,
            lang: "en".into(),
            dir: TextDirection::Ltr,
        }
    }

    fn sample() -> Catalog {
        Catalog::build(
            vec![
                entry("a", "Science", "2026-01-01"),
                entry("b", "science", "2026-03-01"),
                entry("c", "Économie", "2026-02-01"),
                entry("d", "Science", "2026-02-01"),
                entry("e", "علوم", "2026-04-01"),
            ],
            2,
        )
    }

    fn ids(page: &CatalogPage) -> Vec<&str> {
        page.articles.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn pages_are_newest_first_with_ties_by_id() {
        let cat = sample();
        assert_eq!(cat.meta.total, 5);
        let p1 = cat.page(None, 1).unwrap();
        assert_eq!(ids(&p1), ["e", "b"]);
        assert_eq!((p1.page, p1.pages, p1.total), (1, 3, 5));
        assert_eq!(ids(&cat.page(None, 2).unwrap()), ["c", "d"]);
        assert_eq!(ids(&cat.page(None, 3).unwrap()), ["a"]);
        assert_eq!(cat.page(None, 4), None);
        assert_eq!(cat.page(None, 0), None);
    }

    #[test]
    fn categories_merge_spellings_and_count() {
        let cat = sample();
        let names: Vec<(&str, &str, u64)> = cat
            .meta
            .categories
            .iter()
            .map(|c| (c.name.as_str(), c.slug.as_str(), c.count))
            .collect();
        assert_eq!(names[0], ("Économie", "economie", 1));
        // The newest spelling of a category names it.
        assert_eq!(names[1], ("science", "science", 3));
        assert_eq!(names[2].2, 1);
        assert_eq!(cat.meta.category("SCIENCE").map(|c| c.count), Some(3));
        assert_eq!(cat.meta.category("science").map(|c| c.count), Some(3));
        let science = cat.page(Some("Science"), 2).unwrap();
        assert_eq!(ids(&science), ["a"]);
        assert_eq!(science.category.as_deref(), Some("science"));
        assert_eq!(cat.page(Some("nope"), 1), None);
    }

    #[test]
    fn every_page_has_a_file() {
        let cat = sample();
        let files: Vec<String> = cat.all_pages().map(|(f, _)| f).collect();
        assert_eq!(
            files[..3],
            ["latest/1.json", "latest/2.json", "latest/3.json"]
        );
        assert!(files.contains(&"category/science/2.json".to_owned()));
        assert!(files.contains(&"category/economie/1.json".to_owned()));
        assert_eq!(files.len(), 3 + 2 + 1 + 1);
    }

    #[test]
    fn an_empty_catalogue_has_one_empty_page() {
        let cat = Catalog::build(Vec::new(), PAGE_SIZE);
        let p = cat.page(None, 1).unwrap();
        assert!(p.articles.is_empty());
        assert_eq!(p.pages, 1);
        assert_eq!(cat.all_pages().count(), 1);
        assert_eq!(cat.meta.pages(None), 1);
    }

    #[test]
    fn page_counts_do_not_overflow() {
        assert_eq!(pages_for(1_000_000, 24), 41_667);
        assert_eq!(pages_for(u64::MAX, 1), u32::MAX);
    }
}

//! Path routing: the canonical addresses of pre-rendered pages.
//!
//! The build writes one real HTML file per page, so every address works on
//! any static host, under any sub-path, without rewrite rules:
//!
//! - `` (the site root, `index.html`): the newest articles; `page/<n>/`
//!   the older ones, `n` from 2;
//! - `category/<slug>/` and `category/<slug>/page/<n>/`: one category;
//! - a search is a query string at the root: `?q=…`, `&category=…`;
//! - `articles/<id>/`: an article in its default audience version;
//! - `articles/<id>/<version>/`: another audience version;
//! - `progress/`: the reader's progress page.
//!
//! Paths are relative to the site root. The embed view and the old
//! `?article=<id>&v=…` links stay query strings at the root (see
//! [`Route::from_location`]).

use super::{encode_component, page_number, param, Route};
use crate::catalog::category_slug;

/// `page/<n>/` for pages after the first.
fn page_suffix(page: u32) -> String {
    if page > 1 {
        format!("page/{page}/")
    } else {
        String::new()
    }
}

impl Route {
    /// This route's address relative to the site root: a directory path,
    /// plus the index's filters or the embed view as a query string.
    pub fn to_path(&self) -> String {
        match self {
            Route::Index {
                category: None,
                query: None,
                page,
            } => page_suffix(*page),
            Route::Index {
                category: Some(c),
                query: None,
                page,
            } => format!("category/{}/{}", category_slug(c), page_suffix(*page)),
            Route::Index { .. } => self.to_search(),
            Route::Article { embed: true, .. } => self.to_search(),
            Route::Article { id, version, .. } => match version {
                Some(v) => format!("articles/{}/{}/", encode_component(id), encode_component(v)),
                None => format!("articles/{}/", encode_component(id)),
            },
            Route::Progress => "progress/".to_owned(),
            Route::Words => "words/".to_owned(),
        }
    }

    /// How many directories below the site root this route's page is (what
    /// a relative link from it needs to climb).
    pub fn depth(&self) -> usize {
        match self {
            Route::Article {
                embed: false,
                version,
                ..
            } => 2 + usize::from(version.is_some()),
            Route::Progress | Route::Words => 1,
            Route::Index {
                category,
                query: None,
                page,
            } => 2 * (usize::from(category.is_some()) + usize::from(*page > 1)),
            Route::Index { .. } | Route::Article { .. } => 0,
        }
    }

    /// The file a static build writes for this route, relative to the site
    /// root (`None` for routes that are not files: filters and embeds).
    pub fn file(&self) -> Option<String> {
        let path = self.to_path();
        (!path.contains('?')).then(|| format!("{path}index.html"))
    }

    /// The route for an address: `path` relative to the site root (no
    /// leading slash; `index.html` allowed) and the query string.
    ///
    /// A query string naming an article wins, so every `?article=…` link
    /// made before pages had paths still opens its article. Unknown paths
    /// are the index.
    pub fn from_location(path: &str, search: &str) -> Route {
        if param(search, "article").is_some() || param(search, "view").is_some() {
            return Route::parse(search);
        }
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(super::decode_path_segment)
            .collect();
        match segments.as_slice() {
            [articles, id] if articles == "articles" => Route::article(id),
            [articles, id, version] if articles == "articles" => Route::Article {
                id: id.clone(),
                version: Some(version.clone()),
                embed: false,
            },
            [progress] if progress == "progress" => Route::Progress,
            [words] if words == "words" => Route::Words,
            [page, n] if page == "page" => Route::listing(None, page_number(Some(n))),
            [category, slug] if category == "category" => Route::listing(Some(slug), 1),
            [category, slug, page, n] if category == "category" && page == "page" => {
                Route::listing(Some(slug), page_number(Some(n)))
            }
            _ => Route::parse(search),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn versioned(id: &str, v: &str) -> Route {
        Route::Article {
            id: id.into(),
            version: Some(v.into()),
            embed: false,
        }
    }

    #[test]
    fn pages_have_directory_paths() {
        assert_eq!(Route::default().to_path(), "");
        assert_eq!(Route::article("a-b").to_path(), "articles/a-b/");
        assert_eq!(versioned("a", "teens").to_path(), "articles/a/teens/");
        assert_eq!(Route::Progress.to_path(), "progress/");
        assert_eq!(Route::Words.to_path(), "words/");
        assert_eq!(Route::Words.depth(), 1);
        assert_eq!(Route::from_location("words/", ""), Route::Words);
        assert_eq!(Route::from_location("words/index.html", ""), Route::Words);
        assert_eq!(Route::from_location("", "?view=words"), Route::Words);
        assert_eq!(Route::default().file().as_deref(), Some("index.html"));
        assert_eq!(
            versioned("a", "kids").file().as_deref(),
            Some("articles/a/kids/index.html")
        );
    }

    #[test]
    fn filters_and_embeds_stay_query_strings_at_the_root() {
        let filtered = Route::Index {
            category: Some("Science".into()),
            query: Some("x".into()),
            page: 1,
        };
        assert_eq!(filtered.to_path(), "?category=Science&q=x");
        assert_eq!(filtered.depth(), 0);
        assert_eq!(filtered.file(), None);
        let embed = Route::Article {
            id: "x".into(),
            version: None,
            embed: true,
        };
        assert_eq!(embed.to_path(), "?article=x&embed=1");
        assert_eq!(embed.depth(), 0);
    }

    #[test]
    fn catalogue_pages_have_directory_paths() {
        assert_eq!(Route::listing(None, 1).to_path(), "");
        assert_eq!(Route::listing(None, 2).to_path(), "page/2/");
        assert_eq!(Route::listing(None, 2).depth(), 2);
        let science = Route::listing(Some("Science & Health"), 1);
        assert_eq!(science.to_path(), "category/science-health/");
        assert_eq!(science.depth(), 2);
        let later = Route::listing(Some("Ciencia y tecnología"), 3);
        assert_eq!(later.to_path(), "category/ciencia-y-tecnologia/page/3/");
        assert_eq!(later.depth(), 4);
        assert_eq!(
            later.file().as_deref(),
            Some("category/ciencia-y-tecnologia/page/3/index.html")
        );
        // Hand-made addresses: a bad page number is the first page.
        assert_eq!(Route::from_location("page/0/", ""), Route::listing(None, 1));
        assert_eq!(Route::from_location("page/x/", ""), Route::listing(None, 1));
        assert_eq!(
            Route::from_location("category/science/page/2/index.html", ""),
            Route::listing(Some("science"), 2)
        );
    }

    #[test]
    fn depth_counts_directories() {
        assert_eq!(Route::default().depth(), 0);
        assert_eq!(Route::Progress.depth(), 1);
        assert_eq!(Route::article("x").depth(), 2);
        assert_eq!(versioned("x", "v").depth(), 3);
    }

    #[test]
    fn locations_round_trip() {
        for r in [
            Route::default(),
            Route::article("a-b"),
            versioned("a", "teens"),
            versioned("é x", "?/#"),
            Route::Progress,
            Route::Index {
                category: Some("A&B".into()),
                query: Some("100%".into()),
                page: 1,
            },
            Route::listing(None, 2),
            Route::listing(Some("science"), 1),
            Route::listing(Some("ciencia-y-tecnologia"), 12),
            Route::Article {
                id: "x".into(),
                version: Some("kids".into()),
                embed: true,
            },
        ] {
            let path = r.to_path();
            let (p, s) = path.split_at(path.find('?').unwrap_or(path.len()));
            assert_eq!(Route::from_location(p, s), r, "{path}");
        }
    }

    #[test]
    fn old_query_links_still_open_their_page() {
        assert_eq!(
            Route::from_location("", "?article=x&v=kids"),
            versioned("x", "kids")
        );
        assert_eq!(
            Route::from_location("index.html", "?view=progress"),
            Route::Progress
        );
        // Even on another page's path, a query naming an article wins.
        assert_eq!(
            Route::from_location("articles/y/", "?article=x"),
            Route::article("x")
        );
    }

    #[test]
    fn odd_paths_are_the_index_or_their_page() {
        assert_eq!(Route::from_location("index.html", ""), Route::default());
        assert_eq!(
            Route::from_location("articles/x/index.html", ""),
            Route::article("x")
        );
        assert_eq!(Route::from_location("articles/x", ""), Route::article("x"));
        assert_eq!(
            Route::from_location("articles//x//", ""),
            Route::article("x")
        );
        for odd in [
            "articles/",
            "nope/",
            "articles/a/b/c/",
            "%%/%ZZ",
            "progress/x/",
        ] {
            assert_eq!(Route::from_location(odd, ""), Route::default(), "{odd}");
        }
        assert_eq!(
            Route::from_location("", "?q=rain"),
            Route::Index {
                category: None,
                query: Some("rain".into()),
                page: 1,
            }
        );
    }
}

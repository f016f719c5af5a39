//! Routing. Pre-rendered builds give every page its own directory (see
//! [`paths`]); the query-string form below is what the app reads when it is
//! served from one `index.html` (`trunk serve`, content from another base)
//! and what every older link uses. Either way deep links work on any static
//! host, under any sub-path, without rewrite rules, and the URL fragment
//! stays free for in-page anchors.
//!
//! - `?` (nothing): the index; `?category=Science&q=chips` filters it and
//!   `&page=2` turns its pages.
//! - `?article=<id>` and optionally `&v=<version id>`: an article;
//!   `&embed=1` shows it in the embed view (no site chrome, for iframes).
//! - `?view=progress`: the reader's progress page.

mod paths;

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The catalogue: page `page` (from 1) of every article or of one
    /// category (its name or its slug, see `catalog::category_slug`), or
    /// the results of a search.
    Index {
        category: Option<String>,
        query: Option<String>,
        page: u32,
    },
    Article {
        id: String,
        version: Option<String>,
        /// The embed view (`&embed=1`): no site chrome, for iframes.
        embed: bool,
    },
    /// The reader's quiz scores and reading history.
    Progress,
    /// "My words": the glossary terms the reader opened, and their review.
    Words,
}

impl Default for Route {
    fn default() -> Self {
        Route::Index {
            category: None,
            query: None,
            page: 1,
        }
    }
}

/// Decodes `application/x-www-form-urlencoded` text; bad escapes stay literal
/// and invalid UTF-8 is replaced, so this never fails.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Decodes one path segment (`+` stays a plus, unlike in a query string).
pub fn decode_path_segment(s: &str) -> String {
    decode_component(&s.replace('+', "%2B"))
}

/// Percent-encodes everything but unreserved characters.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `search` without the parameters `names` (`?` included only when some
/// remain).
pub fn strip_params(search: &str, names: &[&str]) -> String {
    let kept: Vec<&str> = search
        .strip_prefix('?')
        .unwrap_or(search)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let key = pair.split_once('=').map_or(*pair, |(k, _)| k);
            !names.contains(&decode_component(key).as_str())
        })
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// Longest parameter value kept; longer ones are cut (on a char boundary).
const MAX_PARAM: usize = 200;

/// The value of query parameter `name` (decoded, cut to 200 bytes; blank
/// values count as absent).
pub fn param(search: &str, name: &str) -> Option<String> {
    let search = search.strip_prefix('?').unwrap_or(search);
    search
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| decode_component(k) == name)
        .map(|(_, v)| {
            let mut v = decode_component(v);
            if v.len() > MAX_PARAM {
                let mut cut = MAX_PARAM;
                while !v.is_char_boundary(cut) {
                    cut -= 1;
                }
                v.truncate(cut);
            }
            v
        })
        .filter(|v| !v.trim().is_empty())
}

impl Route {
    /// Reads a route from `location.search` (with or without the `?`).
    pub fn parse(search: &str) -> Route {
        match param(search, "article") {
            Some(id) => Route::Article {
                id,
                version: param(search, "v"),
                embed: is_flag_on(param(search, "embed").as_deref()),
            },
            None if param(search, "view").as_deref() == Some("progress") => Route::Progress,
            None if param(search, "view").as_deref() == Some("words") => Route::Words,
            None => Route::Index {
                category: param(search, "category"),
                query: param(search, "q"),
                page: page_number(param(search, "page").as_deref()),
            },
        }
    }

    /// The query string for this route, starting with `?` (just `?` for the
    /// unfiltered index, which resolves to the app's own directory).
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        match self {
            Route::Index {
                category,
                query,
                page,
            } => {
                if let Some(c) = category {
                    parts.push(format!("category={}", encode_component(c)));
                }
                if let Some(q) = query {
                    parts.push(format!("q={}", encode_component(q)));
                }
                if *page > 1 {
                    parts.push(format!("page={page}"));
                }
            }
            Route::Article { id, version, embed } => {
                parts.push(format!("article={}", encode_component(id)));
                if let Some(v) = version {
                    parts.push(format!("v={}", encode_component(v)));
                }
                if *embed {
                    parts.push("embed=1".to_owned());
                }
            }
            Route::Progress => parts.push("view=progress".to_owned()),
            Route::Words => parts.push("view=words".to_owned()),
        }
        format!("?{}", parts.join("&"))
    }

    pub fn article(id: &str) -> Route {
        Route::Article {
            id: id.to_owned(),
            version: None,
            embed: false,
        }
    }

    /// True for the embed view of an article.
    pub fn is_embed(&self) -> bool {
        matches!(self, Route::Article { embed: true, .. })
    }
}

/// A page number from an address: a positive integer, else page 1.
pub fn page_number(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|&n| n >= 1)
        .unwrap_or(1)
}

impl Route {
    /// The index of `category`, page `page` (no search).
    pub fn listing(category: Option<&str>, page: u32) -> Route {
        Route::Index {
            category: category.map(str::to_owned),
            query: None,
            page: page.max(1),
        }
    }
}

/// `1`, `true` and `yes` turn a flag on; anything else (or nothing) is off.
fn is_flag_on(value: Option<&str>) -> bool {
    value.is_some_and(|v| matches!(v.trim(), "1" | "true" | "yes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_pages() {
        assert_eq!(Route::parse(""), Route::default());
        assert_eq!(Route::parse("?"), Route::default());
        assert_eq!(
            Route::parse("?article=ai-distillation"),
            Route::article("ai-distillation")
        );
        assert_eq!(
            Route::parse("?v=kids&article=x"),
            Route::Article {
                id: "x".into(),
                version: Some("kids".into()),
                embed: false,
            }
        );
        assert_eq!(
            Route::parse("category=Science+%26+Health&q=r%C3%A9sum%C3%A9"),
            Route::Index {
                category: Some("Science & Health".into()),
                query: Some("résumé".into()),
                page: 1,
            }
        );
        assert_eq!(Route::parse("?article="), Route::default());
        assert_eq!(Route::parse("?page=3"), Route::listing(None, 3));
        for bad in ["0", "-1", "x", "99999999999", ""] {
            assert_eq!(
                Route::parse(&format!("?page={bad}")),
                Route::default(),
                "{bad}"
            );
        }
    }

    #[test]
    fn round_trips() {
        for r in [
            Route::default(),
            Route::article("a-b"),
            Route::Article {
                id: "../x?y#z".into(),
                version: Some("é".into()),
                embed: false,
            },
            Route::Article {
                id: "a".into(),
                version: Some("teens".into()),
                embed: true,
            },
            Route::Index {
                category: Some("A&B=C".into()),
                query: Some("100% sure +1".into()),
                page: 1,
            },
            Route::Index {
                category: Some("science".into()),
                query: None,
                page: 7,
            },
            Route::Progress,
        ] {
            assert_eq!(Route::parse(&r.to_search()), r);
        }
    }

    #[test]
    fn progress_page() {
        assert_eq!(Route::parse("?view=progress"), Route::Progress);
        assert_eq!(Route::Progress.to_search(), "?view=progress");
        assert_eq!(Route::parse("?view=words"), Route::Words);
        assert_eq!(Route::Words.to_search(), "?view=words");
        // An article wins over the view; unknown views are the index.
        assert_eq!(
            Route::parse("?view=progress&article=x"),
            Route::article("x")
        );
        assert_eq!(Route::parse("?view=nope"), Route::default());
        assert_eq!(Route::parse("?view=progress&seed=3"), Route::Progress);
    }

    #[test]
    fn embed_flag() {
        let embed = |search: &str| Route::parse(search).is_embed();
        assert!(embed("?article=x&embed=1"));
        assert!(embed("?embed=true&article=x"));
        assert!(embed("?article=x&embed=yes&v=kids"));
        for off in [
            "?article=x",
            "?article=x&embed=0",
            "?article=x&embed=",
            "?article=x&embed=2",
        ] {
            assert!(!embed(off), "{off}");
        }
        // Only articles have an embed view.
        assert_eq!(Route::parse("?embed=1"), Route::default());
        assert!(!Route::parse("?view=progress&embed=1").is_embed());
        let r = Route::Article {
            id: "x".into(),
            version: None,
            embed: true,
        };
        assert_eq!(r.to_search(), "?article=x&embed=1");
        assert_eq!(Route::article("x").to_search(), "?article=x");
    }

    #[test]
    fn strips_named_params_only() {
        let names = ["article", "v", "view"];
        assert_eq!(strip_params("?article=x&v=kids&seed=3", &names), "?seed=3");
        assert_eq!(strip_params("?article=x&v=kids", &names), "");
        assert_eq!(strip_params("", &names), "");
        assert_eq!(strip_params("?%61rticle=x&q=a%26b", &names), "?q=a%26b");
        assert_eq!(strip_params("seed=1&&view=progress", &names), "?seed=1");
    }

    #[test]
    fn hostile_query_strings_never_panic() {
        for s in [
            "?article=%",
            "?article=%E2%82",
            "?%%%=&&&==",
            "?article=%ZZ",
            "?article=\u{0}",
        ] {
            let _ = Route::parse(s);
        }
        assert_eq!(Route::parse("?article=%E2%82"), Route::article("\u{FFFD}"));
        let long = format!("?q={}", "é".repeat(500));
        match Route::parse(&long) {
            Route::Index { query: Some(q), .. } => assert!(q.len() <= MAX_PARAM),
            other => panic!("unexpected {other:?}"),
        }
    }
}

//! Query-string routing. Every page is `index.html` plus a query string, so
//! deep links work on any static host, under any sub-path, without rewrite
//! rules, and the URL fragment stays free for in-page anchors.
//!
//! - `?` (nothing): the index; `?category=Science&q=chips` filters it.
//! - `?article=<id>` and optionally `&v=<version id>`: an article.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Index {
        category: Option<String>,
        query: Option<String>,
    },
    Article {
        id: String,
        version: Option<String>,
    },
}

impl Default for Route {
    fn default() -> Self {
        Route::Index {
            category: None,
            query: None,
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

/// Longest parameter value kept; longer ones are cut (on a char boundary).
const MAX_PARAM: usize = 200;

fn param(search: &str, name: &str) -> Option<String> {
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
            },
            None => Route::Index {
                category: param(search, "category"),
                query: param(search, "q"),
            },
        }
    }

    /// The query string for this route, starting with `?` (just `?` for the
    /// unfiltered index, which resolves to the app's own directory).
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        match self {
            Route::Index { category, query } => {
                if let Some(c) = category {
                    parts.push(format!("category={}", encode_component(c)));
                }
                if let Some(q) = query {
                    parts.push(format!("q={}", encode_component(q)));
                }
            }
            Route::Article { id, version } => {
                parts.push(format!("article={}", encode_component(id)));
                if let Some(v) = version {
                    parts.push(format!("v={}", encode_component(v)));
                }
            }
        }
        format!("?{}", parts.join("&"))
    }

    pub fn article(id: &str) -> Route {
        Route::Article {
            id: id.to_owned(),
            version: None,
        }
    }
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
                version: Some("kids".into())
            }
        );
        assert_eq!(
            Route::parse("category=Science+%26+Health&q=r%C3%A9sum%C3%A9"),
            Route::Index {
                category: Some("Science & Health".into()),
                query: Some("résumé".into())
            }
        );
        assert_eq!(Route::parse("?article="), Route::default());
    }

    #[test]
    fn round_trips() {
        for r in [
            Route::default(),
            Route::article("a-b"),
            Route::Article {
                id: "../x?y#z".into(),
                version: Some("é".into()),
            },
            Route::Index {
                category: Some("A&B=C".into()),
                query: Some("100% sure +1".into()),
            },
        ] {
            assert_eq!(Route::parse(&r.to_search()), r);
        }
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

//! `sitemap.xml` (<https://www.sitemaps.org/protocol.html>) for the
//! pre-rendered pages, written when the site's absolute URL is known.

use gloss_core::html::escape_xml;

/// The sitemap of `paths` (page addresses relative to the site root, e.g.
/// `articles/x/`; empty for the root) under `site_url` (ending in `/`).
pub fn sitemap<'a>(site_url: &str, paths: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in paths {
        out.push_str("  <url><loc>");
        out.push_str(&escape_xml(&format!("{site_url}{path}")));
        out.push_str("</loc></url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_page_under_the_site_url() {
        let xml = sitemap(
            "https://example.org/gloss/",
            ["", "articles/a/", "articles/a/teens/", "progress/"],
        );
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert!(xml.ends_with("</urlset>\n"));
        for loc in [
            "<loc>https://example.org/gloss/</loc>",
            "<loc>https://example.org/gloss/articles/a/</loc>",
            "<loc>https://example.org/gloss/articles/a/teens/</loc>",
            "<loc>https://example.org/gloss/progress/</loc>",
        ] {
            assert!(xml.contains(loc), "{loc} in {xml}");
        }
        assert_eq!(xml.matches("<url>").count(), 4);
    }

    #[test]
    fn urls_are_escaped() {
        let xml = sitemap("https://example.org/?a=1&b=<2>/", ["it's/\"x\"/"]);
        assert!(xml.contains(
            "<loc>https://example.org/?a=1&amp;b=&lt;2&gt;/it&apos;s/&quot;x&quot;/</loc>"
        ));
        // Only the markup's own angle brackets remain.
        let inner = &xml[xml.find("<loc>").unwrap_or(0) + 5..xml.find("</loc>").unwrap_or(0)];
        assert!(!inner.contains(['<', '>', '"', '\'']));
        assert_eq!(inner.matches('&').count(), inner.matches(';').count());
    }
}

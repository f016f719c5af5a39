//! The "Share / embed" panel's text: the article's link, its embed URL and
//! the iframe snippet to paste into a school portal (docs/embedding.md).
//! Content text (the title) is escaped for an HTML attribute here
//! ([`crate::html::escape_attr`]).

use crate::html::escape_attr;
use crate::route::Route;

/// Height the snippet's iframe starts at, before the first height message.
pub const INITIAL_HEIGHT: u32 = 800;

/// Path of the host script, relative to the app's directory.
pub const HOST_SCRIPT: &str = "embed/gloss-embed.js";

/// The app's address without query or fragment (`https://host/sub/`), from
/// any address of one of its pages.
pub fn app_url(href: &str) -> &str {
    let end = href.find(['?', '#']).unwrap_or(href.len());
    &href[..end]
}

/// Absolute link to an article's full page.
pub fn article_url(app: &str, id: &str, version: Option<&str>) -> String {
    let route = Route::Article {
        id: id.to_owned(),
        version: version.map(str::to_owned),
        embed: false,
    };
    format!("{app}{}", route.to_search())
}

/// Absolute address of an article's embed view.
pub fn embed_url(app: &str, id: &str, version: Option<&str>) -> String {
    let route = Route::Article {
        id: id.to_owned(),
        version: version.map(str::to_owned),
        embed: true,
    };
    format!("{app}{}", route.to_search())
}

/// The iframe (with a title for screen readers) and the host script that
/// keeps its height equal to the article's.
pub fn iframe_snippet(app: &str, id: &str, version: Option<&str>, title: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title} (Gloss)\" width=\"100%\" height=\"{INITIAL_HEIGHT}\" loading=\"lazy\" data-gloss-embed></iframe>\n<script src=\"{script}\" async></script>",
        src = escape_attr(&embed_url(app, id, version)),
        title = escape_attr(title),
        script = escape_attr(&format!("{app}{HOST_SCRIPT}")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: &str = "https://example.org/schools/gloss/";

    #[test]
    fn urls() {
        assert_eq!(
            app_url("https://example.org/schools/gloss/?article=x#quiz"),
            APP
        );
        assert_eq!(
            app_url("https://example.org/a/index.html#top"),
            "https://example.org/a/index.html"
        );
        assert_eq!(app_url(APP), APP);
        assert_eq!(
            article_url(APP, "chips", None),
            format!("{APP}?article=chips")
        );
        assert_eq!(
            embed_url(APP, "chips", Some("teens")),
            format!("{APP}?article=chips&v=teens&embed=1")
        );
    }

    #[test]
    fn snippet_is_escaped() {
        let s = iframe_snippet(APP, "chips", None, "Chips & \"AI\" <b>now</b>");
        assert_eq!(
            s,
            "<iframe src=\"https://example.org/schools/gloss/?article=chips&amp;embed=1\" \
             title=\"Chips &amp; &quot;AI&quot; &lt;b&gt;now&lt;/b&gt; (Gloss)\" width=\"100%\" \
             height=\"800\" loading=\"lazy\" data-gloss-embed></iframe>\n\
             <script src=\"https://example.org/schools/gloss/embed/gloss-embed.js\" async></script>"
        );
        assert_eq!(escape_attr("it's\u{0}ok"), "it's ok");
    }
}

//! Turning Trunk's `index.html` into one pre-rendered page: the template's
//! relative URLs made to climb from the page's directory, its title,
//! description, canonical link and Open Graph tags, the app's HTML between
//! the markers, and the page's document as inert JSON for hydration. Pure
//! string work, tested here; `prerender.rs` does the files.

use gloss_core::html::escape_attr;

use crate::postbuild::minify::minify_json;

/// The region of `index.html` a page's HTML replaces (markers included).
pub const APP_START: &str = "<!--gloss:app-->";
pub const APP_END: &str = "<!--/gloss:app-->";

/// What goes into one page.
#[derive(Debug, Clone)]
pub struct PageParts<'a> {
    /// `../` once per directory below the site root (empty at the root).
    pub up: &'a str,
    /// The route's path (`articles/x/`; empty for the index).
    pub route_path: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// The page's absolute URL, when the site's URL is known.
    pub canonical: Option<&'a str>,
    /// `website` or `article`.
    pub og_type: &'a str,
    /// The app's HTML for `<div id="app">`.
    pub body: &'a str,
    /// The page's source document (JSON text), if the app needs one.
    pub document: Option<&'a str>,
}

/// Why a template cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("index.html has no {APP_START} … {APP_END} region (is it Trunk's output of this project's index.html?)")]
    NoAppRegion,
    #[error("index.html has no {0}")]
    Missing(&'static str),
}

/// True for a URL that resolves against the page (not `#x`, `/x`, `//x`,
/// `https:…`, `data:…`).
fn is_relative(url: &str) -> bool {
    let url = url.trim_start();
    if url.is_empty() || url.starts_with(['#', '/', '?']) {
        return false;
    }
    let scheme_end = url.find(':');
    let path_end = url.find(['/', '?', '#']).unwrap_or(url.len());
    !matches!(scheme_end, Some(i) if i < path_end)
}

/// `url` as seen from `up` directories below: `./x` and `x` become `../x`.
fn climb(url: &str, up: &str) -> String {
    let rest = url.strip_prefix("./").unwrap_or(url);
    format!("{up}{rest}")
}

/// Rewrites `attr="relative"` values in `html` to climb `up`.
fn rewrite_attributes(html: &str, up: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    loop {
        let next = ["href=\"", "src=\""]
            .iter()
            .filter_map(|a| rest.find(a).map(|i| (i, a.len())))
            .min();
        let Some((at, len)) = next else {
            out.push_str(rest);
            return out;
        };
        // Only attributes: the character before must be whitespace.
        let is_attr = rest[..at].ends_with(char::is_whitespace);
        let value_start = at + len;
        let Some(value_len) = rest[value_start..].find('"') else {
            out.push_str(rest);
            return out;
        };
        let value = &rest[value_start..value_start + value_len];
        out.push_str(&rest[..value_start]);
        if is_attr && is_relative(value) {
            out.push_str(&climb(value, up));
        } else {
            out.push_str(value);
        }
        rest = &rest[value_start + value_len..];
    }
}

/// Rewrites the module loader's `'./file'` imports in `<script type="module">`.
fn rewrite_module_scripts(html: &str, up: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = rest.find("<script type=\"module\">") {
        let body_start = at + "<script type=\"module\">".len();
        let Some(len) = rest[body_start..].find("</script>") else {
            break;
        };
        out.push_str(&rest[..body_start]);
        let body = &rest[body_start..body_start + len];
        out.push_str(
            &body
                .replace("'./", &format!("'{up}"))
                .replace("\"./", &format!("\"{up}")),
        );
        rest = &rest[body_start + len..];
    }
    out.push_str(rest);
    out
}

/// The page's JSON document, safe inside `<script type="application/json">`:
/// every `<` (which valid JSON has only inside strings) becomes `\u003c`, so
/// no text can close the element or open a comment; and without the file's
/// indentation ([`minify_json`]): bytes on every article page's critical
/// path (4.7 kB of a 69 kB page, 1 kB gzipped).
pub fn script_json(text: &str) -> String {
    minify_json(text).replace('<', "\\u003c")
}

fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Option<String> {
    let a = html.find(start)?;
    let b = a + html[a..].find(end)? + end.len();
    Some(format!("{}{with}{}", &html[..a], &html[b..]))
}

/// The template with the app region and any earlier CSP `<meta>` checked
/// (the CSP is written per page by `postbuild`).
pub fn check_template(html: &str) -> Result<(), TemplateError> {
    let start = html.find(APP_START).ok_or(TemplateError::NoAppRegion)?;
    if !html[start..].contains(APP_END) {
        return Err(TemplateError::NoAppRegion);
    }
    for needed in ["<title>", "</head>", "</body>"] {
        if !html.contains(needed) {
            return Err(TemplateError::Missing(needed));
        }
    }
    Ok(())
}

/// The template without its comments, which are for whoever reads
/// `index.html` and would cost every page's first bytes; the app region's
/// markers stay, and nothing inside a `<script>` is touched.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        let (before, tail) = rest.split_at(at);
        out.push_str(before);
        if tail.starts_with("<script") {
            let end = tail
                .find("</script>")
                .map_or(tail.len(), |e| e + "</script>".len());
            out.push_str(&tail[..end]);
            rest = &tail[end..];
        } else if tail.starts_with("<!--")
            && !tail.starts_with(APP_START)
            && !tail.starts_with(APP_END)
        {
            let end = tail.find("-->").map_or(tail.len(), |e| e + "-->".len());
            // A comment alone on its line goes with its line.
            if out.ends_with([' ', '\n']) && tail[end..].starts_with('\n') {
                out.truncate(out.trim_end_matches(' ').len());
                rest = &tail[end + usize::from(out.ends_with('\n'))..];
            } else {
                rest = &tail[end..];
            }
        } else {
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// One page from the template.
pub fn page(template: &str, parts: &PageParts<'_>) -> Result<String, TemplateError> {
    check_template(template)?;
    let mut html = without_comments(&crate::postbuild::csp::without_meta(template));
    if !parts.up.is_empty() {
        html = rewrite_module_scripts(&rewrite_attributes(&html, parts.up), parts.up);
    }
    let title = escape_attr(parts.title);
    let description = escape_attr(parts.description);
    html = replace_between(
        &html,
        "<title>",
        "</title>",
        &format!("<title>{title}</title>"),
    )
    .ok_or(TemplateError::Missing("<title>"))?;
    if let Some(at) = html.find("<meta name=\"description\" content=\"") {
        let value = at + "<meta name=\"description\" content=\"".len();
        if let Some(len) = html[value..].find('"') {
            html.replace_range(value..value + len, &description);
        }
    }
    let mut head = format!(
        "<meta name=\"gloss:root\" content=\"{}\" />\n    <meta name=\"gloss:route\" content=\"{}\" />\n",
        if parts.up.is_empty() { "./" } else { parts.up },
        escape_attr(parts.route_path)
    );
    head.push_str(&format!(
        "    <meta property=\"og:title\" content=\"{title}\" />\n    <meta property=\"og:description\" content=\"{description}\" />\n    <meta property=\"og:type\" content=\"{}\" />\n",
        parts.og_type
    ));
    if let Some(url) = parts.canonical {
        let url = escape_attr(url);
        head.push_str(&format!(
            "    <link rel=\"canonical\" href=\"{url}\" />\n    <meta property=\"og:url\" content=\"{url}\" />\n"
        ));
    }
    // The document goes in <head>: inert data, read before hydration, and
    // <body> holds only what the app renders.
    if let Some(doc) = parts.document {
        head.push_str(&format!(
            "    <script type=\"application/json\" id=\"gloss-doc\">{}</script>\n",
            script_json(doc)
        ));
    }
    html = html.replacen("</head>", &format!("{head}  </head>"), 1);
    html =
        replace_between(&html, APP_START, APP_END, parts.body).ok_or(TemplateError::NoAppRegion)?;
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = r##"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Gloss — explained news</title>
    <meta name="description" content="Default." />
    <link rel="manifest" href="manifest.webmanifest" />
    <link rel="icon" href="./favicon-1.svg" />
    <link rel="preconnect" href="https://example.org/" />
<script type="module">
import init, * as bindings from './gloss-1.js';
const wasm = await init({ module_or_path: './gloss-1_bg.wasm' });
</script>
    <link rel="stylesheet" href="./main-1.css" integrity="sha384-x"/>
    <link rel="modulepreload" href="./gloss-1.js"><a href="#main">x</a>
  </head>
  <body>
    <div id="app"><!--gloss:app--><div id="boot">Loading</div><!--/gloss:app--></div>
  </body>
</html>"##;

    fn parts<'a>(up: &'a str, body: &'a str, doc: Option<&'a str>) -> PageParts<'a> {
        PageParts {
            up,
            route_path: "articles/x/",
            title: "A <b>\"title\"</b> · Gloss",
            description: "Summary & more",
            canonical: Some("https://example.org/gloss/articles/x/"),
            og_type: "article",
            body,
            document: doc,
        }
    }

    #[test]
    fn relative_urls_climb_from_the_page_directory() {
        let html = page(TEMPLATE, &parts("../../", "<main></main>", None)).unwrap();
        assert!(html.contains(r#"href="../../manifest.webmanifest""#));
        assert!(html.contains(r#"href="../../favicon-1.svg""#));
        assert!(html.contains(r#"href="../../main-1.css""#));
        assert!(html.contains(r#"href="../../gloss-1.js""#));
        assert!(html.contains("from '../../gloss-1.js'"));
        assert!(html.contains("module_or_path: '../../gloss-1_bg.wasm'"));
        // Absolute URLs and fragments stay.
        assert!(html.contains(r#"href="https://example.org/""#));
        assert!(html.contains(r##"href="#main""##));
        assert!(!html.contains("'./"));
    }

    #[test]
    fn the_root_page_keeps_its_urls() {
        let html = page(TEMPLATE, &parts("", "<main></main>", None)).unwrap();
        assert!(html.contains(r#"href="./favicon-1.svg""#));
        assert!(html.contains(r#"<meta name="gloss:root" content="./" />"#));
    }

    #[test]
    fn head_carries_escaped_title_description_canonical_and_route() {
        let html = page(TEMPLATE, &parts("../../", "<main></main>", None)).unwrap();
        assert!(html.contains("<title>A &lt;b&gt;&quot;title&quot;&lt;/b&gt; · Gloss</title>"));
        assert!(html.contains(r#"<meta name="description" content="Summary &amp; more" />"#));
        assert!(html
            .contains(r#"<link rel="canonical" href="https://example.org/gloss/articles/x/" />"#));
        assert!(html.contains(r#"<meta property="og:type" content="article" />"#));
        assert!(html.contains(r#"<meta name="gloss:route" content="articles/x/" />"#));
        assert!(html.contains(r#"<meta name="gloss:root" content="../../" />"#));
        assert_eq!(html.matches("<title>").count(), 1);
    }

    #[test]
    fn the_app_region_is_replaced_by_the_page() {
        let html = page(TEMPLATE, &parts("../../", "<main>Text</main>", None)).unwrap();
        assert!(html.contains(r#"<div id="app"><main>Text</main></div>"#));
        assert!(!html.contains("Loading"));
        assert!(!html.contains(APP_START));
    }

    #[test]
    fn a_hostile_document_cannot_close_its_script_element() {
        let doc = r#"{"title":"</script><script>alert(1)</script><!--"}"#;
        let html = page(TEMPLATE, &parts("../../", "<main></main>", Some(doc))).unwrap();
        let start = html
            .find(r#"<script type="application/json" id="gloss-doc">"#)
            .unwrap();
        let tail = &html[start..];
        let end = tail.find("</script>").unwrap();
        let inner = &tail[tail.find('>').unwrap() + 1..end];
        assert!(!inner.contains('<'));
        let parsed: serde_json::Value = serde_json::from_str(inner).unwrap();
        assert_eq!(parsed["title"], "</script><script>alert(1)</script><!--");
        assert_eq!(html.matches("<script>").count(), 0);
        assert!(
            start < html.find("</head>").unwrap(),
            "the document is in <head>"
        );
    }

    #[test]
    fn the_document_loses_its_indentation_and_its_less_than_signs() {
        let doc = "{\n  \"x\": \"<b> </b>\"\n}\n";
        assert_eq!(script_json(doc), r#"{"x":"\u003cb> \u003c/b>"}"#);
    }

    #[test]
    fn pages_carry_no_template_comments_but_keep_scripts_and_the_app() {
        let template = TEMPLATE.replace(
            "<title>",
            "<!-- a note\n         for developers -->\n    <script>if(a<!--b)c()</script>\n    <title>",
        );
        let html = page(&template, &parts("", "<p>Body</p><!--hk-->", None)).unwrap();
        assert!(!html.contains("for developers"), "{html}");
        assert!(
            html.contains("<script>if(a<!--b)c()</script>\n    <title>"),
            "{html}"
        );
        assert!(html.contains("<p>Body</p><!--hk-->"), "{html}");
        assert_eq!(without_comments("a <!-- x --> b"), "a  b");
        assert_eq!(without_comments("a\n  <!-- x -->\n  b"), "a\n  b");
        assert_eq!(without_comments("<!-- open"), "");
    }

    #[test]
    fn templates_without_the_app_region_are_refused() {
        let no_region = TEMPLATE.replace(APP_START, "");
        assert_eq!(
            page(&no_region, &parts("", "", None)).unwrap_err(),
            TemplateError::NoAppRegion
        );
    }

    #[test]
    fn relative_means_relative() {
        for yes in ["x.css", "./x.css", "icons/a.png", "x?at=1:2"] {
            assert!(is_relative(yes), "{yes}");
        }
        for no in ["#x", "/x", "//cdn/x", "https://x", "data:x", "mailto:a", ""] {
            assert!(!is_relative(no), "{no}");
        }
    }
}

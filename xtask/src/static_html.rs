//! The static-HTML baseline of an article: the same JSON rendered once, on
//! the build machine, into a plain HTML page with no script at all. The
//! benchmark (`scripts/bench.sh`) serves it next to the app to show the
//! physical limit for putting that text on screen.
//!
//! It renders what the app's article page shows for the first audience
//! version (header, hook, sections, key terms, the quiz's questions and
//! choices) with the app's element structure and class names, so the app's
//! stylesheet applies. Inline markup goes through `gloss_core::content::markup`, and
//! every piece of content is escaped (`gloss_core::html`): text and attribute
//! values alike.

use std::fmt::Write as _;

use gloss_core::content::anchors::{glossary_ids, paragraph_id, section_ids};
use gloss_core::content::markup::{self, Inline};
use gloss_core::content::model::{Article, Index};
use gloss_core::content::reading::reading_minutes;
use gloss_core::html::{escape_attr, escape_text};
use gloss_core::{content::date, content::url};

fn inlines(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text(t) => out.push_str(&escape_text(t)),
            Inline::Emph(c) => {
                out.push_str("<em>");
                inlines(c, out);
                out.push_str("</em>");
            }
            Inline::Strong(c) => {
                out.push_str("<strong>");
                inlines(c, out);
                out.push_str("</strong>");
            }
            // The parser only returns links that passed `check_https_url`.
            Inline::Link { href, children } => {
                let _ = write!(
                    out,
                    r#"<a href="{}" target="_blank" rel="noopener noreferrer">"#,
                    escape_attr(href)
                );
                inlines(children, out);
                out.push_str(r#"<span class="visually-hidden"> (opens in a new tab)</span></a>"#);
            }
        }
    }
}

/// Inline markup → HTML.
pub fn rich(src: &str) -> String {
    let mut out = String::new();
    inlines(&markup::parse_nodes(src), &mut out);
    out
}

/// Options for [`render_article`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `href` of a stylesheet to link (e.g. the app's hashed CSS file).
    pub css_href: Option<String>,
    /// `href` of the icon (e.g. the app's hashed favicon), so the browser
    /// does not ask for `/favicon.ico`.
    pub icon_href: Option<String>,
}

/// The whole page of one (already validated) article.
pub fn render_article(a: &Article, opts: &Options) -> String {
    let mut h = String::with_capacity(32 * 1024);
    let title = escape_text(&a.title);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title} · Gloss</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape_attr(&a.summary)
    );
    if let Some(css) = &opts.css_href {
        let _ = writeln!(h, "<link rel=\"stylesheet\" href=\"{}\">", escape_attr(css));
    }
    if let Some(icon) = &opts.icon_href {
        let _ = writeln!(h, "<link rel=\"icon\" href=\"{}\">", escape_attr(icon));
    }
    h.push_str("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n");
    h.push_str("<header class=\"site-header\"><a class=\"brand\" href=\"./\">Gloss</a></header>\n");
    h.push_str("<main id=\"main\" tabindex=\"-1\" class=\"page article-page\">\n");
    h.push_str("<a class=\"back-link\" href=\"./\">Back to articles</a>\n");
    let _ = writeln!(
        h,
        "<article class=\"article\" lang=\"{}\" dir=\"{}\">",
        escape_attr(&a.lang),
        a.dir.as_str()
    );

    // Header.
    let version = a.versions.first();
    let minutes = version.map(reading_minutes).unwrap_or(1);
    let _ = write!(
        h,
        "<header class=\"article-header\">\n<p class=\"article-meta\"><span class=\"category\">{}</span>\
         <time datetime=\"{}\">{}</time><span class=\"reading-time\">{minutes} min read</span></p>\n\
         <h1>{title}</h1>\n",
        escape_text(&a.category),
        escape_attr(&a.published),
        escape_text(&date::display(&a.published)),
    );
    let _ = writeln!(
        h,
        "<p class=\"source\">Original reporting: <a class=\"source-link\" href=\"{}\" target=\"_blank\" \
         rel=\"noopener noreferrer\">{}<span class=\"visually-hidden\"> (opens in a new tab)</span></a> — {}\
         <span class=\"source-host\"> ({})</span></p>",
        escape_attr(&a.source.url),
        escape_text(&a.source.title),
        escape_text(&a.source.publisher),
        escape_text(url::host(&a.source.url).unwrap_or_default()),
    );
    if !a.attachments.is_empty() {
        h.push_str("<ul class=\"attachments\" aria-label=\"Attachments\">\n");
        for att in &a.attachments {
            let _ = writeln!(
                h,
                "<li><a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\"><span class=\"attachment-kind\">{}</span> {}\
                 <span class=\"visually-hidden\"> (opens in a new tab)</span></a></li>",
                escape_attr(&att.url),
                att.kind.label(),
                escape_text(&att.label)
            );
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</header>\n");

    // Body: the first audience version.
    if let Some(v) = version {
        h.push_str("<div class=\"article-body\">\n");
        let _ = writeln!(h, "<p class=\"hook\">{}</p>", rich(&v.hook));
        for (s, id) in v.sections.iter().zip(section_ids(&v.sections)) {
            let id = escape_attr(&id);
            let _ = writeln!(
                h,
                "<section class=\"article-section section-{}\" id=\"{id}\" aria-labelledby=\"{id}-heading\">\n\
                 <h2 id=\"{id}-heading\">{}</h2>",
                s.kind.slug(),
                escape_text(s.heading())
            );
            for p in &s.paragraphs {
                match p.anchor() {
                    Some(anchor) => {
                        let _ = writeln!(
                            h,
                            "<p id=\"{}\">{}</p>",
                            escape_attr(&paragraph_id(anchor)),
                            rich(p.text())
                        );
                    }
                    None => {
                        let _ = writeln!(h, "<p>{}</p>", rich(p.text()));
                    }
                }
            }
            if !s.cards.is_empty() {
                h.push_str("<ul class=\"cards\">\n");
                for c in &s.cards {
                    let _ = writeln!(
                        h,
                        "<li class=\"card\"><h3>{}</h3><p>{}</p></li>",
                        escape_text(&c.title),
                        rich(&c.text)
                    );
                }
                h.push_str("</ul>\n");
            }
            if !s.points.is_empty() {
                h.push_str("<ul class=\"key-points\">\n");
                for p in &s.points {
                    let _ = writeln!(h, "<li>{}</li>", rich(p));
                }
                h.push_str("</ul>\n");
            }
            h.push_str("</section>\n");
        }
        h.push_str("</div>\n");
    }

    // Key terms, alphabetically.
    if !a.glossary.is_empty() {
        let ids = glossary_ids(&a.glossary);
        let mut order: Vec<usize> = (0..a.glossary.len()).collect();
        order.sort_by_key(|&i| a.glossary[i].term.to_lowercase());
        h.push_str(
            "<section id=\"glossary\" class=\"glossary\" aria-labelledby=\"glossary-heading\">\n\
             <h2 id=\"glossary-heading\">Key terms</h2>\n<dl class=\"glossary-list\">\n",
        );
        for i in order {
            let g = &a.glossary[i];
            let _ = writeln!(
                h,
                "<div class=\"glossary-entry\"><dt id=\"{}\">{}</dt><dd>{}</dd></div>",
                escape_attr(&ids[i]),
                escape_text(&g.term),
                rich(&g.definition)
            );
        }
        h.push_str("</dl>\n</section>\n");
    }

    // The quiz's questions, as a printed worksheet would show them.
    if let Some(quiz) = &a.quiz {
        h.push_str(
            "<section id=\"quiz\" class=\"quiz\" aria-labelledby=\"quiz-heading\">\n\
             <h2 id=\"quiz-heading\">Check your understanding</h2>\n<ol class=\"quiz-questions\">\n",
        );
        for q in &quiz.questions {
            let _ = write!(h, "<li><p>{}</p><ul>", rich(&q.prompt));
            for c in &q.choices {
                let _ = write!(h, "<li>{}</li>", rich(&c.text));
            }
            h.push_str("</ul></li>\n");
        }
        h.push_str("</ol>\n</section>\n");
    }

    h.push_str("</article>\n</main>\n");
    h.push_str("<footer class=\"site-footer\"><p>Gloss — explained news.</p></footer>\n");
    h.push_str("</body>\n</html>\n");
    h
}

/// A one-page list of an index, for completeness (not used by the bench).
pub fn render_index(index: &Index) -> String {
    let mut h = String::from("<ul class=\"article-list\">\n");
    for e in &index.articles {
        let _ = writeln!(
            h,
            "<li class=\"article-card\"><h2><a href=\"?article={}\">{}</a></h2><p class=\"card-summary\">{}</p></li>",
            escape_attr(&e.id),
            escape_text(&e.title),
            escape_text(&e.summary)
        );
    }
    h.push_str("</ul>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_escaped_in_text_and_in_attributes() {
        let mut a = gloss_core::parse_article(
            "minimal",
            include_str!("../../crates/core/tests/fixtures/minimal.json"),
        )
        .unwrap();
        a.title = "<b>\"A\" & 'B'</b>".into();
        a.summary = "\" onload=\"x".into();
        let page = render_article(&a, &Options::default());
        assert!(
            page.contains("<h1>&lt;b&gt;\"A\" &amp; 'B'&lt;/b&gt;</h1>"),
            "{page}"
        );
        assert!(
            page.contains("<meta name=\"description\" content=\"&quot; onload=&quot;x\">"),
            "{page}"
        );
        assert!(!page.contains("<b>"));
    }

    #[test]
    fn markup_becomes_elements_and_unsafe_links_text() {
        assert_eq!(
            rich("*a* **<b>** [c](https://c.example/?q=\"x\") [d](javascript:alert(1))"),
            "<em>a</em> <strong>&lt;b&gt;</strong> c d"
        );
        assert_eq!(
            rich("[c](https://c.example/a&b)"),
            "<a href=\"https://c.example/a&amp;b\" target=\"_blank\" rel=\"noopener noreferrer\">c\
             <span class=\"visually-hidden\"> (opens in a new tab)</span></a>"
        );
    }
}

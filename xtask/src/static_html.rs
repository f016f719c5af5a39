//! The static-HTML baseline of an article: the same JSON rendered once, on
//! the build machine, into a plain HTML page with no script at all. The
//! benchmark (`scripts/bench.sh`) serves it next to the app to show the
//! physical limit for putting that text on screen.
//!
//! It renders what the app's article page shows for the first audience
//! version (header, hook, sections, key terms, the quiz's questions and
//! choices) with the app's element structure and class names, so the app's
//! stylesheet applies. Inline markup goes through `gloss_core::content::markup`, and
//! every piece of content is escaped: text and attribute values alike.

use std::fmt::Write as _;

use gloss_core::content::anchors::{glossary_ids, paragraph_id, section_ids};
use gloss_core::content::markup::{self, Inline};
use gloss_core::content::model::{Article, Index};
use gloss_core::content::reading::reading_minutes;
use gloss_core::{content::date, content::url};

/// Escapes text for an HTML text node or a double-quoted attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL is a parse error in HTML; the app's validator refuses
            // control characters anyway.
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn inlines(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text(t) => out.push_str(&escape(t)),
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
                    escape(href)
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
    let title = escape(&a.title);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>{title} · Gloss</title>\n<meta name=\"description\" content=\"{}\">\n",
        escape(&a.summary)
    );
    if let Some(css) = &opts.css_href {
        let _ = writeln!(h, "<link rel=\"stylesheet\" href=\"{}\">", escape(css));
    }
    if let Some(icon) = &opts.icon_href {
        let _ = writeln!(h, "<link rel=\"icon\" href=\"{}\">", escape(icon));
    }
    h.push_str("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n");
    h.push_str("<header class=\"site-header\"><a class=\"brand\" href=\"./\">Gloss</a></header>\n");
    h.push_str("<main id=\"main\" tabindex=\"-1\" class=\"page article-page\">\n");
    h.push_str("<a class=\"back-link\" href=\"./\">Back to articles</a>\n");
    let _ = writeln!(
        h,
        "<article class=\"article\" lang=\"{}\" dir=\"{}\">",
        escape(&a.lang),
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
        escape(&a.category),
        escape(&a.published),
        escape(&date::display(&a.published)),
    );
    let _ = writeln!(
        h,
        "<p class=\"source\">Original reporting: <a class=\"source-link\" href=\"{}\" target=\"_blank\" \
         rel=\"noopener noreferrer\">{}<span class=\"visually-hidden\"> (opens in a new tab)</span></a> — {}\
         <span class=\"source-host\"> ({})</span></p>",
        escape(&a.source.url),
        escape(&a.source.title),
        escape(&a.source.publisher),
        escape(url::host(&a.source.url).unwrap_or_default()),
    );
    if !a.attachments.is_empty() {
        h.push_str("<ul class=\"attachments\" aria-label=\"Attachments\">\n");
        for att in &a.attachments {
            let _ = writeln!(
                h,
                "<li><a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\"><span class=\"attachment-kind\">{}</span> {}\
                 <span class=\"visually-hidden\"> (opens in a new tab)</span></a></li>",
                escape(&att.url),
                att.kind.label(),
                escape(&att.label)
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
            let id = escape(&id);
            let _ = writeln!(
                h,
                "<section class=\"article-section section-{}\" id=\"{id}\" aria-labelledby=\"{id}-heading\">\n\
                 <h2 id=\"{id}-heading\">{}</h2>",
                s.kind.slug(),
                escape(s.heading())
            );
            for p in &s.paragraphs {
                match p.anchor() {
                    Some(anchor) => {
                        let _ = writeln!(
                            h,
                            "<p id=\"{}\">{}</p>",
                            escape(&paragraph_id(anchor)),
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
                        escape(&c.title),
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
                escape(&ids[i]),
                escape(&g.term),
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
            escape(&e.id),
            escape(&e.title),
            escape(&e.summary)
        );
    }
    h.push_str("</ul>\n");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            escape(r#"<img src=x onerror="a('b')">&"#),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(escape("a\0b"), "a\u{FFFD}b");
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

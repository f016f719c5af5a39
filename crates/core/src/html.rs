//! Escaping text for HTML that is built as a string: the static-HTML pages,
//! the CSP `<meta>` tag and the sitemap (xtask) and the embed snippet
//! readers copy (`embed::snippet`). The app itself never builds HTML from text: its
//! content only ever becomes DOM text nodes.
//!
//! The one Rust implementation in the project; anything that writes HTML by
//! hand uses it.

/// Escapes text for an HTML text node: `&`, `<` and `>` become references,
/// so the text can never open a tag or a character reference. NUL (a parse
/// error in HTML; the validator refuses control characters anyway) becomes
/// U+FFFD, as a browser would read it. Quotes stay as they are: a text node
/// is not an attribute (use [`escape_attr`] there).
pub fn escape_text(s: &str) -> String {
    escape(s, false)
}

/// Escapes text for a *double-quoted* attribute value: `&`, `"`, `<` and
/// `>` become references and control characters (line breaks, tabs, NUL…)
/// become spaces, so the value stays on one line and can never end the
/// attribute or the tag. Apostrophes stay readable (`'self'` in a CSP, a
/// title in the embed snippet): never put the result in single quotes.
pub fn escape_attr(s: &str) -> String {
    escape(s, true)
}

/// Escapes text for XML, such as a sitemap's `<loc>` (sitemaps.org asks
/// for all five entities): [`escape_attr`], with `'` as `&apos;` too.
pub fn escape_xml(s: &str) -> String {
    escape_attr(s).replace('\'', "&apos;")
}

fn escape(s: &str, attr: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            c if attr && c.is_control() => out.push(' '),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_all_five() {
        assert_eq!(escape_xml("a&b<c>'d\"e"), "a&amp;b&lt;c&gt;&apos;d&quot;e");
    }

    #[test]
    fn text_cannot_open_a_tag_or_a_reference() {
        assert_eq!(
            escape_text(r#"<img src=x onerror="a('b')">&amp;"#),
            r#"&lt;img src=x onerror="a('b')"&gt;&amp;amp;"#
        );
        assert_eq!(escape_text("a\0b\nc"), "a\u{FFFD}b\nc");
        assert_eq!(escape_text("café 数据 — ok"), "café 数据 — ok");
    }

    #[test]
    fn attributes_cannot_end_the_quotes_or_the_line() {
        assert_eq!(
            escape_attr(r#"x" onload="a('b')"><&"#),
            "x&quot; onload=&quot;a('b')&quot;&gt;&lt;&amp;"
        );
        assert_eq!(escape_attr("it's\u{0}ok\r\n\t!"), "it's ok   !");
        assert_eq!(
            escape_attr("default-src 'self'; img-src https://a.example/?a=1&b=2"),
            "default-src 'self'; img-src https://a.example/?a=1&amp;b=2"
        );
    }

    #[test]
    fn escaping_is_not_idempotent_so_escape_once() {
        assert_eq!(escape_attr(&escape_attr("&")), "&amp;amp;");
        assert_eq!(escape_text(""), "");
    }
}

//! Smaller files for every reader's download (budget.json counts them);
//! the comments are for whoever reads the sources.
//!
//! - [`strip_comment_lines`]: comment lines out of the worker's scripts
//!   (`sw.js`, `sw-pages.js`), which Trunk copies as they are. Only
//!   whole-line comments go: lines that start with `//`, and blocks that
//!   start a line with `/*` and end one with `*/`; the precache markers
//!   stay. Nothing else changes, so the code is the code in `assets/`.
//! - [`minify_css`]: the stylesheet without comments and without the white
//!   space that means nothing; strings stay as they are.
//! - [`minify_json`]: a JSON document without white space outside strings
//!   (the article inside each pre-rendered page).
//! - [`stylesheet_integrity`]: the `integrity` Trunk wrote for a stylesheet,
//!   made true again for the minified file.

use super::precache::{BEGIN, END};

/// `js` without its whole-line comments and blank lines. A block comment
/// that does not end at the end of a line is kept whole.
pub fn strip_comment_lines(js: &str) -> String {
    let lines: Vec<&str> = js.lines().collect();
    let mut out = String::with_capacity(js.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if line.is_empty() || line.starts_with("//") {
            i += 1;
            continue;
        }
        if line.starts_with("/*") && !line.contains(BEGIN) && !line.contains(END) {
            let close = (i..lines.len()).find(|&j| lines[j].contains("*/"));
            if let Some(j) = close.filter(|&j| lines[j].trim_end().ends_with("*/")) {
                i = j + 1;
                continue;
            }
        }
        out.push_str(lines[i]);
        out.push('\n');
        i += 1;
    }
    out
}

/// `css` without comments, with white space runs made one space, and none
/// next to `{`, `}`, `;`, `,` or `>`, nor after `:` (in a selector a colon
/// is never followed by space), nor a `;` before `}`, and numbers without
/// a leading zero (`.5rem`). Quoted strings are copied as they are.
/// Idempotent.
pub fn minify_css(css: &str) -> String {
    const TIGHT: &[char] = &['{', '}', ';', ',', '>'];
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for d in chars.by_ref() {
                    if last == '*' && d == '/' {
                        break;
                    }
                    last = d;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            '"' | '\'' => {
                push_space(&mut out, &mut space, c, TIGHT);
                out.push(c);
                let mut escaped = false;
                for d in chars.by_ref() {
                    out.push(d);
                    if escaped {
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == c {
                        break;
                    }
                }
            }
            '}' if out.ends_with(';') => {
                out.pop();
                out.push('}');
                space = false;
            }
            // `0.5` is `.5`: the number starts the value (after `:`, `,`,
            // `(`, a space, or a sign that does), outside `url(`.
            '0' if starts_fraction(&chars) && number_may_start(&out, space) => {
                push_space(&mut out, &mut space, '.', TIGHT);
            }
            c => {
                push_space(&mut out, &mut space, c, TIGHT);
                out.push(c);
            }
        }
    }
    out
}

/// The next characters are `.` and a digit.
fn starts_fraction(chars: &std::iter::Peekable<std::str::Chars<'_>>) -> bool {
    let mut ahead = chars.clone();
    ahead.next() == Some('.') && ahead.next().is_some_and(|d| d.is_ascii_digit())
}

/// A number may start here: after white space, `:`, `,` or `(` (or a sign
/// right after one of them), and not inside an unquoted `url(…)`.
fn number_may_start(out: &str, space: bool) -> bool {
    let in_url = out.rfind("url(").is_some_and(|u| !out[u..].contains(')'));
    if in_url {
        return false;
    }
    let before = |s: &str| space || s.is_empty() || s.ends_with([':', ',', '(', ' ']);
    match out.strip_suffix(['-', '+']) {
        Some(rest) if !space => before(rest),
        _ => before(out),
    }
}

/// `json` without white space outside strings (the JSON kind: space, tab,
/// line feed, carriage return); strings are copied as they are. Total on
/// any text, idempotent.
pub fn minify_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Writes the pending space before `next`, unless either side is tight.
fn push_space(out: &mut String, space: &mut bool, next: char, tight: &[char]) {
    if std::mem::take(space)
        && !out.is_empty()
        && !tight.contains(&next)
        && !out.ends_with(tight)
        && !out.ends_with(':')
    {
        out.push(' ');
    }
}

/// `html` with the `integrity` of the `<link>` whose `href` ends in
/// `/<name>` (`./` at the root, `../../` below it) replaced by `integrity`.
/// Trunk writes `integrity` right after `href`.
pub fn stylesheet_integrity(html: &str, name: &str, integrity: &str) -> String {
    let attr = format!("/{name}\" integrity=\"");
    let Some(start) = html.find(&attr).map(|i| i + attr.len()) else {
        return html.to_owned();
    };
    let Some(end) = html[start..].find('"').map(|i| start + i) else {
        return html.to_owned();
    };
    format!("{}{integrity}{}", &html[..start], &html[end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_comments_go_and_code_stays_as_it_is() {
        let js = "// header\n'use strict';\n\n/**\n * Docs.\n */\nfunction f(a) { // why\n  return a / 2; /* half */\n}\n/* <gloss-precache> */\nconst X = 1;\n/* </gloss-precache> */\nconst u = 'http://x'; /* a\n b */ g();\n";
        assert_eq!(
            strip_comment_lines(js),
            "'use strict';\nfunction f(a) { // why\n  return a / 2; /* half */\n}\n/* <gloss-precache> */\nconst X = 1;\n/* </gloss-precache> */\nconst u = 'http://x'; /* a\n b */ g();\n"
        );
    }

    #[test]
    fn the_workers_scripts_keep_every_line_of_code() {
        for (name, js) in [
            ("sw.js", include_str!("../../../assets/sw.js")),
            ("sw-pages.js", include_str!("../../../assets/sw-pages.js")),
        ] {
            let stripped = strip_comment_lines(js);
            assert!(
                stripped.len() < js.len() * 9 / 10,
                "{name}: comments removed"
            );
            // Every line kept is a line of the source, in order.
            let mut source = js.lines();
            for line in stripped.lines() {
                assert!(source.any(|l| l == line), "{name}: {line}");
            }
            assert_eq!(
                strip_comment_lines(&stripped),
                stripped,
                "{name}: idempotent"
            );
            assert!(stripped.contains(BEGIN) == js.contains(BEGIN), "{name}");
        }
    }

    #[test]
    fn json_loses_the_space_between_values_only() {
        let json =
            "{\n  \"a b\": \"x  \\\"y\\\" \\\\\",\n\t\"n\": [ 1, 2 ],\r\n  \"s\": \" \\n \" }\n";
        let min = minify_json(json);
        assert_eq!(min, r#"{"a b":"x  \"y\" \\","n":[1,2],"s":" \n "}"#);
        assert_eq!(minify_json(&min), min, "idempotent");
        let parsed: serde_json::Value = serde_json::from_str(&min).unwrap();
        assert_eq!(
            parsed,
            serde_json::from_str::<serde_json::Value>(json).unwrap()
        );
    }

    #[test]
    fn css_loses_comments_and_meaningless_space_only() {
        let css = "/* a */\n:root {\n  --font: system-ui, \"Segoe UI\" ;\n}\n\n@media (min-width: 40rem) and (max-width: 50rem) {\n  .a > .b ,\n  .c:not(.d) .e { width: calc(100% - 2rem); content: \"  {;}  /* x */ \"; }\n}\nhtml :focus-visible{outline:0 }";
        let min = minify_css(css);
        assert_eq!(
            min,
            ":root{--font:system-ui,\"Segoe UI\"}@media (min-width:40rem) and (max-width:50rem){.a>.b,.c:not(.d) .e{width:calc(100% - 2rem);content:\"  {;}  /* x */ \"}}html :focus-visible{outline:0}"
        );
        assert_eq!(minify_css(&min), min, "idempotent");
    }

    #[test]
    fn numbers_lose_their_leading_zero_only_where_a_number_starts() {
        let css = ".a{margin:0 0.5rem;--r:0.25rem;opacity:0.9;transform:translate(-0.5em,+0.5em) scale(10.05);line-height:1.0}\n.b{width:calc(100% - 0.5rem);background:url(x0.5.png) url(0.5.png);content:\"0.5\";top:-0.5px}.c0.5x{}";
        let min = minify_css(css);
        assert_eq!(
            min,
            ".a{margin:0 .5rem;--r:.25rem;opacity:.9;transform:translate(-.5em,+.5em) scale(10.05);line-height:1.0}.b{width:calc(100% - .5rem);background:url(x0.5.png) url(0.5.png);content:\"0.5\";top:-.5px}.c0.5x{}"
        );
        assert_eq!(minify_css(&min), min, "idempotent");
    }

    #[test]
    fn the_stylesheet_shrinks_and_keeps_every_rule() {
        let css = include_str!("../../../style/main.css");
        let min = minify_css(css);
        assert!(
            min.len() < css.len() * 85 / 100,
            "{} of {}",
            min.len(),
            css.len()
        );
        // Every rule and declaration is still there (no braces or
        // semicolons inside the stylesheet's comments or strings).
        assert_eq!(min.matches('{').count(), css.matches('{').count());
        assert_eq!(min.matches('}').count(), min.matches('{').count());
        assert_eq!(minify_css(&min), min, "idempotent");
    }

    #[test]
    fn integrity_is_replaced_on_the_named_link_only() {
        let html = r#"<link rel="stylesheet" href="./main-1.css" integrity="sha384-OLD"/><link rel="modulepreload" href="./x.js" integrity="sha384-KEEP">"#;
        assert_eq!(
            stylesheet_integrity(html, "main-1.css", "sha384-NEW"),
            r#"<link rel="stylesheet" href="./main-1.css" integrity="sha384-NEW"/><link rel="modulepreload" href="./x.js" integrity="sha384-KEEP">"#
        );
        assert_eq!(stylesheet_integrity(html, "other.css", "sha384-NEW"), html);
        let deep = r#"<link rel="stylesheet" href="../../main-1.css" integrity="sha384-OLD"/>"#;
        assert_eq!(
            stylesheet_integrity(deep, "main-1.css", "sha384-NEW"),
            r#"<link rel="stylesheet" href="../../main-1.css" integrity="sha384-NEW"/>"#
        );
        assert_eq!(stylesheet_integrity(deep, "1.css", "sha384-NEW"), deep);
    }
}

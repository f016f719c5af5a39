//! Comment lines out of the worker's scripts (`sw.js`, `sw-pages.js`),
//! which Trunk copies as they are: their comments are for whoever reads the
//! source in `assets/`, not for every reader's download (budget.json counts
//! them). Only whole-line comments go: lines that start with `//`, and
//! blocks that start a line with `/*` and end one with `*/`; the precache
//! markers stay. Nothing else changes, so the code is the code in `assets/`.

use crate::precache::{BEGIN, END};

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
            ("sw.js", include_str!("../../assets/sw.js")),
            ("sw-pages.js", include_str!("../../assets/sw-pages.js")),
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
}

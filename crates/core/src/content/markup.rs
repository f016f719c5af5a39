//! Tiny inline markup: `*emphasis*`, `**strong**`, `[label](https://url)` and
//! backslash escapes. Parsing is total (any string parses; unmatched markers
//! stay literal) and linear in the input length. Links whose URL is not a safe
//! `https:` URL become plain text and are reported as [`MarkupIssue`]s, which
//! the validator turns into errors.

use crate::content::url::{check_https_url, UrlError};

/// A node of parsed inline markup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Emph(Vec<Inline>),
    Strong(Vec<Inline>),
    Link { href: String, children: Vec<Inline> },
}

/// A problem found while parsing markup.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarkupIssue {
    #[error("link to {url:?} refused: {reason}")]
    UnsafeLink { url: String, reason: UrlError },
}

/// The result of parsing one string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub nodes: Vec<Inline>,
    pub issues: Vec<MarkupIssue>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Emph,
    Strong,
    Bracket,
}

#[derive(Debug)]
enum Tok {
    Text(String),
    /// An emphasis delimiter or `[`; `literal` is its source text.
    Opener {
        kind: Kind,
        literal: &'static str,
        can_open: bool,
        can_close: bool,
    },
    /// `](url)`; `literal` is its source text.
    LinkEnd {
        url: String,
        literal: String,
    },
}

/// Parses inline markup.
pub fn parse(src: &str) -> Parsed {
    let toks = tokenize(src);
    let pairs = pair(&toks);
    let mut issues = Vec::new();
    let nodes = build(&toks, &pairs, 0, toks.len(), &mut issues);
    Parsed { nodes, issues }
}

/// Parses and returns only the nodes.
pub fn parse_nodes(src: &str) -> Vec<Inline> {
    parse(src).nodes
}

/// The visible text of a markup string, markers removed.
pub fn plain_text(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    collect_text(&parse(src).nodes, &mut out);
    out
}

fn collect_text(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text(t) => out.push_str(t),
            Inline::Emph(c) | Inline::Strong(c) | Inline::Link { children: c, .. } => {
                collect_text(c, out)
            }
        }
    }
}

fn push_text(toks: &mut Vec<Tok>, s: &str) {
    if let Some(Tok::Text(t)) = toks.last_mut() {
        t.push_str(s);
    } else {
        toks.push(Tok::Text(s.to_owned()));
    }
}

fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    let mut buf = [0u8; 4];
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        match c {
            '\\' if matches!(
                chars.get(i + 1),
                Some('\\' | '*' | '_' | '[' | ']' | '(' | ')')
            ) =>
            {
                let escaped = chars[i + 1];
                push_text(&mut toks, escaped.encode_utf8(&mut buf));
                i += 2;
            }
            '*' => {
                let double = chars.get(i + 1) == Some(&'*');
                let width = if double { 2 } else { 1 };
                let next = chars.get(i + width).copied();
                let (kind, literal) = if double {
                    (Kind::Strong, "**")
                } else {
                    (Kind::Emph, "*")
                };
                toks.push(Tok::Opener {
                    kind,
                    literal,
                    can_open: next.is_some_and(|n| !n.is_whitespace()),
                    can_close: prev.is_some_and(|p| !p.is_whitespace()),
                });
                i += width;
            }
            '[' => {
                toks.push(Tok::Opener {
                    kind: Kind::Bracket,
                    literal: "[",
                    can_open: true,
                    can_close: false,
                });
                i += 1;
            }
            ']' if chars.get(i + 1) == Some(&'(') => {
                let start = i + 2;
                let end = link_destination_end(&chars, start);
                match end {
                    Some(e) => {
                        let url: String = chars[start..e].iter().collect();
                        let literal: String = chars[i..=e].iter().collect();
                        toks.push(Tok::LinkEnd { url, literal });
                        i = e + 1;
                    }
                    None => {
                        push_text(&mut toks, "]");
                        i += 1;
                    }
                }
            }
            _ => {
                push_text(&mut toks, c.encode_utf8(&mut buf));
                i += 1;
            }
        }
    }
    toks
}

/// A link destination runs to the `)` that balances the opening `(` and has
/// no whitespace; returns that `)`'s index. The scan stops after the longest
/// allowed URL, which keeps parsing linear on inputs like `](](](`.
fn link_destination_end(chars: &[char], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &c) in chars
        .iter()
        .enumerate()
        .skip(start)
        .take(crate::content::url::MAX_URL_LEN + 1)
    {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            c if c.is_whitespace() => return None,
            _ => {}
        }
    }
    None
}

/// Matches openers with closers; `pairs[open] = Some(close)`. Linear time:
/// every stack entry is pushed and popped at most once.
fn pair(toks: &[Tok]) -> Vec<Option<usize>> {
    let mut pairs = vec![None; toks.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut dead = vec![false; toks.len()];
    let mut open_count = [0usize; 3];
    let mut brackets: Vec<usize> = Vec::new();
    let slot = |k: Kind| match k {
        Kind::Emph => 0,
        Kind::Strong => 1,
        Kind::Bracket => 2,
    };
    for (i, tok) in toks.iter().enumerate() {
        let (kind, can_open, can_close) = match tok {
            Tok::Text(_) => continue,
            Tok::Opener {
                kind,
                can_open,
                can_close,
                ..
            } => (*kind, *can_open, *can_close),
            Tok::LinkEnd { .. } => (Kind::Bracket, false, true),
        };
        if can_close && open_count[slot(kind)] > 0 {
            while let Some(top) = stack.pop() {
                if dead[top] {
                    continue;
                }
                let top_kind = match &toks[top] {
                    Tok::Opener { kind, .. } => *kind,
                    _ => continue,
                };
                open_count[slot(top_kind)] -= 1;
                if top_kind == kind {
                    pairs[top] = Some(i);
                    break;
                }
            }
            if kind == Kind::Bracket {
                // Links may not contain links: earlier `[` can no longer open one.
                for b in brackets.drain(..) {
                    if !dead[b] && pairs[b].is_none() {
                        dead[b] = true;
                    }
                }
                open_count[slot(Kind::Bracket)] = 0;
            }
        } else if can_open {
            stack.push(i);
            open_count[slot(kind)] += 1;
            if kind == Kind::Bracket {
                brackets.push(i);
            }
        }
    }
    pairs
}

fn literal_of(tok: &Tok) -> &str {
    match tok {
        Tok::Text(t) => t,
        Tok::Opener { literal, .. } => literal,
        Tok::LinkEnd { literal, .. } => literal,
    }
}

fn push_node_text(nodes: &mut Vec<Inline>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Inline::Text(t)) = nodes.last_mut() {
        t.push_str(s);
    } else {
        nodes.push(Inline::Text(s.to_owned()));
    }
}

fn build(
    toks: &[Tok],
    pairs: &[Option<usize>],
    from: usize,
    to: usize,
    issues: &mut Vec<MarkupIssue>,
) -> Vec<Inline> {
    let mut nodes = Vec::new();
    let mut i = from;
    while i < to {
        match (&toks[i], pairs[i]) {
            (Tok::Opener { kind, .. }, Some(close)) if close < to && close > i + 1 => {
                let children = build(toks, pairs, i + 1, close, issues);
                match kind {
                    Kind::Emph => nodes.push(Inline::Emph(children)),
                    Kind::Strong => nodes.push(Inline::Strong(children)),
                    Kind::Bracket => {
                        let url = match &toks[close] {
                            Tok::LinkEnd { url, .. } => url.as_str(),
                            _ => "",
                        };
                        match check_https_url(url) {
                            Ok(()) => nodes.push(Inline::Link {
                                href: url.to_owned(),
                                children,
                            }),
                            Err(reason) => {
                                issues.push(MarkupIssue::UnsafeLink {
                                    url: url.to_owned(),
                                    reason,
                                });
                                // Keep the label as ordinary text; drop the URL.
                                for child in children {
                                    match child {
                                        Inline::Text(t) => push_node_text(&mut nodes, &t),
                                        other => nodes.push(other),
                                    }
                                }
                            }
                        }
                    }
                }
                i = close + 1;
            }
            (tok, _) => {
                push_node_text(&mut nodes, literal_of(tok));
                i += 1;
            }
        }
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn plain_text_is_one_node() {
        assert_eq!(parse_nodes("Hello, world."), vec![t("Hello, world.")]);
        assert_eq!(parse_nodes(""), Vec::<Inline>::new());
    }

    #[test]
    fn emphasis_strong_and_links() {
        assert_eq!(
            parse_nodes("a *b* **c** [d](https://x.example/y)"),
            vec![
                t("a "),
                Inline::Emph(vec![t("b")]),
                t(" "),
                Inline::Strong(vec![t("c")]),
                t(" "),
                Inline::Link {
                    href: "https://x.example/y".into(),
                    children: vec![t("d")]
                },
            ]
        );
    }

    #[test]
    fn nesting_across_kinds() {
        assert_eq!(
            parse_nodes("**very *much* so**"),
            vec![Inline::Strong(vec![
                t("very "),
                Inline::Emph(vec![t("much")]),
                t(" so")
            ])]
        );
        assert_eq!(
            parse_nodes("[**bold link**](https://a.example)"),
            vec![Inline::Link {
                href: "https://a.example".into(),
                children: vec![Inline::Strong(vec![t("bold link")])]
            }]
        );
    }

    #[test]
    fn unmatched_markers_stay_literal() {
        assert_eq!(parse_nodes("2 * 3 * 4"), vec![t("2 * 3 * 4")]);
        assert_eq!(parse_nodes("*open"), vec![t("*open")]);
        assert_eq!(parse_nodes("close*"), vec![t("close*")]);
        assert_eq!(parse_nodes("[label]"), vec![t("[label]")]);
        assert_eq!(parse_nodes("[label](no end"), vec![t("[label](no end")]);
        assert_eq!(
            parse_nodes("](https://a.example)"),
            vec![t("](https://a.example)")]
        );
        assert_eq!(parse_nodes("**a*"), vec![t("**a*")]);
    }

    #[test]
    fn escapes() {
        assert_eq!(parse_nodes(r"\*not\* \[x\]"), vec![t("*not* [x]")]);
        assert_eq!(parse_nodes(r"back\\slash \n"), vec![t(r"back\slash \n")]);
    }

    #[test]
    fn links_cannot_nest() {
        let nodes = parse_nodes("[a [b](https://b.example) c](https://a.example)");
        assert_eq!(
            nodes,
            vec![
                t("[a "),
                Inline::Link {
                    href: "https://b.example".into(),
                    children: vec![t("b")]
                },
                t(" c](https://a.example)"),
            ]
        );
    }

    #[test]
    fn unsafe_links_become_text_and_are_reported() {
        for url in [
            "javascript:alert(1)",
            "http://a.example",
            "data:text/html,x",
            "JAVASCRIPT:x",
            "&#106;avascript:x",
        ] {
            let p = parse(&format!("see [here]({url}) now"));
            assert_eq!(p.nodes, vec![t("see here now")], "{url}");
            assert!(matches!(&p.issues[..], [MarkupIssue::UnsafeLink { url: u, .. }] if u == url));
        }
    }

    #[test]
    fn link_urls_may_hold_balanced_parentheses() {
        assert_eq!(
            parse_nodes("[w](https://w.example/Foo_(bar)) x"),
            vec![
                Inline::Link {
                    href: "https://w.example/Foo_(bar)".into(),
                    children: vec![t("w")]
                },
                t(" x")
            ]
        );
        let p = parse("[x](javascript:alert(1))");
        assert_eq!(p.nodes, vec![t("x")]);
        assert_eq!(p.issues.len(), 1);
    }

    #[test]
    fn html_is_just_text() {
        let s = "<script>alert(1)</script><img src=x onerror=alert(1)>";
        assert_eq!(parse_nodes(s), vec![t(s)]);
    }

    #[test]
    fn plain_text_strips_markers() {
        assert_eq!(
            plain_text("**A** *b* [c](https://c.example) \\*"),
            "A b c *"
        );
    }

    #[test]
    fn adversarial_input_is_fast_and_total() {
        // Quadratic parsers take seconds on these; the test just has to finish.
        let inputs = [
            "*a ".repeat(20_000),
            "[".repeat(40_000),
            "[[x](https://u.example) ".repeat(5_000),
            "**".repeat(30_000),
            "](".repeat(30_000),
            "[a](".repeat(20_000),
            format!(
                "{}{}",
                "*a ".repeat(10_000),
                "[[x](https://u.example) ".repeat(5_000)
            ),
        ];
        for s in &inputs {
            let text = plain_text(s);
            assert!(!text.is_empty());
        }
    }
}

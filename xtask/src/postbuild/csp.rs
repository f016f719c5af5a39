//! The Content Security Policy of a build: hashes of the inline scripts in
//! its `index.html` (Trunk's module loader), the policy text, the `<meta>`
//! copy for hosts that cannot send headers, and the `_headers` file.
//!
//! The policy (docs/deploying.md):
//!
//! ```text
//! default-src 'none'; script-src 'self' 'sha256-…' 'wasm-unsafe-eval'; style-src 'self';
//! img-src 'self' https: data:; connect-src 'self' <content origin>; worker-src 'self';
//! manifest-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'
//! ```
//!
//! plus `frame-ancestors` in the header only (browsers ignore it in `<meta>`).

use base64::Engine;
use sha2::{Digest, Sha256};

/// Marks the `<meta>` this tool writes, so running it again replaces it.
const META_MARK: &str = "data-gloss-csp";

/// A tag's attributes, lower-cased names, values unquoted (no entity decoding:
/// the values read here are URLs and names).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let inner = tag.trim_start_matches('<');
    let inner = inner.trim_end_matches('>').trim_end_matches('/');
    // Skip the tag name.
    let mut rest = inner.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            break;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let end = body.find(q).unwrap_or(body.len());
                    (&body[..end], body.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = next;
            value.to_owned()
        } else {
            String::new()
        };
        if name.is_empty() {
            break;
        }
        out.push((name, value));
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// Every start tag named `name` (ASCII case-insensitive) outside comments:
/// (byte offset, tag text). Jumps from `<` to `<`: big pages (an article's
/// JSON in a data block has none) scan in one pass.
fn start_tags<'a>(html: &'a str, name: &str) -> Vec<(usize, &'a str)> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let at = i + off;
        let rest = &html[at..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(html.len(), |e| at + e + 3);
            continue;
        }
        let name_end = at + 1 + name.len();
        let is_tag = html
            .get(at + 1..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && matches!(
                bytes.get(name_end),
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'>' | b'/')
            );
        if is_tag {
            let end = rest.find('>').map_or(html.len(), |e| at + e + 1);
            out.push((at, &html[at..end]));
            i = end;
        } else {
            i = at + 1;
        }
    }
    out
}

/// Offset of the first `needle` (ASCII, lower case) in `hay`, ignoring ASCII case.
fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let first = needle.as_bytes().first()?.to_ascii_lowercase();
    let bytes = hay.as_bytes();
    let mut i = 0;
    while let Some(off) = bytes
        .get(i..)?
        .iter()
        .position(|b| b.to_ascii_lowercase() == first)
    {
        let at = i + off;
        if bytes
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// True for a `type` the browser runs (none, a JavaScript MIME type, or
/// `module`); anything else (`application/json`) is an inert data block
/// that CSP does not govern.
fn is_executable(script_type: Option<&str>) -> bool {
    match script_type.map(|t| t.trim().to_ascii_lowercase()) {
        None => true,
        Some(t) => matches!(
            t.as_str(),
            "" | "module" | "text/javascript" | "application/javascript" | "text/ecmascript"
        ),
    }
}

/// The text of every inline `<script>` the browser would run (no `src`, not
/// a data block), newlines normalized as the HTML parser does before the
/// browser hashes it.
pub fn inline_scripts(html: &str) -> Vec<String> {
    start_tags(html, "script")
        .into_iter()
        .filter(|(_, tag)| attr(&attributes(tag), "src").is_none())
        .filter(|(_, tag)| is_executable(attr(&attributes(tag), "type")))
        .filter_map(|(at, tag)| {
            let body_start = at + tag.len();
            let body_end = body_start + find_ignore_case(&html[body_start..], "</script")?;
            Some(
                html[body_start..body_end]
                    .replace("\r\n", "\n")
                    .replace('\r', "\n"),
            )
        })
        .collect()
}

/// `'sha256-…'` source expression for a script's text.
pub fn hash_source(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The `content` of `<meta name="…">`, if present.
pub fn meta_content(html: &str, name: &str) -> Option<String> {
    start_tags(html, "meta").into_iter().find_map(|(_, tag)| {
        let attrs = attributes(tag);
        (attr(&attrs, "name") == Some(name))
            .then(|| attr(&attrs, "content").unwrap_or("").trim().to_owned())
    })
}

/// The origin of an absolute `http(s):` content base, for `connect-src`.
pub fn content_origin(content_base: &str) -> Option<String> {
    let (scheme, rest) = content_base.trim().split_once("://")?;
    if !matches!(scheme.to_ascii_lowercase().as_str(), "https" | "http") {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    gloss_core::embed::origins::parse_origin(&format!("{scheme}://{host}"))
}

/// Checks a `frame-ancestors` source list: `'none'`, `'self'`, `*`, or
/// scheme/host sources; nothing that could end the directive or the header.
pub fn valid_frame_ancestors(value: &str) -> bool {
    let value = value.trim();
    !value.is_empty()
        && value.chars().all(|c| c == ' ' || c.is_ascii_graphic())
        && value.split_whitespace().all(|src| {
            matches!(src, "'none'" | "'self'" | "*" | "https:" | "http:")
                || src.bytes().all(|b| {
                    b.is_ascii_alphanumeric()
                        || matches!(b, b':' | b'/' | b'.' | b'-' | b'*' | b'[' | b']')
                })
        })
        && !(value.split_whitespace().count() > 1 && value.contains("'none'"))
}

/// The policy, without `frame-ancestors`.
pub fn policy(script_hashes: &[String], connect_origin: Option<&str>) -> String {
    let mut scripts = vec!["'self'".to_owned()];
    scripts.extend(script_hashes.iter().cloned());
    scripts.push("'wasm-unsafe-eval'".to_owned());
    let mut connect = vec!["'self'".to_owned()];
    connect.extend(connect_origin.map(str::to_owned));
    [
        "default-src 'none'".to_owned(),
        format!("script-src {}", scripts.join(" ")),
        "style-src 'self'".to_owned(),
        "img-src 'self' https: data:".to_owned(),
        format!("connect-src {}", connect.join(" ")),
        "worker-src 'self'".to_owned(),
        "manifest-src 'self'".to_owned(),
        "base-uri 'self'".to_owned(),
        "form-action 'none'".to_owned(),
        "object-src 'none'".to_owned(),
    ]
    .join("; ")
}

/// The policy as a header: with `frame-ancestors`.
pub fn header_policy(policy: &str, frame_ancestors: &str) -> String {
    format!("{policy}; frame-ancestors {}", frame_ancestors.trim())
}

/// Removes a `<meta>` written earlier by [`with_meta`].
pub fn without_meta(html: &str) -> String {
    let mut out = html.to_owned();
    while let Some((at, tag)) = start_tags(&out, "meta")
        .into_iter()
        .find(|(_, tag)| attr(&attributes(tag), META_MARK).is_some())
        .map(|(at, tag)| (at, tag.len()))
    {
        // Take the line break `with_meta` wrote before the tag, so that
        // removing undoes adding exactly, whatever follows.
        let start = if out[..at].ends_with("\n    ") {
            at - 5
        } else {
            at
        };
        out.replace_range(start..at + tag, "");
    }
    out
}

/// `html` with the policy in a `<meta http-equiv>` right after
/// `<meta charset>` (before any script), replacing one written earlier.
pub fn with_meta(html: &str, policy: &str) -> String {
    let html = without_meta(html);
    let tag = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\" {META_MARK} />",
        gloss_core::html::escape_attr(policy)
    );
    let at = start_tags(&html, "meta")
        .into_iter()
        .find(|(_, t)| attr(&attributes(t), "charset").is_some())
        .map(|(at, t)| at + t.len())
        .or_else(|| {
            start_tags(&html, "head")
                .first()
                .map(|(at, t)| at + t.len())
        });
    match at {
        Some(at) => format!("{}\n    {tag}{}", &html[..at], &html[at..]),
        None => format!("{tag}\n{html}"),
    }
}

/// The `_headers` file (Netlify, Cloudflare Pages).
pub fn headers_file(header_policy: &str) -> String {
    format!(
        "# Written by `cargo xtask postbuild` on every release build; see docs/deploying.md.\n\
         # Netlify and Cloudflare Pages read this file. The paths match at any sub-path.\n\
         /*\n  \
           Content-Security-Policy: {header_policy}\n  \
           X-Content-Type-Options: nosniff\n  \
           Referrer-Policy: strict-origin-when-cross-origin\n  \
           Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\" />\n    \
        <!-- <script>not this</script> -->\n    \
        <meta name=\"gloss:content-base\" content=\"https://cdn.example.org/gloss/content/\" />\n\
        <script type=\"module\">\r\nimport init from './a.js';\r\nawait init();\n</script>\n\
        <script src=\"./b.js\"></script>\n  </head>\n</html>";

    #[test]
    fn finds_inline_scripts_only() {
        let s = inline_scripts(PAGE);
        assert_eq!(s, ["\nimport init from './a.js';\nawait init();\n"]);
    }

    #[test]
    fn script_tags_in_any_case_but_not_data_blocks_or_lookalikes() {
        let html = "<html><head><SCRIPT Type=\"module\">a()</ScRiPt>\n\
            <script type=\"application/json\" id=\"gloss-doc\">{\"t\":\"\\u003c/script>\"}</script>\n\
            <scripts>no</scripts><!-- <script>b()</script> --><script>é<c()</script></head></html>";
        assert_eq!(inline_scripts(html), ["a()", "é<c()"]);
        assert_eq!(find_ignore_case("ab</SCRIPT>", "</script"), Some(2));
        assert_eq!(find_ignore_case("</scrip", "</script"), None);
    }

    #[test]
    fn hashes_like_browsers() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            hash_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn reads_config() {
        let base = meta_content(PAGE, "gloss:content-base").unwrap_or_default();
        assert_eq!(
            content_origin(&base).as_deref(),
            Some("https://cdn.example.org")
        );
        assert_eq!(content_origin("content/"), None);
        assert_eq!(content_origin("javascript://x"), None);
        assert_eq!(meta_content(PAGE, "gloss:nothing"), None);
    }

    #[test]
    fn meta_is_inserted_once_before_scripts() {
        let p = policy(&["'sha256-x'".into()], Some("https://cdn.example.org"));
        assert!(p.contains("connect-src 'self' https://cdn.example.org;"));
        assert!(!p.contains("frame-ancestors"));
        let once = with_meta(PAGE, &p);
        let twice = with_meta(&once, &p);
        assert_eq!(once, twice);
        let meta = once.find("Content-Security-Policy").unwrap_or(usize::MAX);
        assert!(meta < once.find("<script type").unwrap_or(0));
        assert!(once.find("charset").unwrap_or(usize::MAX) < meta);
        assert_eq!(without_meta(&once), PAGE);
    }

    #[test]
    fn frame_ancestors_are_checked() {
        for ok in [
            "*",
            "'self'",
            "'none'",
            "'self' https://lms.example.edu https://*.school.org",
        ] {
            assert!(valid_frame_ancestors(ok), "{ok}");
        }
        for bad in [
            "",
            "'self'; script-src *",
            "https://a\nX-Evil: 1",
            "'none' https://a",
            "a,b",
        ] {
            assert!(!valid_frame_ancestors(bad), "{bad:?}");
        }
    }

    #[test]
    fn headers_file_has_the_policy() {
        let h = headers_file(&header_policy(&policy(&[], None), "*"));
        assert!(h.contains("/*\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval';"));
        assert!(h.contains("; frame-ancestors *\n"));
    }
}

//! Web origins from deploy-time configuration, e.g. the pages allowed to
//! receive quiz results from an embedded Gloss:
//! `<meta name="gloss:embed-origins" content="https://lms.example.edu https://portal.example.org">`.
//!
//! An origin is `http(s)://host[:port]`, nothing more (a trailing `/` is
//! tolerated). Wildcards, paths, credentials and other schemes are refused,
//! so results can never go to "any page".

/// Parses one origin into its canonical form (`https://host:port`, lower
/// case, default ports dropped).
pub fn parse_origin(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s.strip_suffix('/').unwrap_or(s);
    let (scheme, rest) = s.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    if rest.is_empty() || rest.contains(['/', '?', '#', '@', '\\', '*', ' ']) {
        return None;
    }
    let (host, port) = if rest.starts_with('[') {
        let close = rest.find(']')?;
        let (h, after) = rest.split_at(close + 1);
        match after.strip_prefix(':') {
            Some(p) => (h, Some(p)),
            None if after.is_empty() => (h, None),
            None => return None,
        }
    } else {
        match rest.split_once(':') {
            Some((_, p)) if p.contains(':') => return None,
            Some((h, p)) => (h, Some(p)),
            None => (rest, None),
        }
    };
    let host = host.to_ascii_lowercase();
    let host_ok = if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !v6.is_empty()
            && v6
                .bytes()
                .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.')
    } else {
        !host.is_empty()
            && host.len() <= 253
            && !host.starts_with(['.', '-'])
            && !host.ends_with('-')
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    };
    if !host_ok {
        return None;
    }
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) if p == default_port => Some(format!("{scheme}://{host}")),
        Some(p) => {
            let n: u16 = p
                .parse()
                .ok()
                .filter(|_| p.bytes().all(|b| b.is_ascii_digit()))?;
            (n > 0).then(|| format!("{scheme}://{host}:{n}"))
        }
    }
}

/// Parses a list separated by spaces or commas; invalid entries are dropped
/// (and returned second, for a warning).
pub fn parse_origin_list(s: &str) -> (Vec<String>, Vec<String>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for item in s
        .split([' ', ',', '\n', '\t'])
        .filter(|i| !i.trim().is_empty())
    {
        match parse_origin(item) {
            Some(o) if !ok.contains(&o) => ok.push(o),
            Some(_) => {}
            None => bad.push(item.trim().to_owned()),
        }
    }
    (ok, bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        for (input, want) in [
            ("https://lms.example.edu", "https://lms.example.edu"),
            ("https://LMS.Example.edu/", "https://lms.example.edu"),
            ("https://example.org:443", "https://example.org"),
            ("http://localhost:8080", "http://localhost:8080"),
            ("http://127.0.0.1:41234", "http://127.0.0.1:41234"),
            ("http://[::1]:3000", "http://[::1]:3000"),
        ] {
            assert_eq!(parse_origin(input).as_deref(), Some(want), "{input}");
        }
        for bad in [
            "*",
            "null",
            "",
            "https://",
            "example.org",
            "ftp://example.org",
            "javascript://x",
            "https://example.org/path",
            "https://user@example.org",
            "https://*.example.org",
            "https://example.org:0",
            "https://example.org:99999",
            "https://example.org:8a",
            "https://exa mple.org",
            "https://-x.org",
            "https://a:b:c",
            "https://example.org?x",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn lists() {
        let (ok, bad) =
            parse_origin_list(" https://a.example, http://localhost:1234  * https://a.example/ ");
        assert_eq!(ok, ["https://a.example", "http://localhost:1234"]);
        assert_eq!(bad, ["*"]);
        assert_eq!(parse_origin_list(""), (vec![], vec![]));
    }
}

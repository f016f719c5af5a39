//! The only links Gloss will render: absolute `https:` URLs with a host.

/// Longest URL accepted anywhere in content.
pub const MAX_URL_LEN: usize = 2048;

/// Why a URL was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("URL must start with https://")]
    NotHttps,
    #[error("URL has no host")]
    NoHost,
    #[error("URL contains whitespace, control characters, quotes, angle brackets or backslashes")]
    BadCharacter,
    #[error("URL is longer than {MAX_URL_LEN} characters")]
    TooLong,
}

/// Accepts `https://host[:port][/path][?query][#fragment]`, where the host is
/// not empty, and nothing that a browser might reinterpret: no whitespace,
/// controls, quotes, `<`, `>`, `\` or credentials (`user@`).
pub fn check_https_url(url: &str) -> Result<(), UrlError> {
    if url.len() > MAX_URL_LEN {
        return Err(UrlError::TooLong);
    }
    if url.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    }) || url.chars().any(is_invisible)
    {
        return Err(UrlError::BadCharacter);
    }
    // Scheme is case-sensitive here on purpose: authors write it lowercase.
    let rest = url.strip_prefix("https://").ok_or(UrlError::NotHttps)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err(UrlError::BadCharacter);
    }
    let host = authority.rsplit_once(':').map_or(authority, |(h, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            h
        } else {
            authority
        }
    });
    if host.is_empty() || host.starts_with('.') || host.starts_with('-') {
        return Err(UrlError::NoHost);
    }
    Ok(())
}

/// Bidi controls and zero-width characters that can disguise a URL.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// True if the URL is a safe `https:` link.
pub fn is_https_url(url: &str) -> bool {
    check_https_url(url).is_ok()
}

/// The host part of a safe URL, for showing where a link goes.
pub fn host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    rest.split(['/', '?', '#']).next().filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_https() {
        for ok in [
            "https://example.org",
            "https://example.org/",
            "https://www.example.org/path/a.pdf?x=1&y=2#top",
            "https://example.org:8443/x",
            "https://例え.jp/記事",
        ] {
            assert_eq!(check_https_url(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn refuses_other_schemes_and_tricks() {
        let cases = [
            ("http://example.org", UrlError::NotHttps),
            ("javascript:alert(1)", UrlError::NotHttps),
            ("JaVaScRiPt:alert(1)", UrlError::NotHttps),
            ("data:text/html;base64,PHNjcmlwdD4=", UrlError::NotHttps),
            ("HTTPS://example.org", UrlError::NotHttps),
            ("//example.org", UrlError::NotHttps),
            ("https:example.org", UrlError::NotHttps),
            ("https://", UrlError::NoHost),
            ("https:///path", UrlError::NoHost),
            (" https://example.org", UrlError::BadCharacter),
            ("https://exa mple.org", UrlError::BadCharacter),
            (
                "https://example.org/\"onmouseover=alert(1)",
                UrlError::BadCharacter,
            ),
            ("https://example.org/<script>", UrlError::BadCharacter),
            ("https://user:pw@evil.example", UrlError::BadCharacter),
            ("https://example.org\u{202E}gpj.exe", UrlError::BadCharacter),
            ("https://example.org/\u{0}", UrlError::BadCharacter),
            ("https://\\\\evil.example", UrlError::BadCharacter),
            ("java\tscript:alert(1)", UrlError::BadCharacter),
        ];
        for (url, want) in cases {
            assert_eq!(check_https_url(url), Err(want), "{url:?}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(check_https_url(&long), Err(UrlError::TooLong));
    }

    #[test]
    fn host_of_url() {
        assert_eq!(
            host("https://news.example.org/a?b"),
            Some("news.example.org")
        );
        assert_eq!(host("http://x"), None);
    }
}

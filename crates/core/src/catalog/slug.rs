//! Category slugs: the path segment of a category's pages
//! (`category/<slug>/`).
//!
//! Slugs are plain ASCII so that every static host, file system and CDN
//! serves them the same way. Latin accents fold ("Ciencia y tecnología" →
//! `ciencia-y-tecnologia`); a name with letters outside ASCII after folding
//! (Arabic, Japanese…) keeps what ASCII it has and gains a short hash of the
//! whole name, so two such categories never share a slug.

use super::fold;
use crate::quiz::hash::Fnv64;

/// The slug of category `name`. Idempotent: the slug of a slug is itself,
/// so a route may carry either a name (old `?category=` links) or a slug.
pub fn category_slug(name: &str) -> String {
    let folded = fold(name.trim());
    let mut slug = String::with_capacity(folded.len());
    let mut other_letters = false;
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else {
            if c.is_alphanumeric() {
                other_letters = true;
            }
            if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if other_letters || slug.is_empty() {
        let mut hash = Fnv64::new();
        hash.str(&folded);
        let hex = hash.hex();
        let short = hex.get(..8).unwrap_or(&hex);
        if slug.is_empty() {
            slug = format!("c-{short}");
        } else {
            slug = format!("{slug}-{short}");
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_names_read_as_slugs() {
        assert_eq!(category_slug("Science"), "science");
        assert_eq!(category_slug("  Science & Health "), "science-health");
        assert_eq!(
            category_slug("Ciencia y tecnología"),
            "ciencia-y-tecnologia"
        );
        assert_eq!(category_slug("Économie"), "economie");
        assert_eq!(category_slug("AI/ML — 2026"), "ai-ml-2026");
    }

    #[test]
    fn other_scripts_get_a_stable_hash() {
        let arabic = category_slug("علوم");
        assert!(arabic.starts_with("c-") && arabic.len() == 10, "{arabic}");
        assert_eq!(arabic, category_slug("علوم"));
        assert_ne!(arabic, category_slug("اقتصاد"));
        let mixed = category_slug("Ciencia 日本");
        assert!(mixed.starts_with("ciencia-"), "{mixed}");
        assert_ne!(mixed, category_slug("Ciencia 中国"));
        assert!(category_slug("!!!").starts_with("c-"));
    }

    #[test]
    fn slugs_are_ascii_and_idempotent() {
        for name in [
            "Science",
            "Ciencia y tecnología",
            "علوم",
            "Ciencia 日本",
            "",
            "a--b",
        ] {
            let slug = category_slug(name);
            assert!(
                slug.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{slug}"
            );
            assert_eq!(category_slug(&slug), slug, "{name}");
        }
    }
}

//! Reading-time estimate.

use crate::content::markup;
use crate::content::model::Version;

/// Words a teenage reader reads per minute in explanatory text.
pub const WORDS_PER_MINUTE: usize = 200;

/// Counts words in one string of inline markup (markup characters excluded).
pub fn word_count(text: &str) -> usize {
    markup::plain_text(text).split_whitespace().count()
}

/// Minutes to read a version (hook, paragraphs, cards and points), at least 1.
pub fn reading_minutes(version: &Version) -> u32 {
    let mut words = word_count(&version.hook);
    for s in &version.sections {
        words += s
            .paragraphs
            .iter()
            .map(|p| word_count(p.text()))
            .sum::<usize>();
        words += s
            .cards
            .iter()
            .map(|c| word_count(&c.title) + word_count(&c.text))
            .sum::<usize>();
        words += s.points.iter().map(|p| word_count(p)).sum::<usize>();
    }
    let minutes = words.div_ceil(WORDS_PER_MINUTE).max(1);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{Paragraph, Section, SectionKind, Version};

    fn version_with_words(n: usize) -> Version {
        Version {
            id: "v".into(),
            audience: "All".into(),
            hook: String::new(),
            sections: vec![Section {
                kind: SectionKind::WhatsGoingOn,
                heading: None,
                paragraphs: vec![Paragraph::Plain(vec!["word"; n].join(" "))],
                cards: vec![],
                points: vec![],
            }],
        }
    }

    #[test]
    fn counts_words_without_markup() {
        assert_eq!(
            word_count("**bold** and *soft* [link](https://a.example)"),
            4
        );
    }

    #[test]
    fn rounds_up_and_never_zero() {
        assert_eq!(reading_minutes(&version_with_words(0)), 1);
        assert_eq!(reading_minutes(&version_with_words(200)), 1);
        assert_eq!(reading_minutes(&version_with_words(201)), 2);
        assert_eq!(reading_minutes(&version_with_words(1000)), 5);
    }
}

//! Reading-time estimate.

use crate::content::markup;
use crate::content::model::Version;
use crate::glossary::is_unspaced;

/// Words a teenage reader reads per minute in explanatory text.
pub const WORDS_PER_MINUTE: usize = 200;

/// Characters of a script written without spaces (Japanese, Chinese, Thai…)
/// that read in the time of one word: about 500 a minute.
const UNSPACED_CHARS_PER_WORD: usize = 5;

/// Counts words in one string of inline markup (markup characters excluded).
/// Text without spaces between words (Japanese, Chinese, Thai…) counts one
/// word for every 2.5 of its characters, so it gets a real estimate too.
pub fn word_count(text: &str) -> usize {
    markup::plain_text(text)
        .split_whitespace()
        .map(|token| {
            let unspaced = token.chars().filter(|&c| is_unspaced(c)).count();
            if unspaced == 0 {
                return 1;
            }
            let other = token
                .chars()
                .any(|c| c.is_alphanumeric() && !is_unspaced(c));
            usize::from(other) + (unspaced * 2).div_ceil(UNSPACED_CHARS_PER_WORD)
        })
        .sum()
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
    fn text_without_spaces_counts_by_characters() {
        // 10 kana/kanji read like 4 words; a Latin word inside counts once.
        assert_eq!(word_count("気候変動がサンゴ礁を"), 4);
        assert_eq!(word_count("AIと学校"), 1 + 2);
        assert_eq!(word_count("สวัสดีครับ"), 4);
        // 2,500 characters of Japanese: 1,000 words, 5 minutes (was 1).
        let mut v = version_with_words(0);
        v.sections[0].paragraphs = vec![Paragraph::Plain("地震".repeat(1250))];
        assert_eq!(reading_minutes(&v), 5);
    }

    #[test]
    fn rounds_up_and_never_zero() {
        assert_eq!(reading_minutes(&version_with_words(0)), 1);
        assert_eq!(reading_minutes(&version_with_words(200)), 1);
        assert_eq!(reading_minutes(&version_with_words(201)), 2);
        assert_eq!(reading_minutes(&version_with_words(1000)), 5);
    }
}

//! "My words": the glossary terms a reader opened, with the text they need
//! to be shown and reviewed offline, and their place in a Leitner schedule.
//!
//! Words live inside the progress store (format version 3, field `words`),
//! so they are kept, merged, trimmed, set aside and exported by the same
//! storage policy as the rest of the progress.
//!
//! * [`Word`] is two last-writer-wins registers: what the term says
//!   ([`WordText`], refreshed each time the term is opened, so content
//!   updates reach it) and where it is in the schedule ([`Review`]). Merging
//!   keeps the later of each, ties broken by content, so [`merge_words`] is
//!   idempotent, commutative and associative.
//! * [`leitner`] schedules: five boxes, reviewed again after 1, 2, 4, 8 and
//!   16 days; "not yet" goes back to box 1. Days are day numbers the caller
//!   computes from its clock ([`leitner::day_number`]); nothing here reads one.

pub mod leitner;
mod parse;
mod store;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::anchors::glossary_ids;
use crate::content::markup::plain_text;
use crate::content::model::Article;

pub use leitner::{day_number, Grade, BOXES, INTERVALS};
pub(crate) use parse::parse_words;
pub use store::{DueWord, WordGroup};

/// Longest stored term, article title or definition, in bytes: inside the
/// progress limits' longest string (1024 bytes), whatever the script.
pub const MAX_TEXT_BYTES: usize = 1000;

/// Most words kept in all; opening more terms records them as opened only.
pub const MAX_WORDS: usize = 1000;

/// Latest plausible day number (year 9999).
pub const MAX_DAY: u32 = 2_932_896;

/// Words by article id, then by glossary term id.
pub type Words = BTreeMap<String, BTreeMap<String, Word>>;

/// One word: what it says and where it is in the review schedule. Stored
/// flat: `{"seen_at_ms":…,"term":…,"definition":…,"title":…,"review":…}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(into = "WordWire")]
pub struct Word {
    pub text: WordText,
    /// `None` until the first review: then it is due at once, in box 1.
    pub review: Option<Review>,
}

/// How a word is written (read back by `parse.rs`, by hand: smaller than
/// a derived `Deserialize` in the app's bundle).
#[derive(Serialize)]
struct WordWire {
    seen_at_ms: u64,
    term: String,
    definition: String,
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    review: Option<Review>,
}

impl From<Word> for WordWire {
    fn from(w: Word) -> WordWire {
        WordWire {
            seen_at_ms: w.text.seen_at_ms,
            term: w.text.term,
            definition: w.text.definition,
            title: w.text.title,
            review: w.review,
        }
    }
}

/// What a word says, as it was the last time its text changed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct WordText {
    /// When it was opened with this text (the register's clock).
    pub seen_at_ms: u64,
    /// The term as the glossary spells it.
    pub term: String,
    /// The definition as plain text (markup removed).
    pub definition: String,
    /// The title of the article it came from.
    pub title: String,
}

/// A word's place in the Leitner schedule after its last review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Review {
    /// When it was last answered (the register's clock).
    pub at_ms: u64,
    /// 1 to [`BOXES`].
    #[serde(rename = "box")]
    pub leitner_box: u8,
    /// The day number it is due again.
    pub due_day: u32,
}

impl WordText {
    /// A word's text with each part cut to [`MAX_TEXT_BYTES`] (at a character
    /// boundary, ending in "…") and surrounding space trimmed.
    pub fn new(seen_at_ms: u64, term: &str, definition: &str, title: &str) -> WordText {
        WordText {
            seen_at_ms,
            term: clip(term),
            definition: clip(definition),
            title: clip(title),
        }
    }
}

/// The text of an article's glossary term, by its term id
/// ([`crate::content::anchors::glossary_ids`]), with the definition's markup
/// removed; `None` if the article has no such term.
pub fn text_in_article(article: &Article, term_id: &str, now_ms: u64) -> Option<WordText> {
    let ids = glossary_ids(&article.glossary);
    let i = ids.iter().position(|id| id == term_id)?;
    let entry = article.glossary.get(i)?;
    let definition = plain_text(&entry.definition);
    Some(WordText::new(
        now_ms,
        &entry.term,
        &definition,
        &article.title,
    ))
}

/// `s` trimmed and cut to [`MAX_TEXT_BYTES`] at a character boundary.
pub fn clip(s: &str) -> String {
    let s = s.trim();
    if s.len() <= MAX_TEXT_BYTES {
        return s.to_owned();
    }
    let ellipsis = '…';
    let mut end = MAX_TEXT_BYTES - ellipsis.len_utf8();
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{ellipsis}", s[..end].trim_end())
}

impl Word {
    /// The box it is in (1 before its first review).
    pub fn leitner_box(&self) -> u8 {
        self.review.map_or(1, |r| r.leitner_box)
    }

    /// True when it should be reviewed on `today`.
    pub fn is_due(&self, today: u32) -> bool {
        self.review.is_none_or(|r| r.due_day <= today)
    }

    /// This word joined with `other` (the same term): the later text and the
    /// later review, each compared as a whole so ties are decided by content.
    pub fn join(&self, other: &Word) -> Word {
        Word {
            text: (&self.text).max(&other.text).clone(),
            review: self.review.max(other.review),
        }
    }
}

/// Both collections of words together: per term, [`Word::join`].
pub fn merge_words(a: &Words, b: &Words) -> Words {
    let mut out = a.clone();
    for (article, terms) in b {
        let entry = out.entry(article.clone()).or_default();
        for (term, word) in terms {
            match entry.get_mut(term) {
                Some(w) => *w = w.join(word),
                None => {
                    entry.insert(term.clone(), word.clone());
                }
            }
        }
    }
    out.retain(|_, terms| !terms.is_empty());
    out
}

/// How many words there are in all.
pub fn count(words: &Words) -> usize {
    words.values().map(BTreeMap::len).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terms_text_comes_from_its_articles_glossary_without_markup() {
        let article = crate::parse_article(
            "coral-reef-bleaching",
            include_str!("../../../../content/articles/coral-reef-bleaching.json"),
        )
        .expect("the sample article loads");
        let id = &glossary_ids(&article.glossary)[0];
        let text = text_in_article(&article, id, 7).expect("its first term");
        assert_eq!(text.term, article.glossary[0].term);
        assert_eq!(text.title, article.title);
        assert_eq!(text.definition, plain_text(&article.glossary[0].definition));
        assert!(!text.definition.contains('*') && !text.definition.contains("]("));
        assert!(text_in_article(&article, "term-none", 7).is_none());
    }

    #[test]
    fn clip_keeps_short_text_and_cuts_long_text_at_a_character() {
        assert_eq!(clip("  word "), "word");
        let long = "語".repeat(400); // 1200 bytes
        let c = clip(&long);
        assert!(c.len() <= MAX_TEXT_BYTES, "{}", c.len());
        assert!(c.ends_with('…'));
        assert!(c.starts_with("語語"));
    }

    #[test]
    fn join_keeps_the_later_text_and_the_later_review_separately() {
        let old = Word {
            text: WordText::new(1, "term", "old", "T"),
            review: Some(Review {
                at_ms: 50,
                leitner_box: 3,
                due_day: 10,
            }),
        };
        let new = Word {
            text: WordText::new(60, "term", "new", "T"),
            review: None,
        };
        let j = old.join(&new);
        assert_eq!(j.text.definition, "new");
        assert_eq!(j.leitner_box(), 3);
        assert_eq!(j, new.join(&old));
        assert_eq!(j.join(&j), j);
    }
}

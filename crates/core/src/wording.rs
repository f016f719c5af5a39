//! Counts and scores in words, written once: "5 out of 7 (71%)",
//! "1 question" / "2 questions", "3 min read", what to do with a question's
//! choices ("Select one answer."). The shell shows these
//! strings as they are; English only for now.

use crate::content::model::QuestionKind;
use crate::quiz::QuizScore;

/// A count of things: any unsigned integer type.
pub trait Count: Copy {
    fn as_u64(self) -> u64;
}

impl Count for u32 {
    fn as_u64(self) -> u64 {
        u64::from(self)
    }
}

impl Count for u64 {
    fn as_u64(self) -> u64 {
        self
    }
}

impl Count for usize {
    fn as_u64(self) -> u64 {
        u64::try_from(self).unwrap_or(u64::MAX)
    }
}

/// The singular or plural form of a word for a count.
/// The language and direction of the interface's own words (until they
/// come from message catalogs). Content carries its own: an Arabic article's
/// text runs right to left while these stay left to right around it.
pub const UI_LANG: &str = "en";
/// See [`UI_LANG`].
pub const UI_DIR: &str = "ltr";

pub fn noun<'a>(n: impl Count, one: &'a str, many: &'a str) -> &'a str {
    if n.as_u64() == 1 {
        one
    } else {
        many
    }
}

/// A count with its noun: "1 question", "0 questions", "12 questions".
pub fn count(n: impl Count, one: &str, many: &str) -> String {
    format!("{} {}", n.as_u64(), noun(n, one, many))
}

/// "was" for one, "were" for any other count.
pub fn was_were(n: impl Count) -> &'static str {
    noun(n, "was", "were")
}

/// "5 out of 7".
pub fn out_of(score: QuizScore) -> String {
    format!("{} out of {}", score.correct, score.total)
}

/// "71%" ([`QuizScore::percent`]).
pub fn percent(score: QuizScore) -> String {
    format!("{}%", score.percent())
}

/// "5 out of 7 (71%)".
pub fn score(score: QuizScore) -> String {
    format!("{} ({})", out_of(score), percent(score))
}

/// "You scored 5 out of 7 (71%)".
pub fn score_sentence(s: QuizScore) -> String {
    format!("You scored {}", score(s))
}

/// "3 min read".
pub fn reading_time(minutes: u32) -> String {
    format!("{minutes} min read")
}

/// "Question 2 of 7".
pub fn question_of(number: usize, total: usize) -> String {
    format!("Question {number} of {total}")
}

/// "You answered 2 of 7 questions." (of an unfinished quiz).
pub fn answered_of(answered: usize, total: usize) -> String {
    format!(
        "You answered {answered} of {}",
        count(total, "question", "questions")
    )
}

/// What to do with a question's choices, under its prompt on screen and on
/// a printed worksheet.
pub fn choice_hint(kind: QuestionKind) -> crate::i18n::Msg {
    use crate::i18n::Msg;
    match kind {
        QuestionKind::Single => Msg::HintSingle,
        QuestionKind::TrueFalse => Msg::HintTrueFalse,
        QuestionKind::Multiple => Msg::HintMultiple,
    }
}

/// A count in brackets after a heading: " (3)".
pub fn bracketed(n: usize) -> String {
    format!(" ({n})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_pick_the_singular_only_for_one() {
        assert_eq!(count(0u32, "question", "questions"), "0 questions");
        assert_eq!(count(1u32, "question", "questions"), "1 question");
        assert_eq!(count(2u32, "question", "questions"), "2 questions");
        assert_eq!(count(1usize, "article", "articles"), "1 article");
        assert_eq!(count(10_000u64, "attempt", "attempts"), "10000 attempts");
        assert_eq!(was_were(1u32), "was");
        assert_eq!(was_were(3u32), "were");
        assert_eq!(noun(1usize, "record", "records"), "record");
        assert_eq!(noun(0usize, "record", "records"), "records");
    }

    #[test]
    fn scores_read_as_out_of_and_percent() {
        assert_eq!(score(QuizScore::new(5, 7)), "5 out of 7 (71%)");
        assert_eq!(score(QuizScore::new(7, 7)), "7 out of 7 (100%)");
        assert_eq!(score(QuizScore::new(0, 0)), "0 out of 0 (0%)");
        assert_eq!(out_of(QuizScore::new(2, 3)), "2 out of 3");
        assert_eq!(percent(QuizScore::new(2, 3)), "67%");
        assert_eq!(
            score_sentence(QuizScore::new(1, 7)),
            "You scored 1 out of 7 (14%)"
        );
    }

    #[test]
    fn other_counts() {
        assert_eq!(reading_time(1), "1 min read");
        assert_eq!(reading_time(12), "12 min read");
        assert_eq!(question_of(2, 7), "Question 2 of 7");
        assert_eq!(answered_of(2, 7), "You answered 2 of 7 questions");
        assert_eq!(answered_of(1, 1), "You answered 1 of 1 question");
        assert_eq!(bracketed(3), " (3)");
    }

    #[test]
    fn choice_hints_say_how_many_to_pick() {
        use crate::i18n::{text, Lang};
        let hint = |k| text(Lang::En, choice_hint(k));
        assert_eq!(hint(QuestionKind::Single), "Select one answer.");
        assert_eq!(hint(QuestionKind::TrueFalse), "Select true or false.");
        assert!(hint(QuestionKind::Multiple).contains("all the answers that apply"));
    }
}

//! What the review of a checked question shows: the verdict, the reader's
//! own answer with why it is right or wrong, then (when it was not right)
//! the right answer with its explanation, and the question's general
//! explanation. The immediate feedback panel and the result screen both
//! render this model, so they always say the same thing.
//!
//! The rules, for every kind of question:
//! * A choice's own explanation is only ever shown under that choice, so a
//!   wrong pick never carries the right choice's "Correct. …" text.
//! * Correct: "Your answer" lists the picks, each with its explanation; no
//!   separate right answer (it is the same).
//! * Incorrect or not answered: "Your answer(s)" lists the picks; each wrong
//!   pick carries its own explanation (why it is wrong). A right pick of a
//!   partly right multiple-answer question is marked right, and explained
//!   under "Right answers", which lists the whole right set with the
//!   explanation of each.
//! * A choice without its own explanation gets none; the question's general
//!   explanation (written to be read whatever was chosen) comes last.

use crate::content::model::QuestionKind;
use crate::i18n::Msg;

use super::{QuestionResult, ShownQuestion};

/// The verdict on one checked question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Correct,
    Incorrect,
    NotAnswered,
}

impl Verdict {
    /// The verdict of a result: not answered only when nothing was picked.
    pub fn of(result: &QuestionResult) -> Verdict {
        if result.correct {
            Verdict::Correct
        } else if result.answered() {
            Verdict::Incorrect
        } else {
            Verdict::NotAnswered
        }
    }

    /// "Correct", "Incorrect" or "Not answered".
    pub fn label(self) -> Msg {
        match self {
            Verdict::Correct => Msg::VerdictCorrect,
            Verdict::Incorrect => Msg::VerdictIncorrect,
            Verdict::NotAnswered => Msg::VerdictNotAnswered,
        }
    }

    pub fn is_correct(self) -> bool {
        self == Verdict::Correct
    }
}

/// Whether a reviewed choice is a right answer or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    Right,
    Wrong,
}

impl Mark {
    /// "right" or "wrong", shown after a pick in a mixed list.
    pub fn label(self) -> Msg {
        match self {
            Mark::Right => Msg::MarkRight,
            Mark::Wrong => Msg::MarkWrong,
        }
    }
}

/// One choice in a review, with what to say under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewedChoice {
    /// Index in `Question::choices`.
    pub original: usize,
    /// The choice's text (inline markup).
    pub text: String,
    /// Shown next to the choice when a list mixes right and wrong picks.
    pub mark: Option<Mark>,
    /// Shown under the choice (inline markup); only ever the choice's own.
    pub explanation: Option<String>,
}

/// A labelled list of choices, such as "Your answer" or "Right answers".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewPart {
    /// "Your answer", "Your answers", "Right answer" or "Right answers".
    pub label: Msg,
    /// In shown order.
    pub choices: Vec<ReviewedChoice>,
    /// What to say when `choices` is empty.
    pub empty: Msg,
}

/// The review of one checked question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionReview {
    pub question_id: String,
    pub verdict: Verdict,
    /// What the reader picked.
    pub yours: ReviewPart,
    /// "You found 1 of the 2 right answers." (partly right multiple-answer):
    /// [`Msg::FoundOf`] with `found` and `total`.
    pub found: Option<(usize, usize)>,
    /// The right answer with its explanation; `None` when the reader's
    /// answer was right (then `yours` is the right answer).
    pub right: Option<ReviewPart>,
    /// The question's general explanation (inline markup), shown last.
    pub explanation: Option<String>,
}

/// "You didn't answer this question.": the reader's answer when there is none.
pub const NO_ANSWER: Msg = Msg::NoAnswer;

/// The review of `shown` given its result. Pure; the choices come out in
/// the shown order.
pub fn review(shown: &ShownQuestion<'_>, result: &QuestionResult) -> QuestionReview {
    let verdict = Verdict::of(result);
    let question = &*shown.question;
    let multiple = question.kind == QuestionKind::Multiple;
    let picks: Vec<ReviewedChoice> = shown
        .choices
        .iter()
        .filter(|c| result.selected.contains(&c.original))
        .map(|c| {
            let mark = if result.answer.contains(&c.original) {
                Mark::Right
            } else {
                Mark::Wrong
            };
            // A right pick of a wrong answer is explained under the right set.
            let explained = verdict.is_correct() || mark == Mark::Wrong;
            ReviewedChoice {
                original: c.original,
                text: c.choice.text.clone(),
                mark: (multiple && !verdict.is_correct()).then_some(mark),
                explanation: c.choice.explanation.clone().filter(|_| explained),
            }
        })
        .collect();
    let yours = ReviewPart {
        label: if picks.len() > 1 {
            Msg::YourAnswers
        } else {
            Msg::YourAnswer
        },
        choices: picks,
        empty: NO_ANSWER,
    };
    let right = (!verdict.is_correct()).then(|| {
        let choices: Vec<ReviewedChoice> = shown
            .choices
            .iter()
            .filter(|c| result.answer.contains(&c.original))
            .map(|c| ReviewedChoice {
                original: c.original,
                text: c.choice.text.clone(),
                mark: None,
                explanation: c.choice.explanation.clone(),
            })
            .collect();
        ReviewPart {
            label: if choices.len() > 1 {
                Msg::RightAnswers
            } else {
                Msg::RightAnswer
            },
            choices,
            empty: Msg::NoneChosen,
        }
    });
    let found = (multiple
        && verdict == Verdict::Incorrect
        && !result.right_selected.is_empty()
        && result.answer.len() > 1)
        .then_some((result.right_selected.len(), result.answer.len()));
    QuestionReview {
        question_id: question.id.clone(),
        verdict,
        yours,
        found,
        right,
        explanation: question.explanation.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{Choice, Question, Quiz};
    use crate::quiz::{score_question, Response, ShuffledQuiz};

    fn choice(text: &str, why: Option<&str>) -> Choice {
        Choice {
            text: text.into(),
            explanation: why.map(Into::into),
        }
    }

    fn quiz(kind: QuestionKind, choices: Vec<Choice>, answer: Vec<usize>) -> Quiz {
        Quiz {
            questions: vec![Question {
                id: "q".into(),
                kind,
                prompt: "Who?".into(),
                choices,
                answer,
                explanation: None,
                evidence: None,
            }],
        }
    }

    fn review_of(quiz: &Quiz, picks: &[usize]) -> QuestionReview {
        let shown = ShuffledQuiz::identity(quiz).shown(quiz, 0).unwrap();
        let result = score_question(&quiz.questions[0], &Response::new(picks.iter().copied()));
        review(&shown, &result)
    }

    fn texts(part: &ReviewPart) -> Vec<(&str, Option<&str>)> {
        part.choices
            .iter()
            .map(|c| (c.text.as_str(), c.explanation.as_deref()))
            .collect()
    }

    fn agencies() -> Quiz {
        quiz(
            QuestionKind::Single,
            vec![
                choice("NASA", Some("No. A different agency.")),
                choice("NOAA", Some("Correct. They confirmed it.")),
            ],
            vec![1],
        )
    }

    #[test]
    fn a_wrong_single_answer_is_explained_by_its_own_explanation_then_the_right_one() {
        let r = review_of(&agencies(), &[0]);
        assert_eq!(r.verdict, Verdict::Incorrect);
        assert_eq!(r.yours.label, Msg::YourAnswer);
        assert_eq!(texts(&r.yours), [("NASA", Some("No. A different agency."))]);
        let right = r.right.unwrap();
        assert_eq!(right.label, Msg::RightAnswer);
        assert_eq!(
            texts(&right),
            [("NOAA", Some("Correct. They confirmed it."))]
        );
        assert_eq!(r.found, None);
        assert!(r.yours.choices.iter().all(|c| c.mark.is_none()));
    }

    #[test]
    fn a_right_answer_is_explained_once_without_a_separate_right_answer() {
        let r = review_of(&agencies(), &[1]);
        assert_eq!(r.verdict, Verdict::Correct);
        assert_eq!(
            texts(&r.yours),
            [("NOAA", Some("Correct. They confirmed it."))]
        );
        assert_eq!(r.right, None);
    }

    #[test]
    fn no_answer_says_so_and_shows_the_right_answer() {
        let r = review_of(&agencies(), &[]);
        assert_eq!(r.verdict, Verdict::NotAnswered);
        assert!(r.yours.choices.is_empty());
        assert_eq!(r.yours.empty, NO_ANSWER);
        assert_eq!(
            texts(&r.right.unwrap()),
            [("NOAA", Some("Correct. They confirmed it."))]
        );
    }

    #[test]
    fn without_choice_explanations_only_the_general_one_is_shown() {
        let mut q = quiz(
            QuestionKind::TrueFalse,
            vec![choice("True", None), choice("False", None)],
            vec![1],
        );
        q.questions[0].explanation = Some("It is still alive.".into());
        let r = review_of(&q, &[0]);
        assert_eq!(r.verdict, Verdict::Incorrect);
        assert_eq!(texts(&r.yours), [("True", None)]);
        assert_eq!(texts(&r.right.unwrap()), [("False", None)]);
        assert_eq!(r.explanation.as_deref(), Some("It is still alive."));
    }

    #[test]
    fn a_wrong_pick_never_borrows_another_choices_explanation() {
        let q = quiz(
            QuestionKind::Single,
            vec![choice("NASA", None), choice("NOAA", Some("Correct."))],
            vec![1],
        );
        let r = review_of(&q, &[0]);
        assert_eq!(texts(&r.yours), [("NASA", None)]);
        assert_eq!(texts(&r.right.unwrap()), [("NOAA", Some("Correct."))]);
    }

    /// A multiple-answer question: Food and Coasts are right.
    fn reefs() -> Quiz {
        quiz(
            QuestionKind::Multiple,
            vec![
                choice("Food", Some("Correct. Fishing.")),
                choice("Salt", Some("No. Not salt.")),
                choice("Coasts", Some("Correct. Waves.")),
                choice("Weather", Some("No. Not weather.")),
            ],
            vec![0, 2],
        )
    }

    #[test]
    fn multiple_lists_each_wrong_pick_with_its_explanation_then_the_right_set() {
        let r = review_of(&reefs(), &[0, 1, 3]);
        assert_eq!(r.verdict, Verdict::Incorrect);
        assert_eq!(r.yours.label, Msg::YourAnswers);
        assert_eq!(
            texts(&r.yours),
            [
                ("Food", None),
                ("Salt", Some("No. Not salt.")),
                ("Weather", Some("No. Not weather."))
            ]
        );
        let marks: Vec<_> = r.yours.choices.iter().map(|c| c.mark).collect();
        assert_eq!(
            marks,
            [Some(Mark::Right), Some(Mark::Wrong), Some(Mark::Wrong)]
        );
        let right = r.right.unwrap();
        assert_eq!(right.label, Msg::RightAnswers);
        assert_eq!(
            texts(&right),
            [
                ("Food", Some("Correct. Fishing.")),
                ("Coasts", Some("Correct. Waves."))
            ]
        );
        assert_eq!(r.found, Some((1, 2)));
    }

    #[test]
    fn multiple_all_right_lists_every_pick_with_its_explanation() {
        let r = review_of(&reefs(), &[0, 2]);
        assert_eq!(r.verdict, Verdict::Correct);
        assert_eq!(
            texts(&r.yours),
            [
                ("Food", Some("Correct. Fishing.")),
                ("Coasts", Some("Correct. Waves."))
            ]
        );
        assert!(r.yours.choices.iter().all(|c| c.mark.is_none()));
        assert_eq!(r.right, None);
        assert_eq!(r.found, None);
    }

    #[test]
    fn choices_follow_the_shown_order() {
        let q = quiz(
            QuestionKind::Multiple,
            (0..6).map(|i| choice(&i.to_string(), None)).collect(),
            vec![0, 1, 2, 3, 4, 5],
        );
        let order = ShuffledQuiz::new(&q, 11);
        let shown = order.shown(&q, 0).unwrap();
        let result = score_question(&q.questions[0], &Response::new([1]));
        let r = review(&shown, &result);
        let shown_texts: Vec<&str> = shown
            .choices
            .iter()
            .map(|c| c.choice.text.as_str())
            .collect();
        let right: Vec<&str> = r
            .right
            .as_ref()
            .unwrap()
            .choices
            .iter()
            .map(|c| c.text.as_str())
            .collect();
        assert_eq!(right, shown_texts);
    }
}

//! A quiz on paper: every question in the content's own order (so every
//! copy handed out in a class is the same) with its choices, and what a
//! teacher's answer key adds: what the review says of a question with
//! nothing picked (the right answers, each with its own explanation, and
//! the question's explanation) and the paragraph the question cites.

use crate::content::model::{Quiz, Version};
use crate::wording;

use super::{review, score_question, Response, ReviewPart, ShuffledQuiz};

/// One question as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorksheetQuestion {
    /// Inline markup.
    pub prompt: String,
    /// What to do with the choices ([`wording::choice_hint`]).
    pub hint: crate::i18n::Msg,
    /// The choices' text (inline markup), in the content's order.
    pub choices: Vec<String>,
    /// The answer key: "Right answer(s)" with each one's explanation
    /// (always there: nothing picked is never right).
    pub right: Option<ReviewPart>,
    /// The answer key: the question's general explanation (inline markup).
    pub explanation: Option<String>,
    /// The anchor of the paragraph the question cites ([`evidence`]).
    pub evidence: Option<String>,
}

/// Every question of `quiz` as printed, in the content's order.
pub fn worksheet(quiz: &Quiz) -> Vec<WorksheetQuestion> {
    ShuffledQuiz::identity(quiz)
        .shown_all(quiz)
        .into_iter()
        .map(|shown| {
            let question = &*shown.question;
            // The review of an unanswered question lists the right answers.
            let result = score_question(question, &Response::default());
            let key = review(&shown, &result);
            let choices = shown
                .choices
                .iter()
                .map(|c| c.choice.text.clone())
                .collect();
            WorksheetQuestion {
                prompt: question.prompt.clone(),
                hint: wording::choice_hint(question.kind),
                choices,
                right: key.right,
                explanation: key.explanation,
                evidence: question.evidence.clone(),
            }
        })
        .collect()
}

/// The text of the paragraph with this anchor in `version`, if it has one
/// (a question may cite a paragraph of another audience version).
pub fn evidence<'a>(version: &'a Version, anchor: &str) -> Option<&'a str> {
    version
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .find(|p| p.anchor() == Some(anchor))
        .map(|p| p.text())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{
        AnchoredParagraph, Choice, Paragraph, Question, QuestionKind, Section, SectionKind,
    };

    /// A question with `n` choices; the even ones explain themselves.
    fn question(kind: QuestionKind, n: usize, answer: Vec<usize>) -> Question {
        let choice = |i: usize| Choice {
            text: format!("choice {i}"),
            explanation: i.is_multiple_of(2).then(|| format!("why {i}")),
        };
        Question {
            answer,
            choices: (0..n).map(choice).collect(),
            explanation: Some("Because.".into()),
            evidence: Some("cited".into()),
            id: format!("q{n}"),
            kind,
            prompt: format!("Prompt *{n}*"),
        }
    }

    #[test]
    fn questions_keep_the_content_order_with_lettered_choices() {
        let quiz = Quiz {
            questions: vec![
                question(QuestionKind::Single, 3, vec![1]),
                question(QuestionKind::TrueFalse, 2, vec![0]),
                question(QuestionKind::Multiple, 4, vec![0, 2]),
            ],
        };
        let sheet = worksheet(&quiz);
        let prompts: Vec<&str> = sheet.iter().map(|q| q.prompt.as_str()).collect();
        assert_eq!(prompts, ["Prompt *3*", "Prompt *2*", "Prompt *4*"]);
        let multiple = &sheet[2];
        assert_eq!(
            multiple.choices,
            ["choice 0", "choice 1", "choice 2", "choice 3"]
        );
        assert_eq!(multiple.hint, wording::choice_hint(QuestionKind::Multiple));
        assert_eq!(sheet[0].hint, crate::i18n::Msg::HintSingle);
        assert_eq!(multiple.evidence.as_deref(), Some("cited"));
    }

    #[test]
    fn the_answer_key_lists_the_right_answers_with_their_explanations() {
        let quiz = Quiz {
            questions: vec![question(QuestionKind::Multiple, 4, vec![2, 0])],
        };
        let q = &worksheet(&quiz)[0];
        let key = q.right.as_ref().unwrap();
        assert_eq!(key.label, crate::i18n::Msg::RightAnswers);
        let right: Vec<(&str, Option<&str>)> = key
            .choices
            .iter()
            .map(|c| (c.text.as_str(), c.explanation.as_deref()))
            .collect();
        assert_eq!(
            right,
            [("choice 0", Some("why 0")), ("choice 2", Some("why 2"))]
        );
        assert!(key.choices.iter().all(|c| c.mark.is_none()));
        assert_eq!(q.explanation.as_deref(), Some("Because."));
    }

    #[test]
    fn a_malformed_question_has_no_right_answer_and_never_panics() {
        let quiz = Quiz {
            questions: vec![question(QuestionKind::Single, 2, vec![7])],
        };
        let q = &worksheet(&quiz)[0];
        let key = q.right.as_ref().unwrap();
        assert_eq!(key.label, crate::i18n::Msg::RightAnswer);
        assert!(key.choices.is_empty());
        assert!(worksheet(&Quiz { questions: vec![] }).is_empty());
    }

    #[test]
    fn evidence_is_the_anchored_paragraph_of_the_version() {
        let version = Version {
            id: "v".into(),
            audience: "All".into(),
            hook: "Why?".into(),
            sections: vec![Section {
                kind: SectionKind::WhatsGoingOn,
                heading: None,
                paragraphs: vec![
                    Paragraph::Plain("Plain.".into()),
                    Paragraph::Anchored(AnchoredParagraph {
                        id: "cited".into(),
                        text: "It says **so**.".into(),
                    }),
                ],
                cards: vec![],
                points: vec![],
            }],
        };
        assert_eq!(evidence(&version, "cited"), Some("It says **so**."));
        assert_eq!(evidence(&version, "elsewhere"), None);
    }
}

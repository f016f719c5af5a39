//! Properties of scoring, shuffling and attempts, on arbitrary (including
//! malformed) quizzes and hostile selections.

use std::collections::BTreeSet;

use gloss_core::quiz::{score_question, Attempt, Mode, Response, ShuffledQuiz};
use gloss_core::{Choice, Question, QuestionKind, Quiz};
use proptest::prelude::*;

fn kind() -> impl Strategy<Value = QuestionKind> {
    prop_oneof![
        Just(QuestionKind::Single),
        Just(QuestionKind::Multiple),
        Just(QuestionKind::TrueFalse),
    ]
}

/// Questions that may break the content rules: any number of choices,
/// answers out of range, duplicated or missing.
fn question(id: usize) -> impl Strategy<Value = Question> {
    (kind(), 0usize..8, prop::collection::vec(0usize..10, 0..4)).prop_map(
        move |(kind, n, answer)| Question {
            id: format!("q{id}"),
            kind,
            prompt: format!("Question {id}"),
            choices: (0..n)
                .map(|i| Choice {
                    text: format!("choice {i}"),
                    explanation: None,
                })
                .collect(),
            answer,
            explanation: None,
            evidence: None,
        },
    )
}

fn quiz() -> impl Strategy<Value = Quiz> {
    (0usize..8).prop_flat_map(|n| {
        (0..n)
            .map(question)
            .collect::<Vec<_>>()
            .prop_map(|questions| Quiz { questions })
    })
}

fn response() -> impl Strategy<Value = Response> {
    prop::collection::vec(prop_oneof![4 => 0usize..10, 1 => any::<usize>()], 0..5)
        .prop_map(Response::new)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn scoring_matches_its_definition(q in question(0), r in response()) {
        let res = score_question(&q, &r);
        let n = q.choices.len();
        let answer: BTreeSet<usize> = q.answer.iter().copied().filter(|&i| i < n).collect();
        let selected: BTreeSet<usize> = r.indexes().collect();
        let single = q.kind != QuestionKind::Multiple;
        let expected = !answer.is_empty() && selected == answer && (!single || selected.len() == 1);
        prop_assert_eq!(res.correct, expected);
        // The feedback lists partition the selection and the answer.
        let right: BTreeSet<usize> = res.right_selected.iter().copied().collect();
        let wrong: BTreeSet<usize> = res.wrong_selected.iter().copied().collect();
        let missed: BTreeSet<usize> = res.missed.iter().copied().collect();
        prop_assert!(right.is_disjoint(&wrong) && right.is_disjoint(&missed));
        prop_assert_eq!(right.union(&wrong).copied().collect::<BTreeSet<_>>(), selected);
        prop_assert_eq!(right.union(&missed).copied().collect::<BTreeSet<_>>(), answer);
        prop_assert!(res.wrong_selected.iter().all(|&i| i >= n || !q.answer.contains(&i)));
    }

    #[test]
    fn shuffles_are_deterministic_permutations(quiz in quiz(), seed in any::<u64>()) {
        let s = ShuffledQuiz::new(&quiz, seed);
        prop_assert_eq!(&s, &ShuffledQuiz::new(&quiz, seed));
        let mut order = s.question_order().to_vec();
        order.sort_unstable();
        prop_assert_eq!(order, (0..quiz.questions.len()).collect::<Vec<_>>());
        for (i, q) in quiz.questions.iter().enumerate() {
            let mut choices = s.choice_order(i).to_vec();
            if q.kind == QuestionKind::TrueFalse {
                prop_assert_eq!(&choices, &(0..q.choices.len()).collect::<Vec<_>>());
            }
            for (pos, &orig) in s.choice_order(i).iter().enumerate() {
                prop_assert_eq!(s.choice_position(i, orig), Some(pos));
                prop_assert_eq!(s.original_choice(i, pos), Some(orig));
            }
            choices.sort_unstable();
            prop_assert_eq!(choices, (0..q.choices.len()).collect::<Vec<_>>());
        }
        prop_assert_eq!(s.shown_all(&quiz).len(), quiz.questions.len());
    }

    /// Random UI actions (valid or not) never panic, keep the invariants,
    /// and an unfinished attempt always resumes to the same state.
    #[test]
    fn attempts_survive_any_sequence_of_actions(
        quiz in quiz(),
        at_end in any::<bool>(),
        seed in any::<u64>(),
        actions in prop::collection::vec((0u8..6, 0usize..9, 0usize..10), 0..40),
    ) {
        let mode = if at_end { Mode::AtEnd } else { Mode::Immediate };
        let mut a = Attempt::new("art", &quiz, mode, seed, 1_000);
        let mut now = 1_000;
        for (action, q, choice) in actions {
            now += 1;
            let id = format!("q{q}");
            match action {
                0 => { let _ = a.toggle(&id, choice); }
                1 => { let _ = a.select(&id, Response::new([choice, choice / 2])); }
                2 => { let _ = a.check(&id, now); }
                3 => { let _ = a.go_to(choice); }
                4 => { a.next_question(); a.previous_question(); a.next_question(); }
                _ => {
                    if choice == 0 {
                        let _ = a.submit(now);
                    }
                }
            }
            let score = a.score();
            prop_assert!(score.correct as usize <= a.checked_count());
            prop_assert!(a.checked_count() <= a.len());
            prop_assert_eq!(score.total as usize, a.len());
            prop_assert!(a.position() < a.len().max(1));
            prop_assert_eq!(a.results().len(), a.questions().iter().filter(|s| a.is_checked(&s.question.id)).count());
            if a.is_finished() {
                prop_assert!(a.save(now).is_none());
            } else if let Some(saved) = a.save(now) {
                let resumed = Attempt::resume(&quiz, &saved);
                // Distinct question ids make the saved state unambiguous.
                prop_assert_eq!(resumed.as_ref().ok(), Some(&a));
            }
        }
    }
}

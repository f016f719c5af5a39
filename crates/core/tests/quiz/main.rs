//! Quiz scoring, shuffling, hashing and the attempt state machine.

mod props;

use std::collections::BTreeSet;

use gloss_core::quiz::{
    derive_seed, is_quiz_hash, quiz_hash, score_question, score_quiz, shuffle, Answers, Attempt,
    AttemptError, ChoiceFeedback, Mode, QuizScore, Response, ResumeError, SavedAttempt,
    ShuffledQuiz, SplitMix64, Verdict, MAX_SEED, NO_ANSWER,
};
use gloss_core::{Question, QuestionKind, Quiz};
use serde_json::json;

fn quiz() -> Quiz {
    let abcd = json!([{"text": "A"}, {"text": "B"}, {"text": "C"}, {"text": "D"}]);
    serde_json::from_value(json!({"questions": [
        {"id": "q-single", "kind": "single", "prompt": "Pick B", "choices": abcd, "answer": [1],
         "explanation": "B it is", "evidence": "p-one"},
        {"id": "q-multi", "kind": "multiple", "prompt": "Pick A and C", "choices": abcd, "answer": [0, 2]},
        {"id": "q-tf", "kind": "true_false", "prompt": "The sky is green",
         "choices": [{"text": "True"}, {"text": "False"}], "answer": [1]},
        {"id": "q-five", "kind": "single", "prompt": "Pick E",
         "choices": [{"text": "A"}, {"text": "B"}, {"text": "C"}, {"text": "D"}, {"text": "E"}], "answer": [4]},
        {"id": "q-six", "kind": "multiple", "prompt": "Pick B, D, F",
         "choices": [{"text": "A"}, {"text": "B"}, {"text": "C"}, {"text": "D"}, {"text": "E"}, {"text": "F"}],
         "answer": [1, 3, 5]}
    ]}))
    .unwrap()
}

fn question(quiz: &Quiz, id: &str) -> Question {
    quiz.questions.iter().find(|q| q.id == id).unwrap().clone()
}

fn r(indexes: &[usize]) -> Response {
    Response::new(indexes.iter().copied())
}

// ---------------------------------------------------------------- scoring

#[test]
fn single_is_correct_only_with_exactly_the_right_choice() {
    let q = question(&quiz(), "q-single");
    let ok = score_question(&q, &r(&[1]));
    assert!(ok.correct && ok.answered());
    assert_eq!(
        (ok.right_selected, ok.wrong_selected, ok.missed),
        (vec![1], vec![], vec![])
    );

    let empty = score_question(&q, &Response::default());
    assert!(!empty.correct && !empty.answered());
    assert_eq!(empty.missed, vec![1]);

    let wrong = score_question(&q, &r(&[0]));
    assert!(!wrong.correct);
    assert_eq!((wrong.wrong_selected, wrong.missed), (vec![0], vec![1]));

    // Selecting the right one plus another (hostile storage) is wrong.
    let both = score_question(&q, &r(&[1, 2]));
    assert!(!both.correct);
    assert_eq!(
        (both.right_selected, both.wrong_selected),
        (vec![1], vec![2])
    );
}

#[test]
fn true_false_scores_like_single() {
    let q = question(&quiz(), "q-tf");
    assert!(score_question(&q, &r(&[1])).correct);
    assert!(!score_question(&q, &r(&[0])).correct);
    assert!(!score_question(&q, &r(&[0, 1])).correct);
    assert!(!score_question(&q, &Response::default()).correct);
}

#[test]
fn multiple_needs_the_exact_set_and_reports_partial_information() {
    let q = question(&quiz(), "q-six");
    assert!(score_question(&q, &r(&[1, 3, 5])).correct);
    // Duplicates collapse; order does not matter.
    assert!(score_question(&q, &r(&[5, 3, 1, 3])).correct);

    let subset = score_question(&q, &r(&[1, 3]));
    assert!(!subset.correct);
    assert_eq!(
        (subset.right_selected, subset.wrong_selected, subset.missed),
        (vec![1, 3], vec![], vec![5])
    );

    let superset = score_question(&q, &r(&[0, 1, 3, 5]));
    assert!(!superset.correct);
    assert_eq!(
        (superset.wrong_selected, superset.missed),
        (vec![0], vec![])
    );

    let mixed = score_question(&q, &r(&[0, 1]));
    assert_eq!((mixed.wrong_selected, mixed.missed), (vec![0], vec![3, 5]));
    assert!(!score_question(&q, &Response::default()).correct);
}

#[test]
fn out_of_range_selections_are_wrong_and_never_panic() {
    let quiz = quiz();
    for q in &quiz.questions {
        for bad in [
            r(&[q.choices.len()]),
            r(&[usize::MAX]),
            r(&[usize::MAX - 1, 0]),
        ] {
            let res = score_question(q, &bad);
            assert!(!res.correct, "{} {:?}", q.id, bad);
            assert!(res.wrong_selected.iter().any(|&i| i >= q.choices.len()));
        }
        // The right answer plus an out-of-range index is still wrong.
        let mut with_junk: Vec<usize> = q.answer.clone();
        with_junk.push(1000);
        assert!(!score_question(q, &r(&with_junk)).correct);
    }
}

#[test]
fn malformed_questions_can_never_be_answered_correctly() {
    let mut q = question(&quiz(), "q-multi");
    q.answer = vec![];
    assert!(!score_question(&q, &Response::default()).correct);
    q.answer = vec![7]; // out of range
    assert!(!score_question(&q, &r(&[7])).correct);
    assert!(!score_question(&q, &Response::default()).correct);
    let mut single = question(&quiz(), "q-single");
    single.answer = vec![0, 1];
    assert!(!score_question(&single, &r(&[0, 1])).correct);
    assert!(!score_question(&single, &r(&[0])).correct);
}

#[test]
fn choice_feedback_marks_each_choice() {
    let q = question(&quiz(), "q-multi");
    let res = score_question(&q, &r(&[0, 1]));
    assert_eq!(res.choice_feedback(0), ChoiceFeedback::CorrectSelected);
    assert_eq!(res.choice_feedback(1), ChoiceFeedback::WrongSelected);
    assert_eq!(res.choice_feedback(2), ChoiceFeedback::CorrectMissed);
    assert_eq!(res.choice_feedback(3), ChoiceFeedback::NotSelected);
    assert_eq!(res.choice_feedback(99), ChoiceFeedback::NotSelected);
}

#[test]
fn score_quiz_counts_missing_as_wrong_and_ignores_unknown_ids() {
    let quiz = quiz();
    let mut answers = Answers::new();
    answers.insert("q-single".into(), r(&[1]));
    answers.insert("q-tf".into(), r(&[1]));
    answers.insert("q-multi".into(), r(&[0]));
    answers.insert("no-such-question".into(), r(&[0]));
    let (results, score) = score_quiz(&quiz, &answers);
    assert_eq!(results.len(), 5);
    assert_eq!(
        results
            .iter()
            .map(|r| r.question_id.as_str())
            .collect::<Vec<_>>(),
        ["q-single", "q-multi", "q-tf", "q-five", "q-six"]
    );
    assert_eq!(score, QuizScore::new(2, 5));
    assert_eq!(score.percent(), 40);
    let (results, score) = score_quiz(&Quiz { questions: vec![] }, &answers);
    assert!(results.is_empty());
    assert_eq!((score, score.percent()), (QuizScore::new(0, 0), 0));
}

#[test]
fn percent_rounds_sensibly() {
    let p = |c, t| QuizScore::new(c, t).percent();
    assert_eq!(p(0, 0), 0);
    assert_eq!(p(0, 5), 0);
    assert_eq!(p(5, 5), 100);
    assert_eq!(p(1, 2), 50);
    assert_eq!(p(1, 3), 33);
    assert_eq!(p(2, 3), 67);
    assert_eq!(p(1, 8), 13); // 12.5 rounds half up
                             // Only perfect is 100, only zero is 0.
    assert_eq!(p(199, 200), 99);
    assert_eq!(p(1, 201), 1);
    assert_eq!(p(u32::MAX - 1, u32::MAX), 99);
    // Correct is clamped to total.
    assert_eq!(QuizScore::new(9, 3), QuizScore::new(3, 3));
    assert_eq!(
        QuizScore {
            correct: 9,
            total: 3
        }
        .percent(),
        100
    );
    assert!(QuizScore::new(3, 3).is_perfect() && !QuizScore::new(0, 0).is_perfect());
}

#[test]
fn ratio_comparison() {
    use std::cmp::Ordering::*;
    let s = QuizScore::new;
    assert_eq!(s(3, 4).cmp_ratio(&s(2, 3)), Greater);
    assert_eq!(s(1, 2).cmp_ratio(&s(2, 4)), Less); // same ratio, larger total wins
    assert_eq!(s(2, 4).cmp_ratio(&s(2, 4)), Equal);
    assert_eq!(s(0, 0).cmp_ratio(&s(0, 1)), Less);
    assert_eq!(s(0, 1).cmp_ratio(&s(0, 0)), Greater);
}

#[test]
fn response_serializes_as_a_sorted_array() {
    let resp = r(&[3, 1, 3]);
    assert_eq!(serde_json::to_string(&resp).unwrap(), "[1,3]");
    let back: Response = serde_json::from_str("[3,1,1]").unwrap();
    assert_eq!(back, r(&[1, 3]));
    assert!(serde_json::from_str::<Response>("[-1]").is_err());
    assert!(serde_json::from_str::<Response>("[1e30]").is_err());
    assert!(serde_json::from_str::<Response>("\"1\"").is_err());
}

// ---------------------------------------------------------------- shuffling

#[test]
fn splitmix64_matches_the_reference() {
    // Reference values of SplitMix64 seeded with 0.
    let mut rng = SplitMix64::new(0);
    assert_eq!(rng.next_u64(), 0xe220_a839_7b1d_cdaf);
    assert_eq!(rng.next_u64(), 0x6e78_9e6a_a1b9_65f4);
    assert_eq!(rng.next_u64(), 0x06c4_5d18_8009_454f);
}

#[test]
fn below_stays_in_range_and_is_roughly_uniform() {
    let mut rng = SplitMix64::new(42);
    assert_eq!(rng.below(0), 0);
    assert_eq!(rng.below(1), 0);
    let mut counts = [0u32; 6];
    for _ in 0..60_000 {
        let x = rng.below(6);
        counts[x as usize] += 1;
    }
    for c in counts {
        assert!((9_000..11_000).contains(&c), "{counts:?}");
    }
    for _ in 0..1000 {
        assert!(rng.below(u64::MAX) < u64::MAX);
        assert!(rng.below((1 << 63) + 1) <= 1 << 63);
    }
}

#[test]
fn shuffle_is_a_deterministic_permutation() {
    let mut a: Vec<u32> = (0..50).collect();
    let mut b = a.clone();
    shuffle(&mut a, &mut SplitMix64::new(7));
    shuffle(&mut b, &mut SplitMix64::new(7));
    assert_eq!(a, b);
    assert_ne!(a, (0..50).collect::<Vec<_>>());
    let mut sorted = a.clone();
    sorted.sort();
    assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    let mut empty: Vec<u8> = vec![];
    shuffle(&mut empty, &mut SplitMix64::new(1));
    let mut one = vec![9];
    shuffle(&mut one, &mut SplitMix64::new(1));
    assert_eq!(one, [9]);
}

fn arrangement(s: &ShuffledQuiz, quiz: &Quiz) -> Vec<usize> {
    let mut v = s.question_order().to_vec();
    for i in 0..quiz.questions.len() {
        v.extend_from_slice(s.choice_order(i));
    }
    v
}

#[test]
fn same_seed_same_order_different_seeds_usually_differ() {
    let quiz = quiz();
    assert_eq!(ShuffledQuiz::new(&quiz, 123), ShuffledQuiz::new(&quiz, 123));
    let orders: BTreeSet<Vec<usize>> = (0..200u64)
        .map(|seed| arrangement(&ShuffledQuiz::new(&quiz, seed), &quiz))
        .collect();
    // 5! question orders × 24 × 24 × 120 × 720 choice orders: collisions
    // among 200 seeds are practically impossible.
    assert_eq!(orders.len(), 200);
    // Each question is shown first for some seed, and question order alone
    // changes with the seed too.
    let firsts: BTreeSet<usize> = (0..200u64)
        .map(|seed| ShuffledQuiz::new(&quiz, seed).question_order()[0])
        .collect();
    assert_eq!(firsts.len(), 5);
}

#[test]
fn retry_seed_reshuffles() {
    let quiz = quiz();
    let first = Attempt::new("art", &quiz, Mode::Immediate, 99, 1_000);
    let second = first.retry(&quiz, 2_000);
    assert_ne!(second.seed(), first.seed());
    assert_eq!(second.seed(), derive_seed(99, 2_000));
    assert_ne!(
        arrangement(second.order(), &quiz),
        arrangement(first.order(), &quiz)
    );
    assert_eq!(second.started_at_ms(), 2_000);
    // Seeds stay within JavaScript's safe integers.
    let big = Attempt::new("art", &quiz, Mode::AtEnd, u64::MAX, 0);
    assert_eq!(big.seed(), MAX_SEED);
    assert!(derive_seed(u64::MAX, u64::MAX) <= MAX_SEED);
    assert_eq!(big.order(), &ShuffledQuiz::new(&quiz, MAX_SEED));
    assert_eq!(second.mode(), Mode::Immediate);
    assert!(second.selections().is_empty());
}

#[test]
fn true_false_keeps_true_before_false() {
    let quiz = quiz();
    let tf = quiz.questions.iter().position(|q| q.id == "q-tf").unwrap();
    for seed in 0..500 {
        let s = ShuffledQuiz::new(&quiz, seed);
        assert_eq!(s.choice_order(tf), [0, 1]);
        let pos = s.question_position(tf).unwrap();
        let shown = s.shown(&quiz, pos).unwrap();
        let texts: Vec<&str> = shown
            .choices
            .iter()
            .map(|c| c.choice.text.as_str())
            .collect();
        assert_eq!(texts, ["True", "False"]);
    }
}

#[test]
fn shown_positions_map_back_to_original_indexes() {
    let quiz = quiz();
    let s = ShuffledQuiz::new(&quiz, 2024);
    let mut seen_questions = BTreeSet::new();
    for (pos, shown) in s.shown_all(&quiz).iter().enumerate() {
        assert_eq!(shown.position, pos);
        assert_eq!(s.original_question(pos), Some(shown.index));
        assert_eq!(s.question_position(shown.index), Some(pos));
        assert!(std::ptr::eq(&*shown.question, &quiz.questions[shown.index]));
        seen_questions.insert(shown.index);
        let mut seen_choices = BTreeSet::new();
        for (cpos, c) in shown.choices.iter().enumerate() {
            assert_eq!(c.position, cpos);
            assert_eq!(s.original_choice(shown.index, cpos), Some(c.original));
            assert_eq!(s.choice_position(shown.index, c.original), Some(cpos));
            assert!(std::ptr::eq(
                &*c.choice,
                &quiz.questions[shown.index].choices[c.original]
            ));
            seen_choices.insert(c.original);
        }
        assert_eq!(
            seen_choices,
            (0..quiz.questions[shown.index].choices.len()).collect()
        );
    }
    assert_eq!(seen_questions, (0..5).collect());
    // Out of range asks are answered with None / empty, never a panic.
    assert_eq!(s.original_question(5), None);
    assert_eq!(s.choice_order(17), &[] as &[usize]);
    assert_eq!(s.original_choice(0, 99), None);
    assert_eq!(s.choice_position(99, 0), None);
    assert!(s.shown(&quiz, 5).is_none());
    // A different (shorter) quiz than the one shuffled is tolerated.
    let shorter = Quiz {
        questions: quiz.questions[..1].to_vec(),
    };
    assert!(s.shown_all(&shorter).len() <= 1);
}

#[test]
fn identity_keeps_the_content_order() {
    let quiz = quiz();
    let s = ShuffledQuiz::identity(&quiz);
    assert_eq!(s.question_order(), [0, 1, 2, 3, 4]);
    assert_eq!(s.choice_order(4), [0, 1, 2, 3, 4, 5]);
    assert_eq!(s.seed(), 0);
    assert_eq!(s.len(), 5);
    assert!(!s.is_empty());
}

// ---------------------------------------------------------------- hashing

#[test]
fn hash_is_stable_and_pinned() {
    let quiz = quiz();
    let h = quiz_hash(&quiz);
    assert!(is_quiz_hash(&h), "{h}");
    assert_eq!(h, quiz_hash(&quiz.clone()));
    // Pinned: stored attempts refer to this value. If this changes, every
    // reader's attempts would look outdated; bump the hash's domain tag and
    // document it instead of changing silently.
    assert_eq!(h, PINNED_HASH);
}

const PINNED_HASH: &str = "143ff7a5888243fd";

#[test]
fn hash_changes_with_what_the_quiz_asks() {
    let base = quiz();
    let h = quiz_hash(&base);
    let changed = |edit: &dyn Fn(&mut Quiz)| {
        let mut q = base.clone();
        edit(&mut q);
        quiz_hash(&q)
    };
    assert_ne!(
        h,
        changed(&|q| q.questions[0].choices[2].text = "C!".into())
    );
    assert_ne!(h, changed(&|q| q.questions[0].answer = vec![2]));
    assert_ne!(h, changed(&|q| q.questions[0].prompt.push('?')));
    assert_ne!(h, changed(&|q| q.questions[0].id = "q-other".into()));
    assert_ne!(
        h,
        changed(&|q| q.questions[0].kind = QuestionKind::Multiple)
    );
    assert_ne!(h, changed(&|q| q.questions.swap(0, 1)));
    assert_ne!(
        h,
        changed(&|q| {
            q.questions.pop();
        })
    );
    assert_ne!(h, changed(&|q| q.questions[1].choices.swap(0, 1)));
    // Field boundaries matter: "AB"+"" is not "A"+"B".
    assert_ne!(
        changed(&|q| {
            q.questions[0].choices[0].text = "AB".into();
            q.questions[0].choices[1].text = String::new();
        }),
        changed(&|q| {
            q.questions[0].choices[0].text = "A".into();
            q.questions[0].choices[1].text = "B".into();
        })
    );
    // Not part of the hash: explanations, evidence, answer order/duplicates.
    assert_eq!(
        h,
        changed(&|q| q.questions[0].explanation = Some("Changed".into()))
    );
    assert_eq!(h, changed(&|q| q.questions[0].evidence = None));
    assert_eq!(
        h,
        changed(&|q| q.questions[1].choices[0].explanation = Some("why".into()))
    );
    assert_eq!(h, changed(&|q| q.questions[1].answer = vec![2, 0, 2]));
}

#[test]
fn quiz_hash_format() {
    assert!(is_quiz_hash("0123456789abcdef"));
    for bad in [
        "",
        "0123456789ABCDEF",
        "0123456789abcde",
        "0123456789abcdef0",
        "g123456789abcdef",
    ] {
        assert!(!is_quiz_hash(bad), "{bad}");
    }
    assert!(is_quiz_hash(&quiz_hash(&Quiz { questions: vec![] })));
}

// ---------------------------------------------------------------- attempts

fn id_at(a: &Attempt, pos: usize) -> String {
    a.shown(pos).unwrap().question.id.clone()
}

#[test]
fn immediate_mode_question_by_question() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 5, 1_000);
    assert_eq!((a.len(), a.position(), a.is_finished()), (5, 0, false));
    assert_eq!(a.quiz_hash(), quiz_hash(&quiz));
    let first = a.current().unwrap();
    assert_eq!(first.index, a.order().question_order()[0]);

    // Nothing selected yet.
    let id = id_at(&a, 0);
    assert_eq!(
        a.check(&id, 1_100),
        Err(AttemptError::NothingSelected(id.clone()))
    );
    assert_eq!(a.result(&id), None);

    // Answer every question correctly in shown order, checking each.
    let mut checked = 0;
    loop {
        let q = a.current().unwrap().question.into_owned();
        for &i in &q.answer {
            a.toggle(&q.id, i).unwrap();
        }
        // Feedback is not available before checking.
        assert_eq!(a.result(&q.id), None);
        let res = a.check(&q.id, 2_000 + checked).unwrap();
        assert!(res.correct, "{}", q.id);
        checked += 1;
        assert_eq!(a.result(&q.id), Some(res));
        assert_eq!(a.checked_count() as u64, checked);
        // Locked once checked.
        assert_eq!(
            a.toggle(&q.id, 0),
            if a.is_finished() {
                Err(AttemptError::Finished)
            } else {
                Err(AttemptError::AlreadyChecked(q.id.clone()))
            }
        );
        if !a.next_question() {
            break;
        }
        assert_eq!(a.score(), QuizScore::new(checked as u32, 5));
    }
    assert!(a.is_finished());
    assert_eq!(a.finished_at_ms(), Some(2_004));
    assert_eq!(a.score(), QuizScore::new(5, 5));
    assert_eq!(a.results().len(), 5);
    assert_eq!(a.save(3_000), None);
    assert_eq!(a.submit(3_000), Err(AttemptError::Finished));
    // Review navigation still works after finishing.
    assert!(a.previous_question());
    assert_eq!(a.go_to(0), Ok(()));
    assert!(!a.previous_question());
}

#[test]
fn selection_rules() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 1, 0);
    // Single: selecting replaces.
    a.toggle("q-single", 0).unwrap();
    a.toggle("q-single", 2).unwrap();
    assert_eq!(a.selection("q-single"), Some(&r(&[2])));
    a.toggle("q-single", 2).unwrap();
    assert_eq!(a.selection("q-single"), Some(&r(&[2])));
    // Multiple: toggles; an emptied selection is no selection.
    a.toggle("q-multi", 0).unwrap();
    a.toggle("q-multi", 3).unwrap();
    assert_eq!(a.selection("q-multi"), Some(&r(&[0, 3])));
    a.toggle("q-multi", 3).unwrap();
    a.toggle("q-multi", 0).unwrap();
    assert_eq!(a.selection("q-multi"), None);
    // Errors.
    assert_eq!(
        a.toggle("q-single", 4),
        Err(AttemptError::ChoiceOutOfRange {
            question: "q-single".into(),
            index: 4,
            choices: 4
        })
    );
    assert_eq!(
        a.toggle("nope", 0),
        Err(AttemptError::UnknownQuestion("nope".into()))
    );
    assert_eq!(
        a.select("q-tf", r(&[0, 1])),
        Err(AttemptError::TooManyChoices("q-tf".into()))
    );
    assert_eq!(
        a.select("q-six", r(&[1, 6])),
        Err(AttemptError::ChoiceOutOfRange {
            question: "q-six".into(),
            index: 6,
            choices: 6
        })
    );
    assert_eq!(a.select("q-six", r(&[1, 5])), Ok(()));
    assert_eq!(a.select("q-six", Response::default()), Ok(()));
    assert_eq!(a.selection("q-six"), None);
    assert_eq!(
        a.check("nope", 0),
        Err(AttemptError::UnknownQuestion("nope".into()))
    );
    assert_eq!(
        a.go_to(5),
        Err(AttemptError::PositionOutOfRange {
            position: 5,
            len: 5
        })
    );
}

#[test]
fn immediate_feedback_for_a_wrong_answer() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 1, 0);
    a.select("q-six", r(&[0, 1])).unwrap();
    let res = a.check("q-six", 10).unwrap();
    assert!(!res.correct);
    assert_eq!((res.wrong_selected, res.missed), (vec![0], vec![3, 5]));
    assert_eq!(
        a.check("q-six", 11),
        Err(AttemptError::AlreadyChecked("q-six".into()))
    );
    assert_eq!(a.score(), QuizScore::new(0, 5));
    // Submitting early checks the rest; unanswered ones are wrong.
    a.select("q-tf", r(&[1])).unwrap();
    assert_eq!(a.submit(20), Ok(QuizScore::new(1, 5)));
    assert!(a.is_finished());
    assert_eq!(a.results().len(), 5);
    assert!(!a.result("q-five").unwrap().answered());
}

#[test]
fn check_all_at_the_end() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::AtEnd, 77, 500);
    assert_eq!(a.check("q-single", 600), Err(AttemptError::WrongMode));
    assert_eq!(a.unanswered().len(), 5);
    // Answer in any order, change answers freely.
    a.select("q-six", r(&[1, 3, 5])).unwrap();
    a.select("q-single", r(&[0])).unwrap();
    a.select("q-single", r(&[1])).unwrap();
    a.select("q-tf", r(&[0])).unwrap();
    assert_eq!(a.unanswered().len(), 2);
    assert!(a.unanswered().contains(&"q-multi"));
    // No feedback before submitting, and the score counts nothing yet.
    assert_eq!(a.result("q-single"), None);
    assert!(a.results().is_empty());
    assert_eq!(a.score(), QuizScore::new(0, 5));
    assert!(a.save(700).is_some());
    assert_eq!(a.submit(800), Ok(QuizScore::new(2, 5)));
    assert!(a.is_finished());
    assert_eq!(a.finished_at_ms(), Some(800));
    assert!(a.result("q-single").unwrap().correct);
    assert!(!a.result("q-tf").unwrap().correct);
    assert_eq!(a.select("q-tf", r(&[1])), Err(AttemptError::Finished));
    assert_eq!(a.submit(900), Err(AttemptError::Finished));
    // Answers for the record: every question, empty when unanswered.
    let answers = a.answers();
    assert_eq!(answers.len(), 5);
    assert_eq!(answers["q-multi"], Response::default());
    assert_eq!(answers["q-single"], r(&[1]));
}

#[test]
fn finish_time_never_precedes_start() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::AtEnd, 1, 5_000);
    a.submit(10).unwrap();
    assert_eq!(a.finished_at_ms(), Some(5_000));
    let b = Attempt::new("art", &quiz, Mode::AtEnd, 1, 5_000);
    assert_eq!(b.save(10).unwrap().updated_at_ms, 5_000);
}

#[test]
fn unfinished_attempt_round_trips_through_json() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 31337, 1_000);
    a.select("q-multi", r(&[0, 2])).unwrap();
    a.check("q-multi", 1_500).unwrap();
    a.select("q-five", r(&[3])).unwrap();
    a.go_to(3).unwrap();
    let saved = a.save(2_000).unwrap();
    assert_eq!(saved.updated_at_ms, 2_000);
    assert_eq!(saved.position, 3);
    let json = serde_json::to_string(&saved).unwrap();
    let back: SavedAttempt = serde_json::from_str(&json).unwrap();
    assert_eq!(back, saved);
    let mut resumed = Attempt::resume(&quiz, &back).unwrap();
    assert_eq!(resumed, a);
    assert_eq!(
        resumed.check("q-multi", 3_000).err(),
        Some(AttemptError::AlreadyChecked("q-multi".into()))
    );
    assert!(resumed.check("q-five", 3_000).is_ok());

    // At-end mode too.
    let mut b = Attempt::new("art", &quiz, Mode::AtEnd, 8, 1_000);
    b.select("q-tf", r(&[1])).unwrap();
    let saved = b.save(1_200).unwrap();
    assert_eq!(Attempt::resume(&quiz, &saved).unwrap(), b);
}

#[test]
fn resume_refuses_a_changed_quiz_or_hostile_data() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 3, 1_000);
    a.select("q-single", r(&[1])).unwrap();
    let saved = a.save(2_000).unwrap();

    let mut edited = quiz.clone();
    edited.questions[0].choices[0].text = "A, reworded".into();
    assert!(matches!(
        Attempt::resume(&edited, &saved),
        Err(ResumeError::QuizChanged { .. })
    ));

    let tamper = |edit: &dyn Fn(&mut SavedAttempt)| {
        let mut s = saved.clone();
        edit(&mut s);
        Attempt::resume(&quiz, &s)
    };
    assert!(matches!(
        tamper(&|s| {
            s.selections.insert("q-single".into(), r(&[usize::MAX]));
        }),
        Err(ResumeError::Invalid(AttemptError::ChoiceOutOfRange { .. }))
    ));
    assert!(matches!(
        tamper(&|s| {
            s.selections.insert("ghost".into(), r(&[0]));
        }),
        Err(ResumeError::Invalid(AttemptError::UnknownQuestion(_)))
    ));
    assert!(matches!(
        tamper(&|s| {
            s.selections.insert("q-single".into(), r(&[0, 1]));
        }),
        Err(ResumeError::Invalid(AttemptError::TooManyChoices(_)))
    ));
    assert!(matches!(
        tamper(&|s| {
            s.checked.insert("ghost".into());
        }),
        Err(ResumeError::Invalid(AttemptError::UnknownQuestion(_)))
    ));
    assert!(matches!(
        tamper(&|s| {
            s.checked.insert("q-tf".into());
        }),
        Err(ResumeError::Inconsistent(_))
    ));
    assert!(matches!(
        tamper(&|s| {
            s.mode = Mode::AtEnd;
            s.checked.insert("q-single".into());
        }),
        Err(ResumeError::Inconsistent(_))
    ));
    assert!(matches!(
        tamper(&|s| {
            for q in &quiz.questions {
                s.selections.insert(q.id.clone(), r(&[0]));
                s.checked.insert(q.id.clone());
            }
        }),
        Err(ResumeError::Inconsistent(_))
    ));
    // A position past the end is clamped, not an error.
    let resumed = tamper(&|s| s.position = u32::MAX).unwrap();
    assert_eq!(resumed.position(), 4);
    // Empty responses in storage are tolerated (they mean "no selection").
    let resumed = tamper(&|s| {
        s.selections.insert("q-tf".into(), Response::default());
    })
    .unwrap();
    assert_eq!(resumed.selection("q-tf"), None);
}

#[test]
fn an_empty_quiz_never_panics() {
    let empty = Quiz { questions: vec![] };
    let mut a = Attempt::new("art", &empty, Mode::Immediate, 0, 0);
    assert!(a.is_empty() && a.current().is_none() && a.questions().is_empty());
    assert!(!a.next_question() && !a.previous_question());
    assert!(a.go_to(0).is_err());
    assert_eq!(a.score().percent(), 0);
    assert!(a.save(1).is_some());
    assert_eq!(a.submit(1), Ok(QuizScore::new(0, 0)));
    assert!(a.is_finished());
}

#[test]
fn duplicate_question_ids_in_unvalidated_content_do_not_panic() {
    let mut quiz = quiz();
    let dup = quiz.questions[0].clone();
    quiz.questions.push(dup);
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 9, 0);
    a.toggle("q-single", 1).unwrap();
    a.check("q-single", 1).unwrap();
    assert_eq!(a.score().total, 6);
    a.submit(2).unwrap();
    assert_eq!(a.answers().len(), 5);
}

// ---------------------------------------------------------------- review

#[test]
fn reviews_exist_only_once_checked_and_follow_the_shown_order() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 5, 1_000);
    let first = a.current().unwrap().question.into_owned();
    let wrong = (0..first.choices.len())
        .find(|i| !first.answer.contains(i))
        .unwrap();
    a.toggle(&first.id, wrong).unwrap();
    assert_eq!(a.review(0), None, "no review before checking");
    a.check(&first.id, 2_000).unwrap();
    let review = a.review(0).unwrap();
    assert_eq!(review.question_id, first.id);
    assert_eq!(review.verdict, Verdict::Incorrect);
    assert_eq!(review.verdict, Verdict::Incorrect);
    assert_eq!(
        review
            .yours
            .choices
            .iter()
            .map(|c| c.original)
            .collect::<Vec<_>>(),
        [wrong]
    );
    let right = review.right.unwrap();
    let shown_right: Vec<usize> = a
        .current()
        .unwrap()
        .choices
        .iter()
        .map(|c| c.original)
        .filter(|o| first.answer.contains(o))
        .collect();
    assert_eq!(
        right.choices.iter().map(|c| c.original).collect::<Vec<_>>(),
        shown_right
    );
    assert_eq!(a.reviews().len(), 1);

    a.submit(3_000).unwrap();
    let reviews = a.reviews();
    assert_eq!(reviews.len(), quiz.questions.len());
    let ids: Vec<String> = a
        .questions()
        .iter()
        .map(|s| s.question.id.clone())
        .collect();
    let reviewed: Vec<String> = reviews.iter().map(|r| r.question_id.clone()).collect();
    assert_eq!(reviewed, ids);
    assert!(reviews[1..]
        .iter()
        .all(|r| r.verdict == Verdict::NotAnswered && r.yours.empty == NO_ANSWER));
    // The single question carries its general explanation.
    let single = reviews
        .iter()
        .find(|r| r.question_id == "q-single")
        .unwrap();
    assert_eq!(single.explanation.as_deref(), Some("B it is"));
}

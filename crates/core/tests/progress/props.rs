//! Properties of stored progress: merge is a join (idempotent, commutative,
//! associative, loses no attempt); storage and export round-trip exactly;
//! loading arbitrary text or JSON never panics.

use std::collections::BTreeSet;

use gloss_core::progress::{attempt_id, import, load, merge, AttemptRecord, ProgressStore};
use gloss_core::quiz::{Answers, Mode, Response, SavedAttempt};
use gloss_core::words::{Grade, WordText};
use proptest::prelude::*;
use serde_json::Value;

const ARTICLES: &[&str] = &["coral", "reef", "veto"];
const HASHES: &[&str] = &["0123456789abcdef", "fedcba9876543210"];
const QUESTIONS: &[&str] = &["q1", "q2", "q3"];
const TERMS: &[&str] = &["algae", "polyp", "CO₂", "veto power"];

fn answers() -> impl Strategy<Value = Answers> {
    prop::collection::btree_map(
        prop::sample::select(QUESTIONS).prop_map(str::to_owned),
        prop::collection::btree_set(0usize..5, 0..3).prop_map(Response::new),
        0..=3,
    )
}

/// Small pools for article, seed and times so that the same attempt id
/// (same article, start and seed) recurs with different contents, and ties
/// in finish and save times are common.
fn record() -> impl Strategy<Value = AttemptRecord> {
    (
        prop::sample::select(ARTICLES),
        0u64..3,
        0u64..4,
        0u64..4,
        prop::sample::select(HASHES),
        answers(),
        0u32..=3,
    )
        .prop_map(|(article, seed, start, dur, hash, answers, score)| {
            let started_at_ms = start * 100;
            AttemptRecord {
                id: attempt_id(article, started_at_ms, seed),
                article_id: article.to_owned(),
                quiz_hash: Some(hash.to_owned()),
                seed,
                started_at_ms,
                finished_at_ms: started_at_ms + dur * 50,
                answers,
                score,
                total: 3,
                legacy_attempts: None,
            }
        })
}

fn legacy() -> impl Strategy<Value = AttemptRecord> {
    (prop::sample::select(ARTICLES), 0u32..=4, 1u32..4).prop_map(|(article, best, attempts)| {
        AttemptRecord {
            id: attempt_id(article, 0, 0),
            article_id: article.to_owned(),
            quiz_hash: None,
            seed: 0,
            started_at_ms: 0,
            finished_at_ms: 0,
            answers: Answers::new(),
            score: best,
            total: 4,
            legacy_attempts: Some(attempts),
        }
    })
}

fn saved() -> impl Strategy<Value = SavedAttempt> {
    (
        prop::sample::select(ARTICLES),
        prop::sample::select(HASHES),
        prop::bool::ANY,
        0u64..3,
        0u64..4,
        0u64..6,
        0u32..3,
        answers(),
        prop::collection::btree_set(
            prop::sample::select(QUESTIONS).prop_map(str::to_owned),
            0..2,
        ),
    )
        .prop_map(
            |(article, hash, at_end, seed, start, wait, position, selections, checked)| {
                SavedAttempt {
                    article_id: article.to_owned(),
                    quiz_hash: hash.to_owned(),
                    mode: if at_end { Mode::AtEnd } else { Mode::Immediate },
                    seed,
                    started_at_ms: start * 100,
                    updated_at_ms: start * 100 + wait * 40,
                    position,
                    selections,
                    checked,
                }
            },
        )
}

#[derive(Debug, Clone)]
enum Op {
    Finish(AttemptRecord),
    Save(SavedAttempt),
    Term(&'static str, &'static str),
    Read(&'static str, u64),
    /// Open a term with its text (definition from a small pool), at a time.
    Word(&'static str, &'static str, u8, u64),
    /// Answer a flashcard: knew it or not, on a day, at a time.
    Answer(&'static str, &'static str, bool, u32, u64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => record().prop_map(Op::Finish),
        1 => legacy().prop_map(Op::Finish),
        3 => saved().prop_map(Op::Save),
        2 => (prop::sample::select(ARTICLES), prop::sample::select(TERMS)).prop_map(|(a, t)| Op::Term(a, t)),
        2 => (prop::sample::select(ARTICLES), 0u64..1000).prop_map(|(a, t)| Op::Read(a, t)),
        2 => (prop::sample::select(ARTICLES), prop::sample::select(TERMS), 0u8..3, 0u64..4)
            .prop_map(|(a, t, d, at)| Op::Word(a, t, d, at * 10)),
        2 => (prop::sample::select(ARTICLES), prop::sample::select(TERMS), any::<bool>(), 0u32..5, 0u64..4)
            .prop_map(|(a, t, k, day, at)| Op::Answer(a, t, k, day, at * 10)),
    ]
}

fn store() -> impl Strategy<Value = ProgressStore> {
    prop::collection::vec(op(), 0..14).prop_map(|ops| {
        let mut s = ProgressStore::new();
        for op in ops {
            let ok = match op {
                Op::Finish(r) => s.record_attempt(r).is_ok(),
                Op::Save(x) => s.save_in_progress(x).is_ok(),
                Op::Term(a, t) => s.mark_term_opened(a, t).is_ok(),
                Op::Read(a, t) => s.mark_read(a, t).is_ok(),
                Op::Word(a, t, d, at) => {
                    let text = WordText::new(at, t, &format!("meaning {d}"), a);
                    s.record_word(a, t, text).is_ok()
                }
                Op::Answer(a, t, knew, day, at) => {
                    let grade = if knew { Grade::KnewIt } else { Grade::NotYet };
                    s.answer_word(a, t, grade, day, at).is_ok()
                }
            };
            assert!(ok, "generated records are valid");
        }
        s
    })
}

fn ids(s: &ProgressStore) -> BTreeSet<String> {
    s.attempts().iter().map(|r| r.id.clone()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn merge_is_idempotent(a in store()) {
        prop_assert_eq!(merge(&a, &a), a.clone());
        prop_assert_eq!(merge(&a, &ProgressStore::new()), a.clone());
        prop_assert_eq!(merge(&ProgressStore::new(), &a), a);
    }

    #[test]
    fn merge_is_commutative(a in store(), b in store()) {
        prop_assert_eq!(merge(&a, &b), merge(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in store(), b in store(), c in store()) {
        prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
    }

    #[test]
    fn merge_loses_no_attempt(a in store(), b in store()) {
        let m = merge(&a, &b);
        let union: BTreeSet<String> = ids(&a).union(&ids(&b)).cloned().collect();
        prop_assert_eq!(ids(&m), union);
        // Every merged record is one of the inputs' records, unchanged.
        for r in m.attempts() {
            prop_assert!(a.attempts().contains(r) || b.attempts().contains(r));
        }
        // Nothing in progress is invented, and terms are the exact union.
        for s in m.in_progress() {
            prop_assert!(a.in_progress().contains(s) || b.in_progress().contains(s));
        }
        for (article, terms) in m.terms_opened() {
            let mut expected = a.terms_opened_for(article).cloned().unwrap_or_default();
            expected.extend(b.terms_opened_for(article).into_iter().flatten().cloned());
            prop_assert_eq!(terms, &expected);
        }
        prop_assert_eq!(
            m.terms_opened().len(),
            a.terms_opened().keys().chain(b.terms_opened().keys()).collect::<BTreeSet<_>>().len()
        );
        // Every word of either side is kept, with a text and a review that
        // one of the sides had.
        for (article, terms) in a.words().iter().chain(b.words()) {
            for term in terms.keys() {
                let w = &m.words()[article][term];
                let sides = [a.words().get(article), b.words().get(article)];
                let had = |f: &dyn Fn(&gloss_core::words::Word) -> bool| {
                    sides.iter().flatten().filter_map(|t| t.get(term)).any(f)
                };
                prop_assert!(had(&|x| x.text == w.text));
                prop_assert!(had(&|x| x.review == w.review));
            }
        }
        // Merging is monotone: merging in `b` again changes nothing.
        prop_assert_eq!(merge(&m, &b), m);
    }

    #[test]
    fn storage_round_trips_exactly(a in store()) {
        let loaded = load(&a.to_json().unwrap()).unwrap();
        prop_assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        prop_assert_eq!(loaded.store, a.clone());
        let imported = import(&a.export_json(42).unwrap()).unwrap();
        prop_assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        prop_assert_eq!(imported.exported_at_ms, Some(42));
        prop_assert_eq!(imported.store, a);
    }

    #[test]
    fn summaries_never_panic(a in store(), hash in prop::sample::select(HASHES)) {
        for article in ARTICLES {
            let s = a.summary(article, hash);
            prop_assert!(s.outdated_attempts <= s.attempts);
            prop_assert_eq!(s.best.is_some(), s.attempts > 0);
            if let (Some(best), Some(last)) = (s.best, s.last) {
                prop_assert!(best.cmp_ratio(&last).is_ge());
            }
        }
    }

    #[test]
    fn load_never_panics_on_text(text in "\\PC{0,300}") {
        let _ = load(&text);
        let _ = import(&text);
    }

    #[test]
    fn load_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = load(&text);
        let _ = import(&text);
    }

    #[test]
    fn load_never_panics_on_json(attempts in json(), in_progress in json(), terms in json(), read in json()) {
        for version in [1, 2] {
            let doc = serde_json::json!({
                "version": version,
                "attempts": attempts,
                "in_progress": in_progress,
                "terms_opened": terms,
                "articles_read": read,
                "scores": terms,
            });
            let text = doc.to_string();
            if let Ok(loaded) = load(&text) {
                // Whatever was accepted is valid and stable.
                let again = load(&loaded.store.to_json().unwrap()).unwrap();
                prop_assert!(again.warnings.is_empty());
                prop_assert_eq!(again.store, loaded.store);
            }
        }
    }
}

/// Arbitrary JSON, biased towards the keys and value shapes of real records.
fn json() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(vec![
        "id",
        "article_id",
        "quiz_hash",
        "seed",
        "started_at_ms",
        "finished_at_ms",
        "answers",
        "score",
        "total",
        "legacy_attempts",
        "mode",
        "updated_at_ms",
        "position",
        "selections",
        "checked",
        "best",
        "attempts",
        "first_read_at_ms",
        "last_read_at_ms",
        "coral",
        "q1",
        "x",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (0u64..5).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(vec![
            "coral",
            "0123456789abcdef",
            "immediate",
            "at_end",
            "",
            "Q Z"
        ])
        .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone().prop_map(str::to_owned), inner, 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

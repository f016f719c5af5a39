//! Stored progress: records, summaries, merging, loading every version,
//! migration, export/import, and hostile input.

mod props;
mod storage;

use std::collections::BTreeSet;

use gloss_core::content::limits::LimitError;
use gloss_core::progress::{
    attempt_id, import, load, merge, migrate_v1_to_v2, quarantine_key, AttemptRecord,
    ProgressError, ProgressStore, ProgressV1, ReadMark, RecordIssue, RecordProblem, V1Score,
    MAX_TIME_MS, PROGRESS, PROGRESS_VERSION, STORAGE_KEY,
};
use gloss_core::quiz::{quiz_hash, Attempt, Mode, QuizScore, Response, SavedAttempt, SplitMix64};
use gloss_core::Quiz;
use serde_json::{json, Value};

fn quiz() -> Quiz {
    serde_json::from_value(json!({"questions": [
        {"id": "q1", "kind": "single", "prompt": "One?",
         "choices": [{"text": "a"}, {"text": "b"}, {"text": "c"}], "answer": [1]},
        {"id": "q2", "kind": "true_false", "prompt": "Two?",
         "choices": [{"text": "True"}, {"text": "False"}], "answer": [0]},
        {"id": "q3", "kind": "multiple", "prompt": "Three?",
         "choices": [{"text": "a"}, {"text": "b"}, {"text": "c"}], "answer": [0, 2]}
    ]}))
    .unwrap()
}

/// A finished attempt at `quiz()` with `correct` (0..=3) right answers.
fn finished(article: &str, seed: u64, start: u64, end: u64, correct: usize) -> AttemptRecord {
    let quiz = quiz();
    let mut a = Attempt::new(article, &quiz, Mode::AtEnd, seed, start);
    let right: [&[usize]; 3] = [&[1], &[0], &[0, 2]];
    let wrong: [&[usize]; 3] = [&[2], &[1], &[0]];
    for (i, q) in ["q1", "q2", "q3"].iter().enumerate() {
        let pick = if i < correct { right[i] } else { wrong[i] };
        a.select(q, Response::new(pick.iter().copied())).unwrap();
    }
    a.submit(end).unwrap();
    AttemptRecord::from_attempt(&a).unwrap()
}

fn saved(article: &str, seed: u64, start: u64, updated: u64) -> SavedAttempt {
    let mut a = Attempt::new(article, &quiz(), Mode::Immediate, seed, start);
    a.toggle("q1", 0).unwrap();
    a.save(updated).unwrap()
}

fn legacy(article: &str, best: u32, total: u32, attempts: u32) -> AttemptRecord {
    AttemptRecord {
        id: attempt_id(article, 0, 0),
        article_id: article.into(),
        quiz_hash: None,
        seed: 0,
        started_at_ms: 0,
        finished_at_ms: 0,
        answers: Default::default(),
        score: best,
        total,
        legacy_attempts: Some(attempts),
    }
}

fn problems(warnings: &[RecordIssue]) -> Vec<(String, RecordProblem)> {
    warnings
        .iter()
        .map(|w| (w.path.clone(), w.problem.clone()))
        .collect()
}

fn good_record_json() -> Value {
    serde_json::to_value(finished("coral", 1, 1_000, 2_000, 2)).unwrap()
}

// ---------------------------------------------------------------- records and summaries

#[test]
fn keys_and_ids_are_stable() {
    assert_eq!(STORAGE_KEY, "gloss:progress");
    assert_eq!(
        quarantine_key(1_767_225_600_000),
        "gloss:progress:quarantine:1767225600000"
    );
    // Pinned: ids already stored depend on this derivation.
    assert_eq!(
        attempt_id("coral-reef-bleaching", 1_767_225_600_000, 42),
        "f052b691dbef6348"
    );
    assert_ne!(attempt_id("a", 1, 2), attempt_id("a", 2, 1));
    assert_ne!(attempt_id("a", 1, 2), attempt_id("b", 1, 2));
}

#[test]
fn record_from_attempt() {
    let quiz = quiz();
    let mut a = Attempt::new("coral", &quiz, Mode::Immediate, 7, 1_000);
    assert!(AttemptRecord::from_attempt(&a).is_none());
    a.toggle("q2", 0).unwrap();
    a.check("q2", 1_500).unwrap();
    a.submit(2_000).unwrap();
    let rec = AttemptRecord::from_attempt(&a).unwrap();
    assert_eq!(rec.id, attempt_id("coral", 1_000, 7));
    assert_eq!(rec.quiz_hash.as_deref(), Some(quiz_hash(&quiz).as_str()));
    assert_eq!(
        (rec.score, rec.total, rec.started_at_ms, rec.finished_at_ms),
        (1, 3, 1_000, 2_000)
    );
    assert_eq!(rec.answers.len(), 3);
    assert_eq!(rec.answers["q2"], Response::single(0));
    assert!(rec.answers["q1"].is_empty());
    assert_eq!(rec.quiz_score(), QuizScore::new(1, 3));
    assert!(!rec.is_outdated(&quiz_hash(&quiz)) && rec.is_outdated("0000000000000000"));
    let mut store = ProgressStore::new();
    store.record_attempt(rec.clone()).unwrap();
    assert_eq!(store.attempts(), [rec]);
}

#[test]
fn summary_best_last_count_and_outdated() {
    let current = quiz_hash(&quiz());
    let mut store = ProgressStore::new();
    assert_eq!(store.summary("coral", &current).attempts, 0);
    store
        .record_attempt(finished("coral", 1, 100, 200, 1))
        .unwrap();
    store
        .record_attempt(finished("coral", 2, 300, 400, 3))
        .unwrap();
    store
        .record_attempt(finished("coral", 3, 500, 600, 2))
        .unwrap();
    store
        .record_attempt(finished("other", 4, 700, 800, 0))
        .unwrap();
    let s = store.summary("coral", &current);
    assert_eq!(s.attempts, 3);
    assert_eq!(s.best, Some(QuizScore::new(3, 3)));
    assert_eq!(s.best_current, Some(QuizScore::new(3, 3)));
    assert_eq!(s.last, Some(QuizScore::new(2, 3)));
    assert_eq!(s.last_finished_at_ms, Some(600));
    assert_eq!(
        (s.outdated_attempts, s.last_is_outdated, s.in_progress),
        (0, false, false)
    );

    // The quiz changed since: every attempt is on an earlier version.
    let s = store.summary("coral", "ffffffffffffffff");
    assert_eq!((s.outdated_attempts, s.last_is_outdated), (3, true));
    assert_eq!((s.best, s.best_current), (Some(QuizScore::new(3, 3)), None));

    // A migrated v1 summary counts as its attempts and is outdated.
    store.record_attempt(legacy("coral", 4, 4, 5)).unwrap();
    let s = store.summary("coral", &current);
    assert_eq!(s.attempts, 8);
    assert_eq!(s.outdated_attempts, 5);
    assert_eq!(s.best, Some(QuizScore::new(4, 4)));
    assert_eq!(s.best_current, Some(QuizScore::new(3, 3)));
    assert_eq!(
        s.last,
        Some(QuizScore::new(2, 3)),
        "real attempts are newer"
    );
    assert_eq!(store.attempts_for("coral").count(), 4);
    assert_eq!(store.attempts()[0].id, attempt_id("coral", 0, 0));
}

#[test]
fn invalid_records_are_refused_with_a_typed_problem() {
    let mut store = ProgressStore::new();
    let good = finished("coral", 1, 100, 200, 1);
    let refuse = |edit: &dyn Fn(&mut AttemptRecord)| {
        let mut r = good.clone();
        edit(&mut r);
        ProgressStore::new().record_attempt(r).unwrap_err()
    };
    assert_eq!(
        refuse(&|r| r.score = 4).problem,
        RecordProblem::ScoreAboveTotal { score: 4, total: 3 }
    );
    assert_eq!(refuse(&|r| r.total = 0).problem, RecordProblem::BadTotal(0));
    assert!(matches!(
        refuse(&|r| r.id = "0000000000000000".into()).problem,
        RecordProblem::IdMismatch { .. }
    ));
    assert!(matches!(
        refuse(&|r| r.seed = 2).problem,
        RecordProblem::IdMismatch { .. }
    ));
    let bad_article = refuse(&|r| r.article_id = "../etc".into());
    assert_eq!(bad_article.path, "attempt.article_id");
    assert_eq!(
        refuse(&|r| r.quiz_hash = None).problem,
        RecordProblem::MissingHash
    );
    let big_seed = refuse(&|r| {
        r.seed = 1 << 53;
        r.id = attempt_id(&r.article_id, r.started_at_ms, r.seed);
    });
    assert_eq!(
        (big_seed.path.as_str(), big_seed.problem),
        ("attempt.seed", RecordProblem::BadSeed(1 << 53))
    );
    assert_eq!(
        refuse(&|r| r.quiz_hash = Some("XYZ".into())).problem,
        RecordProblem::BadHash("XYZ".into())
    );
    assert_eq!(
        refuse(&|r| r.finished_at_ms = 50).problem,
        RecordProblem::TimeOrder {
            start: 100,
            end: 50
        }
    );
    assert_eq!(
        refuse(&|r| {
            r.answers.insert("q1".into(), Response::single(100));
        })
        .problem,
        RecordProblem::ChoiceOutOfRange(100)
    );
    assert_eq!(
        refuse(&|r| {
            r.answers.insert("Q 4".into(), Response::single(0));
        })
        .problem,
        RecordProblem::BadId("Q 4".into())
    );
    assert_eq!(
        refuse(&|r| {
            r.answers.insert("q4".into(), Response::single(0));
        })
        .problem,
        RecordProblem::AnswerCount {
            answers: 4,
            total: 3
        }
    );
    assert_eq!(
        refuse(&|r| r.legacy_attempts = Some(2)).problem,
        RecordProblem::LegacyShape
    );
    assert!(store.record_attempt(good).is_ok());
    assert_eq!(
        store
            .record_attempt(legacy("x", 1, 1, 0))
            .unwrap_err()
            .problem,
        RecordProblem::NoAttempts
    );
    let late = {
        let mut a = Attempt::new("coral", &quiz(), Mode::AtEnd, 1, MAX_TIME_MS + 1);
        a.submit(MAX_TIME_MS + 1).unwrap();
        AttemptRecord::from_attempt(&a).unwrap()
    };
    assert_eq!(
        store.record_attempt(late).unwrap_err().problem,
        RecordProblem::BadTime(MAX_TIME_MS + 1)
    );
}

#[test]
fn in_progress_newest_wins_and_finishing_drops_it() {
    let mut store = ProgressStore::new();
    assert_eq!(
        store.save_in_progress(saved("coral", 1, 100, 150)),
        Ok(true)
    );
    assert_eq!(
        store.save_in_progress(saved("coral", 1, 100, 180)),
        Ok(true)
    );
    // An older save (a stale tab) does not replace a newer one.
    assert_eq!(
        store.save_in_progress(saved("coral", 2, 90, 120)),
        Ok(false)
    );
    assert_eq!(store.in_progress_for("coral").unwrap().updated_at_ms, 180);
    assert_eq!(store.save_in_progress(saved("reef", 3, 10, 20)), Ok(true));
    assert_eq!(store.in_progress().len(), 2);
    assert!(store.summary("coral", "").in_progress);

    // Finishing the attempt drops its in-progress copy...
    store
        .record_attempt(finished("coral", 1, 100, 200, 2))
        .unwrap();
    assert!(store.in_progress_for("coral").is_none());
    // ...and a save older than a finished attempt is not kept.
    assert_eq!(
        store.save_in_progress(saved("coral", 5, 150, 190)),
        Ok(false)
    );
    // A newer one is (the reader started again after finishing).
    assert_eq!(
        store.save_in_progress(saved("coral", 6, 210, 220)),
        Ok(true)
    );
    assert_eq!(store.discard_in_progress("coral").map(|s| s.seed), Some(6));
    assert_eq!(store.discard_in_progress("coral"), None);

    let mut bad = saved("coral", 1, 100, 150);
    bad.quiz_hash = "nope".into();
    assert_eq!(
        store.save_in_progress(bad).unwrap_err().path,
        "in_progress.quiz_hash"
    );
    let mut bad = saved("coral", 1, 100, 150);
    bad.checked.insert("Not A Slug".into());
    assert!(store.save_in_progress(bad).is_err());
}

#[test]
fn terms_and_reads() {
    let mut store = ProgressStore::new();
    assert_eq!(store.mark_term_opened("coral", "bleaching"), Ok(true));
    assert_eq!(store.mark_term_opened("coral", "bleaching"), Ok(false));
    assert_eq!(store.mark_term_opened("coral", "CO₂ ppm"), Ok(true));
    assert!(matches!(
        store.mark_term_opened("coral", "").unwrap_err().problem,
        RecordProblem::BadTerm(_)
    ));
    assert!(store.mark_term_opened("coral", "a\u{0}b").is_err());
    assert!(store.mark_term_opened("coral", &"x".repeat(81)).is_err());
    assert!(store.mark_term_opened("Bad Id", "x").is_err());
    assert_eq!(store.terms_opened_for("coral").unwrap().len(), 2);
    assert!(store.terms_opened_for("reef").is_none());

    store.mark_read("coral", 500).unwrap();
    store.mark_read("coral", 300).unwrap();
    store.mark_read("coral", 900).unwrap();
    assert_eq!(
        store.articles_read()["coral"],
        ReadMark {
            first_read_at_ms: 300,
            last_read_at_ms: 900
        }
    );
    assert!(store.mark_read("coral", u64::MAX).is_err());
    assert!(store.mark_read("", 1).is_err());
}

#[test]
fn trim_drops_the_oldest() {
    let mut store = ProgressStore::new();
    for i in 0..10 {
        store
            .record_attempt(finished("coral", i, i * 10, i * 10 + 5, 1))
            .unwrap();
    }
    assert_eq!(store.trim(4), 6);
    assert_eq!(store.attempts().len(), 4);
    assert_eq!(store.attempts()[0].seed, 6);
    assert_eq!(store.trim(100), 0);
}

// ---------------------------------------------------------------- merge

#[test]
fn merge_two_tabs() {
    let mut a = ProgressStore::new();
    let mut b = ProgressStore::new();
    let shared = finished("coral", 1, 100, 200, 1);
    a.record_attempt(shared.clone()).unwrap();
    b.record_attempt(shared.clone()).unwrap();
    a.record_attempt(finished("coral", 2, 300, 400, 2)).unwrap();
    b.record_attempt(finished("reef", 3, 350, 450, 3)).unwrap();
    a.save_in_progress(saved("reef", 9, 500, 600)).unwrap();
    b.save_in_progress(saved("reef", 8, 500, 700)).unwrap();
    a.mark_term_opened("coral", "polyp").unwrap();
    b.mark_term_opened("coral", "algae").unwrap();
    a.mark_read("coral", 10).unwrap();
    b.mark_read("coral", 20).unwrap();

    let m = merge(&a, &b);
    assert_eq!(m.attempts().len(), 3);
    assert_eq!(m.in_progress_for("reef").unwrap().seed, 8);
    assert_eq!(m.terms_opened_for("coral").unwrap().len(), 2);
    assert_eq!(
        m.articles_read()["coral"],
        ReadMark {
            first_read_at_ms: 10,
            last_read_at_ms: 20
        }
    );
    assert_eq!(m, merge(&b, &a));
    assert_eq!(m, merge(&m, &a));
    assert_eq!(a.merged(&ProgressStore::new()), a);
}

#[test]
fn merge_drops_in_progress_finished_in_the_other_tab() {
    let mut a = ProgressStore::new();
    a.save_in_progress(saved("coral", 1, 100, 150)).unwrap();
    let mut b = ProgressStore::new();
    b.record_attempt(finished("coral", 1, 100, 200, 3)).unwrap();
    let m = merge(&a, &b);
    assert!(m.in_progress().is_empty());
    assert_eq!(m.attempts().len(), 1);
    // But an attempt saved after the other tab finished survives.
    a.save_in_progress(saved("coral", 2, 250, 260)).unwrap();
    assert_eq!(merge(&a, &b).in_progress().len(), 1);
}

#[test]
fn merge_resolves_conflicting_copies_of_one_attempt() {
    // The same attempt (same id) recorded twice with different finish times.
    let early = finished("coral", 1, 100, 200, 1);
    let late = finished("coral", 1, 100, 300, 2);
    assert_eq!(early.id, late.id);
    let mut a = ProgressStore::new();
    a.record_attempt(early).unwrap();
    let mut b = ProgressStore::new();
    b.record_attempt(late.clone()).unwrap();
    assert_eq!(merge(&a, &b).attempts(), std::slice::from_ref(&late));
    assert_eq!(merge(&b, &a).attempts(), [late]);
}

// ---------------------------------------------------------------- load, export, import

fn sample_store() -> ProgressStore {
    let mut s = ProgressStore::new();
    s.record_attempt(finished("coral", 1, 100, 200, 1)).unwrap();
    s.record_attempt(finished("reef", 2, 300, 400, 3)).unwrap();
    s.record_attempt(legacy("old-article", 2, 5, 3)).unwrap();
    s.save_in_progress(saved("coral", 3, 500, 600)).unwrap();
    s.mark_term_opened("coral", "bleaching").unwrap();
    s.mark_read("coral", 50).unwrap();
    s
}

#[test]
fn round_trip_through_storage_and_export() {
    let store = sample_store();
    let text = store.to_json().unwrap();
    let loaded = load(&text).unwrap();
    assert_eq!(loaded.store, store);
    assert!(loaded.warnings.is_empty());
    assert_eq!(loaded.from_version, PROGRESS_VERSION);
    assert!(!loaded.migrated());

    let exported = store.export_json(1_234).unwrap();
    let v: Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(v["format"], "gloss-progress");
    assert_eq!(v["version"], 3);
    assert_eq!(v["exported_at_ms"], 1_234);
    assert_eq!(v["progress"]["version"], 3);
    let imported = import(&exported).unwrap();
    assert_eq!(imported.store, store);
    assert_eq!(imported.exported_at_ms, Some(1_234));
    assert!(imported.warnings.is_empty());
    // A raw stored value can be imported too.
    assert_eq!(import(&text).unwrap().store, store);
    // Empty store.
    let empty = ProgressStore::new();
    assert_eq!(load(&empty.to_json().unwrap()).unwrap().store, empty);
    assert!(empty.is_empty() && empty.version() == 3);
}

#[test]
fn stored_shape_is_documented() {
    let text = sample_store().to_json().unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "articles_read",
            "attempts",
            "in_progress",
            "terms_opened",
            "version"
        ])
    );
    // Written in the documented order, version first.
    assert!(text.starts_with(r#"{"version":3,"attempts":["#), "{text}");
    let rec = &v["attempts"][1];
    for k in [
        "id",
        "article_id",
        "quiz_hash",
        "seed",
        "started_at_ms",
        "finished_at_ms",
        "answers",
        "score",
        "total",
    ] {
        assert!(rec.get(k).is_some(), "{k}");
    }
    assert!(rec.get("legacy_attempts").is_none());
    assert!(v["attempts"][0]["legacy_attempts"].is_number());
    assert!(v["attempts"][0].get("quiz_hash").is_none());
    assert_eq!(v["in_progress"][0]["mode"], "immediate");
}

#[test]
fn missing_collections_are_empty() {
    let loaded = load(r#"{"version":2}"#).unwrap();
    assert!(loaded.store.is_empty() && loaded.warnings.is_empty());
}

#[test]
fn bad_records_are_dropped_and_reported() {
    let good = good_record_json();
    let mut score_high = good.clone();
    score_high["score"] = json!(9);
    let mut wrong_type = good.clone();
    wrong_type["total"] = json!("three");
    let mut huge_index = good.clone();
    huge_index["answers"]["q1"] = json!([1e20]);
    let mut negative = good.clone();
    negative["answers"]["q1"] = json!([-1]);
    let mut extra = good.clone();
    extra["surprise"] = json!(true);
    let text = json!({
        "version": 2,
        "attempts": [good, score_high, wrong_type, 17, huge_index, negative, extra, good],
        "in_progress": [{"article_id": "x"}, serde_json::to_value(saved("reef", 1, 1, 2)).unwrap()],
        "terms_opened": {"coral": ["ok", 5, ""], "Bad Id": ["x"], "reef": "nope"},
        "articles_read": {"coral": {"first_read_at_ms": 9, "last_read_at_ms": 3},
                          "reef": {"first_read_at_ms": 1, "last_read_at_ms": 3}},
        "future_field": 1
    })
    .to_string();
    let loaded = load(&text).unwrap();
    assert_eq!(loaded.store.attempts().len(), 1);
    assert_eq!(loaded.store.in_progress().len(), 1);
    assert_eq!(
        loaded
            .store
            .terms_opened_for("coral")
            .unwrap()
            .iter()
            .collect::<Vec<_>>(),
        ["ok"]
    );
    assert_eq!(loaded.store.articles_read().len(), 1);
    let got = problems(&loaded.warnings);
    let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "future_field",
            "attempts[1].score",
            "attempts[2].total",
            "attempts[3]",
            "attempts[4].answers.q1[0]",
            "attempts[5].answers.q1[0]",
            "attempts[6].surprise",
            "attempts[7]",
            "in_progress[0]",
            "terms_opened",
            "terms_opened.coral[1]",
            "terms_opened.coral[2]",
            "terms_opened.reef",
            "articles_read.coral.last_read_at_ms",
        ],
        "{got:#?}"
    );
    assert_eq!(
        got[1].1,
        RecordProblem::ScoreAboveTotal { score: 9, total: 3 }
    );
    assert!(matches!(got[7].1, RecordProblem::Duplicate(_)));
    assert!(matches!(&got[6].1, RecordProblem::Shape(m) if m.contains("surprise")));
    for w in &loaded.warnings {
        assert!(!w.to_string().is_empty());
    }
}

#[test]
fn superseded_in_progress_is_reported() {
    let text = json!({
        "version": 2,
        "attempts": [serde_json::to_value(finished("coral", 1, 100, 500, 1)).unwrap()],
        "in_progress": [serde_json::to_value(saved("coral", 2, 100, 400)).unwrap(),
                        serde_json::to_value(saved("coral", 3, 100, 300)).unwrap()],
    })
    .to_string();
    let loaded = load(&text).unwrap();
    assert!(loaded.store.in_progress().is_empty());
    assert_eq!(
        problems(&loaded.warnings),
        [
            (
                "in_progress[1]".to_string(),
                RecordProblem::Duplicate("coral".into())
            ),
            ("in_progress.coral".to_string(), RecordProblem::Superseded)
        ]
    );
}

// ---------------------------------------------------------------- migration

#[test]
fn v1_is_migrated() {
    let text = r#"{"version":1,"scores":{
        "coral-reef-bleaching":{"best":3,"total":4,"attempts":2},
        "un-security-council-veto":{"best":5,"total":5,"attempts":1}}}"#;
    let loaded = load(text).unwrap();
    assert_eq!(loaded.from_version, 1);
    assert!(loaded.migrated());
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let store = loaded.store;
    assert_eq!(store.attempts().len(), 2);
    let rec = store.attempts_for("coral-reef-bleaching").next().unwrap();
    assert_eq!(rec.id, attempt_id("coral-reef-bleaching", 0, 0));
    assert_eq!((rec.score, rec.total, rec.legacy_attempts), (3, 4, Some(2)));
    assert!(rec.is_legacy() && rec.quiz_hash.is_none() && rec.answers.is_empty());
    let s = store.summary("coral-reef-bleaching", "0123456789abcdef");
    assert_eq!(s.attempts, 2);
    assert_eq!(s.best, Some(QuizScore::new(3, 4)));
    assert_eq!(s.outdated_attempts, 2);
    assert_eq!(s.best_current, None);
    // Migrated data is written back as version 3 and reads back the same.
    let again = load(&store.to_json().unwrap()).unwrap();
    assert_eq!(again.store, store);
    assert_eq!(again.from_version, 3);
    // Migrating twice (two tabs) and merging does not double count.
    let twice = merge(&store, &load(text).unwrap().store);
    assert_eq!(twice, store);
    // New attempts add to the migrated summary.
    let mut store = store;
    store
        .record_attempt(finished("coral-reef-bleaching", 1, 10, 20, 3))
        .unwrap();
    let s = store.summary("coral-reef-bleaching", &quiz_hash(&quiz()));
    assert_eq!((s.attempts, s.outdated_attempts), (3, 2));
    assert_eq!(s.last, Some(QuizScore::new(3, 3)));
    assert_eq!(s.best, Some(QuizScore::new(3, 3)));
}

#[test]
fn migrate_v1_to_v2_reports_bad_lines() {
    let mut v1 = ProgressV1::default();
    let line = |best, total, attempts| V1Score {
        best,
        total,
        attempts,
    };
    v1.scores.insert("good".into(), line(1, 2, 3));
    v1.scores.insert("best-too-high".into(), line(5, 4, 1));
    v1.scores.insert("no-questions".into(), line(0, 0, 1));
    v1.scores.insert("never".into(), line(0, 3, 0));
    v1.scores.insert("Not A Slug".into(), line(1, 1, 1));
    v1.scores.insert("too-many".into(), line(1, 1000, 1));
    let (store, warnings) = migrate_v1_to_v2(&v1);
    assert_eq!(store.attempts().len(), 1);
    assert_eq!(store.attempts()[0].article_id, "good");
    assert_eq!(
        problems(&warnings),
        [
            (
                "scores.Not A Slug".to_string(),
                RecordProblem::BadId("Not A Slug".into())
            ),
            (
                "scores.best-too-high.best".to_string(),
                RecordProblem::ScoreAboveTotal { score: 5, total: 4 }
            ),
            (
                "scores.never.attempts".to_string(),
                RecordProblem::NoAttempts
            ),
            (
                "scores.no-questions.total".to_string(),
                RecordProblem::BadTotal(0)
            ),
            (
                "scores.too-many.total".to_string(),
                RecordProblem::BadTotal(1000)
            ),
        ]
    );
    assert_eq!(
        migrate_v1_to_v2(&ProgressV1::default()).0,
        ProgressStore::new()
    );
}

#[test]
fn v1_shape_problems() {
    let loaded = load(
        r#"{"version":1,"scores":{"a":{"best":"x","total":1,"attempts":1},"b":[],"c":{"best":1,"total":1,"attempts":1,"extra":0}},"other":1}"#,
    )
    .unwrap();
    let paths: Vec<String> = loaded.warnings.iter().map(|w| w.path.clone()).collect();
    assert_eq!(
        paths,
        ["other", "scores.a.best", "scores.b", "scores.c.extra"]
    );
    assert!(loaded.store.is_empty());
    assert!(load(r#"{"version":1}"#).unwrap().store.is_empty());
    assert!(matches!(
        load(r#"{"version":1,"scores":[]}"#),
        Err(ProgressError::Shape { path, .. }) if path == "scores"
    ));
}

// ---------------------------------------------------------------- hostile files

#[test]
fn whole_file_errors_are_typed() {
    let err = |t: &str| load(t).unwrap_err();
    assert!(matches!(err(""), ProgressError::Syntax { .. }));
    assert!(matches!(err("{"), ProgressError::Syntax { .. }));
    assert!(matches!(err("\u{feff}{}"), ProgressError::Syntax { .. }));
    assert!(
        matches!(
            err("{\"version\": 2,}"),
            ProgressError::Syntax { line: 1, .. }
        ),
        "{}",
        err("{\"version\": 2,}")
    );
    assert!(matches!(err("[]"), ProgressError::Shape { .. }));
    assert!(matches!(err("null"), ProgressError::Shape { .. }));
    assert!(matches!(err("\"gloss\""), ProgressError::Shape { .. }));
    assert_eq!(err("{}"), ProgressError::MissingVersion);
    assert!(
        matches!(err(r#"{"version":"2"}"#), ProgressError::Shape { path, .. } if path == "version")
    );
    assert!(matches!(
        err(r#"{"version":2.0}"#),
        ProgressError::Shape { .. }
    ));
    assert!(matches!(
        err(r#"{"version":-1}"#),
        ProgressError::Shape { .. }
    ));
    assert_eq!(
        err(r#"{"version":4,"whatever":[]}"#),
        ProgressError::FutureVersion {
            found: 4,
            supported: 3
        }
    );
    assert!(matches!(
        err(r#"{"version":18446744073709551615}"#),
        ProgressError::FutureVersion { .. }
    ));
    assert_eq!(
        err(r#"{"version":0}"#),
        ProgressError::UnknownVersion { found: 0 }
    );
    assert!(matches!(
        err(r#"{"version":2,"attempts":{}}"#),
        ProgressError::Shape { path, .. } if path == "attempts"
    ));
    assert!(matches!(
        err(r#"{"version":2,"terms_opened":[]}"#),
        ProgressError::Shape { path, .. } if path == "terms_opened"
    ));
    for e in [err("{}"), err("[]"), err("")] {
        assert!(!e.to_string().is_empty());
    }
}

#[test]
fn limits_are_checked_before_parsing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        load(&deep),
        Err(ProgressError::Limit(LimitError::TooDeep { .. }))
    ));
    let deep_obj = format!(
        r#"{{"version":2,"attempts":[{}]}}"#,
        "{\"a\":".repeat(20) + "1" + &"}".repeat(20)
    );
    assert!(matches!(
        load(&deep_obj),
        Err(ProgressError::Limit(LimitError::TooDeep { .. }))
    ));
    let many = format!(
        r#"{{"version":2,"attempts":[{}]}}"#,
        vec!["0"; PROGRESS.max_items + 1].join(",")
    );
    assert!(matches!(
        load(&many),
        Err(ProgressError::Limit(LimitError::TooManyItems { .. }))
    ));
    let long = format!(
        r#"{{"version":2,"terms_opened":{{"a":["{}"]}}}}"#,
        "x".repeat(PROGRESS.max_string_bytes + 1)
    );
    assert!(matches!(
        load(&long),
        Err(ProgressError::Limit(LimitError::StringTooLong { .. }))
    ));
    let big = " ".repeat(PROGRESS.max_bytes + 1);
    assert!(matches!(
        load(&big),
        Err(ProgressError::Limit(LimitError::TooLarge { .. }))
    ));
    assert!(matches!(
        import(&big),
        Err(ProgressError::Limit(LimitError::TooLarge { .. }))
    ));
}

#[test]
fn import_checks_the_envelope() {
    assert_eq!(
        import(r#"{"format":"something-else","version":2,"progress":{}}"#).unwrap_err(),
        ProgressError::NotAnExport {
            found: Some("something-else".into())
        }
    );
    assert!(matches!(
        import(r#"{"format":7,"version":2}"#),
        Err(ProgressError::NotAnExport { found: Some(f) }) if f == "7"
    ));
    assert_eq!(
        import(r#"{"hello":1}"#).unwrap_err(),
        ProgressError::NotAnExport { found: None }
    );
    assert!(matches!(
        import(r#"{"format":"gloss-progress","version":9,"progress":{"version":9}}"#),
        Err(ProgressError::FutureVersion { found: 9, .. })
    ));
    assert!(matches!(
        import(r#"{"format":"gloss-progress","version":1,"progress":{"version":1}}"#),
        Err(ProgressError::UnknownVersion { found: 1 })
    ));
    assert!(matches!(
        import(r#"{"format":"gloss-progress","version":2}"#),
        Err(ProgressError::Shape { path, .. }) if path == "progress"
    ));
    assert!(matches!(
        import(r#"{"format":"gloss-progress","version":2,"progress":{"version":2,"attempts":5}}"#),
        Err(ProgressError::Shape { path, .. }) if path == "progress.attempts"
    ));
    // Payload problems are reported with the envelope path.
    let loaded = import(
        r#"{"format":"gloss-progress","version":2,"exported_at_ms":"soon","note":"hi",
            "progress":{"version":2,"attempts":[1]}}"#,
    )
    .unwrap();
    let paths: Vec<&str> = loaded.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["note", "exported_at_ms", "progress.attempts[0]"]);
    assert_eq!(loaded.exported_at_ms, None);
    // An export may carry migrated v1 data.
    let loaded = import(
        r#"{"format":"gloss-progress","version":2,"exported_at_ms":5,
            "progress":{"version":1,"scores":{"a":{"best":1,"total":2,"attempts":1}}}}"#,
    )
    .unwrap();
    assert_eq!(loaded.store.attempts().len(), 1);
    assert_eq!(loaded.from_version, 1);
}

#[test]
fn random_bytes_and_mutations_never_panic() {
    let mut rng = SplitMix64::new(0x5eed);
    let valid = sample_store().export_json(1).unwrap();
    let alphabet = br#"{}[]",:0123456789-.eE truefalsnul\"version"attempts"#;
    for round in 0..3_000 {
        let len = rng.below(200) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if round % 2 == 0 {
                    rng.next_u64() as u8
                } else {
                    alphabet[rng.below(alphabet.len() as u64) as usize]
                }
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        let _ = load(&text);
        let _ = import(&text);
        // Byte-level mutations of a valid export: flip, delete, duplicate.
        let mut m = valid.clone().into_bytes();
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(m.len() as u64) as usize;
            match rng.below(3) {
                0 => m[i] = alphabet[rng.below(alphabet.len() as u64) as usize],
                1 => {
                    m.remove(i);
                }
                _ => {
                    let b = m[i];
                    m.insert(i, b);
                }
            }
        }
        let text = String::from_utf8_lossy(&m);
        if let Ok(loaded) = import(&text) {
            // Whatever survives is valid: it round-trips with no warnings.
            let again = load(&loaded.store.to_json().unwrap()).unwrap();
            assert_eq!(again.store, loaded.store);
            assert!(again.warnings.is_empty());
        }
    }
}

// ---------------------------------------------------------------- documentation

/// The ```json blocks of docs/progress-format.md, in order.
fn doc_examples() -> Vec<String> {
    let doc = include_str!("../../../../docs/progress-format.md");
    doc.split("```json")
        .skip(1)
        .map(|block| block.split("```").next().unwrap().to_owned())
        .collect()
}

#[test]
fn documented_examples_are_valid() {
    let examples = doc_examples();
    assert_eq!(examples.len(), 3);
    let v2 = load(&examples[0]).unwrap();
    assert!(v2.warnings.is_empty(), "{:?}", v2.warnings);
    assert_eq!(v2.store.attempts().len(), 2);
    assert_eq!(v2.store.in_progress().len(), 1);
    assert_eq!(gloss_core::words::count(v2.store.words()), 2);
    // The documented review is the schedule's: box 2 on day 20454 is due two days later.
    let today = gloss_core::words::day_number(1_767_312_000_000, 0);
    assert_eq!(v2.store.due_count(today), 1);
    assert_eq!(v2.store.due_count(today + 2), 2);
    // The documented store is canonical: writing it back gives the same data.
    let rewritten: Value = serde_json::from_str(&v2.store.to_json().unwrap()).unwrap();
    let documented: Value = serde_json::from_str(&examples[0]).unwrap();
    assert_eq!(rewritten, documented);

    let v1 = load(&examples[1]).unwrap();
    assert!(v1.warnings.is_empty() && v1.from_version == 1);
    assert_eq!(v1.store.attempts().len(), 1);

    let export = import(&examples[2]).unwrap();
    assert!(export.warnings.is_empty() && export.store.is_empty());
    assert_eq!(export.exported_at_ms, Some(1_767_398_400_000));
}

#[test]
fn documented_ids_are_current() {
    let doc = include_str!("../../../../docs/progress-format.md");
    for (article, started, seed) in [
        ("un-security-council-veto", 0, 0),
        ("coral-reef-bleaching", 1_767_225_600_000, 42),
    ] {
        let id = attempt_id(article, started, seed);
        assert!(doc.contains(&format!("\"id\": \"{id}\"")), "{id}");
    }
}

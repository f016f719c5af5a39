//! "My words" in the progress store: recording opened terms with their
//! text, the Leitner review, due counts, version 3 on disk with migration
//! from version 2, export/import, and the storage policy (blocked, full,
//! corrupt, two tabs) applying to words as to the rest of the progress.

use gloss_core::progress::{
    import, load, merge, Notice, Persistence, ProgressStore, RecordProblem, Status, STORAGE_KEY,
};
use gloss_core::storage::{MemoryStorage, StorageError};
use gloss_core::words::{self, day_number, Grade, WordText, MAX_TEXT_BYTES, MAX_WORDS};

const NOW: u64 = 1_767_225_600_000;

fn today() -> u32 {
    day_number(NOW, 0)
}

fn text(term: &str, definition: &str) -> WordText {
    WordText::new(NOW, term, definition, "Why coral reefs are turning white")
}

fn with_words() -> ProgressStore {
    let mut s = ProgressStore::new();
    s.record_word(
        "coral",
        "bleaching",
        text("Bleaching", "Corals turn white."),
    )
    .unwrap();
    s.record_word("coral", "polyp", text("Polyp", "A tiny animal."))
        .unwrap();
    let veto = WordText::new(NOW + 5, "Veto", "A no that stops a decision.", "The veto");
    s.record_word("veto", "veto", veto).unwrap();
    s
}

#[test]
fn opened_terms_are_listed_by_article_with_their_definitions() {
    let s = with_words();
    let groups = s.word_groups();
    let titles: Vec<&str> = groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Why coral reefs are turning white", "The veto"],
        "by article id"
    );
    let coral: Vec<(&str, &str)> = groups[0]
        .words
        .iter()
        .map(|(_, w)| (w.text.term.as_str(), w.text.definition.as_str()))
        .collect();
    assert_eq!(
        coral,
        [
            ("Bleaching", "Corals turn white."),
            ("Polyp", "A tiny animal.")
        ]
    );
}

#[test]
fn reopening_keeps_the_schedule_and_takes_updated_text() {
    let mut s = with_words();
    s.answer_word("coral", "polyp", Grade::KnewIt, today(), NOW)
        .unwrap();
    let same = text("Polyp", "A tiny animal.");
    assert_eq!(
        s.record_word("coral", "polyp", same),
        Ok(false),
        "nothing to save"
    );
    let updated = WordText::new(NOW + 1, "Polyp", "A tiny soft animal.", "T");
    assert_eq!(s.record_word("coral", "polyp", updated), Ok(true));
    let w = &s.words()["coral"]["polyp"];
    assert_eq!(w.text.definition, "A tiny soft animal.");
    assert_eq!(w.leitner_box(), 2, "the review is kept");
}

#[test]
fn a_review_moves_words_between_boxes_and_the_due_count_follows_the_days() {
    let mut s = with_words();
    let day = today();
    assert_eq!(s.due_count(day), 3, "new words are due at once");
    let order: Vec<String> = s.due_words(day).into_iter().map(|d| d.term_id).collect();
    assert_eq!(order, ["bleaching", "polyp", "veto"]);

    s.answer_word("coral", "bleaching", Grade::KnewIt, day, NOW)
        .unwrap();
    s.answer_word("coral", "polyp", Grade::NotYet, day, NOW)
        .unwrap();
    assert_eq!(s.due_count(day), 1);
    assert_eq!(s.words()["coral"]["bleaching"].leitner_box(), 2);
    assert_eq!(s.words()["coral"]["polyp"].leitner_box(), 1);
    assert_eq!(s.due_count(day + 1), 2, "not yet: tomorrow");
    assert_eq!(s.due_count(day + 2), 3, "box 2: two days");
    // Box 1 comes first in a review, then by article and term.
    let order: Vec<String> = s
        .due_words(day + 2)
        .into_iter()
        .map(|d| d.term_id)
        .collect();
    assert_eq!(order, ["polyp", "veto", "bleaching"]);
    assert_eq!(
        s.answer_word("coral", "gone", Grade::KnewIt, day, NOW),
        Ok(false)
    );
}

#[test]
fn bad_words_are_refused_and_limits_hold() {
    let mut s = ProgressStore::new();
    let err = s.record_word("Not An Id", "t", text("t", "d")).unwrap_err();
    assert!(matches!(err.problem, RecordProblem::BadId(_)));
    let err = s.record_word("a", "t", text("t", "  ")).unwrap_err();
    assert_eq!(err.problem, RecordProblem::BadText);
    assert_eq!(err.path, "words.a.t.definition");
    assert!(s.is_empty(), "a refused word leaves nothing behind");

    // Long text is cut to fit the storage limits, in any script.
    let long = WordText::new(NOW, "語", &"語".repeat(1000), "");
    s.record_word("a", "t", long).unwrap();
    let d = &s.words()["a"]["t"].text.definition;
    assert!(d.len() <= MAX_TEXT_BYTES && d.ends_with('…'));
    assert!(load(&s.to_json().unwrap()).unwrap().warnings.is_empty());

    let mut full = ProgressStore::new();
    for i in 0..MAX_WORDS {
        let article = format!("a{}", i / 100);
        full.record_word(&article, &format!("t{i}"), text("t", "d"))
            .unwrap();
    }
    let err = full.record_word("b", "x", text("x", "d")).unwrap_err();
    assert!(matches!(err.problem, RecordProblem::TooMany { .. }));
    assert!(full.words().get("b").is_none());
    assert_eq!(words::count(full.words()), MAX_WORDS);
}

#[test]
fn version_3_round_trips_and_version_2_is_migrated() {
    let mut s = with_words();
    s.mark_term_opened("coral", "bleaching").unwrap();
    s.answer_word("veto", "veto", Grade::KnewIt, today(), NOW)
        .unwrap();
    let text = s.to_json().unwrap();
    assert!(text.starts_with(r#"{"version":3,"#));
    assert!(
        text.contains(r#""review":{"at_ms":1767225600000,"box":2,"due_day":"#),
        "{text}"
    );
    let loaded = load(&text).unwrap();
    assert_eq!(loaded.store, s);
    assert!(loaded.warnings.is_empty() && !loaded.migrated());

    let v2 = r#"{"version":2,"terms_opened":{"coral":["bleaching"]}}"#;
    let loaded = load(v2).unwrap();
    assert!(loaded.migrated() && loaded.from_version == 2);
    assert!(loaded.store.words().is_empty());
    assert_eq!(loaded.store.terms_opened()["coral"].len(), 1);
    // A `words` field is not part of version 2.
    let odd = load(r#"{"version":2,"words":{}}"#).unwrap();
    assert_eq!(odd.warnings[0].problem, RecordProblem::UnknownField);
}

#[test]
fn exports_carry_words_and_old_exports_still_import() {
    let s = with_words();
    let file = s.export_json(NOW).unwrap();
    assert!(file.contains(r#""format": "gloss-progress""#) && file.contains(r#""version": 3"#));
    let back = import(&file).unwrap();
    assert_eq!(back.store, s);
    // Importing into a fresh store and into itself: same words.
    assert_eq!(merge(&ProgressStore::new(), &back.store), s);
    assert_eq!(merge(&s, &back.store), s);

    let v2_export = r#"{"format":"gloss-progress","version":2,"exported_at_ms":5,
        "progress":{"version":2,"terms_opened":{"coral":["bleaching"]}}}"#;
    let old = import(v2_export).unwrap();
    assert!(old.warnings.is_empty() && old.store.words().is_empty());
    assert_eq!(merge(&s, &old.store).words(), s.words());
}

#[test]
fn bad_stored_words_are_dropped_one_by_one_and_reported() {
    let text = r#"{"version":3,"words":{
        "coral":{
          "ok":{"seen_at_ms":1,"term":"Ok","definition":"Fine.","title":""},
          "box":{"seen_at_ms":1,"term":"B","definition":"d","title":"","review":{"at_ms":1,"box":9,"due_day":1}},
          "blank":{"seen_at_ms":1,"term":" ","definition":"d","title":""},
          "extra":{"seen_at_ms":1,"term":"E","definition":"d","title":"","colour":"red"},
          "num":5
        },
        "Bad Id":{},
        "veto":[]
    }}"#;
    let loaded = load(text).unwrap();
    let paths: Vec<String> = loaded.warnings.iter().map(|w| w.path.clone()).collect();
    assert_eq!(loaded.store.words()["coral"].len(), 1, "{paths:?}");
    let expected = [
        "words",
        "words.coral.blank.term",
        "words.coral.box.review.box",
        "words.coral.extra", // `.colour` too with `diagnostics`
        "words.coral.num",
        "words.veto",
    ];
    assert_eq!(paths.len(), expected.len(), "{paths:?}");
    for (path, expected) in paths.iter().zip(expected) {
        assert!(path.starts_with(expected), "{path} vs {expected}");
    }
    assert!(
        load(r#"{"version":3,"words":[]}"#).is_err(),
        "wrong collection type"
    );
}

// ---------------------------------------------------------------- storage policy

fn open(storage: &MemoryStorage) -> (Persistence<MemoryStorage>, ProgressStore) {
    let mut store = ProgressStore::new();
    let (p, _) = Persistence::open(storage.clone(), &mut store, NOW);
    (p, store)
}

#[test]
fn words_follow_the_storage_policy() {
    // Blocked: kept in memory, said once.
    let blocked = MemoryStorage::blocked();
    let mut store = ProgressStore::new();
    let (mut p, out) = Persistence::open(blocked.clone(), &mut store, NOW);
    assert_eq!(out.notices, [Notice::Blocked]);
    store
        .record_word("coral", "polyp", text("Polyp", "d"))
        .unwrap();
    assert_eq!(p.save(&mut store, NOW).status, Status::Blocked);
    assert_eq!(store.due_count(today()), 1);

    // Full: the review stays in memory, the stored text is untouched.
    let storage = MemoryStorage::new();
    let (mut p, mut store) = open(&storage);
    store
        .record_word("coral", "polyp", text("Polyp", "d"))
        .unwrap();
    p.save(&mut store, NOW);
    let before = storage.peek(STORAGE_KEY).unwrap();
    storage.fill();
    store
        .answer_word("coral", "polyp", Grade::KnewIt, today(), NOW)
        .unwrap();
    let out = p.save(&mut store, NOW);
    assert!(matches!(
        out.status,
        Status::Unsaved(StorageError::Quota(_))
    ));
    assert_eq!(storage.peek(STORAGE_KEY).unwrap(), before);
    assert_eq!(store.words()["coral"]["polyp"].leitner_box(), 2);
    storage.set_quota(None);
    p.save(&mut store, NOW);
    assert_eq!(
        load(&storage.peek(STORAGE_KEY).unwrap()).unwrap().store,
        store
    );

    // Corrupt words are dropped and reported; the original is set aside.
    let corrupt = MemoryStorage::new();
    corrupt.put(
        STORAGE_KEY,
        r#"{"version":3,"words":{"coral":{"x":{"seen_at_ms":1}}}}"#,
    );
    let mut store = ProgressStore::new();
    let (_, out) = Persistence::open(corrupt.clone(), &mut store, NOW);
    assert_eq!(out.notices, [Notice::Dropped(1)]);
    assert!(corrupt
        .snapshot()
        .values()
        .any(|v| v.contains(r#""seen_at_ms":1}"#)));
}

#[test]
fn two_tabs_review_and_open_words_without_losing_either() {
    let storage = MemoryStorage::new();
    let (mut a, mut mem_a) = open(&storage);
    let (mut b, mut mem_b) = open(&storage);
    mem_a
        .record_word("coral", "polyp", text("Polyp", "old"))
        .unwrap();
    a.save(&mut mem_a, NOW);
    b.incoming(
        Some(STORAGE_KEY),
        storage.peek(STORAGE_KEY),
        &mut mem_b,
        NOW,
    );
    // Tab B reviews the word; tab A, which has not heard yet, opens it again
    // after the article's definition was updated.
    mem_b
        .answer_word("coral", "polyp", Grade::KnewIt, today(), NOW + 10)
        .unwrap();
    b.save(&mut mem_b, NOW);
    let newer = WordText::new(NOW + 20, "Polyp", "new", "T");
    mem_a.record_word("coral", "polyp", newer).unwrap();
    a.save(&mut mem_a, NOW);
    let stored = load(&storage.peek(STORAGE_KEY).unwrap()).unwrap().store;
    let w = &stored.words()["coral"]["polyp"];
    assert_eq!((w.text.definition.as_str(), w.leitner_box()), ("new", 2));
    b.incoming(
        Some(STORAGE_KEY),
        storage.peek(STORAGE_KEY),
        &mut mem_b,
        NOW,
    );
    assert_eq!(mem_a, mem_b);
}

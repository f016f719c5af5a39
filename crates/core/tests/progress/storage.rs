//! The storage policy for progress ([`Persistence`]) against
//! [`MemoryStorage`]: blocked, full and corrupt storage, quarantine keys,
//! migration, two tabs over one storage, a 10,000-attempt store, and how
//! much work a run of answers costs.

use std::collections::BTreeMap;

use gloss_core::progress::{
    attempt_id, load, quarantine_key, AttemptRecord, Notice, Outcome, Persistence, ProgressStore,
    Status, KEEP_QUARANTINED, MAX_ATTEMPTS, PROGRESS_VERSION, QUARANTINE_PREFIX, STORAGE_KEY,
};
use gloss_core::quiz::{Mode, Response, SavedAttempt};
use gloss_core::storage::{KeyValue, MemoryStorage, StorageError};

const NOW: u64 = 1_767_225_600_000;

/// The `i`th finished attempt at `article` (ids are distinct for distinct `i`).
fn record(article: &str, i: u64) -> AttemptRecord {
    let started_at_ms = NOW + i * 60_000;
    AttemptRecord {
        id: attempt_id(article, started_at_ms, i),
        article_id: article.to_owned(),
        quiz_hash: Some("0123456789abcdef".to_owned()),
        seed: i,
        started_at_ms,
        finished_at_ms: started_at_ms + 30_000,
        answers: BTreeMap::from([("q1".to_owned(), Response::single(0))]),
        score: 1,
        total: 2,
        legacy_attempts: None,
    }
}

/// An unfinished attempt at `article`, saved at `updated` with `answered` questions answered.
fn unfinished(article: &str, updated: u64, answered: u32) -> SavedAttempt {
    SavedAttempt {
        article_id: article.to_owned(),
        quiz_hash: "0123456789abcdef".to_owned(),
        mode: Mode::Immediate,
        seed: 7,
        started_at_ms: NOW,
        updated_at_ms: updated,
        position: answered % 100,
        selections: (0..answered % 100)
            .map(|q| (format!("q{q}"), Response::single(0)))
            .collect(),
        checked: Default::default(),
    }
}

/// A store with `n` finished attempts, as JSON (written directly: adding
/// them one by one re-sorts the store each time).
fn store_json(article: &str, n: u64) -> String {
    let attempts: Vec<AttemptRecord> = (0..n).map(|i| record(article, i)).collect();
    serde_json::json!({"version": PROGRESS_VERSION, "attempts": attempts}).to_string()
}

fn stored(storage: &MemoryStorage) -> ProgressStore {
    load(&storage.peek(STORAGE_KEY).expect("something is stored"))
        .expect("stored progress is readable")
        .store
}

fn quarantined(storage: &MemoryStorage) -> Vec<(String, String)> {
    storage
        .snapshot()
        .into_iter()
        .filter(|(k, _)| k.starts_with(QUARANTINE_PREFIX))
        .collect()
}

fn open(storage: &MemoryStorage) -> (Persistence<MemoryStorage>, ProgressStore, Outcome) {
    let mut store = ProgressStore::new();
    let (p, out) = Persistence::open(storage.clone(), &mut store, NOW);
    (p, store, out)
}

// ---------------------------------------------------------------- blocked and full

#[test]
fn blocked_storage_works_from_memory_and_says_so_once() {
    let storage = MemoryStorage::blocked();
    let (mut p, mut store, out) = open(&storage);
    assert!(matches!(out.status, Status::Blocked));
    assert_eq!(out.notices, [Notice::Blocked]);
    store.record_attempt(record("coral", 1)).unwrap();
    let out = p.save(&mut store, NOW);
    assert_eq!(out.status, Status::Blocked);
    assert!(out.notices.is_empty(), "said once, at open");
    assert_eq!(store.attempts().len(), 1, "memory keeps the attempt");
    assert_eq!(storage.gets(), 0, "blocked storage is not touched again");
    assert!(p.reset(&mut store).unwrap().notices.is_empty());
    assert!(store.is_empty());
}

#[test]
fn a_zero_quota_is_blocked() {
    let storage = MemoryStorage::new();
    storage.set_quota(Some(0));
    let (_, _, out) = open(&storage);
    assert!(matches!(out.status, Status::Blocked), "{:?}", out.status);
}

#[test]
fn full_storage_keeps_memory_and_the_stored_text_and_saves_once_there_is_room() {
    let storage = MemoryStorage::new();
    let before = store_json("coral", 1);
    storage.put(STORAGE_KEY, &before);
    storage.fill();
    let (mut p, mut store, out) = open(&storage);
    assert!(matches!(
        out.status,
        Status::Unsaved(StorageError::Quota(_))
    ));
    assert_eq!(out.notices, [Notice::Quota]);
    assert_eq!(store.attempts().len(), 1, "what is stored is still read");

    store.record_attempt(record("coral", 2)).unwrap();
    let out = p.save(&mut store, NOW);
    assert!(matches!(
        out.status,
        Status::Unsaved(StorageError::Quota(_))
    ));
    assert_eq!(out.notices, [Notice::Quota]);
    assert_eq!(store.attempts().len(), 2, "the new attempt stays in memory");
    assert_eq!(
        storage.peek(STORAGE_KEY).unwrap(),
        before,
        "stored text untouched"
    );

    storage.set_quota(None);
    let out = p.save(&mut store, NOW);
    assert_eq!(out.status, Status::Saved);
    assert_eq!(stored(&storage).attempts().len(), 2);
}

#[test]
fn other_failures_are_reported_and_memory_is_kept() {
    let storage = MemoryStorage::new();
    let (mut p, mut store, _) = open(&storage);
    storage.fail_with(Some(StorageError::Other("disk on fire".into())));
    store.record_attempt(record("coral", 1)).unwrap();
    let out = p.save(&mut store, NOW);
    assert_eq!(out.notices, [Notice::WriteFailed("disk on fire".into())]);
    assert_eq!(out.log.len(), 1);
    assert_eq!(store.attempts().len(), 1);
    storage.fail_with(None);
    assert_eq!(p.save(&mut store, NOW).status, Status::Saved);
    assert_eq!(stored(&storage), store);
}

// ---------------------------------------------------------------- corrupt data

#[test]
fn corrupt_data_is_set_aside_before_anything_overwrites_it() {
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, "{not json");
    let (mut p, mut store, out) = open(&storage);
    assert!(
        matches!(out.notices.as_slice(), [Notice::Quarantined(why)] if why.contains("not valid JSON"))
    );
    assert_eq!(out.status, Status::Saved);
    assert!(store.is_empty());
    assert_eq!(
        quarantined(&storage),
        [(quarantine_key(NOW), "{not json".to_owned())]
    );
    store.record_attempt(record("coral", 1)).unwrap();
    p.save(&mut store, NOW + 5);
    assert_eq!(stored(&storage).attempts().len(), 1);
    assert_eq!(
        quarantined(&storage).len(),
        1,
        "the copy stays after a write"
    );
}

#[test]
fn corrupt_data_that_cannot_be_set_aside_is_never_overwritten() {
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, "this is not progress");
    storage.fill();
    let (mut p, mut store, out) = open(&storage);
    assert!(matches!(
        out.notices.as_slice(),
        [Notice::Quota, Notice::CannotSetAside(_)]
    ));
    assert!(matches!(
        out.status,
        Status::Unsaved(StorageError::Other(_))
    ));
    store.record_attempt(record("coral", 1)).unwrap();
    for _ in 0..3 {
        let out = p.save(&mut store, NOW);
        assert!(matches!(out.status, Status::Unsaved(_)));
    }
    assert_eq!(storage.peek(STORAGE_KEY).unwrap(), "this is not progress");
    assert!(quarantined(&storage).is_empty());
    assert_eq!(store.attempts().len(), 1);

    // Room again: set aside on the next save, then written.
    storage.set_quota(None);
    let out = p.save(&mut store, NOW + 1);
    assert_eq!(out.status, Status::Saved);
    assert_eq!(quarantined(&storage)[0].1, "this is not progress");
    assert_eq!(stored(&storage).attempts().len(), 1);
}

#[test]
fn quarantine_keys_rotate_keep_the_newest_and_never_repeat_a_text() {
    let storage = MemoryStorage::new();
    let mut kept = Vec::new();
    for (i, text) in ["a", "b", "c", "d"].iter().enumerate() {
        storage.put(STORAGE_KEY, text);
        // All in the same millisecond: each gets the next free one.
        let (_, _, out) = open(&storage);
        assert!(matches!(out.notices.as_slice(), [Notice::Quarantined(_)]));
        kept.push((quarantine_key(NOW + i as u64), (*text).to_owned()));
    }
    let newest = kept[kept.len() - KEEP_QUARANTINED..].to_vec();
    assert_eq!(quarantined(&storage), newest);
    // The first free millisecond is now the removed one: the new text is
    // kept all the same, with the two newest others.
    storage.put(STORAGE_KEY, "e");
    open(&storage);
    let mut newest = vec![(quarantine_key(NOW), "e".to_owned())];
    newest.extend(kept[kept.len() - 2..].iter().cloned());
    assert_eq!(quarantined(&storage), newest);
    // The same text again is not set aside twice.
    storage.put(STORAGE_KEY, "e");
    open(&storage);
    assert_eq!(quarantined(&storage), newest);
}

#[test]
fn dropped_records_are_reported_and_the_original_kept() {
    let text = r#"{"version":1,"scores":{"coral":{"best":3,"total":7,"attempts":2},"bad":{"best":9,"total":4,"attempts":1}}}"#;
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, text);
    let (_, store, out) = open(&storage);
    assert_eq!(out.notices, [Notice::Dropped(1)]);
    assert_eq!(out.log.len(), 1, "{:?}", out.log);
    assert_eq!(store.attempts().len(), 1);
    assert_eq!(quarantined(&storage)[0].1, text);
    assert_eq!(
        stored(&storage),
        store,
        "the repaired store is written back"
    );
}

#[test]
fn version_one_is_migrated_silently_written_back_and_kept_aside() {
    let v1 = r#"{"version":1,"scores":{"coral":{"best":2,"total":3,"attempts":4}}}"#;
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, v1);
    let (_, store, out) = open(&storage);
    assert!(out.notices.is_empty(), "migration is silent");
    assert_eq!(out.status, Status::Saved);
    assert_eq!(store.summary("coral", "x").attempts, 4);
    assert!(storage
        .peek(STORAGE_KEY)
        .unwrap()
        .starts_with(r#"{"version":3"#));
    assert_eq!(quarantined(&storage)[0].1, v1);
}

// ---------------------------------------------------------------- two tabs

#[test]
fn two_tabs_over_one_storage_merge_and_a_reset_empties_both() {
    let storage = MemoryStorage::new();
    let (mut a, mut mem_a, _) = open(&storage);
    let (mut b, mut mem_b, _) = open(&storage);

    mem_a.record_attempt(record("coral", 1)).unwrap();
    a.save(&mut mem_a, NOW);
    // B never heard of A's write (no storage event): its save reads it first.
    mem_b.record_attempt(record("veto", 2)).unwrap();
    mem_b.mark_term_opened("veto", "veto-power").unwrap();
    b.save(&mut mem_b, NOW);
    assert_eq!(stored(&storage).attempts().len(), 2, "nothing overwritten");
    assert_eq!(mem_b.attempts().len(), 2);

    // A hears of B's write.
    let out = a.incoming(
        Some(STORAGE_KEY),
        storage.peek(STORAGE_KEY),
        &mut mem_a,
        NOW,
    );
    assert!(out.changed);
    assert_eq!(mem_a, mem_b);
    let again = a.incoming(
        Some(STORAGE_KEY),
        storage.peek(STORAGE_KEY),
        &mut mem_a,
        NOW,
    );
    assert!(!again.changed, "merging is idempotent");

    // Other keys are not ours.
    let other = a.incoming(Some("theme"), Some("dark".into()), &mut mem_a, NOW);
    assert!(!other.changed);

    // A reset in B empties A.
    b.reset(&mut mem_b).unwrap();
    assert_eq!(storage.peek(STORAGE_KEY), None);
    let out = a.incoming(Some(STORAGE_KEY), None, &mut mem_a, NOW);
    assert!(out.changed && mem_a.is_empty());
    // So does clearing all of the site's storage.
    mem_a.record_attempt(record("coral", 3)).unwrap();
    assert!(a.incoming(None, None, &mut mem_a, NOW).changed);
    assert!(mem_a.is_empty());
}

#[test]
fn garbage_from_another_tab_is_ignored_then_set_aside_by_the_next_save() {
    let storage = MemoryStorage::new();
    let (mut p, mut store, _) = open(&storage);
    store.record_attempt(record("coral", 1)).unwrap();
    p.save(&mut store, NOW);
    storage.put(STORAGE_KEY, "garbage");
    let out = p.incoming(Some(STORAGE_KEY), Some("garbage".into()), &mut store, NOW);
    assert!(!out.changed);
    assert_eq!(out.log.len(), 1);
    assert_eq!(store.attempts().len(), 1);
    let out = p.save(&mut store, NOW);
    assert!(matches!(out.notices.as_slice(), [Notice::Quarantined(_)]));
    assert_eq!(quarantined(&storage)[0].1, "garbage");
    assert_eq!(stored(&storage).attempts().len(), 1);
}

/// Progress written by a newer Gloss (a tab left open across an update, or
/// a reader going back to an older copy) is neither set aside nor written
/// over: this tab keeps its answers in memory and says why they are not
/// saved, at open and when another tab writes it.
#[test]
fn progress_from_a_newer_gloss_is_left_untouched() {
    let newer = r#"{"version":99,"attempts":[],"words":{"x":1}}"#;
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, newer);
    let (mut p, mut store, out) = open(&storage);
    assert!(matches!(
        out.notices.as_slice(),
        [Notice::NewerVersion { found: 99, .. }]
    ));
    assert!(matches!(out.status, Status::Unsaved(_)));
    store.record_attempt(record("coral", 1)).unwrap();
    let out = p.save(&mut store, NOW);
    assert!(matches!(out.status, Status::Unsaved(_)));
    assert_eq!(storage.peek(STORAGE_KEY).unwrap(), newer);
    assert!(quarantined(&storage).is_empty());
    assert_eq!(store.attempts().len(), 1);

    // The same from another tab, after this one had saved.
    let storage = MemoryStorage::new();
    let (mut p, mut store, _) = open(&storage);
    store.record_attempt(record("coral", 1)).unwrap();
    assert_eq!(p.save(&mut store, NOW).status, Status::Saved);
    storage.put(STORAGE_KEY, newer);
    let out = p.incoming(Some(STORAGE_KEY), Some(newer.into()), &mut store, NOW);
    assert!(!out.changed);
    store.record_attempt(record("coral", 2)).unwrap();
    let out = p.save(&mut store, NOW);
    assert!(matches!(
        out.notices.as_slice(),
        [Notice::NewerVersion { found: 99, .. }]
    ));
    assert!(matches!(out.status, Status::Unsaved(_)));
    assert_eq!(storage.peek(STORAGE_KEY).unwrap(), newer);
    assert!(quarantined(&storage).is_empty());
    assert_eq!(store.attempts().len(), 2);

    // Once the newer progress is gone (reset there), saving works again.
    storage.remove(STORAGE_KEY).unwrap();
    assert_eq!(p.save(&mut store, NOW).status, Status::Saved);
    assert_eq!(stored(&storage).attempts().len(), 2);
}

#[test]
fn a_write_from_another_tab_retries_an_unsaved_save() {
    let storage = MemoryStorage::new();
    let (mut a, mut mem_a, _) = open(&storage);
    storage.set_quota(Some(storage.snapshot().len()));
    mem_a.record_attempt(record("coral", 1)).unwrap();
    assert!(matches!(a.save(&mut mem_a, NOW).status, Status::Unsaved(_)));
    // The other tab frees space and writes its own progress.
    storage.set_quota(None);
    let theirs = store_json("veto", 1);
    storage.set(STORAGE_KEY, &theirs).unwrap();
    let out = a.incoming(Some(STORAGE_KEY), Some(theirs), &mut mem_a, NOW);
    assert_eq!(out.status, Status::Saved);
    assert_eq!(stored(&storage).attempts().len(), 2);
}

// ---------------------------------------------------------------- size and cost

#[test]
fn a_10000_attempt_store_loads_saves_trimmed_and_merges() {
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, &store_json("coral", 10_000));
    let (mut p, mut store, out) = open(&storage);
    assert_eq!(out.status, Status::Saved);
    assert!(out.notices.is_empty());
    assert_eq!(store.attempts().len(), 10_000);

    store.save_in_progress(unfinished("reef", NOW, 1)).unwrap();
    let out = p.save(&mut store, NOW);
    assert!(out.changed, "trimmed");
    assert_eq!(store.attempts().len(), MAX_ATTEMPTS);
    let kept = stored(&storage);
    assert_eq!(kept, store);
    assert_eq!(
        kept.attempts()[0].id,
        record("coral", 10_000 - MAX_ATTEMPTS as u64).id,
        "the oldest are dropped"
    );

    // Another tab's 10,000 attempts (other ids) arrive: merged, then trimmed on save.
    let theirs = store_json("veto", 10_000);
    storage.set(STORAGE_KEY, &theirs).unwrap();
    let out = p.incoming(Some(STORAGE_KEY), Some(theirs), &mut store, NOW);
    assert!(out.changed);
    assert_eq!(store.attempts().len(), MAX_ATTEMPTS + 10_000);
    p.save(&mut store, NOW);
    assert_eq!(stored(&storage).attempts().len(), MAX_ATTEMPTS);
    assert_eq!(store.in_progress().len(), 1);
}

/// A click on an answer saves the unfinished attempt. 100 answers in a row
/// must not parse (and merge) the stored progress 100 times: it is parsed
/// once when the tab opens, and again only when another writer changed it.
#[test]
fn a_run_of_answers_parses_the_stored_progress_once() {
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, &store_json("coral", 1000));
    let (mut p, mut store, _) = open(&storage);
    assert_eq!(p.full_reads(), 1);
    let writes = storage.writes();
    for i in 1..=100u32 {
        store
            .save_in_progress(unfinished("veto", NOW + u64::from(i), i))
            .unwrap();
        assert_eq!(p.save(&mut store, NOW).status, Status::Saved);
    }
    assert_eq!(
        p.full_reads(),
        1,
        "stored progress parsed again while answering"
    );
    assert_eq!(storage.writes() - writes, 100, "every answer is written");
    assert_eq!(stored(&storage), store);

    // A write nobody announced (same page, devtools, another build): the
    // next save sees a different text, reads it and merges.
    let mut other = stored(&storage);
    other.mark_read("webb", NOW).unwrap();
    storage.set(STORAGE_KEY, &other.to_json().unwrap()).unwrap();
    store
        .save_in_progress(unfinished("veto", NOW + 500, 101))
        .unwrap();
    p.save(&mut store, NOW);
    assert_eq!(p.full_reads(), 2);
    assert!(stored(&storage).articles_read().contains_key("webb"));
    assert_eq!(stored(&storage).in_progress()[0].updated_at_ms, NOW + 500);

    // An announced write (storage event) is parsed once, there; saving
    // afterwards does not parse it again.
    other = stored(&storage);
    other.mark_read("reef", NOW).unwrap();
    let text = other.to_json().unwrap();
    storage.set(STORAGE_KEY, &text).unwrap();
    p.incoming(Some(STORAGE_KEY), Some(text), &mut store, NOW);
    store
        .save_in_progress(unfinished("veto", NOW + 600, 102))
        .unwrap();
    p.save(&mut store, NOW);
    assert_eq!(p.full_reads(), 2);
    assert!(stored(&storage).articles_read().contains_key("reef"));
}

#[test]
fn nothing_is_written_when_nothing_changed() {
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, &store_json("coral", 3));
    let (mut p, mut store, _) = open(&storage);
    // The first save writes the canonical form.
    p.save(&mut store, NOW);
    let writes = storage.writes();
    p.save(&mut store, NOW);
    p.save(&mut store, NOW);
    assert_eq!(storage.writes(), writes);
}

#[test]
fn reset_removes_the_store_but_not_what_was_set_aside() {
    let storage = MemoryStorage::new();
    storage.put(STORAGE_KEY, "{");
    let (mut p, mut store, _) = open(&storage);
    store.record_attempt(record("coral", 1)).unwrap();
    p.save(&mut store, NOW);
    let out = p.reset(&mut store).unwrap();
    assert!(out.changed && store.is_empty());
    assert_eq!(storage.peek(STORAGE_KEY), None);
    assert_eq!(quarantined(&storage).len(), 1);
    storage.fail_with(Some(StorageError::Other("no".into())));
    assert_eq!(p.reset(&mut store), Err(StorageError::Other("no".into())));
}

/// The shell changes the store in place (no copy per click), which is only
/// right if a refused change leaves the store exactly as it was.
#[test]
fn refused_changes_leave_the_store_untouched() {
    let mut store = ProgressStore::new();
    store.record_attempt(record("coral", 1)).unwrap();
    store
        .save_in_progress(unfinished("veto", NOW + 10, 1))
        .unwrap();
    store.mark_term_opened("coral", "algae").unwrap();
    store.mark_read("coral", NOW).unwrap();
    let before = store.clone();

    let mut bad = record("coral", 2);
    bad.score = 9;
    assert!(store.record_attempt(bad).is_err());
    let mut bad = unfinished("veto", NOW + 1, 1);
    bad.position = 1000;
    assert!(store.save_in_progress(bad).is_err());
    assert!(store.mark_term_opened("../x", "algae").is_err());
    assert!(store.mark_term_opened("coral", "").is_err());
    assert!(store.mark_read("Not An Id", NOW).is_err());
    assert!(store.mark_read("coral", u64::MAX).is_err());
    // An older save than the stored one is not kept.
    assert_eq!(
        store.save_in_progress(unfinished("veto", NOW + 5, 2)),
        Ok(false)
    );
    assert_eq!(store, before);
}

//! Earlier versions of the stored progress and how they become the current
//! one. Version 1 kept one summary line per article; version 2 keeps every
//! attempt; version 3 adds "My words" (`words`): a version-2 store reads as
//! version 3 with no words, since it never kept a term's text. (Its
//! `terms_opened` stay; the app adds them to My words with their text the
//! next time their article is open.)

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::check::{self, join, RecordIssue};
use super::parse::{field, typed, unknown_fields};
use super::{attempt_id, AttemptRecord, ProgressError, ProgressStore};

/// Version 1, as an early build stored it:
/// `{"version":1,"scores":{"<article id>":{"best":n,"total":m,"attempts":k}}}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgressV1 {
    pub scores: BTreeMap<String, V1Score>,
}

/// One article's line in version 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct V1Score {
    /// Best number of correct answers.
    pub best: u32,
    /// Questions in the quiz.
    pub total: u32,
    /// Attempts taken.
    pub attempts: u32,
}

/// Turns version-1 summaries into version-2 records: one record per article
/// standing for its `attempts` (`legacy_attempts`), scored with its `best`,
/// with no answers, no quiz hash (so it shows as taken on an earlier
/// version), seed 0 and times 0 (so any real attempt is newer). Invalid
/// lines are dropped and reported.
pub fn migrate_v1_to_v2(v1: &ProgressV1) -> (ProgressStore, Vec<RecordIssue>) {
    let mut store = ProgressStore::default();
    let mut warnings = Vec::new();
    for (article, score) in &v1.scores {
        let path = join("scores", article);
        let record = AttemptRecord {
            id: attempt_id(article, 0, 0),
            article_id: article.clone(),
            quiz_hash: None,
            seed: 0,
            started_at_ms: 0,
            finished_at_ms: 0,
            answers: BTreeMap::new(),
            score: score.best,
            total: score.total,
            legacy_attempts: Some(score.attempts),
        };
        match check::record(&record) {
            Ok(()) => store.attempts.push(record),
            Err(issue) => {
                // Name the v1 field rather than the v2 one.
                let field = match issue.path.as_str() {
                    "score" => "best",
                    "legacy_attempts" => "attempts",
                    "article_id" | "id" => "",
                    other => other,
                };
                warnings.push(RecordIssue::new(join(&path, field), issue.problem));
            }
        }
    }
    store.normalize();
    (store, warnings)
}

pub(super) fn parse_v1(
    obj: &Map<String, Value>,
    base: &str,
) -> Result<(ProgressStore, Vec<RecordIssue>), ProgressError> {
    let mut warnings = unknown_fields(obj, base, &["version", "scores"]);
    let mut v1 = ProgressV1::default();
    if let Some(scores) = field(obj, base, "scores", Value::as_object, "an object")? {
        for (article, v) in scores {
            match typed::<V1Score>(v, &join(&join(base, "scores"), article)) {
                Ok(score) => {
                    v1.scores.insert(article.clone(), score);
                }
                Err(issue) => warnings.push(issue),
            }
        }
    }
    let (store, migration) = migrate_v1_to_v2(&v1);
    warnings.extend(migration.into_iter().map(|i| i.under(base)));
    Ok((store, warnings))
}

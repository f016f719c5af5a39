//! From untrusted text to a [`ProgressStore`]: limits, JSON syntax, version
//! (migrating earlier ones), then record by record: a bad record is dropped
//! and reported, a bad file is a typed [`ProgressError`]. Never panics.

use std::collections::BTreeSet;

use crate::content::json::{kind_of, syntax_message};
use serde::de::DeserializeOwned;

use serde_json::{Map, Value};

use super::check::{self, join, RecordIssue, RecordProblem};
use super::migrate::parse_v1;

use super::{
    AttemptRecord, ProgressError, ProgressStore, ReadMark, EXPORT_FORMAT, MAX_TERMS_PER_ARTICLE,
    MAX_TIME_MS, PROGRESS, PROGRESS_VERSION,
};
use crate::content::limits;
use crate::quiz::SavedAttempt;

/// A store read from text, with what had to be dropped or ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub store: ProgressStore,
    /// Records dropped and fields ignored, with their paths. The browser
    /// layer should log these (and may keep the original text aside).
    pub warnings: Vec<RecordIssue>,
    /// The version the text was in; less than [`PROGRESS_VERSION`] means it
    /// was migrated and should be written back.
    pub from_version: u32,
    /// For an export file, when it was exported.
    pub exported_at_ms: Option<u64>,
}

impl Loaded {
    /// True when the text was in an earlier version.
    pub fn migrated(&self) -> bool {
        self.from_version < PROGRESS_VERSION
    }
}

/// Reads the stored progress (`localStorage[STORAGE_KEY]`), any version.
pub fn load(text: &str) -> Result<Loaded, ProgressError> {
    let value = parse_text(text)?;
    from_value(&value, "")
}

/// Reads an export file (`{"format":"gloss-progress",…}`) for merging into
/// the current store. A bare stored document is accepted too.
pub fn import(text: &str) -> Result<Loaded, ProgressError> {
    let value = parse_text(text)?;
    let obj = object(&value, "")?;
    let format = match obj.get("format") {
        // A raw `gloss:progress` value copied by hand.
        None if obj.contains_key("version") => return from_value(&value, ""),
        None => return Err(ProgressError::NotAnExport { found: None }),
        Some(f) => f,
    };
    if format.as_str() != Some(EXPORT_FORMAT) {
        return Err(ProgressError::NotAnExport {
            found: Some(
                format
                    .as_str()
                    .map_or_else(|| format.to_string(), str::to_owned),
            ),
        });
    }
    // Export files are versioned with the store inside them: 2 and 3.
    match version(obj, "")? {
        2..=3 => {}
        found if found > u64::from(PROGRESS_VERSION) => {
            return Err(ProgressError::FutureVersion {
                found,
                supported: PROGRESS_VERSION,
            })
        }
        found => return Err(ProgressError::UnknownVersion { found }),
    }
    let mut warnings = unknown_fields(
        obj,
        "",
        &["format", "version", "exported_at_ms", "progress"],
    );
    let exported_at_ms = match obj.get("exported_at_ms") {
        None => None,
        Some(v) => match v.as_u64() {
            Some(t) if t <= MAX_TIME_MS => Some(t),
            Some(t) => {
                warnings.push(RecordIssue::new(
                    "exported_at_ms",
                    RecordProblem::BadTime(t),
                ));
                None
            }
            None => {
                warnings.push(RecordIssue::new(
                    "exported_at_ms",
                    RecordProblem::Shape(format!("expected a whole number, found {}", kind_of(v))),
                ));
                None
            }
        },
    };
    let progress = obj.get("progress").ok_or_else(|| ProgressError::Shape {
        path: "progress".to_owned(),
        message: "missing".to_owned(),
    })?;
    let mut loaded = from_value(progress, "progress")?;
    warnings.append(&mut loaded.warnings);
    loaded.warnings = warnings;
    loaded.exported_at_ms = exported_at_ms;
    Ok(loaded)
}

fn parse_text(text: &str) -> Result<Value, ProgressError> {
    limits::check(text, &PROGRESS)?;
    serde_json::from_str(text).map_err(|e| ProgressError::Syntax {
        line: e.line(),
        column: e.column(),
        message: syntax_message(&e),
    })
}

fn shape(path: &str, expected: &str, found: &Value) -> ProgressError {
    ProgressError::Shape {
        path: path.to_owned(),
        message: format!("expected {expected}, found {}", kind_of(found)),
    }
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, ProgressError> {
    v.as_object().ok_or_else(|| shape(path, "an object", v))
}

fn version(obj: &Map<String, Value>, base: &str) -> Result<u64, ProgressError> {
    let v = obj.get("version").ok_or(ProgressError::MissingVersion)?;
    v.as_u64()
        .ok_or_else(|| shape(&join(base, "version"), "a whole number", v))
}

pub(super) fn unknown_fields(
    obj: &Map<String, Value>,
    base: &str,
    known: &[&str],
) -> Vec<RecordIssue> {
    obj.keys()
        .filter(|k| !known.contains(&k.as_str()))
        .map(|k| RecordIssue::new(join(base, k), RecordProblem::UnknownField))
        .collect()
}

/// An optional top-level collection: missing is empty; the wrong type makes
/// the whole file unreadable (it is not one bad record).
pub(super) fn field<'a, T>(
    obj: &'a Map<String, Value>,
    base: &str,
    key: &str,
    get: fn(&'a Value) -> Option<&'a T>,
    expected: &str,
) -> Result<Option<&'a T>, ProgressError> {
    match obj.get(key) {
        None => Ok(None),
        Some(v) => get(v)
            .map(Some)
            .ok_or_else(|| shape(&join(base, key), expected, v)),
    }
}

/// Deserializes one record, reporting the path inside it on failure (with
/// `diagnostics`; without, the record's own path).
pub(super) fn typed<T: DeserializeOwned>(v: &Value, path: &str) -> Result<T, RecordIssue> {
    #[cfg(feature = "diagnostics")]
    let result = serde_path_to_error::deserialize(v).map_err(|e| {
        let inner = e.path().to_string();
        let inner = if inner == "." { String::new() } else { inner };
        (inner, e.into_inner())
    });
    #[cfg(not(feature = "diagnostics"))]
    let result = serde::Deserialize::deserialize(v).map_err(|e| (String::new(), e));
    result.map_err(|(inner, e)| {
        let message = e.to_string().replace("invalid type: ", "wrong type: ");
        RecordIssue::new(join(path, &inner), RecordProblem::Shape(message))
    })
}

fn from_value(value: &Value, base: &str) -> Result<Loaded, ProgressError> {
    let obj = object(value, base)?;
    let found = version(obj, base)?;
    let (store, warnings) = match found {
        1 => parse_v1(obj, base)?,
        2 => parse_v2(obj, base, false)?,
        3 => parse_v2(obj, base, true)?,
        found if found > u64::from(PROGRESS_VERSION) => {
            return Err(ProgressError::FutureVersion {
                found,
                supported: PROGRESS_VERSION,
            })
        }
        found => return Err(ProgressError::UnknownVersion { found }),
    };
    Ok(Loaded {
        store,
        warnings,
        from_version: u32::try_from(found).unwrap_or(u32::MAX),
        exported_at_ms: None,
    })
}

/// Versions 2 and 3 (which adds `words`; see `migrate.rs`).
fn parse_v2(
    obj: &Map<String, Value>,
    base: &str,
    with_words: bool,
) -> Result<(ProgressStore, Vec<RecordIssue>), ProgressError> {
    let known = [
        "version",
        "attempts",
        "in_progress",
        "terms_opened",
        "articles_read",
        "words",
    ];
    let known = if with_words { &known[..] } else { &known[..5] };
    let mut warnings = unknown_fields(obj, base, known);
    let mut store = ProgressStore::default();
    if with_words {
        if let Some(words) = field(obj, base, "words", Value::as_object, "an object")? {
            let (words, mut issues) = crate::words::parse_words(words, &join(base, "words"));
            store.words = words;
            warnings.append(&mut issues);
        }
    }

    let mut ids = BTreeSet::new();
    for (i, v) in field(obj, base, "attempts", Value::as_array, "a list")?
        .into_iter()
        .flatten()
        .enumerate()
    {
        let path = format!("{}[{i}]", join(base, "attempts"));
        let record: AttemptRecord = match typed(v, &path) {
            Ok(r) => r,
            Err(issue) => {
                warnings.push(issue);
                continue;
            }
        };
        if let Err(issue) = check::record(&record) {
            warnings.push(issue.under(&path));
            continue;
        }
        if !ids.insert(record.id.clone()) {
            warnings.push(RecordIssue::new(
                &path,
                RecordProblem::Duplicate(record.id.clone()),
            ));
        }
        store.attempts.push(record);
    }

    let mut articles = BTreeSet::new();
    for (i, v) in field(obj, base, "in_progress", Value::as_array, "a list")?
        .into_iter()
        .flatten()
        .enumerate()
    {
        let path = format!("{}[{i}]", join(base, "in_progress"));
        let saved: SavedAttempt = match typed(v, &path) {
            Ok(s) => s,
            Err(issue) => {
                warnings.push(issue);
                continue;
            }
        };
        if let Err(issue) = check::saved(&saved) {
            warnings.push(issue.under(&path));
            continue;
        }
        if !articles.insert(saved.article_id.clone()) {
            warnings.push(RecordIssue::new(
                &path,
                RecordProblem::Duplicate(saved.article_id.clone()),
            ));
        }
        store.in_progress.push(saved);
    }

    let terms_path = join(base, "terms_opened");
    for (article, v) in field(obj, base, "terms_opened", Value::as_object, "an object")?
        .into_iter()
        .flatten()
    {
        let path = join(&terms_path, article);
        if let Err(problem) = check::article_id(article) {
            warnings.push(RecordIssue::new(&terms_path, problem));
            continue;
        }
        let Some(list) = v.as_array() else {
            warnings.push(RecordIssue::new(
                &path,
                RecordProblem::Shape(format!("expected a list, found {}", kind_of(v))),
            ));
            continue;
        };
        let mut terms = BTreeSet::new();
        for (j, t) in list.iter().enumerate() {
            let tpath = format!("{path}[{j}]");
            match t.as_str() {
                None => warnings.push(RecordIssue::new(
                    tpath,
                    RecordProblem::Shape(format!("expected a string, found {}", kind_of(t))),
                )),
                Some(t) => match check::term_id(t) {
                    Err(problem) => warnings.push(RecordIssue::new(tpath, problem)),
                    Ok(()) if terms.len() >= MAX_TERMS_PER_ARTICLE && !terms.contains(t) => {
                        warnings.push(RecordIssue::new(
                            tpath,
                            RecordProblem::TooMany {
                                len: list.len(),
                                max: MAX_TERMS_PER_ARTICLE,
                            },
                        ));
                    }
                    Ok(()) => {
                        terms.insert(t.to_owned());
                    }
                },
            }
        }
        store.terms_opened.insert(article.clone(), terms);
    }

    let read_path = join(base, "articles_read");
    for (article, v) in field(obj, base, "articles_read", Value::as_object, "an object")?
        .into_iter()
        .flatten()
    {
        let path = join(&read_path, article);
        if let Err(problem) = check::article_id(article) {
            warnings.push(RecordIssue::new(&read_path, problem));
            continue;
        }
        let mark: ReadMark = match typed(v, &path) {
            Ok(m) => m,
            Err(issue) => {
                warnings.push(issue);
                continue;
            }
        };
        match check::read_mark(&mark) {
            Ok(()) => {
                store.articles_read.insert(article.clone(), mark);
            }
            Err(issue) => warnings.push(issue.under(&path)),
        }
    }

    for s in store.normalize() {
        warnings.push(RecordIssue::new(
            join(&join(base, "in_progress"), &s.article_id),
            RecordProblem::Superseded,
        ));
    }
    Ok((store, warnings))
}

//! Reading the `words` field of a version-3 store, record by record: a bad
//! word is dropped and reported, like any other progress record. Read by
//! hand rather than with a derived `Deserialize`: the same rules in less of
//! the app's bundle.

use serde_json::{Map, Value};

use super::{Review, Word, WordText, Words};
use crate::content::json::kind_of;
use crate::progress::check::{self, join};
use crate::progress::{RecordIssue, RecordProblem, MAX_TERMS_PER_ARTICLE};

const WORD_FIELDS: [&str; 5] = ["seen_at_ms", "term", "definition", "title", "review"];
const REVIEW_FIELDS: [&str; 3] = ["at_ms", "box", "due_day"];

fn shape(path: &str, expected: &str, found: Option<&Value>) -> RecordIssue {
    let found = found.map_or("nothing", kind_of);
    RecordIssue::new(
        path,
        RecordProblem::Shape(format!("expected {expected}, found {found}")),
    )
}

/// The object at `v` with no field but `known`.
fn object<'a>(
    v: &'a Value,
    path: &str,
    known: &[&str],
) -> Result<&'a Map<String, Value>, RecordIssue> {
    let o = v
        .as_object()
        .ok_or_else(|| shape(path, "an object", Some(v)))?;
    match o.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(RecordIssue::new(join(path, k), RecordProblem::UnknownField)),
        None => Ok(o),
    }
}

fn number(o: &Map<String, Value>, path: &str, key: &str) -> Result<u64, RecordIssue> {
    let v = o.get(key);
    v.and_then(Value::as_u64)
        .ok_or_else(|| shape(&join(path, key), "a whole number", v))
}

fn text(o: &Map<String, Value>, path: &str, key: &str) -> Result<String, RecordIssue> {
    let v = o.get(key);
    v.and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| shape(&join(path, key), "a string", v))
}

/// One stored word, checked.
fn word(v: &Value, path: &str) -> Result<Word, RecordIssue> {
    let o = object(v, path, &WORD_FIELDS)?;
    let review = match o.get("review") {
        None => None,
        Some(r) => {
            let rpath = join(path, "review");
            let r = object(r, &rpath, &REVIEW_FIELDS)?;
            Some(Review {
                at_ms: number(r, &rpath, "at_ms")?,
                // Out of range reads as an impossible box or day, refused below.
                leitner_box: u8::try_from(number(r, &rpath, "box")?).unwrap_or(0),
                due_day: u32::try_from(number(r, &rpath, "due_day")?).unwrap_or(u32::MAX),
            })
        }
    };
    let word = Word {
        text: WordText {
            seen_at_ms: number(o, path, "seen_at_ms")?,
            term: text(o, path, "term")?,
            definition: text(o, path, "definition")?,
            title: text(o, path, "title")?,
        },
        review,
    };
    check::word(&word).map_err(|i| i.under(path))?;
    Ok(word)
}

/// The words in `obj` (an object of article ids to objects of term ids to
/// words), with a warning for each one dropped.
pub(crate) fn parse_words(obj: &Map<String, Value>, path: &str) -> (Words, Vec<RecordIssue>) {
    let mut words = Words::new();
    let mut warnings = Vec::new();
    for (article, v) in obj {
        let apath = join(path, article);
        if let Err(problem) = check::article_id(article) {
            warnings.push(RecordIssue::new(path, problem));
            continue;
        }
        let Some(terms) = v.as_object() else {
            warnings.push(shape(&apath, "an object", Some(v)));
            continue;
        };
        let kept = words.entry(article.clone()).or_default();
        for (term, w) in terms {
            let tpath = join(&apath, term);
            if let Err(problem) = check::term_id(term) {
                warnings.push(RecordIssue::new(&apath, problem));
            } else if kept.len() >= MAX_TERMS_PER_ARTICLE {
                let (len, max) = (terms.len(), MAX_TERMS_PER_ARTICLE);
                warnings.push(RecordIssue::new(tpath, RecordProblem::TooMany { len, max }));
            } else {
                match word(w, &tpath) {
                    Ok(word) => {
                        kept.insert(term.clone(), word);
                    }
                    Err(issue) => warnings.push(issue),
                }
            }
        }
    }
    words.retain(|_, terms| !terms.is_empty());
    (words, warnings)
}

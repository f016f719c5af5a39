//! Reading the `words` field of a version-3 store, record by record: a bad
//! word is dropped and reported, like any other progress record.

use serde_json::{Map, Value};

use super::Words;
use crate::content::json::kind_of;
use crate::progress::check::{self, join};
use crate::progress::{typed, RecordIssue, RecordProblem, MAX_TERMS_PER_ARTICLE};

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
            warnings.push(RecordIssue::new(
                &apath,
                RecordProblem::Shape(format!("expected an object, found {}", kind_of(v))),
            ));
            continue;
        };
        let kept = words.entry(article.clone()).or_default();
        for (term, w) in terms {
            let tpath = join(&apath, term);
            if let Err(problem) = check::term_id(term) {
                warnings.push(RecordIssue::new(&apath, problem));
                continue;
            }
            if kept.len() >= MAX_TERMS_PER_ARTICLE {
                warnings.push(RecordIssue::new(
                    tpath,
                    RecordProblem::TooMany {
                        len: terms.len(),
                        max: MAX_TERMS_PER_ARTICLE,
                    },
                ));
                continue;
            }
            match typed(w, &tpath)
                .and_then(|w| check::word(&w).map(|()| w).map_err(|i| i.under(&tpath)))
            {
                Ok(word) => {
                    kept.insert(term.clone(), word);
                }
                Err(issue) => warnings.push(issue),
            }
        }
    }
    words.retain(|_, terms| !terms.is_empty());
    (words, warnings)
}

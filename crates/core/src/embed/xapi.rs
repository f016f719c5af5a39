//! xAPI-shaped statements about a quiz attempt, for the page that embeds
//! Gloss (docs/embedding.md): "answered" for each checked question and
//! "completed" once per finished attempt. Gloss knows no learner, so the
//! statements have no `actor`: the host page, which knows who is signed in,
//! adds it before sending them to a learning record store.
//!
//! [`pending`] works out which statements an attempt has not sent yet, so
//! the browser shell can call it after every change and post only what is
//! new. Statements are typed here and handed over as JSON text, which the
//! shell turns into a JavaScript object with `JSON.parse`.

use std::collections::BTreeSet;

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::content::markup::plain_text;
use crate::content::model::Question;
use crate::progress::attempt_id;
use crate::quiz::{Attempt, QuestionResult, QuizScore};

pub const VERB_ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
pub const ACTIVITY_INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
pub const ACTIVITY_ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
pub const ACTIVITY_ARTICLE: &str = "http://activitystrea.ms/schema/1.0/article";

/// What the statements say about where the quiz lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject<'a> {
    /// Absolute URL of the article's full (not embedded) page.
    pub article_url: &'a str,
    pub article_title: &'a str,
    /// BCP 47 tag of the article's language, for language maps.
    pub lang: &'a str,
}

/// One statement to post, with the key that marks it as sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub key: String,
    pub attempt_id: String,
    /// The statement as JSON text.
    pub statement: String,
}

/// Statements for what happened in `attempt` since the keys in `sent`:
/// "answered" for every newly checked question (display order), then
/// "completed" when the attempt has just finished.
pub fn pending(
    attempt: &Attempt,
    sent: &BTreeSet<String>,
    subject: &Subject<'_>,
    now_ms: u64,
) -> Vec<Pending> {
    let id = attempt_id(
        attempt.article_id(),
        attempt.started_at_ms(),
        attempt.seed(),
    );
    let mut out = Vec::new();
    let mut push = |key: String, statement: Statement| {
        // Plain structs of strings and numbers always serialize.
        if let Ok(statement) = serde_json::to_string(&statement) {
            out.push(Pending {
                key,
                attempt_id: id.clone(),
                statement,
            });
        }
    };
    for shown in attempt.questions() {
        let q = &shown.question;
        let key = format!("{id}/{}", q.id);
        if sent.contains(&key) {
            continue;
        }
        if let Some(result) = attempt.result(&q.id) {
            push(key, answered(subject, q, &result, now_ms));
        }
    }
    let key = format!("{id}/completed");
    if let (Some(finished), false) = (attempt.finished_at_ms(), sent.contains(&key)) {
        let duration = finished.saturating_sub(attempt.started_at_ms());
        push(key, completed(subject, attempt.score(), duration, now_ms));
    }
    out
}

/// An xAPI statement (without `actor`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Statement {
    pub verb: Verb,
    pub object: Activity,
    pub result: Outcome,
    pub context: Context,
    pub timestamp: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Verb {
    pub id: &'static str,
    pub display: LangMap,
}

/// An activity: the question, the quiz or the article.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Activity {
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    pub id: String,
    pub definition: Definition,
}

impl Activity {
    fn new(id: String, definition: Definition) -> Self {
        Activity {
            object_type: "Activity",
            id,
            definition,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Definition {
    /// A question: a choice interaction.
    Interaction {
        #[serde(rename = "type")]
        kind: &'static str,
        name: LangMap,
        #[serde(rename = "interactionType")]
        interaction_type: &'static str,
        #[serde(rename = "correctResponsesPattern")]
        correct_responses_pattern: Vec<String>,
        choices: Vec<Choice>,
    },
    /// The quiz or the article.
    Named {
        #[serde(rename = "type")]
        kind: &'static str,
        name: LangMap,
    },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Choice {
    pub id: String,
    pub description: LangMap,
}

/// What the statement reports.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Outcome {
    Answered {
        success: bool,
        response: String,
    },
    Completed {
        completion: bool,
        score: Score,
        duration: String,
    },
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Score {
    pub raw: u32,
    pub min: u32,
    pub max: u32,
    pub scaled: f64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Context {
    #[serde(rename = "contextActivities")]
    pub context_activities: ContextActivities,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ContextActivities {
    pub parent: Vec<Activity>,
}

/// An xAPI language map with one entry: `{"<lang>": "<text>"}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangMap {
    pub lang: String,
    pub text: String,
}

impl LangMap {
    /// `text` in `lang` ("und" when the language is not known).
    pub fn new(lang: &str, text: String) -> Self {
        let lang = if lang.trim().is_empty() { "und" } else { lang };
        LangMap {
            lang: lang.to_owned(),
            text,
        }
    }
}

impl Serialize for LangMap {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(&self.lang, &self.text)?;
        map.end()
    }
}

fn article_context(subject: &Subject<'_>) -> Context {
    let article = Activity::new(
        subject.article_url.to_owned(),
        Definition::Named {
            kind: ACTIVITY_ARTICLE,
            name: LangMap::new(subject.lang, subject.article_title.to_owned()),
        },
    );
    Context {
        context_activities: ContextActivities {
            parent: vec![article],
        },
    }
}

/// xAPI's response pattern for choices: ids joined by `[,]`.
fn pattern(indexes: &[usize]) -> String {
    indexes
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join("[,]")
}

/// "answered" for one checked question. Choice ids are the original
/// (unshuffled) indexes, as in the content file.
pub fn answered(
    subject: &Subject<'_>,
    q: &Question,
    result: &QuestionResult,
    now_ms: u64,
) -> Statement {
    let choices = q
        .choices
        .iter()
        .enumerate()
        .map(|(i, c)| Choice {
            id: i.to_string(),
            description: LangMap::new(subject.lang, plain_text(&c.text)),
        })
        .collect();
    Statement {
        verb: Verb {
            id: VERB_ANSWERED,
            display: LangMap::new("en-US", "answered".to_owned()),
        },
        object: Activity::new(
            format!("{}#quiz-{}", subject.article_url, q.id),
            Definition::Interaction {
                kind: ACTIVITY_INTERACTION,
                name: LangMap::new(subject.lang, plain_text(&q.prompt)),
                interaction_type: "choice",
                correct_responses_pattern: vec![pattern(&result.answer)],
                choices,
            },
        ),
        result: Outcome::Answered {
            success: result.correct,
            response: pattern(&result.selected),
        },
        context: article_context(subject),
        timestamp: iso_timestamp(now_ms),
    }
}

/// "completed" for a finished attempt.
pub fn completed(
    subject: &Subject<'_>,
    score: QuizScore,
    duration_ms: u64,
    now_ms: u64,
) -> Statement {
    let scaled = if score.total == 0 {
        0.0
    } else {
        f64::from(score.correct) / f64::from(score.total)
    };
    Statement {
        verb: Verb {
            id: VERB_COMPLETED,
            display: LangMap::new("en-US", "completed".to_owned()),
        },
        object: Activity::new(
            format!("{}#quiz", subject.article_url),
            Definition::Named {
                kind: ACTIVITY_ASSESSMENT,
                name: LangMap::new(subject.lang, format!("Quiz: {}", subject.article_title)),
            },
        ),
        result: Outcome::Completed {
            completion: true,
            score: Score {
                raw: score.correct,
                min: 0,
                max: score.total,
                scaled,
            },
            duration: iso_duration(duration_ms),
        },
        context: article_context(subject),
        timestamp: iso_timestamp(now_ms),
    }
}

/// `2025-01-31T12:34:56.789Z` for milliseconds since the Unix epoch.
pub fn iso_timestamp(ms: u64) -> String {
    let secs = ms / 1000;
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms % 1000
    )
}

/// `PT83.5S` (ISO 8601 duration, seconds with up to two decimals, as xAPI recommends).
pub fn iso_duration(ms: u64) -> String {
    let centis = ms / 10;
    let (s, c) = (centis / 100, centis % 100);
    if c == 0 {
        format!("PT{s}S")
    } else if c % 10 == 0 {
        format!("PT{s}.{}S", c / 10)
    } else {
        format!("PT{s}.{c:02}S")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(iso_timestamp(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_timestamp(951_782_400_000), "2000-02-29T00:00:00.000Z");
        assert_eq!(iso_timestamp(1_735_689_599_999), "2024-12-31T23:59:59.999Z");
        assert_eq!(iso_timestamp(4_107_542_400_123), "2100-03-01T00:00:00.123Z");
    }

    #[test]
    fn durations() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(83_500), "PT83.5S");
        assert_eq!(iso_duration(1_234), "PT1.23S");
        assert_eq!(iso_duration(60_000), "PT60S");
    }

    #[test]
    fn patterns() {
        assert_eq!(pattern(&[]), "");
        assert_eq!(pattern(&[2]), "2");
        assert_eq!(pattern(&[0, 3]), "0[,]3");
    }
}

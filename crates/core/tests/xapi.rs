//! xAPI statements for the embedding page: which are pending, and their shape.

use std::collections::BTreeSet;

use gloss_core::embed::xapi::{pending, Subject, VERB_ANSWERED, VERB_COMPLETED};
use gloss_core::quiz::{Attempt, Mode};
use gloss_core::Quiz;
use serde_json::json;

fn quiz() -> Quiz {
    serde_json::from_value(json!({"questions": [
        {"id": "q-one", "kind": "single", "prompt": "Pick *B*",
         "choices": [{"text": "A"}, {"text": "B"}, {"text": "C"}], "answer": [1]},
        {"id": "q-two", "kind": "multiple", "prompt": "Pick A and C",
         "choices": [{"text": "A"}, {"text": "B"}, {"text": "C"}], "answer": [0, 2]}
    ]}))
    .expect("quiz")
}

const SUBJECT: Subject<'static> = Subject {
    article_url: "https://example.org/gloss/?article=art",
    article_title: "An article",
    lang: "en",
};

fn send_all(attempt: &Attempt, sent: &mut BTreeSet<String>) -> Vec<serde_json::Value> {
    let out = pending(attempt, sent, &SUBJECT, 1_700_000_000_000);
    for p in &out {
        sent.insert(p.key.clone());
    }
    out.into_iter()
        .map(|p| serde_json::from_str(&p.statement).expect("statement JSON"))
        .collect()
}

#[test]
fn immediate_mode_sends_each_answer_once_then_completed() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::Immediate, 7, 1_000);
    let mut sent = BTreeSet::new();
    assert!(send_all(&a, &mut sent).is_empty(), "nothing checked yet");

    a.toggle("q-one", 1).expect("toggle");
    assert!(
        send_all(&a, &mut sent).is_empty(),
        "selected but not checked"
    );
    a.check("q-one", 2_000).expect("check");
    let s = send_all(&a, &mut sent);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["verb"]["id"], VERB_ANSWERED);
    assert_eq!(
        s[0]["object"]["id"],
        "https://example.org/gloss/?article=art#quiz-q-one"
    );
    assert_eq!(s[0]["object"]["definition"]["name"]["en"], "Pick B");
    assert_eq!(
        s[0]["object"]["definition"]["correctResponsesPattern"],
        json!(["1"])
    );
    assert_eq!(s[0]["result"], json!({"success": true, "response": "1"}));
    assert_eq!(s[0]["timestamp"], "2023-11-14T22:13:20.000Z");
    assert!(s[0].get("actor").is_none(), "the host adds the actor");
    assert!(send_all(&a, &mut sent).is_empty(), "never twice");

    a.toggle("q-two", 0).expect("toggle");
    a.check("q-two", 11_500).expect("check");
    let s = send_all(&a, &mut sent);
    assert_eq!(s.len(), 2, "answered, then completed: {s:?}");
    assert_eq!(s[0]["result"], json!({"success": false, "response": "0"}));
    assert_eq!(s[1]["verb"]["id"], VERB_COMPLETED);
    assert_eq!(
        s[1]["result"],
        json!({"completion": true, "duration": "PT10.5S",
               "score": {"raw": 1, "min": 0, "max": 2, "scaled": 0.5}})
    );
    assert_eq!(
        s[1]["context"]["contextActivities"]["parent"][0]["id"],
        SUBJECT.article_url
    );
    assert!(send_all(&a, &mut sent).is_empty());
}

#[test]
fn at_end_mode_sends_everything_on_submit_and_a_retry_is_a_new_attempt() {
    let quiz = quiz();
    let mut a = Attempt::new("art", &quiz, Mode::AtEnd, 7, 1_000);
    let mut sent = BTreeSet::new();
    a.toggle("q-two", 0).expect("toggle");
    a.toggle("q-two", 2).expect("toggle");
    assert!(send_all(&a, &mut sent).is_empty());
    a.submit(5_000).expect("submit");
    let s = send_all(&a, &mut sent);
    let verbs: Vec<_> = s.iter().map(|s| s["verb"]["id"].clone()).collect();
    assert_eq!(verbs, [VERB_ANSWERED, VERB_ANSWERED, VERB_COMPLETED]);
    let two = s
        .iter()
        .find(|s| {
            s["object"]["id"]
                .as_str()
                .is_some_and(|id| id.ends_with("q-two"))
        })
        .expect("q-two answered");
    assert_eq!(two["result"], json!({"success": true, "response": "0[,]2"}));
    let one = s
        .iter()
        .find(|s| {
            s["object"]["id"]
                .as_str()
                .is_some_and(|id| id.ends_with("q-one"))
        })
        .expect("unanswered q-one is reported too");
    assert_eq!(one["result"], json!({"success": false, "response": ""}));

    let b = a.retry(&quiz, 9_000);
    assert_eq!(send_all(&b, &mut sent).len(), 0);
}

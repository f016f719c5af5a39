//! Component tests for the quiz (and its printed worksheet), progress and
//! storage layers, in headless Chromium (wasm-bindgen-test). Run with
//! `scripts/test.sh wasm`.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gloss::platform::storage::{self, KeyValue, StorageError};
use gloss::progress::score_chart::{ChartPoint, ScoreChart};
use gloss::progress::state::{Notice, Progress, StorageStatus};
use gloss::progress::storage_notice::StorageNotice;
use gloss::quiz::section::QuizSection;
use gloss::reading::print::{print_actions, AnswerKey};
use gloss_core::content::model::Article;
use gloss_core::progress::{
    AttemptRecord, ProgressStore, PROGRESS_VERSION, QUARANTINE_PREFIX, STORAGE_KEY,
};
use gloss_core::quiz::{Attempt, Mode, QuizScore, Response};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod dom;
use dom::*;

const MINIMAL: &str = include_str!("../crates/core/tests/fixtures/minimal.json");

fn article() -> Arc<Article> {
    Arc::new(gloss_core::parse_article("minimal", MINIMAL).expect("fixture is valid"))
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Removes every key Gloss uses.
fn clear_gloss_keys() {
    let ls = local();
    let keys: Vec<String> = (0..ls.length().unwrap())
        .filter_map(|i| ls.key(i).unwrap())
        .filter(|k| k.starts_with("gloss:"))
        .collect();
    for k in keys {
        ls.remove_item(&k).unwrap();
    }
}

fn quarantined() -> Vec<String> {
    let ls = local();
    (0..ls.length().unwrap())
        .filter_map(|i| ls.key(i).unwrap())
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .filter_map(|k| ls.get_item(&k).unwrap())
        .collect()
}

fn run_js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&JsValue::NULL)
        .unwrap();
}

/// A finished attempt at the fixture's quiz with every answer right.
fn finished_record(started_at_ms: u64) -> AttemptRecord {
    let quiz = article().quiz.clone().unwrap();
    let mut a = Attempt::new("minimal", &quiz, Mode::AtEnd, 7, started_at_ms);
    a.select("q1", Response::single(0)).unwrap();
    a.select("q2", Response::single(1)).unwrap();
    a.select("q3", Response::new([0, 2])).unwrap();
    a.submit(started_at_ms + 1_000).unwrap();
    AttemptRecord::from_attempt(&a).unwrap()
}

// ------------------------------------------------------------------ storage

#[wasm_bindgen_test]
fn storage_errors_are_typed() {
    let quota =
        web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError").unwrap();
    assert!(matches!(
        storage::classify(&quota.into()),
        StorageError::Quota(_)
    ));
    let denied = web_sys::DomException::new_with_message_and_name("no", "SecurityError").unwrap();
    assert!(matches!(
        storage::classify(&denied.into()),
        StorageError::Blocked(_)
    ));
    let other = js_sys::Error::new("boom");
    assert_eq!(
        storage::classify(&other.into()),
        StorageError::Other("boom".into())
    );
    assert!(matches!(
        storage::classify(&JsValue::from_str("odd")),
        StorageError::Other(_)
    ));
    let named = js_sys::Error::new("full");
    named.set_name("QuotaExceededError");
    assert!(matches!(
        storage::classify(&named.into()),
        StorageError::Quota(_)
    ));
}

#[wasm_bindgen_test]
fn storage_layer_reads_writes_and_lists() {
    clear_gloss_keys();
    let ls = storage::local().unwrap();
    ls.probe().unwrap();
    assert_eq!(ls.get("gloss:test").unwrap(), None);
    ls.set("gloss:test", "1").unwrap();
    assert_eq!(ls.get("gloss:test").unwrap().as_deref(), Some("1"));
    assert!(ls.keys().unwrap().contains(&"gloss:test".to_owned()));
    ls.remove("gloss:test").unwrap();
    assert_eq!(ls.get("gloss:test").unwrap(), None);
    assert!(!ls.keys().unwrap().iter().any(|k| k == "gloss:probe"));
}

// ------------------------------------------------------------------ progress

#[wasm_bindgen_test]
fn unreadable_progress_is_quarantined_not_deleted() {
    clear_gloss_keys();
    local().set_item(STORAGE_KEY, "{not json").unwrap();
    let owner = Owner::new();
    let progress = owner.with(Progress::provide);
    assert!(matches!(
        progress.notices().as_slice(),
        [Notice::Quarantined(_)]
    ));
    assert_eq!(quarantined(), ["{not json"]);
    assert!(progress.with_untracked(ProgressStore::is_empty));
    // The next write replaces the unreadable text; the copy stays.
    progress.record_attempt(finished_record(1_000)).unwrap();
    let stored = local().get_item(STORAGE_KEY).unwrap().unwrap();
    assert_eq!(
        gloss_core::progress::load(&stored)
            .unwrap()
            .store
            .attempts()
            .len(),
        1
    );
    assert_eq!(quarantined(), ["{not json"]);
    clear_gloss_keys();
}

#[wasm_bindgen_test]
fn version_one_is_migrated_and_kept_aside() {
    clear_gloss_keys();
    let v1 = r#"{"version":1,"scores":{"minimal":{"best":2,"total":3,"attempts":4}}}"#;
    local().set_item(STORAGE_KEY, v1).unwrap();
    let owner = Owner::new();
    let progress = owner.with(Progress::provide);
    assert!(progress.notices().is_empty(), "migration is silent");
    let summary = progress.with_untracked(|s| s.summary("minimal", "0123456789abcdef"));
    assert_eq!(summary.attempts, 4);
    assert_eq!(summary.best, Some(QuizScore::new(2, 3)));
    assert_eq!(summary.outdated_attempts, 4);
    let stored = local().get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(
        stored.starts_with(&format!(r#"{{"version":{PROGRESS_VERSION}"#)),
        "written back in the current format"
    );
    assert_eq!(quarantined(), [v1]);
    clear_gloss_keys();
}

#[wasm_bindgen_test]
fn another_tab_writing_is_merged_and_a_reset_there_resets_here() {
    clear_gloss_keys();
    let owner = Owner::new();
    let progress = owner.with(Progress::provide);
    progress.record_attempt(finished_record(1_000)).unwrap();
    let mut theirs = ProgressStore::new();
    theirs.record_attempt(finished_record(5_000)).unwrap();
    let dispatch = |value: Option<&str>| {
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(STORAGE_KEY));
        init.set_new_value(value);
        let ev = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&ev).unwrap();
    };
    dispatch(Some(&theirs.to_json().unwrap()));
    assert_eq!(
        progress.with_untracked(|s| s.attempts().len()),
        2,
        "union of attempts"
    );
    dispatch(Some("garbage"));
    assert_eq!(
        progress.with_untracked(|s| s.attempts().len()),
        2,
        "garbage from elsewhere is ignored"
    );
    dispatch(None);
    assert!(progress.with_untracked(ProgressStore::is_empty));
    clear_gloss_keys();
}

#[wasm_bindgen_test]
async fn quota_exceeded_keeps_the_attempt_in_memory_and_the_stored_value() {
    clear_gloss_keys();
    let mut before = ProgressStore::new();
    before.record_attempt(finished_record(1_000)).unwrap();
    let before = before.to_json().unwrap();
    local().set_item(STORAGE_KEY, &before).unwrap();
    run_js(
        "Storage.prototype.__glossSetItem = Storage.prototype.setItem;\
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    let owner = Owner::new();
    let progress = owner.with(Progress::provide);
    progress.record_attempt(finished_record(9_000)).unwrap();
    let status = progress.status();
    let notices = progress.notices();
    let el = container();
    let mounted = owner.with(|| leptos::mount::mount_to(el.clone(), || view! { <StorageNotice/> }));
    settle().await;
    let shown = text(&el);
    let dismiss = all(&el, "button.notice-dismiss");
    if let Some(b) = dismiss.first() {
        b.click();
    }
    settle().await;
    let after_dismiss = all(&el, "aside.notice").len();
    run_js("Storage.prototype.setItem = Storage.prototype.__glossSetItem;");
    drop(mounted);

    assert!(matches!(
        status,
        StorageStatus::Unsaved(StorageError::Quota(_))
    ));
    assert!(notices.contains(&Notice::Quota));
    assert_eq!(progress.with_untracked(|s| s.attempts().len()), 2);
    assert_eq!(local().get_item(STORAGE_KEY).unwrap().unwrap(), before);
    assert!(
        shown.contains("Your latest progress couldn't be saved"),
        "{shown}"
    );
    assert_eq!(dismiss.len(), 1);
    assert_eq!(after_dismiss, 0);
    clear_gloss_keys();
}

// ------------------------------------------------------------------ quiz

/// Mounts the quiz section of `article` with `progress`; keep the handle.
fn mount_quiz(article: Arc<Article>, progress: Progress) -> (web_sys::HtmlElement, impl Sized) {
    let el = container();
    let mounted = leptos::mount::mount_to(el.clone(), move || {
        provide_context(progress);
        view! { <QuizSection article=article.clone()/> }
    });
    (el, mounted)
}

#[wasm_bindgen_test]
async fn quiz_check_as_you_go_gives_feedback_and_records_the_score() {
    let progress = Progress::memory();
    let (el, _mounted) = mount_quiz(article(), progress);
    assert_eq!(text(&one(&el, ".quiz-meta")), "3 questions");
    assert!(one(&el, "#quiz-mode-immediate")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked());
    button(&el, "Start the quiz").click();
    settle().await;
    for n in 1..=3 {
        let legend = one(&el, "fieldset.question legend");
        assert!(
            text(&legend).starts_with(&format!("Question {n} of 3")),
            "{}",
            text(&legend)
        );
        button(&el, "Check answer").click();
        settle().await;
        assert!(text(&one(&el, ".question-error")).contains("Select"));
        let inputs = all(&el, "fieldset.question input");
        assert!(inputs.len() >= 2);
        inputs[0].click();
        settle().await;
        button(&el, "Check answer").click();
        settle().await;
        let verdict = text(&one(&el, ".quiz-feedback-region .feedback h4"));
        assert!(verdict == "Correct" || verdict == "Incorrect", "{verdict}");
        assert!(all(&el, "fieldset.question input")
            .iter()
            .all(|i| i.unchecked_ref::<web_sys::HtmlInputElement>().disabled()));
        button(
            &el,
            if n < 3 {
                "Next question"
            } else {
                "See your results"
            },
        )
        .click();
        settle().await;
    }
    let record = progress
        .with_untracked(|s| s.attempts().first().cloned())
        .unwrap();
    assert_eq!(
        text(&one(&el, "#quiz-result-heading")),
        format!(
            "You scored {} out of 3 ({}%)",
            record.score,
            record.quiz_score().percent()
        )
    );
    assert_eq!(all(&el, ".result-item").len(), 3);
    assert_eq!(
        one(&el, ".result-item a.evidence-link")
            .get_attribute("href")
            .as_deref(),
        Some("#p-evidence-one")
    );
    assert!(progress.with_untracked(|s| s.in_progress().is_empty()));
    // The summary above the quiz follows the store.
    assert!(text(&one(&el, ".quiz-summary")).contains("Attempts1"));
}

#[wasm_bindgen_test]
async fn quiz_check_at_the_end_warns_about_unanswered_questions() {
    let progress = Progress::memory();
    let (el, _mounted) = mount_quiz(article(), progress);
    one(&el, "#quiz-mode-at-end").click();
    button(&el, "Start the quiz").click();
    settle().await;
    assert!(all(&el, "button").iter().all(|b| text(b) != "Check answer"));
    all(&el, "fieldset.question input")[0].click();
    settle().await;
    // Saved for resuming right after the next paint, not in the click.
    settle_until(|| progress.with_untracked(|s| s.in_progress().len()) == 1).await;
    assert_eq!(
        progress.with_untracked(|s| s.in_progress().len()),
        1,
        "saved for resuming"
    );
    button(&el, "Next question").click();
    settle().await;
    button(&el, "Next question").click();
    settle().await;
    button(&el, "Check my answers").click();
    settle().await;
    assert_eq!(
        text(&one(&el, ".quiz-unanswered h4")),
        "You haven't answered 2 questions"
    );
    button(&el, "Check my answers anyway").click();
    settle().await;
    let verdicts: Vec<String> = all(&el, ".result-verdict").iter().map(text).collect();
    assert_eq!(verdicts.iter().filter(|v| *v == "Not answered").count(), 2);
    assert_eq!(progress.with_untracked(|s| s.attempts().len()), 1);
    assert!(progress.with_untracked(|s| s.in_progress().is_empty()));
}

#[wasm_bindgen_test]
fn score_chart_has_a_text_alternative_and_a_table() {
    let el = container();
    let points: Vec<ChartPoint> = (0..3)
        .map(|i| ChartPoint {
            finished_at_ms: 1_767_225_600_000 + i * 86_400_000,
            label: format!("Article {i}"),
            score: QuizScore::new(u32::try_from(i).unwrap() + 1, 4),
        })
        .collect();
    let _mounted = leptos::mount::mount_to(el.clone(), move || view! { <ScoreChart points/> });
    let svg = one(&el, "svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-labelledby").as_deref(),
        Some("score-chart-title score-chart-desc")
    );
    assert_eq!(text(&one(&el, "svg title")), "Your quiz scores over time");
    let desc = text(&one(&el, "svg desc"));
    assert!(desc.contains("last 3 quiz scores, from 25%"), "{desc}");
    assert!(desc.contains("to 75%"), "{desc}");
    // SVG elements are not HtmlElements: count them directly.
    assert_eq!(el.query_selector_all("svg circle").unwrap().length(), 3);
    assert_eq!(all(&el, "table tbody tr").len(), 3);
    assert_eq!(
        text(&all(&el, "table tbody tr td").last().cloned().unwrap()),
        "3 out of 4 (75%)"
    );
}

#[wasm_bindgen_test]
async fn attempts_on_an_earlier_version_are_kept_and_marked() {
    let mut changed = article().quiz.clone().unwrap();
    changed.questions[0].prompt = "Pick one (reworded)".into();
    let mut old = Attempt::new("minimal", &changed, Mode::AtEnd, 3, 1_000);
    old.submit(2_000).unwrap();
    let mut unfinished = Attempt::new("minimal", &changed, Mode::Immediate, 4, 3_000);
    unfinished.toggle("q1", 0).unwrap();
    let progress = Progress::memory();
    progress
        .record_attempt(AttemptRecord::from_attempt(&old).unwrap())
        .unwrap();
    progress.save_in_progress(unfinished.save(5_000).unwrap());

    let (el, _mounted) = mount_quiz(article(), progress);
    settle().await;
    assert_eq!(
        text(&one(&el, ".quiz-summary .summary-note")),
        "These attempts were on an earlier version of this quiz."
    );
    assert!(text(&one(&el, ".quiz-note")).contains("This quiz has changed since you started it"));
    assert!(
        all(&el, ".quiz-resume").is_empty(),
        "a changed quiz is not resumed"
    );
    button(&el, "Start the quiz").click();
    settle().await;
    assert!(
        progress.with_untracked(|s| s.in_progress().is_empty()),
        "the stale attempt is replaced"
    );
    assert_eq!(
        progress.with_untracked(|s| s.attempts().len()),
        1,
        "the old attempt is kept"
    );
}

// ------------------------------------------------------------------ review

/// The fixture with explanations: q1 (single, A right) explains each choice,
/// q3 (multiple, A and C right) explains each choice, and q2 (true/false)
/// has only a general explanation.
fn explained_article() -> Arc<Article> {
    let mut a = (*article()).clone();
    let Some(quiz) = a.quiz.as_mut() else {
        panic!("the fixture has a quiz")
    };
    let explain = |q: &mut gloss_core::content::model::Question, texts: &[&str]| {
        for (c, t) in q.choices.iter_mut().zip(texts) {
            c.explanation = Some((*t).to_owned());
        }
    };
    explain(
        &mut quiz.questions[0],
        &["Correct. A is the one.", "No. B is a decoy."],
    );
    quiz.questions[1].explanation = Some("Falsehood is the point here.".into());
    explain(
        &mut quiz.questions[2],
        &[
            "Correct. A fits.",
            "No. B does not fit.",
            "Correct. C fits.",
        ],
    );
    Arc::new(a)
}

/// Clicks the choice labelled `label` in the question on screen.
fn pick(el: &web_sys::HtmlElement, label: &str) {
    let choice = all(el, "fieldset.question .choice")
        .into_iter()
        .find(|c| text(&one(c, ".choice-label")) == label)
        .unwrap_or_else(|| panic!("no choice {label:?}"));
    one(&choice, "input").click();
}

/// Byte offset of `needle` in `hay`, or a panic that shows both.
fn at(hay: &str, needle: &str) -> usize {
    hay.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {hay:?}"))
}

#[wasm_bindgen_test]
async fn the_review_explains_the_readers_own_wrong_choice_then_the_right_one() {
    let (el, _mounted) = mount_quiz(explained_article(), Progress::memory());
    one(&el, "#quiz-mode-at-end").click();
    button(&el, "Start the quiz").click();
    settle().await;
    for n in 1..=3 {
        match text(&one(&el, ".question-prompt")).as_str() {
            "Pick one" => pick(&el, "B"),
            "True?" => pick(&el, "True"),
            _ => {
                pick(&el, "A");
                settle().await;
                pick(&el, "B");
            }
        }
        settle().await;
        if n < 3 {
            button(&el, "Next question").click();
            settle().await;
        }
    }
    button(&el, "Check my answers").click();
    settle().await;
    let items = all(&el, ".result-item");
    let item = |prompt: &str| {
        items
            .iter()
            .map(text)
            .find(|t| t.contains(prompt))
            .unwrap_or_else(|| panic!("no result for {prompt:?}"))
    };

    // Single: the reader's choice with why it is wrong, then the right one
    // with its own explanation; never the right choice's "Correct." under
    // the reader's wrong choice.
    let single = item("Pick one");
    assert!(single.contains("Incorrect"), "{single}");
    let yours = at(&single, "Your answer");
    let decoy = at(&single, "No. B is a decoy.");
    let right = at(&single, "Right answer");
    let correct = at(&single, "Correct. A is the one.");
    assert!(
        yours < decoy && decoy < right && right < correct,
        "{single}"
    );

    // True/false without choice explanations: the general explanation.
    let tf = item("True?");
    assert!(tf.contains("Incorrect"), "{tf}");
    assert!(tf.contains("Falsehood is the point here."), "{tf}");
    assert!(!tf.contains("Correct."), "{tf}");

    // Multiple: each wrong pick with its explanation, then the right set.
    let multiple = item("Pick some");
    assert!(multiple.contains("Incorrect"), "{multiple}");
    let yours = at(&multiple, "Your answers");
    let wrong = at(&multiple, "No. B does not fit.");
    let right = at(&multiple, "Right answers");
    assert!(yours < wrong && wrong < right, "{multiple}");
    assert!(at(&multiple, "Correct. A fits.") > right, "{multiple}");
    assert!(at(&multiple, "Correct. C fits.") > right, "{multiple}");
}

#[wasm_bindgen_test]
async fn immediate_feedback_explains_the_readers_own_choice_then_the_right_one() {
    let (el, _mounted) = mount_quiz(explained_article(), Progress::memory());
    button(&el, "Start the quiz").click();
    settle().await;
    loop {
        match text(&one(&el, ".question-prompt")).as_str() {
            "Pick one" => break,
            "True?" => pick(&el, "True"),
            _ => pick(&el, "A"),
        }
        settle().await;
        button(&el, "Check answer").click();
        settle().await;
        button(&el, "Next question").click();
        settle().await;
    }
    pick(&el, "B");
    settle().await;
    button(&el, "Check answer").click();
    settle().await;
    let feedback = one(&el, ".quiz-feedback-region .feedback");
    assert_eq!(text(&one(&feedback, "h4")), "Incorrect");
    let yours = text(&one(&feedback, ".review-yours"));
    assert_eq!(yours, "Your answer: BNo. B is a decoy.");
    let right = text(&one(&feedback, ".right-answer"));
    assert_eq!(right, "Right answer: ACorrect. A is the one.");
}

// ------------------------------------------------------------------ printing

/// The quiz section and the print buttons of one article page.
fn mount_printable() -> (web_sys::HtmlElement, impl Sized) {
    let el = container();
    let mounted = leptos::mount::mount_to(el.clone(), move || {
        provide_context(Progress::memory());
        AnswerKey::provide();
        view! { {print_actions()} <QuizSection article=article()/> }
    });
    (el, mounted)
}

/// Waits for the next animation frame (the print buttons print in one).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    settle().await;
}

/// Replaces `window.print` with one that notes what would be printed: the
/// mode `<html data-print>` asks for and how many answer keys there are.
fn stub_print() {
    run_js(
        "window.__printed = ''; window.print = () => { window.__printed += \
         (document.documentElement.getAttribute('data-print') || 'worksheet') + ' ' + \
         document.querySelectorAll('.worksheet .answer-key').length + ';'; };",
    );
}

fn printed() -> String {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"__printed".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn the_worksheet_has_every_question_and_its_choices_and_no_answers() {
    let (el, _mounted) = mount_printable();
    let questions = all(&one(&el, "ol.worksheet.print-only"), "ol.worksheet > li");
    assert_eq!(questions.len(), 3, "every question, in the content's order");
    let prompts: Vec<String> = questions.iter().map(|q| text(&one(q, "p"))).collect();
    assert_eq!(prompts, ["Pick one", "True?", "Pick some"]);
    let choices: Vec<String> = all(&questions[2], "ol > li").iter().map(text).collect();
    assert_eq!(choices, ["A", "B", "C"]);
    assert_eq!(
        text(&all(&questions[2], "p")[1]),
        "Select all the answers that apply."
    );
    assert!(
        !has(&el, ".answer-key"),
        "no answer key until a teacher asks"
    );
}

#[wasm_bindgen_test]
async fn print_answer_key_prints_the_answer_key_once() {
    stub_print();
    let (el, _mounted) = mount_printable();
    let root = html();
    button(&el, "Print answer key").click();
    next_frame().await;
    assert_eq!(printed(), "key 3;");
    let keys = all(&el, ".worksheet .answer-key");
    assert_eq!(
        text(&keys[0]),
        "Right answer: AFrom the text: It says this."
    );
    assert_eq!(text(&keys[1]), "Right answer: False");
    assert!(
        text(&keys[2]).starts_with("Right answers:"),
        "{}",
        text(&keys[2])
    );
    // Printed (or cancelled): the next print is a plain worksheet.
    run_js("window.dispatchEvent(new Event('afterprint'));");
    settle().await;
    assert_eq!(root.get_attribute("data-print"), None);
    assert!(!has(&el, ".answer-key"));
    button(&el, "Print answer key").click();
    button(&el, "Print worksheet").click();
    next_frame().await;
    assert_eq!(printed(), "key 3;worksheet 0;worksheet 0;");
    assert!(!has(&el, ".answer-key"));
}

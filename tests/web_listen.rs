//! Read aloud, in headless Chromium: every sentence of the reading plan is
//! found on the page exactly where the components render it, across
//! toggletip buttons, emphasis and links, without the interface text hidden
//! in content; and "Listen" driven by a stubbed `speechSynthesis` (start,
//! boundary, end and error events, a device without a voice for the
//! language, a device with no voices, leaving the page).
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gloss::article::page::article_text;
use gloss::glossary::list::GlossaryList;
use gloss::glossary::tip::Tips;
use gloss::platform::js::{call, field};
use gloss::reading::listen::{listen, place};
use gloss_core::glossary::Matcher;
use gloss_core::reading::plan::{Options, Plan};
use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::Mountable;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod dom;
use dom::*;

fn article() -> Arc<gloss_core::Article> {
    let json = r#"{
      "format": 1, "id": "listen", "title": "Listen", "category": "Test",
      "published": "2026-01-01", "summary": "S.",
      "source": {"publisher": "P", "title": "T", "url": "https://example.org/"},
      "versions": [{"id": "v", "audience": "All",
        "hook": "Can a *veto* stop it? Dr. Ng says so.",
        "sections": [
          {"kind": "whats_going_on", "paragraphs": [
            "See the [U.N. site](https://un.org/) now. A veto 😀 blocks it.",
            {"id": "fact", "text": "**Export controls** apply. Then 3.5 more."}
          ], "cards": [{"title": "A brake", "text": "Like a veto. It stops."}],
          "points": ["One point.", "Two **points**, then one veto."]}
        ]},
        {"id": "w", "audience": "Younger", "hook": "Is a veto fair?",
        "sections": [{"kind": "whats_going_on", "paragraphs": ["Some say no."]}]}],
      "glossary": [
        {"term": "Veto", "definition": "A *block*. See [more](https://example.org/v)."},
        {"term": "Export controls", "definition": "Rules on selling abroad."}
      ]
    }"#;
    Arc::new(gloss_core::parse_article("listen", json).unwrap())
}

/// Mounts what the article page shows of `a` in the version `version`
/// names: "Listen" (if `listening`), the text (terms as toggletips) and the
/// key terms. Like the page, a new version renders them anew.
fn mount(
    el: &web_sys::HtmlElement,
    a: Arc<gloss_core::Article>,
    listening: bool,
    version: RwSignal<String>,
) -> UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(el.clone(), move || {
        Tips::provide(&a, None);
        let content = gloss::article::lang::ContentLang::provide(&a);
        let present = Signal::derive(|| {
            [0usize, 1]
                .into_iter()
                .collect::<std::collections::BTreeSet<_>>()
        });
        let body = {
            let a = a.clone();
            move || {
                let version = a.version(Some(&version.get()))?.clone();
                let text = Matcher::for_article(&a).annotate_version(&version, a.glossary_links);
                let listen = listening.then(|| listen(a.clone(), version.id.clone()));
                Some(view! {
                    {listen}
                    <div class="article-body">{article_text(version, text, content)}</div>
                })
            }
        };
        view! {
            {body}
            <GlossaryList article=a.clone() present=present/>
        }
    })
}

/// The text of each range of the CSS highlight `name`.
fn highlighted(name: &str) -> Vec<String> {
    let registry = field(&field(&js_sys::global(), "CSS"), "highlights");
    let Some(h) = call(&registry, "get", &[&name.into()]).filter(|h| h.is_object()) else {
        return Vec::new();
    };
    js_sys::Array::from(&h)
        .iter()
        .filter_map(|r| call(&r, "toString", &[])?.as_string())
        .collect()
}

async fn every_sentence_and_word_maps_to_its_text_on_the_page() {
    let el = container();
    let a = article();
    let _mounted = mount(&el, a.clone(), false, RwSignal::new("v".into()));
    // An open toggletip puts the definition inside the paragraph.
    one(&el, ".term-button").click();
    settle().await;
    assert!(has(&el, ".tip-bubble"));

    let plan = Plan::new(&a.versions[0], &a.glossary, Options::for_lang("en", true));
    let texts: Vec<&str> = (0..plan.len()).filter_map(|i| plan.text(i)).collect();
    assert_eq!(
        texts,
        [
            "Can a veto stop it?",
            "Dr. Ng says so.",
            "What's going on",
            "See the U.N. site now.",
            "A veto 😀 blocks it.",
            "Export controls apply.",
            "Then 3.5 more.",
            "A brake",
            "Like a veto.",
            "It stops.",
            "One point.",
            "Two points, then one veto.",
            "Export controls",
            "Rules on selling abroad.",
            "Veto",
            "A block.",
            "See more."
        ]
    );
    let on_page = |i: usize, part| -> Vec<String> {
        let ranges = place::ranges(&plan, i, part).unwrap_or_else(|| panic!("no ranges for {i}"));
        ranges
            .iter()
            .filter_map(|r| call(r, "toString", &[])?.as_string())
            .collect()
    };
    for (i, text) in texts.iter().enumerate() {
        assert_eq!(on_page(i, None).concat(), *text);
    }
    // Across a term's button, one range per text node: the toggletip's
    // bubble and popover, in between, are in none.
    assert_eq!(on_page(4, None), ["A ", "veto", " 😀 blocks it."]);
    // The link's "(opens in a new tab)" is not in the sentence.
    assert_eq!(on_page(3, None), ["See the ", "U.N. site", " now."]);
    // Words, after an astral character (two UTF-16 units).
    assert_eq!(on_page(4, plan.word(4, 10, None)), ["blocks"]);
    assert_eq!(on_page(3, plan.word(3, 8, Some(4))), ["U.N."]);
    // A plan that does not match the page gives no range.
    let mut other = a.versions[0].clone();
    other.hook = "Something else.".into();
    let wrong = Plan::new(&other, &[], Options::default());
    assert!(place::ranges(&wrong, 0, None).is_none());
}

/// Installs a fake `speechSynthesis` with these voices (JSON) and returns
/// it: it records what is spoken (`spoken`) and cancelled (`cancels`), and
/// `fire(type, props)` dispatches an event on the utterance being spoken.
fn fake_speech(voices: &str) -> JsValue {
    let install = js_sys::Function::new_with_args(
        "voices",
        r#"
        class Utterance extends EventTarget {
          constructor(text) { super(); this.text = text; this.lang = ''; this.rate = 1; this.voice = null; }
        }
        const synth = new EventTarget();
        Object.assign(synth, {
          spoken: [], cancels: 0, current: null,
          getVoices: () => voices.slice(),
          speak(u) { this.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name }); this.current = u; },
          cancel() { this.cancels += 1; this.current = null; },
          pause() {}, resume() {},
          fire(type, props) {
            const u = this.current;
            if (type === 'end' || type === 'error') this.current = null;
            if (u) u.dispatchEvent(Object.assign(new Event(type), props || {}));
          },
        });
        Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
        Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
        return synth;
        "#,
    );
    let voices = js_sys::JSON::parse(voices).unwrap();
    install.call1(&JsValue::NULL, &voices).unwrap()
}

fn spoken(synth: &JsValue) -> Vec<String> {
    js_sys::Array::from(&field(synth, "spoken"))
        .iter()
        .filter_map(|u| field(&u, "text").as_string())
        .collect()
}

fn fire(synth: &JsValue, kind: &str, props: &str) {
    let props = js_sys::JSON::parse(props).unwrap();
    call(synth, "fire", &[&kind.into(), &props]).unwrap();
}

fn status(el: &web_sys::HtmlElement) -> String {
    text(&one(el, ".listen-status[role=status]"))
}

const VOICES: &str = r#"[
  {"name": "Jorge", "lang": "es-ES", "localService": true, "default": true},
  {"name": "Remote US", "lang": "en-US", "localService": false, "default": false},
  {"name": "Local GB", "lang": "en-GB", "localService": true, "default": false}
]"#;

/// Mounts the page part with a fake engine and opens the controls.
async fn open_listen(
    el: &web_sys::HtmlElement,
    voices: &str,
    version: RwSignal<String>,
) -> (JsValue, UnmountHandle<impl Mountable>) {
    let synth = fake_speech(voices);
    let root = html();
    root.remove_attribute("data-speech").unwrap();
    let mounted = mount(el, article(), true, version);
    // The control shows once the app has found speech, a frame after mounting.
    settle_until(|| has(el, "#listen") && root.has_attribute("data-speech")).await;
    settle().await;
    let listen = button(el, "Listen");
    assert_eq!(
        listen.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!has(el, "#listen-panel"));
    listen.click();
    assert_eq!(
        listen.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    (synth, mounted)
}

/// One test, the scenarios one after another: a page has one article and
/// one "Listen", and wasm-bindgen-test runs async tests concurrently.
#[wasm_bindgen_test]
async fn read_aloud() {
    every_sentence_and_word_maps_to_its_text_on_the_page().await;
    reads_sentence_by_sentence_and_follows_the_engine_events().await;
    leaving_the_page_stops_reading().await;
    another_version_stops_reading_and_closes_the_control().await;
    no_voice_for_the_language_is_said_and_nothing_is_read().await;
    a_device_with_no_voices_says_so_once_the_wait_is_over().await;
}

async fn reads_sentence_by_sentence_and_follows_the_engine_events() {
    let el = container();
    let (synth, _mounted) = open_listen(&el, VOICES, RwSignal::new("v".into())).await;
    let panel = one(&el, "#listen-panel[role=group]");
    assert_eq!(
        panel.get_attribute("aria-label").as_deref(),
        Some("Read aloud")
    );
    let labels: Vec<String> = all(&panel, "button").iter().map(text).collect();
    assert_eq!(
        labels,
        ["Previous sentence", "Play", "Stop", "Next sentence"]
    );
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert_eq!(
        active.and_then(|a| a.get_attribute("value")).as_deref(),
        Some("play")
    );
    let speeds: Vec<String> = all(&panel, "select[name=rate] option")
        .iter()
        .map(text)
        .collect();
    assert_eq!(speeds, ["0.75×", "1×", "1.25×", "1.5×"]);
    // Only the voices of the article's language, the exact one first.
    let voices: Vec<String> = all(&panel, "select[name=voice] option")
        .iter()
        .map(text)
        .collect();
    assert_eq!(voices, ["Local GB (en-GB)", "Remote US (en-US)"]);
    assert_eq!(text(&one(&panel, ".listen-note")), "");

    button(&el, "Play").click();
    assert_eq!(spoken(&synth), ["Can a veto stop it?"]);
    let first = js_sys::Array::from(&field(&synth, "spoken")).get(0);
    assert_eq!(field(&first, "lang").as_string().as_deref(), Some("en"));
    assert_eq!(
        field(&first, "voice").as_string().as_deref(),
        Some("Local GB")
    );
    assert_eq!(status(&el), "Reading, sentence 1 of 12.");
    assert_eq!(text(&one(&panel, "[value=play]")), "Pause");
    assert_eq!(
        highlighted("gloss-sentence"),
        ["Can a ", "veto", " stop it?"]
    );

    // `start` means nothing; a word boundary highlights the word.
    fire(&synth, "start", "{}");
    fire(
        &synth,
        "boundary",
        r#"{"name": "word", "charIndex": 6, "charLength": 4}"#,
    );
    assert_eq!(highlighted("gloss-word"), ["veto"]);
    fire(&synth, "boundary", r#"{"name": "word", "charIndex": 11}"#);
    assert_eq!(highlighted("gloss-word"), ["stop"]);

    // The end of a sentence reads the next one; the word highlight goes.
    fire(&synth, "end", "{}");
    assert_eq!(spoken(&synth), ["Can a veto stop it?", "Dr. Ng says so."]);
    assert_eq!(highlighted("gloss-sentence"), ["Dr. Ng says so."]);
    assert!(highlighted("gloss-word").is_empty());

    // Pause cancels; play reads that sentence again.
    button(&el, "Pause").click();
    assert_eq!(status(&el), "Paused at sentence 2 of 12.");
    assert_eq!(field(&synth, "current"), JsValue::NULL);
    button(&el, "Play").click();
    assert_eq!(
        spoken(&synth).last().map(String::as_str),
        Some("Dr. Ng says so.")
    );

    // An engine error stops reading and says so.
    fire(&synth, "error", r#"{"error": "synthesis-failed"}"#);
    assert_eq!(
        status(&el),
        "Reading aloud stopped: the device's voice reported a problem (synthesis-failed)."
    );
    assert!(highlighted("gloss-sentence").is_empty());
    assert_eq!(text(&one(&panel, "[value=play]")), "Play");
    assert_eq!(spoken(&synth).len(), 3);

    // Closing the controls while reading stops it.
    button(&el, "Play").click();
    assert_eq!(spoken(&synth).len(), 4);
    let cancels = field(&synth, "cancels").as_f64().unwrap();
    button(&el, "Listen").click();
    assert!(!has(&el, "#listen-panel"));
    assert_eq!(status(&el), "Stopped.");
    assert!(field(&synth, "cancels").as_f64().unwrap() > cancels);
    assert!(highlighted("gloss-sentence").is_empty());
}

async fn leaving_the_page_stops_reading() {
    let el = container();
    let (synth, mounted) = open_listen(&el, VOICES, RwSignal::new("v".into())).await;
    button(&el, "Play").click();
    assert_eq!(spoken(&synth).len(), 1);
    let cancels = field(&synth, "cancels").as_f64().unwrap();
    drop(mounted);
    assert!(field(&synth, "cancels").as_f64().unwrap() > cancels);
    assert!(highlighted("gloss-sentence").is_empty());
    // The utterance's late events reach nothing.
    fire(&synth, "end", "{}");
    assert_eq!(spoken(&synth).len(), 1);
}

async fn another_version_stops_reading_and_closes_the_control() {
    let el = container();
    let version = RwSignal::new("v".to_owned());
    let (synth, _mounted) = open_listen(&el, VOICES, version).await;
    button(&el, "Play").click();
    assert_eq!(spoken(&synth), ["Can a veto stop it?"]);
    let cancels = field(&synth, "cancels").as_f64().unwrap();
    version.set("w".into());
    settle().await;
    assert!(text(&one(&el, ".hook")).starts_with("Is a veto"));
    assert!(field(&synth, "cancels").as_f64().unwrap() > cancels);
    assert!(highlighted("gloss-sentence").is_empty());
    // The control is closed and quiet, and the next frame starts it anew
    // for the version shown.
    let listen = button(&el, "Listen");
    assert_eq!(
        listen.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!has(&el, "#listen-panel"));
    assert_eq!(status(&el), "");
    settle_until(|| {
        listen.click();
        has(&el, "#listen-panel")
    })
    .await;
    button(&el, "Play").click();
    assert_eq!(
        spoken(&synth).last().map(String::as_str),
        Some("Is a veto fair?")
    );
}

async fn no_voice_for_the_language_is_said_and_nothing_is_read() {
    let el = container();
    let only_spanish =
        r#"[{"name": "Jorge", "lang": "es-ES", "localService": true, "default": true}]"#;
    let (synth, _mounted) = open_listen(&el, only_spanish, RwSignal::new("v".into())).await;
    let note = "This device has no voice for English, the language of this article. One can be added in its speech or language settings.";
    assert_eq!(text(&one(&el, ".listen-note")), note);
    assert_eq!(status(&el), note);
    assert!(one(&el, "select[name=voice]")
        .closest("[hidden]")
        .unwrap()
        .is_some());
    button(&el, "Play").click();
    assert!(
        spoken(&synth).is_empty(),
        "no voice of another language reads it"
    );
    assert_eq!(status(&el), note);
}

async fn a_device_with_no_voices_says_so_once_the_wait_is_over() {
    let el = container();
    let (synth, _mounted) = open_listen(&el, "[]", RwSignal::new("v".into())).await;
    assert_eq!(
        text(&one(&el, ".listen-note")),
        "",
        "the list may still come"
    );
    settle_until(|| !text(&one(&el, ".listen-note")).is_empty()).await;
    assert_eq!(
        text(&one(&el, ".listen-note")),
        "This device has no voices for reading aloud. Voices can be added in its speech or language settings."
    );
    button(&el, "Play").click();
    assert!(spoken(&synth).is_empty());
}

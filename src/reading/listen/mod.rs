//! "Listen": reads the article aloud with the device's voices (the Web
//! Speech API), one sentence per utterance, highlighting the sentence and
//! the word being read. What is read, and in which order, is the core's
//! [`Plan`](gloss_core::reading::plan::Plan), built from the article model;
//! what happens next is its [`Player`]; the voice is chosen by
//! `gloss_core::reading::voice`.
//!
//! The first render (the pre-rendered page, and hydration) is the closed
//! "Listen" button and an empty status line, the same everywhere; the
//! stylesheet shows them once the app finds speech (`<html data-speech>`),
//! and the controls exist only while open. They share one click and one
//! change handler, and the two lists are one helper: every distinct view
//! adds to the bundle.

pub mod place;
pub mod reader;

use std::sync::Arc;

use gloss_core::content::model::Article;
use gloss_core::reading::player::{Command, Player};
use gloss_core::reading::voice;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::platform::focus;
use crate::platform::js::field;
use reader::{Reader, RATES};

/// The "Listen" button and its controls; `current` is the audience version
/// shown (another one stops reading).
#[component]
pub fn Listen(article: Arc<Article>, #[prop(into)] current: Signal<String>) -> impl IntoView {
    let reader = Reader::new(article, current.get_untracked());
    let open = reader.open;
    Effect::new(move |first: Option<()>| {
        let version = current.get();
        if first.is_some() {
            reader.switch(version);
        }
    });
    let toggle = move |_| {
        let opening = !open.get_untracked();
        open.set(opening);
        if opening {
            reader.announce_missing();
            focus::focus_by_id_when_present("listen-play");
        } else if reader.act(Player::stop) == Command::Cancel {
            reader.status.set("Stopped.".to_owned());
        }
    };
    let on_click = move |e: ev::MouseEvent| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button[value]").ok().flatten());
        let f: fn(&mut Player) -> Command =
            match button.and_then(|b| b.get_attribute("value")).as_deref() {
                Some("previous") => |p| p.skip(false),
                Some("play") => Player::toggle,
                Some("stop") => Player::stop,
                Some("next") => |p| p.skip(true),
                _ => return,
            };
        reader.control(f);
    };
    let on_change = move |e: ev::Event| {
        let Some(target) = e.target() else {
            return;
        };
        let value = field(&target, "value").as_string().unwrap_or_default();
        match field(&target, "name").as_string().as_deref() {
            Some("rate") => reader.set_rate(value.parse().unwrap_or(reader::NORMAL)),
            Some("voice") => reader.set_voice(value),
            Some("terms") => reader.set_key_terms(field(&target, "checked").is_truthy()),
            _ => {}
        }
    };
    let button = |value: &'static str, label: &'static str| {
        view! { <button type="button" class="button button-secondary" value=value>{label}</button> }
    };
    let panel = move || {
        // Again when the device's voices become known.
        reader.voices.track();
        let (rates, voices, key_terms, note) = reader.with(|s| {
            let rates = RATES
                .iter()
                .enumerate()
                .map(|(i, (_, label))| (i.to_string(), (*label).to_owned(), i == s.rate));
            let selected = voice::choose(s.voices, s.lang, s.chosen);
            let voices = voice::ordered(s.voices, s.lang)
                .into_iter()
                .filter_map(|i| {
                    let v = s.voices.get(i)?;
                    Some((
                        v.name.clone(),
                        [&v.name, " (", &v.lang, ")"].concat(),
                        selected == Some(i),
                    ))
                });
            let note = voice::missing(s.voices, s.lang);
            (
                rates.collect(),
                voices.collect::<Vec<_>>(),
                s.key_terms,
                note,
            )
        });
        let note = note.filter(|_| reader.voices.get_untracked().is_some());
        view! {
            <div id="listen-panel" class="listen-panel" role="group" aria-label="Read aloud" on:click=on_click on:change=on_change>
                {button("previous", "Previous sentence")}
                <button type="button" class="button" value="play" id="listen-play">
                    {move || if reader.playing.get() { "Pause" } else { "Play" }}
                </button>
                {button("stop", "Stop")}
                {button("next", "Next sentence")}
                {choice("Speed", "rate", rates)}
                {(!voices.is_empty()).then(|| choice("Voice", "voice", voices))}
                <label class="listen-field"><input type="checkbox" name="terms" checked=key_terms/>"Include key terms"</label>
                {note.map(|note| view! { <p class="listen-note">{note}</p> })}
            </div>
        }
    };
    view! {
        <div class="listen">
            <button
                type="button"
                class="button button-secondary"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=toggle
            >
                "Listen"
            </button>
            {move || open.get().then(panel)}
            <p class="listen-status" role="status">{move || reader.status.get()}</p>
        </div>
    }
}

/// A labelled list of `(value, label, selected)` options.
fn choice(
    label: &'static str,
    name: &'static str,
    options: Vec<(String, String, bool)>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, text, selected)| view! { <option value=value selected=selected>{text}</option> })
        .collect_view();
    view! { <label class="listen-field">{label}" "<select name=name>{options}</select></label> }
}

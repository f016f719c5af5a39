//! The read-aloud controls, built as plain DOM when the reader opens them
//! and removed when they close. They exist only in the browser, after the
//! app found speech, so no pre-rendered page has them and hydration never
//! sees them; a few `createElement` calls cost the bundle far less than a
//! reactive view would. Text goes in as text nodes only.
//!
//! ```text
//! div#listen-panel[role=group][aria-label="Read aloud"]
//!   button[value=previous|play|stop|next]
//!   label "Speed" select[name=rate]      label "Voice" select[name=voice]
//!   label input[type=checkbox][name=terms] "Include key terms"
//!   p.listen-note (no voice for the language)
//! ```

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

use crate::i18n::t;
use gloss_core::i18n::Msg;

/// The speeds offered, and their English labels; the `<option>` values are
/// indexes. The labels are written out: formatting an `f64` in Rust would
/// bring its float printer into the wasm (+7 kB brotli, measured).
pub const RATES: [(f64, &str); 4] = [(0.75, "0.75×"), (1.0, "1×"), (1.25, "1.25×"), (1.5, "1.5×")];
/// Index in [`RATES`] of normal speed.
pub const NORMAL: usize = 1;

/// The open controls.
pub struct Panel {
    pub root: Element,
    doc: Document,
    play: Element,
    voice: Element,
    voices: Element,
    note: Element,
}

/// A new `<tag>` with these attributes and text, appended to `parent`.
fn add(
    doc: &Document,
    parent: &Element,
    tag: &str,
    attributes: &[(&str, &str)],
    text: &str,
) -> Option<Element> {
    let el = doc.create_element(tag).ok()?;
    for (name, value) in attributes {
        el.set_attribute(name, value).ok()?;
    }
    if !text.is_empty() {
        el.append_child(&doc.create_text_node(text)).ok()?;
    }
    parent.append_child(&el).ok()?;
    Some(el)
}

fn option(doc: &Document, select: &Element, value: &str, text: &str, selected: bool) {
    let attributes: &[(&str, &str)] = if selected {
        &[("value", value), ("selected", "")]
    } else {
        &[("value", value)]
    };
    let _ = add(doc, select, "option", attributes, text);
}

impl Panel {
    /// The controls at speed `rate` (index in [`RATES`]), with the key
    /// terms in or out; not yet in the page.
    pub fn new(doc: &Document, rate: usize, key_terms: bool) -> Option<Panel> {
        let root = doc.create_element("div").ok()?;
        for (name, value) in [
            ("id", "listen-panel"),
            ("class", "listen-panel"),
            ("role", "group"),
            ("aria-label", t(Msg::ReadAloud)),
        ] {
            root.set_attribute(name, value).ok()?;
        }
        let button = |value: &str, class: &str, label: &str| {
            let attributes = [("type", "button"), ("class", class), ("value", value)];
            add(doc, &root, "button", &attributes, label)
        };
        let secondary = "button button-secondary";
        button("previous", secondary, t(Msg::PreviousSentence))?;
        let play = button("play", "button", t(Msg::Play))?;
        button("stop", secondary, t(Msg::Stop))?;
        button("next", secondary, t(Msg::NextSentence))?;
        let field = [("class", "listen-field")];
        let speed = add(doc, &root, "label", &field, &format!("{} ", t(Msg::Speed)))?;
        let rates = add(doc, &speed, "select", &[("name", "rate")], "")?;
        for (i, (speed, label)) in RATES.iter().enumerate() {
            // "0,75×" in Spanish: the number as the interface writes it.
            let label = crate::i18n::decimal(crate::i18n::current(), *speed)
                .map_or_else(|| (*label).to_owned(), |n| format!("{n}×"));
            option(doc, &rates, &i.to_string(), &label, i == rate);
        }
        let voice = add(doc, &root, "label", &field, &format!("{} ", t(Msg::Voice)))?;
        voice.set_attribute("hidden", "").ok()?;
        let voices = add(doc, &voice, "select", &[("name", "voice")], "")?;
        let terms = add(doc, &root, "label", &field, "")?;
        let checkbox = [("type", "checkbox"), ("name", "terms")];
        let checkbox = add(doc, &terms, "input", &checkbox, "")?;
        if key_terms {
            checkbox.set_attribute("checked", "").ok()?;
        }
        terms
            .append_child(&doc.create_text_node(t(Msg::IncludeKeyTerms)))
            .ok()?;
        let note = add(doc, &root, "p", &[("class", "listen-note")], "")?;
        Some(Panel {
            root,
            doc: doc.clone(),
            play,
            voice,
            voices,
            note,
        })
    }

    /// Moves focus to "Play".
    pub fn focus_play(&self) {
        if let Some(play) = self.play.dyn_ref::<HtmlElement>() {
            let _ = play.focus();
        }
    }

    /// "Play" or "Pause".
    pub fn show_playing(&self, playing: bool) {
        self.play
            .set_text_content(Some(t(if playing { Msg::Pause } else { Msg::Play })));
    }

    /// The voices to choose from, as `(name, label, selected)`; the choice
    /// is hidden when there are none.
    pub fn show_voices(&self, voices: &[(String, String, bool)]) {
        self.voices.set_text_content(None);
        for (name, label, selected) in voices {
            option(&self.doc, &self.voices, name, label, *selected);
        }
        let _ = if voices.is_empty() {
            self.voice.set_attribute("hidden", "")
        } else {
            self.voice.remove_attribute("hidden")
        };
    }

    /// The note under the controls (no voice for the language), or none.
    pub fn show_note(&self, note: &str) {
        self.note.set_text_content(Some(note));
    }
}

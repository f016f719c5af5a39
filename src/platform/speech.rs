//! The Web Speech API's `speechSynthesis`, reached through `js_sys::Reflect`
//! (no web-sys bindings): every call that can throw (a missing API, an
//! old browser, a voice the utterance refuses) gives `None` instead.
//! Natively, at build time, there is no speech at all.

use gloss_core::reading::voice::Voice;
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

use crate::platform::js::{call, construct, field};
use crate::platform::listener::Listener;

/// The device's speech synthesis.
#[derive(Clone)]
pub struct Speech {
    synth: JsValue,
}

/// What an utterance's event says.
#[derive(Debug, Clone, PartialEq)]
pub enum SpeechEvent {
    End,
    /// The engine's error code (`interrupted`, `synthesis-failed`…).
    Error(String),
    /// A word starts at `index` (UTF-16 units into the utterance's text);
    /// `length` is often missing.
    Word {
        index: usize,
        length: Option<usize>,
    },
}

impl Speech {
    /// `window.speechSynthesis`, when the browser has it and can make
    /// utterances.
    pub fn get() -> Option<Speech> {
        let window: JsValue = crate::platform::browser::window()?.into();
        let synth = field(&window, "speechSynthesis");
        let utterances = field(&window, "SpeechSynthesisUtterance").is_function();
        (synth.is_object() && utterances).then_some(Speech { synth })
    }

    /// The device's voices, each with its handle. Often none at first: the
    /// list arrives later, with a `voiceschanged` event.
    pub fn voices(&self) -> Vec<(Voice, JsValue)> {
        let Some(list) = call(&self.synth, "getVoices", &Array::new()) else {
            return Vec::new();
        };
        let Ok(list) = list.dyn_into::<Array>() else {
            return Vec::new();
        };
        list.iter()
            .map(|v| {
                let text = |name| field(&v, name).as_string().unwrap_or_default();
                let voice = Voice {
                    name: text("name"),
                    lang: text("lang"),
                    local: field(&v, "localService").is_truthy(),
                    default: field(&v, "default").is_truthy(),
                };
                (voice, v)
            })
            .collect()
    }

    /// Listens to `event` on `speechSynthesis` (`voiceschanged`).
    pub fn listen(
        &self,
        event: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Option<Listener> {
        Listener::new(self.synth.unchecked_ref(), event, f)
    }

    /// Stops and forgets every utterance (they end with an `interrupted`
    /// or `canceled` error, or not at all).
    pub fn cancel(&self) {
        let _ = call(&self.synth, "cancel", &Array::new());
    }

    /// Speaks `text` in `lang` with `voice` (else the browser's choice for
    /// `lang`) at `rate`. `on_event` gets the utterance's `end`, `error` and
    /// `boundary` events for as long as the returned listeners live.
    pub fn speak(
        &self,
        text: &str,
        lang: &str,
        voice: Option<&JsValue>,
        rate: f64,
        on_event: impl FnMut(web_sys::Event) + Clone + 'static,
    ) -> Option<Vec<Listener>> {
        let utterance = construct("SpeechSynthesisUtterance", &Array::of1(&text.into()))?;
        let set = |name: &str, value: &JsValue| {
            let _ = js_sys::Reflect::set(&utterance, &JsValue::from_str(name), value);
        };
        set("lang", &lang.into());
        set("rate", &rate.into());
        if let Some(voice) = voice {
            set("voice", voice);
        }
        let target: &web_sys::EventTarget = utterance.unchecked_ref();
        let listeners = ["end", "error", "boundary"]
            .into_iter()
            .filter_map(|event| Listener::new(target, event, on_event.clone()))
            .collect();
        call(&self.synth, "speak", &Array::of1(&utterance))?;
        Some(listeners)
    }
}

/// Reads an utterance's event; `None` for events Gloss does not use (a
/// `boundary` between sentences, one without a usable `charIndex`).
pub fn read_event(event: &web_sys::Event) -> Option<SpeechEvent> {
    let e: &JsValue = event.as_ref();
    let count = |name| {
        field(e, name)
            .as_f64()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| n as usize)
    };
    match event.type_().as_str() {
        "end" => Some(SpeechEvent::End),
        "error" => Some(SpeechEvent::Error(
            field(e, "error").as_string().unwrap_or_default(),
        )),
        "boundary" if field(e, "name").as_string().is_none_or(|n| n == "word") => {
            Some(SpeechEvent::Word {
                index: count("charIndex")?,
                length: count("charLength"),
            })
        }
        _ => None,
    }
}

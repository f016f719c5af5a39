//! The Web Speech API's `speechSynthesis`, reached through
//! [`js`](crate::platform::js) (no web-sys bindings): every call that can
//! throw (a missing API, an old browser, a voice the utterance refuses)
//! gives `None` instead. Natively, at build time, there is no speech.

use gloss_core::reading::voice::Voice;
use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};

use crate::platform::js::{call, construct, field, set_field, window};
use crate::platform::listener::Listener;

/// The device's speech synthesis.
pub struct Speech(JsValue);

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
        let window = window()?;
        let synth = field(&window, "speechSynthesis");
        let utterances = field(&window, "SpeechSynthesisUtterance").is_function();
        (synth.is_object() && utterances).then_some(Speech(synth))
    }

    /// The device's voices, and their handles in the same order. Often
    /// none at first: the list arrives later, with a `voiceschanged` event.
    pub fn voices(&self) -> (Vec<Voice>, Vec<JsValue>) {
        let mut out = (Vec::new(), Vec::new());
        let list = call(&self.0, "getVoices", &[]).and_then(|l| l.dyn_into::<Array>().ok());
        for v in list.iter().flat_map(Array::iter) {
            let text = |name| field(&v, name).as_string().unwrap_or_default();
            out.0.push(Voice {
                name: text("name"),
                lang: text("lang"),
                local: field(&v, "localService").is_truthy(),
                default: field(&v, "default").is_truthy(),
            });
            out.1.push(v);
        }
        out
    }

    /// Calls `f` on `voiceschanged`, for as long as the listener lives.
    pub fn on_voices(&self, f: impl FnMut(web_sys::Event) + 'static) -> Option<Listener> {
        Listener::new(self.0.unchecked_ref(), "voiceschanged", f)
    }

    /// Stops and forgets every utterance (they end with an `interrupted`
    /// or `canceled` error, or not at all).
    pub fn cancel(&self) {
        let _ = call(&self.0, "cancel", &[]);
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
        let utterance = construct(&window()?, "SpeechSynthesisUtterance", &[&text.into()])?;
        set_field(&utterance, "lang", &lang.into());
        set_field(&utterance, "rate", &rate.into());
        if let Some(voice) = voice {
            set_field(&utterance, "voice", voice);
        }
        let target: &web_sys::EventTarget = utterance.unchecked_ref();
        let listeners = ["end", "error", "boundary"]
            .into_iter()
            .filter_map(|event| Listener::new(target, event, on_event.clone()))
            .collect();
        call(&self.0, "speak", &[&utterance])?;
        Some(listeners)
    }
}

/// Reads an utterance's event; `None` for events Gloss does not use (a
/// `boundary` between sentences, one without a usable `charIndex`).
pub fn read_event(kind: &str, event: &JsValue) -> Option<SpeechEvent> {
    let count = |name| {
        field(event, name)
            .as_f64()
            .filter(|n| *n >= 0.0 && *n < 1e9)
            .map(|n| n as usize)
    };
    match kind {
        "end" => Some(SpeechEvent::End),
        "error" => Some(SpeechEvent::Error(
            field(event, "error").as_string().unwrap_or_default(),
        )),
        "boundary" if field(event, "name").as_string().is_none_or(|n| n == "word") => {
            Some(SpeechEvent::Word {
                index: count("charIndex")?,
                length: count("charLength"),
            })
        }
        _ => None,
    }
}

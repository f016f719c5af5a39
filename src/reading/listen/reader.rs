//! The state of "Listen" on an article: the plan, the player, the device's
//! voices and the utterance being spoken. It turns the core player's
//! commands into speech and highlights, and the speech engine's events
//! back into player changes. It lives in the component's owner: leaving the
//! page cancels speech and removes every listener.
//!
//! Only what the controls show is reactive (whether it plays, whether the
//! voices are known, the status line, whether the controls are open); the
//! rest is one plain value. Each new reactive type or view adds to the
//! bundle, so there are few.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use gloss_core::content::model::Article;
use gloss_core::reading::plan::{Options, Plan};
use gloss_core::reading::player::{failure, Command, Player, Status};
use gloss_core::reading::voice::{self, Voice};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::place;
use crate::platform::highlight;
use crate::platform::listener::{listen, Listener};
use crate::platform::speech::{read_event, Speech, SpeechEvent};

/// The speeds offered, and their labels.
pub const RATES: [(f64, &str); 4] = [(0.75, "0.75×"), (1.0, "1×"), (1.25, "1.25×"), (1.5, "1.5×")];
/// Index in [`RATES`] of normal speed.
pub const NORMAL: usize = 1;
/// The highlights' names (`::highlight(…)` in style/main.css).
const SENTENCE: &str = "gloss-sentence";
const WORD: &str = "gloss-word";
/// How long to wait for the device's voice list before saying it has none.
const VOICES_WAIT: Duration = Duration::from_millis(1000);

/// What is not shown reactively.
struct Engine {
    article: Arc<Article>,
    version: String,
    /// Built on first use, again after a change of version or key terms.
    plan: Option<Rc<Plan>>,
    player: Player,
    /// Index in [`RATES`].
    rate: usize,
    key_terms: bool,
    /// The voice the reader picked, by name.
    chosen: Option<String>,
    /// The device's voices and their handles.
    voices: Vec<Voice>,
    handles: Vec<JsValue>,
    /// The listeners of the utterance being spoken.
    speaking: Vec<Listener>,
    /// `voiceschanged`.
    watching: Option<Listener>,
}

/// A `Copy` handle on the state; see the module docs.
#[derive(Clone, Copy)]
pub struct Reader {
    engine: StoredValue<Engine, LocalStorage>,
    /// How many voices the device has: `None` until known (the list comes
    /// late, or never).
    pub voices: RwSignal<Option<usize>>,
    /// What the polite status line says.
    pub status: RwSignal<String>,
    pub playing: RwSignal<bool>,
    /// The controls are open.
    pub open: RwSignal<bool>,
}

impl Reader {
    /// The state for `version` of `article`. In the browser, it starts
    /// listening for the device's voices; where there is no speech at all,
    /// the control stays hidden (`<html data-speech>`, see style/main.css).
    pub fn new(article: Arc<Article>, version: String) -> Reader {
        let reader = Reader {
            engine: StoredValue::new_local(Engine {
                article,
                version,
                plan: None,
                player: Player::new(0),
                rate: NORMAL,
                key_terms: false,
                chosen: None,
                voices: Vec::new(),
                handles: Vec::new(),
                speaking: Vec::new(),
                watching: None,
            }),
            voices: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            playing: RwSignal::new(false),
            open: RwSignal::new(false),
        };
        let Some(speech) = Speech::get() else {
            return reader;
        };
        crate::platform::browser::set_root_attribute("data-speech", Some(""));
        // Leaving the page (a link, closing the tab, the back-forward
        // cache) stops reading; so does leaving the article in the app.
        if let Some(window) = crate::platform::browser::window() {
            listen(&window, "pagehide", move |_| {
                reader.act(Player::stop);
            });
        }
        on_cleanup(|| {
            if let Some(speech) = Speech::get() {
                speech.cancel();
            }
            highlight::set(SENTENCE, &[]);
            highlight::set(WORD, &[]);
        });
        reader.refresh_voices(false);
        let watching = speech.listen("voiceschanged", move |_| reader.refresh_voices(true));
        reader.engine.update_value(|e| e.watching = watching);
        set_timeout(move || reader.refresh_voices(true), VOICES_WAIT);
        reader
    }

    /// Another audience version: reading stops, and the plan is made anew.
    pub fn switch(self, version: String) {
        self.act(Player::stop);
        self.engine.update_value(|e| {
            e.version = version;
            e.plan = None;
        });
    }

    fn plan(self) -> Rc<Plan> {
        let (cached, plan) = self.engine.with_value(|e| match &e.plan {
            Some(plan) => (true, plan.clone()),
            None => {
                let options = Options::for_lang(&e.article.lang, e.key_terms);
                let version = e.article.version(Some(&e.version));
                let plan = version.map(|v| Plan::new(v, &e.article.glossary, options));
                (false, Rc::new(plan.unwrap_or_default()))
            }
        });
        if !cached {
            self.engine.update_value(|e| e.plan = Some(plan.clone()));
        }
        plan
    }

    /// Reads the plain state: `f` must not call back into the reader.
    pub fn with<T>(self, f: impl FnOnce(&Settings) -> T) -> T {
        self.engine.with_value(|e| {
            f(&Settings {
                lang: &e.article.lang,
                rate: e.rate,
                key_terms: e.key_terms,
                chosen: e.chosen.as_deref(),
                voices: &e.voices,
            })
        })
    }

    /// A new speed, from the next sentence.
    pub fn set_rate(self, rate: usize) {
        self.engine
            .update_value(|e| e.rate = rate.min(RATES.len() - 1));
    }

    /// The reader's voice, from the next sentence.
    pub fn set_voice(self, name: String) {
        self.engine.update_value(|e| e.chosen = Some(name));
    }

    /// Key terms in or out: reading goes on where it is, if it still can.
    pub fn set_key_terms(self, on: bool) {
        self.engine.update_value(|e| {
            e.key_terms = on;
            e.plan = None;
        });
        self.act(|_| Command::Nothing);
    }

    /// Applies `f` (a reader's action or an engine event) to the player,
    /// after it learns the plan's length, and carries out its command.
    pub fn act(self, f: impl FnOnce(&mut Player) -> Command) -> Command {
        let len = self.plan().len();
        let Some((resized, command, playing)) = self.engine.try_update_value(|e| {
            let resized = e.player.resize(len);
            let command = f(&mut e.player);
            (resized, command, e.player.status() == Status::Playing)
        }) else {
            return Command::Nothing;
        };
        if self.playing.get_untracked() != playing {
            self.playing.set(playing);
        }
        self.run(resized);
        self.run(command);
        command
    }

    /// A reader's action, announced.
    pub fn control(self, f: impl FnOnce(&mut Player) -> Command) {
        if self.act(f) != Command::Finished {
            self.status
                .set(self.engine.with_value(|e| e.player.describe()));
        }
    }

    fn run(self, command: Command) {
        match command {
            Command::Speak { sentence, token } => self.speak(sentence, token),
            Command::Cancel | Command::Failed => self.silence(),
            Command::Finished => {
                self.silence();
                self.status.set("Finished reading.".to_owned());
            }
            Command::Nothing => {}
        }
        self.show();
    }

    /// Forgets the utterance's listeners and cancels speech.
    fn silence(self) {
        self.engine.update_value(|e| e.speaking.clear());
        if let Some(speech) = Speech::get() {
            speech.cancel();
        }
    }

    fn speak(self, sentence: usize, token: u32) {
        self.silence();
        let plan = self.plan();
        let (Some(speech), Some(text)) = (Speech::get(), plan.text(sentence)) else {
            return self.fail(token, "");
        };
        let (rate, lang, voice) = self.engine.with_value(|e| {
            let i = voice::choose(&e.voices, &e.article.lang, e.chosen.as_deref());
            let rate = RATES.get(e.rate).map_or(1.0, |r| r.0);
            (
                rate,
                e.article.lang.clone(),
                i.and_then(|i| e.handles.get(i).cloned()),
            )
        });
        let on_event = move |e: web_sys::Event| self.on_event(token, sentence, &e);
        match speech.speak(text, &lang, voice.as_ref(), rate, on_event) {
            Some(listeners) => self.engine.update_value(|e| e.speaking = listeners),
            None => self.fail(token, ""),
        }
    }

    fn on_event(self, token: u32, sentence: usize, event: &web_sys::Event) {
        match read_event(event) {
            Some(SpeechEvent::End) => {
                self.act(|p| p.ended(token));
            }
            Some(SpeechEvent::Error(code)) => self.fail(token, &code),
            Some(SpeechEvent::Word { index, length }) if self.current() == Some(sentence) => {
                let plan = self.plan();
                let word = plan.word(sentence, index, length);
                let ranges = word.and_then(|w| place::ranges(&plan, sentence, Some(w)));
                highlight::set(WORD, &ranges.unwrap_or_default());
            }
            Some(SpeechEvent::Word { .. }) | None => {}
        }
    }

    fn current(self) -> Option<usize> {
        self.engine.with_value(|e| e.player.current())
    }

    /// The utterance with `token` failed: a real error stops reading and
    /// says so (an interruption from elsewhere pauses, silently).
    fn fail(self, token: u32, code: &str) {
        if self.act(|p| p.failed(token, code)) == Command::Failed {
            self.status.set(failure(code));
        }
    }

    /// Highlights the current sentence (or nothing) and keeps it in view.
    fn show(self) {
        highlight::set(WORD, &[]);
        let plan = self.plan();
        let ranges = self.current().and_then(|i| place::ranges(&plan, i, None));
        let ranges = ranges.unwrap_or_default();
        highlight::set(SENTENCE, &ranges);
        if let Some(first) = ranges.first() {
            place::reveal(first);
        }
    }

    /// Takes the device's voices; `settled`: even if there are none (the
    /// wait is over, or they changed).
    fn refresh_voices(self, settled: bool) {
        let Some(speech) = Speech::get().filter(|_| !self.voices.is_disposed()) else {
            return;
        };
        let (voices, handles): (Vec<Voice>, Vec<JsValue>) = speech.voices().into_iter().unzip();
        let known = self.voices.get_untracked().is_some();
        if voices.is_empty() && (known || !settled) {
            return;
        }
        let count = voices.len();
        self.engine.update_value(|e| {
            e.voices = voices;
            e.handles = handles;
        });
        self.voices.set(Some(count));
        if !known && self.open.get_untracked() {
            self.announce_missing();
        }
    }

    /// Says so when no voice of the device can read the article.
    pub fn announce_missing(self) {
        let known = self.voices.get_untracked().is_some();
        if let Some(message) = self
            .with(|s| voice::missing(s.voices, s.lang))
            .filter(|_| known)
        {
            self.status.set(message);
        }
    }
}

/// The reader's choices and the device's voices, as [`Reader::with`] lends
/// them.
pub struct Settings<'a> {
    pub lang: &'a str,
    /// Index in [`RATES`].
    pub rate: usize,
    pub key_terms: bool,
    pub chosen: Option<&'a str>,
    pub voices: &'a [Voice],
}

//! The state of "Listen" for one audience version of an article: the plan,
//! the player, the device's voices, the open controls and the utterance
//! being spoken. It turns the core player's commands into speech,
//! highlights and words in the status line, and the reader's clicks and
//! the speech engine's events back into player changes.
//!
//! One `Rc<RefCell<…>>`, borrowed only with `try_borrow_mut` (a nested
//! borrow is skipped, never a panic) and never across a call that could
//! call back into it (speaking). Every listener (the controls' clicks and
//! changes, `pagehide`, `voiceschanged`, the utterance's events) is the
//! same closure over the state, so the bundle carries one.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use gloss_core::content::model::Article;
use gloss_core::reading::plan::{Options, Plan};
use gloss_core::reading::player::{failure, Command, Player, Status};
use gloss_core::reading::voice::{self, Voice};
use leptos::prelude::set_timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::panel::{Panel, NORMAL, RATES};
use super::place;
use crate::platform::browser;
use crate::platform::highlight;
use crate::platform::js::field;
use crate::platform::listener::Listener;
use crate::platform::speech::{read_event, Speech, SpeechEvent};

/// The highlights' names (`::highlight(…)` in style/main.css).
const SENTENCE: &str = "gloss-sentence";
const WORD: &str = "gloss-word";
/// How long to wait for the device's voice list before saying it has none.
const VOICES_WAIT: Duration = Duration::from_millis(1500);

pub(super) struct State {
    pub(super) article: Arc<Article>,
    pub(super) version: String,
    /// Built on first use, again after the key terms go in or out.
    pub(super) plan: Option<Plan>,
    pub(super) player: Player,
    /// Index in [`RATES`].
    pub(super) rate: usize,
    pub(super) key_terms: bool,
    /// The voice the reader picked, by name.
    pub(super) chosen: Option<String>,
    /// The device's voices, and their handles in the same order.
    pub(super) voices: Vec<Voice>,
    pub(super) handles: Vec<JsValue>,
    /// The voice list is known: it arrived, or the wait for it is over.
    pub(super) settled: bool,
    /// The article's language, named in the interface's ("Arabic").
    pub(super) language: String,
    /// `div.listen` and its status line, once the app found speech.
    pub(super) root: Option<(Element, Element)>,
    pub(super) panel: Option<Panel>,
    /// The controls' clicks and changes, `pagehide`, `voiceschanged`.
    pub(super) events: Vec<Listener>,
    /// The events of the utterance being spoken.
    pub(super) speaking: Vec<Listener>,
}

/// A handle on the state; see the module docs.
#[derive(Clone)]
pub struct Reader(Rc<RefCell<State>>);

impl Reader {
    /// The state for `version` of `article`; nothing happens until
    /// [`Reader::start`].
    pub fn new(article: Arc<Article>, version: String) -> Reader {
        Reader(Rc::new(RefCell::new(State {
            article,
            version,
            plan: None,
            player: Player::new(0),
            rate: NORMAL,
            key_terms: false,
            chosen: None,
            voices: Vec::new(),
            handles: Vec::new(),
            settled: false,
            language: String::new(),
            root: None,
            panel: None,
            events: Vec::new(),
            speaking: Vec::new(),
        })))
    }

    pub(super) fn with<T>(&self, f: impl FnOnce(&mut State) -> T) -> Option<T> {
        let mut state = self.0.try_borrow_mut().ok()?;
        Some(f(&mut state))
    }

    /// The one listener: `token` and `sentence` name the utterance whose
    /// events it gets (0 for the others).
    fn handler(&self, token: u32, sentence: usize) -> impl FnMut(web_sys::Event) + Clone + 'static {
        let reader = self.clone();
        move |e| reader.on_event(token, sentence, e.as_ref())
    }

    /// In the browser, after hydration: where the device can speak, shows
    /// the control (`<html data-speech>`, see style/main.css) and listens
    /// to it, to `pagehide` and for the device's voices.
    pub fn start(&self) {
        let (Some(speech), Some(window)) = (Speech::get(), browser::window()) else {
            return;
        };
        let Some(doc) = window.document() else {
            return;
        };
        let (Some(root), Ok(Some(status))) = (
            doc.get_element_by_id("listen"),
            doc.query_selector("#listen>.listen-status"),
        ) else {
            return;
        };
        browser::set_root_attribute("data-speech", Some(""));
        let listeners = [
            Listener::new(&root, "click", self.handler(0, 0)),
            Listener::new(&root, "change", self.handler(0, 0)),
            Listener::new(&window, "pagehide", self.handler(0, 0)),
            speech.on_voices(self.handler(0, 0)),
        ];
        self.with(|s| {
            s.language = super::voices::language_name(&s.article.lang);
            s.root = Some((root, status));
            s.events = listeners.into_iter().flatten().collect();
        });
        self.voices(false);
        let reader = self.clone();
        // Leptos's timer: it goes with the reader's owner.
        let _ = set_timeout(move || reader.voices(true), VOICES_WAIT);
    }

    /// Leaving the page (or the version): reading stops, every listener
    /// goes, and the control is closed and quiet again (another version
    /// renders the same static control, which Leptos keeps in place).
    pub fn close(&self) {
        self.halt();
        let parts = self.with(|s| {
            s.events.clear();
            s.speaking.clear();
            (s.panel.take(), s.root.take())
        });
        if let Some((panel, root)) = parts {
            if let Some(panel) = panel {
                panel.root.remove();
            }
            if let Some((root, status)) = root {
                expand(&root, false);
                status.set_text_content(None);
            }
        }
    }

    /// Stops, if it is reading or paused.
    fn halt(&self) {
        if self.with(|s| s.player.current().is_some()) == Some(true) {
            self.act(Player::stop);
        }
    }

    fn on_event(&self, token: u32, sentence: usize, event: &JsValue) {
        let kind = field(event, "type").as_string().unwrap_or_default();
        match kind.as_str() {
            "click" => self.on_click(event),
            "change" => self.on_change(&field(event, "target")),
            "pagehide" => self.halt(),
            "voiceschanged" => self.voices(false),
            _ => match read_event(&kind, event) {
                Some(SpeechEvent::End) => {
                    self.act(|p| p.ended(token));
                }
                Some(SpeechEvent::Error(code)) => self.fail(token, &code),
                Some(SpeechEvent::Word { index, length }) => self.word(sentence, index, length),
                None => {}
            },
        }
    }

    fn on_click(&self, event: &JsValue) {
        let button = field(event, "target")
            .dyn_into::<Element>()
            .ok()
            .and_then(|el| el.closest("button[value]").ok().flatten());
        let value = button.and_then(|b| field(&b, "value").as_string());
        let f: fn(&mut Player) -> Command = match value.as_deref() {
            Some("listen") => return self.toggle(),
            Some("previous") => |p| p.skip(false),
            Some("play") => Player::toggle,
            Some("stop") => Player::stop,
            Some("next") => |p| p.skip(true),
            _ => return,
        };
        let starting = value.as_deref() == Some("play")
            && self.with(|s| s.player.status()) != Some(Status::Playing);
        if let Some(note) = self.missing().filter(|_| starting) {
            // Nothing can read this language: say so rather than read it
            // with the sounds of another.
            return self.say(&note);
        }
        if self.act(f) != Command::Finished {
            let status = self
                .with(|s| s.player.describe(crate::i18n::catalogue()))
                .unwrap_or_default();
            self.say(&status);
        }
    }

    fn on_change(&self, target: &JsValue) {
        let value = field(target, "value").as_string().unwrap_or_default();
        let checked = field(target, "checked").is_truthy();
        let name = field(target, "name").as_string().unwrap_or_default();
        let terms = name == "terms";
        self.with(|s| match name.as_str() {
            "rate" => s.rate = value.parse().unwrap_or(NORMAL).min(RATES.len() - 1),
            "voice" => s.chosen = Some(value),
            "terms" => {
                s.key_terms = checked;
                s.plan = None;
            }
            _ => {}
        });
        if terms {
            // Reading goes on where it is, if it still can.
            self.act(|_| Command::Nothing);
        }
    }

    /// Opens or closes the controls; closing stops reading.
    fn toggle(&self) {
        let Some(Some((root, status))) = self.with(|s| s.root.clone()) else {
            return;
        };
        let open = match self.with(|s| s.panel.take()) {
            Some(Some(panel)) => {
                panel.root.remove();
                if self.with(|s| s.player.current().is_some()) == Some(true) {
                    self.act(Player::stop);
                    self.say(crate::i18n::t(gloss_core::i18n::Msg::Stopped));
                }
                false
            }
            _ => {
                let panel = browser::window()
                    .and_then(|w| w.document())
                    .and_then(|doc| self.with(|s| Panel::new(&doc, s.rate, s.key_terms)))
                    .flatten();
                let Some(panel) = panel else {
                    return;
                };
                let _ = root.insert_before(&panel.root, Some(&status));
                panel.focus_play();
                self.with(|s| s.panel = Some(panel));
                self.voices(false);
                if let Some(note) = self.missing() {
                    self.say(&note);
                }
                true
            }
        };
        expand(&root, open);
    }

    /// Sets the polite status line.
    pub(super) fn say(&self, text: &str) {
        self.with(|s| {
            if let Some((_, status)) = &s.root {
                status.set_text_content(Some(text));
            }
        });
    }

    /// Runs `f` on the plan, made first if needed. `f` must not call back
    /// into the reader (DOM reads and writes are fine).
    fn with_plan<T>(&self, f: impl FnOnce(&Plan) -> T) -> Option<T> {
        self.with(|s| {
            let plan = s.plan.get_or_insert_with(|| {
                let options = Options::for_lang(&s.article.lang, s.key_terms);
                let version = s.article.version(Some(&s.version));
                let plan = version.map(|v| Plan::new(v, &s.article.glossary, options));
                plan.unwrap_or_default()
            });
            f(plan)
        })
    }

    /// Applies `f` (a reader's action or an engine event) to the player,
    /// once it knows the plan's length, and carries out its command.
    fn act(&self, f: impl FnOnce(&mut Player) -> Command) -> Command {
        let len = self.with_plan(Plan::len).unwrap_or(0);
        let Some((resized, command)) = self.with(|s| (s.player.resize(len), f(&mut s.player)))
        else {
            return Command::Nothing;
        };
        for command in [resized, command] {
            match command {
                Command::Speak { sentence, token } => self.speak(sentence, token),
                Command::Cancel | Command::Failed => self.silence(),
                Command::Finished => {
                    self.silence();
                    self.say(crate::i18n::t(gloss_core::i18n::Msg::FinishedReading));
                }
                Command::Nothing => {}
            }
        }
        self.show();
        command
    }

    /// Forgets the utterance's listeners and cancels speech.
    fn silence(&self) {
        self.with(|s| s.speaking.clear());
        if let Some(speech) = Speech::get() {
            speech.cancel();
        }
    }

    fn speak(&self, sentence: usize, token: u32) {
        self.silence();
        let what = self.with(|s| {
            let text = s.plan.as_ref()?.text(sentence)?.to_owned();
            let voice = voice::choose(&s.voices, &s.article.lang, s.chosen.as_deref());
            let rate = RATES.get(s.rate).map_or(1.0, |r| r.0);
            let voice = voice.and_then(|i| s.handles.get(i).cloned());
            Some((text, s.article.lang.clone(), voice, rate))
        });
        let spoken = what.flatten().and_then(|(text, lang, voice, rate)| {
            let on_event = self.handler(token, sentence);
            Speech::get()?.speak(&text, &lang, voice.as_ref(), rate, on_event)
        });
        match spoken {
            Some(listeners) => {
                self.with(|s| s.speaking = listeners);
            }
            None => self.fail(token, ""),
        }
    }

    /// The utterance with `token` failed: a real error stops reading and
    /// says so (an interruption from elsewhere pauses, silently).
    fn fail(&self, token: u32, code: &str) {
        if self.act(|p| p.failed(token, code)) == Command::Failed {
            self.say(&failure(crate::i18n::catalogue(), code));
        }
    }

    /// A `boundary` event: highlights the word, in the sentence still read.
    fn word(&self, sentence: usize, index: usize, length: Option<usize>) {
        if self.with(|s| s.player.current()) != Some(Some(sentence)) {
            return;
        }
        let ranges = self.with_plan(|plan| {
            let word = plan.word(sentence, index, length)?;
            place::ranges(plan, sentence, Some(word))
        });
        highlight::set(WORD, &ranges.flatten().unwrap_or_default());
    }

    /// Highlights the current sentence (or nothing), keeps it in view, and
    /// names the play button's action.
    fn show(&self) {
        highlight::set(WORD, &[]);
        let current = self.with(|s| {
            if let Some(panel) = &s.panel {
                panel.show_playing(s.player.status() == Status::Playing);
            }
            s.player.current()
        });
        let ranges = current
            .flatten()
            .and_then(|i| self.with_plan(|plan| place::ranges(plan, i, None)))
            .flatten()
            .unwrap_or_default();
        highlight::set(SENTENCE, &ranges);
        if let Some(first) = ranges.first() {
            place::reveal(first);
        }
    }
}

/// Marks the "Listen" button (the first child of `root`) open or closed.
fn expand(root: &Element, open: bool) {
    if let Some(button) = root.first_element_child() {
        let _ = button.set_attribute("aria-expanded", if open { "true" } else { "false" });
    }
}

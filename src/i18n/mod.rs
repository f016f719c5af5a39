//! The interface's language in the browser (the words are
//! `gloss_core::i18n`'s). Components write [`t`]`(Msg::…)` and [`tf`] for
//! messages with variables; both read the current catalogue, not a signal,
//! so a string costs no reactive node. The first render is English, as the
//! pre-rendered HTML is; after hydration [`UiLang`] picks the reader's
//! language (their stored choice, else `navigator.languages`, else
//! English), fetches its catalogue (`i18n/<code>.json`, see [`load`]) and
//! sets the signal, and `App` renders its tree again with it: one
//! reactive node for every string.

mod intl;
mod load;
pub mod switcher;

pub use intl::{date, decimal, number};
pub use load::remember;

use std::cell::Cell;

use gloss_core::i18n::{Arg, Catalogue, Lang, Msg};
use gloss_core::quiz::QuizScore;
use leptos::prelude::*;

use crate::platform::{browser, js, storage};

thread_local! {
    static CURRENT: Cell<Catalogue> = const { Cell::new(Catalogue::ENGLISH) };
}

/// A message with no variables in the interface's language (the empty
/// string for one that has variables: those go through [`tf`]). Not
/// inlined: it is called at every string of the interface.
#[inline(never)]
pub fn t(msg: Msg) -> &'static str {
    CURRENT.with(|c| c.get().plain(msg))
}

/// A message with its variables filled in (counts choose plural forms).
#[inline(never)]
pub fn tf(msg: Msg, args: &[(&str, Arg)]) -> String {
    CURRENT.with(|c| c.get().format_shown(msg, args, intl::number).into_owned())
}

/// The interface's language now (untracked; see [`UiLang::get`]).
pub fn current() -> Lang {
    CURRENT.with(|c| c.get().lang())
}

/// The interface's language as a context: a `Copy` handle.
#[derive(Clone, Copy)]
pub struct UiLang {
    lang: RwSignal<Lang>,
    /// The language last asked for: a catalogue that arrives after the
    /// reader asked for another is not applied.
    wanted: StoredValue<Lang>,
}

impl UiLang {
    /// Provides the handle, English until the effect after hydration has
    /// picked the reader's language.
    pub fn provide() -> Self {
        let ui = UiLang {
            lang: RwSignal::new(Lang::En),
            wanted: StoredValue::new(Lang::En),
        };
        provide_context(ui);
        Effect::new(move |_| {
            let choice = storage::local().ok().and_then(|s| Lang::stored(&s));
            let preferred = navigator_languages();
            let lang =
                Lang::negotiate(choice.map(Lang::code), preferred.iter().map(String::as_str));
            ui.switch(lang);
        });
        ui
    }

    /// The interface's language (tracked).
    pub fn get(self) -> Lang {
        self.lang.get()
    }

    /// The reader chose `lang`: kept on the device (if storage works; if
    /// not, for this page only) and shown.
    pub fn choose(self, lang: Lang) {
        if let Ok(store) = storage::local() {
            let _ = lang.store(&store);
        }
        self.switch(lang);
    }

    fn switch(self, lang: Lang) {
        self.wanted.set_value(lang);
        if let Some(catalogue) = load::cached(lang) {
            self.apply(catalogue);
            return;
        }
        leptos::task::spawn_local(async move {
            match load::fetch(lang).await {
                Ok(catalogue) if self.wanted.get_value() == lang => self.apply(catalogue),
                Ok(_) => {}
                Err(e) => {
                    leptos::logging::warn!("interface language {}: {e}", lang.code());
                    if self.wanted.get_value() == lang {
                        self.apply(Catalogue::ENGLISH);
                    }
                }
            }
        });
    }

    fn apply(self, catalogue: Catalogue) {
        CURRENT.with(|c| c.set(catalogue));
        let lang = catalogue.lang();
        browser::set_root_attribute("lang", Some(lang.code()));
        browser::set_root_attribute("dir", Some(lang.dir()));
        // Set by the boot script in index.html while the words are on their way.
        browser::set_root_attribute("data-ui-pending", None);
        browser::set_authors_words(t(Msg::ForAuthors), t(Msg::ForAuthorsPreview));
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
    }
}

/// The handle, when provided (not in the author preview's bare mounts).
pub fn use_ui_lang() -> Option<UiLang> {
    use_context::<UiLang>()
}

/// `navigator.languages`, most wanted first (empty natively).
fn navigator_languages() -> Vec<String> {
    let Some(window) = js::window() else {
        return Vec::new();
    };
    let list = js::field(&js::field(&window, "navigator"), "languages");
    if !js_sys::Array::is_array(&list) {
        return Vec::new();
    }
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|v| v.as_string())
        .take(16)
        .collect()
}

fn score_args(s: QuizScore) -> [(&'static str, Arg<'static>); 3] {
    [
        ("correct", s.correct.into()),
        ("total", s.total.into()),
        ("percent", s.percent().into()),
    ]
}

/// "5 out of 7 (71%)".
pub fn score(s: QuizScore) -> String {
    tf(Msg::Score, &score_args(s))
}

/// "5 out of 7".
pub fn out_of(s: QuizScore) -> String {
    tf(Msg::ScoreOutOf, &score_args(s))
}

/// "71%".
pub fn percent(s: QuizScore) -> String {
    tf(Msg::ScorePercent, &score_args(s))
}

/// The current catalogue, for core functions that take one.
pub fn catalogue() -> Catalogue {
    CURRENT.with(Cell::get)
}

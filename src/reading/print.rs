//! Printing an article as a worksheet. The print stylesheet (`@media print`
//! in style/main.css) hides the site's chrome and buttons and shows what is
//! marked for paper: a line for name and date, and every quiz question with
//! lettered empty boxes (`quiz::worksheet`), all in the pre-rendered page,
//! so Ctrl+P gives the worksheet with JavaScript or without.
//!
//! "Print answer key" turns [`AnswerKey`] on for one print: `<html
//! data-print="key">` (the stylesheet heads the page "Answer key") and each
//! question's answer key, which is in no page until a teacher asks for it.
//! `afterprint` turns it off again. The buttons need the app: the
//! stylesheet shows them once `<html data-gloss-ready>`.

use crate::i18n::t;
use gloss_core::i18n::Msg;
use leptos::prelude::*;

use crate::platform::browser;

/// Whether the answer key is on the page: only for the print that asked.
#[derive(Clone, Copy)]
pub struct AnswerKey(pub RwSignal<bool>);

impl AnswerKey {
    /// Provides it, off, for an article page; any print turns it off after.
    pub fn provide() {
        let key = AnswerKey(RwSignal::new(false));
        let done = window_event_listener_untyped("afterprint", move |_| key.set(false));
        on_cleanup(move || done.remove());
        provide_context(key);
    }

    fn set(self, on: bool) {
        self.0.set(on);
        browser::set_root_attribute("data-print", on.then_some("key"));
    }
}

/// "Print worksheet" and "Print answer key" (a plain function: see
/// `quiz::worksheet::quiz_worksheet`).
pub fn print_actions() -> impl IntoView {
    let key = use_context::<AnswerKey>();
    let buttons = [(Msg::PrintWorksheet, false), (Msg::PrintAnswerKey, true)].map(|(label, answers)| {
        let print = move |_| {
            if let Some(key) = key {
                key.set(answers);
            }
            // After the answer key is rendered (or taken away).
            crate::platform::timer::next_frame(browser::print);
        };
        view! { <button type="button" class="button button-secondary" on:click=print>{t(label)}</button> }
    });
    view! { <div class="print-actions">{buttons}</div> }
}

//! "Listen": reads the article aloud with the device's voices (the Web
//! Speech API), one sentence per utterance, highlighting the sentence and
//! the word being read. What is read, and in which order, is the core's
//! [`Plan`](gloss_core::reading::plan::Plan), built from the article model;
//! what happens next is its [`Player`](gloss_core::reading::player::Player);
//! the voice is chosen by `gloss_core::reading::voice`.
//!
//! The rendered part is static: the "Listen" button, closed, and an empty
//! status line, the same in the pre-rendered page, at hydration and
//! without speech; the stylesheet shows it once the app finds speech
//! (`<html data-speech>`). After hydration, the next frame starts the
//! [`Reader`], which builds the controls (`panel`) when they open. A new
//! audience version renders a new control, so reading stops; leaving the
//! page stops it too and removes every listener.

mod panel;
pub mod place;
mod reader;
mod voices;

use std::sync::Arc;

use gloss_core::content::model::Article;
use leptos::prelude::*;

use reader::Reader;

/// Closes the reader when its owner (the article page) is cleaned up.
struct Guard(Reader);

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// The "Listen" control for one audience `version` of `article` (a plain
/// function, not a component: see `reading::print`). The article page
/// renders it anew for each version, so another version stops reading.
pub fn listen(article: Arc<Article>, version: String) -> impl IntoView {
    let reader = Reader::new(article, version);
    StoredValue::new_local(Guard(reader.clone()));
    // After hydration (or mounting), in the browser only.
    if crate::platform::browser::window().is_some() {
        crate::platform::timer::next_frame(move || reader.start());
    }
    view! {
        <div class="listen" id="listen">
            <button type="button" class="button button-secondary" value="listen" aria-expanded="false">
                {crate::i18n::t(gloss_core::i18n::Msg::Listen)}
            </button>
            <p class="listen-status" role="status"></p>
        </div>
    }
}

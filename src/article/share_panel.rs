//! "Share or embed" on an article page: the article's link and an iframe
//! snippet (absolute URLs) to paste into a school portal, each with a copy
//! button. Hidden in the embed view itself.

use std::sync::Arc;

use crate::i18n::t;
use gloss_core::content::model::Article;
use gloss_core::embed::snippet::iframe_snippet;
use gloss_core::i18n::Msg;
use gloss_core::Route;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::app::nav::use_router;
use crate::embed;

/// `navigator.clipboard.writeText(text)`, through Reflect: the API is
/// missing on insecure origins and in some frames.
async fn write_clipboard(text: &str) -> bool {
    let Some(window) = crate::platform::browser::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object());
    let Some(clipboard) = clipboard else {
        return false;
    };
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(write) = write else {
        return false;
    };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(p) => match p.dyn_into::<js_sys::Promise>() {
            Ok(p) => JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Selects the text of a field so the reader can copy it by hand.
fn select(id: &str) {
    let el = crate::platform::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(input) = el
        .as_ref()
        .and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>())
    {
        input.select();
    } else if let Some(area) = el
        .as_ref()
        .and_then(|e| e.dyn_ref::<web_sys::HtmlTextAreaElement>())
    {
        area.select();
    }
}

#[component]
pub fn SharePanel(article: Arc<Article>) -> impl IntoView {
    if embed::is_embed() {
        return None;
    }
    // The site root: the embed view lives there (`?article=<id>&embed=1`).
    let app = crate::platform::site::root_url().unwrap_or_default();
    let router = use_router();
    let route = router.route();
    let version = Memo::new(move |_| match route.get() {
        Route::Article { version, .. } => version,
        _ => None,
    });
    let (id, title) = (article.id.clone(), article.title.clone());
    let link = {
        let id = id.clone();
        Memo::new(move |_| {
            router.absolute_href(&Route::Article {
                id: id.clone(),
                version: version.get(),
                embed: false,
            })
        })
    };
    let snippet = Memo::new(move |_| iframe_snippet(&app, &id, version.get().as_deref(), &title));
    let status = RwSignal::new(String::new());
    let copy = move |field: &'static str, text: String, done: Msg| {
        status.set(String::new());
        spawn_local(async move {
            if write_clipboard(&text).await {
                status.try_set(t(done).to_owned());
            } else {
                select(field);
                status.try_set(t(Msg::ShareSelected).to_owned());
            }
        });
    };
    Some(view! {
        <details class="share-panel">
            <summary>{t(Msg::ShareHeading)}</summary>
            <div class="share-body">
                <div class="field">
                    <label for="share-link">{t(Msg::ShareLink)}</label>
                    <div class="copy-row">
                        <input id="share-link" type="url" readonly prop:value=move || link.get()/>
                        <button type="button" class="button button-secondary"
                            on:click=move |_| copy("share-link", link.get(), Msg::LinkCopied)>
                            {t(Msg::CopyLink)}
                        </button>
                    </div>
                </div>
                <div class="field">
                    <label for="share-embed">{t(Msg::EmbedCode)}</label>
                    <textarea id="share-embed" class="embed-code" readonly rows="5" spellcheck="false"
                        prop:value=move || snippet.get()></textarea>
                    <div>
                        <button type="button" class="button button-secondary"
                            on:click=move |_| copy("share-embed", snippet.get(), Msg::EmbedCopied)>
                            {t(Msg::CopyEmbed)}
                        </button>
                    </div>
                </div>
                <p class="hint">{t(Msg::EmbedHint)}</p>
                <p class="copy-status" role="status">{move || status.get()}</p>
            </div>
        </details>
    })
}

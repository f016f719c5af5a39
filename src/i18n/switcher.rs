//! The language switcher: a native `<select>` with each language named in
//! itself, in the footer. It renders with English selected (as the
//! pre-rendered page does) and follows the interface's language after.

use gloss_core::i18n::{Lang, Msg};
use leptos::prelude::*;

use super::{t, use_ui_lang};

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ui = use_ui_lang();
    let current = move || ui.map_or(Lang::En, |u| u.get());
    let on_change = move |ev: leptos::ev::Event| {
        if let (Some(ui), Some(lang)) = (ui, Lang::from_tag(&event_target_value(&ev))) {
            ui.choose(lang);
        }
    };
    view! {
        <p class="language">
            <label for="ui-lang">{t(Msg::InterfaceLanguage)}</label>
            " "
            <select id="ui-lang" on:change=on_change prop:value=move || current().code()>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.code() lang=l.code() dir=l.dir() selected=move || current() == l>
                                {l.name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </p>
    }
}

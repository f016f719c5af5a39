//! "Display": the reader's text size, spacing, font and colours, from a
//! button in the site header. The settings are `data-*` attributes on
//! `<html>` that the stylesheet reads; the inline boot script of
//! `index.html` sets them from storage before the first paint, so a
//! pre-rendered page never flashes. This panel renders closed and in the
//! default state (as at build time), reads storage after hydration, and
//! writes through the core's [`Settings::save`].

use crate::i18n::t;
use gloss_core::i18n::Msg;
use gloss_core::reading::settings::{groups, Group, Settings, STORAGE_KEY};
use leptos::prelude::*;

use crate::platform::{browser, focus, storage};

/// The settings as they apply now, and whether they can be kept.
#[derive(Clone, Copy)]
struct Comfort {
    settings: RwSignal<Settings>,
    /// Storage failed: changes last only while the page is open.
    unsaved: RwSignal<bool>,
}

impl Comfort {
    fn new() -> Self {
        let comfort = Comfort {
            settings: RwSignal::new(Settings::default()),
            unsaved: RwSignal::new(false),
        };
        // After hydration: what the boot script applied, and from now on
        // what another tab saves.
        Effect::new(move |_| comfort.reload());
        let handle = window_event_listener(leptos::ev::storage, move |e| {
            if e.key().is_none_or(|k| k == STORAGE_KEY) {
                comfort.reload();
            }
        });
        on_cleanup(move || handle.remove());
        comfort
    }

    fn reload(self) {
        let loaded = match storage::local() {
            Ok(store) => Settings::load(&store),
            Err(e) => gloss_core::reading::settings::Loaded {
                settings: Settings::default(),
                unavailable: Some(e),
            },
        };
        // Blocked storage: keep what this page already chose.
        if loaded.unavailable.is_none() {
            apply(&loaded.settings);
            self.settings.set(loaded.settings);
        }
        self.unsaved.set(loaded.unavailable.is_some());
    }

    fn change(self, f: impl FnOnce(&mut Settings)) {
        self.settings.update(f);
        let settings = self.settings.get_untracked();
        apply(&settings);
        let saved = storage::local().and_then(|store| settings.save(&store));
        self.unsaved.set(saved.is_err());
    }
}

/// Puts `settings` on `<html>`, where the stylesheet reads them.
fn apply(settings: &Settings) {
    for (name, value) in settings.attributes() {
        browser::set_root_attribute(&format!("data-{name}"), value);
    }
}

/// The header's "Display" button and the panel it opens.
#[component]
pub fn DisplaySettings() -> impl IntoView {
    let comfort = Comfort::new();
    let open = RwSignal::new(false);
    let close = move || {
        open.set(false);
        focus::focus_by_id_when_present("display-toggle");
    };
    view! {
        <button
            type="button"
            id="display-toggle"
            class="header-link display-toggle"
            aria-expanded=move || open.get().to_string()
            aria-controls="display-panel"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {t(Msg::Display)}
        </button>
        <section
            id="display-panel"
            class="display-panel"
            aria-labelledby="display-heading"
            hidden=move || !open.get()
            on:keydown=move |e| {
                if e.key() == "Escape" {
                    close();
                }
            }
        >
            <h2 id="display-heading">{t(Msg::DisplaySettings)}</h2>
            <div class="display-groups">
                {groups().into_iter().map(|group| view! { <ChoiceGroup comfort group/> }).collect_view()}
            </div>
            <p class="display-note" role="status">
                {move || comfort.unsaved.get().then(|| t(Msg::DisplayNotKept))}
            </p>
            <div class="display-actions">
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| comfort.change(|s| *s = Settings::default())
                >
                    {t(Msg::ResetDefaults)}
                </button>
                <button type="button" class="button" on:click=move |_| close()>{t(Msg::Done)}</button>
            </div>
        </section>
    }
}

/// One setting as a group of radio buttons.
#[component]
fn ChoiceGroup(comfort: Comfort, group: Group) -> impl IntoView {
    let name = group.name;
    let current = Memo::new(move |_| comfort.settings.with(|s| s.value(name)));
    view! {
        <fieldset class="display-group">
            <legend>{t(group.legend)}</legend>
            {group
                .choices
                .into_iter()
                .map(|(value, label)| {
                    let id = format!("display-{name}-{value}");
                    view! {
                        <div class="display-choice">
                            <input
                                type="radio"
                                id=id.clone()
                                name=format!("display-{name}")
                                value=value
                                prop:checked=move || current.get() == Some(value)
                                on:change=move |_| comfort.change(|s| s.set_value(name, value))
                            />
                            <label for=id>{t(label)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

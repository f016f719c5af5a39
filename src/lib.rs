//! Gloss in the browser: the thin Leptos shell over `gloss-core`. It fetches,
//! routes and renders; the decisions live in the core. Folders by feature,
//! with the same names as the core's (see ARCHITECTURE.md).

#![recursion_limit = "256"]

pub mod app;
pub mod article;
pub mod catalog;
pub mod embed;
pub mod glossary;
pub mod i18n;
pub mod offline;
pub mod platform;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "preview")]
pub mod preview;
pub mod progress;
pub mod quiz;
pub mod reading;
pub mod words;

pub use app::App;
use leptos::prelude::*;

/// Starts the app in `<div id="app">`: attaches to the pre-rendered HTML
/// when the page was rendered for this address, otherwise renders it (see
/// [`app::boot::start_from_page`]).
pub fn mount() {
    use app::boot::Start;
    // Before any `pushState`: the root and the head's links are resolved
    // against the address the page was loaded from.
    let _ = platform::site::root_url();
    platform::site::pin_head_links();
    let Some(root) = platform::browser::app_element() else {
        platform::browser::remove_boot_message();
        leptos::mount::mount_to_body(|| view! { <App/> });
        return;
    };
    match app::boot::start_from_page() {
        #[cfg(feature = "hydrate")]
        Start::Hydrate(boot) => {
            platform::browser::while_hydrating(|| {
                leptos::mount::hydrate_from(root, move || view! { <App boot/> }).forget();
            });
        }
        #[cfg(not(feature = "hydrate"))]
        Start::Hydrate(boot) | Start::Render(boot) => render(root, boot),
        #[cfg(feature = "hydrate")]
        Start::Render(boot) => render(root, boot),
    }
    platform::browser::mark_ready();
}

/// Replaces whatever `root` holds with a fresh render.
fn render(root: web_sys::HtmlElement, boot: app::boot::Boot) {
    root.set_text_content(None);
    leptos::mount::mount_to(root, move || view! { <App boot/> }).forget();
}

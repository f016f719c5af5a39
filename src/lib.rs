//! Gloss in the browser: the thin Leptos shell over `gloss-core`. It fetches,
//! routes and renders; the decisions live in the core. Folders by feature,
//! with the same names as the core's (see ARCHITECTURE.md).

pub mod app;
pub mod article;
pub mod catalog;
pub mod embed;
pub mod glossary;
pub mod offline;
pub mod platform;
pub mod progress;
pub mod quiz;

pub use app::App;

/// Removes the static boot message and mounts the app on `<body>`.
pub fn mount() {
    platform::browser::remove_boot_message();
    leptos::mount::mount_to_body(App);
}

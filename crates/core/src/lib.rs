//! The pure core of Gloss: everything that can be decided without a browser.
//! No `web-sys`; everything here is tested natively with `cargo test`.
//!
//! Folders by feature, with the same names as the browser shell's (`src/`):
//! `content` (model, limits, loading, validation, markup), `catalog`,
//! `glossary`, `quiz`, `progress`, `words`, `embed`, `route` for URLs, plus `storage`
//! (the key–value trait the progress policy is written against), `wording`
//! (counts and scores in words) and `html` (escaping the few pieces of HTML
//! built as text).

pub mod catalog;
pub mod content;
pub mod embed;
pub mod glossary;
pub mod html;
pub mod i18n;
/// The author preview's checks, with line and column (author-only).
#[cfg(feature = "diagnostics")]
pub mod preview;
pub mod progress;
pub mod quiz;
pub mod reading;
pub mod route;
pub mod sort;
pub mod storage;
pub mod wording;
pub mod words;

pub use content::error::{ContentError, Problem, ProblemKind};
pub use content::load::{
    parse_article, parse_catalog_meta, parse_catalog_page, parse_index, parse_listing,
};
pub use content::model::*;
pub use route::Route;

//! The pure core of Gloss: content model, limits, validation, inline markup,
//! routing and formatting. No browser APIs; everything here is tested natively.

pub mod anchors;
pub mod catalog;
pub mod date;
pub mod embed_params;
pub mod embed_snippet;
pub mod error;
pub mod glossary;
mod json;
pub mod limits;
pub mod load;
pub mod markup;
pub mod model;
pub mod origins;
pub mod progress;
pub mod quiz;
pub mod reading;
pub mod route;
pub mod srgb;
pub mod url;
pub mod validate;
pub mod xapi;

pub use error::{ContentError, Problem, ProblemKind};
pub use load::{parse_article, parse_index};
pub use model::*;
pub use route::Route;

//! Embedding Gloss in a school portal (docs/embedding.md): the embed view's
//! URL parameters and theming, the share snippet, the origins allowed to
//! receive results, and the xAPI-shaped statements posted to them.

pub mod origins;
pub mod params;
pub mod snippet;
pub mod srgb;
pub mod xapi;

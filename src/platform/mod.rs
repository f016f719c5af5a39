//! Thin, panic-free wrappers over browser APIs: the document, focus and
//! scrolling, deploy-time configuration, `localStorage`, and the static
//! search index.

pub mod browser;
pub mod focus;
pub mod listener;
pub mod search;
pub mod site;
pub mod storage;

//! Thin, panic-free wrappers over browser APIs: the document, focus and
//! scrolling, deploy-time configuration, `localStorage`, the static
//! search index, speech synthesis and text highlights.

pub mod browser;
pub mod focus;
pub mod highlight;
pub mod js;
pub mod listener;
pub mod search;
pub mod site;
pub mod speech;
pub mod storage;
pub mod timer;

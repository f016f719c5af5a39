//! Thin, panic-free wrappers over browser APIs: the document, focus and
//! scrolling, deploy-time configuration, and `localStorage`.

pub mod browser;
pub mod focus;
pub mod listener;
pub mod site;
pub mod storage;

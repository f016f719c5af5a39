//! Key terms: toggletips in the text and the collapsible key-terms list.

pub mod list;
pub mod tip;

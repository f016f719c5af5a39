//! "My words": the glossary terms a reader opened, listed by article with
//! their definitions, and reviewed as flashcards on a Leitner schedule. The
//! words live in the progress store (`gloss_core::words`), so the progress
//! context keeps, merges, exports and imports them with everything else.

pub mod due;
pub mod page;
mod review;
pub mod store;

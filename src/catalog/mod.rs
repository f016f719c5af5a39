//! The catalogue: the index page with search and category filter, and the
//! article cards it lists.

pub mod card;
pub mod page;

//! The catalogue: the index page (`page`) with its pages of articles
//! (`listing`, `pager`), categories with counts (`facets`), search
//! (`search`), where pages come from (`data`), and the article cards
//! (`card`).

pub mod card;
pub mod data;
pub mod facets;
pub mod listing;
pub mod page;
pub mod pager;
pub mod search;

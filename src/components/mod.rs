//! Components named after what the reader sees.

pub mod article_card;
pub mod article_header;
pub mod audience_switch;
pub mod glossary_list;
pub mod glossary_tip;
pub mod load_states;
pub mod quiz_list;
pub mod rich_text;
pub mod section_view;
pub mod site_chrome;

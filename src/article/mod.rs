//! One article: the page with its load states, the header, the audience
//! switch, sections, rich text and the share panel.

pub mod audience_switch;
pub mod header;
pub mod lang;
pub mod page;
pub mod rich_text;
pub mod section;
pub mod share_panel;

//! Articles and the index as data: the model authors write, the limits and
//! rules every file must meet, loading untrusted text into validated
//! documents, inline markup, links, element ids, dates and reading time.

pub mod anchors;
pub mod date;
pub mod error;
pub(crate) mod json;
pub mod limits;
pub mod load;
pub mod markup;
pub mod model;
pub mod reading;
pub mod url;
pub mod validate;

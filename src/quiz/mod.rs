//! The quiz: screens (start, questions, result) over the core `Attempt`,
//! feedback, the unanswered notice and "show me in the text" links.

pub mod evidence;
pub mod feedback;
pub mod question;
pub mod result;
pub mod section;
pub mod start;
pub mod state;
pub mod unanswered;

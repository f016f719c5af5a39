//! The quiz: screens (start, questions, result) over the core `Attempt`,
//! feedback, the unanswered notice, "show me in the text" links, and the
//! printed worksheet.

pub mod evidence;
pub mod feedback;
pub mod question;
pub mod result;
pub mod section;
pub mod start;
pub mod state;
pub mod unanswered;
pub mod worksheet;

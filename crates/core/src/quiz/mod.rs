//! Quizzes: scoring, deterministic shuffling, the attempt state machine the
//! UI drives, what the review of a checked question shows, the quiz as a
//! printed worksheet with its answer key, and a stable content hash of a
//! quiz.
//!
//! Everything stored or scored uses the ORIGINAL choice indexes of the
//! content (`Question::choices`); shuffling only changes what is shown where.
//! Nothing here panics on hostile input: out-of-range indexes are treated as
//! wrong answers, unknown question ids are typed errors.

mod answering;
mod attempt;
pub(crate) mod hash;
mod review;
mod saved;
mod score;
mod shuffle;
mod worksheet;

pub use attempt::*;
pub(crate) use hash::Fnv64;
pub use hash::{is_quiz_hash, quiz_hash};
pub use review::*;
pub use saved::*;
pub(crate) use score::saturating_u32;
pub use score::*;
pub use shuffle::*;
pub use worksheet::*;

//! Library side of `cargo xtask`, so its logic is tested with `cargo test`.

pub mod content;
pub mod schema;

//! Library side of `cargo xtask`, so its logic is tested with `cargo test`.

pub mod budget;
pub mod content;
pub mod postbuild;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod schema;
pub mod static_html;
pub mod synth;

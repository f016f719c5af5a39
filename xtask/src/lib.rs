//! Library side of `cargo xtask`, so its logic is tested with `cargo test`.

pub mod budget;
pub mod content;
pub mod csp;
pub mod i18n;
pub mod minify;
pub mod pages;
pub mod postbuild;
pub mod precache;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod schema;
pub mod sitemap;
pub mod static_html;
pub mod synth;

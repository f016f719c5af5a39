//! The author preview's checks (feature `diagnostics`): a file an author
//! picked, read as `cargo xtask validate` reads an article (`check`), with
//! every problem placed at a line and column in the text (`locate`). The
//! reader's build never has this module; only the preview page's build
//! does (docs/authoring-preview.md).

pub mod check;
pub mod locate;

pub use check::{check_article, check_size, CheckError, Diagnostic, FileError};
pub use locate::{locate, Position};

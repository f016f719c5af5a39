//! One module per page.

mod article_page;
mod index_page;
mod progress_page;

pub use article_page::ArticlePage;
pub use index_page::IndexPage;
pub use progress_page::ProgressPage;

//! Progress kept on the device: the `Progress` context and how it is
//! persisted, the progress page (summary, chart, per-article list,
//! export/import, reset) and the storage notice.

pub mod articles;
pub mod page;
mod persist;
pub mod reset;
pub mod score_chart;
pub mod state;
pub mod storage_notice;
pub mod summary;
pub mod titles;
pub mod transfer;

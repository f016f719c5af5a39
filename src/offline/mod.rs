//! Offline reading: the page's side of the service worker (`assets/sw.js`),
//! the offline indicator, the update banner and "Save for offline".

pub mod indicator;
mod messages;
pub mod save_button;
pub mod update_banner;
pub mod worker;

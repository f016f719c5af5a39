//! Reading tools: the display settings ("reading comfort": text size,
//! spacing, font, colours) and printing as a worksheet. The decisions are
//! `gloss_core::reading`'s and `gloss_core::quiz::worksheet`'s.

pub mod comfort;
pub mod print;

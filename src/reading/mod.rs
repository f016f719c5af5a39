//! Reading tools: the display settings ("reading comfort": text size,
//! spacing, font, colours). The decisions are `gloss_core::reading`'s.

pub mod comfort;

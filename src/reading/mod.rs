//! Reading tools: the display settings ("reading comfort": text size,
//! spacing, font, colours), printing as a worksheet and reading aloud
//! ("Listen"). The decisions are `gloss_core::reading`'s and
//! `gloss_core::quiz::worksheet`'s.

pub mod comfort;
pub mod listen;
pub mod print;

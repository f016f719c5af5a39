//! Reading tools that need no browser to decide: the reader's display
//! settings (text size, spacing, font, theme) and how they are stored.

pub mod settings;

//! Reading tools that need no browser to decide: the reader's display
//! settings (text size, spacing, font, theme) and how they are stored;
//! reading aloud: sentences, the reading plan, the voice and the player.

pub mod plan;
pub mod player;
pub mod sentences;
pub mod settings;
pub mod voice;

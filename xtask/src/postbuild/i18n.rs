//! The interface's translations as static files: `i18n/<lang>.json` for
//! every language but English (which is compiled into the app). The reader
//! fetches one only when its interface is in that language, and the
//! service worker precaches them with the rest of the shell
//! (docs/translating.md).

use std::fs;
use std::path::Path;

use gloss_core::i18n::{Catalogue, Lang};

/// The folder, relative to the build, and a file's name in it.
pub const DIR: &str = "i18n";

/// Writes `DIR/<code>.json` for Spanish and Arabic; returns the paths
/// written, relative to `dist`.
pub fn write_catalogues(dist: &Path) -> Result<Vec<String>, String> {
    let dir = dist.join(DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let name = format!("{}.json", lang.code());
        let path = dir.join(&name);
        fs::write(&path, Catalogue::compiled(lang).to_json())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(format!("{DIR}/{name}"));
    }
    Ok(written)
}

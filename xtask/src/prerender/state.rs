//! What an earlier run wrote, for incremental builds: `.gloss-prerender/`
//! inside the build folder holds Trunk's template (the pre-rendered index
//! replaces it in `index.html`) and `manifest.json`:
//!
//! ```json
//! { "format": 1, "pages": { "articles/x/index.html": "<sha256 hex>", … } }
//! ```
//!
//! A page's hash covers everything its file depends on: this renderer's
//! build, the template, the site URL, the page's file and its document's
//! text. Dot folders are never precached, and hosts may serve or ignore it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// The state folder, inside the build folder.
pub const DIR: &str = ".gloss-prerender";
const FORMAT: u64 = 1;

/// Page file → hash of its inputs.
pub type Hashes = BTreeMap<String, String>;

fn manifest_path(dist: &Path) -> PathBuf {
    dist.join(DIR).join("manifest.json")
}

/// The hashes of the last run; empty when there is none or it is unreadable
/// (then every page is rendered again).
pub fn load(dist: &Path) -> Hashes {
    let Ok(text) = fs::read_to_string(manifest_path(dist)) else {
        return Hashes::new();
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
        return Hashes::new();
    };
    if value["format"].as_u64() != Some(FORMAT) {
        return Hashes::new();
    }
    value["pages"]
        .as_object()
        .map(|pages| {
            pages
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

pub fn save(dist: &Path, hashes: &Hashes) -> Result<(), String> {
    let path = manifest_path(dist);
    let dir = dist.join(DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let json = serde_json::json!({ "format": FORMAT, "pages": hashes });
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
    fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}

/// Identifies this renderer's build without reading it: the executable's
/// size and modification time (cargo relinks it whenever the app, the core
/// or xtask change), and xtask's version.
pub fn renderer_id() -> String {
    let exe = std::env::current_exe().and_then(|p| Ok((fs::metadata(&p)?, p)));
    match exe {
        Ok((meta, path)) => {
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!(
                "{} {} {} {modified}",
                env!("CARGO_PKG_VERSION"),
                path.display(),
                meta.len()
            )
        }
        // Unknown: a fresh id every run, so nothing is skipped.
        Err(_) => format!("unknown {:?}", std::time::SystemTime::now()),
    }
}

/// The hash of a page's inputs (each one length-prefixed).
pub fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    format!("{:x}", h.finalize())
}

/// Deletes the pages an earlier run wrote that this run did not (articles
/// or versions that are gone, or whose document is now invalid), and the
/// directories they leave empty. Returns how many files went.
pub fn remove_stale(dist: &Path, old: &Hashes, now: &Hashes) -> usize {
    let mut removed = 0;
    for file in old.keys().filter(|f| !now.contains_key(*f)) {
        // Only page files this tool writes, never a path outside the build.
        if file.contains("..") || !file.ends_with("index.html") || file == "index.html" {
            continue;
        }
        let path = dist.join(file);
        if fs::remove_file(&path).is_ok() {
            removed += 1;
            let mut dir = path.parent();
            while let Some(d) = dir.filter(|d| *d != dist) {
                if fs::remove_dir(d).is_err() {
                    break;
                }
                dir = d.parent();
            }
        }
    }
    removed
}

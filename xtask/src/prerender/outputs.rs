//! The data files the pre-render writes beside the pages:
//!
//! - the paged catalogue under the content folder (`catalog/meta.json`,
//!   `catalog/latest/<n>.json`, `catalog/category/<slug>/<n>.json`; format
//!   2, see docs/content-format.md), which the index fetches page by page;
//! - `.gloss-prerender/search-records.jsonl`, one search record per
//!   article, which `scripts/search-index.mjs` turns into the Pagefind
//!   index.
//!
//! A file is written only when its bytes change, and catalogue files that
//! no longer belong to the catalogue are removed.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use gloss_core::catalog::{Catalog, SearchRecord};

use super::state;

/// Writes `bytes` to `path` unless it already holds them; true if written.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool, String> {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(true)
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Removes empty folders under `dir` (not `dir` itself).
fn prune_empty(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            prune_empty(&path);
            let _ = fs::remove_dir(&path);
        }
    }
}

/// Files written and removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub written: usize,
    pub removed: usize,
}

/// Writes the catalogue into `content/catalog/`.
pub fn write_catalog(content: &Path, catalog: &Catalog) -> Result<Written, String> {
    let dir = content.join("catalog");
    let mut done = Written::default();
    let mut keep = BTreeSet::new();
    let meta = serde_json::to_vec(&catalog.meta).map_err(|e| e.to_string())?;
    let mut files = vec![("meta.json".to_owned(), meta)];
    for (file, page) in catalog.all_pages() {
        files.push((file, serde_json::to_vec(&page).map_err(|e| e.to_string())?));
    }
    for (file, bytes) in files {
        let path = dir.join(&file);
        done.written += usize::from(write_if_changed(&path, &bytes)?);
        keep.insert(path);
    }
    let mut present = Vec::new();
    files_under(&dir, &mut present);
    for stale in present.into_iter().filter(|p| !keep.contains(p)) {
        fs::remove_file(&stale).map_err(|e| format!("{}: {e}", stale.display()))?;
        done.removed += 1;
    }
    prune_empty(&dir);
    Ok(done)
}

/// Where the search records go.
pub fn records_path(dist: &Path) -> PathBuf {
    dist.join(state::DIR).join("search-records.jsonl")
}

/// Writes the search records, one JSON object per line, sorted by address;
/// true if the file changed.
pub fn write_records(dist: &Path, records: &[SearchRecord]) -> Result<bool, String> {
    let mut sorted: Vec<&SearchRecord> = records.iter().collect();
    sorted.sort_by(|a, b| a.url.cmp(&b.url));
    let mut text = String::new();
    for r in sorted {
        text.push_str(&serde_json::to_string(r).map_err(|e| e.to_string())?);
        text.push('\n');
    }
    write_if_changed(&records_path(dist), text.as_bytes())
}

//! Synthetic content for scale, search and load tests: `cargo xtask synth N
//! DIR` writes N valid, deterministic articles to `DIR/articles/` and, when
//! N ≤ 10,000, their v1 index to `DIR/index.json` (the benchmark uses 5,000
//! for the index page; larger catalogues are paged by the pre-render from the
//! articles).
//!
//! Article `i` is always the same: its language comes from `i` (about 70%
//! English, 15% Spanish, 10% Arabic, 5% Japanese), everything else from a
//! generator seeded with `i`. Eleven categories in all (eight English, one
//! each in Spanish, Arabic and Japanese); dates spread over 2000–2025.
//! Each language's words and templates are in a file of its own.

mod ar;
mod article;
mod en;
mod es;
mod ja;
mod lang;

use std::fs;
use std::io;
use std::ops::Range;
use std::path::Path;
use std::thread;

use gloss_core::content::model::{Article, Index, IndexEntry, FORMAT_VERSION};
use gloss_core::quiz::SplitMix64;

pub use lang::Lang;

/// The most articles a v1 `index.json` may list.
pub const MAX_INDEX_ARTICLES: usize = 10_000;

/// First and last day of the publication dates (days since 1970-01-01):
/// 2000-01-01 and 2025-12-31.
const FIRST_DAY: i64 = 10_957;
const LAST_DAY: i64 = 20_453;

/// The languages, in the order of [`lang_of`]'s shares.
pub const LANGS: [&Lang; 4] = [&en::EN, &es::ES, &ar::AR, &ja::JA];

/// Whether a catalogue of `n` articles gets a v1 `index.json`.
pub fn writes_index(n: usize) -> bool {
    n <= MAX_INDEX_ARTICLES
}

/// The language of article `i`: of every 20 articles, 14 English, 3
/// Spanish, 2 Arabic and 1 Japanese.
pub fn lang_of(i: usize) -> &'static Lang {
    match i % 20 {
        0..=13 => LANGS[0],
        14..=16 => LANGS[1],
        17 | 18 => LANGS[2],
        _ => LANGS[3],
    }
}

/// The id of article `i`: an ASCII slug with its number and language.
pub fn id_of(i: usize) -> String {
    format!("synthetic-{i:05}-{}", lang_of(i).tag)
}

/// The publication date of article `i`, `YYYY-MM-DD`, anywhere in 2000–2025.
pub fn date_of(i: usize) -> String {
    let mut rng = SplitMix64::new(0xDA7E_0000 ^ i as u64);
    let span = (LAST_DAY - FIRST_DAY + 1) as u64;
    let day = FIRST_DAY + rng.below(span) as i64;
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month and day of a day number (days since 1970-01-01), by Howard
/// Hinnant's `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Article number `i` of a synthetic collection (same `i`, same article).
pub fn article(i: usize) -> Article {
    let mut rng = SplitMix64::new(0x5EED_0000 + i as u64);
    article::build(lang_of(i), i, id_of(i), date_of(i), &mut rng)
}

/// The v1 index of these entries: newest first, then by id (as
/// [`crate::content::index_of`] orders it; a test checks they agree).
fn index_from(mut entries: Vec<IndexEntry>) -> Index {
    entries.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id)));
    Index {
        format: FORMAT_VERSION,
        articles: entries,
    }
}

/// The `parts` contiguous ranges `0..n` splits into.
fn chunks(n: usize, parts: usize) -> Vec<Range<usize>> {
    let parts = parts.clamp(1, n.max(1));
    let size = n.div_ceil(parts);
    (0..parts)
        .map(|p| (p * size).min(n)..((p + 1) * size).min(n))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Builds articles `range`, writing each to `articles_dir` when it is
/// given, and returns their index entries when `entries` is true.
fn run(
    range: Range<usize>,
    articles_dir: Option<&Path>,
    entries: bool,
) -> io::Result<Vec<IndexEntry>> {
    let mut out = Vec::with_capacity(if entries { range.len() } else { 0 });
    let mut buf = Vec::with_capacity(16 * 1024);
    for i in range {
        let a = article(i);
        if let Some(dir) = articles_dir {
            buf.clear();
            serde_json::to_writer(&mut buf, &a).map_err(io::Error::other)?;
            fs::write(dir.join(format!("{}.json", a.id)), &buf)?;
        }
        if entries {
            out.push(a.index_entry());
        }
    }
    Ok(out)
}

/// Writes `n` articles (unless `index_only`) into `dir/articles/`, and their
/// index into `dir/index.json` when [`writes_index`]`(n)`; otherwise removes
/// a stale `index.json` left by an earlier, smaller run. `index_only` with
/// more than [`MAX_INDEX_ARTICLES`] is an error (there would be nothing to
/// write). Articles are built and written on every core.
pub fn write(dir: &Path, n: usize, index_only: bool) -> io::Result<()> {
    let with_index = writes_index(n);
    if index_only && !with_index {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "--index-only writes only index.json, and a v1 index.json lists at most \
                 {MAX_INDEX_ARTICLES} articles ({n} asked for); drop --index-only to write the \
                 articles (the pre-render pages a larger catalogue from them)"
            ),
        ));
    }
    let articles_dir = dir.join("articles");
    fs::create_dir_all(&articles_dir)?;
    let target = (!index_only).then_some(articles_dir.as_path());
    let cores = thread::available_parallelism().map_or(1, |c| c.get());
    let parts: Vec<Vec<IndexEntry>> = thread::scope(|s| {
        let workers: Vec<_> = chunks(n, cores)
            .into_iter()
            .map(|range| s.spawn(move || run(range, target, with_index)))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect::<io::Result<_>>()
    })?;
    let index_path = dir.join("index.json");
    if with_index {
        let index = index_from(parts.into_iter().flatten().collect());
        let json = serde_json::to_string(&index).map_err(io::Error::other)?;
        fs::write(index_path, json)?;
    } else if index_path.exists() {
        fs::remove_file(index_path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;

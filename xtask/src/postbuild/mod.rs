//! `cargo xtask postbuild [DIR]`: finishes a build folder for strict hosting
//! and offline use. Trunk runs it after every build (a `post_build` hook in
//! Trunk.toml, on `$TRUNK_STAGING_DIR`); run it again by hand after editing
//! the deploy-time `<meta name="gloss:…">` configuration in `index.html`.
//!
//! 1. hashes every inline `<script>` of `index.html` (Trunk's loader) and of
//!    every pre-rendered page (`articles/…`, `progress/`: the loader climbs
//!    from each page's directory, so its hash differs by depth);
//! 2. writes each page's CSP as a `<meta http-equiv>` (release builds;
//!    without `frame-ancestors`, which `<meta>` cannot carry);
//! 3. writes `_headers` with the policy for every page (all the hashes)
//!    plus `frame-ancestors`;
//! 4. strips the comment lines of the worker's scripts and minifies the
//!    stylesheets (`minify.rs`; first, and the `integrity` that `index.html`
//!    and every pre-rendered page give a stylesheet is made the final file's),
//!    and writes the precache manifest of the final files into `sw.js`;
//! 5. gives the author preview (`preview/`, its own Trunk build, see
//!    `SUB_APPS`) the same treatment: its stylesheets minified with a true
//!    `integrity`, its page's policy, its hashes in `_headers`. It is not
//!    precached (`precache.rs`).
//!
//! Settings (flags win over environment variables):
//!
//! - `--frame-ancestors "<sources>"` / `GLOSS_FRAME_ANCESTORS`: who may embed
//!   Gloss in an iframe (default `*`: any page).
//! - `--no-meta` / `GLOSS_CSP_META=0`: do not write the `<meta>` (for hosts
//!   that send the header; also skipped for Trunk's debug builds, where
//!   `trunk serve` injects its own inline reload script).

pub mod csp;
pub mod i18n;
pub mod minify;
pub mod precache;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// What `postbuild` wrote.
#[derive(Debug, Clone)]
pub struct Summary {
    pub dir: PathBuf,
    /// The inline scripts of the root `index.html`.
    pub script_hashes: Vec<String>,
    /// Pre-rendered pages below the root, each with its own policy.
    pub pages: usize,
    /// Distinct script hashes in `_headers` (the union over every page).
    pub header_hashes: usize,
    pub policy: String,
    pub header_policy: String,
    pub meta_written: bool,
    pub version: String,
    pub files: usize,
    pub bytes: u64,
    pub warnings: Vec<String>,
}

/// Options of one run.
#[derive(Debug, Clone)]
pub struct Options {
    pub dir: PathBuf,
    pub frame_ancestors: String,
    pub meta: bool,
}

impl Options {
    /// From command-line arguments (after `postbuild`) and the environment.
    pub fn from_args(args: &[String]) -> Result<Options, String> {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let debug = env("TRUNK_PROFILE").as_deref() == Some("debug");
        let mut opts = Options {
            dir: env("TRUNK_STAGING_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("dist")),
            frame_ancestors: env("GLOSS_FRAME_ANCESTORS").unwrap_or_else(|| "*".to_owned()),
            meta: !debug && env("GLOSS_CSP_META").as_deref() != Some("0"),
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--frame-ancestors" => {
                    opts.frame_ancestors =
                        it.next().ok_or("--frame-ancestors needs a value")?.clone();
                }
                "--no-meta" => opts.meta = false,
                "--meta" => opts.meta = true,
                s if s.starts_with("--") => return Err(format!("unknown option {s}")),
                dir => opts.dir = PathBuf::from(dir),
            }
        }
        if !csp::valid_frame_ancestors(&opts.frame_ancestors) {
            return Err(format!(
                "invalid frame-ancestors {:?}: use *, 'self', 'none' or origins separated by spaces",
                opts.frame_ancestors
            ));
        }
        Ok(opts)
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every pre-rendered page below the root (`articles/**/index.html`,
/// `progress/index.html`, `words/index.html`, the catalogue's `page/**` and `category/**`).
fn pre_rendered_pages(dir: &Path) -> Result<Vec<PathBuf>, String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.file_name().is_some_and(|n| n == "index.html") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut pages = Vec::new();
    for sub in ["articles", "progress", "words", "page", "category"] {
        let d = dir.join(sub);
        if d.is_dir() {
            walk(&d, &mut pages)?;
        }
    }
    pages.sort();
    Ok(pages)
}

/// Folders holding a page built by a Trunk build of their own (with its
/// own hashed loader, wasm and stylesheets), not pre-rendered: the author
/// preview (`preview/index.html`, docs/authoring-preview.md).
pub const SUB_APPS: [&str; 1] = ["preview"];

/// Each sub-app's page: its stylesheets minified, its own policy; the
/// script hashes.
fn sub_app_policies(dir: &Path, connect: Option<&str>, meta: bool) -> Result<Vec<String>, String> {
    let mut hashes = Vec::new();
    for sub in SUB_APPS {
        let folder = dir.join(sub);
        let page = folder.join("index.html");
        if page.is_file() {
            let sheets = minify_stylesheets(&folder)?;
            hashes.extend(page_policy(&page, connect, meta, &sheets)?);
        }
    }
    Ok(hashes)
}

/// Writes one pre-rendered page's own policy; returns its script hashes.
/// Also makes its stylesheets' `integrity` true (`sheets`).
fn page_policy(
    page: &Path,
    connect: Option<&str>,
    meta: bool,
    sheets: &[Sheet],
) -> Result<Vec<String>, String> {
    let before = read(page)?;
    let html = with_integrity(csp::without_meta(&before), sheets);
    let hashes: Vec<String> = csp::inline_scripts(&html)
        .iter()
        .map(|s| csp::hash_source(s))
        .collect();
    let after = if meta {
        csp::with_meta(&html, &csp::policy(&hashes, connect))
    } else {
        html
    };
    // Unchanged pages stay untouched (incremental builds of big sites).
    if after != before {
        write(page, &after)?;
    }
    Ok(hashes)
}

/// [`page_policy`] for every page, on every core; the distinct hashes.
fn page_policies(
    pages: &[PathBuf],
    connect: Option<&str>,
    meta: bool,
    sheets: &[Sheet],
) -> Result<Vec<String>, String> {
    let next = AtomicUsize::new(0);
    let work = || -> Result<BTreeSet<String>, String> {
        let mut hashes = BTreeSet::new();
        while let Some(page) = pages.get(next.fetch_add(1, Ordering::Relaxed)) {
            hashes.extend(page_policy(page, connect, meta, sheets)?);
        }
        Ok(hashes)
    };
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, pages.len().max(1));
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        let mut all = BTreeSet::new();
        for h in handles {
            all.extend(
                h.join()
                    .map_err(|_| "a postbuild thread panicked".to_owned())??,
            );
        }
        Ok(all.into_iter().collect())
    })
}

/// A stylesheet's file name and the `integrity` of its final bytes.
type Sheet = (String, String);

/// Minifies every stylesheet at the top of `dir`; returns each one's name
/// and integrity, which every page's `<link>` gets (`with_integrity`).
/// Later runs find the files already minified and change nothing.
fn minify_stylesheets(dir: &Path) -> Result<Vec<Sheet>, String> {
    use base64::Engine as _;
    use sha2::Digest as _;
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut sheets = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".css") {
            continue;
        }
        let path = entry.path();
        let css = minify::minify_css(&read(&path)?);
        write(&path, &css)?;
        let digest = sha2::Sha384::digest(css.as_bytes());
        let integrity = format!(
            "sha384-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        sheets.push((name, integrity));
    }
    Ok(sheets)
}

/// `html` with the `integrity` of each of `sheets` made true.
fn with_integrity(mut html: String, sheets: &[Sheet]) -> String {
    for (name, integrity) in sheets {
        html = minify::stylesheet_integrity(&html, name, integrity);
    }
    html
}

/// Runs every step on `opts.dir`.
pub fn run(opts: &Options) -> Result<Summary, String> {
    let dir = &opts.dir;
    let index_path = dir.join("index.html");
    let sheets = minify_stylesheets(dir)?;
    let html = with_integrity(csp::without_meta(&read(&index_path)?), &sheets);
    let mut warnings = Vec::new();

    let scripts = csp::inline_scripts(&html);
    if scripts.is_empty() {
        warnings.push("index.html has no inline script (expected Trunk's loader)".to_owned());
    }
    let script_hashes: Vec<String> = scripts.iter().map(|s| csp::hash_source(s)).collect();

    let content_base = csp::meta_content(&html, "gloss:content-base").unwrap_or_default();
    let connect = csp::content_origin(&content_base);
    if content_base.contains("://") && connect.is_none() {
        warnings.push(format!(
            "gloss:content-base {content_base:?} is not an http(s) URL; connect-src allows only 'self'"
        ));
    }
    if let Some(origins) = csp::meta_content(&html, "gloss:embed-origins") {
        let (_, bad) = gloss_core::embed::origins::parse_origin_list(&origins);
        for b in bad {
            warnings.push(format!(
                "gloss:embed-origins: {b:?} is not an origin (https://host[:port]); it is ignored"
            ));
        }
    }

    let policy = csp::policy(&script_hashes, connect.as_deref());
    let html = if opts.meta {
        csp::with_meta(&html, &policy)
    } else {
        html
    };
    write(&index_path, &html)?;
    let mut all_hashes = script_hashes.clone();
    let pages = pre_rendered_pages(dir)?;
    let subs = sub_app_policies(dir, connect.as_deref(), opts.meta)?;
    for h in page_policies(&pages, connect.as_deref(), opts.meta, &sheets)?
        .into_iter()
        .chain(subs)
    {
        if !all_hashes.contains(&h) {
            all_hashes.push(h);
        }
    }
    let pages = pages.len();
    let header_policy = csp::header_policy(
        &csp::policy(&all_hashes, connect.as_deref()),
        &opts.frame_ancestors,
    );
    write(&dir.join("_headers"), &csp::headers_file(&header_policy))?;

    // The worker's scripts without their comments (before the manifest
    // hashes sw-pages.js).
    for name in ["sw.js", "sw-pages.js"] {
        let path = dir.join(name);
        if path.exists() {
            write(&path, &minify::strip_comment_lines(&read(&path)?))?;
        }
    }

    // The translations (fetched when the interface is not English), then
    // last the manifest, which covers them and the final index.html.
    i18n::write_catalogues(dir)?;
    let manifest = precache::manifest(dir).map_err(|e| e.to_string())?;
    let sw_path = dir.join("sw.js");
    let sw = precache::stamp(&read(&sw_path)?, &manifest)?;
    write(&sw_path, &sw)?;

    Ok(Summary {
        dir: dir.clone(),
        script_hashes,
        pages,
        header_hashes: all_hashes.len(),
        policy,
        header_policy,
        meta_written: opts.meta,
        version: manifest.version.clone(),
        files: manifest.files.len(),
        bytes: manifest.total_bytes(),
        warnings,
    })
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for w in &self.warnings {
            writeln!(f, "warning: {w}")?;
        }
        writeln!(f, "postbuild: {}", self.dir.display())?;
        writeln!(f, "  inline scripts: {}", self.script_hashes.join(" "))?;
        writeln!(
            f,
            "  pages below the root: {}, script hashes in _headers: {}",
            self.pages, self.header_hashes
        )?;
        writeln!(
            f,
            "  CSP <meta>: {}",
            if self.meta_written {
                "written"
            } else {
                "not written"
            }
        )?;
        writeln!(
            f,
            "  _headers: Content-Security-Policy: {}",
            self.header_policy
        )?;
        write!(
            f,
            "  sw.js: precache version {}, {} files, {} KiB",
            self.version,
            self.files,
            self.bytes.div_ceil(1024)
        )
    }
}

//! `cargo xtask prerender [DIST] [--content DIR] [--site-url URL] [--keep-going]`:
//! writes a real HTML file for every page of the site into Trunk's release
//! build, rendered natively by the components the browser runs
//! (`gloss::prerender`):
//!
//! - `index.html` (the index), `progress/index.html` and `words/index.html`;
//! - `articles/<id>/index.html` (the default audience version) and
//!   `articles/<id>/<version>/index.html` for every version (the default
//!   one's is a duplicate whose canonical link is `articles/<id>/`: old
//!   `?article=<id>&v=<first>` links move there);
//! - `sitemap.xml`, when the site's URL is known (`--site-url` or
//!   `GLOSS_SITE_URL`), which also gives every page its canonical URL.
//!
//! Pages render on every core, and only when an input changed (see
//! [`state`]); pages of articles that are gone are removed. A bad document
//! is reported with its file and field and gets no page, the rest is built,
//! and the exit status is non-zero unless `--keep-going`. Run `cargo xtask
//! postbuild DIST` afterwards (each page's CSP, the precache manifest):
//! `scripts/build-site.sh` does.

pub mod jobs;
pub mod outputs;
pub mod pages;
pub mod sitemap;
pub mod state;
#[cfg(test)]
mod tests;

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use gloss::prerender::Page;
pub use jobs::{Job, Kind};
use state::Hashes;

use pages::PageParts;

/// Options of one run.
#[derive(Debug, Clone)]
pub struct Options {
    pub dist: PathBuf,
    pub content: PathBuf,
    /// The site's absolute URL, ending in `/`.
    pub site_url: Option<String>,
    /// Bad documents do not make the run fail (they still get no page).
    pub keep_going: bool,
}

impl Options {
    /// From the arguments after `prerender`, and `GLOSS_SITE_URL`.
    pub fn from_args(args: &[String]) -> Result<Options, String> {
        let mut dist = None;
        let mut content = None;
        let mut keep_going = false;
        let mut site_url = std::env::var("GLOSS_SITE_URL")
            .ok()
            .filter(|s| !s.trim().is_empty());
        let mut it = args.iter();
        while let Some(a) = it.next() {
            match a.as_str() {
                "--content" => {
                    content = Some(PathBuf::from(it.next().ok_or("--content needs a folder")?))
                }
                "--site-url" => site_url = Some(it.next().ok_or("--site-url needs a URL")?.clone()),
                "--keep-going" => keep_going = true,
                s if s.starts_with("--") => return Err(format!("unknown option {s}")),
                d => dist = Some(PathBuf::from(d)),
            }
        }
        let dist = dist.unwrap_or_else(|| PathBuf::from("dist"));
        Ok(Options {
            content: content.unwrap_or_else(|| dist.join("content")),
            dist,
            site_url: site_url.map(|u| site_url_checked(&u)).transpose()?,
            keep_going,
        })
    }
}

/// An absolute `http(s)` URL with no query or fragment, ending in `/`.
pub fn site_url_checked(url: &str) -> Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(r) if !r.is_empty() && !r.starts_with('/') && !r.contains(['?', '#', ' ', '"']) => {
            Ok(if url.ends_with('/') {
                url.to_owned()
            } else {
                format!("{url}/")
            })
        }
        _ => Err(format!(
            "site URL {url:?}: use the site's absolute http(s) URL, e.g. https://example.org/gloss/"
        )),
    }
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub rendered: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Catalogue files (`content/catalog/…`) written and removed.
    pub catalog: outputs::Written,
    /// Search records (one per article) and whether their file changed.
    pub records: usize,
    pub records_changed: bool,
    /// Bad documents (tolerated with `--keep-going`).
    pub content_problems: Vec<String>,
    /// Pages that could not be rendered or written (always a failure).
    pub errors: Vec<String>,
}

impl Summary {
    pub fn is_ok(&self, keep_going: bool) -> bool {
        self.errors.is_empty() && (keep_going || self.content_problems.is_empty())
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Trunk's template: `index.html` as Trunk wrote it (kept aside, since the
/// pre-rendered index replaces it), or the copy an earlier run kept.
pub fn template(dist: &Path) -> Result<String, String> {
    let index = read(&dist.join("index.html"))?;
    let kept = dist.join(state::DIR).join("template.html");
    if pages::check_template(&index).is_ok() {
        fs::create_dir_all(dist.join(state::DIR)).map_err(|e| e.to_string())?;
        fs::write(&kept, &index).map_err(|e| format!("{}: {e}", kept.display()))?;
        return Ok(index);
    }
    let text = read(&kept).map_err(|e| {
        format!(
            "{}: no template: index.html is already pre-rendered and {e}",
            dist.display()
        )
    })?;
    pages::check_template(&text).map_err(|e| e.to_string())?;
    Ok(text)
}

/// The page's component HTML, from `gloss::prerender`.
pub fn render_app(job: &Job) -> Page {
    match &job.kind {
        Kind::Index(listing) => gloss::prerender::listing(listing.clone()),
        Kind::Article(article, version) => {
            gloss::prerender::article(article.clone(), version.as_deref())
        }
        Kind::Progress => gloss::prerender::progress(),
        Kind::Words => gloss::prerender::words(),
    }
}

/// The whole HTML file of one job.
pub fn page_html(
    job: &Job,
    page: &Page,
    template: &str,
    site_url: Option<&str>,
) -> Result<String, String> {
    let path = job.route.to_path();
    let canonical = site_url.map(|s| format!("{s}{}", job.canonical.to_path()));
    let up = "../".repeat(job.route.depth());
    let parts = PageParts {
        up: &up,
        route_path: &path,
        title: &page.title,
        description: &page.description,
        canonical: canonical.as_deref(),
        og_type: if matches!(job.kind, Kind::Article(..)) {
            "article"
        } else {
            "website"
        },
        body: &page.html,
        document: job.document.as_deref(),
    };
    pages::page(template, &parts).map_err(|e| format!("{}: {e}", job.file))
}

enum Outcome {
    Rendered,
    Unchanged,
}

/// True when `file` already holds the page these inputs make.
fn is_current(dist: &Path, job: &Job, hash: &str, old: &Hashes) -> bool {
    let path = dist.join(&job.file);
    old.get(&job.file).map(String::as_str) == Some(hash)
        && path.is_file()
        // `index.html` is also where Trunk puts the template.
        && (job.file != "index.html"
            || fs::read_to_string(&path).is_ok_and(|t| pages::check_template(&t).is_err()))
}

fn one(
    opts: &Options,
    template: &str,
    job: &Job,
    hash: &str,
    old: &Hashes,
    render: &(dyn Fn(&Job) -> Page + Sync),
) -> Result<Outcome, String> {
    if is_current(&opts.dist, job, hash, old) {
        return Ok(Outcome::Unchanged);
    }
    let page = catch_unwind(AssertUnwindSafe(|| render(job))).map_err(|_| {
        format!(
            "{}: rendering panicked (a component; see the message above)",
            job.file
        )
    })?;
    let html = page_html(job, &page, template, opts.site_url.as_deref())?;
    let path = opts.dist.join(&job.file);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Outcome::Rendered)
}

/// Renders and writes every job that changed, on every core (threads take
/// the next job as they finish one). Returns the hashes of the pages now
/// on disk.
fn write_pages(
    opts: &Options,
    template: &str,
    jobs: &[Job],
    old: &Hashes,
    render: &(dyn Fn(&Job) -> Page + Sync),
    summary: &mut Summary,
) -> Hashes {
    let renderer = state::renderer_id();
    let site = opts.site_url.as_deref().unwrap_or("");
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, jobs.len().max(1));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else { break done };
            let doc = job.document.as_deref().unwrap_or("");
            let hash = state::hash(&[&renderer, template, site, &job.file, doc]);
            let outcome = one(opts, template, job, &hash, old, render);
            done.push((job.file.clone(), hash, outcome));
        }
    };
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![(
                        String::new(),
                        String::new(),
                        Err("a render thread panicked".to_owned()),
                    )]
                })
            })
            .collect()
    });
    let mut hashes = Hashes::new();
    for (file, hash, outcome) in results {
        match outcome {
            Ok(Outcome::Rendered) => summary.rendered += 1,
            Ok(Outcome::Unchanged) => summary.unchanged += 1,
            Err(e) => {
                summary.errors.push(e);
                continue;
            }
        }
        hashes.insert(file, hash);
    }
    summary.errors.sort();
    hashes
}

/// Runs the whole thing with the app's components.
pub fn run(opts: &Options) -> Result<Summary, String> {
    run_with(opts, &render_app)
}

/// Runs the whole thing with `render` making each page's component HTML.
pub fn run_with(opts: &Options, render: &(dyn Fn(&Job) -> Page + Sync)) -> Result<Summary, String> {
    let template = template(&opts.dist)?;
    let found = jobs::collect(&opts.content)?;
    let mut summary = Summary {
        content_problems: found.problems,
        ..Summary::default()
    };
    let old = state::load(&opts.dist);
    let hashes = write_pages(opts, &template, &found.jobs, &old, render, &mut summary);
    summary.removed = state::remove_stale(&opts.dist, &old, &hashes);
    state::save(&opts.dist, &hashes)?;
    if let Some(catalog) = &found.catalog {
        summary.catalog = outputs::write_catalog(&opts.content, catalog)?;
    }
    summary.records = found.records.len();
    summary.records_changed = outputs::write_records(&opts.dist, &found.records)?;
    let sitemap_path = opts.dist.join("sitemap.xml");
    match &opts.site_url {
        Some(site) => {
            let paths: Vec<String> = found
                .jobs
                .iter()
                .filter(|j| j.canonical == j.route && hashes.contains_key(&j.file))
                .map(|j| j.route.to_path())
                .collect();
            let xml = sitemap::sitemap(site, paths.iter().map(String::as_str));
            fs::write(&sitemap_path, xml)
                .map_err(|e| format!("{}: {e}", sitemap_path.display()))?;
        }
        None => match fs::remove_file(&sitemap_path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(format!("{}: {e}", sitemap_path.display()))
            }
            _ => {}
        },
    }
    Ok(summary)
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for p in &self.content_problems {
            writeln!(f, "content: {p}")?;
        }
        for e in &self.errors {
            writeln!(f, "error: {e}")?;
        }
        write!(
            f,
            "prerender: rendered {}, unchanged {}, removed {}; catalogue files written {}, removed {}; {} search records{}",
            self.rendered,
            self.unchanged,
            self.removed,
            self.catalog.written,
            self.catalog.removed,
            self.records,
            if self.records_changed { " (changed)" } else { "" }
        )?;
        if !self.content_problems.is_empty() {
            write!(
                f,
                " ({} content problem(s): those documents have no page)",
                self.content_problems.len()
            )?;
        }
        Ok(())
    }
}

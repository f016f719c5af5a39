//! `cargo xtask prerender DIST [--content DIR] [--site-url URL]`: writes a
//! real HTML file for every page of the site, rendered natively by the same
//! Leptos components the browser runs (`gloss::prerender`), into Trunk's
//! release build:
//!
//! - `index.html` (the index), `progress/index.html`;
//! - `articles/<id>/index.html` (its first audience version) and
//!   `articles/<id>/<version>/index.html` for every version (the first one's
//!   canonical link points to `articles/<id>/`);
//! - `sitemap.xml`, when the site's URL is known (`--site-url` or
//!   `GLOSS_SITE_URL`), which also gives every page its canonical URL.
//!
//! Pages render in parallel, and only when something they depend on changed
//! (the template, this renderer, their document): `.gloss-prerender/`
//! keeps Trunk's template and a hash per page. Pages of articles that are
//! gone are removed. Run `cargo xtask postbuild DIST` afterwards (the CSP
//! of every page, and the precache manifest): `scripts/build-site.sh` does.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use gloss_core::content::model::{Article, Index};
use sha2::{Digest, Sha256};

use crate::pages::{self, PageParts};

/// Where the template and the hashes are kept, inside the build folder
/// (dot folders are not precached).
const STATE_DIR: &str = ".gloss-prerender";

/// Options of one run.
#[derive(Debug, Clone)]
pub struct Options {
    pub dist: PathBuf,
    pub content: PathBuf,
    /// The site's absolute URL, ending in `/`.
    pub site_url: Option<String>,
}

impl Options {
    pub fn from_args(args: &[String]) -> Result<Options, String> {
        let mut dist = None;
        let mut content = None;
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
                s if s.starts_with("--") => return Err(format!("unknown option {s}")),
                d => dist = Some(PathBuf::from(d)),
            }
        }
        let dist = dist.unwrap_or_else(|| PathBuf::from("dist"));
        let site_url = match site_url {
            Some(url) if !(url.starts_with("https://") || url.starts_with("http://")) => {
                return Err(format!("--site-url {url:?}: use an absolute http(s) URL"));
            }
            Some(url) if url.ends_with('/') => Some(url),
            Some(url) => Some(format!("{url}/")),
            None => None,
        };
        Ok(Options {
            content: content.unwrap_or_else(|| dist.join("content")),
            dist,
            site_url,
        })
    }
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    pub rendered: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub errors: Vec<String>,
}

/// One page to write: its file, what it depends on, and how to render it.
struct Job {
    /// Path relative to the build folder.
    file: String,
    /// The document's JSON text (for the hash and the page).
    document: Option<Arc<str>>,
    kind: Kind,
}

enum Kind {
    Index(Arc<Index>),
    Article(Arc<Article>, Option<String>),
    Progress,
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Trunk's template: `index.html` as Trunk wrote it (kept aside, since the
/// pre-rendered index replaces it), or the copy kept by an earlier run.
fn template(dist: &Path) -> Result<String, String> {
    let index = read(&dist.join("index.html"))?;
    let kept = dist.join(STATE_DIR).join("template.html");
    if pages::check_template(&index).is_ok() {
        fs::create_dir_all(dist.join(STATE_DIR)).map_err(|e| e.to_string())?;
        fs::write(&kept, &index).map_err(|e| format!("{}: {e}", kept.display()))?;
        return Ok(index);
    }
    let text = read(&kept)
        .map_err(|e| format!("no template: index.html was already pre-rendered and {e}"))?;
    pages::check_template(&text).map_err(|e| e.to_string())?;
    Ok(text)
}

/// A hash of this renderer: the running executable.
fn renderer_id() -> String {
    std::env::current_exe()
        .and_then(fs::read)
        .map(|bytes| format!("{:x}", Sha256::digest(bytes)))
        .unwrap_or_else(|_| "unknown".to_owned())
}

fn jobs(content: &Path, summary: &mut Summary) -> Result<Vec<Job>, String> {
    let index_text: Arc<str> = read(&content.join("index.json"))?.into();
    let index = gloss_core::parse_index(&index_text).map_err(|e| e.to_string())?;
    let mut jobs = vec![
        Job {
            file: "index.html".into(),
            document: Some(index_text),
            kind: Kind::Index(Arc::new(index)),
        },
        Job {
            file: "progress/index.html".into(),
            document: None,
            kind: Kind::Progress,
        },
    ];
    let dir = content.join("articles");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for path in files {
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text: Arc<str> = match read(&path) {
            Ok(t) => t.into(),
            Err(e) => {
                summary.errors.push(e);
                continue;
            }
        };
        let article = match gloss_core::parse_article(&id, &text) {
            Ok(a) => Arc::new(a),
            Err(e) => {
                summary.errors.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let mut versions = vec![None];
        versions.extend(article.versions.iter().map(|v| Some(v.id.clone())));
        for version in versions {
            let route = gloss_core::Route::Article {
                id: article.id.clone(),
                version: version.clone(),
                embed: false,
            };
            let Some(file) = route.file() else { continue };
            jobs.push(Job {
                file,
                document: Some(text.clone()),
                kind: Kind::Article(article.clone(), version),
            });
        }
    }
    Ok(jobs)
}

fn render(job: &Job, template: &str, site_url: Option<&str>) -> Result<String, String> {
    let page = match &job.kind {
        Kind::Index(index) => gloss::prerender::index(index.clone()),
        Kind::Article(article, version) => {
            gloss::prerender::article(article.clone(), version.as_deref())
        }
        Kind::Progress => gloss::prerender::progress(),
    };
    // The first version's own directory duplicates `articles/<id>/`: that
    // one is canonical.
    let canonical_path = match &job.kind {
        Kind::Article(article, Some(v)) if article.versions.first().is_some_and(|f| &f.id == v) => {
            gloss_core::Route::article(&article.id).to_path()
        }
        _ => page.route.to_path(),
    };
    let canonical = site_url.map(|s| format!("{s}{canonical_path}"));
    let up = "../".repeat(page.route.depth());
    let parts = PageParts {
        up: &up,
        route_path: &page.route.to_path(),
        title: &page.title,
        description: &page.description,
        canonical: canonical.as_deref(),
        og_type: if matches!(job.kind, Kind::Article(..)) {
            "article"
        } else {
            "website"
        },
        body: &page.html,
        document: if matches!(job.kind, Kind::Progress) {
            None
        } else {
            job.document.as_deref()
        },
    };
    pages::page(template, &parts).map_err(|e| format!("{}: {e}", job.file))
}

fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    format!("{:x}", h.finalize())
}

type Hashes = BTreeMap<String, String>;

fn load_hashes(dist: &Path) -> Hashes {
    fs::read_to_string(dist.join(STATE_DIR).join("hashes.json"))
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Renders and writes the jobs whose hash changed, on every core.
fn write_pages(opts: &Options, template: &str, jobs: &[Job], old: &Hashes) -> (Hashes, Summary) {
    let renderer = renderer_id();
    let renderer = renderer.as_str();
    let site = opts.site_url.as_deref().unwrap_or("");
    let threads = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .max(1);
    let chunk = jobs.len().div_ceil(threads).max(1);
    let results: Vec<(String, String, Result<bool, String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|job| {
                            let h = hash(&[
                                renderer,
                                template,
                                site,
                                &job.file,
                                job.document.as_deref().unwrap_or(""),
                            ]);
                            let path = opts.dist.join(&job.file);
                            let outcome = if old.get(&job.file) == Some(&h)
                                && path.is_file()
                                && job.file != "index.html"
                            {
                                Ok(false)
                            } else {
                                render(job, template, opts.site_url.as_deref()).and_then(|html| {
                                    if let Some(parent) = path.parent() {
                                        fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                                    }
                                    fs::write(&path, html)
                                        .map_err(|e| format!("{}: {e}", path.display()))?;
                                    Ok(true)
                                })
                            };
                            (job.file.clone(), h, outcome)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![(
                        "(a render thread)".into(),
                        String::new(),
                        Err("panicked".into()),
                    )]
                })
            })
            .collect()
    });
    let mut summary = Summary::default();
    let mut hashes = Hashes::new();
    for (file, h, outcome) in results {
        match outcome {
            Ok(true) => summary.rendered += 1,
            Ok(false) => summary.unchanged += 1,
            Err(e) => {
                summary.errors.push(e);
                continue;
            }
        }
        hashes.insert(file, h);
    }
    (hashes, summary)
}

/// Removes pages written by an earlier run that no longer exist.
fn remove_stale(dist: &Path, old: &Hashes, now: &Hashes) -> usize {
    let mut removed = 0;
    for file in old.keys().filter(|f| !now.contains_key(*f)) {
        let path = dist.join(file);
        if fs::remove_file(&path).is_ok() {
            removed += 1;
            // Empty directories go too (articles/<id>/<v>/, articles/<id>/).
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

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// `sitemap.xml` for these page files under `site_url`.
pub fn sitemap(site_url: &str, files: &[&str]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for file in files {
        let path = file.strip_suffix("index.html").unwrap_or(file);
        out.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            xml_escape(&format!("{site_url}{path}"))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// Runs the whole thing.
pub fn run(opts: &Options) -> Result<Summary, String> {
    let template = template(&opts.dist)?;
    let mut content_errors = Summary::default();
    let jobs = jobs(&opts.content, &mut content_errors)?;
    let old = load_hashes(&opts.dist);
    let (hashes, mut summary) = write_pages(opts, &template, &jobs, &old);
    summary.errors.splice(0..0, content_errors.errors);
    summary.removed = remove_stale(&opts.dist, &old, &hashes);
    let state = opts.dist.join(STATE_DIR).join("hashes.json");
    let json = serde_json::to_string_pretty(&hashes).map_err(|e| e.to_string())?;
    fs::write(&state, json).map_err(|e| format!("{}: {e}", state.display()))?;
    let sitemap_path = opts.dist.join("sitemap.xml");
    match &opts.site_url {
        Some(site) => {
            // First versions' own directories are duplicates: not listed.
            let files: Vec<&str> = jobs
                .iter()
                .filter(|j| !matches!(&j.kind, Kind::Article(a, Some(v)) if a.versions.first().is_some_and(|f| &f.id == v)))
                .map(|j| j.file.as_str())
                .collect();
            fs::write(&sitemap_path, sitemap(site, &files)).map_err(|e| e.to_string())?;
        }
        None => {
            let _ = fs::remove_file(&sitemap_path);
        }
    }
    Ok(summary)
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for e in &self.errors {
            writeln!(f, "error: {e}")?;
        }
        write!(
            f,
            "prerender: rendered {}, unchanged {}, removed {}",
            self.rendered, self.unchanged, self.removed
        )
    }
}

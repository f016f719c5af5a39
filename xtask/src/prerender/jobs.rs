//! What to pre-render: the content folder read and checked, turned into one
//! job per page. A bad document costs its own pages only; its problems are
//! reported with the file and the field, like `cargo xtask validate`.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use gloss_core::catalog::{Catalog, Listing, SearchRecord, PAGE_SIZE};
use gloss_core::content::model::Article;
use gloss_core::{ContentError, Route};

/// One page to write.
#[derive(Debug, Clone)]
pub struct Job {
    /// The page's file, relative to the build folder (`articles/x/index.html`).
    pub file: String,
    pub route: Route,
    /// The page's canonical address: its own route, except for the default
    /// version's own directory (`articles/<id>/<first>/`), a duplicate of
    /// `articles/<id>/` kept so old `?article=<id>&v=<first>` links have a
    /// page to move to (the app moves them without knowing the versions).
    pub canonical: Route,
    /// The source document's JSON text: the page's hash input, and the copy
    /// the page carries for hydration (none for the progress page).
    pub document: Option<Arc<str>>,
    pub kind: Kind,
}

/// What a page shows.
#[derive(Debug, Clone)]
pub enum Kind {
    /// A page of the catalogue.
    Index(Arc<Listing>),
    /// An article in one audience version (`None`: its default, the first).
    Article(Arc<Article>, Option<String>),
    Progress,
    Words,
}

/// Every job of a content folder, and the problems of the documents that
/// got none.
#[derive(Debug, Default)]
pub struct Jobs {
    pub jobs: Vec<Job>,
    pub problems: Vec<String>,
    /// The catalogue of every valid article, in pages.
    pub catalog: Option<Catalog>,
    /// What the search index holds, one record per valid article.
    pub records: Vec<SearchRecord>,
}

fn problems(file: &Path, err: &ContentError) -> Vec<String> {
    err.problems
        .iter()
        .map(|p| format!("{}: {p}", file.display()))
        .collect()
}

fn page(route: Route, document: Option<Arc<str>>, kind: Kind) -> Option<Job> {
    Some(Job {
        file: route.file()?,
        canonical: route.clone(),
        route,
        document,
        kind,
    })
}

/// The article files of `content/articles/`, sorted.
fn article_files(content: &Path) -> Result<Vec<PathBuf>, String> {
    let dir = content.join("articles");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Reads `content` (`articles/*.json`, and `index.json` if there is one).
/// Only an unreadable folder is an error; bad documents are `problems`.
///
/// The catalogue is built from the articles themselves: a v1 `index.json`
/// is optional (a large catalogue cannot fit in one), but when present it
/// must be valid, since old readers and content bases still use it.
pub fn collect(content: &Path) -> Result<Jobs, String> {
    let mut out = Jobs::default();
    let files = article_files(content)?;
    let index_path = content.join("index.json");
    match fs::read_to_string(&index_path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => out.problems.push(format!("{}: {e}", index_path.display())),
        Ok(text) => {
            if let Err(err) = gloss_core::parse_index(&text) {
                out.problems.extend(problems(&index_path, &err));
            }
        }
    }
    out.jobs.extend(page(Route::Progress, None, Kind::Progress));
    out.jobs.extend(page(Route::Words, None, Kind::Words));
    let mut entries = Vec::with_capacity(files.len());
    for path in files {
        let id = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let text: Arc<str> = match fs::read_to_string(&path) {
            Ok(t) => t.into(),
            Err(e) => {
                out.problems.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let article = match gloss_core::parse_article(&id, &text) {
            Ok(a) => Arc::new(a),
            Err(err) => {
                out.problems.extend(problems(&path, &err));
                continue;
            }
        };
        entries.push(article.index_entry());
        out.records.push(SearchRecord::for_article(&article));
        let default_version = article.versions.first().map(|v| v.id.clone());
        let versions =
            std::iter::once(None).chain(article.versions.iter().map(|v| Some(v.id.clone())));
        for version in versions {
            let route = Route::Article {
                id: article.id.clone(),
                version: version.clone(),
                embed: false,
            };
            let is_duplicate = version.is_some() && version == default_version;
            let kind = Kind::Article(article.clone(), version);
            out.jobs
                .extend(page(route, Some(text.clone()), kind).map(|mut job| {
                    if is_duplicate {
                        job.canonical = Route::article(&article.id);
                    }
                    job
                }));
        }
    }
    let catalog = Catalog::build(entries, PAGE_SIZE);
    for (_, page_of_list) in catalog.all_pages() {
        let route = Route::listing(page_of_list.category.as_deref(), page_of_list.page);
        let listing = Listing {
            meta: catalog.meta.clone(),
            page: page_of_list,
        };
        let json = serde_json::to_string(&listing).map_err(|e| e.to_string())?;
        out.jobs.extend(page(
            route,
            Some(json.into()),
            Kind::Index(Arc::new(listing)),
        ));
    }
    out.catalog = Some(catalog);
    Ok(out)
}

//! Validating a content folder and generating its index.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use gloss_core::content::model::{Article, Index, IndexEntry, FORMAT_VERSION};
use gloss_core::parse_index;
use gloss_core::preview::{check_article, CheckError, Diagnostic};

/// Problems found in a content folder, one line each: `file: path: message`.
#[derive(Debug, Default)]
pub struct Report {
    pub checked: usize,
    pub errors: Vec<String>,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.errors {
            writeln!(f, "{e}")?;
        }
        if self.is_ok() {
            writeln!(f, "ok: {} files checked, no problems", self.checked)
        } else {
            writeln!(
                f,
                "{} problem(s) in {} files checked",
                self.errors.len(),
                self.checked
            )
        }
    }
}

/// The article files of a content folder, sorted by name.
fn article_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir.join("articles"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Loads every article, collecting errors into `report`.
fn load_articles(dir: &Path, report: &mut Report) -> io::Result<Vec<Article>> {
    let mut articles = Vec::new();
    for path in article_files(dir)? {
        report.checked += 1;
        let name = path.display().to_string();
        let bytes = match fs::read(&path) {
            Ok(t) => t,
            Err(e) => {
                report.errors.push(format!("{name}: cannot read: {e}"));
                continue;
            }
        };
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match check_article(&file_name, &bytes) {
            Ok(a) => articles.push(a),
            Err(CheckError::File(e)) => report.errors.push(format!("{name}: {e}")),
            Err(CheckError::Problems(problems)) => report
                .errors
                .extend(problems.iter().map(|d| diagnostic_line(&name, d))),
        }
    }
    Ok(articles)
}

/// One problem as compilers and editors print them: `file:line:column:`
/// (when the problem has a place), then the field path and the message.
fn diagnostic_line(name: &str, d: &Diagnostic) -> String {
    let at =
        d.at.map(|p| format!(":{}:{}", p.line, p.column))
            .unwrap_or_default();
    if d.path.is_empty() {
        format!("{name}{at}: {}", d.message)
    } else {
        format!("{name}{at}: {}: {}", d.path, d.message)
    }
}

/// The index a set of articles implies: newest first, then by id.
pub fn index_of(articles: &[Article]) -> Index {
    let mut entries: Vec<IndexEntry> = articles.iter().map(Article::index_entry).collect();
    entries.sort_by(|a, b| b.published.cmp(&a.published).then_with(|| a.id.cmp(&b.id)));
    Index {
        format: FORMAT_VERSION,
        articles: entries,
    }
}

/// Checks every article and, when there is one, the v1 `index.json`,
/// including that it matches the articles (run `cargo xtask index` to
/// regenerate it). The index is optional: the pre-render builds the paged
/// catalogue from the articles, and a catalogue over 10,000 articles cannot
/// have one.
pub fn validate_dir(dir: &Path) -> io::Result<Report> {
    let mut report = Report::default();
    let articles = load_articles(dir, &mut report)?;
    let index_path = dir.join("index.json");
    let name = index_path.display().to_string();
    let read = fs::read_to_string(&index_path);
    if read
        .as_ref()
        .is_err_and(|e| e.kind() == io::ErrorKind::NotFound)
    {
        return Ok(report);
    }
    report.checked += 1;
    match read {
        Err(e) => report.errors.push(format!("{name}: cannot read: {e}")),
        Ok(text) => match parse_index(&text) {
            Err(err) => {
                for p in err.problems {
                    report.errors.push(format!("{name}: {p}"));
                }
            }
            Ok(index) if report.is_ok() => {
                let expected = index_of(&articles);
                for (i, entry) in index.articles.iter().enumerate() {
                    if !expected.articles.iter().any(|e| e.id == entry.id) {
                        report.errors.push(format!(
                            "{name}: articles[{i}].id: no file articles/{}.json",
                            entry.id
                        ));
                    }
                }
                if report.is_ok() && index != expected {
                    report.errors.push(format!(
                        "{name}: out of date with the articles; run `cargo xtask index {}`",
                        dir.display()
                    ));
                }
            }
            Ok(_) => {}
        },
    }
    Ok(report)
}

/// Regenerates `index.json`; fails without writing if an article is invalid.
pub fn write_index(dir: &Path) -> io::Result<usize> {
    let mut report = Report::default();
    let articles = load_articles(dir, &mut report)?;
    if !report.is_ok() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            report.to_string(),
        ));
    }
    let index = index_of(&articles);
    let json = serde_json::to_string_pretty(&index).map_err(io::Error::other)?;
    fs::write(dir.join("index.json"), json + "\n")?;
    Ok(index.articles.len())
}

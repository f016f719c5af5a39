//! The service worker's precache manifest: every file of the app shell with
//! its SHA-256, and a version derived from all of them. It is written into
//! `sw.js` itself (between marker comments), so a new build always changes
//! the worker's bytes (which is how browsers notice an update) and the list
//! and the worker can never disagree.

use std::fs;
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

/// Files and folders of a build that are not part of the app shell: the
/// worker itself, host configuration, content and pre-rendered pages
/// (cached at run time, or when saved for offline), the sitemap and the
/// embed host script (used by other sites' pages), the catalogue's pages
/// (`page/`, `category/`) and the search index (`pagefind/`, fetched chunk
/// by chunk and cached as used), and the author preview (`preview/`: its own
/// build, online only, never part of the reader's offline shell). Dot files and folders
/// (Trunk's `.stage/`, `.gloss-prerender/`) are skipped too.
const EXCLUDED: [&str; 12] = [
    "sw.js",
    "_headers",
    "content/",
    "embed/",
    "articles/",
    "progress/",
    "words/",
    "page/",
    "category/",
    "pagefind/",
    "preview/",
    "sitemap.xml",
];

/// Marker comments around the generated part of `sw.js`.
pub const BEGIN: &str = "/* <gloss-precache> */";
pub const END: &str = "/* </gloss-precache> */";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Path relative to the app's directory, `/`-separated.
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// 16 hex digits of the SHA-256 over every path and hash.
    pub version: String,
    pub files: Vec<Entry>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn excluded(path: &str) -> bool {
    path.split('/').any(|c| c.starts_with('.'))
        || EXCLUDED
            .iter()
            .any(|e| path == *e || (e.ends_with('/') && path.starts_with(e)))
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Entry>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let rel = path
            .strip_prefix(root)
            .map_err(|e| io::Error::other(e.to_string()))?
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let file_type = entry.file_type()?;
        if file_type.is_dir() {
            if !excluded(&format!("{rel}/")) {
                walk(root, &path, out)?;
            }
        } else if file_type.is_file() && !excluded(&rel) {
            let data = fs::read(&path)?;
            out.push(Entry {
                path: rel,
                sha256: hex(&Sha256::digest(&data)),
                bytes: data.len() as u64,
            });
        }
    }
    Ok(())
}

/// The manifest of a build folder.
pub fn manifest(dist: &Path) -> io::Result<Manifest> {
    let mut files = Vec::new();
    walk(dist, dist, &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    if !files.iter().any(|f| f.path == "index.html") {
        return Err(io::Error::other(format!(
            "{} has no index.html",
            dist.display()
        )));
    }
    let mut h = Sha256::new();
    for f in &files {
        h.update(format!("{}\t{}\n", f.path, f.sha256));
    }
    let version = hex(&h.finalize())[..16].to_owned();
    Ok(Manifest { version, files })
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

impl Manifest {
    /// The JavaScript written between the markers.
    pub fn to_js(&self) -> String {
        let files = self
            .files
            .iter()
            .map(|f| {
                format!(
                    "    {{ url: {}, sha256: {} }}",
                    json_string(&f.path),
                    json_string(&f.sha256)
                )
            })
            .collect::<Vec<_>>()
            .join(",\n");
        format!(
            "{BEGIN}\nconst PRECACHE = {{\n  version: {},\n  files: [\n{files}\n  ],\n}};\n{END}",
            json_string(&self.version)
        )
    }

    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.bytes).sum()
    }
}

/// `sw` with the generated part replaced by `manifest`.
pub fn stamp(sw: &str, manifest: &Manifest) -> Result<String, String> {
    let start = sw
        .find(BEGIN)
        .ok_or_else(|| format!("sw.js has no {BEGIN} marker"))?;
    let end = sw[start..]
        .find(END)
        .map(|e| start + e + END.len())
        .ok_or_else(|| format!("sw.js has no {END} marker"))?;
    Ok(format!(
        "{}{}{}",
        &sw[..start],
        manifest.to_js(),
        &sw[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exclusions() {
        for p in [
            "sw.js",
            "_headers",
            "content/index.json",
            "content/articles/a.json",
            "embed/gloss-embed.js",
            "page/2/index.html",
            "category/science/page/3/index.html",
            "pagefind/pagefind.js",
            "pagefind/index/es_1a2b.pf_index",
            "preview/index.html",
            "preview/gloss-preview-1_bg.wasm",
            ".stage/x",
            ".DS_Store",
        ] {
            assert!(excluded(p), "{p}");
        }
        for p in [
            "index.html",
            "gloss-1.js",
            "icons/icon-192.png",
            "manifest.webmanifest",
            "contents.css",
        ] {
            assert!(!excluded(p), "{p}");
        }
    }

    #[test]
    fn stamping_is_repeatable() {
        let m = Manifest {
            version: "0123456789abcdef".into(),
            files: vec![Entry {
                path: "index.html".into(),
                sha256: "ab".into(),
                bytes: 1,
            }],
        };
        let sw = format!("a\n{BEGIN}\nconst PRECACHE = null;\n{END}\nb\n");
        let once = stamp(&sw, &m).unwrap_or_default();
        assert_eq!(stamp(&once, &m).as_deref(), Ok(once.as_str()));
        assert!(once.contains("version: \"0123456789abcdef\""));
        assert!(once.contains("{ url: \"index.html\", sha256: \"ab\" }"));
        assert!(once.starts_with("a\n") && once.ends_with("\nb\n"));
        assert!(stamp("no markers", &m).is_err());
    }
}

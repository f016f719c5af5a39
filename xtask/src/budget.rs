//! The bundle-size budget: `cargo xtask budget` measures the release build in
//! `dist/` (raw, gzip -9 and brotli -q 11 bytes of its wasm, JS and CSS) and
//! fails if any number is over `budget.json`. Bytes are deterministic, so
//! unlike timings they can be a pass/fail check.
//!
//! - `cargo xtask budget [--dist DIR] [--budget FILE]`  check (CI)
//! - `cargo xtask budget --json`                        print the sizes as JSON
//! - `cargo xtask budget --write [--headroom 10]`       rewrite the budget from
//!   the current build plus a headroom (per cent), rounded up to 1 KiB

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Write as _};
use std::path::Path;

use serde_json::{json, Value};

/// The kinds of file the budget covers, by extension.
pub const KINDS: [&str; 3] = ["wasm", "js", "css"];
/// The article page's critical bytes: its pre-rendered HTML and the
/// stylesheet it waits for before painting. The loader and the wasm are
/// deferred: the text is readable without them.
pub const CRITICAL: &str = "critical";

/// The encodings measured.
pub const ENCODINGS: [&str; 3] = ["raw", "gzip", "brotli"];

/// Bytes of one kind of file (summed over every file of that kind).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl Sizes {
    fn get(&self, encoding: &str) -> u64 {
        match encoding {
            "raw" => self.raw,
            "gzip" => self.gzip,
            _ => self.brotli,
        }
    }
}

pub fn gzip_len(data: &[u8]) -> io::Result<u64> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(data)?;
    Ok(enc.finish()?.len() as u64)
}

pub fn brotli_len(data: &[u8]) -> io::Result<u64> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        w.write_all(data)?;
    }
    Ok(out.len() as u64)
}

/// Measures the top level of `dist` (content/ and other folders are not the
/// app). Every kind must have at least one file.
pub fn measure(dist: &Path) -> io::Result<BTreeMap<String, (Sizes, Vec<String>)>> {
    let mut out: BTreeMap<String, (Sizes, Vec<String>)> = BTreeMap::new();
    let mut entries: Vec<_> = fs::read_dir(dist)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    for path in entries {
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
            continue;
        };
        if !KINDS.contains(&ext) {
            continue;
        }
        let data = fs::read(&path)?;
        let entry = out.entry(ext.to_owned()).or_default();
        entry.0.raw += data.len() as u64;
        entry.0.gzip += gzip_len(&data)?;
        entry.0.brotli += brotli_len(&data)?;
        entry.1.push(
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        );
    }
    for kind in KINDS {
        if !out.contains_key(kind) {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!(
                    "no .{kind} file in {}: build first (trunk build --release)",
                    dist.display()
                ),
            ));
        }
    }
    if let Some(page) = first_article_page(dist) {
        let data = fs::read(&page)?;
        let mut sizes = Sizes {
            raw: data.len() as u64,
            gzip: gzip_len(&data)?,
            brotli: brotli_len(&data)?,
        };
        let rel = page
            .strip_prefix(dist)
            .map_or_else(|_| page.display().to_string(), |p| p.display().to_string());
        let mut files = vec![rel];
        for sheet in blocking_stylesheets(&String::from_utf8_lossy(&data)) {
            let css = fs::read(dist.join(&sheet))?;
            sizes.raw += css.len() as u64;
            sizes.gzip += gzip_len(&css)?;
            sizes.brotli += brotli_len(&css)?;
            files.push(sheet);
        }
        out.insert(CRITICAL.to_owned(), (sizes, files));
    }
    Ok(out)
}

/// The file names of the stylesheets `html` links that hold up its first
/// paint: every `<link rel="stylesheet">` but those for another medium
/// (`media="print"` is fetched at low priority and applied only to print).
fn blocking_stylesheets(html: &str) -> Vec<String> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = tag[start..].find('"')?;
        Some(tag[start..start + len].to_owned())
    };
    html.split("<link")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter(|tag| attr(tag, "rel").as_deref() == Some("stylesheet"))
        .filter(|tag| attr(tag, "media").is_none_or(|m| m == "all" || m == "screen"))
        .filter_map(|tag| attr(tag, "href"))
        .filter_map(|href| href.rsplit('/').next().map(str::to_owned))
        .collect()
}

/// The first pre-rendered article page (by id), if the build has pages.
fn first_article_page(dist: &Path) -> Option<std::path::PathBuf> {
    let mut dirs: Vec<_> = fs::read_dir(dist.join("articles"))
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path().join("index.html"))
        .filter(|p| p.is_file())
        .collect();
    dirs.sort();
    dirs.into_iter().next()
}

/// The measurement as JSON: `{ "wasm": { "raw": …, "gzip": …, "brotli": …, "files": [...] }, … }`.
pub fn to_json(m: &BTreeMap<String, (Sizes, Vec<String>)>) -> Value {
    let mut obj = serde_json::Map::new();
    for (kind, (s, files)) in m {
        obj.insert(
            kind.clone(),
            json!({ "raw": s.raw, "gzip": s.gzip, "brotli": s.brotli, "files": files }),
        );
    }
    Value::Object(obj)
}

fn round_up_kib(n: u64) -> u64 {
    n.div_ceil(1024) * 1024
}

/// A budget: each measured number plus `headroom_pct`, rounded up to 1 KiB.
pub fn budget_from(m: &BTreeMap<String, (Sizes, Vec<String>)>, headroom_pct: u64) -> Value {
    let mut limits = serde_json::Map::new();
    for (kind, (s, _)) in m {
        let mut per = serde_json::Map::new();
        for enc in ENCODINGS {
            let v = s.get(enc);
            per.insert(
                enc.to_owned(),
                json!(round_up_kib(v + v * headroom_pct / 100)),
            );
        }
        limits.insert(kind.clone(), Value::Object(per));
    }
    let measured = to_json(m);
    json!({
        "about": "Bundle-size budget of the release build (bytes): `cargo xtask budget` fails when dist/ is over it. gzip -9 and brotli -q 11, summed over every top-level file of each kind. Raise it on purpose with `cargo xtask budget --write` and say why in the commit.",
        "headroom_percent": headroom_pct,
        "limits": Value::Object(limits),
        "measured_when_written": measured,
    })
}

/// Compares; returns the report and whether everything is within budget.
pub fn check(m: &BTreeMap<String, (Sizes, Vec<String>)>, budget: &Value) -> (String, bool) {
    let mut report = String::new();
    let mut ok = true;
    let _ = writeln!(
        report,
        "{:<6} {:<7} {:>10} {:>10} {:>7}",
        "kind", "enc", "bytes", "budget", "used"
    );
    for kind in KINDS.iter().copied().chain([CRITICAL]) {
        let limited = budget.get("limits").and_then(|l| l.get(kind)).is_some();
        let Some((s, files)) = m.get(kind) else {
            if limited {
                ok = false;
                let _ = writeln!(report, "{kind:<6} not measured: the build has no pre-rendered article page  OVER BUDGET");
            }
            continue;
        };
        for enc in ENCODINGS {
            let have = s.get(enc);
            let limit = budget
                .get("limits")
                .and_then(|l| l.get(kind))
                .and_then(|k| k.get(enc))
                .and_then(Value::as_u64);
            let (limit_s, used, over) = match limit {
                Some(l) => (
                    l.to_string(),
                    format!("{:.0}%", have as f64 * 100.0 / l.max(1) as f64),
                    have > l,
                ),
                None => ("(none)".to_owned(), "-".to_owned(), true),
            };
            if over {
                ok = false;
            }
            let _ = writeln!(
                report,
                "{kind:<6} {enc:<7} {have:>10} {limit_s:>10} {used:>7}{}",
                if over { "  OVER BUDGET" } else { "" }
            );
        }
        let _ = writeln!(report, "       files: {}", files.join(", "));
    }
    (report, ok)
}

/// `cargo xtask budget …`.
pub fn run(args: &[String]) -> io::Result<bool> {
    let mut dist = "dist".to_owned();
    let mut file = "budget.json".to_owned();
    let mut write = false;
    let mut as_json = false;
    let mut headroom = 10;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dist" => dist = it.next().cloned().unwrap_or(dist),
            "--budget" => file = it.next().cloned().unwrap_or(file),
            "--write" => write = true,
            "--json" => as_json = true,
            "--headroom" => {
                headroom = it
                    .next()
                    .and_then(|h| h.parse().ok())
                    .ok_or_else(|| io::Error::other("--headroom needs a whole number"))?
            }
            other => return Err(io::Error::other(format!("unknown budget option {other}"))),
        }
    }
    let m = measure(Path::new(&dist))?;
    if as_json {
        println!("{}", to_json(&m));
        return Ok(true);
    }
    if write {
        let b = budget_from(&m, headroom);
        let text = serde_json::to_string_pretty(&b).map_err(io::Error::other)? + "\n";
        fs::write(&file, text)?;
        println!("wrote {file} ({headroom}% headroom)");
    }
    let text = fs::read_to_string(&file)
        .map_err(|e| io::Error::new(e.kind(), format!("cannot read {file}: {e}")))?;
    let budget: Value = serde_json::from_str(&text)
        .map_err(|e| io::Error::other(format!("{file} is not JSON: {e}")))?;
    let (report, ok) = check(&m, &budget);
    print!("{report}");
    if ok {
        println!("budget: ok ({dist} within {file})");
    } else {
        println!("budget: FAILED: {dist} is over {file}. Shrink the app, or raise the budget on purpose (cargo xtask budget --write) and say why.");
    }
    Ok(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(raw: u64) -> BTreeMap<String, (Sizes, Vec<String>)> {
        KINDS
            .iter()
            .map(|k| {
                (
                    (*k).to_owned(),
                    (
                        Sizes {
                            raw,
                            gzip: raw / 3,
                            brotli: raw / 4,
                        },
                        vec![format!("a.{k}")],
                    ),
                )
            })
            .collect()
    }

    #[test]
    fn budget_has_headroom_and_fails_when_grown() {
        let b = budget_from(&sample(100_000), 10);
        assert_eq!(b["limits"]["wasm"]["raw"], json!(110_592)); // 110 000 → 108 KiB
        assert!(check(&sample(100_000), &b).1);
        assert!(check(&sample(110_000), &b).1);
        let (report, ok) = check(&sample(120_000), &b);
        assert!(!ok);
        assert!(report.contains("OVER BUDGET"));
    }

    #[test]
    fn missing_limits_fail() {
        assert!(!check(&sample(1), &json!({"limits": {}})).1);
    }

    #[test]
    fn the_article_page_critical_bytes_are_its_html_and_css() {
        let dist = std::env::temp_dir().join(format!("gloss-budget-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(dist.join("articles/b-second")).unwrap();
        fs::create_dir_all(dist.join("articles/a-first")).unwrap();
        fs::write(dist.join("app_bg.wasm"), vec![0u8; 5000]).unwrap();
        fs::write(dist.join("app.js"), "x".repeat(300)).unwrap();
        fs::write(dist.join("main.css"), "body{}".repeat(10)).unwrap();
        fs::write(dist.join("print.css"), "p{}".repeat(100)).unwrap();
        let head = r#"<link rel="stylesheet" href="../../main.css" integrity="x"/><link rel="stylesheet" href="../../print.css" media="print"/>"#;
        let first = format!("{head}{}", "<p>first</p>".repeat(20));
        fs::write(dist.join("articles/a-first/index.html"), &first).unwrap();
        fs::write(dist.join("articles/b-second/index.html"), "<p>x</p>").unwrap();
        let m = measure(&dist).unwrap();
        let (critical, files) = &m[CRITICAL];
        assert_eq!(
            critical.raw,
            first.len() as u64 + 60,
            "the first article's HTML plus the CSS it waits for, not the print sheet or the wasm"
        );
        assert_eq!(m["css"].0.raw, 360, "the css line counts every sheet");
        assert_eq!(
            files,
            &vec![
                "articles/a-first/index.html".to_owned(),
                "main.css".to_owned()
            ]
        );
        // A budget with a critical line fails a build without pages.
        let mut without = m.clone();
        without.remove(CRITICAL);
        let b = budget_from(&m, 5);
        assert!(check(&m, &b).1);
        assert!(!check(&without, &b).1);
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn compressors_compress() {
        let data = "gloss ".repeat(1000);
        assert!(gzip_len(data.as_bytes()).unwrap() < 200);
        assert!(brotli_len(data.as_bytes()).unwrap() < 100);
    }
}

//! The prerender pipeline on a copy of the sample content, with a stand-in
//! for the components (their own tests are the app's `ssr` tests): files,
//! depths, the document copy, incremental runs, bad and hostile content.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

mod bad_content;

const TEMPLATE: &str = r##"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Gloss</title>
    <meta name="description" content="Default." />
    <link rel="manifest" href="manifest.webmanifest" />
<script type="module">
import init, * as bindings from './gloss-1.js';
const wasm = await init({ module_or_path: './gloss-1_bg.wasm' });
</script>
    <link rel="stylesheet" href="./main-1.css"/>
  </head>
  <body>
    <div id="app"><!--gloss:app--><div id="boot">Loading</div><!--/gloss:app--></div>
  </body>
</html>
"##;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A build folder with the template and a copy of the sample content.
fn build(name: &str) -> PathBuf {
    let dist = std::env::temp_dir().join(format!("gloss-prerender-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dist);
    fs::create_dir_all(dist.join("content/articles")).unwrap();
    fs::write(dist.join("index.html"), TEMPLATE).unwrap();
    let src = repo().join("content");
    fs::copy(src.join("index.json"), dist.join("content/index.json")).unwrap();
    for e in fs::read_dir(src.join("articles")).unwrap() {
        let p = e.unwrap().path();
        fs::copy(
            &p,
            dist.join("content/articles").join(p.file_name().unwrap()),
        )
        .unwrap();
    }
    dist
}

fn opts(dist: &Path, site_url: Option<&str>) -> Options {
    Options {
        dist: dist.to_path_buf(),
        content: dist.join("content"),
        site_url: site_url.map(str::to_owned),
        keep_going: false,
    }
}

fn fake(job: &Job) -> Page {
    Page {
        route: job.route.clone(),
        html: format!("<main>page {}</main>", job.file),
        title: format!("Title of {}", job.file),
        description: "About <this> & that".into(),
    }
}

fn read(dist: &Path, file: &str) -> String {
    fs::read_to_string(dist.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The JSON inside the page's `gloss-doc` element, as the browser reads it.
fn doc(html: &str) -> Option<serde_json::Value> {
    let open = r#"<script type="application/json" id="gloss-doc">"#;
    let start = html.find(open)? + open.len();
    let len = html[start..].find("</script>")?;
    let inner = &html[start..start + len];
    assert!(!inner.contains('<'), "a `<` inside the data block");
    serde_json::from_str(inner).ok()
}

fn json_file(dist: &Path, file: &str) -> serde_json::Value {
    serde_json::from_str(&read(dist, file)).unwrap()
}

/// One page per category of the sample (each has one article; the Arabic
/// one's slug is hashed).
const CATEGORY_PAGES: [&str; 7] = [
    "category/c-4af05d27/index.html",
    "category/economy/index.html",
    "category/medio-ambiente/index.html",
    "category/environment/index.html",
    "category/science/index.html",
    "category/technology/index.html",
    "category/world/index.html",
];

const DEFAULT_PAGES: [&str; 17] = [
    "index.html",
    "progress/index.html",
    "words/index.html",
    "articles/ai-distillation-dispute/index.html",
    "articles/ai-distillation-dispute/teens/index.html",
    "articles/ai-distillation-dispute/younger/index.html",
    "articles/coral-reef-bleaching/index.html",
    "articles/coral-reef-bleaching/teens/index.html",
    "articles/interest-rates-inflation/index.html",
    "articles/interest-rates-inflation/teens/index.html",
    "articles/un-security-council-veto/index.html",
    "articles/un-security-council-veto/teens/index.html",
    "articles/webb-exoplanet-atmospheres/index.html",
    "articles/sequia-peninsula-iberica/index.html",
    "articles/sequia-peninsula-iberica/jovenes/index.html",
    "articles/ramadan-lunar-calendar/index.html",
    "articles/ramadan-lunar-calendar/shabab/index.html",
];

#[test]
fn every_page_is_written_with_urls_from_its_depth() {
    let dist = build("pages");
    let summary = run_with(&opts(&dist, None), &fake).unwrap();
    assert_eq!(
        (summary.rendered, summary.unchanged, summary.removed),
        (25, 0, 0),
        "{summary}"
    );
    assert!(summary.is_ok(false));
    for file in DEFAULT_PAGES.into_iter().chain(CATEGORY_PAGES) {
        assert!(
            read(&dist, file).contains(&format!("<main>page {file}</main>")),
            "{file}"
        );
    }

    let index = read(&dist, "index.html");
    assert!(
        index.contains("from './gloss-1.js'") && index.contains(r#"href="manifest.webmanifest""#)
    );
    assert!(index.contains(r#"<meta name="gloss:root" content="./" />"#));
    assert!(index.contains(r#"<meta name="gloss:route" content="" />"#));
    assert!(!index.contains("Loading"));
    let article = read(&dist, "articles/coral-reef-bleaching/index.html");
    assert!(article.contains("from '../../gloss-1.js'"));
    assert!(article.contains("module_or_path: '../../gloss-1_bg.wasm'"));
    assert!(article.contains(r#"href="../../main-1.css""#));
    assert!(article.contains(r#"<meta name="gloss:root" content="../../" />"#));
    assert!(
        article.contains(r#"<meta name="gloss:route" content="articles/coral-reef-bleaching/" />"#)
    );
    assert!(article.contains(r#"<meta property="og:type" content="article" />"#));
    assert!(article.contains("<title>Title of articles/coral-reef-bleaching/index.html</title>"));
    assert!(article.contains(r#"content="About &lt;this&gt; &amp; that""#));
    let version = read(&dist, "articles/ai-distillation-dispute/younger/index.html");
    assert!(version.contains(r#"href="../../../manifest.webmanifest""#));
    let category = read(&dist, "category/science/index.html");
    assert!(category.contains(r#"<meta name="gloss:route" content="category/science/" />"#));
    assert!(category.contains("from '../../gloss-1.js'"));
    let listing = doc(&category).expect("a category page carries its listing");
    assert_eq!(listing["page"]["category"], "science");
    assert_eq!(
        listing["page"]["articles"][0]["id"],
        "webb-exoplanet-atmospheres"
    );
    let progress = read(&dist, "progress/index.html");
    assert!(progress.contains("from '../gloss-1.js'"));
    assert!(progress.contains(r#"<meta property="og:type" content="website" />"#));

    // Each page carries its own document; the progress page none.
    // The index carries its page of the catalogue (format 2) and the counts.
    let listing = doc(&index).expect("the index carries its listing");
    assert_eq!(listing["page"]["format"], 2);
    assert_eq!(
        listing["page"]["articles"].as_array().map(Vec::len),
        json_file(&dist, "content/index.json")["articles"]
            .as_array()
            .map(Vec::len)
    );
    let own = json_file(&dist, "content/articles/ai-distillation-dispute.json");
    assert_eq!(doc(&version), Some(own.clone()));
    assert_eq!(
        doc(&read(&dist, "articles/ai-distillation-dispute/index.html")),
        Some(own)
    );
    assert!(!progress.contains("gloss-doc"));
    // No site URL: no canonical links, no sitemap.
    assert!(!article.contains("canonical") && !dist.join("sitemap.xml").exists());
}

#[test]
fn unchanged_pages_are_skipped_and_gone_ones_removed() {
    let dist = build("incremental");
    let count = AtomicUsize::new(0);
    let counting = |job: &Job| {
        count.fetch_add(1, Ordering::Relaxed);
        fake(job)
    };
    run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!(count.swap(0, Ordering::Relaxed), 25);

    let again = run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!((again.rendered, again.unchanged, again.removed), (0, 25, 0));
    assert_eq!(count.load(Ordering::Relaxed), 0, "nothing rendered");
    assert_eq!(again.catalog.written, 0, "no catalogue file rewritten");
    assert!(!again.records_changed);

    // One article's text changes: its three pages, nothing else.
    let file = dist.join("content/articles/ai-distillation-dispute.json");
    let mut a: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    a["versions"][0]["hook"] = "A new hook?".into();
    fs::write(&file, serde_json::to_string(&a).unwrap()).unwrap();
    let s = run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!((s.rendered, s.unchanged, s.removed), (3, 22, 0));
    assert_eq!(s.catalog.written, 0);
    assert!(s.records_changed, "the search index holds the hook");

    // Its title changes: also the lists that show it (the first page and
    // its category's), not the other categories.
    a["title"] = "A new title".into();
    fs::write(&file, serde_json::to_string(&a).unwrap()).unwrap();
    let s = run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!((s.rendered, s.unchanged, s.removed), (5, 20, 0));
    assert_eq!(
        s.catalog.written, 2,
        "latest/1.json and category/technology/1.json"
    );

    // One disappears: its pages, its category's page and its catalogue
    // file go; every list page shows the new counts.
    fs::remove_file(dist.join("content/articles/coral-reef-bleaching.json")).unwrap();
    let s = run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!((s.rendered, s.unchanged, s.removed), (7, 15, 3));
    assert!(!dist.join("articles/coral-reef-bleaching").exists());
    assert!(!dist.join("category/environment").exists());
    assert!(!dist.join("content/catalog/category/environment").exists());
    assert_eq!(s.catalog.removed, 1);

    // A new Trunk build (a new template in index.html): every page again.
    fs::write(
        dist.join("index.html"),
        TEMPLATE.replace("gloss-1", "gloss-2"),
    )
    .unwrap();
    let s = run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!((s.rendered, s.unchanged), (22, 0));
    assert!(read(&dist, "progress/index.html").contains("'../gloss-2.js'"));
    assert!(read(&dist, "words/index.html").contains("'../gloss-2.js'"));

    // The same build copied again over an up-to-date site: only the index.
    fs::write(
        dist.join("index.html"),
        TEMPLATE.replace("gloss-1", "gloss-2"),
    )
    .unwrap();
    let s = run_with(&opts(&dist, None), &counting).unwrap();
    assert_eq!((s.rendered, s.unchanged), (1, 21));
    assert!(
        pages::check_template(&read(&dist, "index.html")).is_err(),
        "index rendered"
    );
}

#[test]
fn the_catalogue_is_written_in_pages_and_without_an_index_json() {
    let dist = build("catalog");
    fs::remove_file(dist.join("content/index.json")).unwrap();
    let s = run_with(&opts(&dist, None), &fake).unwrap();
    assert!(s.is_ok(false), "index.json is optional: {s}");
    let meta = json_file(&dist, "content/catalog/meta.json");
    assert_eq!(meta["format"], 2);
    assert_eq!(meta["total"], 7);
    assert_eq!(meta["categories"].as_array().map(Vec::len), Some(7));
    let latest = json_file(&dist, "content/catalog/latest/1.json");
    let ids: Vec<&str> = latest["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    assert_eq!(ids[0], "un-security-council-veto", "newest first");
    assert_eq!(ids.len(), 7);
    let science = json_file(&dist, "content/catalog/category/science/1.json");
    assert_eq!(science["total"], 1);
    // A stray file in the catalogue is removed on the next run.
    fs::write(dist.join("content/catalog/latest/9.json"), "{}").unwrap();
    let s = run_with(&opts(&dist, None), &fake).unwrap();
    assert_eq!(s.catalog.removed, 1);
    assert!(!dist.join("content/catalog/latest/9.json").exists());
    // The search records: one per article, with its language and text.
    let records = read(&dist, ".gloss-prerender/search-records.jsonl");
    let lines: Vec<serde_json::Value> = records
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[0]["url"], "articles/ai-distillation-dispute/");
    assert_eq!(lines[0]["language"], "en");
    assert_eq!(lines[0]["filters"]["category"][0], "Technology");
    assert!(lines[0]["content"].as_str().unwrap().contains("distill"));
    // A bad index.json is still reported.
    fs::write(dist.join("content/index.json"), "{").unwrap();
    let s = run_with(&opts(&dist, None), &fake).unwrap();
    assert_eq!(s.content_problems.len(), 1, "{s}");
    assert!(s.content_problems[0].contains("index.json"));
}

//! Project tasks for authors and CI: `cargo xtask <command>`.
//!
//! - `validate [DIR]`  check every article and the index in a content folder
//! - `index [DIR]`     regenerate DIR/index.json from DIR/articles/*.json
//! - `schema [--check]` write (or compare) the JSON Schemas in docs/schema/
//! - `postbuild [DIR] [--frame-ancestors SRC] [--no-meta]`  CSP hashes and
//!   `<meta>`, `_headers`, the service worker's precache manifest (Trunk's
//!   post_build hook; see docs/deploying.md)
//! - `static-html FILE [--css HREF] [--icon HREF]` print the static-HTML baseline of an
//!   article (benchmarks)
//! - `synth N DIR [--index-only]` write N synthetic articles in four languages
//!   and, up to 10,000, their index.json
//! - `budget [--dist DIR] [--write] [--json]` check dist/ against budget.json
//! - `prerender [DIST] [--content DIR] [--site-url URL] [--keep-going]` write
//!   every page's HTML into a release build (see `prerender/mod.rs`)

use std::path::PathBuf;
use std::process::ExitCode;

use xtask::{budget, content, postbuild, prerender, schema, static_html, synth};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = |i: usize| PathBuf::from(args.get(i).map(String::as_str).unwrap_or("content"));
    let result = match args.first().map(String::as_str) {
        Some("validate") => content::validate_dir(&dir(1)).map(|report| {
            print!("{report}");
            report.is_ok()
        }),
        Some("index") => content::write_index(&dir(1)).map(|n| {
            println!(
                "wrote {} with {n} articles",
                dir(1).join("index.json").display()
            );
            true
        }),
        Some("schema") => schema::run(args.get(1).map(String::as_str) == Some("--check")),
        Some("static-html") => static_html_cmd(&args[1..]),
        Some("synth") => synth_cmd(&args[1..]),
        Some("budget") => budget::run(&args[1..]),
        Some("postbuild") => postbuild_cmd(&args[1..]),
        Some("prerender") => prerender_cmd(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask validate [DIR] | index [DIR] | schema [--check]\n       \
                 | static-html ARTICLE.json [--css HREF] [--icon HREF] | synth N DIR [--index-only]\n       \
                 | budget [--dist DIR] [--budget FILE] [--write [--headroom PCT]] [--json]\n       \
                 | postbuild [DIR] [--frame-ancestors SOURCES] [--no-meta]\n       \
                 | prerender [DIST] [--content DIR] [--site-url URL] [--keep-going]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `static-html ARTICLE.json [--css HREF] [--icon HREF]`: the page on stdout; the article
/// must be valid (its id is the file name).
fn static_html_cmd(args: &[String]) -> std::io::Result<bool> {
    let file = args
        .first()
        .ok_or_else(|| std::io::Error::other("static-html needs an article file"))?;
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let (css_href, icon_href) = (flag("--css"), flag("--icon"));
    let path = PathBuf::from(file);
    let text = std::fs::read_to_string(&path)?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let article =
        gloss_core::parse_article(&id, &text).map_err(|e| std::io::Error::other(e.to_string()))?;
    print!(
        "{}",
        static_html::render_article(
            &article,
            &static_html::Options {
                css_href,
                icon_href
            }
        )
    );
    Ok(true)
}

/// `synth N DIR [--index-only]`.
fn synth_cmd(args: &[String]) -> std::io::Result<bool> {
    let n: usize = args
        .first()
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| std::io::Error::other("synth needs a count N"))?;
    let dir = PathBuf::from(
        args.get(1)
            .ok_or_else(|| std::io::Error::other("synth needs a directory"))?,
    );
    let index_only = args.iter().any(|a| a == "--index-only");
    synth::write(&dir, n, index_only)?;
    let what = match (index_only, synth::writes_index(n)) {
        (true, _) => "index entries",
        (false, true) => "articles (en, es, ar, ja) and their index.json",
        (false, false) => "articles (en, es, ar, ja), no index.json (over 10,000)",
    };
    println!("wrote {n} synthetic {what} to {}", dir.display());
    Ok(true)
}

/// `postbuild [DIR] [--frame-ancestors SOURCES] [--no-meta]` (docs/deploying.md).
fn postbuild_cmd(args: &[String]) -> std::io::Result<bool> {
    let opts = postbuild::Options::from_args(args).map_err(std::io::Error::other)?;
    let summary = postbuild::run(&opts).map_err(std::io::Error::other)?;
    println!("{summary}");
    Ok(true)
}

/// `prerender [DIST] [--content DIR] [--site-url URL] [--keep-going]`.
fn prerender_cmd(args: &[String]) -> std::io::Result<bool> {
    let opts = prerender::Options::from_args(args).map_err(std::io::Error::other)?;
    let summary = prerender::run(&opts).map_err(std::io::Error::other)?;
    println!("{summary}");
    if opts.site_url.is_none() {
        println!(
            "  note: no --site-url or GLOSS_SITE_URL: no canonical links, og:url or sitemap.xml"
        );
    }
    Ok(summary.is_ok(opts.keep_going))
}

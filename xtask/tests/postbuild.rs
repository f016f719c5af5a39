//! `cargo xtask postbuild` on a small build folder: CSP hash, <meta>,
//! `_headers`, and the precache manifest in the real `assets/sw.js`.

use std::fs;
use std::path::{Path, PathBuf};

use xtask::postbuild::csp::hash_source;
use xtask::postbuild::{run, Options};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

const LOADER: &str = "\nimport init from './gloss-0123456789abcdef.js';\nawait init();\n";

fn fake_build(name: &str, content_base: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gloss-postbuild-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("content/articles")).unwrap();
    fs::create_dir_all(dir.join("icons")).unwrap();
    fs::create_dir_all(dir.join("embed")).unwrap();
    fs::create_dir_all(dir.join(".stage")).unwrap();
    let html = format!(
        "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\" />\n    \
         <meta name=\"gloss:content-base\" content=\"{content_base}\" />\n    \
         <meta name=\"gloss:embed-origins\" content=\"https://lms.example.edu *\" />\n\
         <script type=\"module\">{LOADER}</script>\n  </head>\n  <body></body>\n</html>\n"
    );
    fs::write(dir.join("index.html"), html).unwrap();
    fs::copy(repo().join("assets/sw.js"), dir.join("sw.js")).unwrap();
    fs::write(dir.join("gloss-0123456789abcdef.js"), "export default 1;").unwrap();
    fs::write(dir.join("icons/icon-192.png"), [0u8, 1, 2]).unwrap();
    fs::write(dir.join("content/index.json"), "{}").unwrap();
    fs::write(dir.join("content/articles/a.json"), "{}").unwrap();
    fs::write(dir.join("embed/gloss-embed.js"), "//").unwrap();
    fs::write(dir.join(".stage/junk"), "x").unwrap();
    dir
}

fn opts(dir: &Path) -> Options {
    Options {
        dir: dir.to_path_buf(),
        frame_ancestors: "'self' https://lms.example.edu".into(),
        meta: true,
    }
}

#[test]
fn writes_policy_headers_and_manifest() {
    let dir = fake_build("basic", "https://cdn.example.org/gloss/content/");
    let summary = run(&opts(&dir)).unwrap();
    let hash = hash_source(LOADER);
    assert_eq!(summary.script_hashes, std::slice::from_ref(&hash));
    assert!(
        summary.warnings.iter().any(|w| w.contains("\"*\"")),
        "{:?}",
        summary.warnings
    );

    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    let expected = format!(
        "default-src 'none'; script-src 'self' {hash} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' https: data:; connect-src 'self' https://cdn.example.org; worker-src 'self'; \
         manifest-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'"
    );
    assert!(
        html.contains(&format!("content=\"{expected}\" data-gloss-csp")),
        "{html}"
    );
    let headers = fs::read_to_string(dir.join("_headers")).unwrap();
    assert!(headers.contains(&format!(
        "  Content-Security-Policy: {expected}; frame-ancestors 'self' https://lms.example.edu\n"
    )));

    let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
    assert!(sw.contains(&format!("version: \"{}\"", summary.version)));
    for shell in [
        "index.html",
        "gloss-0123456789abcdef.js",
        "icons/icon-192.png",
        "i18n/es.json",
        "i18n/ar.json",
    ] {
        assert!(
            sw.contains(&format!("{{ url: \"{shell}\", sha256: ")),
            "{shell} in {sw}"
        );
    }
    for not_shell in ["content/", "embed/", ".stage", "\"sw.js\"", "_headers"] {
        assert!(
            !sw.contains(&format!("url: \"{not_shell}")),
            "{not_shell} must not be precached"
        );
    }
    assert_eq!(summary.files, 5);
    let es = fs::read_to_string(dir.join("i18n/es.json")).unwrap();
    let (es, missing) =
        gloss_core::i18n::Catalogue::from_json(gloss_core::i18n::Lang::Es, &es).unwrap();
    assert_eq!((es.lang().code(), missing), ("es", 0));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn is_idempotent_and_versions_follow_the_files() {
    let dir = fake_build("again", "content/");
    let first = run(&opts(&dir)).unwrap();
    let html = fs::read_to_string(dir.join("index.html")).unwrap();
    let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
    let second = run(&opts(&dir)).unwrap();
    assert_eq!(first.version, second.version);
    assert_eq!(html, fs::read_to_string(dir.join("index.html")).unwrap());
    assert_eq!(sw, fs::read_to_string(dir.join("sw.js")).unwrap());
    assert!(first.policy.contains("connect-src 'self';"));

    // A deploy-time edit of index.html: new version, same loader hash.
    fs::write(dir.join("index.html"), html.replace("content/", "other/")).unwrap();
    let third = run(&opts(&dir)).unwrap();
    assert_ne!(third.version, first.version);
    assert_eq!(third.script_hashes, first.script_hashes);

    // Without the <meta>, the page has no policy of its own.
    let no_meta = run(&Options {
        meta: false,
        ..opts(&dir)
    })
    .unwrap();
    assert!(!no_meta.meta_written);
    assert!(!fs::read_to_string(dir.join("index.html"))
        .unwrap()
        .contains("data-gloss-csp"));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn refuses_a_bad_frame_ancestors_value() {
    let args = |v: &str| {
        vec![
            "dist".to_owned(),
            "--frame-ancestors".to_owned(),
            v.to_owned(),
        ]
    };
    assert!(Options::from_args(&args("'self'; script-src *")).is_err());
    assert!(Options::from_args(&args("https://a.example\r\nX: y")).is_err());
    assert!(Options::from_args(&args("'self' https://lms.example.edu")).is_ok());
    assert!(Options::from_args(&["--bogus".to_owned()]).is_err());
}

/// A page's policy names its own inline scripts only: a pre-rendered page's
/// loader climbs from its directory, so its hash differs from the root's.
fn policy_of(html: &str) -> String {
    let start = html
        .find("http-equiv=\"Content-Security-Policy\" content=\"")
        .unwrap()
        + 47;
    html[start..start + html[start..].find('"').unwrap()].to_owned()
}

#[test]
fn every_page_gets_its_own_policy_and_the_header_all_of_them() {
    let dir = fake_build("pages", "content/");
    let deep_loader = LOADER.replace("'./", "'../../");
    let page = format!(
        "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\" />\n\
         <script type=\"module\">{deep_loader}</script>\n    \
         <script type=\"application/json\" id=\"gloss-doc\">{{\"title\":\"\\u003c/script>\"}}</script>\n  \
         </head>\n  <body><main>Text</main></body>\n</html>\n"
    );
    fs::create_dir_all(dir.join("articles/a")).unwrap();
    fs::create_dir_all(dir.join("progress")).unwrap();
    fs::write(dir.join("articles/a/index.html"), &page).unwrap();
    let progress = page.replace("'../../", "'../");
    fs::write(dir.join("progress/index.html"), &progress).unwrap();
    // Catalogue pages sit at the article's depth (page/2/) or deeper.
    fs::create_dir_all(dir.join("page/2")).unwrap();
    fs::write(dir.join("page/2/index.html"), &page).unwrap();
    fs::create_dir_all(dir.join("category/science/page/2")).unwrap();
    let deepest = page.replace("'../../", "'../../../../");
    fs::write(dir.join("category/science/page/2/index.html"), &deepest).unwrap();

    let summary = run(&opts(&dir)).unwrap();
    assert_eq!(summary.pages, 4);
    assert_eq!(summary.header_hashes, 4);
    let (root, deep, one_up) = (
        hash_source(LOADER),
        hash_source(&deep_loader),
        hash_source(&progress_loader(&deep_loader)),
    );
    let article = fs::read_to_string(dir.join("articles/a/index.html")).unwrap();
    let policy = policy_of(&article);
    assert!(
        policy.contains(&format!("script-src 'self' {deep} 'wasm-unsafe-eval'")),
        "{policy}"
    );
    assert!(!policy.contains(&root) && !policy.contains(&one_up));
    // The JSON data block is inert: no hash for it anywhere.
    assert_eq!(policy.matches("'sha256-").count(), 1);
    let p = policy_of(&fs::read_to_string(dir.join("progress/index.html")).unwrap());
    assert!(p.contains(&one_up) && !p.contains(&deep));
    let listing = policy_of(&fs::read_to_string(dir.join("page/2/index.html")).unwrap());
    assert!(listing.contains(&deep), "{listing}");
    let deepest_hash = hash_source(&deepest_loader(&deep_loader));
    let category = fs::read_to_string(dir.join("category/science/page/2/index.html")).unwrap();
    assert!(policy_of(&category).contains(&deepest_hash));
    let headers = fs::read_to_string(dir.join("_headers")).unwrap();
    for h in [&root, &deep, &one_up] {
        assert!(headers.contains(h.as_str()), "{h} in {headers}");
    }
    // Pages are not precached: the shell is.
    let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
    assert!(!sw.contains("url: \"articles/") && !sw.contains("url: \"progress/"));
    assert!(!sw.contains("url: \"page/") && !sw.contains("url: \"category/"));

    // Again: the same bytes, files untouched.
    let before = fs::metadata(dir.join("articles/a/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    run(&opts(&dir)).unwrap();
    assert_eq!(
        article,
        fs::read_to_string(dir.join("articles/a/index.html")).unwrap()
    );
    let after = fs::metadata(dir.join("articles/a/index.html"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after);
    fs::remove_dir_all(&dir).unwrap();
}

fn progress_loader(deep: &str) -> String {
    deep.replace("'../../", "'../")
}

fn deepest_loader(deep: &str) -> String {
    deep.replace("'../../", "'../../../../")
}

/// The author preview is its own Trunk build in `preview/`: its page gets
/// its own policy (its loader's hash, in `_headers` too), its stylesheets
/// are minified with a true `integrity`, and none of it is precached.
#[test]
fn the_author_preview_gets_a_policy_and_stays_out_of_the_precache() {
    let dir = fake_build("preview", "content/");
    fs::create_dir_all(dir.join("preview")).unwrap();
    let loader = "\nimport init from './gloss-preview-0123456789abcdef.js';\nawait init();\n";
    let page = format!(
        "<!DOCTYPE html>\n<html>\n  <head>\n    <meta charset=\"utf-8\" />\n    \
         <link rel=\"stylesheet\" href=\"./preview-0123456789abcdef.css\" integrity=\"sha384-old\"/>\n\
         <script type=\"module\">{loader}</script>\n  </head>\n  <body></body>\n</html>\n"
    );
    fs::write(dir.join("preview/index.html"), page).unwrap();
    fs::write(
        dir.join("preview/preview-0123456789abcdef.css"),
        "/* a comment */\n.drop-zone { margin: 0; }\n",
    )
    .unwrap();
    fs::write(
        dir.join("preview/gloss-preview-0123456789abcdef.js"),
        "export default 1;",
    )
    .unwrap();

    let summary = run(&opts(&dir)).unwrap();
    assert_eq!(summary.header_hashes, 2);
    let html = fs::read_to_string(dir.join("preview/index.html")).unwrap();
    let policy = policy_of(&html);
    assert!(policy.contains(&hash_source(loader)), "{policy}");
    assert!(!policy.contains(&hash_source(LOADER)), "{policy}");
    assert!(!html.contains("sha384-old"), "{html}");
    let css = fs::read_to_string(dir.join("preview/preview-0123456789abcdef.css")).unwrap();
    assert!(!css.contains("a comment"), "{css}");
    let headers = fs::read_to_string(dir.join("_headers")).unwrap();
    assert!(headers.contains(&hash_source(loader)));
    let sw = fs::read_to_string(dir.join("sw.js")).unwrap();
    assert!(
        !sw.contains("preview"),
        "the reader's precache has no preview file"
    );
    fs::remove_dir_all(&dir).unwrap();
}

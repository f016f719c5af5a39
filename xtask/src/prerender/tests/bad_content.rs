//! The prerender pipeline with bad, hostile or failing content, and with a
//! site URL (canonical links and the sitemap).

use std::fs;

use super::*;

#[test]
fn a_bad_article_gets_no_page_and_the_rest_is_built() {
    let dist = build("bad");
    run_with(&opts(&dist, None), &fake).unwrap();
    let file = dist.join("content/articles/coral-reef-bleaching.json");
    let mut a: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    a["published"] = "last Tuesday".into();
    fs::write(&file, serde_json::to_string(&a).unwrap()).unwrap();

    let s = run_with(&opts(&dist, None), &fake).unwrap();
    assert_eq!(s.content_problems.len(), 1, "{s}");
    let problem = &s.content_problems[0];
    assert!(
        problem.contains("coral-reef-bleaching.json") && problem.contains("published"),
        "{problem}"
    );
    assert!(!s.is_ok(false) && s.is_ok(true));
    assert!(s.errors.is_empty());
    // Its two pages and its category's page.
    assert_eq!(s.removed, 3);
    assert!(!dist
        .join("articles/coral-reef-bleaching/index.html")
        .exists());
    assert!(dist
        .join("articles/webb-exoplanet-atmospheres/index.html")
        .exists());
}

#[test]
fn a_hostile_article_cannot_close_the_data_block() {
    let dist = build("hostile");
    let file = dist.join("content/articles/webb-exoplanet-atmospheres.json");
    let mut a: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    let evil = "</script><script>alert(1)</script><!-- <script>";
    a["summary"] = evil.into();
    fs::write(&file, serde_json::to_string(&a).unwrap()).unwrap();

    let s = run_with(&opts(&dist, None), &fake).unwrap();
    assert!(s.content_problems.is_empty(), "{s}");
    let html = read(&dist, "articles/webb-exoplanet-atmospheres/index.html");
    let parsed = doc(&html).unwrap_or_default();
    assert_eq!(parsed["summary"], evil);
    assert_eq!(
        html.matches("<script").count(),
        2,
        "the loader and the data block only"
    );
    assert!(!html.contains("alert(1)</script>"));
}

#[test]
fn a_panicking_page_is_reported_and_the_others_written() {
    let dist = build("panic");
    let s = run_with(&opts(&dist, None), &|job: &Job| {
        assert!(job.file != "progress/index.html", "boom");
        fake(job)
    })
    .unwrap();
    assert_eq!(s.errors.len(), 1);
    assert!(s.errors[0].starts_with("progress/index.html: rendering panicked"));
    assert_eq!(s.rendered, 24);
    assert!(!s.is_ok(true));
    assert!(!dist.join("progress/index.html").exists());
}

#[test]
fn with_a_site_url_pages_are_canonical_and_listed() {
    let dist = build("site");
    let url = site_url_checked("https://example.org/schools/gloss").unwrap();
    assert_eq!(url, "https://example.org/schools/gloss/");
    run_with(&opts(&dist, Some(&url)), &fake).unwrap();
    let page = read(&dist, "articles/ai-distillation-dispute/younger/index.html");
    let canonical = "https://example.org/schools/gloss/articles/ai-distillation-dispute/younger/";
    assert!(page.contains(&format!(r#"<link rel="canonical" href="{canonical}" />"#)));
    assert!(page.contains(&format!(
        r#"<meta property="og:url" content="{canonical}" />"#
    )));
    let sitemap = read(&dist, "sitemap.xml");
    // Every page once: not the default versions' duplicate directories,
    // whose canonical link is the article's own address.
    assert_eq!(
        sitemap.matches("<url>").count(),
        11 + 7,
        "and the category pages"
    );
    assert!(sitemap.contains("<loc>https://example.org/schools/gloss/category/science/</loc>"));
    assert!(!sitemap.contains("/teens/"));
    let duplicate = read(&dist, "articles/coral-reef-bleaching/teens/index.html");
    assert!(duplicate.contains(
        r#"<link rel="canonical" href="https://example.org/schools/gloss/articles/coral-reef-bleaching/" />"#
    ));
    assert!(duplicate
        .contains(r#"<meta name="gloss:route" content="articles/coral-reef-bleaching/teens/" />"#));
    assert!(sitemap.contains("<loc>https://example.org/schools/gloss/</loc>"));
    assert!(sitemap.contains(&format!("<loc>{canonical}</loc>")));
    // Without it again: the sitemap goes.
    run_with(&opts(&dist, None), &fake).unwrap();
    assert!(!dist.join("sitemap.xml").exists());
    for bad in [
        "example.org",
        "ftp://x/",
        "https://",
        "https://x/?a=1",
        "javascript:x",
    ] {
        assert!(site_url_checked(bad).is_err(), "{bad}");
    }
}

//! Native rendering at build time (feature `ssr`): the same [`App`] the
//! browser runs, rendered to HTML for one page, with the document it shows
//! already in hand. `cargo xtask prerender` writes the result into each
//! page's `index.html`, and the browser build hydrates it (see `mount` in
//! `lib.rs`). Device state (progress, opened terms, saved-offline) renders
//! in its neutral state here and updates after hydration.

use std::sync::Arc;

use gloss_core::catalog::Listing;
use gloss_core::content::model::Article;
use gloss_core::Route;
use leptos::prelude::*;

use crate::app::boot::{Boot, Preloaded, Scheme};
use crate::app::App;

/// One rendered page.
#[derive(Debug, Clone)]
pub struct Page {
    pub route: Route,
    /// The inner HTML of `<div id="app">`, hydration markers included.
    pub html: String,
    /// The document title.
    pub title: String,
    /// The `<meta name="description">`.
    pub description: String,
}

fn render(route: Route, preloaded: Preloaded) -> String {
    let boot = Boot {
        route,
        scheme: Scheme::Paths,
        preloaded,
        canonicalize: false,
    };
    // A server-side shared context: Leptos then knows it is not in a browser
    // (no window listeners) and writes hydration markers.
    let context = Arc::new(hydration_context::SsrSharedContext::new());
    let owner = Owner::new_root(Some(context));
    let html = owner.with(|| view! { <App boot/> }.to_html());
    drop(owner);
    html
}

/// A page of the catalogue (`index.html`, `page/<n>/`, `category/<slug>/`,
/// `category/<slug>/page/<n>/`): its articles as links, the categories
/// with their counts, and links to the other pages.
pub fn listing(listing: Arc<Listing>) -> Page {
    let route = Route::listing(listing.page.category.as_deref(), listing.page.page);
    let (title, description) = crate::catalog::page::title_and_description(
        &listing.meta,
        listing.page.category.as_deref(),
        listing.page.page,
    );
    Page {
        html: render(
            route.clone(),
            Preloaded {
                listing: Some(listing),
                article: None,
            },
        ),
        route,
        title,
        description,
    }
}

/// One audience version of an article (`None`: its default version).
pub fn article(article: Arc<Article>, version: Option<&str>) -> Page {
    let route = Route::Article {
        id: article.id.clone(),
        version: version.map(str::to_owned),
        embed: false,
    };
    let title = crate::article::page::title(&article);
    let description = article.summary.clone();
    Page {
        html: render(
            route.clone(),
            Preloaded {
                listing: None,
                article: Some(article),
            },
        ),
        route,
        title,
        description,
    }
}

/// The progress page, in its neutral state (progress lives on the device).
pub fn progress() -> Page {
    Page {
        html: render(Route::Progress, Preloaded::default()),
        route: Route::Progress,
        title: crate::progress::page::title_and_description().0,
        description: crate::progress::page::title_and_description().1,
    }
}

/// The My words page, in its neutral state (words live on the device).
pub fn words() -> Page {
    Page {
        html: render(Route::Words, Preloaded::default()),
        route: Route::Words,
        title: crate::words::page::title_and_description().0,
        description: crate::words::page::title_and_description().1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");

    fn read(path: &str) -> String {
        std::fs::read_to_string(format!("{CONTENT}/{path}"))
            .unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn sample_index() -> gloss_core::Index {
        gloss_core::parse_index(&read("index.json")).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The sample articles, the first `shared` of them in one category.
    fn sample_catalog(page_size: u32, shared: usize) -> gloss_core::catalog::Catalog {
        let mut entries = sample_index().articles;
        for e in entries.iter_mut().take(shared) {
            e.category = "Science & Health".into();
        }
        gloss_core::catalog::Catalog::build(entries, page_size)
    }

    fn sample_article(id: &str) -> Arc<Article> {
        let text = read(&format!("articles/{id}.json"));
        Arc::new(gloss_core::parse_article(id, &text).unwrap_or_else(|e| panic!("{e}")))
    }

    /// The HTML without Leptos' hydration markers (`<!>`).
    fn unmarked(page: &Page) -> String {
        page.html.replace("<!>", "")
    }

    fn dump(name: &str, page: &Page) {
        // For looking at by hand (and the hydration check in tests/e2e).
        let _ = std::fs::write(std::env::temp_dir().join(name), &page.html);
    }

    #[test]
    fn an_article_is_rendered_whole_with_links_from_its_depth() {
        let article = sample_article("interest-rates-inflation");
        let page = super::article(article.clone(), None);
        dump("prerender-article.html", &page);
        let html = &unmarked(&page);
        assert!(html.contains(r#"aria-busy="false""#), "not the loaded page");
        assert!(!html.contains("skeleton"), "a skeleton was rendered");
        assert!(html.contains(&format!(
            r#"<h1 lang="en" dir="ltr">{}</h1>"#,
            article.title
        )));
        for heading in [
            "What's going on",
            "How to think about it",
            "Key things to know",
        ] {
            assert!(html.contains(heading), "missing section {heading}");
        }
        // Links climb two directories; terms open a native popover.
        assert!(html.contains(r#"href="../../""#));
        assert!(html.contains(r#"href="../../progress/""#));
        assert!(html.contains(r#"popovertarget="tip-0-popover""#));
        assert!(html.contains(r#"id="tip-0-popover" popover="auto""#));
        assert!(html.contains(r#"<noscript class="quiz-needs-js">This quiz needs JavaScript"#));
        assert_eq!(page.title, format!("{} · Gloss", article.title));
        assert_eq!(page.route.to_path(), "articles/interest-rates-inflation/");
    }

    #[test]
    fn an_arabic_article_marks_its_own_text_not_the_interface() {
        let page = super::article(sample_article("ramadan-lunar-calendar"), None);
        let html = unmarked(&page);
        dump("prerender-arabic.html", &page);
        // The frame is the interface's: the <article> element has no lang.
        let frame = html
            .split("<article ")
            .nth(1)
            .and_then(|rest| rest.split('>').next())
            .unwrap_or_default();
        assert!(frame.contains(r#"class="article""#), "{frame}");
        assert!(
            !frame.contains("lang="),
            "the frame is the interface's: {frame}"
        );
        assert!(html.contains(r#"<h1 lang="ar" dir="rtl">"#));
        assert!(html.contains(r#"<p lang="ar" dir="rtl" class="hook">"#));
        assert!(html.contains(r#"<div lang="ar" dir="rtl" class="section-body">"#));
        assert!(html.contains(r#"<div lang="ar" dir="rtl" class="glossary-entry">"#));
        assert!(html.contains(r#"lang="en" dir="ltr" class="tip-more">"#));
    }

    #[test]
    fn device_state_is_neutral() {
        let page = super::article(sample_article("interest-rates-inflation"), None);
        // No storage notice, nothing "opened", no saved-offline state.
        assert!(
            !page.html.contains("won&#x27;t be kept"),
            "storage notice rendered"
        );
        assert!(unmarked(&page).contains(r#"<div aria-live="polite" class="notices"></div>"#));
        assert!(!page.html.contains("term-opened"));
        // Read aloud: closed, before the text (the stylesheet hides it
        // until the app finds speech); no controls in any page.
        assert!(unmarked(&page).contains(
            r#"<div id="listen" class="listen"><button type="button" value="listen" aria-expanded="false" class="button button-secondary">Listen</button><p class="listen-status" role="status"></p></div><div class="article-body">"#
        ));
        assert!(!page.html.contains("listen-panel"));
    }

    #[test]
    fn another_audience_version_is_one_directory_deeper() {
        let article = sample_article("ai-distillation-dispute");
        let page = super::article(article, Some("younger"));
        dump("prerender-version.html", &page);
        let html = unmarked(&page);
        assert!(html.contains(r#"href="../../../""#));
        // The audience switch links to the other version from here.
        assert!(html.contains(
            r#"<a href="../../../articles/ai-distillation-dispute/" class=""><span lang="en" dir="ltr">Ages 14–18</span></a>"#
        ));
        assert!(html.contains(
            r#"<a href="../../../articles/ai-distillation-dispute/younger/" aria-current="page" class=""><span lang="en" dir="ltr">Ages 10–13</span></a>"#
        ));
        assert_eq!(
            page.route.to_path(),
            "articles/ai-distillation-dispute/younger/"
        );
    }

    #[test]
    fn the_index_lists_every_article_as_a_link() {
        let index = sample_index();
        let catalog = sample_catalog(gloss_core::catalog::PAGE_SIZE, 0);
        let page = super::listing(Arc::new(catalog.listing(None, 1).unwrap()));
        dump("prerender-index.html", &page);
        for entry in &index.articles {
            assert!(
                page.html
                    .contains(&format!(r#"href="articles/{}/""#, entry.id)),
                "no link to {}",
                entry.id
            );
        }
        assert!(!page.html.contains("skeleton"));
        assert!(
            !page.html.contains(r#"class="pager""#),
            "one page needs no pager"
        );
        assert_eq!(page.title, "Gloss — explained news");
        assert_eq!(page.route, Route::default());
    }

    #[test]
    fn catalogue_pages_link_from_their_depth_to_each_other_and_the_categories() {
        let catalog = sample_catalog(1, 3);
        let science = catalog
            .meta
            .categories
            .iter()
            .find(|c| c.count >= 2)
            .expect("a category with two pages")
            .clone();
        let page = super::listing(Arc::new(catalog.listing(Some(&science.slug), 2).unwrap()));
        dump("prerender-category.html", &page);
        let html = unmarked(&page);
        assert_eq!(
            page.route.to_path(),
            format!("category/{}/page/2/", science.slug)
        );
        // Four directories deep: links climb four.
        assert!(html.contains(r#"href="../../../../articles/"#), "{html}");
        assert!(html.contains(&format!(r#"href="../../../../category/{}/""#, science.slug)));
        // The category's name is isolated from the interface's words.
        assert!(html.contains(&format!(
            "\u{2068}{}\u{2069}, page 2 of",
            science.name.replace('&', "&amp;")
        )));
        assert!(html.contains(r#"aria-label="Pages""#));
        assert!(html.contains(r#"aria-label="Categories""#));
        assert!(html.contains(&format!("({})", science.count)));
        assert_eq!(
            page.title,
            format!("{}, page 2 · Gloss — explained news", science.name)
        );
        let latest = super::listing(Arc::new(catalog.listing(None, 2).unwrap()));
        let html = unmarked(&latest);
        assert!(html.contains(r#"href="../../page/3/""#), "older");
        assert!(html.contains(r#"href="../../""#), "newer is the root");
    }

    #[test]
    fn hostile_text_is_escaped_in_the_html() {
        const VECTOR: &str =
            "</script><script>alert(1)</script><img src=x onerror=alert(2)>&amp;<!--";
        let text = read("articles/interest-rates-inflation.json")
            .replacen("Turning down the heat", VECTOR, 1)
            .replacen("Several times a year", VECTOR, 1);
        let article = gloss_core::parse_article("interest-rates-inflation", &text)
            .unwrap_or_else(|e| panic!("{e}"));
        let page = super::article(Arc::new(article), None);
        let html = unmarked(&page);
        assert!(!html.contains("<script"), "a script element in the page");
        assert!(!html.contains("<img"), "an img element in the page");
        assert!(!html.contains("<!--"), "a comment opened by content");
        assert!(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&amp;amp;&lt;!--"));
        assert!(
            page.title.contains(VECTOR),
            "the title stays text (escaped by the page writer)"
        );
    }

    /// Text as written, from the escaped HTML.
    fn unescaped(html: &str) -> String {
        html.replace("&#x27;", "'")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn the_worksheet_is_in_the_page_and_the_answer_key_is_not() {
        let article = sample_article("coral-reef-bleaching");
        let page = super::article(article.clone(), None);
        dump("prerender-worksheet.html", &page);
        let html = unescaped(&unmarked(&page));
        let quiz = article.quiz.as_ref().expect("a quiz");
        let at = html
            .find(r#"<ol class="worksheet print-only">"#)
            .expect("the worksheet");
        let sheet = &html[at..];
        // Every question and every choice, in the content's order.
        let mut from = 0;
        for q in &quiz.questions {
            for text in std::iter::once(&q.prompt).chain(q.choices.iter().map(|c| &c.text)) {
                let found = sheet[from..].find(text.as_str());
                let Some(found) = found else {
                    panic!("not on the worksheet, or out of order: {text}");
                };
                from += found + text.len();
            }
        }
        assert!(sheet.contains("Select all the answers that apply."));
        // The answer key is rendered only when a teacher asks for it.
        assert!(!html.contains("answer-key") && !html.contains("Right answer"));
        let explanations = quiz.questions.iter().flat_map(|q| {
            q.choices
                .iter()
                .filter_map(|c| c.explanation.as_deref())
                .chain(q.explanation.as_deref())
        });
        for e in explanations {
            assert!(!html.contains(e), "an explanation in the page: {e}");
        }
        assert!(html.contains("Print answer key"));
    }

    #[test]
    fn the_progress_page_renders_its_neutral_state() {
        let page = progress();
        dump("prerender-progress.html", &page);
        assert!(page.html.contains(r#"href="../""#));
        assert!(page.html.contains("<main"));
    }

    #[test]
    fn the_words_page_renders_its_neutral_state() {
        let page = words();
        dump("prerender-words.html", &page);
        let html = unmarked(&page);
        assert!(html.contains("<h1>My words</h1>"));
        assert!(
            html.contains(r#"href="../progress/""#),
            "links from its depth"
        );
        assert!(html.contains("Nothing to review today."));
        assert!(html.contains(r#"<p role="status" class="review-status">"#));
        assert!(html.contains("When you open a key term"), "no words yet");
        assert_eq!(page.route.to_path(), "words/");
    }

    #[test]
    fn the_index_links_to_my_words_without_a_count() {
        let catalog = sample_catalog(gloss_core::catalog::PAGE_SIZE, 0);
        let page = super::listing(Arc::new(catalog.listing(None, 1).unwrap()));
        let html = unmarked(&page);
        assert!(
            html.contains(r#"<p class="words-due"><a href="words/" class="">My words</a></p>"#),
            "{html}"
        );
    }
}

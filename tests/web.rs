//! Component tests in a real headless Chromium (wasm-bindgen-test).
//! Run with `scripts/test.sh`, or:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown -p gloss`
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gloss::app::content::{LoadError, SharedIndex};
use gloss::app::load_states::{LoadErrorView, Noun};
use gloss::app::nav::Router;
use gloss::article::rich_text::RichText;
use gloss::article::section::SectionView;
use gloss::catalog::page::IndexPage;
use gloss_core::content::model::{
    AnchoredParagraph, Card, Index, IndexEntry, Paragraph, Section, SectionKind, TextDirection,
};
use gloss_core::{ContentError, Problem, ProblemKind, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod dom;
use dom::*;

#[wasm_bindgen_test]
fn rich_text_renders_markup_and_keeps_html_as_text() {
    let el = container();
    let src = "**bold** *soft* <script>window.__pwned=1</script><img src=x onerror=alert(1)> [link](https://example.org/a) [bad](javascript:alert(1))";
    let _mounted = leptos::mount::mount_to(el.clone(), move || view! { <RichText text=src/> });
    assert_eq!(
        all(&el, "strong").iter().map(text).collect::<Vec<_>>(),
        ["bold"]
    );
    assert_eq!(
        all(&el, "em").iter().map(text).collect::<Vec<_>>(),
        ["soft"]
    );
    assert!(
        all(&el, "script, img").is_empty(),
        "content must never become elements"
    );
    assert!(el
        .text_content()
        .unwrap()
        .contains("<script>window.__pwned=1</script>"));
    let links = all(&el, "a");
    assert_eq!(links.len(), 1, "only the https link is a link");
    assert_eq!(
        links[0].get_attribute("href").as_deref(),
        Some("https://example.org/a")
    );
    assert_eq!(
        links[0].get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(
        el.text_content().unwrap().contains("bad"),
        "the refused link keeps its label as text"
    );
    assert!(js_sys::Reflect::get(&js_sys::global(), &"__pwned".into())
        .unwrap()
        .is_undefined());
}

#[wasm_bindgen_test]
fn section_renders_heading_cards_points_and_anchors() {
    let el = container();
    let section = Section {
        kind: SectionKind::HowToThink,
        heading: None,
        paragraphs: vec![
            Paragraph::Plain("Intro.".into()),
            Paragraph::Anchored(AnchoredParagraph {
                id: "key-fact".into(),
                text: "The *fact*.".into(),
            }),
        ],
        cards: vec![Card {
            title: "Like a map".into(),
            text: "A **map** is not the land.".into(),
        }],
        points: vec!["One point.".into()],
    };
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        let text = gloss_core::glossary::Matcher::new(&[]).annotate_section(
            &section,
            gloss_core::content::model::GlossaryLinks::FirstPerSection,
        );
        view! { <SectionView section text id="section-how-to-think"/> }
    });
    let section = el
        .query_selector("section#section-how-to-think")
        .unwrap()
        .unwrap();
    assert_eq!(
        section.get_attribute("aria-labelledby").as_deref(),
        Some("section-how-to-think-heading")
    );
    assert_eq!(text(&one(&el, "h2")), "How to think about it");
    assert_eq!(text(&one(&el, "#p-key-fact")), "The fact.");
    assert_eq!(
        all(&el, "ul.cards > li.card h3")
            .iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["Like a map"]
    );
    assert_eq!(all(&el, "ul.key-points > li").len(), 1);
}

#[wasm_bindgen_test]
fn invalid_content_shows_the_first_problem_code_and_the_file() {
    let el = container();
    let error = LoadError::Invalid(ContentError {
        document: "articles/x.json".into(),
        problems: vec![
            Problem::new(
                "quiz.questions[2].answer",
                ProblemKind::AnswerOutOfRange {
                    index: 5,
                    choices: 3,
                },
            ),
            Problem::new("title", ProblemKind::Empty),
        ],
    });
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        view! { <LoadErrorView error noun=Noun::Article on_retry=Callback::new(|_| ())/> }
    });
    let alert = one(&el, ".error-state[role=alert]");
    assert_eq!(text(&one(&alert, "h1")), "This article can't be shown");
    assert!(text(&alert).contains("The file \u{2068}articles/x.json\u{2069} has problems"));
    assert_eq!(
        text(&one(&alert, ".problem-code code")),
        "quiz.questions[2].answer: answer-out-of-range"
    );
    assert_eq!(
        text(&one(&alert, ".problem-code")),
        "Problem: quiz.questions[2].answer: answer-out-of-range (and 1 more)"
    );
    assert!(
        el.query_selector("button.retry").unwrap().is_none(),
        "retrying cannot fix broken content"
    );
}

#[wasm_bindgen_test]
fn network_error_offers_a_working_retry() {
    let el = container();
    let clicks = RwSignal::new(0);
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        view! { <LoadErrorView error=LoadError::Network("offline".into()) noun=Noun::Article on_retry=Callback::new(move |_| clicks.update(|n| *n += 1))/> }
    });
    assert_eq!(text(&one(&el, "h1")), "Couldn't load the article");
    let button: web_sys::HtmlElement = el
        .query_selector("button.retry")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    button.click();
    assert_eq!(clicks.get_untracked(), 2);
}

fn entry(id: &str, category: &str, title: &str) -> IndexEntry {
    IndexEntry {
        id: id.into(),
        title: title.into(),
        category: category.into(),
        published: "2026-04-30".into(),
        summary: format!("About {title}."),
        reading_minutes: 4,
        lang: "en".into(),
        dir: TextDirection::Ltr,
    }
}

/// Mounts the index page with `router` and an index already loaded.
fn mount_index(
    el: &web_sys::HtmlElement,
    router: Router,
    index: Index,
) -> leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState> {
    leptos::mount::mount_to(el.clone(), move || {
        provide_context(router);
        let index = Arc::new(index.clone());
        SharedIndex::provide_resource(LocalResource::new(move || {
            let index = index.clone();
            async move { Ok(index) }
        }));
        view! { <IndexPage/> }.into_any()
    })
}

#[wasm_bindgen_test]
async fn index_filters_by_search_and_category_and_keeps_the_url() {
    let el = container();
    let index = Index {
        format: 1,
        articles: vec![
            entry("chips", "Technology", "Chips and rules"),
            entry("webb", "Science", "Webb sees a planet"),
            entry("reefs", "Science", "Reefs in hot water"),
        ],
    };
    let router = Router::new(Route::default());
    let _mounted = mount_index(&el, router, index);
    settle_until(|| !all(&el, "li.article-card").is_empty()).await;
    let titles = || {
        all(&el, "li.article-card h3 a")
            .iter()
            .map(text)
            .collect::<Vec<_>>()
    };
    // A v1 index is paged in memory, newest first (then by id).
    assert_eq!(
        titles(),
        [
            "Chips and rules",
            "Reefs in hot water",
            "Webb sees a planet"
        ]
    );
    assert_eq!(text(&one(&el, "#result-count")), "3 articles");
    let card_link = el.query_selector("li.article-card h3 a").unwrap().unwrap();
    assert_eq!(
        card_link.get_attribute("href").as_deref(),
        Some("?article=chips")
    );
    assert_eq!(text(&one(&el, "li.article-card time")), "30 April 2026");
    let facets = all(&el, ".facets a").iter().map(text).collect::<Vec<_>>();
    assert_eq!(facets, ["All (3)", "Science (2)", "Technology (1)"]);

    let search: web_sys::HtmlInputElement = one(&el, "#search").unchecked_into();
    let type_in = |value: &str| {
        search.set_value(value);
        search
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    };
    type_in("planet");
    settle().await;
    assert_eq!(titles(), ["Webb sees a planet"]);
    assert_eq!(text(&one(&el, "#result-count")), "1 article found");
    assert!(web_sys::window()
        .unwrap()
        .location()
        .search()
        .unwrap()
        .contains("q=planet"));

    type_in("nothing-like-this");
    settle().await;
    assert!(titles().is_empty());
    assert_eq!(text(&one(&el, "#result-count")), "No articles match");
    type_in("");
    settle().await;
    assert_eq!(titles().len(), 3);

    let science: web_sys::HtmlElement = all(&el, ".facets a")[1].clone().unchecked_into();
    assert_eq!(
        science.get_attribute("href").as_deref(),
        Some("?category=science")
    );
    science.click();
    settle().await;
    assert_eq!(titles(), ["Reefs in hot water", "Webb sees a planet"]);
    assert_eq!(
        router.route().get_untracked(),
        Route::listing(Some("science"), 1)
    );
    assert_eq!(
        one(&el, ".facets a[aria-current=page]")
            .text_content()
            .as_deref(),
        Some("Science (2)")
    );

    // Search within the category, then drop the category, keeping the search.
    type_in("water");
    settle().await;
    assert_eq!(titles(), ["Reefs in hot water"]);
    assert_eq!(
        router.route().get_untracked(),
        Route::Index {
            category: Some("science".into()),
            query: Some("water".into()),
            page: 1,
        }
    );
    let all_matches: web_sys::HtmlElement = one(&el, ".facets a").unchecked_into();
    assert_eq!(text(&all_matches), "All matches (1)");
    all_matches.click();
    settle().await;
    assert_eq!(
        router.route().get_untracked(),
        Route::Index {
            category: None,
            query: Some("water".into()),
            page: 1,
        }
    );
}

#[wasm_bindgen_test]
async fn older_articles_are_on_numbered_pages() {
    let el = container();
    let articles = (0..30)
        .map(|i| {
            let mut e = entry(&format!("a{i:02}"), "Science", &format!("Story {i:02}"));
            e.published = format!("2026-01-{:02}", 30 - i);
            e
        })
        .collect();
    let router = Router::new(Route::default());
    let _mounted = mount_index(
        &el,
        router,
        Index {
            format: 1,
            articles,
        },
    );
    settle_until(|| !all(&el, "li.article-card").is_empty()).await;
    assert_eq!(all(&el, "li.article-card").len(), 24);
    assert_eq!(text(&one(&el, ".pager-where")), "Page 1 of 2");
    let older: web_sys::HtmlElement = one(&el, ".pager a").unchecked_into();
    assert_eq!(older.get_attribute("href").as_deref(), Some("?page=2"));
    older.click();
    settle().await;
    assert_eq!(router.route().get_untracked(), Route::listing(None, 2));
    let titles: Vec<String> = all(&el, "li.article-card h3 a").iter().map(text).collect();
    assert_eq!(titles.len(), 6);
    assert_eq!(titles[0], "Story 24");
    assert_eq!(
        text(&one(&el, "#result-count")),
        "30 articles · showing 25–30"
    );
    // A page past the end is not found, not an empty list.
    router.navigate(Route::listing(None, 9));
    settle_until(|| el.query_selector(".error-state").ok().flatten().is_some()).await;
    assert!(text(&one(&el, ".error-state h2")).contains("not found"));
}

#[wasm_bindgen_test]
async fn the_search_box_follows_the_url() {
    let el = container();
    let index = Index {
        format: 1,
        articles: vec![
            entry("webb", "Science", "Webb sees a planet"),
            entry("reefs", "Science", "Reefs in hot water"),
        ],
    };
    let router = Router::new(Route::Index {
        category: None,
        query: Some("planet".into()),
        page: 1,
    });
    let _mounted = mount_index(&el, router, index);
    settle_until(|| !all(&el, "li.article-card").is_empty()).await;
    let search: web_sys::HtmlInputElement = one(&el, "#search").unchecked_into();
    let cards = || all(&el, "li.article-card").len();
    assert_eq!(search.value(), "planet", "a cold ?q= fills the box");
    assert_eq!(cards(), 1);

    // The "Gloss" brand link: every article, and an empty box.
    router.navigate(Route::default());
    settle_until(|| all(&el, "li.article-card").len() == 2).await;
    assert_eq!(cards(), 2);
    assert_eq!(
        search.value(),
        "",
        "the box no longer says what the URL doesn't"
    );

    // Back/forward (popstate) to another search.
    router.replace(Route::Index {
        category: None,
        query: Some("reefs".into()),
        page: 1,
    });
    settle().await;
    assert_eq!(search.value(), "reefs");
    assert_eq!(cards(), 1);

    // Spaces typed alone stay in the box (they search for nothing yet).
    search.set_value("  ");
    search
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(search.value(), "  ");
    assert_eq!(cards(), 2);
}

fn glossary_article() -> gloss_core::content::model::Article {
    let json = r#"{
      "format": 1, "id": "tips", "title": "Tips", "category": "Test", "published": "2026-01-02",
      "summary": "S", "source": {"publisher": "P", "title": "T", "url": "https://example.org"},
      "versions": [{"id": "v", "audience": "All", "hook": "Why?", "sections": [
        {"kind": "whats_going_on", "paragraphs": ["An export control and a veto, then another veto."]}]}],
      "glossary": [
        {"term": "Export controls", "definition": "Rules on *selling* abroad.", "aliases": ["export control"]},
        {"term": "Veto", "definition": "A block."}
      ]
    }"#;
    gloss_core::parse_article("tips", json).unwrap()
}

#[wasm_bindgen_test]
async fn toggletips_open_one_at_a_time_and_close_on_escape_and_outside_click() {
    use gloss::article::rich_text::render_annotated;
    use gloss::glossary::tip::Tips;
    use gloss_core::glossary::Matcher;

    let el = container();
    let article = glossary_article();
    let opened = RwSignal::new(Vec::<String>::new());
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        Tips::provide(
            &article,
            Some(Callback::new(move |id: String| {
                opened.update(|o| o.push(id))
            })),
        );
        let version = &article.versions[0];
        let text = Matcher::for_article(&article).annotate_version(version, article.glossary_links);
        let para = text.sections[0].paragraphs[0].clone();
        view! { <p>{render_annotated(para)}</p> <p class="outside">"elsewhere"</p> }
    });
    let buttons: Vec<web_sys::HtmlElement> = all(&el, "button.term-button")
        .into_iter()
        .map(|b| b.unchecked_into())
        .collect();
    assert_eq!(
        buttons.iter().map(text).collect::<Vec<_>>(),
        ["export control", "veto"],
        "first use only"
    );
    for b in &buttons {
        assert_eq!(b.get_attribute("type").as_deref(), Some("button"));
        assert_eq!(b.get_attribute("aria-expanded").as_deref(), Some("false"));
        let live = el
            .query_selector(&format!("#{}", b.get_attribute("aria-controls").unwrap()))
            .unwrap()
            .unwrap();
        assert_eq!(live.get_attribute("role").as_deref(), Some("status"));
    }
    assert!(
        el.query_selector("#ref-term-export-controls")
            .unwrap()
            .is_some(),
        "first use is addressable"
    );

    buttons[0].click();
    settle().await;
    assert_eq!(
        buttons[0].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let bubble = one(&el, ".tip-bubble");
    assert_eq!(text(&one(&bubble, ".tip-term")), "Export controls");
    assert_eq!(text(&one(&bubble, "em")), "selling");
    assert_eq!(
        bubble
            .query_selector("a")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#term-export-controls")
    );
    assert_eq!(opened.get_untracked(), ["term-export-controls"]);

    buttons[1].click();
    settle().await;
    assert_eq!(
        buttons[0].get_attribute("aria-expanded").as_deref(),
        Some("false"),
        "only one open"
    );
    assert_eq!(
        buttons[1].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(all(&el, ".tip-bubble").len(), 1);

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    buttons[1].focus().unwrap();
    buttons[1].dispatch_event(&esc).unwrap();
    settle().await;
    assert!(all(&el, ".tip-bubble").is_empty(), "Escape closes");
    let active = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap();
    assert!(
        active.is_same_node(Some(&buttons[1])),
        "focus stays on the term"
    );

    buttons[0].click();
    settle().await;
    let outside: web_sys::HtmlElement = el
        .query_selector(".outside")
        .unwrap()
        .unwrap()
        .unchecked_into();
    outside.click();
    settle().await;
    assert!(all(&el, ".tip-bubble").is_empty(), "a click outside closes");
}

/// The first-use anchor (`ref-term-…`, the target of the key terms' "Back to
/// where it appears") goes where the term first appears in the text, and
/// stays there, exactly once, whatever order the parts are built or re-built
/// in: the core linker marks it, not the rendering.
#[wasm_bindgen_test]
async fn first_use_anchor_follows_the_text_not_the_render_order() {
    use gloss::article::rich_text::render_annotated;
    use gloss::glossary::tip::Tips;
    use gloss_core::glossary::Matcher;

    let json = r#"{
      "format": 1, "id": "first", "title": "First", "category": "Test", "published": "2026-01-02",
      "summary": "S", "source": {"publisher": "P", "title": "T", "url": "https://example.org"},
      "versions": [{"id": "v", "audience": "All", "hook": "Why a veto?", "sections": [
        {"kind": "whats_going_on", "paragraphs": ["Export controls and a veto."]},
        {"kind": "why_it_matters", "paragraphs": ["Export controls again, and a veto."]}]}],
      "glossary": [
        {"term": "Export controls", "definition": "Rules on selling abroad."},
        {"term": "Veto", "definition": "A block."}
      ]
    }"#;
    let article = gloss_core::parse_article("first", json).unwrap();
    let el = container();
    let tick = RwSignal::new(0);
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        Tips::provide(&article, None);
        let version = article.versions[0].clone();
        let text =
            Matcher::for_article(&article).annotate_version(&version, article.glossary_links);
        // Like the article page's body: the sections are built before the
        // hook, and the whole body is built again when `tick` changes (as on
        // switching the audience version).
        move || {
            tick.track();
            let text = text.clone();
            let sections = version
                .sections
                .iter()
                .cloned()
                .zip(text.sections)
                .enumerate()
                .map(
                    |(i, (section, text))| view! { <SectionView section text id=format!("s{i}")/> },
                )
                .collect_view();
            view! {
                <p class="hook">{render_annotated(text.hook)}</p>
                {sections}
            }
        }
    });
    let check = |when: &str| {
        let anchors: Vec<String> = all(&el, "[id^='ref-term-']")
            .iter()
            .map(|a| a.id())
            .collect();
        assert_eq!(
            anchors,
            ["ref-term-veto", "ref-term-export-controls"],
            "{when}: one anchor per term, in text order"
        );
        let veto = one(&el, "#ref-term-veto");
        assert!(
            veto.closest(".hook").unwrap().is_some(),
            "{when}: the hook holds the first veto"
        );
        let export = one(&el, "#ref-term-export-controls");
        assert_eq!(
            export
                .closest("section")
                .unwrap()
                .map(|s| s.id())
                .as_deref(),
            Some("s0"),
            "{when}: the first section holds the first export controls"
        );
    };
    check("first render");
    tick.set(1);
    settle().await;
    check("after the body re-renders");
}

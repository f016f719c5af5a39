//! Read aloud, in headless Chromium: every sentence of the reading plan is
//! found on the page exactly where the components render it, across
//! toggletip buttons, emphasis and links, without the interface text hidden
//! in content; and the control renders closed and opens its controls.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use gloss::article::page::article_text;
use gloss::glossary::list::GlossaryList;
use gloss::glossary::tip::Tips;
use gloss::reading::listen::{place, Listen};
use gloss_core::glossary::Matcher;
use gloss_core::reading::plan::{Options, Plan};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod dom;
use dom::*;

fn article() -> Arc<gloss_core::Article> {
    let json = r#"{
      "format": 1, "id": "listen", "title": "Listen", "category": "Test",
      "published": "2026-01-01", "summary": "S.",
      "source": {"publisher": "P", "title": "T", "url": "https://example.org/"},
      "versions": [{"id": "v", "audience": "All",
        "hook": "Can a *veto* stop it? Dr. Ng says so.",
        "sections": [
          {"kind": "whats_going_on", "paragraphs": [
            "See the [U.N. site](https://un.org/) now. A veto 😀 blocks it.",
            {"id": "fact", "text": "**Export controls** apply. Then 3.5 more."}
          ], "cards": [{"title": "A brake", "text": "Like a veto. It stops."}],
          "points": ["One point.", "Two **points**, then one veto."]}
        ]}],
      "glossary": [
        {"term": "Veto", "definition": "A *block*. See [more](https://example.org/v)."},
        {"term": "Export controls", "definition": "Rules on selling abroad."}
      ]
    }"#;
    Arc::new(gloss_core::parse_article("listen", json).unwrap())
}

#[wasm_bindgen_test]
async fn every_sentence_and_word_maps_to_its_text_on_the_page() {
    let el = container();
    let a = article();
    let page = a.clone();
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        Tips::provide(&page, None);
        let content = gloss::article::lang::ContentLang::provide(&page);
        let version = page.versions[0].clone();
        let text = Matcher::for_article(&page).annotate_version(&version, page.glossary_links);
        let present = Signal::derive(|| {
            [0usize, 1]
                .into_iter()
                .collect::<std::collections::HashSet<_>>()
        });
        view! {
            <div class="article-body">{article_text(version, text, content)}</div>
            <GlossaryList article=page.clone() present=present/>
        }
    });
    // An open toggletip puts the definition inside the paragraph.
    one(&el, ".term-button").click();
    settle().await;
    assert!(has(&el, ".tip-bubble"));

    let plan = Plan::new(&a.versions[0], &a.glossary, Options::for_lang("en", true));
    let texts: Vec<&str> = (0..plan.len()).filter_map(|i| plan.text(i)).collect();
    assert_eq!(
        texts,
        [
            "Can a veto stop it?",
            "Dr. Ng says so.",
            "What's going on",
            "See the U.N. site now.",
            "A veto 😀 blocks it.",
            "Export controls apply.",
            "Then 3.5 more.",
            "A brake",
            "Like a veto.",
            "It stops.",
            "One point.",
            "Two points, then one veto.",
            "Export controls",
            "Rules on selling abroad.",
            "Veto",
            "A block.",
            "See more."
        ]
    );
    let on_page = |i: usize, part| -> Vec<String> {
        let ranges = place::ranges(&plan, i, part).unwrap_or_else(|| panic!("no ranges for {i}"));
        ranges.iter().map(|r| String::from(r.to_string())).collect()
    };
    for (i, text) in texts.iter().enumerate() {
        assert_eq!(on_page(i, None).concat(), *text);
    }
    // Across a term's button, one range per text node: the toggletip's
    // bubble and popover, in between, are in none.
    assert_eq!(on_page(4, None), ["A ", "veto", " 😀 blocks it."]);
    // The link's "(opens in a new tab)" is not in the sentence.
    assert_eq!(on_page(3, None), ["See the ", "U.N. site", " now."]);
    // Words, after an astral character (two UTF-16 units).
    assert_eq!(on_page(4, plan.word(4, 10, None)), ["blocks"]);
    assert_eq!(on_page(3, plan.word(3, 8, Some(4))), ["U.N."]);
    // A plan that does not match the page gives no range.
    let mut other = a.versions[0].clone();
    other.hook = "Something else.".into();
    let wrong = Plan::new(&other, &[], Options::default());
    assert!(place::ranges(&wrong, 0, None).is_none());
}

#[wasm_bindgen_test]
async fn the_control_renders_closed_and_opens_its_controls() {
    let has_speech = js_sys::Reflect::get(&js_sys::global(), &"speechSynthesis".into())
        .map(|s| s.is_object())
        .unwrap_or(false);
    let el = container();
    let a = article();
    let _mounted = leptos::mount::mount_to(el.clone(), move || {
        let current = Signal::derive(|| "v".to_owned());
        view! { <Listen article=a.clone() current/> }
    });
    settle().await;
    // Where the browser can speak, the stylesheet shows the control.
    let root = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap();
    assert_eq!(root.has_attribute("data-speech"), has_speech);
    let button = button(&el, "Listen");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!has(&el, "#listen-panel"));
    assert_eq!(text(&one(&el, ".listen-status[role=status]")).trim(), "");
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let panel = one(&el, "#listen-panel[role=group]");
    assert_eq!(
        panel.get_attribute("aria-label").as_deref(),
        Some("Read aloud")
    );
    let labels: Vec<String> = all(&panel, "button")
        .iter()
        .map(text)
        .map(|t| t.trim().to_owned())
        .collect();
    assert_eq!(
        labels,
        ["Previous sentence", "Play", "Stop", "Next sentence"]
    );
    let speeds: Vec<String> = all(&panel, "select[name=rate] option")
        .iter()
        .map(text)
        .collect();
    assert_eq!(speeds, ["0.75×", "1×", "1.25×", "1.5×"]);
    assert!(has(&panel, "select[name=rate] option[value='1'][selected]"));
    assert!(has(&panel, "input[type=checkbox][name=terms]"));
    button.click();
    settle().await;
    assert!(!has(&el, "#listen-panel"));
}

//! Native rendering at build time (feature `ssr`): the same [`App`] the
//! browser runs, rendered to HTML for one page, with the document it shows
//! already in hand. `cargo xtask prerender` writes the result into each
//! page's `index.html`, and the browser build hydrates it (see `mount` in
//! `lib.rs`). Device state (progress, opened terms, saved-offline) renders
//! in its neutral state here and updates after hydration.

use std::sync::Arc;

use gloss_core::content::model::{Article, Index};
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
    };
    // A server-side shared context: Leptos then knows it is not in a browser
    // (no window listeners) and writes hydration markers.
    let context = Arc::new(hydration_context::SsrSharedContext::new());
    let owner = Owner::new_root(Some(context));
    let html = owner.with(|| view! { <App boot/> }.to_html());
    drop(owner);
    html
}

/// The index: every article as a link.
pub fn index(index: Arc<Index>) -> Page {
    let route = Route::default();
    Page {
        html: render(
            route.clone(),
            Preloaded {
                index: Some(index),
                article: None,
            },
        ),
        route,
        title: crate::catalog::page::TITLE.to_owned(),
        description: crate::catalog::page::DESCRIPTION.to_owned(),
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
                index: None,
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
        title: crate::progress::page::TITLE.to_owned(),
        description: crate::progress::page::DESCRIPTION.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_article() -> Arc<Article> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/articles");
        let entry = std::fs::read_dir(dir)
            .ok()
            .and_then(|mut d| d.find_map(|e| e.ok().filter(|e| e.path().extension().is_some_and(|x| x == "json"))))
            .map(|e| e.path());
        let path = entry.unwrap_or_default();
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        Arc::new(gloss_core::parse_article(&id, &text).unwrap_or_else(|e| panic!("{e}")))
    }

    #[test]
    fn renders_an_article() {
        let page = article(sample_article(), None);
        std::fs::write("/tmp/prerender-article.html", &page.html).ok();
        assert!(page.html.contains("<main"), "{}", page.html);
    }
}

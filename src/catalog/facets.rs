//! The categories as links with their counts: every article's counts on a
//! list page, the matches' counts during a search. Links, not a select, so
//! they work without JavaScript and say how much each holds.

use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::i18n::t;
use gloss_core::i18n::Msg;

/// One category and its count.
#[derive(Debug, Clone, PartialEq)]
pub struct Facet {
    pub name: String,
    pub slug: String,
    pub count: u64,
}

/// `current` is the category shown (its slug); with a `query`, the links
/// keep the search.
#[component]
pub fn CategoryLinks(
    facets: Vec<Facet>,
    total: u64,
    current: Option<String>,
    query: Option<String>,
) -> impl IntoView {
    let to = {
        let query = query.clone();
        move |category: Option<&str>| Route::Index {
            category: category.map(str::to_owned),
            query: query.clone(),
            page: 1,
        }
    };
    let all = {
        let is_current = current.is_none();
        view! {
            <li>
                <Link route=to(None) current=Signal::from(is_current)>
                    {t(if query.is_some() { Msg::CategoryAllMatches } else { Msg::CategoryAll })}
                    <span class="facet-count">{format!(" ({total})")}</span>
                </Link>
            </li>
        }
    };
    let items = facets
        .into_iter()
        .map(|f| {
            let is_current = current.as_deref() == Some(f.slug.as_str());
            view! {
                <li>
                    <Link route=to(Some(&f.slug)) current=Signal::from(is_current)>
                        <bdi>{f.name}</bdi>
                        <span class="facet-count">{format!(" ({})", f.count)}</span>
                    </Link>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="facets" aria-label=t(Msg::Categories)>
            <ul>{all}{items}</ul>
        </nav>
    }
}

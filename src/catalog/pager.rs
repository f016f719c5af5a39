//! Links between the pages of a list: newer, "page 2 of 40", older. Real
//! links to real pages, so they work without JavaScript and can be opened
//! in a new tab.

use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;

#[component]
pub fn Pager(page: u32, pages: u32, to_page: impl Fn(u32) -> Route + 'static) -> impl IntoView {
    (pages > 1).then(|| {
        let newer = (page > 1).then(|| to_page(page - 1));
        let older = (page < pages).then(|| to_page(page + 1));
        let first = (page > 2).then(|| to_page(1));
        view! {
            <nav class="pager" aria-label="Pages">
                <ul>
                    {first.map(|route| view! { <li><Link route>"Newest"</Link></li> })}
                    {newer.map(|route| view! { <li><Link route>"← Newer"</Link></li> })}
                    <li class="pager-where" aria-current="page">{format!("Page {page} of {pages}")}</li>
                    {older.map(|route| view! { <li><Link route>"Older →"</Link></li> })}
                </ul>
            </nav>
        }
    })
}

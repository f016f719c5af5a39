//! Links between the pages of a list: newer, "page 2 of 40", older. Real
//! links to real pages, so they work without JavaScript and can be opened
//! in a new tab.

use gloss_core::Route;
use leptos::prelude::*;

use crate::app::nav::Link;
use crate::i18n::{t, tf};
use gloss_core::i18n::Msg;

#[component]
pub fn Pager(page: u32, pages: u32, to_page: impl Fn(u32) -> Route + 'static) -> impl IntoView {
    (pages > 1).then(|| {
        let newer = (page > 1).then(|| to_page(page - 1));
        let older = (page < pages).then(|| to_page(page + 1));
        let first = (page > 2).then(|| to_page(1));
        view! {
            <nav class="pager" aria-label=t(Msg::Pages)>
                <ul>
                    {first.map(|route| view! { <li><Link route>{t(Msg::PagerNewest)}</Link></li> })}
                    {newer.map(|route| view! { <li><Link route>{t(Msg::PagerNewer)}</Link></li> })}
                    <li class="pager-where" aria-current="page">{tf(Msg::PageOf, &[("page", page.into()), ("pages", pages.into())])}</li>
                    {older.map(|route| view! { <li><Link route>{t(Msg::PagerOlder)}</Link></li> })}
                </ul>
            </nav>
        }
    })
}

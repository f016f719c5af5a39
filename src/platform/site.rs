//! Where the site's root is. Pre-rendered pages live in directories below
//! the root (`articles/<id>/`), and each says how to climb back up with
//! `<meta name="gloss:root" content="../../">`. The root is resolved once,
//! against the address the page was loaded from, so it stays right after the
//! app moves between pages with `pushState`.

use std::cell::OnceCell;

use wasm_bindgen::JsCast;

thread_local! {
    static ROOT: OnceCell<Option<String>> = const { OnceCell::new() };
}

fn location_href() -> Option<String> {
    crate::platform::browser::window()?.location().href().ok()
}

/// The site root's absolute URL, ending in `/` (`None` natively).
pub fn root_url() -> Option<String> {
    ROOT.with(|root| {
        root.get_or_init(|| {
            let relative = crate::platform::browser::config("root").unwrap_or_else(|| "./".into());
            let url = web_sys::Url::new_with_base(&relative, &location_href()?).ok()?;
            url.set_search("");
            url.set_hash("");
            Some(url.href())
        })
        .clone()
    })
}

/// `path` (relative to the site root, or absolute) as an absolute URL; as
/// given when there is no root (natively).
pub fn resolve(path: &str) -> String {
    root_url()
        .and_then(|root| web_sys::Url::new_with_base(path, &root).ok())
        .map_or_else(|| path.to_owned(), |url| url.href())
}

/// The address bar's path relative to the site root (e.g. `articles/x/`).
pub fn path_from_root() -> String {
    let Some(root) = root_url().and_then(|r| web_sys::Url::new(&r).ok()) else {
        return String::new();
    };
    let path = crate::platform::browser::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    path.strip_prefix(root.pathname().as_str())
        .unwrap_or_default()
        .to_owned()
}

/// How many directories below the site root the address bar is
/// (`articles/x/` is 2); `None` natively.
pub fn address_depth() -> Option<usize> {
    root_url()?;
    Some(path_from_root().matches('/').count())
}

/// True on a pre-rendered build (its pages say which route they show).
pub fn has_pages() -> bool {
    crate::platform::browser::has_config("route")
}

/// The id of the article this pre-rendered page shows, if it shows one.
pub fn rendered_article() -> Option<String> {
    let route = crate::platform::browser::config("route")?;
    match gloss_core::Route::from_location(&route, "") {
        gloss_core::Route::Article { id, .. } => Some(id),
        _ => None,
    }
}

/// Makes the `<head>`'s relative links (icon, manifest) and the page's own
/// links outside the app (`.authors a`, the footer's "For authors" in
/// `index.html`) absolute, as resolved from the address the page was loaded
/// from: browsers resolve them again when the app moves to a page at
/// another depth with `pushState`, and `../../favicon.svg` means something
/// else there.
pub fn pin_head_links() {
    let Some(links) = crate::platform::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("head link[href],.authors a").ok())
    else {
        return;
    };
    for i in 0..links.length() {
        // `href` is read and written the same way on `<link>` and `<a>`
        // (web-sys's accessors are structural), and the selector matches
        // only those: no type check needed.
        let Some(link) = links
            .item(i)
            .map(JsCast::unchecked_into::<web_sys::HtmlLinkElement>)
        else {
            continue;
        };
        let absolute = link.href();
        if !absolute.is_empty() {
            link.set_href(&absolute);
        }
    }
}

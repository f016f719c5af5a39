//! The memory-only progress store a component gets when none is provided
//! (a bare mount, as in these tests), in a test binary of its own: the
//! store is made once per page, so only the first call shows the bug this
//! guards against. `Owner::new_root` makes its root the current owner, and
//! the store's first use used to leave it so: everything the component
//! rendered after that call lost its contexts (the index page lost its
//! router, so its list never loaded). Run with `scripts/test.sh wasm`.
#![cfg(target_arch = "wasm32")]

use gloss::progress::state::use_progress;
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod dom;
use dom::*;

#[derive(Clone, Copy)]
struct Marker(u32);

#[component]
fn Probe() -> impl IntoView {
    let before = Owner::current();
    let progress = use_progress();
    let same_owner = Owner::current() == before;
    let context = use_context::<Marker>().map_or(0, |m| m.0);
    let attempts = progress.with(|s| s.attempts().len());
    view! {
        <p id="owner">{same_owner.to_string()}</p>
        <p id="context">{context}</p>
        <p id="attempts">{attempts}</p>
    }
}

#[wasm_bindgen_test]
fn the_fallback_store_leaves_the_callers_owner_and_contexts() {
    let el = container();
    let _mounted = leptos::mount::mount_to(el.clone(), || {
        provide_context(Marker(7));
        view! { <Probe/> }
    });
    assert_eq!(
        text(&one(&el, "#owner")),
        "true",
        "the current owner is the caller's again"
    );
    assert_eq!(
        text(&one(&el, "#context")),
        "7",
        "contexts are still found after it"
    );
    assert_eq!(
        text(&one(&el, "#attempts")),
        "0",
        "an empty memory-only store"
    );
}

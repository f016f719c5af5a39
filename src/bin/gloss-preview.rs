//! The author preview's entry point (`assets/preview/index.html`, feature
//! `preview`): installs the panic hook and mounts the preview.

fn main() {
    console_error_panic_hook::set_once();
    gloss::preview::mount();
}

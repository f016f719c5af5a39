//! Entry point: installs the panic hook and mounts the app. Nothing else.

fn main() {
    console_error_panic_hook::set_once();
    gloss::mount();
}

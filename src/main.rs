//! The Wasm entry point: hydrate the prerendered reader, or render it where there is none (`trunk serve`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use statement_reader::ui::Shell;

    // The widget script loads this same module on other people's pages, where there is no
    // `#reader-root`: it then only provides `mount_widget`.
    let Some(root) = gloo::utils::document().get_element_by_id("reader-root") else {
        return;
    };
    // In a task of its own: compiling and starting the module, then hydrating the page, would
    // otherwise block the main thread as one long task.
    gloo::timers::callback::Timeout::new(0, move || {
        use statement_reader::ui::browser::{mark_start, measure_since_start};
        mark_start("statement-reader:hydrate");
        if root.first_element_child().is_some() {
            yew::Renderer::<Shell>::with_root(root).hydrate();
        } else {
            yew::Renderer::<Shell>::with_root(root).render();
        }
        measure_since_start("statement-reader:hydrate");
    })
    .forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("statement-reader is a WebAssembly app: run `cargo xtask serve`.");
}

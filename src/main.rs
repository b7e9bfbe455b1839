//! The Wasm entry point: hydrate the prerendered reader, or render it where there is none (`trunk serve`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use statement_reader::ui::Reader;

    let Some(root) = gloo::utils::document().get_element_by_id("reader-root") else {
        gloo::console::error!("statement-reader: no #reader-root element on the page");
        return;
    };
    if root.first_element_child().is_some() {
        yew::Renderer::<Reader>::with_root(root).hydrate();
    } else {
        yew::Renderer::<Reader>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("statement-reader is a WebAssembly app: run `cargo xtask serve`.");
}

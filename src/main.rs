//! The Wasm entry point: hydrate the prerendered reader, or render it where there is none (`trunk serve`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use statement_reader::ui::Shell;

    // The widget script loads this same module on other people's pages, where there is no
    // `#reader-root`: it then only provides `mount_widget`.
    let Some(root) = gloo::utils::document().get_element_by_id("reader-root") else {
        return;
    };
    if root.first_element_child().is_some() {
        yew::Renderer::<Shell>::with_root(root).hydrate();
    } else {
        yew::Renderer::<Shell>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("statement-reader is a WebAssembly app: run `cargo xtask serve`.");
}

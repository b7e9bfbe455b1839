//! The Wasm entry point: hydrate the prerendered reader, or render it where there is none (`trunk serve`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use statement_reader::ui::Shell;

    // The widget script loads this same module on other people's pages, where there is no
    // `#reader-root`: it then only provides `mount_widget`.
    let Some(root) = gloo::utils::document().get_element_by_id("reader-root") else {
        return;
    };
    // Start-up in turns (the built-in statement's index, its analysis, then hydration: the page's
    // frame and controls; each list and paragraph then follows in a turn of its own, see
    // `ui::deferred`), then `Ready`.
    use statement_reader::ui::browser::{in_turn, mark_start, measure_since_start};
    use statement_reader::ui::{deferred, prepare_builtin_then};
    // No start-up turn runs while a pointer is pressed (a selection being dragged): hydration
    // redraws the text it is anchored in.
    statement_reader::ui::browser::follow_presses_from(&root);
    // The comparing build's own styles (a widget's stylesheet has them already).
    #[cfg(feature = "compare")]
    statement_reader::ui::browser::adopt_stylesheet(include_str!("../styles/compare.css"));
    prepare_builtin_then(move || {
        // The lite first module served the page until now: it stops and hands over its
        // search, which the reader hydrating in the next turn starts with (nothing on screen
        // changes; what the user does meanwhile, the lite module keeps).
        let resumed = statement_reader::ui::browser::take_over_from_lite(&root);
        in_turn(move || {
            mark_start("statement-reader:hydrate");
            if root.first_element_child().is_some() {
                let props = statement_reader::ui::ShellProps { resumed, ..Default::default() };
                deferred::hydrating(|| yew::Renderer::<Shell>::with_root_and_props(root, props).hydrate());
            } else {
                yew::Renderer::<Shell>::with_root(root).render();
            }
            // Yew hydrates in a microtask after this call, in slices: measured up to the next turn
            // (turns wait for its end).
            in_turn(|| measure_since_start("statement-reader:hydrate"));
        });
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("statement-reader is a WebAssembly app: run `cargo xtask serve`.");
}

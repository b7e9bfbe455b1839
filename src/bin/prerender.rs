//! Build-time prerendering: prints the reader's server-side rendered HTML (hydratable) to stdout.
//! `cargo xtask dist` puts it into `dist/index.html`, so the statement is readable before any Wasm
//! runs; with `--widget` it prints the embedded reader instead (no landmarks, a widget's host),
//! which `cargo xtask dist` wraps in a declarative shadow root for the prerendered widget snippet.

use statement_reader::ui::{Host, Shell, ShellProps};

fn main() {
    let widget = std::env::args().any(|a| a == "--widget");
    // The props are made on the rendering thread (a callback is not `Send`).
    let props = move || {
        if widget {
            ShellProps {
                host: Host::Widget { settings: Default::default(), on_event: yew::Callback::noop() },
                resumed: None,
            }
        } else {
            ShellProps::default()
        }
    };
    let html = futures::executor::block_on(yew::ServerRenderer::<Shell>::with_props(props).hydratable(true).render());
    match statement_reader::ui::deferred::finish_prerendered(&html) {
        Ok(html) => print!("{html}"),
        Err(message) => {
            eprintln!("prerender: {message}");
            std::process::exit(1);
        }
    }
}

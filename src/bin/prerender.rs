//! Build-time prerendering: prints the reader's server-side rendered HTML (hydratable) to stdout.
//! `cargo xtask dist` puts it into `dist/index.html`, so the statement is readable before any Wasm runs.

use statement_reader::ui::Shell;

fn main() {
    let html = futures::executor::block_on(yew::ServerRenderer::<Shell>::new().hydratable(true).render());
    print!("{html}");
}

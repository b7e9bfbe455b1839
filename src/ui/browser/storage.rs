//! Storage: the colour scheme and raw saved data (gloo's localStorage), and other tabs' changes.
//!
//! Private mode, a full disk or blocked storage make these return nothing or `false`: the
//! reader then remembers less, and says so where it matters (highlights).

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::app::ColorScheme;

/// Where the chosen colour scheme is kept. `scheme.js` reads the same key before first paint.
pub use crate::app::scheme::COLOR_SCHEME_KEY;

/// Where the "colour names" switch is kept (the page only).
pub use crate::app::scheme::NAMES_SHOWN_KEY;

/// Whether the reader chose to colour names; off when nothing (or something unreadable) is saved.
pub fn load_names_shown() -> bool {
    LocalStorage::get::<bool>(NAMES_SHOWN_KEY).unwrap_or(false)
}

/// Remembers the switch; off removes the key (the default). (`statement-dom`'s, as the lite
/// module's.)
pub fn save_names_shown(on: bool) {
    if !statement_dom::save_names_shown(on) {
        gloo::console::warn!("statement-reader: could not remember the names switch");
    }
}

/// The saved colour scheme; `Auto` when nothing (or something unreadable) is saved.
pub fn load_color_scheme() -> ColorScheme {
    LocalStorage::get::<String>(COLOR_SCHEME_KEY).ok().and_then(|s| ColorScheme::parse(&s)).unwrap_or_default()
}

/// Saves the choice; `Auto` removes the key so the system preference rules again.
/// (`statement-dom`'s, as the lite module's.)
pub fn save_color_scheme(scheme: ColorScheme) {
    if !statement_dom::save_color_scheme(scheme) {
        gloo::console::warn!("statement-reader: could not save the colour scheme");
    }
}

/// The raw text saved under `key` in localStorage (gloo's handle), if any and if readable.
pub fn read_raw(key: &str) -> Option<String> {
    use gloo::storage::Storage as _;
    gloo::storage::LocalStorage::raw().get_item(key).ok().flatten()
}

/// Saves `value` under `key`; `false` when storage refuses (full, blocked, private mode).
pub fn write_raw(key: &str, value: &str) -> bool {
    use gloo::storage::Storage as _;
    gloo::storage::LocalStorage::raw().set_item(key, value).is_ok()
}

/// Calls `on_change` when another tab changes `key`. Dropping the listener removes it.
pub fn on_storage_change(key: String, on_change: impl Fn() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "storage", move |event| {
        let changed = event.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
        if changed.as_deref() == Some(key.as_str()) {
            on_change();
        }
    })
}

/// This tab's statement opened from a file (`NAME\nTEXT`): a reload, or the switch to the
/// comparing build, shows it again.
pub const SHOWN_FILE_KEY: &str = "statement-reader:shown-file";
/// What this tab compares with: `builtin`, or `file NAME\nTEXT`. `boot.js` loads the comparing
/// build when it is present (as when `?compare=` is).
pub const COMPARE_WITH_KEY: &str = "statement-reader:compare-with";

/// Reads `key` from this tab's sessionStorage.
pub fn read_session(key: &str) -> Option<String> {
    use gloo::storage::Storage as _;
    gloo::storage::SessionStorage::raw().get_item(key).ok().flatten()
}

/// Writes (or with `None` removes) `key` in this tab's sessionStorage; `false` when refused.
pub fn write_session(key: &str, value: Option<&str>) -> bool {
    use gloo::storage::Storage as _;
    let storage = gloo::storage::SessionStorage::raw();
    match value {
        Some(value) => storage.set_item(key, value).is_ok(),
        None => storage.remove_item(key).is_ok(),
    }
}

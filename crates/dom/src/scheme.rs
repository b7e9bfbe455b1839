//! The page's colour scheme and names switch: shown and remembered the same way by both modules
//! (`scheme.js` reads the scheme's key before first paint; the full reader reads both when it
//! starts).

use statement_app::scheme::{COLOR_SCHEME_KEY, NAMES_SHOWN_KEY};
use statement_app::ColorScheme;

/// Sets `data-color-scheme` on the page's `<html>`, which the stylesheet follows (`Auto`: the
/// system's).
pub fn apply_color_scheme(scheme: ColorScheme) {
    let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match scheme {
        ColorScheme::Auto => html.remove_attribute("data-color-scheme"),
        other => html.set_attribute("data-color-scheme", other.as_str()),
    };
}

/// Remembers the scheme (as JSON, `"dark"`); `Auto` forgets it, so the system's rules again.
/// `false` when storage refused it.
pub fn save_color_scheme(scheme: ColorScheme) -> bool {
    match scheme {
        ColorScheme::Auto => forget(COLOR_SCHEME_KEY),
        other => remember(COLOR_SCHEME_KEY, &format!("\"{}\"", other.as_str())),
    }
}

/// Remembers the names switch (`true`); off forgets it (the default). `false` when storage
/// refused it.
pub fn save_names_shown(on: bool) -> bool {
    if on {
        remember(NAMES_SHOWN_KEY, "true")
    } else {
        forget(NAMES_SHOWN_KEY)
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn remember(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

fn forget(key: &str) -> bool {
    storage().is_some_and(|s| s.remove_item(key).is_ok())
}

//! The address bar's search state, read the same way by both modules.

use statement_app::UrlState;

/// The search state in the address bar (`?q=…&case=1&word=1&mode=highlight`); the default
/// when there is no window or the address does not parse.
pub fn read_url_state() -> UrlState {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return UrlState::default();
    };
    let values: Vec<(&str, String)> =
        UrlState::NAMES.iter().filter_map(|name| params.get(name).map(|v| (*name, v))).collect();
    UrlState::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())))
}

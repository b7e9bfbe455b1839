//! The address bar's search state, read and written the same way by both modules.

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

/// The page's address for `state`: this page's path, its other parameters untouched (`?src=`,
/// a campaign tag…), the state's own parameters, the current `#pN`. Relative unless `absolute`.
pub fn url_for(state: &UrlState, absolute: bool) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let search = location.search().unwrap_or_default();
    let query: String = match web_sys::UrlSearchParams::new_with_str(&search) {
        Ok(params) => {
            for name in UrlState::NAMES {
                params.delete(name);
            }
            for (name, value) in state.to_pairs() {
                params.append(name, &value);
            }
            query_text(&params)
        }
        Err(_) => String::new(),
    };
    let origin = if absolute { location.origin().unwrap_or_default() } else { String::new() };
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if query.is_empty() {
        format!("{origin}{path}{hash}")
    } else {
        format!("{origin}{path}?{query}{hash}")
    }
}

/// The address's search as written. A colon is a query's own character (RFC 3986):
/// `?compare=shelf:ID` stays readable, where UrlSearchParams would write `shelf%3AID`.
pub fn query_text(params: &web_sys::UrlSearchParams) -> String {
    // By hand, not `str::replace`: its substring searcher would weigh on the lite module.
    let written = String::from(params.to_string());
    let mut query = String::with_capacity(written.len());
    let mut rest = written.as_str();
    // Slices by `get`, which cannot panic: the lite module carries no panic path for them.
    while let Some((head, from)) = rest.find('%').and_then(|at| rest.split_at_checked(at)) {
        query.push_str(head);
        let escape = from.get(..3).unwrap_or(from);
        query.push_str(if escape == "%3A" { ":" } else { escape });
        rest = from.get(escape.len()..).unwrap_or_default();
    }
    query.push_str(rest);
    query
}

/// Writes `state` into the address bar without a history entry, keeping the path, the other
/// parameters and `#pN`; nothing when the address says it already.
pub fn replace_url(state: &UrlState) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let url = url_for(state, false);
    let current = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if url != current {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

//! The browser edge: storage, the address bar, focus and the document element.
//!
//! Every function degrades to a no-op when the API is missing or fails (private mode,
//! blocked storage, detached nodes): the reader keeps working, it just remembers less.

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use yew::NodeRef;

use crate::app::{global_key, ColorScheme, GlobalKey, UrlState};

/// Where the chosen colour scheme is kept. `scheme.js` reads the same key before first paint.
pub const COLOR_SCHEME_KEY: &str = "statement-reader:color-scheme";

/// The saved colour scheme; `Auto` when nothing (or something unreadable) is saved.
pub fn load_color_scheme() -> ColorScheme {
    LocalStorage::get::<String>(COLOR_SCHEME_KEY)
        .ok()
        .and_then(|s| ColorScheme::parse(&s))
        .unwrap_or_default()
}

/// Saves the choice; `Auto` removes the key so the system preference rules again.
pub fn save_color_scheme(scheme: ColorScheme) {
    match scheme {
        ColorScheme::Auto => LocalStorage::delete(COLOR_SCHEME_KEY),
        other => {
            if let Err(error) = LocalStorage::set(COLOR_SCHEME_KEY, other.as_str()) {
                gloo::console::warn!(format!("statement-reader: could not save the colour scheme: {error}"));
            }
        }
    }
}

/// Sets `data-color-scheme` on `<html>`, which the stylesheet follows.
pub fn apply_color_scheme(scheme: ColorScheme) {
    let Some(html) = gloo::utils::document().document_element() else {
        return;
    };
    let _ = match scheme {
        ColorScheme::Auto => html.remove_attribute("data-color-scheme"),
        other => html.set_attribute("data-color-scheme", other.as_str()),
    };
}

/// The address bar's fragment, e.g. `#p9` (empty when there is none).
pub fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new fragment whenever it changes. Dropping the listener removes it.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| on_change(current_fragment()))
}

/// Scrolls paragraph `number` of the reader under `root` to the top and focuses it.
pub fn focus_paragraph(root: &NodeRef, number: usize) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(element)) = root.query_selector(&format!("#p{number}")) else {
        return;
    };
    element.scroll_into_view_with_bool(true);
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

/// The search state in the address bar (`?q=…&case=1&word=1&mode=highlight`).
pub fn read_url_state() -> UrlState {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return UrlState::default();
    };
    let values: Vec<(&str, String)> = UrlState::NAMES
        .iter()
        .filter_map(|name| params.get(name).map(|v| (*name, v)))
        .collect();
    UrlState::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())))
}

/// The page's address for `state`: this page's path, its other parameters untouched (`?src=`,
/// a campaign tag…), the state's own parameters, the current `#pN`. Relative unless `absolute`.
pub fn url_for(state: &UrlState, absolute: bool) -> String {
    let location = gloo::utils::window().location();
    let search = location.search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let query: String = match params {
        Some(params) => {
            for name in UrlState::NAMES {
                params.delete(name);
            }
            for (name, value) in state.to_pairs() {
                params.append(name, &value);
            }
            params.to_string().into()
        }
        None => String::new(),
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

/// Writes the state into the address bar without a history entry, keeping the path and `#pN`.
pub fn replace_url(state: &UrlState) {
    let window = gloo::utils::window();
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

/// Copies `text` to the clipboard; `done` learns whether it worked.
pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Listens for the reader's page-wide keys (`/`, F3, Shift+F3). Dropping the listener removes it.
pub fn on_global_key(on_key: impl Fn(GlobalKey) + 'static) -> EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let in_text_field = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.is_content_editable())
            });
        let modified = event.ctrl_key() || event.alt_key() || event.meta_key();
        if let Some(key) = global_key(&event.key(), event.shift_key(), modified, in_text_field) {
            event.prevent_default();
            on_key(key);
        }
    })
}

/// Focuses (and selects) the search box of the reader under `root`.
pub fn focus_search(root: &NodeRef) {
    let input = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector("input[type=search]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Brings match `k` of the reader under `root` to the middle of the view, unless it is already
/// comfortably in view. `smoothly` lets the stylesheet animate it (it does not under reduced motion).
pub fn scroll_hit_into_view(root: &NodeRef, k: usize, smoothly: bool) {
    let Some(root) = root.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(mark)) = root.query_selector(&format!("mark[data-hit=\"{k}\"]")) else {
        return;
    };
    let rect = mark.get_bounding_client_rect();
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    // The sticky top bar covers the first ~25% on phones; keep matches below it.
    if rect.top() > height * 0.25 && rect.bottom() < height * 0.9 {
        return;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    if !smoothly {
        options.set_behavior(web_sys::ScrollBehavior::Instant);
    }
    mark.scroll_into_view_with_scroll_into_view_options(&options);
}

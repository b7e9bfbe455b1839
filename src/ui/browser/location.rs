//! The address bar and history: the fragment, the reader's parameters, `?src=`, links to a
//! paragraph, and `<html data-color-scheme>`.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

use crate::core::ParagraphNumber;

/// Sets `data-color-scheme` on `<html>` (`statement-dom`'s, as the lite module's).
pub use statement_dom::apply_color_scheme;

/// Adds `css` to the page's styles as a constructed stylesheet (which the CSP's `style-src 'self'`
/// allows, unlike an inline `<style>`): the comparing build brings its own styles this way, so
/// they are not in the first load, and they come pinned with its module.
pub fn adopt_stylesheet(css: &str) {
    let Ok(sheet) = web_sys::CssStyleSheet::new() else { return };
    if sheet.replace_sync(css).is_err() {
        return;
    }
    let document = gloo::utils::document();
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
}

/// The address bar's fragment, e.g. `#p9` (empty when there is none).
pub fn current_fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Calls `on_change` with the new fragment whenever it changes. Dropping the listener removes it.
pub fn on_hash_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| on_change(current_fragment()))
}

/// The search state in the address bar (`statement-dom`'s, shared with the lite module).
pub use statement_dom::read_url_state;

use statement_dom::query_text;
/// The page's address for a state, and writing it (`statement-dom`'s, shared with the lite
/// module).
pub use statement_dom::{replace_url, url_for};

/// The `?src=` parameter of the page's address, if any.
pub fn read_src_param() -> Option<String> {
    read_param("src")
}

/// The `?compare=` parameter: the statement the shown one is compared with.
pub fn read_compare_param() -> Option<String> {
    read_param("compare")
}

fn read_param(name: &str) -> Option<String> {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name).filter(|s| !s.trim().is_empty())
}

/// A link to paragraph `number` of the page as it is (its `?src=` kept, the view's parameters
/// The page as it is, without the view's parameters or a fragment (its `?src=` kept): what a
/// citation or an export should point at.
pub fn page_link() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let src = read_src_param().and_then(|src| {
        let params = web_sys::UrlSearchParams::new().ok()?;
        params.append("src", &src);
        Some(format!("?{}", String::from(params.to_string())))
    });
    format!("{origin}{path}{}", src.unwrap_or_default())
}

/// A link to paragraph `number` of the page as it is ([`page_link`] and `#pN`).
pub fn paragraph_link(number: ParagraphNumber) -> String {
    format!("{}#p{number}", page_link())
}

/// Removes `?src=` from the address bar (the reader went back to its built-in statement).
pub fn forget_src_param() {
    forget_param("src");
}

/// Removes `?compare=` from the address bar (the reader stopped comparing).
pub fn forget_compare_param() {
    forget_param("compare");
}

/// Loads the page again (to start the comparing build: `boot.js` picks it).
pub fn reload() {
    let _ = gloo::utils::window().location().reload();
}

fn forget_param(name: &str) {
    let window = gloo::utils::window();
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default()) else { return };
    params.delete(name);
    let query = query_text(&params);
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        if query.is_empty() { String::new() } else { format!("?{query}") },
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The shelf view's address: `?shelf`, its search as `&q=…`, and a theme or a stance followed
/// across it as `&theme=ID` or `&stance=ID` (the reader's own parameters).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShelfAddress {
    pub query: String,
    /// The lens as the shelf's choice names it (`theme:china`), empty without one.
    pub lens: String,
}

impl ShelfAddress {
    /// `?shelf` and its parameters, relative to the page.
    pub fn url(&self) -> String {
        let mut url = String::from("?shelf");
        let query = self.query.trim();
        if !query.is_empty() {
            url.push_str(&format!("&q={}", String::from(js_sys::encode_uri_component(query))));
        }
        if let Some((kind, id)) = self.lens.split_once(':') {
            url.push_str(&format!("&{kind}={}", String::from(js_sys::encode_uri_component(id))));
        }
        url
    }
}

/// `Some` when the address asks for the shelf view.
pub fn read_shelf_param() -> Option<ShelfAddress> {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    if !params.has("shelf") {
        return None;
    }
    let lens = ["theme", "stance"]
        .into_iter()
        .find_map(|kind| params.get(kind).filter(|id| !id.is_empty()).map(|id| format!("{kind}:{id}")))
        .unwrap_or_default();
    Some(ShelfAddress { query: params.get("q").unwrap_or_default(), lens })
}

/// Keeps the shelf's search and lens in the address bar (the entry replaced: typing makes no
/// history).
pub fn write_shelf_address(address: &ShelfAddress) {
    let window = gloo::utils::window();
    let _ = window.history().map(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&address.url())));
}

/// Goes to `url` (a full navigation: the shelf and the reader are each the page's own view).
pub fn go_to(url: &str) {
    let _ = gloo::utils::window().location().assign(url);
}

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
    LocalStorage::get::<String>(COLOR_SCHEME_KEY).ok().and_then(|s| ColorScheme::parse(&s)).unwrap_or_default()
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
    if let Ok(Some(element)) = root.query_selector(&format!("#p{number}")) {
        focus_element(&element);
    }
}

/// Scrolls `element` to the top and focuses it without a second scroll. Paragraphs above it may
/// change height as they are first laid out (`content-visibility: auto`), so when the scroll
/// ends it checks and, if the element drifted out of view, scrolls once more.
fn focus_element(element: &web_sys::Element) {
    element.scroll_into_view_with_bool(true);
    let again = element.clone();
    // Listen for this scroll's end only: if no scroll happens, the listener is dropped shortly, so a
    // later scroll by the user never pulls the page back here.
    let listener = EventListener::once(&gloo::utils::window(), "scrollend", move |_| {
        let rect = again.get_bounding_client_rect();
        let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if rect.bottom() < 0.0 || rect.top() > height {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_behavior(web_sys::ScrollBehavior::Instant);
            again.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    gloo::timers::callback::Timeout::new(1_500, move || drop(listener)).forget();
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
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
    let values: Vec<(&str, String)> =
        UrlState::NAMES.iter().filter_map(|name| params.get(name).map(|v| (*name, v))).collect();
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

/// Listens on `target` (the document, or a widget's root) for the reader's keys (`/`, F3,
/// Shift+F3, `[`, `]`). Dropping the listener removes it.
pub fn on_global_key(target: &web_sys::EventTarget, on_key: impl Fn(GlobalKey) + 'static) -> EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(target, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let in_text_field = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
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

/// The viewport's vertical span in the coordinates of `root`'s top bar and window: the top is
/// below the sticky top bar (when there is one).
fn reading_viewport(root: &web_sys::Element) -> (f64, f64) {
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let top = root
        .query_selector(".topbar")
        .ok()
        .flatten()
        .map_or(0.0, |bar| bar.get_bounding_client_rect().bottom().max(0.0));
    (top, height)
}

/// The shown paragraphs of the reader under `root`: (index from 0, element), in document order.
fn shown_paragraphs(root: &web_sys::Element) -> Vec<(usize, web_sys::Element)> {
    let Ok(list) = root.query_selector_all("p[data-paragraph]:not([hidden])") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|el| {
            let number: usize = el.get_attribute("data-paragraph")?.parse().ok()?;
            Some((number.checked_sub(1)?, el))
        })
        .collect()
}

/// Moves to the next (or previous) shown paragraph after the one being read, and focuses it;
/// returns its index. The one being read is the focused paragraph, else `last` (the one this
/// last moved to, while it is in view or `recent` — a smooth scroll may not have arrived yet),
/// else the first whose top is in view.
pub fn step_paragraph(root: &NodeRef, forward: bool, last: Option<usize>, recent: bool) -> Option<usize> {
    let root = root.cast::<web_sys::Element>()?;
    let shown = shown_paragraphs(&root);
    let (top, bottom) = reading_viewport(&root);
    let focused = gloo::utils::document().active_element();
    let in_view = |el: &web_sys::Element| {
        let rect = el.get_bounding_client_rect();
        rect.bottom() > top && rect.top() < bottom
    };
    let here = shown
        .iter()
        .position(|(_, el)| focused.as_ref() == Some(el))
        .or_else(|| shown.iter().position(|(index, el)| Some(*index) == last && (recent || in_view(el))));
    let target = match (here, forward) {
        (Some(i), true) => i + 1,
        (Some(i), false) => i.checked_sub(1)?,
        // A paragraph brought to the top sits just under the bar (its scroll margin): it is the
        // one being read, so "next" starts below that.
        (None, true) => shown.iter().position(|(_, el)| el.get_bounding_client_rect().top() > top + 48.0)?,
        (None, false) => shown.iter().rposition(|(_, el)| el.get_bounding_client_rect().top() < top - 1.0)?,
    };
    let (index, element) = shown.get(target)?;
    focus_element(element);
    Some(*index)
}

/// Where the viewport is, in paragraph units: `(top, bottom)` where `3.5` means halfway down
/// paragraph index 3. `None` when no paragraph is shown.
pub fn viewport_in_paragraphs(root: &NodeRef) -> Option<(f64, f64)> {
    let root = root.cast::<web_sys::Element>()?;
    let (top, bottom) = reading_viewport(&root);
    let mut span: Option<(f64, f64)> = None;
    for (index, el) in shown_paragraphs(&root) {
        let rect = el.get_bounding_client_rect();
        if rect.height() <= 0.0 || rect.bottom() <= top {
            continue;
        }
        if rect.top() >= bottom {
            break;
        }
        let at = |y: f64| index as f64 + ((y - rect.top()) / rect.height()).clamp(0.0, 1.0);
        let start = span.map_or_else(|| at(top), |(s, _)| s);
        span = Some((start, at(bottom)));
    }
    span
}

/// Calls `on_change` (at most once per frame) when the page scrolls or resizes.
pub fn on_viewport_change(on_change: impl Fn() + 'static) -> Vec<EventListener> {
    let window = gloo::utils::window();
    let pending = std::rc::Rc::new(std::cell::RefCell::new(None::<gloo::render::AnimationFrame>));
    let on_change = std::rc::Rc::new(on_change);
    let schedule = move || {
        let mut slot = pending.borrow_mut();
        if slot.is_none() {
            let pending = pending.clone();
            let on_change = on_change.clone();
            *slot = Some(gloo::render::request_animation_frame(move |_| {
                pending.borrow_mut().take();
                on_change();
            }));
        }
    };
    let passive = gloo::events::EventListenerOptions::default();
    let on_scroll = schedule.clone();
    vec![
        EventListener::new_with_options(&window, "scroll", passive, move |_| on_scroll()),
        EventListener::new(&window, "resize", move |_| schedule()),
    ]
}

/// The glossary term (`.term`) an event happened on: its entry id and its element.
pub fn term_of(event: &web_sys::Event) -> Option<(String, web_sys::Element)> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let term = target.closest(".term").ok()??;
    Some((term.get_attribute("data-term")?, term))
}

/// The `data-index` of the element an event happened on (or its nearest ancestor with one).
pub fn data_index_of(event: &web_sys::Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-index]").ok()??.get_attribute("data-index")?.parse().ok()
}

/// Places the tooltip `tip` under (or, without room, above) `anchor`, inside the reader `root`
/// (which is `position: relative`). Uses the CSSOM, which a strict Content-Security-Policy allows.
pub fn place_tooltip(root: &NodeRef, tip: &NodeRef, anchor: &web_sys::Element) {
    let (Some(root), Some(tip)) = (root.cast::<web_sys::Element>(), tip.cast::<web_sys::HtmlElement>()) else {
        return;
    };
    let window = gloo::utils::window();
    let view_width = window.inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(0.0);
    let view_height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let (origin, at) = (root.get_bounding_client_rect(), anchor.get_bounding_client_rect());
    let (width, height) = (f64::from(tip.offset_width()), f64::from(tip.offset_height()));
    let left = at.left().min(view_width - width - 8.0).max(8.0);
    let below = at.bottom() + 6.0;
    let top =
        if below + height > view_height && at.top() - height - 6.0 > 0.0 { at.top() - height - 6.0 } else { below };
    let style = tip.style();
    let _ = style.set_property("left", &format!("{}px", left - origin.left()));
    let _ = style.set_property("top", &format!("{}px", top - origin.top()));
}

/// The `#fragment` of the in-page link (`<a href="#…">`) a click landed on, if any.
pub fn in_page_link(event: &web_sys::MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let href = target.closest("a[href^='#']").ok()??.get_attribute("href")?;
    Some(href)
}

/// Focuses the element `selector` (e.g. `#statement`) of the reader under `root`.
pub fn focus_selector(root: &NodeRef, selector: &str) {
    let found = root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten());
    if let Some(element) = found {
        focus_element(&element);
    }
}

/// Fetches `src` (resolved against the page) for a reader: only `http(s)` addresses, at most
/// [`MAX_DOCUMENT_BYTES`] (refused from `Content-Length` before downloading when it says so).
/// Errors are sentences for the reader's alert.
pub async fn fetch_document(src: &str) -> Result<(Vec<u8>, String), String> {
    use crate::core::formats::{LoadError, MAX_DOCUMENT_BYTES};
    let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| format!("“{src}” is not a valid address."))?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return Err(format!("Only http and https addresses can be loaded, not “{}”.", url.protocol()));
    }
    let href = url.href();
    let failed =
        || format!("Could not fetch {href}: the network failed, or that server does not let this page read it (CORS).");
    let response = wasm_bindgen_futures::JsFuture::from(gloo::utils::window().fetch_with_str(&href))
        .await
        .map_err(|_| failed())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| failed())?;
    if !response.ok() {
        return Err(format!("The server answered {} {} for {href}.", response.status(), response.status_text()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|v| v.parse::<usize>().ok());
    if let Some(bytes) = declared.filter(|&b| b > MAX_DOCUMENT_BYTES) {
        return Err(LoadError::TooLarge { bytes }.to_string());
    }
    let buffer = response.array_buffer().map_err(|_| failed())?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer).await.map_err(|_| failed())?;
    Ok((js_sys::Uint8Array::new(&buffer).to_vec(), href))
}

/// The `?src=` parameter of the page's address, if any.
pub fn read_src_param() -> Option<String> {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get("src").filter(|s| !s.trim().is_empty())
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

/// Offers `contents` as a file download named `name` (Blob + object URL + a temporary link).
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The current time as ISO 8601 (the browser's clock).
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A new random id.
pub fn new_id() -> String {
    format!(
        "{:08x}{:08x}",
        (js_sys::Math::random() * 4_294_967_295.0) as u32,
        (js_sys::Math::random() * 4_294_967_295.0) as u32
    )
}

/// The user's text selection, when it lies within one paragraph of the reader under `root`:
/// the paragraph's number, the selection's byte range in its text, and where to show a toolbar
/// (relative to `root`: left, top).
pub fn paragraph_selection(root: &NodeRef) -> Option<(usize, std::ops::Range<usize>, f64, f64)> {
    let root = root.cast::<web_sys::Element>()?;
    // Inside a widget's shadow root, Chromium reports the selection there (`shadowRoot.getSelection`).
    let in_shadow = root.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().and_then(|shadow| {
        let get = js_sys::Reflect::get(&shadow, &"getSelection".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        get.call0(&shadow).ok()?.dyn_into::<web_sys::Selection>().ok()
    });
    let selection = in_shadow.or_else(|| gloo::utils::window().get_selection().ok().flatten())?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let end_node = range.end_container().ok()?;
    let paragraph_of = |node: &web_sys::Node| -> Option<web_sys::Element> {
        let element = if node.node_type() == web_sys::Node::ELEMENT_NODE {
            node.clone().dyn_into::<web_sys::Element>().ok()?
        } else {
            node.parent_element()?
        };
        element.closest("p[data-paragraph]").ok()?
    };
    let paragraph = paragraph_of(&start_node)?;
    if paragraph_of(&end_node).as_ref() != Some(&paragraph) || !root.contains(Some(&paragraph)) {
        return None;
    }
    let number: usize = paragraph.get_attribute("data-paragraph")?.parse().ok()?;
    // Byte offsets in the paragraph's text: measure the text before each boundary.
    let offset = |node: &web_sys::Node, offset: u32| -> Option<usize> {
        let before = gloo::utils::document().create_range().ok()?;
        before.set_start(&paragraph, 0).ok()?;
        before.set_end(node, offset).ok()?;
        Some(String::from(before.to_string()).len())
    };
    let start = offset(&start_node, range.start_offset().ok()?)?;
    let end = offset(&end_node, range.end_offset().ok()?)?;
    if start >= end {
        return None;
    }
    let rect = range.get_bounding_client_rect();
    let origin = root.get_bounding_client_rect();
    Some((number, start..end, rect.left() - origin.left(), rect.bottom() - origin.top()))
}

/// Clears the user's text selection.
pub fn clear_selection() {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}

/// A link to paragraph `number` of the page as it is (its `?src=` kept, the view's parameters
/// dropped): what a citation should point at.
pub fn paragraph_link(number: usize) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let src = read_src_param().map(|src| {
        let params = web_sys::UrlSearchParams::new().ok();
        params.map(|p| {
            p.append("src", &src);
            format!("?{}", String::from(p.to_string()))
        })
    });
    format!("{origin}{path}{}#p{number}", src.flatten().unwrap_or_default())
}

/// Moves the absolutely positioned `element` to (`left`, `top`) px (through the CSSOM, which a
/// strict Content-Security-Policy allows).
pub fn place_at(element: &NodeRef, left: f64, top: f64) {
    if let Some(element) = element.cast::<web_sys::HtmlElement>() {
        let style = element.style();
        let _ = style.set_property("left", &format!("{}px", left.max(0.0)));
        let _ = style.set_property("top", &format!("{}px", top + 8.0));
    }
}

/// Reads a file the user picked as text; `done` gets it, or an error sentence.
pub fn read_file_text(file: web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
        done(text.ok().and_then(|t| t.as_string()).ok_or_else(|| "The file could not be read.".to_owned()));
    });
}

/// The clock in milliseconds.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

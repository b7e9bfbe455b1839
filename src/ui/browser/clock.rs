//! The browser's clock and random ids.

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

/// The clock in milliseconds.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Marks the start of `name` in the page's performance timeline (nothing when prerendering).
pub fn mark_start(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(&format!("{name}:start"));
    }
}

fn performance() -> Option<web_sys::Performance> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()?.performance()
    } else {
        None
    }
}

/// Records `name` in the performance timeline, from its [`mark_start`] to now: where developer
/// tools and `cargo xtask bench` read it.
pub fn measure_since_start(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.measure_with_start_mark(name, &format!("{name}:start"));
    }
}

//! Whom the lite module serves (the page, or a prerendered `<statement-reader>`), and what it
//! does for a widget: which attributes it serves, the element's API, events to the host page.
//! The widget's code is built only with the `widget` feature: the page's first module (built
//! without it) carries none of it.

#[cfg(feature = "widget")]
use std::rc::Rc;

#[cfg(feature = "widget")]
use statement_app::{UrlState, WidgetSettings};
#[cfg(feature = "widget")]
use wasm_bindgen::prelude::*;

#[cfg(feature = "widget")]
use crate::{attach, LensPreview, Lite, Page};

/// Whom the lite module serves.
pub enum Host {
    /// The standalone page: the address bar, the saved colour scheme, page-wide keys.
    Page,
    /// A prerendered `<statement-reader>` (the element): keys only inside it, events to the host
    /// page, nothing saved, the host's address untouched.
    #[cfg(feature = "widget")]
    Widget(web_sys::Element),
}

impl Host {
    /// The element, when serving a widget (never in the page's build).
    pub fn widget(&self) -> Option<&web_sys::Element> {
        match self {
            Host::Page => None,
            #[cfg(feature = "widget")]
            Host::Widget(element) => Some(element),
        }
    }
}

/// The widget's attributes this module serves; any other (a lens, a scheme, names, another
/// statement, a comparison, opening files) is the full reader's.
#[cfg(feature = "widget")]
const WIDGET_ATTRIBUTES_SERVED: [&str; 4] = ["q", "match-case", "whole-word", "mode"];

/// What the element's attributes ask for, when this module can serve all of it.
#[cfg(feature = "widget")]
pub fn widget_view(element: &web_sys::Element) -> Option<UrlState> {
    let mut present = Vec::new();
    for name in WidgetSettings::ATTRIBUTES {
        if let Some(value) = element.get_attribute(name) {
            if !WIDGET_ATTRIBUTES_SERVED.contains(&name) {
                return None;
            }
            present.push((name, value));
        }
    }
    Some(WidgetSettings::from_attributes(present.iter().map(|(n, v)| (*n, v.as_str()))).view)
}

/// Whether this device keeps highlights (the full reader shows them on the text).
#[cfg(feature = "widget")]
pub fn keeps_highlights() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .any(|key| key.starts_with(statement_core::annotations::STORAGE_KEY_PREFIX))
}

/// Serves the reader prerendered into a widget's `frame` (`statement-reader.js` calls it for
/// each prerendered element). `None` when the lite module cannot show what the full reader
/// would — the element asks for more than a search, or this device keeps highlights — or the
/// frame lacks what a search needs: the element then starts the full reader at once.
#[cfg(feature = "widget")]
#[wasm_bindgen]
pub fn serve_widget(
    element: web_sys::Element,
    frame: web_sys::Element,
    lens_preview: Option<js_sys::Function>,
) -> Option<LiteWidget> {
    widget_view(&element)?;
    if keeps_highlights() {
        return None;
    }
    let page = Page::find_in(frame)?;
    Some(LiteWidget { lite: attach(page, Host::Widget(element), LensPreview::with(lens_preview))? })
}

/// A widget the lite module serves.
#[cfg(feature = "widget")]
#[wasm_bindgen]
pub struct LiteWidget {
    lite: Rc<Lite>,
}

#[cfg(feature = "widget")]
#[wasm_bindgen]
impl LiteWidget {
    /// The element's attributes changed: a search is applied at once; anything else starts the
    /// full reader, which reads them.
    pub fn update(&self) {
        self.lite.apply_attributes();
    }

    /// The element was removed: the lite module stops listening.
    pub fn unmount(&self) {
        self.lite.stop();
    }
}

#[cfg(feature = "widget")]
pub use statement_dom::report;

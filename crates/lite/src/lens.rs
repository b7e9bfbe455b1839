//! What a tap shows at once while the lite module serves. A theme or a stance: shown within the
//! frame, over the prerendered text, by the rule and stylesheet a shared link to a lens is shown
//! with (`lensPreview`, assets/lens-preview.js, handed over by the page's head script or the
//! widget's script). The names switch: mentions coloured. Each is kept as the click it was,
//! which the full reader does for real once it takes over; then the preview goes, in the same
//! task (no frame between). Until then the previews live in their own stylesheet and attributes:
//! at the hand-over the paragraphs' `hidden` go back to the search's alone (the lens's sheet
//! still hides them), so the full reader hydrates exactly what its state says, and whatever
//! clicks it replays (a lens on, then off again) leave nothing of the preview behind.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::query::{all, set_flag};
use crate::Lite;

/// On `[data-reader]` while a lens tapped here is shown; the preview's rules are scoped to it.
const PREVIEW_ATTRIBUTE: &str = "data-lens-preview";
const PREVIEW_SCOPE: &str = "[data-reader][data-lens-preview]";
/// On `[data-reader]` while names switched on here are shown (styles/reader.css).
const NAMES_PREVIEW_ATTRIBUTE: &str = "data-names-preview";

/// The lenses this module shows at once: (kind, the link's hook attribute).
const KINDS: [(&str, &str); 2] = [("theme", "data-theme-link"), ("stance", "data-stance-link")];

/// The lens shown before the full reader is there.
#[derive(Default)]
pub struct LensPreview {
    /// `lensPreview(lens, scope)`; `None` where the page has none (then the full reader shows
    /// the lens, as before).
    function: Option<js_sys::Function>,
    /// The selected id per kind of `KINDS`.
    selected: [Option<String>; 2],
    /// The stylesheet adopted for it.
    sheet: Option<JsValue>,
}

impl LensPreview {
    pub fn with(function: Option<js_sys::Function>) -> Self {
        LensPreview { function, ..Default::default() }
    }

    /// The page's: set by its head script (`window.statementReaderLensPreview`).
    pub fn of_page() -> Self {
        let function = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"statementReaderLensPreview".into()).ok())
            .and_then(|f| f.dyn_into().ok());
        LensPreview::with(function)
    }
}

/// Adopts `new` in place of `old` in the document or shadow root `root` is in.
fn adopt(root: &web_sys::Element, old: Option<&JsValue>, new: Option<&JsValue>) {
    let holder = root.get_root_node();
    let key = JsValue::from("adoptedStyleSheets");
    let Some(sheets) = js_sys::Reflect::get(&holder, &key).ok().and_then(|s| s.dyn_into::<js_sys::Array>().ok()) else {
        return;
    };
    let kept = js_sys::Array::new();
    for sheet in sheets.iter().filter(|s| Some(s) != old).chain(new.cloned()) {
        kept.push(&sheet);
    }
    let _ = js_sys::Reflect::set(&holder, &key, &kept);
}

impl Lite {
    /// The selected theme and stance.
    pub fn lens_ids(&self) -> [Option<String>; 2] {
        self.lens.borrow().selected.clone()
    }

    /// A click on `link`: when it selects a theme or a stance, the lens is shown at once (or
    /// taken off, when it was on), as the full reader will show it. On the page the address
    /// says it at once (a link copied now shows it; the full reader starts with it): `true`
    /// then, with nothing left to replay.
    pub fn preview_lens(&self, link: &web_sys::Element) -> bool {
        let said = self.draw_lens(link) && self.host.widget().is_none();
        if said {
            self.write_url();
        }
        said
    }

    /// Draws the lens `link` selects or takes off; `false` when it is no lens link (or this page
    /// has no `lensPreview`).
    fn draw_lens(&self, link: &web_sys::Element) -> bool {
        let mut lens = self.lens.borrow_mut();
        let Some(function) = lens.function.clone() else { return false };
        let Some((k, id)) = KINDS.iter().enumerate().find_map(|(k, (_, hook))| Some((k, link.get_attribute(hook)?)))
        else {
            return false;
        };
        lens.selected[k] = (lens.selected[k].as_deref() != Some(id.as_str())).then_some(id);
        let mut page = self.page.borrow_mut();
        let hook = KINDS[k].1;
        for other in all(&page.root, &format!("[{hook}]")) {
            let on = other.get_attribute(hook).is_some_and(|o| lens.selected[k].as_deref() == Some(o.as_str()));
            let _ = other.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        let asked = js_sys::Object::new();
        for ((kind, _), selected) in KINDS.iter().zip(&lens.selected) {
            let value = selected.as_deref().map_or(JsValue::NULL, JsValue::from);
            let _ = js_sys::Reflect::set(&asked, &(*kind).into(), &value);
        }
        let shown = function.call2(&JsValue::NULL, &asked, &PREVIEW_SCOPE.into()).unwrap_or(JsValue::NULL);
        let field = |name: &str| js_sys::Reflect::get(&shown, &name.into()).ok().filter(|v| !v.is_undefined());
        // `leavesOut`: the paragraphs the sheet hides, asked of each alone (the sheet's conditions
        // on the reader hold here: the page is parsed, and the ids are read off its links).
        let (sheet, leaves_out) = (field("sheet"), field("leavesOut").and_then(|h| h.as_string()));
        adopt(&page.root, lens.sheet.as_ref(), sheet.as_ref());
        lens.sheet = sheet;
        let _ = match &leaves_out {
            Some(_) => page.root.set_attribute(PREVIEW_ATTRIBUTE, ""),
            None => page.root.remove_attribute(PREVIEW_ATTRIBUTE),
        };
        // `hidden` as the full reader sets it: the same rule, asked of each paragraph's wrapper.
        let hidden: Vec<bool> = match &leaves_out {
            Some(leaves_out) => page
                .paragraphs
                .iter()
                .map(|p| p.parent_element().is_some_and(|para| para.matches(leaves_out).unwrap_or(false)))
                .collect(),
            None => Vec::new(),
        };
        page.lens_hides = hidden;
        page.draw_filter(None);
        true
    }

    /// The names switch: every mention coloured at once (`data-names-preview` on the reader,
    /// which the stylesheet reads as the full reader's `data-names`, and by which it presses the
    /// switch through the hydration). The page remembers it at once, as the full reader does
    /// (which reads it when it starts): `true` when that is done and nothing is left to replay.
    pub fn preview_names(&self) -> bool {
        let page = self.page.borrow();
        let on = !page.root.has_attribute(NAMES_PREVIEW_ATTRIBUTE);
        set_flag(&page.root, NAMES_PREVIEW_ATTRIBUTE, on);
        for switch in all(&page.root, "[data-names-switch]") {
            let _ = switch.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        if self.host.widget().is_some() {
            return false;
        }
        statement_dom::save_names_shown(on)
    }

    /// The full reader has taken over and done the lens and names itself: the previews go.
    pub fn end_lens_preview(&self) {
        let page = self.page.borrow();
        if let Some(old) = self.lens.borrow_mut().sheet.take() {
            adopt(&page.root, Some(&old), None);
        }
        let _ = page.root.remove_attribute(PREVIEW_ATTRIBUTE);
        let _ = page.root.remove_attribute(NAMES_PREVIEW_ATTRIBUTE);
    }
}

//! A search drawn into the statement's DOM at a keystroke: every paragraph's marks, the
//! paragraphs the filter hides, the count and the step buttons. The lite module draws each
//! keystroke with these; the full reader draws a keystroke with them before Yew renders it (its
//! render then finds the page as it would have drawn it).

use statement_core::{ParagraphHits, SearchResult};
use wasm_bindgen::JsCast;

use crate::{clear_marks, draw_marks, hide_paragraph};

/// The statement's paragraphs, in document order.
pub const PARAGRAPHS: &str = "p[data-paragraph]";
/// The match count beside the search box.
pub const HIT_COUNT: &str = "[data-hit-count]";
/// The previous and next match buttons, in that order.
pub const STEP_BUTTONS: &str = "form[role=search] .step";

/// Every element under `root` that matches `selector`, in document order.
pub fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// What a paragraph shows of a search: its matches, and the current one's number when it is one
/// of them.
pub struct SearchMarks<'r> {
    pub result: Option<&'r SearchResult>,
    pub current: Option<usize>,
}

impl SearchMarks<'_> {
    fn of(&self, i: usize) -> (Option<&ParagraphHits>, Option<usize>) {
        let hits = self.result.and_then(|r| r.paragraph(i));
        let current = self.current.filter(|c| hits.is_some_and(|h| (h.first..h.first + h.ranges.len()).contains(c)));
        (hits, current)
    }
}

/// Draws `now`'s marks into `paragraphs` (the `p[data-paragraph]` in document order;
/// `text_of(i)` is paragraph `i`'s text). `before`, when known, is what they show now: a
/// paragraph whose marks stay the same is not touched, and one that had none is not searched
/// for them; unknown, every paragraph's marks are taken out first.
pub fn draw_search_marks<'t>(
    document: &web_sys::Document,
    paragraphs: &[web_sys::Element],
    text_of: impl Fn(usize) -> Option<&'t str>,
    before: Option<SearchMarks>,
    now: SearchMarks,
) {
    for (i, paragraph) in paragraphs.iter().enumerate() {
        let (hits, current) = now.of(i);
        let had = before.as_ref().map(|b| b.of(i));
        if had == Some((hits, current)) {
            continue;
        }
        if had.is_none_or(|(hits, _)| hits.is_some()) {
            clear_marks(paragraph);
        }
        if let (Some(hits), Some(text)) = (hits, text_of(i)) {
            draw_marks(document, paragraph, text, &hits.ranges, hits.first, current);
        }
    }
}

/// Shows the paragraphs `shown(i)` keeps and hides the others; with `was_shown`, only those
/// that change.
pub fn draw_shown(
    paragraphs: &[web_sys::Element],
    shown: impl Fn(usize) -> bool,
    was_shown: Option<&dyn Fn(usize) -> bool>,
) {
    for (paragraph, show) in changed(paragraphs, shown, was_shown) {
        hide_paragraph(paragraph, !show);
    }
}

/// Each of `elements` whose `shown(i)` is not `was_shown(i)` (each one, without it), with
/// `shown(i)`.
fn changed<'e>(
    elements: &'e [web_sys::Element],
    shown: impl Fn(usize) -> bool + 'e,
    was_shown: Option<&'e dyn Fn(usize) -> bool>,
) -> impl Iterator<Item = (&'e web_sys::Element, bool)> + 'e {
    elements
        .iter()
        .enumerate()
        .map(move |(i, element)| (i, element, shown(i)))
        .filter(move |&(i, _, show)| was_shown.is_none_or(|was| was(i) != show))
        .map(|(_, element, show)| (element, show))
}

/// The paragraph index's rows (`li`, one per paragraph, in order): `filtered-out` on the rows
/// of the paragraphs `shown(i)` leaves out; with `was_shown`, only the rows that change. A row
/// left with no class has no class attribute, as prerendered.
pub fn draw_index_rows(
    rows: &[web_sys::Element],
    shown: impl Fn(usize) -> bool,
    was_shown: Option<&dyn Fn(usize) -> bool>,
) {
    for (row, show) in changed(rows, shown, was_shown) {
        let _ = row.class_list().toggle_with_force("filtered-out", !show);
        if row.class_name().is_empty() {
            let _ = row.remove_attribute("class");
        }
    }
}

/// The count (`[data-hit-count]`) says `text`; the step buttons work when there are matches.
/// With `node_kept`, the text goes into the count's text node (its only child), which a renderer
/// made and writes into later: it must stay the node shown, even empty. Without, the count's
/// text is replaced (none when empty, as prerendered).
pub fn draw_count(count: &web_sys::Element, steps: &[web_sys::Element], text: &str, has_hits: bool, node_kept: bool) {
    match count.first_child() {
        Some(node) if node_kept => node.set_text_content(Some(text)),
        _ => count.set_text_content(Some(text)),
    }
    for step in steps {
        let _ = if has_hits { step.remove_attribute("disabled") } else { step.set_attribute("disabled", "disabled") };
    }
}

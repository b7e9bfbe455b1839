//! What keys and fragments mean: the reader's global keys and `#pN` deep links.

use statement_core::ParagraphNumber;

/// Keys the reader answers anywhere on the page (in a widget: anywhere inside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlobalKey {
    /// `/`: focus the search box.
    FocusSearch,
    /// F3: next match.
    Next,
    /// Shift+F3: previous match.
    Previous,
    /// `]`: the next shown paragraph (the next passage of the selected theme).
    NextPassage,
    /// `[`: the previous one.
    PreviousPassage,
}

/// Which global key a keydown is, if any. `/`, `[` and `]` are left alone while typing in a
/// field or with a modifier, so they can still be typed.
pub fn global_key(key: &str, shift: bool, ctrl_alt_or_meta: bool, in_text_field: bool) -> Option<GlobalKey> {
    match key {
        "/" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::FocusSearch),
        "F3" if !ctrl_alt_or_meta => Some(if shift { GlobalKey::Previous } else { GlobalKey::Next }),
        "]" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::NextPassage),
        "[" if !ctrl_alt_or_meta && !in_text_field => Some(GlobalKey::PreviousPassage),
        _ => None,
    }
}

/// The paragraph a URL fragment points at: `#p9` → 9, when the document has that paragraph.
/// Anything else (`#`, `#p0`, `#p99`, `#intro`, `#p9x`) is `None`.
pub fn paragraph_from_fragment(fragment: &str, paragraph_count: usize) -> Option<ParagraphNumber> {
    let digits = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix('p')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = digits.parse::<usize>().ok().filter(|n| *n <= paragraph_count)?;
    ParagraphNumber::new(number)
}

//! What the search box says and where Enter goes: shared by the reader and the light first
//! module (`crates/lite`), so both say exactly the same.

use statement_core::{HitIndex, SearchResult};

use crate::notice::Notice;

/// `3 of 7`, `0 matches`, or nothing without a query.
pub fn count_text(result: Option<&SearchResult>, current: HitIndex) -> String {
    match result.map(|r| r.total) {
        None => String::new(),
        Some(0) => "0 matches".into(),
        Some(total) => format!("{} of {total}", current.0 + 1),
    }
}

/// What a screen reader hears after a search changes.
pub fn announcement(query: &str, result: Option<&SearchResult>) -> String {
    let Some(result) = result else {
        return String::new();
    };
    let paragraphs = result.paragraphs.len();
    match result.total {
        0 if result.filters => format!("No paragraph matches “{}”.", query.trim()),
        0 => format!("No match for “{}”.", query.trim()),
        1 => "1 match in 1 paragraph.".into(),
        total => format!("{total} matches in {paragraphs} paragraph{}.", if paragraphs == 1 { "" } else { "s" }),
    }
}

/// What the statement says when the filter shows no paragraph (`lens_names`: the lenses on).
pub fn nothing_found(query: &str, lens_names: &[String]) -> String {
    if lens_names.is_empty() {
        format!("No paragraph matches “{}”.", query.trim())
    } else {
        format!("No paragraph ({}) matches “{}”.", lens_names.join("; "), query.trim())
    }
}

/// The match after (or before) `current` among `total`, wrapping round with a notice that says
/// so; `None` when there is no match to step to.
pub fn step_hit(current: HitIndex, total: usize, forward: bool) -> Option<(HitIndex, Option<Notice>)> {
    if total == 0 {
        return None;
    }
    let current = current.0;
    Some(if forward {
        if current + 1 >= total {
            (HitIndex(0), Some(Notice::WrappedToFirst))
        } else {
            (HitIndex(current + 1), None)
        }
    } else if current == 0 {
        (HitIndex(total - 1), Some(Notice::WrappedToLast))
    } else {
        (HitIndex(current - 1), None)
    })
}

/// Whether a match whose box spans `top`..`bottom` (px from the view's top) is comfortably in a
/// view `height` tall, so bringing it into view would only jolt the page. The sticky top bar
/// covers the first ~25% on phones: matches under it are not in view.
pub fn comfortably_in_view(top: f64, bottom: f64, height: f64) -> bool {
    top > height * 0.25 && bottom < height * 0.9
}

/// How to bring a match whose box starts at `top` (px from the view's top) into a view `height`
/// tall: a jump of more than a few screens is instant, since a smooth scroll across paragraphs
/// whose layout is skipped (`content-visibility: auto`) aims at estimated positions and misses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScrollPlan {
    pub instant: bool,
    /// Look again this many times, `FAR_JUMP_RECHECK_MS` apart: the paragraphs that came into
    /// view are laid out at their real heights only after the jump (their estimates placed it).
    pub rechecks: u32,
}

pub const FAR_JUMP_RECHECK_MS: u32 = 120;

/// How long typing must pause before the address bar (or a widget's `search` event) follows
/// (ms): browsers throttle `replaceState` bursts. Both modules wait this long.
pub const ADDRESS_AFTER_MS: u32 = 300;

/// How long typing must pause before the count is announced (ms): one announcement per pause,
/// not one per keystroke. Both modules wait this long.
pub const ANNOUNCE_AFTER_MS: u32 = 400;

pub fn scroll_plan(top: f64, height: f64, smoothly: bool) -> ScrollPlan {
    let far = top.abs() > height * 3.0;
    ScrollPlan { instant: !smoothly || far, rechecks: if far { 3 } else { 0 } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_jump_of_more_than_three_screens_is_instant_and_looked_at_again() {
        assert_eq!(scroll_plan(500.0, 800.0, true), ScrollPlan { instant: false, rechecks: 0 });
        assert_eq!(scroll_plan(-2_401.0, 800.0, true), ScrollPlan { instant: true, rechecks: 3 });
        assert_eq!(scroll_plan(500.0, 800.0, false), ScrollPlan { instant: true, rechecks: 0 });
    }

    #[test]
    fn stepping_wraps_round_with_a_notice_and_needs_a_match() {
        assert_eq!(step_hit(HitIndex(0), 0, true), None);
        assert_eq!(step_hit(HitIndex(1), 3, true), Some((HitIndex(2), None)));
        assert_eq!(step_hit(HitIndex(2), 3, true), Some((HitIndex(0), Some(Notice::WrappedToFirst))));
        assert_eq!(step_hit(HitIndex(0), 3, false), Some((HitIndex(2), Some(Notice::WrappedToLast))));
        assert_eq!(step_hit(HitIndex(2), 3, false), Some((HitIndex(1), None)));
    }

    #[test]
    fn a_match_under_the_top_bar_or_near_the_bottom_is_not_comfortably_in_view() {
        assert!(comfortably_in_view(300.0, 320.0, 800.0));
        assert!(!comfortably_in_view(100.0, 120.0, 800.0));
        assert!(!comfortably_in_view(710.0, 730.0, 800.0));
    }
}

//! Which paragraph a passage step (`[`, `]`, the theme panel's buttons) lands on, decided from
//! where the shown paragraphs are on screen. The UI measures; this decides.

use statement_core::ParagraphIndex;

/// How long a step is trusted after it was made, even if its smooth scroll has not arrived (ms).
pub const RECENT_STEP_MS: f64 = 2_000.0;
/// A paragraph brought to the top sits just under the top bar (its scroll margin); "next" starts
/// below that much (px).
const AT_TOP_SLACK: f64 = 48.0;

/// A shown paragraph as measured on screen (viewport coordinates, px).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedParagraph {
    pub index: ParagraphIndex,
    pub top: f64,
    pub bottom: f64,
    pub focused: bool,
}

/// Where the previous step went, and when (ms on the browser's clock).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LastStep(pub Option<(ParagraphIndex, f64)>);

impl LastStep {
    fn recent(self, now: f64) -> Option<(ParagraphIndex, bool)> {
        self.0.map(|(index, at)| (index, now - at < RECENT_STEP_MS))
    }
}

/// The paragraph to move to from `shown` (document order) in a viewport spanning `top..bottom`
/// (`top` is below the sticky bar). The one being read is the focused paragraph, else the last
/// step's (while in view, or recent: a smooth scroll may not have arrived yet), else the first
/// whose top is in view.
pub fn passage_step(
    shown: &[PlacedParagraph],
    (top, bottom): (f64, f64),
    last: LastStep,
    now: f64,
    forward: bool,
) -> Option<ParagraphIndex> {
    let in_view = |p: &PlacedParagraph| p.bottom > top && p.top < bottom;
    let last = last.recent(now);
    let here = shown.iter().position(|p| p.focused).or_else(|| {
        shown.iter().position(|p| last.is_some_and(|(index, recent)| p.index == index && (recent || in_view(p))))
    });
    let target = match (here, forward) {
        (Some(i), true) => i + 1,
        (Some(i), false) => i.checked_sub(1)?,
        (None, true) => shown.iter().position(|p| p.top > top + AT_TOP_SLACK)?,
        (None, false) => shown.iter().rposition(|p| p.top < top - 1.0)?,
    };
    shown.get(target).map(|p| p.index)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs 200 px tall, one after another from `first_top`, with every other one shown.
    fn page(first_top: f64, focused: Option<usize>) -> Vec<PlacedParagraph> {
        (0..10)
            .filter(|i| i % 2 == 0)
            .map(|i| {
                let top = first_top + 200.0 * i as f64;
                PlacedParagraph { index: ParagraphIndex(i), top, bottom: top + 200.0, focused: focused == Some(i) }
            })
            .collect()
    }

    const VIEW: (f64, f64) = (60.0, 800.0);

    #[test]
    fn from_the_focused_paragraph_to_the_next_and_previous_shown() {
        let shown = page(-300.0, Some(4));
        assert_eq!(passage_step(&shown, VIEW, LastStep::default(), 0.0, true), Some(ParagraphIndex(6)));
        assert_eq!(passage_step(&shown, VIEW, LastStep::default(), 0.0, false), Some(ParagraphIndex(2)));
    }

    #[test]
    fn nothing_past_either_end() {
        let first = page(60.0, Some(0));
        assert_eq!(passage_step(&first, VIEW, LastStep::default(), 0.0, false), None);
        let last = page(-1600.0, Some(8));
        assert_eq!(passage_step(&last, VIEW, LastStep::default(), 0.0, true), None);
    }

    #[test]
    fn without_focus_it_starts_from_what_is_in_view() {
        // ¶0 at the very top (just scrolled there): "next" is the first whose top is well below.
        let shown = page(60.0, None);
        assert_eq!(passage_step(&shown, VIEW, LastStep::default(), 0.0, true), Some(ParagraphIndex(2)));
        // Scrolled into ¶4: "previous" is the last whose top is above the view.
        let shown = page(-700.0, None);
        assert_eq!(passage_step(&shown, VIEW, LastStep::default(), 0.0, false), Some(ParagraphIndex(2)));
    }

    #[test]
    fn a_recent_step_is_trusted_while_its_scroll_runs() {
        // The last step went to ¶6, which is still far below the view (the scroll has not
        // arrived): a quick second "next" goes on from ¶6, not from what is on screen.
        let shown = page(60.0, None);
        let last = LastStep(Some((ParagraphIndex(6), 1_000.0)));
        assert_eq!(passage_step(&shown, VIEW, last, 1_500.0, true), Some(ParagraphIndex(8)));
        // Long after, and out of view, it is forgotten.
        assert_eq!(passage_step(&shown, VIEW, last, 1_000.0 + RECENT_STEP_MS + 1.0, true), Some(ParagraphIndex(2)));
    }
}

//! Where floating parts of the reader go (the glossary tooltip), from the boxes the browser
//! reports; `ui/browser/placement.rs` moves them there.

/// Where a tooltip `size` (width, height) goes for an anchor spanning `left`, `top`..`bottom`
/// in a view `view` (width, height): under it, or above it when there is no room below; never
/// past the view's sides (8 px margin). Returned as (left, top), in view coordinates.
pub fn tooltip_position(anchor: (f64, f64, f64), size: (f64, f64), view: (f64, f64)) -> (f64, f64) {
    let (left, top, bottom) = anchor;
    let (width, height) = size;
    let x = left.min(view.0 - width - 8.0).max(8.0);
    let below = bottom + 6.0;
    let y = if below + height > view.1 && top - height - 6.0 > 0.0 { top - height - 6.0 } else { below };
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tooltip_goes_under_its_anchor_or_above_it_without_room_and_stays_in_view() {
        assert_eq!(tooltip_position((100.0, 200.0, 220.0), (150.0, 80.0), (400.0, 800.0)), (100.0, 226.0));
        assert_eq!(tooltip_position((100.0, 700.0, 720.0), (150.0, 80.0), (400.0, 800.0)), (100.0, 614.0));
        assert_eq!(tooltip_position((390.0, 200.0, 220.0), (150.0, 80.0), (400.0, 800.0)), (242.0, 226.0));
        assert_eq!(tooltip_position((-20.0, 200.0, 220.0), (150.0, 80.0), (400.0, 800.0)), (8.0, 226.0));
    }
}

//! One rule for overlapping spans, shared by search matches, lexicon matches and entity
//! mentions: sort by start, longest first at equal starts, and keep each span that does not
//! overlap the one kept before it (leftmost, then longest, wins).

use std::ops::Range;

/// Something that covers a byte range of a text.
pub trait Spanned {
    fn span(&self) -> Range<usize>;
}

impl Spanned for Range<usize> {
    fn span(&self) -> Range<usize> {
        self.clone()
    }
}

/// `items` sorted by start (longest first at equal starts), without any that overlaps one kept
/// before it. The result is sorted and non-overlapping.
pub fn leftmost_longest<T: Spanned>(mut items: Vec<T>) -> Vec<T> {
    sort_by_start_longest_first(&mut items);
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        if kept.last().is_none_or(|last| item.span().start >= last.span().end) {
            kept.push(item);
        }
    }
    kept
}

/// Sorts by start, and at equal starts the longest first (the order [`leftmost_longest`] keeps from).
pub fn sort_by_start_longest_first<T: Spanned>(items: &mut [T]) {
    items.sort_by(|a, b| {
        let (a, b) = (a.span(), b.span());
        a.start.cmp(&b.start).then(b.end.cmp(&a.end))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftmost_then_longest_wins() {
        assert_eq!(leftmost_longest(vec![6..9, 0..3, 0..5, 4..7, 9..10]), vec![0..5, 6..9, 9..10]);
        assert_eq!(leftmost_longest(Vec::<Range<usize>>::new()), Vec::<Range<usize>>::new());
    }
}

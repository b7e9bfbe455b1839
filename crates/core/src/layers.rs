//! Layers of marks over one text (entities, glossary terms, stance verbs, search hits…), cut
//! into pieces that each lie wholly inside or outside every mark, so the UI can nest elements
//! without ever changing the text.

use std::ops::Range;

/// One mark of a layer: a byte range and a value (which entity, which hit…).
pub type Span = (Range<usize>, usize);

/// A piece of the text and, per layer, the value of the mark covering it (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece<const N: usize> {
    pub range: Range<usize>,
    pub marks: [Option<usize>; N],
}

/// Cuts `range` at every boundary of every layer's spans (each layer sorted and non-overlapping;
/// spans may reach outside `range`, they are clipped). The pieces are in order, non-empty, and
/// cover `range` exactly; each boundary is a span boundary or an end of `range`, so pieces lie on
/// char boundaries when the spans do.
pub fn pieces<const N: usize>(range: Range<usize>, layers: [&[Span]; N]) -> Vec<Piece<N>> {
    let mut cuts = vec![range.start, range.end];
    for layer in layers {
        for (span, _) in layer {
            for at in [span.start, span.end] {
                if at > range.start && at < range.end {
                    cuts.push(at);
                }
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut cursors = [0usize; N];
    let mut out = Vec::with_capacity(cuts.len().saturating_sub(1));
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        if start >= end {
            continue;
        }
        let mut marks = [None; N];
        for (l, layer) in layers.iter().enumerate() {
            // Spans ending at or before this piece are behind us for good.
            while cursors[l] < layer.len() && layer[cursors[l]].0.end <= start {
                cursors[l] += 1;
            }
            if let Some((span, value)) = layer.get(cursors[l]) {
                if span.start <= start && end <= span.end {
                    marks[l] = Some(*value);
                }
            }
        }
        out.push(Piece { range: start..end, marks });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_at_every_boundary_and_tells_each_layer() {
        let entities: &[Span] = &[(2..8, 0)];
        let hits: &[Span] = &[(0..4, 7), (6..12, 8)];
        let got = pieces(1..10, [entities, hits]);
        let summary: Vec<_> = got.iter().map(|p| (p.range.clone(), p.marks)).collect();
        assert_eq!(
            summary,
            [
                (1..2, [None, Some(7)]),
                (2..4, [Some(0), Some(7)]),
                (4..6, [Some(0), None]),
                (6..8, [Some(0), Some(8)]),
                (8..10, [None, Some(8)]),
            ]
        );
    }

    #[test]
    fn no_marks_is_one_piece() {
        assert_eq!(pieces(3..9, [&[][..]]), [Piece { range: 3..9, marks: [None] }]);
        assert!(pieces(3..3, [&[][..]]).is_empty());
    }
}

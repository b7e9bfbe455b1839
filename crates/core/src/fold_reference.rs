// The reference folding of one character, written with the Unicode crates
// (unicode-normalization for NFKD and combining marks, caseless for full case folding).
// It is not compiled into the app: `build.rs` runs it over every code point to generate the
// compact table the app folds with, and `tests/fold_table.rs` proves the two equal on every code
// point. (Included with `include!`, so it names no crate paths of its own.)

include!("punctuation.rs");

/// Calls `emit` with the folded form of `c`: NFKD and drop combining marks; case-fold (unless
/// `match_case`); then NFKD and drop marks again, because folding can produce decomposable
/// characters (`İ` folds to `i` + U+0307).
pub fn reference_fold_char(c: char, match_case: bool, mut emit: impl FnMut(char)) {
    use caseless::Caseless;
    use unicode_normalization::char::{decompose_compatible, is_combining_mark};
    let c = fold_punctuation(c);
    if c.is_ascii() {
        emit(if match_case { c } else { c.to_ascii_lowercase() });
        return;
    }
    decompose_compatible(c, |d| {
        if is_combining_mark(d) {
            return;
        }
        let d = fold_punctuation(d);
        if match_case {
            emit(d);
        } else {
            for f in std::iter::once(d).default_case_fold() {
                decompose_compatible(f, |g| {
                    if !is_combining_mark(g) {
                        emit(fold_punctuation(g));
                    }
                });
            }
        }
    });
}

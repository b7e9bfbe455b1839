//! Generates the folding tables (`$OUT_DIR/fold_*.bin`): for every non-ASCII code point whose
//! folded form is not itself, the code point and what it folds to, from the reference folding
//! (`src/fold_reference.rs`, the Unicode crates). The app then carries ~18 KB of tables instead of
//! the crates' ~65 KB (brotli), and `tests/fold_table.rs` proves the table equal to the crates on
//! every code point. Hangul syllables decompose by their algorithm and are not listed.

include!("src/fold_reference.rs");

/// Hangul syllables: U+AC00..=U+D7A3, decomposed algorithmically (see `fold.rs`).
const HANGUL: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

/// Entry format: the code point's distance from the previous entry's as a LEB128 varint, the
/// folded form's length in bytes (one byte), then the folded form as UTF-8.
fn table(match_case: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut previous = 0u32;
    for cp in 0x80u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        if HANGUL.contains(&cp) {
            continue;
        }
        let mut folded = String::new();
        reference_fold_char(c, match_case, |f| folded.push(f));
        if folded.chars().eq(std::iter::once(c)) {
            continue;
        }
        let mut delta = cp - previous;
        previous = cp;
        loop {
            let byte = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
        let len = u8::try_from(folded.len()).expect("a folded character is short");
        out.push(len);
        out.extend_from_slice(folded.as_bytes());
    }
    out
}

fn main() {
    println!("cargo::rerun-if-changed=src/fold_reference.rs");
    println!("cargo::rerun-if-changed=src/punctuation.rs");
    println!("cargo::rerun-if-changed=build.rs");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("fold_ignoring_case.bin"), table(false)).expect("writing OUT_DIR");
    std::fs::write(out.join("fold_matching_case.bin"), table(true)).expect("writing OUT_DIR");
}

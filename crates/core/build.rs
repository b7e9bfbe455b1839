//! Generates the folding tables (`$OUT_DIR/fold_*.bin`) from the reference folding
//! (`src/fold_reference.rs`, the Unicode crates): `fold_matching_case.bin` lists every non-ASCII
//! code point whose case-keeping fold is not itself, and what it folds to; ignoring case, a
//! character folds to that, lowercased (`char::to_lowercase`) — except the few where full case
//! folding says otherwise (ß → ss, final sigma, Cherokee…), listed in `fold_case_exceptions.bin`.
//! The app then carries ~9 KB of tables instead of the crates' ~65 KB (brotli), and
//! `tests/fold_table.rs` proves the folding equal to the crates on every code point. Hangul
//! syllables decompose by their algorithm and are not listed.

include!("src/fold_reference.rs");

/// Hangul syllables: U+AC00..=U+D7A3, decomposed algorithmically (see `fold.rs`).
const HANGUL: std::ops::RangeInclusive<u32> = 0xAC00..=0xD7A3;

fn reference(c: char, match_case: bool) -> String {
    let mut folded = String::new();
    reference_fold_char(c, match_case, |f| folded.push(f));
    folded
}

/// The case-keeping fold, lowercased: what the app computes ignoring case unless listed.
fn lowercased(c: char) -> String {
    reference(c, true).chars().flat_map(char::to_lowercase).collect()
}

/// Entry format: the code point's distance from the previous entry's as a LEB128 varint, the
/// folded form's length in bytes (one byte), then the folded form as UTF-8. `entry` says what a
/// code point is listed with, if it is.
fn table(entry: impl Fn(char) -> Option<String>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut previous = 0u32;
    for cp in 0x80u32..=0x10FFFF {
        let Some(c) = char::from_u32(cp) else { continue };
        if HANGUL.contains(&cp) {
            continue;
        }
        let Some(folded) = entry(c) else { continue };
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
    let matching = table(|c| Some(reference(c, true)).filter(|f| !f.chars().eq(std::iter::once(c))));
    let exceptions = table(|c| Some(reference(c, false)).filter(|f| *f != lowercased(c)));
    std::fs::write(out.join("fold_matching_case.bin"), matching).expect("writing OUT_DIR");
    std::fs::write(out.join("fold_case_exceptions.bin"), exceptions).expect("writing OUT_DIR");
}

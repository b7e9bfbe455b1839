#![cfg(not(target_arch = "wasm32"))]
//! The generated folding table is the Unicode crates' folding, on every code point there is:
//! the app folds with the table (small), the proof runs against the crates (large, native only).

#[path = "../src/fold_reference.rs"]
mod reference;

use statement_core::fold::fold_char;

fn folded(c: char, match_case: bool, fold: impl Fn(char, bool, &mut dyn FnMut(char))) -> String {
    let mut out = String::new();
    fold(c, match_case, &mut |f| out.push(f));
    out
}

#[test]
fn the_table_equals_the_crates_on_every_code_point() {
    let mut checked = 0;
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        for match_case in [false, true] {
            let table = folded(c, match_case, |c, m, emit| fold_char(c, m, emit));
            let crates = folded(c, match_case, |c, m, emit| reference::reference_fold_char(c, m, emit));
            assert_eq!(table, crates, "U+{:04X} (match case: {match_case})", u32::from(c));
        }
        checked += 1;
    }
    assert_eq!(checked, 0x110000 - 0x800, "every scalar value");
}

#[test]
fn examples_readers_type() {
    let fold = |s: &str| s.chars().map(|c| folded(c, false, |c, m, emit| fold_char(c, m, emit))).collect::<String>();
    assert_eq!(
        fold("Café ﬁnal ＩＲＡＮ Straße ΣΊΣΥΦΟΣ “quoted” – 한"),
        "cafe final iran strasse σισυφοσ \"quoted\" - \u{1112}\u{1161}\u{11AB}"
    );
}

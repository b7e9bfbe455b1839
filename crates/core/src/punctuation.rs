// Typographic punctuation that search (and comparison) fold to ASCII: curly quotes and primes to
// `'` and `"`, the dashes U+2010–2015 and the minus sign to `-`. One rule for the app and for the
// build script that generates the folding table (`fold_reference.rs` includes this file), so it
// names nothing outside itself.

/// `c` as its ASCII stand-in when it is typographic punctuation; otherwise `c`.
pub fn fold_punctuation(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{201B}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        other => other,
    }
}

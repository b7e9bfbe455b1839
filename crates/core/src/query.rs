//! Parsing a query into folded terms (see `docs/search-semantics.md`, "Terms").

use super::fold::fold_str;

/// Straight and curly double quotes open and close a phrase.
fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}')
}

/// Splits a raw query into its terms, unfolded: whitespace separates terms; a double-quoted part
/// is one term (a phrase); an unclosed quote runs to the end.
pub fn split_terms(raw: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut current = String::new();
    let mut in_phrase = false;
    for c in raw.chars() {
        if is_quote(c) {
            terms.push(std::mem::take(&mut current));
            in_phrase = !in_phrase;
        } else if c.is_whitespace() && !in_phrase {
            terms.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    terms.push(current);
    terms.retain(|t| !t.trim().is_empty());
    terms
}

/// The folded, de-duplicated terms of a query, in order of first appearance. Empty when the
/// query has no terms (empty, whitespace, only quote marks): that is "no query".
pub fn parse_terms(raw: &str, match_case: bool) -> Vec<String> {
    let mut terms: Vec<String> = Vec::new();
    for term in split_terms(raw) {
        let folded = fold_str(&term, match_case);
        if !folded.is_empty() && !terms.contains(&folded) {
            terms.push(folded);
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_phrases() {
        assert_eq!(parse_terms("iran russia", false), ["iran", "russia"]);
        assert_eq!(parse_terms(r#""law of the sea""#, false), ["law of the sea"]);
        assert_eq!(parse_terms("“Law  of” the", false), ["law of", "the"]);
        assert_eq!(parse_terms(r#"x "unclosed phrase"#, false), ["x", "unclosed phrase"]);
        assert_eq!(parse_terms("Ukraine’s", false), ["ukraine's"]);
    }

    #[test]
    fn no_terms_is_no_query() {
        for raw in ["", "   ", "\"", "\"\"", "“ ”", "\t\n"] {
            assert!(parse_terms(raw, false).is_empty(), "{raw:?}");
        }
    }

    #[test]
    fn repeated_terms_count_once_after_folding() {
        assert_eq!(parse_terms("Iran iran IRAN", false), ["iran"]);
        assert_eq!(parse_terms("Iran iran", true), ["Iran", "iran"]);
    }

    #[test]
    fn terms_are_literal() {
        assert_eq!(parse_terms("a.*b [ <b>", false), ["a.*b", "[", "<b>"]);
    }
}

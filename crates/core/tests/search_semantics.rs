//! Search semantics, rule by rule and example by example (`docs/search-semantics.md`).

use wasm_bindgen_test::wasm_bindgen_test;

use statement_core::{builtin, Document, Metadata, SearchIndex, SearchOptions};

fn index() -> SearchIndex {
    SearchIndex::new(builtin::statement())
}

/// (shown paragraph numbers, match count) for a query on the built-in statement.
fn run(query: &str, options: SearchOptions) -> Option<(Vec<usize>, usize)> {
    index().search(query, options).map(|r| (r.paragraphs.iter().map(|p| p.index + 1).collect(), r.total))
}

fn default(query: &str) -> Option<(Vec<usize>, usize)> {
    run(query, SearchOptions::default())
}

fn doc(text: &str) -> Document {
    Document::from_plain_text(Metadata::default(), text)
}

/// Highlighted strings of a query on a one-off document.
fn hits_in(text: &str, query: &str, options: SearchOptions) -> Vec<String> {
    let document = doc(text);
    let index = SearchIndex::new(&document);
    let Some(result) = index.search(query, options) else {
        return Vec::new();
    };
    result
        .paragraphs
        .iter()
        .flat_map(|p| {
            p.ranges.iter().map(|r| document.paragraphs[p.index].text[r.clone()].to_owned()).collect::<Vec<_>>()
        })
        .collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn the_examples_of_the_spec() {
    assert_eq!(default("Iran"), Some((vec![5, 6], 5)));
    assert_eq!(default("ukraine's"), Some((vec![4], 3)));
    assert_eq!(default("iran russia"), Some((vec![5], 7)));
    assert_eq!(default("\"law of the sea\""), Some((vec![9], 2)));
    assert_eq!(default("pacific"), Some((vec![2, 3, 8, 9], 4)));
    assert_eq!(default("zzzz"), Some((vec![], 0)));
}

#[wasm_bindgen_test(unsupported = test)]
fn no_terms_is_no_query() {
    for q in ["", "   ", "\"", "“”", "\" \""] {
        assert_eq!(default(q), None, "{q:?}");
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn folding_bridges_typing_and_typesetting() {
    let opts = SearchOptions::default();
    assert_eq!(hits_in("Ukraine’s path", "UKRAINE'S", opts), ["Ukraine’s"]);
    assert_eq!(
        hits_in("the “quoted” word", "\u{201C}quoted", opts),
        ["quoted"],
        "an unclosed curly quote opens a phrase"
    );
    assert_eq!(hits_in("Café crème", "cafe creme", opts), ["Café", "crème"]);
    assert_eq!(hits_in("Cafe\u{0301} x", "café", opts), ["Cafe\u{0301}"]);
    assert_eq!(hits_in("the ﬁnal ﬁnding", "fin", opts), ["ﬁn", "ﬁn"]);
    assert_eq!(hits_in("ＵＫ aid", "uk", opts), ["ＵＫ"]);
    assert_eq!(hits_in("Die Straße", "strasse", opts), ["Straße"]);
    assert_eq!(
        hits_in("two‑state — and two-state", "two-state", opts),
        ["two‑state", "two-state"],
        "U+2011 non-breaking hyphen"
    );
    assert_eq!(hits_in("a−b", "a-b", opts), ["a−b"], "U+2212 minus");
    assert_eq!(hits_in("two–state and two-state", "two-state", opts), ["two–state", "two-state"]);
    assert_eq!(hits_in("law  of\u{00A0}the sea", "\"law of the sea\"", opts), ["law  of\u{00A0}the sea"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn terms_match_at_word_starts() {
    let opts = SearchOptions::default();
    assert_eq!(hits_in("Indo-Pacific", "pacific", opts), ["Pacific"]);
    assert_eq!(hits_in("supporting support", "support", opts), ["support", "support"]);
    assert!(hits_in("Iran", "ran", opts).is_empty());
    assert_eq!(hits_in("x2024 2024", "2024", opts), ["2024"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn matches_of_a_term_do_not_overlap() {
    assert_eq!(hits_in("aaaa", "aa", SearchOptions::default()), ["aa"]);
    assert_eq!(hits_in("aa aa aa", "aa", SearchOptions::default()).len(), 3);
}

#[wasm_bindgen_test(unsupported = test)]
fn filter_is_and_over_terms() {
    assert_eq!(default("iran nuclear"), Some((vec![6], 2)));
    assert_eq!(default("iran zzzz"), Some((vec![], 0)));
}

#[wasm_bindgen_test(unsupported = test)]
fn match_case_and_whole_word() {
    let case = SearchOptions { match_case: true, ..SearchOptions::default() };
    let word = SearchOptions { whole_word: true, ..SearchOptions::default() };
    assert_eq!(hits_in("Iran iran", "Iran", case), ["Iran"]);
    assert_eq!(hits_in("Café cafe", "Cafe", case), ["Café"], "other foldings still apply");
    assert_eq!(hits_in("support supporting", "support", word), ["support"]);
    assert_eq!(hits_in("Ukraine’s", "ukraine", word), ["Ukraine"]);
    // "US" stands alone five times: UK-US (¶2, ¶13), US-UK (¶11), US Department (¶12), US Inflation (¶13);
    // "U.S." folds to "u.s", which is not "us", and "us" inside words never ends at a word end.
    assert_eq!(run("us", word), Some((vec![2, 11, 12, 13], 5)));
    assert_eq!(
        run("US", SearchOptions { match_case: true, whole_word: true, ..SearchOptions::default() }),
        Some((vec![2, 11, 12, 13], 5))
    );
    assert_eq!(
        run("us", SearchOptions { match_case: true, whole_word: true, ..SearchOptions::default() }),
        Some((vec![], 0))
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn highlight_only_shows_everything_and_highlights_any_term() {
    let highlight = SearchOptions { highlight_only: true, ..SearchOptions::default() };
    let result = index().search("iran russia", highlight).unwrap();
    assert!(!result.filters);
    assert!((0..14).all(|i| result.shows(i)));
    let with_hits: Vec<usize> = result.paragraphs.iter().map(|p| p.index + 1).collect();
    assert_eq!(with_hits, [4, 5, 6], "Russia in 4, both in 5, Iran in 6");
    let filtered = index().search("iran russia", SearchOptions::default()).unwrap();
    assert!(filtered.shows(4) && !filtered.shows(3) && !filtered.shows(5));
}

#[wasm_bindgen_test(unsupported = test)]
fn queries_are_literal_text() {
    let opts = SearchOptions::default();
    assert_eq!(hits_in("a.*b and a.b", "a.*b", opts), ["a.*b"]);
    assert_eq!(hits_in("x [1] <b>bold</b>", "<b>", opts), ["<b>"]);
    assert_eq!(hits_in("x [1]", "[", opts), ["["]);
}

#[wasm_bindgen_test(unsupported = test)]
fn hit_numbers_run_in_document_order() {
    let index = index();
    let result = index.search("united", SearchOptions::default()).unwrap();
    let mut k = 0;
    for p in &result.paragraphs {
        assert_eq!(p.first, k);
        k += p.ranges.len();
    }
    assert_eq!(k, result.total);
    let (paragraph, range) = result.hit(result.total - 1).unwrap();
    assert_eq!(paragraph, result.paragraphs.last().unwrap().index);
    assert_eq!(range, result.paragraphs.last().unwrap().ranges.last().unwrap().clone());
    assert!(result.hit(result.total).is_none());
}

#[wasm_bindgen_test(unsupported = test)]
fn keyword_in_context() {
    let index = index();
    let result = index.search("kleptocracy", SearchOptions::default()).unwrap();
    let context = index.context(&result, 0, 4).unwrap();
    assert_eq!(context.paragraph, 10);
    assert_eq!(context.hit, "kleptocracy");
    assert_eq!(context.before, "…countering corruption – specifically ");
    assert_eq!(context.after, " – including by addressing…");
}

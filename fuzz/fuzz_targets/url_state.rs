//! Any address parameters as the reader's URL state, and back: what it writes it reads again
//! (a query of only whitespace is a state, but nothing to write).
#![no_main]
use libfuzzer_sys::fuzz_target;
use statement_app::UrlState;

fuzz_target!(|pairs: Vec<(String, String)>| {
    let state = UrlState::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    let written = state.to_pairs();
    let again = UrlState::from_pairs(written.iter().map(|(n, v)| (*n, v.as_str())));
    assert_eq!(again.to_pairs(), written, "the URL state reads back what it wrote");
    assert_eq!(again.query.trim(), state.query.trim());
});

#![cfg(not(target_arch = "wasm32"))]
//! Highlights: anchoring and re-anchoring after the document changes, saved data (round trips,
//! schema, corruption), merging, export/import, and citations.

use proptest::prelude::*;
use statement_core::annotations::{
    cite, export_annotations, export_markdown, import_annotations, merge, parse_saved, serialize_saved, storage_key,
    Anchor, CitationFormat, Highlight, HighlightColour,
};
use statement_core::{builtin, Document, Metadata};

fn doc(text: &str) -> Document {
    Document::from_plain_text(Metadata::default(), text)
}

fn highlight(document: &Document, p: usize, exact: &str) -> Highlight {
    let at = document.paragraphs[p].text.find(exact).expect("quote in paragraph");
    Highlight::new(
        document,
        p,
        at..at + exact.len(),
        HighlightColour::Green,
        format!("h-{p}-{at}"),
        "2026-11-28T10:00:00Z".into(),
    )
    .unwrap()
}

fn found(anchor: &Anchor, document: &Document) -> Option<(usize, String, bool)> {
    match anchor {
        Anchor::Found { paragraph, range, moved } => {
            Some((*paragraph + 1, document.paragraphs[*paragraph].text[range.clone()].to_owned(), *moved))
        }
        Anchor::Orphan => None,
    }
}

#[test]
fn a_highlight_keeps_position_and_quote_with_context() {
    let statement = builtin::statement();
    let h = highlight(statement, 3, "Ukraine’s irreversible path to NATO membership");
    assert_eq!(h.paragraph, 4);
    assert_eq!(h.quote.exact, "Ukraine’s irreversible path to NATO membership");
    assert_eq!(h.quote.prefix.chars().count(), 32);
    assert!(h.quote.prefix.ends_with("highlighting "));
    assert!(h.quote.suffix.starts_with(". The Dialogue"));
    assert_eq!(h.end - h.start, h.quote.exact.chars().count(), "offsets count characters, not bytes");
    assert_eq!(found(&h.anchor(statement), statement), Some((4, h.quote.exact.clone(), false)));
}

#[test]
fn re_anchors_after_edits_by_quote_and_context() {
    let before =
        doc("Alpha beta gamma.\nThe ministers condemned the strikes. They condemned the transfer too.\nOmega.");
    let h = highlight(&before, 1, "condemned the transfer");
    // Text inserted before it in the same paragraph: the position is stale, the quote is found.
    let edited = doc(
        "Alpha beta gamma.\nOn Monday, the ministers condemned the strikes. They condemned the transfer too.\nOmega.",
    );
    assert_eq!(found(&h.anchor(&edited), &edited), Some((2, "condemned the transfer".into(), true)));
    // A paragraph inserted before it: found in the next paragraph.
    let shifted = doc("New first paragraph.\nAlpha beta gamma.\nThe ministers condemned the strikes. They condemned the transfer too.\nOmega.");
    assert_eq!(found(&h.anchor(&shifted), &shifted), Some((3, "condemned the transfer".into(), true)));
    // The quote occurs twice: the context decides.
    let twice = highlight(&before, 1, "condemned");
    let second = before.paragraphs[1].text.rfind("condemned").unwrap();
    let h2 = Highlight::new(&before, 1, second..second + 9, HighlightColour::Blue, "x".into(), "t".into()).unwrap();
    let moved =
        doc("Alpha beta gamma.\nSo: the ministers condemned the strikes. They condemned the transfer too.\nOmega.");
    let (_, _, _) = found(&twice.anchor(&moved), &moved).unwrap();
    match h2.anchor(&moved) {
        Anchor::Found { range, .. } => assert_eq!(range.start, moved.paragraphs[1].text.rfind("condemned").unwrap()),
        Anchor::Orphan => panic!("should re-anchor"),
    }
    // Gone from the text: an orphan, not a guess.
    let gone = doc("Alpha beta gamma.\nThe ministers welcomed the talks.\nOmega.");
    assert_eq!(h.anchor(&gone), Anchor::Orphan);
}

#[test]
fn new_refuses_bad_ranges() {
    let d = doc("Café au lait.");
    assert!(Highlight::new(&d, 0, 3..4, HighlightColour::Yellow, "a".into(), "t".into()).is_none(), "inside é");
    assert!(Highlight::new(&d, 0, 2..2, HighlightColour::Yellow, "a".into(), "t".into()).is_none(), "empty");
    assert!(Highlight::new(&d, 0, 0..99, HighlightColour::Yellow, "a".into(), "t".into()).is_none(), "past the end");
    assert!(
        Highlight::new(&d, 5, 0..1, HighlightColour::Yellow, "a".into(), "t".into()).is_none(),
        "no such paragraph"
    );
}

#[test]
fn saved_data_round_trips_and_corruption_is_reported() {
    let statement = builtin::statement();
    let mut h = highlight(statement, 8, "Taiwan Strait");
    h.note = "Compare the 2023 wording. <b>not markup</b>".into();
    let raw = serialize_saved(std::slice::from_ref(&h));
    assert_eq!(parse_saved(&raw).unwrap(), vec![h.clone()]);
    // Data saved without a note (or with fields this reader does not know) still loads.
    let mut value: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let item = value["highlights"][0].as_object_mut().unwrap();
    item.remove("note");
    item.insert("added_later".into(), serde_json::json!([1, 2]));
    assert_eq!(parse_saved(&value.to_string()).unwrap(), vec![Highlight { note: String::new(), ..h }]);
    assert!(parse_saved("{not json").unwrap_err().contains("not readable JSON"));
    assert!(parse_saved(r#"{"highlights": []}"#).unwrap_err().contains("no schema"));
    assert!(parse_saved(r#"{"schema": 9, "highlights": []}"#).unwrap_err().contains("schema 9"));
    assert!(parse_saved(r#"{"schema": 1, "highlights": [{"id": 3}]}"#).unwrap_err().contains("expected shape"));
    assert!(storage_key(statement).starts_with("statement-reader:highlights:"));
    assert_ne!(storage_key(statement), storage_key(&doc("Another statement.")));
}

#[test]
fn merging_keeps_the_newest_and_drops_duplicates() {
    let statement = builtin::statement();
    let a = highlight(statement, 0, "London");
    let mut a_newer = a.clone();
    a_newer.note = "edited in the other tab".into();
    a_newer.updated = "2026-11-28T11:00:00Z".into();
    let mut duplicate = a.clone();
    duplicate.id = "other-id".into();
    let b = highlight(statement, 5, "nuclear programme");
    let merged = merge(&[a.clone(), b.clone()], &[a_newer.clone(), duplicate]);
    assert_eq!(merged, vec![a_newer.clone(), b.clone()]);
    assert_eq!(merge(&[a_newer.clone()], &[a]), vec![a_newer], "an older copy does not win");
}

#[test]
fn exports_and_imports_web_annotations() {
    let statement = builtin::statement();
    let mut h = highlight(statement, 6, "the Blue Line");
    h.note = "UNIFIL's mandate".into();
    let plain = highlight(statement, 1, "special relationship");
    let json = export_annotations(&[h.clone(), plain.clone()], "https://example.org/reader/");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["type"], "AnnotationCollection");
    let first = &value["first"]["items"][0];
    assert_eq!(first["motivation"], "commenting");
    assert_eq!(first["target"]["source"], "https://example.org/reader/#p7");
    assert_eq!(first["target"]["selector"][0]["type"], "TextQuoteSelector");
    assert_eq!(first["body"]["value"], "UNIFIL's mandate");
    let (back, skipped) = import_annotations(&json).unwrap();
    assert_eq!(skipped, 0);
    assert_eq!(back, vec![h.clone(), plain]);
    // Bad entries are counted, not fatal; non-annotations are refused with a reason.
    let (some, skipped) = import_annotations(r#"[{"target": {}}, {"type": "Annotation"}]"#).unwrap();
    assert!(some.is_empty() && skipped == 2);
    assert!(import_annotations("{oops").unwrap_err().contains("not JSON"));
    assert!(import_annotations(r#"{"x": 1}"#).unwrap_err().contains("no annotations"));

    let md = export_markdown(statement, &[h], "https://example.org/reader/");
    assert!(md.contains("> the Blue Line"));
    assert!(md.contains("[paragraph 7](https://example.org/reader/#p7)"));
    assert!(md.contains("UNIFIL's mandate"));
    assert!(md.contains("Contains public sector information licensed under the Open Government Licence v3.0."));
}

/// Regression: annotations without ids used to get `imported-{paragraph}-{quote length}`, so two
/// quotes of equal length in one paragraph collided in `merge` and one was silently dropped.
#[test]
fn imported_annotations_without_ids_are_all_kept() {
    let item = |start: usize, exact: &str| {
        format!(
            r#"{{"type": "Annotation", "target": {{"source": "https://example.org/#p3", "selector": [
                {{"type": "TextQuoteSelector", "exact": "{exact}"}},
                {{"type": "TextPositionSelector", "start": {start}, "end": {}}}]}}}}"#,
            start + exact.chars().count()
        )
    };
    let json = format!("[{}, {}]", item(0, "alpha"), item(10, "gamma"));
    let (imported, skipped) = import_annotations(&json).unwrap();
    assert_eq!((imported.len(), skipped), (2, 0));
    assert_ne!(imported[0].id, imported[1].id);
    let merged = merge(&[], &imported);
    assert_eq!(merged.len(), 2, "{merged:?}");
    // Importing the same file again adds nothing: the derived ids are stable.
    let (again, _) = import_annotations(&json).unwrap();
    assert_eq!(merge(&merged, &again), merged);
}

#[test]
fn citations_in_three_formats() {
    let statement = builtin::statement();
    let link = "https://example.org/reader/#p6";
    let plain = cite(statement, 6, CitationFormat::Plain, link).unwrap();
    assert!(plain.starts_with("“Both agreed that Iran’s nuclear programme"));
    assert!(plain.contains("Government of the United Kingdom and Government of the United States"));
    assert!(plain.contains("10–11 September 2024") && plain.contains("paragraph 6") && plain.contains(link));
    assert!(plain.ends_with("Contains public sector information licensed under the Open Government Licence v3.0."));
    let md = cite(statement, 6, CitationFormat::Markdown, link).unwrap();
    assert!(md.starts_with("> Both agreed"));
    assert!(md.contains(&format!("[paragraph 6]({link})")));
    let bib = cite(statement, 6, CitationFormat::Bibtex, link).unwrap();
    assert!(bib.starts_with("@misc{"));
    assert!(bib.contains("year = {2024}") && bib.contains(&format!("url = {{{link}}}")));
    assert!(bib.contains("Paragraph 6"));
    assert!(cite(statement, 15, CitationFormat::Plain, link).is_none());
    assert_eq!(CitationFormat::parse("bibtex"), Some(CitationFormat::Bibtex));
    // Where it was published.
    assert!(
        plain.contains("\nSource: https://www.gov.uk/government/news/uk-us-strategic-dialogue-2024-joint-statement\n")
    );
    assert!(md.contains("([source](https://www.gov.uk/"));
    assert!(bib.contains("howpublished = {\\url{https://www.gov.uk/"));
}

#[test]
fn a_statement_read_from_a_web_page_is_cited_by_its_publisher_source_and_date() {
    use statement_core::formats::{parse_extracted, Format};
    let page = r#"{"headline":"Joint statement","blocks":["One.","Two."],"meta":{"og:site_name":"U.S. Department of State","article:published_time":"2024-09-11T21:03:00+00:00"},"canonical":"https://www.state.gov/joint-statement/"}"#;
    let document = parse_extracted(Format::Html, page).unwrap();
    let plain = cite(&document, 2, CitationFormat::Plain, "https://reader.example/#p2").unwrap();
    assert_eq!(
        plain,
        "“Two.”\n— U.S. Department of State, “Joint statement”, 11 September 2024, paragraph 2. https://reader.example/#p2\nSource: https://www.state.gov/joint-statement/"
    );
}

proptest! {
    /// Any highlight of any valid range re-anchors exactly where it was, by position.
    #[test]
    fn every_range_anchors_to_itself(p in 0usize..14, a in 0usize..2000, len in 1usize..200) {
        let statement = builtin::statement();
        let text = &statement.paragraphs[p].text;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let start = chars[a % chars.len()].0;
        let end = chars.get((a % chars.len()) + len).map_or(text.len(), |c| c.0);
        let h = Highlight::new(statement, p, start..end, HighlightColour::Pink, "p".into(), "t".into()).unwrap();
        prop_assert_eq!(h.anchor(statement), Anchor::Found { paragraph: p, range: start..end, moved: false });
    }
}

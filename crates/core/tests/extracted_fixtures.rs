//! The format fixtures (`tests/fixtures/formats/`, made by its `make_fixtures.py`) as the
//! browser's extractors hand them over: each must give the built-in statement's paragraphs
//! verbatim. The `.extract.json` files are pdf.js's text items for the fixture PDFs (see the
//! folder's README), so the line assembly is tested natively on what pdf.js really reports.

use statement_core::builtin;
use statement_core::formats::{parse_extracted, Format};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/../../tests/fixtures/formats/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn builtin_paragraphs() -> Vec<String> {
    builtin::statement().paragraphs.iter().map(|p| p.text.clone()).collect()
}

#[test]
fn a_printed_pdf_gives_the_statement_verbatim() {
    let doc = parse_extracted(Format::Pdf, &fixture("statement.pdf.extract.json")).unwrap();
    assert_eq!(doc.meta.title, "UK-US Strategic Dialogue 2024: joint statement");
    let texts: Vec<String> = doc.paragraphs.iter().map(|p| p.text.clone()).collect();
    assert_eq!(texts, builtin_paragraphs());
}

#[test]
fn thirty_pages_give_the_statement_twelve_times_over() {
    let doc = parse_extracted(Format::Pdf, &fixture("thirty-pages.pdf.extract.json")).unwrap();
    let expected = builtin_paragraphs();
    // The thirty pages end inside a copy: every whole paragraph is one of the statement's.
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert!(texts.len() > 100, "{}", texts.len());
    for (i, text) in texts.iter().enumerate().take(texts.len() - 1) {
        assert_eq!(*text, expected[i % expected.len()], "paragraph {}", i + 1);
    }
}

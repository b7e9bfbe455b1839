//! The document model: building documents from text and metadata.

use wasm_bindgen_test::wasm_bindgen_test;

use statement_core::{builtin, Document, Metadata};

#[wasm_bindgen_test(unsupported = test)]
fn builtin_statement_has_14_paragraphs_and_keeps_the_attribution_apart() {
    let document = builtin::statement();
    assert_eq!(document.paragraphs.len(), 14);
    let source_lines: Vec<&str> = builtin::STATEMENT_TEXT.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(source_lines.len(), 15);
    for (paragraph, line) in document.paragraphs.iter().zip(&source_lines) {
        assert_eq!(paragraph.text, *line, "paragraph {} is verbatim", paragraph.number);
    }
    assert_eq!(document.meta.attribution(), Some(source_lines[14]));
    assert_eq!(
        document.meta.attribution(),
        Some("Contains public sector information licensed under the Open Government Licence v3.0.")
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn builtin_metadata_is_complete() {
    let meta = &builtin::statement().meta;
    assert_eq!(meta.title, "UK–US Strategic Dialogue 2024: joint statement");
    assert_eq!(meta.date, "10–11 September 2024");
    assert_eq!(meta.date_start.as_deref(), Some("2024-09-10"));
    assert_eq!(meta.date_end.as_deref(), Some("2024-09-11"));
    assert_eq!(meta.place, "London");
    let names: Vec<&str> = meta.principals.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["David Lammy", "Antony Blinken"]);
    assert_eq!(meta.governments.len(), 2);
    assert_eq!(meta.source_host(), Some("www.gov.uk"));
    let licence = meta.licence.as_ref().unwrap();
    assert_eq!(licence.name, "Open Government Licence v3.0");
    assert!(licence.url.starts_with("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3"));
}

#[wasm_bindgen_test(unsupported = test)]
fn plain_text_ignores_blank_lines_and_trims() {
    let doc = Document::from_plain_text(Metadata::default(), "\n  First one.  \r\n\n\nSecond. Two sentences.\n");
    let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["First one.", "Second. Two sentences."]);
    assert_eq!(doc.paragraphs[1].number, 2);
    assert_eq!(doc.paragraphs[1].sentences.len(), 2);
    assert_eq!(doc.paragraph(2).map(|p| p.number), Some(2));
    assert!(doc.paragraph(0).is_none() && doc.paragraph(3).is_none());
}

#[wasm_bindgen_test(unsupported = test)]
fn a_last_line_is_only_the_attribution_when_it_matches() {
    let meta = Metadata::from_json(r#"{"licence": {"attribution": "Licensed."}}"#).unwrap();
    assert_eq!(Document::from_plain_text(meta.clone(), "A.\nLicensed.").paragraphs.len(), 1);
    assert_eq!(Document::from_plain_text(meta, "A.\nNot it.").paragraphs.len(), 2);
    assert_eq!(Document::from_plain_text(Metadata::default(), "A.\nLicensed.").paragraphs.len(), 2);
}

#[wasm_bindgen_test(unsupported = test)]
fn metadata_tolerates_missing_and_unknown_fields_and_reports_bad_json() {
    let meta = Metadata::from_json(r#"{"title": "T", "extra": [1, 2]}"#).unwrap();
    assert_eq!(meta.title, "T");
    assert_eq!(meta.attribution(), None);
    assert_eq!(meta.source_host(), None);
    let error = Metadata::from_json("{\"title\": 3}").unwrap_err();
    assert!(error.contains("metadata"), "{error}");
}

#[wasm_bindgen_test(unsupported = test)]
fn leads_cut_at_a_word() {
    let doc = builtin::statement();
    let lead = doc.paragraphs[0].lead(40);
    assert!(lead.ends_with('…') && lead.chars().count() <= 41, "{lead}");
    assert!(doc.paragraphs[0].text.starts_with(lead.trim_end_matches('…')));
    assert_eq!(Document::from_plain_text(Metadata::default(), "Short.").paragraphs[0].lead(40), "Short.");
}

//! Loading any statement: both formats, and every error naming what is wrong and where.

use wasm_bindgen_test::wasm_bindgen_test;

use statement_core::formats::{detect_format, parse_document, safe_link, Format, LoadError, MAX_DOCUMENT_BYTES};

fn texts(bytes: &[u8], name: &str) -> Vec<String> {
    parse_document(bytes, name).unwrap().paragraphs.into_iter().map(|p| p.text).collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn plain_text_is_one_paragraph_per_line_blank_lines_ignored() {
    assert_eq!(
        texts(b"\xEF\xBB\xBFFirst.\r\n\r\n  Second one.  \n\n\nThird.", "a.txt"),
        ["First.", "Second one.", "Third."]
    );
    let doc = parse_document(b"Only.", "").unwrap();
    assert_eq!(doc.meta.title, "");
    assert_eq!(doc.paragraphs[0].number, 1);
}

#[wasm_bindgen_test(unsupported = test)]
fn json_reads_metadata_and_paragraphs_and_ignores_unknown_fields() {
    let json = br#"{
        "title": "Communique", "date": "1 May 2025", "place": "Rome", "source": "https://example.org/c",
        "licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/", "attribution": "By X."},
        "paragraphs": ["One. Two.", "  Three.  "],
        "x-unknown": [1, 2, {"deep": true}]
    }"#;
    let doc = parse_document(json, "c.json").unwrap();
    assert_eq!(doc.meta.title, "Communique");
    assert_eq!(doc.meta.place, "Rome");
    assert_eq!(doc.meta.attribution(), Some("By X."));
    assert_eq!(doc.paragraphs.len(), 2);
    assert_eq!(doc.paragraphs[0].sentences.len(), 2);
    assert_eq!(doc.paragraphs[1].text, "Three.");
    // Without an extension, content decides.
    assert_eq!(parse_document(json, "https://example.org/doc").unwrap().meta.title, "Communique");
}

#[wasm_bindgen_test(unsupported = test)]
fn format_detection() {
    assert_eq!(detect_format("x.JSON?v=2", "anything"), Format::Json);
    assert_eq!(detect_format("x.txt", "{ looks like json"), Format::Text);
    assert_eq!(detect_format("", "  {\"paragraphs\":[]}"), Format::Json);
    assert_eq!(detect_format("", "Plain."), Format::Text);
}

fn error(bytes: &[u8], name: &str) -> (LoadError, String) {
    let e = parse_document(bytes, name).unwrap_err();
    let message = e.to_string();
    (e, message)
}

#[wasm_bindgen_test(unsupported = test)]
fn every_error_says_what_and_where() {
    let (e, m) = error(b"line one\nline \xFF two", "a.txt");
    assert_eq!(e, LoadError::NotUtf8 { line: 2, offset: 14 });
    assert!(m.contains("line 2") && m.contains("not UTF-8"), "{m}");

    let (e, m) = error(b"\x89PNG\r\n\x1a\n\0\0\0", "x.txt");
    assert_eq!(e, LoadError::Binary);
    assert!(m.contains("not text"), "{m}");

    let (e, _) = error(b" \n\n \t\n", "x.txt");
    assert_eq!(e, LoadError::Empty);

    let big = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
    let (e, m) = error(&big, "x.txt");
    assert!(matches!(e, LoadError::TooLarge { .. }));
    assert!(m.contains("up to 5 MB"), "{m}");

    let (e, m) = error(b"{\n  \"title\": \"x\",\n  \"paragraphs\": [\"a\",]\n}", "x.json");
    assert!(matches!(e, LoadError::Syntax { line: 3, .. }), "{e:?}");
    assert!(m.contains("line 3") && m.contains("column"), "{m}");

    let (e, m) = error(br#"{"paragraphs": "one"}"#, "x.json");
    assert_eq!(
        e,
        LoadError::Field { field: "paragraphs".into(), problem: "must be an array of strings, not a string".into() }
    );
    assert!(m.contains("`paragraphs`"), "{m}");

    let (_, m) = error(br#"{"paragraphs": ["ok", 3]}"#, "x.json");
    assert!(m.contains("`paragraphs[1]` must be a string, not a number"), "{m}");
    let (_, m) = error(br#"{"paragraphs": ["ok", "  "]}"#, "x.json");
    assert!(m.contains("`paragraphs[1]` is empty"), "{m}");
    let (_, m) = error(br#"{"title": 7, "paragraphs": ["ok"]}"#, "x.json");
    assert!(m.contains("`title` must be a string, not a number"), "{m}");
    let (_, m) = error(br#"{"licence": {"url": false}, "paragraphs": ["ok"]}"#, "x.json");
    assert!(m.contains("`licence.url` must be a string"), "{m}");
    let (_, m) = error(br#"{"licence": "OGL", "paragraphs": ["ok"]}"#, "x.json");
    assert!(m.contains("`licence` must be an object"), "{m}");
    let (_, m) = error(br#"{"title": "no paragraphs"}"#, "x.json");
    assert!(m.contains("`paragraphs` is missing"), "{m}");
    let (e, _) = error(br#"{"paragraphs": []}"#, "x.json");
    assert_eq!(e, LoadError::Empty);
    let (_, m) = error(b"[\"a\"]", "x.json");
    assert!(m.contains("must be an object, not an array"), "{m}");
}

#[wasm_bindgen_test(unsupported = test)]
fn hostile_text_loads_as_text() {
    let hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script>\n\u{202E}evil\u{202C} zero\u{200B}width e\u{301} 🇬🇧\n[link](javascript:alert(3))";
    let t = texts(hostile.as_bytes(), "h.txt");
    assert_eq!(t.len(), 3);
    assert!(t[0].starts_with("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test(unsupported = test)]
fn only_web_links_are_links() {
    assert_eq!(safe_link(" https://example.org/x "), Some("https://example.org/x"));
    assert_eq!(safe_link("HTTP://EXAMPLE.ORG"), Some("HTTP://EXAMPLE.ORG"));
    for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "//evil.org", "vbscript:x", ""]
    {
        assert_eq!(safe_link(bad), None, "{bad}");
    }
}

#[test]
fn web_pages_and_pdfs_are_told_apart_from_text() {
    use statement_core::formats::extracted_format;
    assert_eq!(extracted_format(b"%PDF-1.7\n...", "x", ""), Some(Format::Pdf));
    assert_eq!(extracted_format(b"\xef\xbb\xbf  <!DOCTYPE html><html>", "x.txt", ""), Some(Format::Html));
    assert_eq!(extracted_format(b"<html lang=en>", "", ""), Some(Format::Html));
    assert_eq!(extracted_format(b"anything", "page.HTM", ""), Some(Format::Html));
    assert_eq!(extracted_format(b"anything", "", "text/html; charset=utf-8"), Some(Format::Html));
    assert_eq!(extracted_format(b"<p>Pasted</p><p>two</p>", "", ""), Some(Format::Html));
    assert_eq!(extracted_format(b"Plain. <b> is a tag", "x.txt", "text/plain"), None);
    assert_eq!(extracted_format(b"{\"paragraphs\":[\"<html>\"]}", "x.json", ""), None);
}

#[test]
fn an_extract_becomes_a_document_and_round_trips_through_json() {
    use statement_core::formats::{document_json, parse_extracted};
    let page = r#"{"headline":"Joint statement","blocks":["One.","Two."],"meta":{"article:published_time":"2024-09-11"},"canonical":"https://www.gov.uk/x"}"#;
    let doc = parse_extracted(Format::Html, page).unwrap();
    assert_eq!(doc.paragraphs.len(), 2);
    let again = parse_document(document_json(&doc).as_bytes(), "x.json").unwrap();
    assert_eq!(again, doc);
    assert_eq!(
        parse_extracted(Format::Pdf, r#"{"error":"This PDF is protected by a password."}"#),
        Err(LoadError::Unreadable { message: "This PDF is protected by a password.".into() })
    );
    assert!(matches!(parse_extracted(Format::Pdf, "not json"), Err(LoadError::Unreadable { .. })));
    assert!(matches!(parse_extracted(Format::Html, r#"{"blocks":3}"#), Err(LoadError::Unreadable { .. })));
}

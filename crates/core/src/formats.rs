//! Loading any statement: plain UTF-8 text (one paragraph per line, blank lines ignored) or JSON
//! (`title`, `date`, `place`, `source`, `licence` {`name`, `url`, `attribution`}, `paragraphs`;
//! unknown fields ignored). Every error says what is wrong and where (line, or field).

use std::fmt;

use serde_json::Value;

use crate::json::kind;

use super::document::{Document, Licence, Metadata, Paragraph};

/// The largest document the reader accepts: 5 MiB (the statement is 9 KB; a 100× stress
/// document is under 1 MB).
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// The largest web page or PDF the reader reads: 50 MiB (a PDF's images and fonts weigh far
/// more than its text; a 30-page communiqué is a few MB).
pub const MAX_EXTRACTED_BYTES: usize = 50 * 1024 * 1024;

/// Why a document could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not UTF-8: the first bad byte's line (from 1) and byte offset.
    NotUtf8 {
        line: usize,
        offset: usize,
    },
    /// NUL bytes: an image, a PDF or an archive rather than text.
    Binary,
    /// No paragraph at all.
    Empty,
    /// JSON that does not parse.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON that parses but a field is wrong.
    Field {
        field: String,
        problem: String,
    },
    /// A web page or PDF in which no statement's text was found (`what` names the kind).
    NoStatement {
        what: String,
    },
    /// A PDF with no text layer (scanned pages).
    NoTextLayer,
    /// The extractor of a web page or PDF said why it could not read it (encrypted, broken, or
    /// the extractor itself could not load).
    Unreadable {
        message: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes, limit } => write!(
                f,
                "The document is {} MB; the reader accepts up to {} MB.",
                crate::decimal::decimal(*bytes as f64 / 1_048_576.0, 1),
                limit / 1_048_576
            ),
            LoadError::NotUtf8 { line, offset } => {
                write!(f, "The document is not UTF-8 text: line {line} has an invalid byte (at byte {offset}).")
            }
            LoadError::Binary => {
                write!(f, "The document is not text (it contains NUL bytes): is it an image, a PDF or an archive?")
            }
            LoadError::Empty => write!(f, "The document has no paragraphs."),
            LoadError::Syntax { line, column, message } => {
                write!(f, "The JSON does not parse: {message} (line {line}, column {column}).")
            }
            LoadError::Field { field, problem } => write!(f, "The JSON field `{field}` {problem}."),
            LoadError::NoStatement { what } => write!(f, "No statement's text was found in this {what}."),
            LoadError::NoTextLayer => write!(
                f,
                "This PDF has no text to read: its pages are images (a scan?). Open a PDF with a text layer, or paste the text."
            ),
            LoadError::Unreadable { message } => write!(f, "{message}"),
        }
    }
}

/// Which format a document is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    /// A web page: read by the page extractor (`assets/extract-html.js`, then [`crate::web_page`]).
    Html,
    /// A PDF: read by the PDF extractor (`assets/extract-pdf.js`, then [`crate::pdf_text`]).
    Pdf,
}

/// The formats that need the browser's extractor before [`crate::web_page`] or
/// [`crate::pdf_text`] can make a document of them: `Some(Html | Pdf)`, by content first (a
/// PDF's `%PDF-` header; a page's doctype or `<html>`), then by the name's extension or the
/// response's type.
pub fn extracted_format(bytes: &[u8], name: &str, media_type: &str) -> Option<Format> {
    let head = &bytes[..bytes.len().min(1024)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xef && *b != 0xbb && *b != 0xbf)
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.starts_with(b"%PDF-") || bytes.windows(5).take(1024).any(|w| w == b"%PDF-") {
        return Some(Format::Pdf);
    }
    let lower: Vec<u8> = head.iter().take(256).map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"<!doctype html")
        || lower.starts_with(b"<html")
        || lower.starts_with(b"<!--") && lower.windows(5).any(|w| w == b"<html")
    {
        return Some(Format::Html);
    }
    let path = name.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
    let media_type = media_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    if path.ends_with(".pdf") || media_type == "application/pdf" {
        Some(Format::Pdf)
    } else if [".html", ".htm", ".xhtml", ".mhtml"].iter().any(|e| path.ends_with(e))
        || media_type == "text/html"
        || media_type == "application/xhtml+xml"
        || (lower.starts_with(b"<")
            && (lower.windows(5).any(|w| w == b"<head" || w == b"<body") || lower.windows(2).any(|w| w == b"<p")))
    {
        Some(Format::Html)
    } else {
        None
    }
}

/// Decides the format: by the name's extension when it has one we know, else by content
/// (JSON starts with `{`).
pub fn detect_format(name: &str, text: &str) -> Format {
    let path = name.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
    if path.ends_with(".json") {
        Format::Json
    } else if path.ends_with(".txt") {
        Format::Text
    } else if text.trim_start_matches('\u{feff}').trim_start().starts_with('{') {
        Format::Json
    } else {
        Format::Text
    }
}

/// Parses a document from raw bytes; `name` (a URL or file name) helps decide the format.
pub fn parse_document(bytes: &[u8], name: &str) -> Result<Document, LoadError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len(), limit: MAX_DOCUMENT_BYTES });
    }
    if bytes.contains(&0) {
        return Err(LoadError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        LoadError::NotUtf8 { line: 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count(), offset }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match detect_format(name, text) {
        Format::Json => parse_json(text),
        _ => parse_text(text),
    }
}

/// Plain text: one paragraph per line (any line ending), blank lines ignored, surrounding
/// whitespace trimmed. There is no metadata.
pub fn parse_text(text: &str) -> Result<Document, LoadError> {
    let document = Document::from_plain_text(Metadata::default(), text);
    if document.paragraphs.is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(document)
}

fn field(field: impl Into<String>, problem: impl Into<String>) -> LoadError {
    LoadError::Field { field: field.into(), problem: problem.into() }
}

/// An optional string field of `object`: absent or null is empty; anything else must be a string.
fn optional_string(object: &serde_json::Map<String, Value>, name: &str, path: &str) -> Result<String, LoadError> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s.trim().to_owned()),
        Some(other) => Err(field(format!("{path}{name}"), format!("must be a string, not {}", kind(other)))),
    }
}

/// JSON: an object with `paragraphs` (a non-empty array of non-empty strings) and optional
/// metadata. Unknown fields are ignored.
pub fn parse_json(text: &str) -> Result<Document, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: {
            // serde_json appends " at line L column C"; the position is reported separately.
            let message = e.to_string();
            message.split(" at line ").next().unwrap_or(&message).to_owned()
        },
    })?;
    let Value::Object(object) = value else {
        return Err(field("(top level)", format!("must be an object, not {}", kind(&value))));
    };
    let licence = match object.get("licence") {
        None | Some(Value::Null) => None,
        Some(Value::Object(l)) => Some(Licence {
            name: optional_string(l, "name", "licence.")?,
            url: optional_string(l, "url", "licence.")?,
            attribution: optional_string(l, "attribution", "licence.")?,
        }),
        Some(other) => return Err(field("licence", format!("must be an object, not {}", kind(other)))),
    };
    let meta = Metadata {
        publisher: optional_string(&object, "publisher", "")?,
        title: optional_string(&object, "title", "")?,
        date: optional_string(&object, "date", "")?,
        date_start: Some(optional_string(&object, "date_start", "")?)
            .filter(|d| crate::web_page::iso_day(d).as_deref() == Some(d.as_str())),
        place: optional_string(&object, "place", "")?,
        source: optional_string(&object, "source", "")?,
        licence,
        ..Metadata::default()
    };
    let paragraphs = match object.get("paragraphs") {
        None => return Err(field("paragraphs", "is missing")),
        Some(Value::Array(items)) => items,
        Some(other) => return Err(field("paragraphs", format!("must be an array of strings, not {}", kind(other)))),
    };
    if paragraphs.is_empty() {
        return Err(LoadError::Empty);
    }
    let paragraphs = paragraphs
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            Value::String(s) if !s.trim().is_empty() => Ok(Paragraph::new(i + 1, s.trim())),
            Value::String(_) => Err(field(format!("paragraphs[{i}]"), "is empty")),
            other => Err(field(format!("paragraphs[{i}]"), format!("must be a string, not {}", kind(other)))),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Document { meta, paragraphs })
}

/// `url` if it is an `http:` or `https:` URL (so a document cannot smuggle a `javascript:` link).
pub fn safe_link(url: &str) -> Option<&str> {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

/// A web page's or PDF's extract (the JSON the browser's extractor returned) as a document; an
/// extract that is `{"error": …}` is [`LoadError::Unreadable`] with its message.
pub fn parse_extracted(format: Format, json: &str) -> Result<Document, LoadError> {
    let unreadable = |e: serde_json::Error| LoadError::Unreadable {
        message: format!("The extractor's answer did not parse ({e})."),
    };
    let value: Value = serde_json::from_str(json).map_err(unreadable)?;
    if let Some(message) = value.get("error").and_then(Value::as_str) {
        return Err(LoadError::Unreadable { message: message.to_owned() });
    }
    match format {
        Format::Html => crate::web_page::document_from_extract(
            &serde_json::from_value(value).map_err(unreadable)?,
            &crate::web_page::WebPageRules::builtin(),
        ),
        Format::Pdf => crate::pdf_text::document_from_pdf(&serde_json::from_value(value).map_err(unreadable)?),
        Format::Json | Format::Text => parse_document(json.as_bytes(), ".json"),
    }
}

/// A document in the reader's JSON format (what [`parse_json`] reads back): how a statement read
/// from a web page or PDF is kept for a reload.
pub fn document_json(document: &Document) -> String {
    let m = &document.meta;
    let mut object = serde_json::Map::new();
    for (key, value) in [
        ("title", &m.title),
        ("date", &m.date),
        ("place", &m.place),
        ("source", &m.source),
        ("publisher", &m.publisher),
    ] {
        if !value.is_empty() {
            object.insert(key.into(), Value::String(value.clone()));
        }
    }
    if let Some(day) = &m.date_start {
        object.insert("date_start".into(), Value::String(day.clone()));
    }
    if let Some(l) = &m.licence {
        object.insert(
            "licence".into(),
            serde_json::json!({ "name": l.name, "url": l.url, "attribution": l.attribution }),
        );
    }
    let paragraphs = document.paragraphs.iter().map(|p| Value::String(p.text.clone())).collect();
    object.insert("paragraphs".into(), Value::Array(paragraphs));
    Value::Object(object).to_string()
}

/// A document kept for a reload as [`document_json`] or as the text it was read from: read back
/// by the name it was opened under (a web page's or PDF's is the reader's JSON).
pub fn parse_kept(text: &str, name: &str) -> Result<Document, LoadError> {
    if extracted_format(&[], name, "").is_some() && text.trim_start().starts_with('{') {
        parse_json(text)
    } else {
        parse_document(text.as_bytes(), name)
    }
}

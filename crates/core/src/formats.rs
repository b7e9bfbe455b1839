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

/// Why a document could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    TooLarge {
        bytes: usize,
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
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(
                f,
                "The document is {} MB; the reader accepts up to {} MB.",
                crate::decimal::decimal(*bytes as f64 / 1_048_576.0, 1),
                MAX_DOCUMENT_BYTES / 1_048_576
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
        }
    }
}

/// Which format a document is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
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
        return Err(LoadError::TooLarge { bytes: bytes.len() });
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
        Format::Text => parse_text(text),
        Format::Json => parse_json(text),
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
        title: optional_string(&object, "title", "")?,
        date: optional_string(&object, "date", "")?,
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

//! What is saved in the browser: the storage key, the schema, and merging.

use serde::Serialize;

use super::{Highlight, SCHEMA};
use crate::document::Document;
use crate::hash::Fnv1a;
use crate::json;

/// What every key of saved highlights starts with (the lite module asks whether any is kept).
pub const STORAGE_KEY_PREFIX: &str = "statement-reader:highlights:";

/// The storage key for `document`'s highlights: a hash of its paragraphs' text, so each
/// statement keeps its own and a changed text keeps its old highlights under the old key.
pub fn storage_key(document: &Document) -> String {
    let mut hash = Fnv1a::default();
    for p in &document.paragraphs {
        hash.write(p.text.as_bytes()).write(b"\n");
    }
    format!("{STORAGE_KEY_PREFIX}{}", hash.hex())
}

/// What is saved: a schema version and the highlights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Saved {
    pub schema: u32,
    pub highlights: Vec<Highlight>,
}

/// Reads saved data. An error means it must be kept aside, untouched.
pub fn parse_saved(raw: &str) -> Result<Vec<Highlight>, String> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| format!("not readable JSON ({e})"))?;
    let schema = value.get("schema").and_then(serde_json::Value::as_u64);
    if schema != Some(u64::from(SCHEMA)) {
        return Err(match schema {
            Some(other) => format!("saved with schema {other}; this reader reads schema {SCHEMA}"),
            None => "no schema version".to_owned(),
        });
    }
    let highlights = json::object(&value)
        .and_then(|o| json::required::<Vec<Highlight>>(o, "highlights"))
        .map_err(|e| format!("not in the expected shape ({e})"))?;
    Ok(highlights)
}

pub fn serialize_saved(highlights: &[Highlight]) -> String {
    serde_json::to_string(&Saved { schema: SCHEMA, highlights: highlights.to_vec() }).unwrap_or_default()
}

/// Merges `incoming` into `current`: one highlight per id (the more recently updated wins), and
/// no two with the same place, quote and colour. Sorted by paragraph and position.
pub fn merge(current: &[Highlight], incoming: &[Highlight]) -> Vec<Highlight> {
    let mut out: Vec<Highlight> = current.to_vec();
    for h in incoming {
        if let Some(existing) = out.iter_mut().find(|e| e.id == h.id) {
            if h.updated > existing.updated {
                *existing = h.clone();
            }
        } else if !out.iter().any(|e| {
            e.paragraph == h.paragraph
                && e.start == h.start
                && e.end == h.end
                && e.colour == h.colour
                && e.quote.exact == h.quote.exact
        }) {
            out.push(h.clone());
        }
    }
    out.sort_by(|a, b| (a.paragraph, a.start, a.end, &a.id).cmp(&(b.paragraph, b.start, b.end, &b.id)));
    out
}

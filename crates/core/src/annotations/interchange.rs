//! Interchange formats: Markdown notes, and W3C Web Annotation export and import.

use super::{Highlight, HighlightColour, TextQuote};
use crate::document::Document;
use crate::hash::Fnv1a;
use crate::json::FromJson;

/// My notes as Markdown: each highlight's quote, note and paragraph link, then the citation.
pub fn export_markdown(document: &Document, highlights: &[Highlight], page_url: &str) -> String {
    let title = if document.meta.title.is_empty() { "Untitled statement" } else { &document.meta.title };
    let mut out = format!("# My notes on “{title}”\n\n");
    for h in highlights {
        let _ = std::fmt::Write::write_fmt(
            &mut out,
            format_args!(
                "> {}\n\n— [paragraph {}]({page_url}#p{}) · {}\n\n",
                h.quote.exact,
                h.paragraph,
                h.paragraph,
                h.colour.as_str()
            ),
        );
        if !h.note.is_empty() {
            out.push_str(&format!("{}\n\n", h.note));
        }
    }
    let by = document.meta.governments.join(" and ");
    out.push_str("---\n\n");
    let mut source = format!("Source: {}“{title}”", if by.is_empty() { String::new() } else { format!("{by}, ") });
    if !document.meta.date.is_empty() {
        source.push_str(&format!(", {}", document.meta.date));
    }
    out.push_str(&format!("{source}. {page_url}\n"));
    if let Some(attribution) = document.meta.attribution() {
        out.push_str(&format!("\n{attribution}\n"));
    }
    out
}

/// My notes as W3C Web Annotations (an `AnnotationCollection` with one page of items).
pub fn export_annotations(highlights: &[Highlight], page_url: &str) -> String {
    let items: Vec<serde_json::Value> = highlights
        .iter()
        .map(|h| {
            let mut item = serde_json::json!({
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": format!("urn:statement-reader:{}", h.id),
                "type": "Annotation",
                "motivation": if h.note.is_empty() { "highlighting" } else { "commenting" },
                "created": h.created,
                "modified": h.updated,
                "target": {
                    "source": format!("{page_url}#p{}", h.paragraph),
                    "selector": [
                        { "type": "TextQuoteSelector", "exact": h.quote.exact, "prefix": h.quote.prefix, "suffix": h.quote.suffix },
                        { "type": "TextPositionSelector", "start": h.start, "end": h.end }
                    ],
                    "styleClass": h.colour.as_str(),
                }
            });
            if !h.note.is_empty() {
                item["body"] = serde_json::json!({ "type": "TextualBody", "value": h.note, "format": "text/plain", "purpose": "commenting" });
            }
            item
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "statement-reader highlights",
        "total": highlights.len(),
        "first": { "type": "AnnotationPage", "items": items }
    }))
    .unwrap_or_default()
}

/// Reads W3C Web Annotations written by [`export_annotations`] (or a bare array of them).
/// Annotations this reader cannot use are counted, not fatal.
pub fn import_annotations(json: &str) -> Result<(Vec<Highlight>, usize), String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("The file is not JSON: {e}"))?;
    let items = value
        .pointer("/first/items")
        .or_else(|| value.get("items"))
        .or(Some(&value))
        .and_then(serde_json::Value::as_array)
        .ok_or("The file holds no annotations (expected an AnnotationCollection or an array).")?;
    let mut out = Vec::new();
    let mut skipped = 0;
    for item in items {
        match annotation_to_highlight(item) {
            Some(h) => out.push(h),
            None => skipped += 1,
        }
    }
    Ok((out, skipped))
}

fn annotation_to_highlight(item: &serde_json::Value) -> Option<Highlight> {
    let target = item.get("target")?;
    let source = target.get("source")?.as_str()?;
    let paragraph: usize = source.rsplit_once("#p")?.1.parse().ok()?;
    let selectors = target.get("selector")?.as_array()?;
    let quote = selectors.iter().find(|s| s.get("type").and_then(|t| t.as_str()) == Some("TextQuoteSelector"))?;
    let position = selectors.iter().find(|s| s.get("type").and_then(|t| t.as_str()) == Some("TextPositionSelector"));
    let text = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or_default().to_owned();
    let exact = text(quote, "exact");
    if exact.is_empty() {
        return None;
    }
    let id = text(item, "id");
    let id = id.strip_prefix("urn:statement-reader:").unwrap_or(&id).to_owned();
    let colour =
        target.get("styleClass").and_then(|c| HighlightColour::read(c).ok()).unwrap_or(HighlightColour::Yellow);
    let mut highlight = Highlight {
        id,
        paragraph,
        start: position.and_then(|p| p.get("start")?.as_u64()).unwrap_or(0) as usize,
        end: position.and_then(|p| p.get("end")?.as_u64()).unwrap_or(0) as usize,
        quote: TextQuote { exact, prefix: text(quote, "prefix"), suffix: text(quote, "suffix") },
        colour,
        note: item.pointer("/body/value").and_then(|v| v.as_str()).unwrap_or_default().to_owned(),
        created: text(item, "created"),
        updated: text(item, "modified"),
    };
    if highlight.id.is_empty() {
        highlight.id = content_id(&highlight);
    }
    Some(highlight)
}

/// An id for an imported highlight that has none, derived from everything it says: two
/// different highlights never share one (so `merge` keeps both), and importing the same file
/// twice gives the same ids (so it adds nothing the second time).
fn content_id(h: &Highlight) -> String {
    let mut hash = Fnv1a::default();
    for part in [
        h.paragraph.to_string().as_str(),
        &h.start.to_string(),
        &h.end.to_string(),
        &h.quote.exact,
        &h.quote.prefix,
        &h.quote.suffix,
        h.colour.as_str(),
        &h.note,
        &h.created,
    ] {
        hash.write(part.as_bytes()).write(&[0]);
    }
    format!("imported-{}", hash.hex())
}

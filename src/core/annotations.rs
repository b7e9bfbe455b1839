//! A reader's own highlights and notes, anchored so they survive changes to the document.
//!
//! Each highlight keeps the W3C Web Annotation selectors: a position (paragraph number and
//! character offsets in its text) and a quote (the exact text with some prefix and suffix). On
//! load it is re-anchored by position when the text there still matches, else by the quote —
//! in the same paragraph first, then anywhere — preferring the occurrence whose context matches
//! best and that lies nearest; one that cannot be found is an orphan, listed, never dropped.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::document::Document;

/// How much context a quote keeps on each side (characters).
pub const CONTEXT_CHARS: usize = 32;
/// The saved-data schema; older or newer data is kept aside, not misread.
pub const SCHEMA: u32 = 1;

/// Highlight colours, named for what they look like (the stylesheet gives each a light and a
/// dark tint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum HighlightColour {
    Yellow,
    Green,
    Blue,
    Pink,
    Purple,
}

impl HighlightColour {
    pub const ALL: [HighlightColour; 5] = [Self::Yellow, Self::Green, Self::Blue, Self::Pink, Self::Purple];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yellow => "yellow",
            Self::Green => "green",
            Self::Blue => "blue",
            Self::Pink => "pink",
            Self::Purple => "purple",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Yellow => "Yellow",
            Self::Green => "Green",
            Self::Blue => "Blue",
            Self::Pink => "Pink",
            Self::Purple => "Purple",
        }
    }
}

/// W3C TextQuoteSelector.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuote {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// One highlight, with an optional note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Highlight {
    pub id: String,
    /// Paragraph number (from 1) when it was made.
    pub paragraph: usize,
    /// Character (Unicode scalar) offsets in that paragraph's text: W3C TextPositionSelector.
    pub start: usize,
    pub end: usize,
    pub quote: TextQuote,
    pub colour: HighlightColour,
    #[serde(default)]
    pub note: String,
    /// ISO 8601 times, from the browser's clock.
    pub created: String,
    pub updated: String,
}

/// Where a highlight sits now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// Paragraph index (from 0) and byte range in its text.
    Found {
        paragraph: usize,
        range: Range<usize>,
        moved: bool,
    },
    Orphan,
}

fn byte_at(text: &str, chars: usize) -> Option<usize> {
    if chars == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(chars).map(|(b, _)| b)
}

fn char_at(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// The last `n` characters before byte `at` and the first `n` after byte `end`.
fn context(text: &str, at: usize, end: usize) -> (String, String) {
    let before: Vec<char> = text[..at].chars().rev().take(CONTEXT_CHARS).collect();
    let prefix: String = before.into_iter().rev().collect();
    let suffix: String = text[end..].chars().take(CONTEXT_CHARS).collect();
    (prefix, suffix)
}

impl Highlight {
    /// A new highlight of bytes `range` of paragraph index `p`. `None` if the range is empty, out
    /// of bounds or not on char boundaries.
    pub fn new(
        document: &Document,
        p: usize,
        range: Range<usize>,
        colour: HighlightColour,
        id: String,
        now: String,
    ) -> Option<Self> {
        let text = &document.paragraphs.get(p)?.text;
        if range.is_empty()
            || range.end > text.len()
            || !text.is_char_boundary(range.start)
            || !text.is_char_boundary(range.end)
        {
            return None;
        }
        let (prefix, suffix) = context(text, range.start, range.end);
        Some(Self {
            id,
            paragraph: p + 1,
            start: char_at(text, range.start),
            end: char_at(text, range.end),
            quote: TextQuote { exact: text[range.clone()].to_owned(), prefix, suffix },
            colour,
            note: String::new(),
            created: now.clone(),
            updated: now,
        })
    }

    /// Finds the highlight in `document` (see the module rules).
    pub fn anchor(&self, document: &Document) -> Anchor {
        if self.quote.exact.is_empty() {
            return Anchor::Orphan;
        }
        // 1. By position, when the text there is still the quote.
        if let Some(p) = self.paragraph.checked_sub(1).and_then(|i| document.paragraphs.get(i)) {
            if let (Some(a), Some(b)) = (byte_at(&p.text, self.start), byte_at(&p.text, self.end)) {
                if a <= b && p.text[a..b] == self.quote.exact {
                    return Anchor::Found { paragraph: self.paragraph - 1, range: a..b, moved: false };
                }
            }
        }
        // 2. By quote: every occurrence, scored by matching context, then by nearness.
        let mut best: Option<(usize, usize, usize, Range<usize>)> = None; // (score, distance, p, range)
        for (i, p) in document.paragraphs.iter().enumerate() {
            for (at, _) in p.text.match_indices(self.quote.exact.as_str()) {
                let end = at + self.quote.exact.len();
                let (prefix, suffix) = context(&p.text, at, end);
                let score = common_suffix(&prefix, &self.quote.prefix) + common_prefix(&suffix, &self.quote.suffix);
                let distance = i.abs_diff(self.paragraph.saturating_sub(1)) * 1_000_000
                    + char_at(&p.text, at).abs_diff(self.start);
                let better = match &best {
                    None => true,
                    Some((s, d, _, _)) => score > *s || (score == *s && distance < *d),
                };
                if better {
                    best = Some((score, distance, i, at..end));
                }
            }
        }
        match best {
            Some((_, _, paragraph, range)) => Anchor::Found { paragraph, range, moved: true },
            None => Anchor::Orphan,
        }
    }
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

/// The storage key for `document`'s highlights: a hash of its paragraphs' text, so each
/// statement keeps its own and a changed text keeps its old highlights under the old key.
pub fn storage_key(document: &Document) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for p in &document.paragraphs {
        for b in p.text.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("statement-reader:highlights:{hash:016x}")
}

/// What is saved: a schema version and the highlights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    let saved: Saved = serde_json::from_value(value).map_err(|e| format!("not in the expected shape ({e})"))?;
    Ok(saved.highlights)
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

/// How a citation is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CitationFormat {
    Plain,
    Markdown,
    Bibtex,
}

impl CitationFormat {
    pub const ALL: [CitationFormat; 3] = [Self::Plain, Self::Markdown, Self::Bibtex];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plain => "plain",
            Self::Markdown => "markdown",
            Self::Bibtex => "bibtex",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Plain => "Plain text",
            Self::Markdown => "Markdown",
            Self::Bibtex => "BibTeX",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == value)
    }
}

fn bibtex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '{' | '}' | '%' | '&' | '$' | '#' | '_' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

/// Paragraph `number` of `document` quoted with a full citation: title, governments, date,
/// paragraph number, `link` (to exactly that paragraph) and the licence attribution.
pub fn cite(document: &Document, number: usize, format: CitationFormat, link: &str) -> Option<String> {
    let paragraph = document.paragraph(number)?;
    let meta = &document.meta;
    let title = if meta.title.is_empty() { "Untitled statement" } else { meta.title.as_str() };
    let by = meta.governments.join(" and ");
    let attribution = meta.attribution().unwrap_or_default();
    let mut parts: Vec<String> = Vec::new();
    if !by.is_empty() {
        parts.push(by.clone());
    }
    parts.push(format!("“{title}”"));
    if !meta.place.is_empty() {
        parts.push(meta.place.clone());
    }
    if !meta.date.is_empty() {
        parts.push(meta.date.clone());
    }
    parts.push(format!("paragraph {number}"));
    let reference = parts.join(", ");
    Some(match format {
        CitationFormat::Plain => {
            let mut out = format!("“{}”\n— {reference}. {link}", paragraph.text);
            if !attribution.is_empty() {
                out.push_str(&format!("\n{attribution}"));
            }
            out
        }
        CitationFormat::Markdown => {
            let mut out = format!("> {}\n\n— {}, [paragraph {number}]({link})", paragraph.text, {
                let mut head = parts.clone();
                head.pop();
                head.join(", ")
            });
            if !attribution.is_empty() {
                out.push_str(&format!("\n\n*{attribution}*"));
            }
            out
        }
        CitationFormat::Bibtex => {
            let year =
                meta.date.split_whitespace().last().filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
            let key: String =
                title.chars().filter(|c| c.is_ascii_alphanumeric()).take(24).collect::<String>().to_lowercase();
            let mut fields = vec![format!("  title = {{{}}}", bibtex_escape(title))];
            if !by.is_empty() {
                fields.push(format!("  author = {{{{{}}}}}", bibtex_escape(&by)));
            }
            if let Some(year) = year {
                fields.push(format!("  year = {{{year}}}"));
            }
            if !meta.date.is_empty() {
                fields.push(format!("  date = {{{}}}", bibtex_escape(&meta.date)));
            }
            if !meta.place.is_empty() {
                fields.push(format!("  address = {{{}}}", bibtex_escape(&meta.place)));
            }
            fields.push(format!("  note = {{Paragraph {number}: ``{}''}}", bibtex_escape(&paragraph.text)));
            fields.push(format!("  url = {{{link}}}"));
            if !attribution.is_empty() {
                fields.push(format!("  copyright = {{{}}}", bibtex_escape(attribution)));
            }
            format!("@misc{{{}{},\n{}\n}}", key, year.unwrap_or(""), fields.join(",\n"))
        }
    })
}

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
    let colour = target
        .get("styleClass")
        .and_then(|c| serde_json::from_value::<HighlightColour>(c.clone()).ok())
        .unwrap_or(HighlightColour::Yellow);
    Some(Highlight {
        id: if id.is_empty() { format!("imported-{paragraph}-{}", exact.len()) } else { id },
        paragraph,
        start: position.and_then(|p| p.get("start")?.as_u64()).unwrap_or(0) as usize,
        end: position.and_then(|p| p.get("end")?.as_u64()).unwrap_or(0) as usize,
        quote: TextQuote { exact, prefix: text(quote, "prefix"), suffix: text(quote, "suffix") },
        colour,
        note: item.pointer("/body/value").and_then(|v| v.as_str()).unwrap_or_default().to_owned(),
        created: text(item, "created"),
        updated: text(item, "modified"),
    })
}

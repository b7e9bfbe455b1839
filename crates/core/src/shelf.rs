//! The shelf (issue #23): the statements a reader has opened on this device, and what is read
//! across them — a search over all of them grouped by statement, how often a query, a theme or
//! a stance comes back statement after statement (in date order, absolute and per 1,000 words),
//! where a phrase first and last appears and where it drops out, and the shelf as one file to
//! export and import. Plain Rust: storage (IndexedDB) and the view are the UI's.

use serde_json::{json, Value};

use crate::annotations::{merge, parse_saved, serialize_saved, Highlight};
use crate::formats::{document_json, parse_json};
use crate::search::{Context, SearchIndex, SearchOptions};
use crate::Document;

/// The export file's `format` and `version`.
pub const EXPORT_FORMAT: &str = "statement-reader-shelf";
pub const EXPORT_VERSION: u64 = 1;

/// One statement on the shelf.
#[derive(Debug, Clone, PartialEq)]
pub struct ShelfStatement {
    /// [`statement_id`]: the same text is the same statement, however it was opened.
    pub id: String,
    pub document: Document,
    /// When it went on the shelf (ISO 8601).
    pub added: String,
    /// Where it came from: a file's name, an address, "pasted", "built-in".
    pub origin: String,
}

impl ShelfStatement {
    pub fn new(document: Document, added: impl Into<String>, origin: impl Into<String>) -> Self {
        Self { id: statement_id(&document), document, added: added.into(), origin: origin.into() }
    }

    /// Its date for ordering (`YYYY-MM-DD`), if it has one.
    pub fn day(&self) -> Option<&str> {
        self.document.meta.date_start.as_deref()
    }

    pub fn words(&self) -> usize {
        word_count(&self.document)
    }
}

/// A statement's id on the shelf: a hash of its paragraphs, so opening the same statement again
/// (or importing it) never makes a second copy. Metadata edits keep the id.
pub fn statement_id(document: &Document) -> String {
    let mut text = String::new();
    for p in &document.paragraphs {
        text.push_str(&p.text);
        text.push('\n');
    }
    format!("s{}", crate::hash::fnv1a_hex(text.as_bytes()))
}

/// Words in a document (runs of letters or digits), for rates per 1,000 words.
pub fn word_count(document: &Document) -> usize {
    document
        .paragraphs
        .iter()
        .map(|p| p.text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count())
        .sum()
}

/// The shelf in date order: dated statements oldest first, then undated ones by when they were
/// added; ties by title.
pub fn in_date_order(statements: &[ShelfStatement]) -> Vec<&ShelfStatement> {
    let mut sorted: Vec<&ShelfStatement> = statements.iter().collect();
    sorted.sort_by(|a, b| {
        let key = |s: &ShelfStatement| {
            (s.day().is_none(), s.day().unwrap_or("").to_owned(), s.added.clone(), s.document.meta.title.clone())
        };
        key(a).cmp(&key(b))
    });
    sorted
}

/// One statement's results in a search across the shelf.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShelfHits {
    pub id: String,
    /// Matches, as the reader would count them in that statement (`SearchResult::total`).
    pub count: usize,
    /// Paragraphs shown.
    pub paragraphs: usize,
    /// The first matches in context, in document order.
    pub lines: Vec<Context>,
}

/// A query over every statement (`indexes`: id and search index, in the order to report): each
/// statement with at least one match, with its count and its first `lines` matches in context.
/// The same query language, folding and options as the reader's search.
pub fn search_shelf(
    indexes: &[(&str, &SearchIndex)],
    query: &str,
    options: SearchOptions,
    lines: usize,
) -> Vec<ShelfHits> {
    indexes
        .iter()
        .filter_map(|(id, index)| {
            let result = index.search(query, options)?;
            (result.total > 0).then(|| ShelfHits {
                id: (*id).to_owned(),
                count: result.total,
                paragraphs: result.paragraphs.len(),
                lines: (0..result.total.min(lines)).filter_map(|k| index.context(&result, k, 8)).collect(),
            })
        })
        .collect()
}

/// A lens across the shelf: the sentences of `document` that carry `lens`, given its per-sentence
/// lenses (`DocumentThemes::sentences` or `DocumentStances::sentences`: `[p][s]` → indices), as
/// (paragraph number, sentence text).
pub fn lens_sentences(document: &Document, per_sentence: &[Vec<Vec<usize>>], lens: usize) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (p, paragraph) in document.paragraphs.iter().enumerate() {
        for (s, sentence) in paragraph.sentences.iter().enumerate() {
            let carries = per_sentence.get(p).and_then(|ss| ss.get(s)).is_some_and(|ls| ls.contains(&lens));
            if carries {
                found.push((paragraph.number, paragraph.sentence_text(sentence).trim().to_owned()));
            }
        }
    }
    found
}

/// One statement's figure in a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub id: String,
    pub day: Option<String>,
    pub count: usize,
    pub words: usize,
}

impl TrendPoint {
    /// Mentions per 1,000 words, to one decimal (as text; `core::decimal`).
    pub fn per_thousand(&self) -> String {
        if self.words == 0 {
            return "0".into();
        }
        crate::decimal::decimal(self.count as f64 * 1000.0 / self.words as f64, 1)
    }
}

/// A trend over the shelf: `count` of each statement, in date order.
pub fn trend(statements: &[ShelfStatement], count: impl Fn(&ShelfStatement) -> usize) -> Vec<TrendPoint> {
    in_date_order(statements)
        .into_iter()
        .map(|s| TrendPoint { id: s.id.clone(), day: s.day().map(str::to_owned), count: count(s), words: s.words() })
        .collect()
}

/// Where a phrase stands across the shelf (in date order): the first and the last statement
/// that says it, and the statements after the first that do not.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PhraseSpan {
    pub first: Option<String>,
    pub last: Option<String>,
    pub absent: Vec<String>,
}

pub fn phrase_span(points: &[TrendPoint]) -> PhraseSpan {
    let said: Vec<&TrendPoint> = points.iter().filter(|p| p.count > 0).collect();
    let Some(first) = said.first() else { return PhraseSpan::default() };
    let from = points.iter().position(|p| p.id == first.id).unwrap_or(0);
    PhraseSpan {
        first: Some(first.id.clone()),
        last: said.last().map(|p| p.id.clone()),
        absent: points[from..].iter().filter(|p| p.count == 0).map(|p| p.id.clone()).collect(),
    }
}

/// The version of a stored record's layout (IndexedDB keeps each statement as this JSON text).
pub const RECORD_SCHEMA: u64 = 1;

/// A statement as the shelf stores it: JSON text with its schema, id, when it was added, where
/// it came from, and the statement in the reader's JSON format.
pub fn record_json(statement: &ShelfStatement) -> String {
    let document: Value = serde_json::from_str(&document_json(&statement.document)).unwrap_or(Value::Null);
    json!({ "schema": RECORD_SCHEMA, "id": statement.id, "added": statement.added, "origin": statement.origin, "statement": document })
        .to_string()
}

/// A stored record read back; an error means it is kept aside, untouched, and said.
pub fn parse_record(text: &str) -> Result<ShelfStatement, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not readable JSON ({e})"))?;
    match value.get("schema").and_then(Value::as_u64) {
        Some(RECORD_SCHEMA) => {}
        other => return Err(format!("stored with schema {other:?}; this reader reads schema {RECORD_SCHEMA}")),
    }
    let document =
        parse_json(&value.get("statement").ok_or("it holds no statement")?.to_string()).map_err(|e| e.to_string())?;
    let text = |key: &str| value.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
    let statement = ShelfStatement::new(document, text("added"), text("origin"));
    if statement.id != text("id") {
        return Err("its id does not match its text".into());
    }
    Ok(statement)
}

/// The shelf as one file: every statement (the reader's JSON format, with its id, when it was
/// added and where it came from) and its highlights.
pub fn export_shelf(statements: &[ShelfStatement], highlights: impl Fn(&str) -> Vec<Highlight>) -> String {
    let items: Vec<Value> = statements
        .iter()
        .map(|s| {
            let document: Value = serde_json::from_str(&document_json(&s.document)).unwrap_or(Value::Null);
            let saved: Value = serde_json::from_str(&serialize_saved(&highlights(&s.id))).unwrap_or(Value::Null);
            json!({ "id": s.id, "added": s.added, "origin": s.origin, "statement": document, "highlights": saved })
        })
        .collect();
    json!({ "format": EXPORT_FORMAT, "version": EXPORT_VERSION, "statements": items }).to_string()
}

/// An export file read back: its statements with their highlights, and how many items it held
/// that could not be read (each said in `problems`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShelfImport {
    pub statements: Vec<(ShelfStatement, Vec<Highlight>)>,
    pub problems: Vec<String>,
}

/// Reads an export file. A file that is not one is an error; an item in it that cannot be read
/// is a problem, and the others are still read.
pub fn import_shelf(json: &str) -> Result<ShelfImport, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| format!("The file is not JSON ({e})."))?;
    if value.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err("The file is not an exported shelf (its `format` is not \"statement-reader-shelf\").".into());
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(EXPORT_VERSION) => {}
        other => {
            return Err(format!(
                "The shelf was exported as version {other:?}; this reader reads version {EXPORT_VERSION}."
            ))
        }
    }
    let items = value.get("statements").and_then(Value::as_array).ok_or("The file lists no `statements`.")?;
    let mut import = ShelfImport::default();
    for (i, item) in items.iter().enumerate() {
        let text = |key: &str| item.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
        let document = match item.get("statement").map(|d| parse_json(&d.to_string())) {
            Some(Ok(document)) => document,
            Some(Err(e)) => {
                import.problems.push(format!("statements[{i}]: {e}"));
                continue;
            }
            None => {
                import.problems.push(format!("statements[{i}] has no statement."));
                continue;
            }
        };
        let highlights = match item.get("highlights") {
            None | Some(Value::Null) => Vec::new(),
            Some(saved) => parse_saved(&saved.to_string()).unwrap_or_else(|e| {
                import.problems.push(format!("statements[{i}]: its highlights were left out ({e})."));
                Vec::new()
            }),
        };
        // The id is the text's: an edited export cannot make two statements one.
        let statement = ShelfStatement::new(document, text("added"), text("origin"));
        import.statements.push((statement, highlights));
    }
    Ok(import)
}

/// Merges an import into the shelf: statements not on it are added; for those already on it,
/// only their highlights are merged (`annotations::merge`: no duplicates). Returns how many
/// statements were added.
pub fn merge_import(
    shelf: &mut Vec<ShelfStatement>,
    import: ShelfImport,
    mut highlights: impl FnMut(&str, Vec<Highlight>),
    current_highlights: impl Fn(&str) -> Vec<Highlight>,
) -> usize {
    let mut added = 0;
    for (statement, incoming) in import.statements {
        if !shelf.iter().any(|s| s.id == statement.id) {
            shelf.push(statement.clone());
            added += 1;
        }
        if !incoming.is_empty() {
            let merged = merge(&current_highlights(&statement.id), &incoming);
            highlights(&statement.id, merged);
        }
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;

    fn statement(title: &str, day: Option<&str>, paragraphs: &[&str]) -> ShelfStatement {
        let meta = Metadata { title: title.into(), date_start: day.map(str::to_owned), ..Metadata::default() };
        let document = Document::from_plain_text(meta, &paragraphs.join("\n"));
        ShelfStatement::new(document, "2026-12-06T00:00:00Z", "test")
    }

    fn shelf() -> Vec<ShelfStatement> {
        vec![
            statement(
                "2024",
                Some("2024-09-11"),
                &["We give unwavering support to Ukraine.", "Peace in the Taiwan Strait."],
            ),
            statement("undated", None, &["Nothing here."]),
            statement("2022", Some("2022-05-01"), &["Unwavering support, again: unwavering support."]),
            statement("2025", Some("2025-03-02"), &["Support for Ukraine continues."]),
        ]
    }

    #[test]
    fn ids_follow_the_text_and_the_order_the_dates() {
        let s = shelf();
        assert_ne!(s[0].id, s[1].id);
        let mut renamed = s[0].clone();
        renamed.document.meta.title = "Renamed".into();
        assert_eq!(statement_id(&renamed.document), s[0].id);
        let order: Vec<&str> = in_date_order(&s).iter().map(|x| x.document.meta.title.as_str()).collect();
        assert_eq!(order, ["2022", "2024", "2025", "undated"]);
    }

    #[test]
    fn a_search_across_the_shelf_counts_as_the_reader_does() {
        let s = shelf();
        let indexes: Vec<(String, SearchIndex)> =
            s.iter().map(|x| (x.id.clone(), SearchIndex::new(&x.document))).collect();
        let refs: Vec<(&str, &SearchIndex)> = indexes.iter().map(|(id, i)| (id.as_str(), i)).collect();
        let hits = search_shelf(&refs, "\"unwavering support\"", SearchOptions::default(), 1);
        assert_eq!(hits.len(), 2);
        assert_eq!((hits[0].id.as_str(), hits[0].count), (s[0].id.as_str(), 1));
        assert_eq!((hits[1].id.as_str(), hits[1].count, hits[1].lines.len()), (s[2].id.as_str(), 2, 1));
        for hit in &hits {
            let index = &indexes.iter().find(|(id, _)| *id == hit.id).unwrap().1;
            assert_eq!(hit.count, index.search("\"unwavering support\"", SearchOptions::default()).unwrap().total);
        }
        assert_eq!(hits[1].lines[0].hit, "Unwavering support");
    }

    #[test]
    fn a_phrase_s_trend_first_last_and_where_it_drops_out() {
        let s = shelf();
        let index = |x: &ShelfStatement| SearchIndex::new(&x.document);
        let points =
            trend(&s, |x| index(x).search("\"unwavering support\"", SearchOptions::default()).map_or(0, |r| r.total));
        let counts: Vec<usize> = points.iter().map(|p| p.count).collect();
        assert_eq!(counts, [2, 1, 0, 0]);
        assert_eq!(points[0].words, 5);
        assert_eq!(points[0].per_thousand(), "400");
        let span = phrase_span(&points);
        assert_eq!(span.first.as_deref(), Some(s[2].id.as_str()));
        assert_eq!(span.last.as_deref(), Some(s[0].id.as_str()));
        assert_eq!(span.absent, [s[3].id.clone(), s[1].id.clone()]);
        assert_eq!(phrase_span(&points[2..]), PhraseSpan::default());
    }

    #[test]
    fn export_then_import_merges_without_duplicates() {
        let s = shelf();
        let highlight = Highlight {
            id: "h1".into(),
            paragraph: 1,
            start: 0,
            end: 2,
            quote: crate::annotations::TextQuote { exact: "We".into(), prefix: String::new(), suffix: " give".into() },
            colour: crate::annotations::HighlightColour::Yellow,
            note: String::new(),
            created: "2026-12-06T00:00:00Z".into(),
            updated: "2026-12-06T00:00:00Z".into(),
        };
        let file = export_shelf(&s, |id| if id == s[0].id { vec![highlight.clone()] } else { Vec::new() });
        let import = import_shelf(&file).unwrap();
        assert!(import.problems.is_empty());
        assert_eq!(import.statements.len(), 4);
        assert_eq!(import.statements[0].0, s[0]);
        assert_eq!(import.statements[0].1.len(), 1);
        // Into a shelf that has two of them already: two added, highlights merged once.
        let mut current = vec![s[0].clone(), s[1].clone()];
        let mut saved: Vec<(String, Vec<Highlight>)> = Vec::new();
        let added = merge_import(
            &mut current,
            import.clone(),
            |id, h| saved.push((id.to_owned(), h)),
            |_| vec![highlight.clone()],
        );
        assert_eq!((added, current.len()), (2, 4));
        assert_eq!(saved, [(s[0].id.clone(), vec![highlight.clone()])]);
        // Again: nothing more.
        assert_eq!(merge_import(&mut current, import, |_, _| {}, |_| Vec::new()), 0);
    }

    #[test]
    fn a_theme_across_the_shelf_is_its_sentences_in_each_statement() {
        use crate::data::DataFile;
        let taxonomy = crate::themes::Taxonomy::builtin();
        let china = taxonomy.position("china").unwrap();
        let document = crate::builtin::statement();
        let themes = crate::themes::Tagger::new(&taxonomy).tag(document);
        let found = lens_sentences(document, &themes.sentences, china);
        let paragraphs: Vec<usize> = found.iter().map(|(p, _)| *p).collect();
        assert!(!found.is_empty() && paragraphs.iter().all(|p| [4, 9].contains(p)), "{paragraphs:?}");
        assert!(found
            .iter()
            .all(|(_, s)| !s.is_empty() && document.paragraphs.iter().any(|p| p.text.contains(s.as_str()))));
    }

    #[test]
    fn records_read_back_and_a_broken_one_is_an_error() {
        let s = shelf();
        assert_eq!(parse_record(&record_json(&s[0])).unwrap(), s[0]);
        assert!(parse_record("{").is_err());
        assert!(parse_record(&record_json(&s[0]).replace("\"schema\":1", "\"schema\":9")).is_err());
        assert!(parse_record(&record_json(&s[0]).replace(&s[0].id, "sforged")).is_err());
    }

    #[test]
    fn a_broken_export_is_an_error_and_a_broken_item_a_problem() {
        assert!(import_shelf("{").is_err());
        assert!(import_shelf(r#"{"format":"other","version":1,"statements":[]}"#).is_err());
        assert!(import_shelf(r#"{"format":"statement-reader-shelf","version":2,"statements":[]}"#).is_err());
        let file = r#"{"format":"statement-reader-shelf","version":1,"statements":[{"statement":{"paragraphs":[]}},{"statement":{"paragraphs":["Fine."]},"highlights":{"schema":99}}]}"#;
        let import = import_shelf(file).unwrap();
        assert_eq!(import.statements.len(), 1);
        assert_eq!(import.problems.len(), 2, "{:?}", import.problems);
    }
}

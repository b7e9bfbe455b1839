//! A saved web page as a statement. The browser's side (`assets/extract-html.js`) parses the page
//! inertly (`DOMParser`: no script runs, nothing is fetched), finds the main content (a site rule
//! from `data/web-pages.json`, else Mozilla's Readability) and hands over a [`PageExtract`]: its
//! text blocks and the page's metadata, as JSON. Here that becomes a [`Document`]: furniture that
//! slipped through is dropped, the title loses its site suffix, and the date, source, publisher
//! and licence come from the page's metadata (JSON-LD, Open Graph, `govuk:` meta).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use crate::document::{Document, Licence, Metadata, Paragraph};
use crate::formats::LoadError;

/// What the page extractor found, as it sends it (every field optional).
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PageExtract {
    /// The page's headline (its main `h1`), as the page shows it.
    pub headline: String,
    /// Readability's title (from the headline or the `<title>`).
    pub title: String,
    /// The `<title>`.
    pub document_title: String,
    /// The main content's blocks (paragraphs, list items, block quotes), in order, as text.
    pub blocks: Vec<String>,
    /// `<meta>` by `name` or `property`, first one wins (`og:title`, `govuk:first-published-at`…).
    pub meta: BTreeMap<String, String>,
    /// `<link rel=canonical>`.
    pub canonical: String,
    /// Each `<script type="application/ld+json">`'s text.
    pub json_ld: Vec<String>,
    /// Text of the page that may state its licence (its footer), for [`WebPageRules::licences`].
    pub licence_text: String,
    /// Readability's site name and published time, when it found them.
    pub site_name: String,
    pub published_time: String,
}

/// The rules of `data/web-pages.json` this side uses.
#[derive(Debug, Deserialize)]
pub struct WebPageRules {
    pub phrases: Vec<String>,
    pub licences: Vec<KnownLicence>,
}

/// A licence recognised when a page's text says `says` (lowercase).
#[derive(Debug, Deserialize)]
pub struct KnownLicence {
    pub says: String,
    pub name: String,
    pub url: String,
    pub attribution: String,
}

pub const WEB_PAGES_JSON: &str = include_str!("../../../data/web-pages.json");

impl WebPageRules {
    pub fn builtin() -> Self {
        serde_json::from_str(WEB_PAGES_JSON).unwrap_or_else(|e| panic!("data/web-pages.json is invalid: {e}"))
    }

    /// Whether a block is page furniture ("Share this page", "Is this page useful?", "Tags:"…).
    fn is_furniture(&self, block: &str) -> bool {
        let lower = block.to_lowercase();
        let bare = lower.trim_end_matches(['.', '!', ' ']);
        self.phrases
            .iter()
            .any(|p| bare == p.trim_end_matches(':') || (p.ends_with(':') && lower.starts_with(p.as_str())))
    }
}

/// Collapses HTML whitespace (runs of spaces, tabs, newlines) to one space; no-break spaces are
/// kept inside the text, trimmed at its ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    match out.trim() {
        trimmed if trimmed.len() == out.len() => out,
        trimmed => trimmed.to_owned(),
    }
}

/// The statement in an extract: its paragraphs and what the page says about it.
pub fn document_from_extract(extract: &PageExtract, rules: &WebPageRules) -> Result<Document, LoadError> {
    let linked = linked_data(&extract.json_ld);
    let meta_of = |names: &[&str]| {
        names.iter().find_map(|n| extract.meta.get(*n).map(|v| collapse_whitespace(v))).filter(|v| !v.is_empty())
    };
    let site = meta_of(&["og:site_name", "application-name"])
        .or_else(|| linked.publisher.clone())
        .or_else(|| (!extract.site_name.trim().is_empty()).then(|| collapse_whitespace(&extract.site_name)));
    let title = [
        &extract.headline,
        meta_of(&["og:title", "twitter:title"]).as_ref().unwrap_or(&String::new()),
        &linked.headline,
        &extract.title,
        &extract.document_title,
    ]
    .into_iter()
    .map(|t| collapse_whitespace(t))
    .find(|t| !t.is_empty())
    .map(|t| without_site_suffix(&t, site.as_deref()))
    .unwrap_or_default();
    let mut paragraphs: Vec<String> = Vec::new();
    for block in &extract.blocks {
        let text = collapse_whitespace(block);
        // The headline repeated as the first block, furniture, and blocks without a letter.
        if text.is_empty()
            || (paragraphs.is_empty() && text == title)
            || rules.is_furniture(&text)
            || !text.chars().any(char::is_alphanumeric)
        {
            continue;
        }
        if paragraphs.last() != Some(&text) {
            paragraphs.push(text);
        }
    }
    let licence = rules.licences.iter().find(|l| extract.licence_text.to_lowercase().contains(&l.says));
    // A licence's own attribution line, when the page's content ends with it, is the attribution.
    if let (Some(l), Some(last)) = (licence, paragraphs.last()) {
        if last.trim() == l.attribution {
            paragraphs.pop();
        }
    }
    if paragraphs.is_empty() {
        return Err(LoadError::NoStatement { what: "web page".into() });
    }
    let published = [
        linked.published.as_deref(),
        meta_of(&[
            "article:published_time",
            "govuk:first-published-at",
            "datePublished",
            "date",
            "dc.date",
            "DC.date.issued",
        ])
        .as_deref(),
        Some(extract.published_time.as_str()),
    ]
    .into_iter()
    .flatten()
    .find_map(iso_day);
    let source = [
        extract.canonical.trim(),
        meta_of(&["og:url"]).as_deref().unwrap_or_default(),
        linked.url.as_deref().unwrap_or_default(),
    ]
    .into_iter()
    .find(|u| crate::formats::safe_link(u).is_some())
    .unwrap_or_default()
    .to_owned();
    let meta = Metadata {
        title,
        date: published.as_deref().map(spoken_day).unwrap_or_default(),
        date_start: published,
        source,
        publisher: site.unwrap_or_default(),
        licence: licence.map(|l| Licence {
            name: l.name.clone(),
            url: l.url.clone(),
            attribution: l.attribution.clone(),
        }),
        ..Metadata::default()
    };
    let paragraphs = paragraphs.into_iter().enumerate().map(|(i, p)| Paragraph::new(i + 1, p)).collect();
    Ok(Document { meta, paragraphs })
}

/// What a page's JSON-LD says, from its first node that says it.
#[derive(Default)]
struct LinkedData {
    headline: String,
    published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
}

fn linked_data(scripts: &[String]) -> LinkedData {
    let mut nodes = Vec::new();
    for script in scripts {
        if let Ok(value) = serde_json::from_str::<Value>(script) {
            collect_nodes(value, &mut nodes, 0);
        }
    }
    let text = |v: Option<&Value>| match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(collapse_whitespace(s)),
        Some(Value::Object(o)) => match o.get("name") {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(collapse_whitespace(s)),
            _ => None,
        },
        Some(Value::Array(items)) => items.iter().find_map(|i| match i {
            Value::Object(o) => o.get("name").and_then(Value::as_str).map(collapse_whitespace),
            Value::String(s) => Some(collapse_whitespace(s)),
            _ => None,
        }),
        _ => None,
    };
    let first = |key: &str| nodes.iter().find_map(|n: &serde_json::Map<String, Value>| text(n.get(key)));
    LinkedData {
        headline: first("headline").unwrap_or_default(),
        published: first("datePublished").or_else(|| first("dateCreated")),
        publisher: first("publisher"),
        url: first("mainEntityOfPage").or_else(|| first("url")).filter(|u| crate::formats::safe_link(u).is_some()),
    }
}

/// Every object in a JSON-LD value (arrays and `@graph`s opened), depth-limited.
fn collect_nodes(value: Value, into: &mut Vec<serde_json::Map<String, Value>>, depth: usize) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| collect_nodes(v, into, depth + 1)),
        Value::Object(mut o) => {
            if let Some(graph) = o.remove("@graph") {
                collect_nodes(graph, into, depth + 1);
            }
            into.push(o);
        }
        _ => {}
    }
}

/// `2024-09-11`, from any date or date-time that starts with one (`2024-09-11T10:00:00+01:00`).
pub fn iso_day(text: &str) -> Option<String> {
    let t = text.trim();
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if !(digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10)) {
        return None;
    }
    let (month, day): (u32, u32) = (t[5..7].parse().ok()?, t[8..10].parse().ok()?);
    ((1..=12).contains(&month) && (1..=31).contains(&day) && b.get(10).is_none_or(|c| !c.is_ascii_digit()))
        .then(|| t[..10].to_owned())
}

/// `2024-09-11` → `11 September 2024`.
pub fn spoken_day(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month: usize = iso.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(0);
    let day: u32 = iso.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(0);
    match MONTHS.get(month.wrapping_sub(1)) {
        Some(name) if day > 0 => format!("{day} {name} {}", &iso[..4]),
        _ => iso.to_owned(),
    }
}

/// `Title - GOV.UK` → `Title`: a last part after ` - `, ` | `, ` – ` or ` — ` that names the site
/// (or is short and the title says it once more before) is the site's, not the statement's.
pub fn without_site_suffix(title: &str, site: Option<&str>) -> String {
    let mut title = title.trim().to_owned();
    for _ in 0..3 {
        let Some((at, sep)) =
            [" | ", " - ", " – ", " — "].iter().filter_map(|s| title.rfind(s).map(|i| (i, *s))).max_by_key(|(i, _)| *i)
        else {
            break;
        };
        let (head, tail) = (title[..at].trim(), title[at + sep.len()..].trim().to_lowercase());
        let names_site = site.is_some_and(|s| {
            let s = s.to_lowercase();
            !s.is_empty() && (tail == s || tail.contains(&s) || s.contains(&tail))
        });
        let site_like = tail.contains("gov.uk")
            || tail.ends_with(".gov")
            || tail.contains("white house")
            || tail.contains("department of state")
            || tail.contains("ministry");
        if head.is_empty() || !(names_site || site_like) {
            break;
        }
        title = head.to_owned();
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract(blocks: &[&str]) -> PageExtract {
        PageExtract {
            headline: "Joint statement".into(),
            blocks: blocks.iter().map(|b| b.to_string()).collect(),
            ..PageExtract::default()
        }
    }

    #[test]
    fn furniture_and_repeats_are_dropped_and_whitespace_collapsed() {
        let rules = WebPageRules::builtin();
        let doc = document_from_extract(
            &extract(&[
                "Joint statement",
                "  First\n  paragraph. ",
                "Share this page",
                "Is this page useful?",
                "Tags: Iran",
                "Second.",
                "Second.",
                "—",
            ]),
            &rules,
        )
        .unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["First paragraph.", "Second."]);
    }

    #[test]
    fn metadata_from_json_ld_open_graph_and_canonical() {
        let mut e = extract(&["Text."]);
        e.headline = String::new();
        e.meta.insert("og:title".into(), "UK-US Strategic Dialogue 2024 - GOV.UK".into());
        e.meta.insert("og:site_name".into(), "GOV.UK".into());
        e.canonical = "https://www.gov.uk/government/news/x".into();
        e.json_ld = vec![r#"{"@graph":[{"@type":"NewsArticle","datePublished":"2024-09-11T17:20:00+01:00","publisher":{"name":"Foreign Office"}}]}"#.into()];
        e.licence_text = "All content is available under the Open Government Licence v3.0, except…".into();
        let doc = document_from_extract(&e, &WebPageRules::builtin()).unwrap();
        assert_eq!(doc.meta.title, "UK-US Strategic Dialogue 2024");
        assert_eq!(doc.meta.date_start.as_deref(), Some("2024-09-11"));
        assert_eq!(doc.meta.date, "11 September 2024");
        assert_eq!(doc.meta.source, "https://www.gov.uk/government/news/x");
        assert_eq!(doc.meta.publisher, "GOV.UK");
        assert_eq!(doc.meta.licence.unwrap().name, "Open Government Licence v3.0");
    }

    /// Found by fuzzing (`web_page`): a block starting with a no-break space made a paragraph
    /// that was not trimmed.
    #[test]
    fn no_break_spaces_stay_inside_and_go_at_the_ends() {
        assert_eq!(collapse_whitespace("\u{a0}a\u{a0}b \n c\u{a0}"), "a\u{a0}b c");
        let doc = document_from_extract(&extract(&["\u{a0}t", "w"]), &WebPageRules::builtin()).unwrap();
        assert_eq!(doc.paragraphs[0].text, "t");
    }

    #[test]
    fn titles_lose_only_a_site_suffix() {
        assert_eq!(without_site_suffix("A - B - GOV.UK", None), "A - B");
        assert_eq!(without_site_suffix("Joint Statement | The White House", None), "Joint Statement");
        assert_eq!(without_site_suffix("Peace – and prosperity", None), "Peace – and prosperity");
        assert_eq!(without_site_suffix("Readout | Reuters", Some("Reuters")), "Readout");
    }

    #[test]
    fn dates() {
        assert_eq!(iso_day("2024-09-11T10:00:00Z").as_deref(), Some("2024-09-11"));
        assert_eq!(iso_day("2024-13-11"), None);
        assert_eq!(iso_day("20240911"), None);
        assert_eq!(iso_day("2024-09-111"), None);
        assert_eq!(spoken_day("2024-09-01"), "1 September 2024");
    }

    #[test]
    fn a_page_with_no_text_is_an_error_and_javascript_links_are_not_sources() {
        let mut e = extract(&["Share this page"]);
        assert!(matches!(document_from_extract(&e, &WebPageRules::builtin()), Err(LoadError::NoStatement { .. })));
        e.blocks.push("Text.".into());
        e.canonical = "javascript:alert(1)".into();
        assert_eq!(document_from_extract(&e, &WebPageRules::builtin()).unwrap().meta.source, "");
    }
}

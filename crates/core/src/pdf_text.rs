//! A PDF's text layer as a statement. The browser's side (`assets/extract-pdf.js`, Mozilla's
//! pdf.js) hands over each page's text items with their positions, as JSON; here they become
//! lines, then paragraphs:
//! - items on one baseline make a line (a space where they are apart);
//! - running headers and footers (a line near the page's top or bottom that comes back on
//!   other pages, digits aside) and page numbers ("7", "Page 2 of 5", "- 3 -") are dropped;
//! - the title is the first page's leading lines set larger than the body;
//! - a paragraph ends at a vertical gap larger than the body's line spacing, before an indented
//!   line, or after a short line that ends a sentence; it runs on across page breaks;
//! - lines are joined with a space, but a hard hyphen at a line's end is kept without one
//!   (`long-` + `standing`) and a soft hyphen is dropped.

use serde::Deserialize;

use crate::document::{Document, Metadata, Paragraph};
use crate::formats::LoadError;
use crate::web_page::collapse_whitespace;

/// What the PDF extractor found, as it sends it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PdfExtract {
    pub pages: Vec<PdfPage>,
    /// The document information's title, if any (often a file name: used only without a heading).
    pub title: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PdfPage {
    pub height: f64,
    pub items: Vec<PdfItem>,
}

/// One text run: its text, its baseline's start (`x`, `y` up from the page's bottom), width and
/// height (the font size).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PdfItem {
    pub s: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// A line of text on a page.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    page: usize,
    x: f64,
    right: f64,
    y: f64,
    h: f64,
    /// Near the page's top or bottom (where running headers and footers sit).
    in_margin: bool,
}

/// The statement in a PDF's text layer; a PDF with no text at all is [`LoadError::NoTextLayer`].
pub fn document_from_pdf(pdf: &PdfExtract) -> Result<Document, LoadError> {
    let mut lines: Vec<Line> = pdf.pages.iter().enumerate().flat_map(|(i, page)| page_lines(i, page)).collect();
    if lines.is_empty() {
        return Err(LoadError::NoTextLayer);
    }
    drop_running_lines(&mut lines, pdf.pages.len());
    let body_h = median(lines.iter().map(|l| l.h)).unwrap_or(10.0).max(1.0);
    // The title: the first page's leading lines set clearly larger than the body.
    let heading = |l: &Line| l.h >= body_h * 1.2;
    let title_lines = lines.iter().take_while(|l| l.page == lines[0].page && heading(l)).count();
    let title = collapse_whitespace(&lines.drain(..title_lines).map(|l| l.text).collect::<Vec<_>>().join(" "));
    let title = if title.is_empty() { collapse_whitespace(&pdf.title) } else { title };
    let left = mode(lines.iter().filter(|l| !heading(l)).map(|l| l.x)).unwrap_or(0.0);
    let right = percentile(lines.iter().filter(|l| !heading(l)).map(|l| l.right), 0.9).unwrap_or(0.0);
    let spacing = median(
        lines
            .windows(2)
            .filter(|w| w[0].page == w[1].page)
            .map(|w| w[0].y - w[1].y)
            .filter(|d| *d > 0.0 && *d < body_h * 3.0),
    )
    .unwrap_or(body_h * 1.2);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut previous: Option<&Line> = None;
    for line in &lines {
        let starts = match previous {
            None => true,
            Some(prev) => {
                let gap = prev.page == line.page && (prev.y - line.y) > spacing * 1.4;
                let indented = line.x > left + body_h * 1.2 && !heading(line);
                let prev_short = prev.right < right - body_h * 3.0 && ends_sentence(&prev.text);
                gap || indented || prev_short || heading(line) || heading(prev)
            }
        };
        match paragraphs.last_mut() {
            Some(text) if !starts => join_line(text, &line.text),
            _ => paragraphs.push(line.text.clone()),
        }
        previous = Some(line);
    }
    let paragraphs: Vec<Paragraph> = paragraphs
        .into_iter()
        .map(|p| collapse_whitespace(&p))
        .filter(|p| !p.is_empty())
        .enumerate()
        .map(|(i, p)| Paragraph::new(i + 1, p))
        .collect();
    if paragraphs.is_empty() {
        return Err(LoadError::NoTextLayer);
    }
    Ok(Document { meta: Metadata { title, ..Metadata::default() }, paragraphs })
}

/// A page's items grouped into lines, top to bottom, each left to right.
fn page_lines(page_index: usize, page: &PdfPage) -> Vec<Line> {
    let mut items: Vec<&PdfItem> = page
        .items
        .iter()
        .filter(|i| !i.s.trim().is_empty() && i.x.is_finite() && i.y.is_finite() && i.w.is_finite() && i.h.is_finite())
        .collect();
    items.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<Vec<&PdfItem>> = Vec::new();
    for item in items {
        match groups.last_mut() {
            Some(group) if (group[0].y - item.y).abs() <= 0.5 * group[0].h.max(item.h).max(1.0) => group.push(item),
            _ => groups.push(vec![item]),
        }
    }
    let height = if page.height.is_finite() && page.height > 0.0 { page.height } else { 792.0 };
    let count = groups.len();
    groups
        .into_iter()
        .enumerate()
        .map(|(i, mut group)| {
            group.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut text = String::new();
            let mut end = f64::NEG_INFINITY;
            for item in &group {
                let apart = item.x - end > 0.15 * item.h.max(1.0);
                if !text.is_empty()
                    && apart
                    && !text.ends_with(char::is_whitespace)
                    && !item.s.starts_with(char::is_whitespace)
                {
                    text.push(' ');
                }
                text.push_str(&item.s);
                end = end.max(item.x + item.w.max(0.0));
            }
            let y = group[0].y;
            Line {
                text: collapse_whitespace(&text),
                page: page_index,
                x: group.iter().map(|i| i.x).fold(f64::INFINITY, f64::min),
                right: end,
                y,
                h: group.iter().map(|i| i.h.abs()).fold(0.0, f64::max),
                in_margin: y > height * 0.9 || y < height * 0.1 || i < 2 || i + 2 >= count,
            }
        })
        .filter(|l| !l.text.is_empty())
        .collect()
}

/// Drops page numbers and running headers and footers.
fn drop_running_lines(lines: &mut Vec<Line>, pages: usize) {
    let key = |text: &str| text.to_lowercase().replace(|c: char| c.is_ascii_digit(), "#");
    let mut seen: std::collections::HashMap<String, std::collections::BTreeSet<usize>> = Default::default();
    for line in lines.iter().filter(|l| l.in_margin) {
        seen.entry(key(&line.text)).or_default().insert(line.page);
    }
    let repeats = |line: &Line| {
        pages > 1 && seen.get(&key(&line.text)).is_some_and(|p| p.len() >= 2.max(pages.div_ceil(2).min(3)))
    };
    lines.retain(|l| !(l.in_margin && (is_page_number(&l.text) || repeats(l))));
}

/// "7", "- 7 -", "Page 7", "Page 7 of 12", "7 / 12", "7 of 12".
fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let t = lower.trim().trim_matches(['-', '–', '—', ' ', '[', ']', '(', ')']);
    let t = t.strip_prefix("page").map_or(t, str::trim_start);
    let mut parts = t.split(|c: char| c == '/' || c.is_whitespace()).filter(|p| !p.is_empty() && *p != "of");
    let number = |p: Option<&str>| p.is_some_and(|p| p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    number(parts.next()) && {
        let rest: Vec<&str> = parts.collect();
        rest.is_empty() || (rest.len() == 1 && number(Some(rest[0])))
    }
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', ':', ';', '"', '”', ')', '’'])
}

/// Appends a line to a paragraph: a hard hyphen at the end stays and joins without a space; a
/// soft hyphen goes.
fn join_line(paragraph: &mut String, line: &str) {
    if let Some(stem) = paragraph.strip_suffix('\u{ad}') {
        let len = stem.len();
        paragraph.truncate(len);
    } else if !(paragraph.ends_with('-') && paragraph[..paragraph.len() - 1].ends_with(char::is_alphabetic)) {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    percentile(values, 0.5)
}

fn percentile(values: impl Iterator<Item = f64>, p: f64) -> Option<f64> {
    let mut v: Vec<f64> = values.filter(|v| v.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    v.get(((v.len() as f64 - 1.0) * p).round().max(0.0) as usize).copied()
}

/// The most common value, rounded to whole points (the body's left margin).
fn mode(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut counts: std::collections::BTreeMap<i64, usize> = Default::default();
    for v in values.filter(|v| v.is_finite()) {
        *counts.entry(v.round() as i64).or_default() += 1;
    }
    counts.into_iter().max_by_key(|(x, n)| (*n, std::cmp::Reverse(*x))).map(|(x, _)| x as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(s: &str, x: f64, y: f64, h: f64) -> PdfItem {
        PdfItem { s: s.into(), x, y, w: s.chars().count() as f64 * h * 0.5, h }
    }

    /// A page with a running header, a footer "Page N of M", and `body` lines (text, x, y).
    fn page(n: usize, of: usize, body: &[(&str, f64, f64)]) -> PdfPage {
        let mut items = vec![
            item("UK–US Strategic Dialogue", 72.0, 760.0, 9.0),
            item(&format!("Page {n} of {of}"), 280.0, 30.0, 9.0),
        ];
        items.extend(body.iter().map(|(s, x, y)| item(s, *x, *y, 11.0)));
        PdfPage { height: 792.0, items }
    }

    #[test]
    fn lines_join_across_pages_without_headers_footers_or_page_numbers() {
        let pdf = PdfExtract {
            pages: vec![
                PdfPage {
                    items: {
                        let mut p = page(
                            1,
                            2,
                            &[
                                ("The first paragraph runs over two lines and its hyphen is long-", 72.0, 650.0),
                                ("standing in the text.", 72.0, 636.0),
                                ("The second paragraph starts after a gap and runs onto", 72.0, 610.0),
                                ("the next page where", 72.0, 596.0),
                            ],
                        )
                        .items;
                        p.push(item("Joint Statement", 72.0, 700.0, 18.0));
                        p
                    },
                    height: 792.0,
                },
                page(2, 2, &[("it ends.", 72.0, 720.0), ("A third, indented.", 90.0, 706.0)]),
            ],
            title: "statement.docx".into(),
        };
        let doc = document_from_pdf(&pdf).unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(doc.meta.title, "Joint Statement");
        assert_eq!(
            texts,
            [
                "The first paragraph runs over two lines and its hyphen is long-standing in the text.",
                "The second paragraph starts after a gap and runs onto the next page where it ends.",
                "A third, indented."
            ]
        );
    }

    #[test]
    fn page_numbers() {
        for yes in ["7", "- 7 -", "Page 7", "Page 7 of 12", "7 / 12", "7 of 12", "[3]"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["7 September", "Page seven", "2024 was a year", ""] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn no_text_is_no_text_layer() {
        let pdf = PdfExtract {
            pages: vec![PdfPage { height: 792.0, items: vec![item("  ", 1.0, 1.0, 1.0)] }],
            title: String::new(),
        };
        assert_eq!(document_from_pdf(&pdf), Err(LoadError::NoTextLayer));
    }

    /// Found by fuzzing (`pdf_lines`): a position far off the page (rounded to `i64::MIN`) broke
    /// the left margin's count.
    #[test]
    fn positions_far_off_the_page_are_no_trouble() {
        let items = vec![
            item("Far left.", -1e300, 400.0, 10.0),
            item("Far left.", f64::MIN, 380.0, 10.0),
            item("Text.", 72.0, 360.0, 10.0),
        ];
        let doc =
            document_from_pdf(&PdfExtract { pages: vec![PdfPage { height: 792.0, items }], title: String::new() })
                .unwrap();
        assert!(!doc.paragraphs.is_empty());
    }

    #[test]
    fn soft_hyphens_go_and_items_on_a_line_are_spaced() {
        let mut p = String::from("inter\u{ad}");
        join_line(&mut p, "national");
        assert_eq!(p, "international");
        let page = PdfPage {
            height: 792.0,
            items: vec![
                item("Hello", 72.0, 400.0, 10.0),
                item("world", 110.0, 400.5, 10.0),
                item("again", 140.0, 400.0, 10.0),
            ],
        };
        assert_eq!(page_lines(0, &page)[0].text, "Hello world again");
    }
}

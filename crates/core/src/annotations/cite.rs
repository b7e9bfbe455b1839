//! Citations of a paragraph: plain text, Markdown, BibTeX.

use crate::document::Document;

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

/// Paragraph `number` of `document` quoted with a full citation: title, governments (or, for a
/// statement read from a web page, its publisher), date, paragraph number, `link` (to exactly
/// that paragraph), where it was published (its source) and the licence attribution.
pub fn cite(document: &Document, number: usize, format: CitationFormat, link: &str) -> Option<String> {
    let paragraph = document.paragraph(number)?;
    let meta = &document.meta;
    let title = if meta.title.is_empty() { "Untitled statement" } else { meta.title.as_str() };
    let by = if meta.governments.is_empty() { meta.publisher.clone() } else { meta.governments.join(" and ") };
    let source = crate::formats::safe_link(&meta.source);
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
            if let Some(source) = source {
                out.push_str(&format!("\nSource: {source}"));
            }
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
            if let Some(source) = source {
                out.push_str(&format!(" ([source]({source}))"));
            }
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
            if let Some(source) = source {
                // `\url` takes the address as it is (escaping would break it).
                fields.push(format!("  howpublished = {{\\url{{{}}}}}", source.replace(['{', '}'], "")));
            }
            if !attribution.is_empty() {
                fields.push(format!("  copyright = {{{}}}", bibtex_escape(attribution)));
            }
            format!("@misc{{{}{},\n{}\n}}", key, year.unwrap_or(""), fields.join(",\n"))
        }
    })
}

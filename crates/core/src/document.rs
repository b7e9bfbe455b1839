//! The document model: metadata plus paragraphs, each split into sentences with exact ranges.

use std::ops::Range;

use super::sentences::sentence_ranges;

/// How the statement may be reused and how to say so.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Licence {
    pub name: String,
    pub url: String,
    /// The attribution line, shown verbatim wherever the text is shown.
    pub attribution: String,
}

/// A person who speaks for one side of the statement.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Principal {
    pub name: String,
    pub role: String,
    pub country: String,
}

/// Everything about a statement except its paragraphs. Unknown fields are ignored and
/// every field is optional, so older or richer metadata files still load.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    /// The date as people write it, e.g. "10–11 September 2024".
    pub date: String,
    /// ISO 8601 first day, for `<time datetime>`.
    pub date_start: Option<String>,
    /// ISO 8601 last day when the event spans several days.
    pub date_end: Option<String>,
    pub place: String,
    pub principals: Vec<Principal>,
    pub governments: Vec<String>,
    /// Where the statement was published (a URL).
    pub source: String,
    /// Who published it (a web page's site: "GOV.UK", "U.S. Department of State").
    pub publisher: String,
    pub licence: Option<Licence>,
}

crate::from_json_fields!(Licence { required: [], optional: [name, url, attribution] });

crate::from_json_fields!(Principal { required: [], optional: [name, role, country] });

crate::from_json_fields!(Metadata {
    required: [],
    optional: [title, date, date_start, date_end, place, principals, governments, source, publisher, licence],
});

impl Metadata {
    /// Parses a metadata file (JSON).
    pub fn from_json(json: &str) -> Result<Self, String> {
        crate::json::from_str(json).map_err(|e| format!("metadata: {e}"))
    }

    /// The host of the source URL (`https://www.gov.uk/…` → `www.gov.uk`), for a short link text.
    pub fn source_host(&self) -> Option<&str> {
        let rest = self.source.strip_prefix("https://").or_else(|| self.source.strip_prefix("http://"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        (!host.is_empty()).then_some(host)
    }

    /// The attribution line, if the licence asks for one.
    pub fn attribution(&self) -> Option<&str> {
        self.licence.as_ref().map(|l| l.attribution.as_str()).filter(|a| !a.is_empty())
    }
}

/// One sentence: a stable id and its byte range in the paragraph's text.
///
/// Ranges of a paragraph's sentences are contiguous and cover the paragraph exactly; the
/// whitespace after a sentence belongs to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// `p{paragraph}s{sentence}`, both from 1: stable as long as the text before it is.
    pub id: String,
    pub range: Range<usize>,
}

/// One paragraph, numbered from 1 in document order, with its text exactly as in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub number: usize,
    pub text: String,
    pub sentences: Vec<Sentence>,
}

impl Paragraph {
    pub fn new(number: usize, text: impl Into<String>) -> Self {
        let text = text.into();
        let sentences = sentence_ranges(&text)
            .into_iter()
            .enumerate()
            .map(|(i, range)| Sentence { id: format!("p{number}s{}", i + 1), range })
            .collect();
        Self { number, text, sentences }
    }

    /// The text of one sentence, including the whitespace that follows it.
    pub fn sentence_text(&self, sentence: &Sentence) -> &str {
        &self.text[sentence.range.clone()]
    }

    /// The first few words, for labels and tables of contents.
    pub fn lead(&self, max_chars: usize) -> String {
        if self.text.chars().count() <= max_chars {
            return self.text.clone();
        }
        let cut: String = self.text.chars().take(max_chars).collect();
        let at_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
        format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
    }
}

/// A statement: metadata and paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub meta: Metadata,
    pub paragraphs: Vec<Paragraph>,
}

impl Document {
    /// A document without a title takes one from where it came from: the file name or the
    /// address's last segment, without its extension (a plain text's name says more than
    /// "Untitled").
    pub fn titled_after(mut self, name: &str) -> Self {
        if self.meta.title.trim().is_empty() {
            let last = name.split(['?', '#']).next().unwrap_or(name).trim_end_matches('/');
            let last = last.rsplit('/').next().unwrap_or(last);
            let stem = last.rsplit_once('.').map_or(last, |(stem, _)| stem);
            self.meta.title = if stem.is_empty() { name.to_owned() } else { stem.to_owned() };
        }
        self
    }

    /// Builds a document from plain text, one paragraph per line; blank lines are ignored
    /// and surrounding whitespace is trimmed. A last line equal to the licence's attribution
    /// is the attribution, not a paragraph.
    pub fn from_plain_text(meta: Metadata, text: &str) -> Self {
        let mut lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        if let (Some(last), Some(attribution)) = (lines.last(), meta.attribution()) {
            if *last == attribution.trim() {
                lines.pop();
            }
        }
        let paragraphs = lines.into_iter().enumerate().map(|(i, line)| Paragraph::new(i + 1, line)).collect();
        Self { meta, paragraphs }
    }

    /// The paragraph numbered `number` (from 1).
    pub fn paragraph(&self, number: usize) -> Option<&Paragraph> {
        number.checked_sub(1).and_then(|i| self.paragraphs.get(i))
    }
}

#[cfg(test)]
mod titled_tests {
    use super::*;

    #[test]
    fn an_untitled_document_takes_its_name_from_its_file_or_address() {
        let untitled = || Document::from_plain_text(Metadata::default(), "One paragraph.");
        assert_eq!(untitled().titled_after("notes.v2.txt").meta.title, "notes.v2");
        assert_eq!(untitled().titled_after("https://example.org/a/us-edited.txt?x=1#p2").meta.title, "us-edited");
        assert_eq!(untitled().titled_after("README").meta.title, "README");
        let mut titled = untitled();
        titled.meta.title = "Joint statement".into();
        assert_eq!(titled.titled_after("x.txt").meta.title, "Joint statement");
    }
}

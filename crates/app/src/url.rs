//! The search state as URL parameters: `?q=…&case=1&word=1&mode=highlight`.
//!
//! Decoding and encoding of the query string is the browser's (`URLSearchParams`, at the edge);
//! this module only decides what the parameters mean. Malformed values are ignored.

use statement_core::SearchOptions;

/// What the address bar says about the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UrlState {
    pub query: String,
    pub options: SearchOptions,
    /// The selected theme's id, as written (the reader ignores ids it does not know).
    pub theme: Option<String>,
    /// The selected stance's id (`?stance=`), likewise.
    pub stance: Option<String>,
    /// The selected entity's id (`?entity=`), likewise.
    pub entity: Option<String>,
}

/// Longest query kept from a URL (characters); longer ones are cut, never rejected.
pub const MAX_QUERY_CHARS: usize = 1_000;

/// An id as the data files write them: lowercase ASCII letters, digits and `-`, not too long.
fn id(value: Option<&str>) -> Option<String> {
    value
        .filter(|v| {
            !v.is_empty()
                && v.len() <= 64
                && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .map(str::to_owned)
}

fn flag(value: Option<&str>) -> bool {
    matches!(value, Some("1" | "true" | "on" | "yes"))
}

impl UrlState {
    /// The parameters this state owns; any others in the address are left as they are.
    pub const NAMES: [&'static str; 7] = ["q", "case", "word", "mode", "theme", "stance", "entity"];

    /// Reads the parameters this reader knows from decoded `(name, value)` pairs; the last
    /// value of a repeated name wins; unknown names and malformed values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let (mut q, mut case, mut word, mut mode) = (None, None, None, None);
        let (mut theme, mut stance, mut entity) = (None, None, None);
        for (name, value) in pairs {
            match name {
                "q" => q = Some(value),
                "case" => case = Some(value),
                "word" => word = Some(value),
                "mode" => mode = Some(value),
                "theme" => theme = Some(value),
                "stance" => stance = Some(value),
                "entity" => entity = Some(value),
                _ => {}
            }
        }
        Self {
            query: q.map(|q| q.chars().take(MAX_QUERY_CHARS).collect()).unwrap_or_default(),
            options: SearchOptions {
                match_case: flag(case),
                whole_word: flag(word),
                highlight_only: mode == Some("highlight"),
            },
            theme: id(theme),
            stance: id(stance),
            entity: id(entity),
        }
    }

    /// The parameters to write, in a stable order; defaults are left out so links stay short.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.query.trim().is_empty() {
            // Only what is searched goes into links.
            pairs.push(("q", self.query.chars().take(MAX_QUERY_CHARS).collect()));
        }
        if self.options.match_case {
            pairs.push(("case", "1".into()));
        }
        if self.options.whole_word {
            pairs.push(("word", "1".into()));
        }
        if self.options.highlight_only {
            pairs.push(("mode", "highlight".into()));
        }
        for (name, value) in [("theme", &self.theme), ("stance", &self.stance), ("entity", &self.entity)] {
            if let Some(value) = value {
                pairs.push((name, value.clone()));
            }
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by fuzzing (`url_state`): a query of only whitespace (a form feed) is read as typed
    /// but never written, so a link reads back as no search, which is what it was.
    #[test]
    fn a_query_of_only_whitespace_is_not_written() {
        let state = UrlState::from_pairs([("q", "\u{c}")]);
        assert!(state.to_pairs().is_empty());
        assert_eq!(UrlState::from_pairs([]).to_pairs(), state.to_pairs());
    }

    #[test]
    fn round_trips() {
        let state = UrlState {
            query: "\"law of the sea\" <b>".into(),
            options: SearchOptions { match_case: true, whole_word: true, highlight_only: true },
            theme: Some("middle-east".into()),
            stance: Some("condemnation".into()),
            entity: Some("date-2025".into()),
        };
        let pairs = state.to_pairs();
        let back = UrlState::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, state);
    }

    #[test]
    fn ignores_malformed_and_unknown() {
        let state = UrlState::from_pairs([
            ("case", "maybe"),
            ("mode", "sideways"),
            ("x", "1"),
            ("word", ""),
            ("theme", "<b>"),
            ("stance", "Bad Id"),
            ("entity", ""),
        ]);
        assert_eq!(state, UrlState::default());
        assert!(UrlState::default().to_pairs().is_empty());
    }

    #[test]
    fn caps_huge_queries() {
        let huge = "a".repeat(100_000);
        assert_eq!(UrlState::from_pairs([("q", huge.as_str())]).query.len(), MAX_QUERY_CHARS);
    }
}

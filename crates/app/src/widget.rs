//! What a host page tells an embedded reader: the widget's attributes.

use crate::scheme::ColorScheme;
use crate::url::UrlState;

/// What a host page tells an embedded reader: the widget's attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetSettings {
    /// Another statement to load (`src`), resolved against the host page.
    pub src: Option<String>,
    /// `q`, `theme`, `stance`, `entity`, `match-case`, `whole-word`, `mode`, read like the page's URL.
    pub view: UrlState,
    pub color_scheme: ColorScheme,
    /// `names`: colour entity mentions (off unless the host asks).
    pub names_shown: bool,
    /// `allow-open`: the reader may open a statement from a file (off unless the host allows it).
    pub allow_open: bool,
    /// `compare`: a statement to compare the shown one with, resolved against the host page.
    pub compare: Option<String>,
}
impl WidgetSettings {
    /// The attributes the reader reads (the element's script reads `height` itself): the
    /// names of those [`crate::widget_api`] declares as the reader's (tested), as a plain list so
    /// the lite module does not carry the declaration's descriptions.
    pub const ATTRIBUTES: [&'static str; 12] = [
        "src",
        "q",
        "theme",
        "stance",
        "entity",
        "color-scheme",
        "match-case",
        "whole-word",
        "mode",
        "names",
        "allow-open",
        "compare",
    ];

    /// Reads the attributes (name, value) present on the element; absent ones are defaults and
    /// malformed values are ignored, as in the page's URL.
    pub fn from_attributes<'a>(attributes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut settings = Self::default();
        let mut pairs = Vec::new();
        for (name, value) in attributes {
            match name {
                "src" => settings.src = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                "compare" => settings.compare = Some(value.trim().to_owned()).filter(|s| !s.is_empty()),
                "color-scheme" => settings.color_scheme = ColorScheme::parse(value).unwrap_or_default(),
                "names" => settings.names_shown = value != "false",
                "allow-open" => settings.allow_open = value != "false",
                "match-case" => pairs.push(("case", if value == "false" { "0" } else { "1" })),
                "whole-word" => pairs.push(("word", if value == "false" { "0" } else { "1" })),
                "q" | "theme" | "stance" | "entity" | "mode" => pairs.push((name, value)),
                _ => {}
            }
        }
        settings.view = UrlState::from_pairs(pairs);
        settings
    }
}

//! The colour scheme the user chose.

/// Where the page remembers it (localStorage, as a JSON string; `scheme.js` reads it before
/// first paint).
pub const COLOR_SCHEME_KEY: &str = "statement-reader:color-scheme";

/// Where the page keeps the "colour names" switch (`true` as JSON; absent when off). The lite
/// module writes it too, when it serves the switch.
pub const NAMES_SHOWN_KEY: &str = "statement-reader:names";

/// `Auto` follows the system (`prefers-color-scheme`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColorScheme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ColorScheme {
    pub const ALL: [ColorScheme; 3] = [ColorScheme::Auto, ColorScheme::Light, ColorScheme::Dark];

    /// The stored and attribute form: `auto`, `light`, `dark`.
    pub fn as_str(self) -> &'static str {
        match self {
            ColorScheme::Auto => "auto",
            ColorScheme::Light => "light",
            ColorScheme::Dark => "dark",
        }
    }

    /// Parses the stored form; anything else (old or corrupted data) is `None`.
    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value.trim())
    }

    /// The button label.
    pub fn label(self) -> &'static str {
        match self {
            ColorScheme::Auto => "Auto",
            ColorScheme::Light => "Light",
            ColorScheme::Dark => "Dark",
        }
    }
}

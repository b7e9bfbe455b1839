//! The widget's public API, declared once: the `<statement-reader>` element's attributes (and the
//! properties that reflect them), the events it sends its host, its `::part`s and the CSS custom
//! properties a host may set.
//!
//! Everything a host relies on is read from here: the reader reads its attributes by these names
//! (`WidgetSettings`), `cargo xtask dist` writes the element script's observed attributes and
//! properties from it, and `cargo xtask release` generates the Custom Elements Manifest and the
//! TypeScript declarations from it. README's tables are checked against it (`xtask` tests).

/// What an attribute's value may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A URL, resolved against the host page (same origin or CORS-enabled).
    Url,
    /// Any text.
    Text,
    /// A theme id (`data/themes.json`).
    ThemeId,
    /// A stance id (`data/stances.json`).
    StanceId,
    /// An entity id (`data/entities.json`).
    EntityId,
    /// One of the listed words.
    OneOf(&'static [&'static str]),
    /// Present or absent (`"false"` counts as absent, so frameworks may write booleans).
    Boolean,
    /// A CSS length, e.g. `36em`.
    CssLength,
}

/// Who reads an attribute: the reader itself (through `WidgetSettings`), or the element's
/// script (the reader never sees it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadBy {
    Reader,
    Element,
}

/// One attribute of `<statement-reader>`, reflected by a property of the same meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    /// The reflecting JavaScript property (camelCase).
    pub property: &'static str,
    pub kind: ValueKind,
    /// What absence means, in words a manifest can show.
    pub default: &'static str,
    pub description: &'static str,
    pub read_by: ReadBy,
}

/// The type of an event's `detail` field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    Number,
    /// A string, or `null` when there is none.
    OptionalString,
}

/// One field of an event's `detail`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub kind: FieldType,
    pub description: &'static str,
}

/// One event the element dispatches (bubbling and composed, so a listener on `document` hears it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    /// The full name, `statement-reader:NAME`.
    pub name: &'static str,
    pub description: &'static str,
    pub detail: &'static [Field],
}

impl Event {
    /// The part after `statement-reader:`.
    pub fn short_name(&self) -> &'static str {
        self.name.strip_prefix(EVENT_PREFIX).unwrap_or(self.name)
    }
}

/// A `::part` or a CSS custom property: a name and what it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named {
    pub name: &'static str,
    pub description: &'static str,
    /// For a custom property: its default, as CSS.
    pub default: &'static str,
}

/// The custom element's tag name.
pub const TAG_NAME: &str = "statement-reader";
/// The prefix of every event's name.
pub const EVENT_PREFIX: &str = "statement-reader:";
/// The element's class, as its script defines it.
pub const CLASS_NAME: &str = "StatementReaderElement";

const SCHEMES: &[&str] = &["light", "dark", "auto"];
const MODES: &[&str] = &["filter", "highlight"];

pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "src",
        property: "src",
        kind: ValueKind::Url,
        default: "the built-in statement",
        description: "Load another statement (plain text or JSON) instead of the built-in one.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "q",
        property: "q",
        kind: ValueKind::Text,
        default: "no search",
        description: "Start with this search.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "theme",
        property: "theme",
        kind: ValueKind::ThemeId,
        default: "no theme",
        description: "Start with this theme selected.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "stance",
        property: "stance",
        kind: ValueKind::StanceId,
        default: "no stance",
        description: "Start with this stance selected.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "entity",
        property: "entity",
        kind: ValueKind::EntityId,
        default: "no entity",
        description: "Start with this named entity selected.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "color-scheme",
        property: "colorScheme",
        kind: ValueKind::OneOf(SCHEMES),
        default: "auto",
        description: "Colours: light, dark, or auto (follows the system).",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "match-case",
        property: "matchCase",
        kind: ValueKind::Boolean,
        default: "off",
        description: "Search option: match case.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "whole-word",
        property: "wholeWord",
        kind: ValueKind::Boolean,
        default: "off",
        description: "Search option: whole words only.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "mode",
        property: "mode",
        kind: ValueKind::OneOf(MODES),
        default: "filter",
        description: "`filter` shows only the paragraphs that match; `highlight` keeps every paragraph shown.",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "names",
        property: "names",
        kind: ValueKind::Boolean,
        default: "off",
        description: "Colour entity mentions in the text (calm by default; a reader can also switch it on).",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "allow-open",
        property: "allowOpen",
        kind: ValueKind::Boolean,
        default: "off",
        description: "Let the reader open a statement from a file in this widget (the host decides).",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "compare",
        property: "compare",
        kind: ValueKind::Url,
        default: "no comparison",
        description: "Show the statement compared with the one at this URL (set it before the element connects: it loads the comparing build).",
        read_by: ReadBy::Reader,
    },
    Attribute {
        name: "height",
        property: "height",
        kind: ValueKind::CssLength,
        default: "grows with its text",
        description: "A fixed height with its own scrolling.",
        read_by: ReadBy::Element,
    },
];

pub const EVENTS: &[Event] = &[
    Event {
        name: "statement-reader:ready",
        description: "The reader is interactive.",
        detail: &[
            Field { name: "title", kind: FieldType::String, description: "The statement's title." },
            Field { name: "paragraphs", kind: FieldType::Number, description: "How many paragraphs it has." },
        ],
    },
    Event {
        name: "statement-reader:search",
        description: "The search settled (once typing pauses).",
        detail: &[
            Field { name: "query", kind: FieldType::String, description: "The search box's text." },
            Field { name: "total", kind: FieldType::Number, description: "The number of matches." },
        ],
    },
    Event {
        name: "statement-reader:lens",
        description: "The selected lenses changed.",
        detail: &[
            Field { name: "theme", kind: FieldType::OptionalString, description: "The selected theme's id, or null." },
            Field { name: "stance", kind: FieldType::OptionalString, description: "The selected stance's id, or null." },
            Field { name: "entity", kind: FieldType::OptionalString, description: "The selected entity's id, or null." },
        ],
    },
    Event {
        name: "statement-reader:error",
        description: "Something could not be loaded: a statement, or one of the reader's own files (refused when it does not match its integrity hash). The reason is also shown inside the element.",
        detail: &[Field { name: "message", kind: FieldType::String, description: "What went wrong, as shown to the reader." }],
    },
];

pub const PARTS: &[Named] =
    &[Named { name: "frame", description: "The reader's frame: border, radius and background.", default: "" }];

pub const CSS_PROPERTIES: &[Named] = &[
    Named {
        name: "--statement-reader-accent",
        description: "The accent colour of controls and focus rings.",
        default: "the reader's blue",
    },
    Named {
        name: "--statement-reader-font-family",
        description: "The text's font family.",
        default: "the reader's serif stack",
    },
    Named {
        name: "--statement-reader-font-size",
        description: "The widget's base size (its own rem).",
        default: "16px",
    },
];

/// The attribute named `name`.
pub fn attribute(name: &str) -> Option<&'static Attribute> {
    ATTRIBUTES.iter().find(|a| a.name == name)
}

/// The event `statement-reader:NAME`.
pub fn event(short_name: &str) -> Option<&'static Event> {
    EVENTS.iter().find(|e| e.short_name() == short_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_well_formed() {
        let mut names: Vec<&str> = ATTRIBUTES.iter().map(|a| a.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ATTRIBUTES.len());
        for a in ATTRIBUTES {
            assert!(a.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{}", a.name);
            // The property is the attribute in camelCase.
            let camel: String = a
                .name
                .split('-')
                .enumerate()
                .map(|(i, w)| if i == 0 { w.to_owned() } else { w[..1].to_uppercase() + &w[1..] })
                .collect();
            assert_eq!(a.property, camel);
        }
        for e in EVENTS {
            assert!(e.name.starts_with(EVENT_PREFIX) && !e.short_name().is_empty());
            assert!(!e.detail.is_empty());
        }
        assert!(CSS_PROPERTIES.iter().all(|p| p.name.starts_with("--statement-reader-")));
    }

    #[test]
    fn the_reader_reads_exactly_its_declared_attributes() {
        use crate::WidgetSettings;
        let declared: Vec<&str> = ATTRIBUTES.iter().filter(|a| a.read_by == ReadBy::Reader).map(|a| a.name).collect();
        assert_eq!(WidgetSettings::ATTRIBUTES.to_vec(), declared);
        // Each one changes the settings (a present boolean, or a value).
        for a in ATTRIBUTES.iter().filter(|a| a.read_by == ReadBy::Reader) {
            let value = match a.kind {
                ValueKind::ThemeId => "china",
                ValueKind::StanceId => "condemnation",
                ValueKind::EntityId => "david-lammy",
                ValueKind::OneOf(words) => words.iter().find(|w| **w != a.default).copied().unwrap_or(words[0]),
                ValueKind::Boolean => "",
                _ => "https://example.org/x.txt",
            };
            let settings = WidgetSettings::from_attributes([(a.name, value)]);
            assert_ne!(settings, WidgetSettings::default(), "{} is declared but not read", a.name);
        }
    }
}

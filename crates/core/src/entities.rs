//! Named entities: people (with their roles), places, organisations, instruments and dates.
//!
//! Everything but dates comes from a data lexicon with aliases (`data/entities.json`), so
//! "Foreign Secretary Lammy" and "David Lammy" resolve to one person; where aliases overlap the
//! longest wins. Dates are recognised from month names (data too) and four-digit years, since no
//! list can hold them all. Works on any document.

use super::data::DataFile;
use std::ops::Range;

use super::json::{one_of, FromJson, Value};

use super::document::Document;
use super::fold::{ends_word, starts_word};
use super::lexicon::{LexMatch, Lexicon};
use super::ranges::leftmost_longest;

/// The built-in entity lexicon, embedded at compile time.
pub const ENTITIES_JSON: &str = include_str!("../../../data/entities.json");

/// What an entity is; the `data-entity` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Place,
    Organisation,
    Instrument,
    Date,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] =
        [EntityKind::Person, EntityKind::Place, EntityKind::Organisation, EntityKind::Instrument, EntityKind::Date];

    /// The `data-entity` attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Instrument => "instrument",
            EntityKind::Date => "date",
        }
    }

    /// The legend's label (plural).
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Place => "Places",
            EntityKind::Organisation => "Organisations",
            EntityKind::Instrument => "Instruments",
            EntityKind::Date => "Dates",
        }
    }
}

/// One entity: its canonical name, kind, optional role, and the ways a text names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id (`?entity=`).
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// For people, their office ("UK Foreign Secretary"); for others, an optional gloss.
    pub role: String,
    pub aliases: Vec<String>,
}

/// The entity lexicon as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityLexicon {
    /// Month names, for recognising dates.
    pub months: Vec<String>,
    pub entities: Vec<Entity>,
}

impl FromJson for EntityKind {
    fn read(value: &Value) -> Result<Self, String> {
        let names = Self::ALL.map(Self::as_str);
        Ok(Self::ALL[one_of(value, &names)?])
    }
}

crate::from_json_fields!(Entity { required: [id, name, kind], optional: [role, aliases] });

crate::from_json_fields!(EntityLexicon { required: [entities], optional: [months] });

impl DataFile for EntityLexicon {
    const NAME: &'static str = "entities";
    const BUILTIN_JSON: &'static str = ENTITIES_JSON;
    const DIGITS_IN_IDS: bool = true;

    fn ids(&self) -> Vec<&str> {
        self.entities.iter().map(|e| e.id.as_str()).collect()
    }

    fn check(&self) -> Result<(), String> {
        match self.entities.iter().position(|e| e.aliases.is_empty()) {
            Some(i) => Err(format!("entities[{i}] ({}): no aliases", self.entities[i].id)),
            None => Ok(()),
        }
    }
}

impl EntityLexicon {}

/// One mention: where, and which entity (an index into [`DocumentEntities::entities`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range in the paragraph's text.
    pub range: Range<usize>,
    pub entity: usize,
}

/// The entities of one document and their mentions, paragraph by paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentEntities {
    /// The lexicon's entities, then the dates found in this document (in order of appearance).
    pub entities: Vec<Entity>,
    /// `mentions[p]`: sorted, non-overlapping.
    pub mentions: Vec<Vec<Mention>>,
    /// `counts[e]`: how many times entity `e` is mentioned.
    pub counts: Vec<usize>,
}

impl DocumentEntities {
    /// The entities mentioned at least once, as indices, grouped by kind (in [`EntityKind::ALL`]
    /// order) and then by mentions (most first) and name.
    pub fn index(&self) -> Vec<usize> {
        let mut mentioned: Vec<usize> = (0..self.entities.len()).filter(|&e| self.counts[e] > 0).collect();
        mentioned.sort_by(|&a, &b| {
            let (ea, eb) = (&self.entities[a], &self.entities[b]);
            ea.kind.cmp(&eb.kind).then(self.counts[b].cmp(&self.counts[a])).then_with(|| ea.name.cmp(&eb.name))
        });
        mentioned
    }

    /// The index of entity `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    /// Whether paragraph `p` mentions entity `e`.
    pub fn mentions_in(&self, p: usize, e: usize) -> bool {
        self.mentions.get(p).is_some_and(|ms| ms.iter().any(|m| m.entity == e))
    }
}

/// A compiled entity lexicon.
#[derive(Debug, Clone)]
pub struct EntityRecogniser {
    lexicon: Lexicon,
    source: EntityLexicon,
}

impl EntityRecogniser {
    pub fn new(source: EntityLexicon) -> Self {
        let aliases = source
            .entities
            .iter()
            .enumerate()
            .flat_map(|(e, entity)| entity.aliases.iter().map(move |alias| (alias.as_str(), e)));
        Self { lexicon: Lexicon::new(aliases), source }
    }

    /// Finds every mention in `document`.
    pub fn recognise(&self, document: &Document) -> DocumentEntities {
        let mut entities = self.source.entities.clone();
        let mut mentions = Vec::with_capacity(document.paragraphs.len());
        for paragraph in &document.paragraphs {
            let text = paragraph.text.as_str();
            let mut found = self.lexicon.find_all(text);
            for range in find_dates(text, &self.source.months) {
                let id = date_id(&text[range.clone()]);
                let value = entities.iter().position(|e| e.id == id).unwrap_or_else(|| {
                    entities.push(Entity {
                        id,
                        name: text[range.clone()].to_owned(),
                        kind: EntityKind::Date,
                        role: String::new(),
                        aliases: Vec::new(),
                    });
                    entities.len() - 1
                });
                found.push(LexMatch { range, value });
            }
            mentions.push(
                leftmost_longest(found)
                    .into_iter()
                    .map(|m| Mention { range: m.range, entity: m.value })
                    .collect::<Vec<_>>(),
            );
        }
        let mut counts = vec![0; entities.len()];
        for m in mentions.iter().flatten() {
            counts[m.entity] += 1;
        }
        DocumentEntities { entities, mentions, counts }
    }
}

/// A date's id: its words, lower-case, joined by `-` ("10-11 September 2024" → `date-10-11-september-2024`).
fn date_id(text: &str) -> String {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    format!("date-{}", words.join("-"))
}

/// Dates in `text`: a month name with an optional day or day range before it ("10-11 September"),
/// an optional day after it ("September 13") and an optional year ("September 2024",
/// "September 13, 2024"); and years on their own (1800–2199). Ranges are sorted and disjoint.
pub fn find_dates(text: &str, months: &[String]) -> Vec<Range<usize>> {
    let mut dates: Vec<Range<usize>> = Vec::new();
    for month in months.iter().filter(|m| !m.is_empty()) {
        for (at, _) in text.match_indices(month.as_str()) {
            let end = at + month.len();
            if !starts_word(text, at) || !ends_word(text, end) {
                continue;
            }
            let mut range = at..end;
            // Before: "10 " or "10-11 " (any dash).
            if let Some(start) = day_before(text, at) {
                range.start = start;
            } else if let Some(day_end) = number_after(text, range.end, 1, 2) {
                // After: " 13" (not when a day came before: "10 September 2024" has no second day).
                if !text[day_end..].starts_with(|c: char| c.is_ascii_digit()) {
                    range.end = day_end;
                }
            }
            let after_comma = text[range.end..].strip_prefix(',').map_or(range.end, |_| range.end + 1);
            if let Some(year_end) = number_after(text, after_comma, 4, 4) {
                range.end = year_end;
            }
            dates.push(range);
        }
    }
    for (at, c) in text.char_indices() {
        if c.is_ascii_digit() && starts_word(text, at) {
            let end = at + text[at..].chars().take_while(char::is_ascii_digit).count();
            if end - at == 4 && ends_word(text, end) && matches!(&text[at..at + 2], "18" | "19" | "20" | "21") {
                dates.push(at..end);
            }
        }
    }
    leftmost_longest(dates)
}

/// `" NN"` (one space, then `min..=max` ASCII digits ending a word) starting at `at`: its end.
fn number_after(text: &str, at: usize, min: usize, max: usize) -> Option<usize> {
    let rest = text[at..].strip_prefix(' ')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let end = at + 1 + digits;
    ((min..=max).contains(&digits) && ends_word(text, end)).then_some(end)
}

/// The start of `"10 "` or `"10-11 "` just before byte `at` (a month name), if there is one.
fn day_before(text: &str, at: usize) -> Option<usize> {
    let before = text[..at].strip_suffix(' ')?;
    let day = |s: &str| -> Option<usize> {
        let digits = s.bytes().rev().take_while(u8::is_ascii_digit).count();
        ((1..=2).contains(&digits) && starts_word(s, s.len() - digits)).then(|| s.len() - digits)
    };
    let last = day(before)?;
    // A range: "10-11", "10–11".
    let with_range = before[..last].strip_suffix(['-', '\u{2013}', '\u{2014}']).and_then(day);
    Some(with_range.unwrap_or(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months() -> Vec<String> {
        ["January", "September"].map(String::from).to_vec()
    }

    fn dates(text: &str) -> Vec<&str> {
        find_dates(text, &months()).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn recognises_dates_in_their_common_forms() {
        assert_eq!(dates("held 10-11 September 2024, covered"), ["10-11 September 2024"]);
        assert_eq!(dates("held 10–11 September"), ["10–11 September"]);
        assert_eq!(dates("Starmer’s September 13 meeting"), ["September 13"]);
        assert_eq!(dates("on September 13, 2024."), ["September 13, 2024"]);
        assert_eq!(dates("in 2025 and by 2030; COP29, 12345, 1234 and Septembers"), ["2025", "2030"]);
        assert_eq!(dates("1 January"), ["1 January"]);
    }

    #[test]
    fn date_ids_are_their_words() {
        assert_eq!(date_id("10–11 September 2024"), "date-10-11-september-2024");
        assert_eq!(date_id("September 13, 2024"), "date-september-13-2024");
    }
}

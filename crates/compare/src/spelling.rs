//! UK and US spellings as one (`data/spelling.json`): each rule rewrites a word's UK ending to the
//! US one, so "organisation" and "organization", "colour" and "color", "centre" and "center",
//! "defence" and "defense", "travelled" and "traveled" compare equal — and "four" stays "four".

use statement_core::data::DataFile;
use statement_core::json::{object, optional, required, FromJson, Value};

const SPELLING_JSON: &str = include_str!("../../../data/spelling.json");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpellingRule {
    pub id: String,
    pub uk: String,
    pub us: String,
    /// Letters that must stand before the ending ("rise" is not "r" + "ise").
    pub min_stem: usize,
    /// Endings tried after the rule's ending (colour, colours, coloured…); default: none.
    pub inflections: Vec<String>,
    /// Words the rule never touches.
    pub except: Vec<String>,
    /// When given, the only words the rule touches.
    pub only: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    pub rules: Vec<SpellingRule>,
}

impl FromJson for SpellingRule {
    fn read(value: &Value) -> Result<Self, String> {
        let o = object(value)?;
        Ok(Self {
            id: required(o, "id")?,
            uk: required(o, "uk")?,
            us: required(o, "us")?,
            min_stem: optional(o, "min_stem")?,
            // Absent: the bare ending only.
            inflections: if o.contains_key("inflections") { required(o, "inflections")? } else { vec![String::new()] },
            except: optional(o, "except")?,
            only: optional(o, "only")?,
        })
    }
}

statement_core::from_json_fields!(Spelling { required: [rules], optional: [] });

impl DataFile for Spelling {
    const NAME: &'static str = "spelling";
    const BUILTIN_JSON: &'static str = SPELLING_JSON;
    const DIGITS_IN_IDS: bool = false;

    fn ids(&self) -> Vec<&str> {
        self.rules.iter().map(|r| r.id.as_str()).collect()
    }

    fn check(&self) -> Result<(), String> {
        match self.rules.iter().position(|r| r.uk.is_empty() || r.inflections.is_empty()) {
            Some(i) => Err(format!("spelling[{i}] ({}): an empty ending or no inflections", self.rules[i].id)),
            None => Ok(()),
        }
    }
}

impl Spelling {
    /// `word` with its UK ending written the US way, keeping its capitals (Colour → Color,
    /// COLOUR → COLOR); other words as they are.
    pub fn to_us(&self, word: &str) -> String {
        let lower = word.to_lowercase();
        for rule in &self.rules {
            for inflection in &rule.inflections {
                // The ending first (most words have none of these), then the word lists.
                let Some(stem) = lower.strip_suffix(inflection.as_str()).and_then(|w| w.strip_suffix(rule.uk.as_str()))
                else {
                    continue;
                };
                if stem.chars().count() < rule.min_stem
                    || (!rule.only.is_empty() && !rule.only.contains(&lower))
                    || rule.except.contains(&lower)
                {
                    continue;
                }
                return same_capitals(word, &format!("{stem}{}{inflection}", rule.us));
            }
        }
        word.to_owned()
    }
}

/// `lower` with the capitals of `original`: all capitals, a first capital, or none.
fn same_capitals(original: &str, lower: &str) -> String {
    let letters = || original.chars().filter(|c| c.is_alphabetic());
    if letters().count() > 1 && letters().all(char::is_uppercase) {
        return lower.to_uppercase();
    }
    let mut chars = lower.chars();
    match (original.chars().next(), chars.next()) {
        (Some(first), Some(c)) if first.is_uppercase() => c.to_uppercase().chain(chars).collect(),
        _ => lower.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_and_us_spellings_meet_and_other_words_stay() {
        let spelling = Spelling::builtin();
        for (uk, us) in [
            ("organisation", "organization"),
            ("organisations", "organizations"),
            ("recognise", "recognize"),
            ("recognised", "recognized"),
            ("prioritising", "prioritizing"),
            ("analyse", "analyze"),
            ("colour", "color"),
            ("Colours", "Colors"),
            ("honourable", "honorable"),
            ("labour", "labor"),
            ("centre", "center"),
            ("CENTRES", "CENTERS"),
            ("defence", "defense"),
            ("licence", "license"),
            ("travelled", "traveled"),
            ("modelling", "modeling"),
            ("programme", "program"),
            ("catalogue", "catalog"),
            ("judgement", "judgment"),
        ] {
            assert_eq!(spelling.to_us(uk), us, "{uk}");
            assert_eq!(spelling.to_us(us), us, "{us} is left as it is");
        }
        for word in [
            "four", "hour", "Your", "rise", "promise", "exercise", "genre", "acre", "filled", "calling", "fence",
            "Iran",
        ] {
            assert_eq!(spelling.to_us(word), word, "{word}");
        }
    }
}

//! One loader for the data files (`data/*.json`): parse, check the ids, then the file's own
//! rules. Each file is a type implementing [`DataFile`]; its built-in copy is embedded at
//! compile time and checked by the test suite.

use crate::json::FromJson;

/// A data file: its name in messages, its built-in contents, its ids and its own rules.
pub trait DataFile: FromJson {
    /// The file's name without `.json`, as messages say it (`themes`).
    const NAME: &'static str;
    /// The built-in file, embedded at compile time.
    const BUILTIN_JSON: &'static str;
    /// Whether ids may hold digits (`g7`), besides lowercase letters and `-`.
    const DIGITS_IN_IDS: bool;

    /// Every id in the file, in order.
    fn ids(&self) -> Vec<&str>;

    /// Rules beyond the ids (non-empty aliases, definitions…).
    fn check(&self) -> Result<(), String> {
        Ok(())
    }

    /// Parses and checks `json`; errors name the file and the entry.
    fn from_json(json: &str) -> Result<Self, String> {
        let file: Self = crate::json::from_str(json).map_err(|e| format!("{}: {e}", Self::NAME))?;
        check_ids(Self::NAME, file.ids(), Self::DIGITS_IN_IDS)?;
        file.check()?;
        Ok(file)
    }

    /// The built-in file (the test suite parses each one, so this cannot fail in a release).
    fn builtin() -> Self {
        Self::from_json(Self::BUILTIN_JSON).unwrap_or_else(|e| panic!("data/{}.json is invalid: {e}", Self::NAME))
    }
}

/// Checks that ids are non-empty, unique, lowercase letters and `-` (and digits if `digits`).
pub fn check_ids<'a>(file: &str, ids: impl IntoIterator<Item = &'a str>, digits: bool) -> Result<(), String> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in ids.into_iter().enumerate() {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-' || (digits && b.is_ascii_digit())) {
            let allowed = if digits { "lowercase letters, digits and '-'" } else { "lowercase letters and '-'" };
            return Err(format!("{file}[{i}]: id {id:?} must be {allowed}"));
        }
        if seen.contains(&id) {
            return Err(format!("{file}[{i}]: id {id:?} is used twice"));
        }
        seen.push(id);
    }
    Ok(())
}

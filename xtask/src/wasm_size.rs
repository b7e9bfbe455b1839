//! Who is in the Wasm, as twiggy would say it: every function body's size by its demangled
//! name, added up by crate, plus the data segments. Read from cargo's release output (before
//! wasm-bindgen and wasm-opt, so names are still there); the shipped file is smaller, but the
//! shares are what to aim at.

use std::collections::HashMap;
use std::path::Path;

use wasmparser::{KnownCustom, Name, Parser, Payload};

/// Bytes by owner, largest first.
pub struct Contributors {
    pub total: usize,
    pub by_crate: Vec<(String, usize)>,
    pub by_function: Vec<(String, usize)>,
}

/// The crate a demangled symbol belongs to: `yew::html::…` → `yew`;
/// `<yew::… as core::fmt::Debug>::fmt` → `yew`; `<str as core::fmt::Debug>::fmt` → `core` (a
/// primitive's impl belongs to its trait's crate); `<str>::to_lowercase` → `std (primitives)`;
/// `__wbindgen_malloc` → `(unmangled)`.
fn crate_of(symbol: &str) -> String {
    fn leading_crate(path: &str) -> Option<&str> {
        let path =
            path.trim_start_matches(['<', '&', '*', '[', '(']).trim_start_matches("mut ").trim_start_matches("dyn ");
        let (first, _) = path.split_once("::")?;
        (!first.is_empty() && first.chars().all(|c| c.is_alphanumeric() || c == '_')).then_some(first)
    }
    if let Some(qualified) = symbol.strip_prefix('<') {
        let (ty, rest) = match qualified.split_once(" as ") {
            Some((ty, trait_and_rest)) => (ty, Some(trait_and_rest)),
            None => (qualified.split_once(">::").map_or(qualified, |(ty, _)| ty), None),
        };
        if let Some(name) = leading_crate(ty) {
            return name.to_owned();
        }
        return match rest.and_then(leading_crate) {
            Some(name) => name.to_owned(),
            None => "std (primitives)".to_owned(),
        };
    }
    leading_crate(symbol).map_or_else(|| "(unmangled)".to_owned(), str::to_owned)
}

pub fn contributors(wasm: &[u8]) -> Result<Contributors, String> {
    let mut imported_functions = 0u32;
    let mut bodies: Vec<usize> = Vec::new();
    let mut names: HashMap<u32, String> = HashMap::new();
    let mut data = 0usize;
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(|e| format!("reading the Wasm: {e}"))? {
            Payload::ImportSection(imports) => {
                for group in imports {
                    let group = group.map_err(|e| e.to_string())?;
                    imported_functions += group
                        .into_iter()
                        .filter(
                            |item| matches!(item, Ok((_, import)) if matches!(import.ty, wasmparser::TypeRef::Func(_))),
                        )
                        .count() as u32;
                }
            }
            Payload::CodeSectionEntry(body) => bodies.push(body.range().len()),
            Payload::DataSection(segments) => {
                for segment in segments {
                    data += segment.map_err(|e| e.to_string())?.data.len();
                }
            }
            Payload::CustomSection(section) => {
                if let KnownCustom::Name(reader) = section.as_known() {
                    for name in reader {
                        if let Ok(Name::Function(map)) = name {
                            for naming in map.into_iter().flatten() {
                                names.insert(naming.index, naming.name.to_owned());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut by_crate: HashMap<String, usize> = HashMap::new();
    let mut by_function: Vec<(String, usize)> = Vec::with_capacity(bodies.len());
    for (i, size) in bodies.iter().enumerate() {
        let raw = names.get(&(imported_functions + i as u32)).cloned().unwrap_or_else(|| format!("func[{i}]"));
        let symbol = format!("{:#}", rustc_demangle::demangle(&raw));
        *by_crate.entry(crate_of(&symbol)).or_default() += size;
        by_function.push((symbol, *size));
    }
    by_crate.insert("(data segments: strings, tables)".into(), data);
    let mut by_crate: Vec<(String, usize)> = by_crate.into_iter().collect();
    by_crate.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    by_function.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let total = bodies.iter().sum::<usize>() + data;
    Ok(Contributors { total, by_crate, by_function })
}

/// Prints the top `n` crates and functions of the Wasm at `path`.
pub fn print_top(path: &Path, n: usize) -> Result<(), String> {
    let wasm = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let found = contributors(&wasm)?;
    let percent = |bytes: usize| 100.0 * bytes as f64 / found.total.max(1) as f64;
    println!(
        "\nWasm contributors ({}, before wasm-bindgen and wasm-opt; code + data = {} bytes):",
        path.display(),
        found.total
    );
    println!("  by crate:");
    for (name, bytes) in found.by_crate.iter().take(n) {
        println!("  {bytes:>9}  {:>5.1}%  {name}", percent(*bytes));
    }
    println!("  by function:");
    for (name, bytes) in found.by_function.iter().take(n) {
        let name: String =
            if name.chars().count() > 110 { name.chars().take(110).chain(['…']).collect() } else { name.clone() };
        println!("  {bytes:>9}  {:>5.1}%  {name}", percent(*bytes));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_belong_to_their_crate() {
        assert_eq!(crate_of("yew::html::component::Component::view"), "yew");
        assert_eq!(crate_of("<statement_core::search::SearchIndex as core::fmt::Debug>::fmt"), "statement_core");
        assert_eq!(crate_of("<&mut serde_json::de::Deserializer<R> as serde::Deserializer>::x"), "serde_json");
        assert_eq!(crate_of("__wbindgen_malloc"), "(unmangled)");
        assert_eq!(crate_of("<str as core::fmt::Debug>::fmt"), "core");
        assert_eq!(crate_of("<T as alloc::string::ToString>::to_string"), "alloc");
        assert_eq!(crate_of("<str>::to_lowercase"), "std (primitives)");
    }
}

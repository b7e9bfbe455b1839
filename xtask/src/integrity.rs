//! Subresource Integrity: the hash of every file a loader fetches, written at build time to
//! `dist/integrity.json` (the manifest) and filled into the loaders from it, so a host that pins
//! the entry script by SRI pins everything behind it.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha384};

/// `sha384-BASE64`, as `integrity` attributes and `fetch(url, { integrity })` take it.
pub fn sri(bytes: &[u8]) -> String {
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes)))
}

/// File name → its SRI hash, for the files in `dist` that the loaders fetch.
#[derive(Debug, Default, Clone)]
pub struct Manifest(BTreeMap<String, String>);

impl Manifest {
    /// Hashes each of `names` in `dist`.
    pub fn of(dist: &Path, names: &[&str]) -> Result<Self, String> {
        let mut map = BTreeMap::new();
        for name in names {
            let bytes = std::fs::read(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))?;
            map.insert((*name).to_owned(), sri(&bytes));
        }
        Ok(Self(map))
    }

    pub fn get(&self, name: &str) -> Result<&str, String> {
        self.0.get(name).map(String::as_str).ok_or_else(|| format!("no integrity hash for {name}"))
    }

    pub fn insert(&mut self, name: &str, bytes: &[u8]) {
        self.0.insert(name.to_owned(), sri(bytes));
    }

    /// `{ "name": "sha384-…", … }`, sorted by name.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.0).expect("a map of strings serialises");
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sri_is_sha384_in_base64() {
        // `printf '' | openssl dgst -sha384 -binary | base64`
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
        assert_eq!(
            sri(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }

    #[test]
    fn the_manifest_names_each_file_once_sorted() {
        let mut manifest = Manifest::default();
        manifest.insert("b.wasm", b"b");
        manifest.insert("a.js", b"a");
        let json: serde_json::Value = serde_json::from_str(&manifest.to_json()).unwrap();
        assert_eq!(json.as_object().unwrap().keys().collect::<Vec<_>>(), ["a.js", "b.wasm"]);
        assert_eq!(manifest.get("a.js").unwrap(), sri(b"a"));
        assert!(manifest.get("c.css").is_err());
    }
}

#![cfg(not(target_arch = "wasm32"))]
//! Keeps the layering honest: the pure core and the app state never touch the UI or the browser.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_and_app_are_plain_rust() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/core"), &mut files);
    rust_files(&root.join("src/app"), &mut files);
    assert!(files.len() >= 4, "found {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for forbidden in ["yew", "web_sys", "wasm_bindgen", "gloo", "js_sys"] {
            assert!(
                !text.lines().any(|l| !l.trim_start().starts_with("//") && l.contains(forbidden)),
                "{} mentions {forbidden}",
                file.display()
            );
        }
    }
}

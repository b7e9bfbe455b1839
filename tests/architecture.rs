#![cfg(not(target_arch = "wasm32"))]
//! Keeps the layering honest. The core (`crates/core`) and the app state (`crates/app`) are crates
//! of their own, so the compiler already stops them from using the UI or the browser unless their
//! manifests say so; this test keeps their manifests plain.

use std::path::Path;

/// The crate names listed under any `[dependencies]`-like table of a manifest (dev-dependencies
/// are allowed: they never reach the bundle).
fn normal_dependencies(manifest: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_dependencies = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line.ends_with("dependencies]") && !line.contains("dev-dependencies");
            continue;
        }
        if in_dependencies {
            if let Some((name, _)) = line.split_once('=') {
                names.push(name.trim().to_owned());
            }
        }
    }
    names
}

#[test]
fn core_and_app_depend_on_no_browser_or_ui_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for crate_dir in ["crates/core", "crates/app", "crates/compare"] {
        let manifest = std::fs::read_to_string(root.join(crate_dir).join("Cargo.toml")).unwrap();
        let dependencies = normal_dependencies(&manifest);
        assert!(!dependencies.is_empty(), "{crate_dir}: no dependencies read — has the manifest's shape changed?");
        for forbidden in ["yew", "web-sys", "js-sys", "wasm-bindgen", "wasm-bindgen-futures", "gloo"] {
            assert!(!dependencies.iter().any(|d| d == forbidden), "{crate_dir} depends on {forbidden}");
        }
    }
}

#[test]
fn the_lite_first_module_carries_no_ui_framework() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("crates/lite/Cargo.toml")).unwrap();
    let dependencies = normal_dependencies(&manifest);
    assert!(dependencies.iter().any(|d| d == "web-sys"), "crates/lite: no dependencies read");
    for forbidden in ["yew", "gloo", "serde", "serde_json", "statement-compare"] {
        assert!(
            !dependencies.iter().any(|d| d == forbidden),
            "crates/lite depends on {forbidden}: the first load grows"
        );
    }
}

#[test]
fn the_manifest_reader_sees_dev_dependencies_apart() {
    let manifest = "[dependencies]\nserde = \"1\"\n[dev-dependencies]\nyew = \"0.23\"\n\
                    [target.'cfg(unix)'.dependencies]\ngloo = \"1\"\n";
    assert_eq!(normal_dependencies(manifest), ["serde", "gloo"]);
}

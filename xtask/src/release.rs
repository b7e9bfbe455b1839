//! `cargo xtask release`: after `dist`, the two files a release is —
//! `release/statement-reader-VERSION.tgz` (the widget as an npm package: its script, Wasm and
//! stylesheet, the prerendered snippet, the integrity manifest, the Custom Elements Manifest and
//! the TypeScript declarations) and `release/statement-reader-VERSION-site.zip` (the static site).
//! Both are reproducible: entries sorted, fixed times and modes.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::bundle;
use crate::integrity::Manifest;
use crate::package;

/// The workspace version (Cargo.toml's `[workspace.package]`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A fixed time for every entry (2024-09-11, the statement's date), so the same build gives
/// the same bytes.
const MTIME: u64 = 1_726_012_800;

/// The package's files: name → contents.
pub struct Package {
    pub files: Vec<(String, Vec<u8>)>,
}

/// The widget's files in `dist`: its script, its stylesheet and the three Wasm builds it loads,
/// found through the integrity manifest the build wrote (exactly what the script fetches).
fn widget_files(dist: &Path) -> Result<Vec<String>, String> {
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dist.join("integrity.json")).map_err(|e| format!("dist/integrity.json: {e}"))?,
    )
    .map_err(|e| format!("dist/integrity.json: {e}"))?;
    let mut names: Vec<String> = manifest
        .as_object()
        .ok_or("dist/integrity.json is not an object")?
        .keys()
        // The page's loader and its lite module are the page's, not the widget's.
        .filter(|name| !name.starts_with("boot-") && !name.starts_with("lite-"))
        .cloned()
        .collect();
    names.extend(["statement-reader-snippet.html".to_owned(), "integrity.json".to_owned()]);
    names.sort();
    Ok(names)
}

/// The package README: how to install and embed this version, with its script's SRI hash.
fn package_readme(integrity: &str) -> String {
    let mut out = format!(
        "# statement-reader {VERSION}\n\n\
         The `<statement-reader>` custom element: a reader for diplomatic statements (search, themes,\n\
         stances, named entities, glossary, highlights, comparison) that runs entirely in the browser,\n\
         in an open shadow root, with no server.\n\n\
         ## Install\n\n```sh\nnpm i statement-reader-{VERSION}.tgz   # or from a registry\n```\n\n\
         ## Use\n\n\
         Serve this folder's files together (the script loads its Wasm, glue and stylesheet from beside\n\
         itself), then:\n\n\
         ```html\n<script type=\"module\" src=\"/statement-reader/statement-reader.js\"\n  \
         integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>\n\
         <statement-reader theme=\"china\" q=\"taiwan\"></statement-reader>\n```\n\n\
         The `integrity` value above is this version's `statement-reader.js` (also in `integrity.json`).\n\
         The script fetches every file it loads with its own hash from that manifest, so pinning the\n\
         script pins everything behind it: a changed file is refused, the element says so inside\n\
         itself and the host hears `statement-reader:error`.\n\n\
         With a bundler (Vite, Rollup, webpack 5), `import \"statement-reader\";` works too: the\n\
         script names its files as `new URL(\"./file\", import.meta.url)`, which they copy.\n\n\
         In React 19, set attributes as props and listen to events through a ref (their names\n\
         contain a colon, which JSX cannot write):\n\n\
         ```tsx\nimport \"statement-reader\";\nimport type {{}} from \"statement-reader/react\";\n\n\
         const ref = useRef<StatementReaderElement>(null);\n\
         useEffect(() => {{\n  const reader = ref.current;\n  \
         const onSearch = (event: CustomEvent<StatementReaderSearchDetail>) => setTotal(event.detail.total);\n  \
         reader?.addEventListener(\"statement-reader:search\", onSearch);\n  \
         return () => reader?.removeEventListener(\"statement-reader:search\", onSearch);\n}}, []);\n\
         return <statement-reader ref={{ref}} q=\"iran\" theme=\"china\" />;\n```\n\n\
         `statement-reader-snippet.html` is the reader prerendered into a declarative shadow root:\n\
         readable before any script runs.\n\n## API\n\n\
         The Custom Elements Manifest (`custom-elements.json`) and the TypeScript declarations\n\
         (`statement-reader.d.ts`) describe it in full.\n\n| attribute | property | does |\n|---|---|---|\n"
    );
    for a in statement_app::widget_api::ATTRIBUTES {
        out.push_str(&format!("| `{}` | `{}` | {} Default: {}. |\n", a.name, a.property, a.description, a.default));
    }
    out.push_str("\n| event | detail |\n|---|---|\n");
    for e in statement_app::widget_api::EVENTS {
        let fields: Vec<String> = e.detail.iter().map(|f| format!("`{}`", f.name)).collect();
        out.push_str(&format!("| `{}` | {} — {} |\n", e.name, fields.join(", "), e.description));
    }
    out.push_str("\nStyling: `::part(frame)`; custom properties ");
    let properties: Vec<String> =
        statement_app::widget_api::CSS_PROPERTIES.iter().map(|p| format!("`{}`", p.name)).collect();
    out.push_str(&properties.join(", "));
    out.push_str(".\n\nLicence: MIT OR Apache-2.0. The statement: © Crown copyright, Open Government Licence v3.0.\n");
    out
}

/// Everything the package holds.
pub fn package(root: &Path) -> Result<Package, String> {
    let dist = root.join("dist");
    let names = widget_files(&dist)?;
    let integrity = {
        let mut manifest = Manifest::default();
        let bytes = std::fs::read(dist.join(package::ENTRY)).map_err(|e| format!("dist/{}: {e}", package::ENTRY))?;
        manifest.insert(package::ENTRY, &bytes);
        manifest.get(package::ENTRY)?.to_owned()
    };
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for name in &names {
        files.push((name.clone(), std::fs::read(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"))?));
    }
    let json = |value: serde_json::Value| {
        let mut text = serde_json::to_string_pretty(&value).expect("JSON values serialise");
        text.push('\n');
        text.into_bytes()
    };
    files.push((package::MANIFEST.to_owned(), json(package::custom_elements_manifest())));
    files.push((package::TYPES.to_owned(), package::type_declarations(VERSION).into_bytes()));
    files.push((package::REACT_TYPES.to_owned(), package::react_declarations(VERSION).into_bytes()));
    files.push(("README.md".to_owned(), package_readme(&integrity).into_bytes()));
    let changelog = std::fs::read(root.join("CHANGELOG.md")).map_err(|e| format!("CHANGELOG.md: {e}"))?;
    files.push(("CHANGELOG.md".to_owned(), changelog));
    files.sort();
    let listed: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    files.insert(0, ("package.json".to_owned(), json(package::package_json(VERSION, &listed))));
    Ok(Package { files })
}

/// An npm tarball: every file under `package/`, gzipped.
pub fn tarball(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let mut tar = tar::Builder::new(gz);
    tar.mode(tar::HeaderMode::Deterministic);
    for (name, bytes) in files {
        let mut header = tar::Header::new_ustar();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_mtime(MTIME);
        header.set_entry_type(tar::EntryType::Regular);
        tar.append_data(&mut header, format!("package/{name}"), bytes.as_slice())
            .map_err(|e| format!("{name}: {e}"))?;
    }
    let gz = tar.into_inner().map_err(|e| e.to_string())?;
    gz.finish().map_err(|e| e.to_string())
}

/// A zip of every file in `dir` (flat: the bundle has no folders), sorted by name.
pub fn site_zip(dir: &Path) -> Result<Vec<u8>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    names.sort();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::from_date_and_time(2024, 9, 11, 0, 0, 0).map_err(|e| e.to_string())?)
        .unix_permissions(0o644);
    for path in names {
        let name = path.file_name().and_then(|n| n.to_str()).ok_or("a file name that is not UTF-8")?.to_owned();
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        zip.start_file(name.as_str(), options).map_err(|e| format!("{name}: {e}"))?;
        zip.write_all(&bytes).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

/// Writes both files to `release/` (after `dist`), and the package unpacked beside them for
/// the checks (`release/package/`).
pub fn write(root: &Path) -> Result<(PathBuf, PathBuf), String> {
    // README documents the API the manifest declares, or there is no release.
    let readme = std::fs::read_to_string(root.join("README.md")).map_err(|e| format!("README.md: {e}"))?;
    let mismatches = package::readme_mismatches(&readme);
    if !mismatches.is_empty() {
        return Err(format!("README does not match crates/app/src/widget_api.rs:\n  {}", mismatches.join("\n  ")));
    }
    let out = root.join("release");
    std::fs::create_dir_all(&out).map_err(|e| format!("release/: {e}"))?;
    let package = package(root)?;
    let unpacked = out.join("package");
    let _ = std::fs::remove_dir_all(&unpacked);
    std::fs::create_dir_all(&unpacked).map_err(|e| format!("release/package: {e}"))?;
    for (name, bytes) in &package.files {
        std::fs::write(unpacked.join(name), bytes).map_err(|e| format!("release/package/{name}: {e}"))?;
    }
    let tgz = out.join(format!("{}-{VERSION}.tgz", package::NAME));
    std::fs::write(&tgz, tarball(&package.files)?).map_err(|e| format!("{}: {e}", tgz.display()))?;
    let zip = out.join(format!("{}-{VERSION}-site.zip", package::NAME));
    std::fs::write(&zip, site_zip(&root.join("dist"))?).map_err(|e| format!("{}: {e}", zip.display()))?;
    for (what, path) in [("npm package", &tgz), ("static site", &zip)] {
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        println!("{what}: {} ({} KiB)", path.strip_prefix(root).unwrap_or(path).display(), size / 1024);
    }
    let widget = package.files.iter().find(|(n, _)| n == package::ENTRY).ok_or("no widget script")?;
    let mut manifest = Manifest::default();
    manifest.insert(package::ENTRY, &widget.1);
    println!("The widget's script tag: <script type=\"module\" src=\".../{}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>", package::ENTRY, manifest.get(package::ENTRY)?);
    // Hashed files of the bundle are immutable; the package keeps their names.
    debug_assert!(package.files.iter().any(|(n, _)| bundle::is_content_hashed(n)));
    Ok((tgz, zip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tarball_is_an_npm_package_and_reproducible() {
        let files = vec![("package.json".to_owned(), b"{}".to_vec()), ("a.js".to_owned(), b"x".to_vec())];
        let bytes = tarball(&files).unwrap();
        assert_eq!(bytes, tarball(&files).unwrap());
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(bytes.as_slice()));
        let names: Vec<String> =
            archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().display().to_string()).collect();
        assert_eq!(names, ["package/package.json", "package/a.js"]);
    }

    #[test]
    fn the_package_readme_pins_the_script_and_lists_the_api() {
        let readme = package_readme("sha384-abc");
        assert!(readme.contains("integrity=\"sha384-abc\""));
        for a in statement_app::widget_api::ATTRIBUTES {
            assert!(readme.contains(&format!("| `{}` |", a.name)));
        }
        assert!(readme.contains("`statement-reader:search`"));
    }
}

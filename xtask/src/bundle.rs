//! After Trunk: what makes `dist/` a bundle for any host.
//!
//! - Trunk's inline `<script type="module">` loader is replaced by a file (`boot-HASH.js`), so the
//!   page runs under a strict Content-Security-Policy with no `'unsafe-inline'`; it loads the Wasm
//!   after first paint.
//! - The widget: `statement-reader.js` (from `assets/`, with the hashed names filled in) and its
//!   stylesheet, `styles/widget.css` + `styles/reader.css` rewritten for a shadow root.
//! - The demo page `embed.html` (+ its script and stylesheet) and a `_headers` file with the CSP.

use std::path::Path;

use crate::integrity::Manifest;

/// The Content-Security-Policy the bundle is built and tested for.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/// The service worker for `dist`: the template with the files to precache (everything but the
/// headers file and itself) and a version hashed from their names and the page.
pub fn service_worker(template: &str, dist: &Path) -> Result<(String, String), String> {
    let mut names: Vec<String> = file_names(dist)?
        .into_iter()
        .filter(|n| {
            n != "_headers"
                && n != "sw.js"
                && n != "integrity.json"
                && !n.starts_with(COMPARING_PREFIX)
                && !n.starts_with(EXTRACTORS_PREFIX)
        })
        .collect();
    names.sort();
    let mut fingerprint = names.join("\n").into_bytes();
    fingerprint.extend(std::fs::read(dist.join("index.html")).map_err(|e| format!("dist/index.html: {e}"))?);
    let version = content_hash(&fingerprint)[..12].to_owned();
    let assets = std::iter::once("\"./\"".to_owned())
        .chain(names.iter().map(|n| format!("\"./{n}\"")))
        .collect::<Vec<_>>()
        .join(", ");
    for placeholder in ["__VERSION__", "__ASSETS__"] {
        if !template.contains(placeholder) {
            return Err(format!("assets/sw.js lacks {placeholder}"));
        }
    }
    Ok((template.replace("__VERSION__", &version).replace("__ASSETS__", &format!("[{assets}]")), version))
}

/// The names of the files in `dist` (names that are not UTF-8 left out).
fn file_names(dist: &Path) -> Result<Vec<String>, String> {
    Ok(std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect())
}

/// A short content hash for file names (FNV-1a, 64 bits).
pub fn content_hash(bytes: &[u8]) -> String {
    statement_core::hash::fnv1a_hex(bytes)
}

/// The page's loader (`assets/boot.js`, a file: the CSP forbids inline scripts) with the hashed
/// names filled in. It waits for the first contentful paint, then loads the lite module
/// (`crates/lite`) when the full reader would show only the prerendered page, else the full
/// reader (or the comparing build); the lite module asks for the full reader at the first
/// touch. Only the lite module's names start with "./": the first-load measure follows those.
pub fn boot_script(
    template: &str,
    lite: &Build,
    reader: &Build,
    comparing: &Build,
    integrity: &Manifest,
) -> Result<String, String> {
    let mut names = builds_placeholders(lite, reader, comparing);
    names.retain(|(placeholder, _)| !placeholder.contains("CSS"));
    fill(&with_loading(template, "assets/boot.js")?, "assets/boot.js", &names, integrity)
}

/// What both loaders do alike (pinned fetching, refusals, loading when idle), written once.
const LOADING: &str = include_str!("../../assets/loading.js");

/// A lens the address or the attributes ask for, shown before the reader loads: written once,
/// for the page's head script and the widget's script.
const LENS_PREVIEW: &str = include_str!("../../assets/lens-preview.js");

/// `template` with `assets/loading.js` in place of its one `// __LOADING__` line.
fn with_loading(template: &str, what: &str) -> Result<String, String> {
    with_shared(template, "__LOADING__", LOADING, what)
}

/// `template` with `shared` in place of its one `// PLACEHOLDER` line.
fn with_shared(template: &str, placeholder: &str, shared: &str, what: &str) -> Result<String, String> {
    let line = format!("// {placeholder}\n");
    if template.matches(&line).count() != 1 {
        return Err(format!("{what} must hold `// {placeholder}` on a line of its own, once"));
    }
    Ok(template.replace(&line, shared))
}

/// The page's head script (Trunk's copy of `assets/scheme.js`, `scheme-HASH.js`) with the lens
/// preview written in, `minify`d in place, under a new hashed name: `html` (the page, returned)
/// and `dist` are updated.
pub fn fill_head_script(
    html: &str,
    dist: &Path,
    minify: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<String, String> {
    let name = find_one(dist, "scheme-", ".js")?;
    let read = |name: &str| std::fs::read_to_string(dist.join(name)).map_err(|e| format!("dist/{name}: {e}"));
    let filled = with_shared(&read(&name)?, "__LENS_PREVIEW__", LENS_PREVIEW, "assets/scheme.js")?;
    std::fs::write(dist.join(&name), &filled).map_err(|e| format!("dist/{name}: {e}"))?;
    minify(&dist.join(&name))?;
    let filled = read(&name)?;
    let renamed = format!("scheme-{}.js", &content_hash(filled.as_bytes())[..16]);
    let tag_start =
        html.find(&name).and_then(|at| html[..at].rfind("<script")).ok_or("index.html has no head script")?;
    let tag_end = tag_start + html[tag_start..].find('>').ok_or("unterminated <script>")?;
    // Trunk pins it by its old content; the page and the script come from one origin (as boot's).
    let tag = without_attribute(&html[tag_start..tag_end], "integrity").replace(&name, &renamed);
    std::fs::write(dist.join(&renamed), &filled).map_err(|e| format!("dist/{renamed}: {e}"))?;
    std::fs::remove_file(dist.join(&name)).map_err(|e| format!("dist/{name}: {e}"))?;
    Ok(format!("{}{tag}{}", &html[..tag_start], &html[tag_end..]))
}

/// `tag` (an opening tag's text) without attribute `name` (quoted or not).
fn without_attribute(tag: &str, name: &str) -> String {
    let Some(at) = tag.find(&format!(" {name}=")) else { return tag.to_owned() };
    let value = at + name.len() + 2;
    let end = match tag[value..].chars().next() {
        Some(quote @ ('"' | '\'')) => tag[value + 1..].find(quote).map_or(tag.len(), |i| value + i + 2),
        _ => tag[value..].find([' ', '>']).map_or(tag.len(), |i| value + i),
    };
    format!("{}{}", &tag[..at], &tag[end..])
}

/// Each build's placeholders (`__GLUE__`, …) and file names. Longer placeholders first, so
/// `__GLUE__` never replaces part of `__COMPARE_GLUE__`.
fn builds_placeholders<'a>(lite: &'a Build, reader: &'a Build, comparing: &'a Build) -> Vec<(&'static str, &'a str)> {
    vec![
        ("LITE_GLUE", lite.glue.as_str()),
        ("LITE_WASM", lite.wasm.as_str()),
        ("COMPARE_GLUE", comparing.glue.as_str()),
        ("COMPARE_WASM", comparing.wasm.as_str()),
        ("GLUE", reader.glue.as_str()),
        ("WASM", reader.wasm.as_str()),
        ("CSS", ""),
    ]
}

/// Fills `__NAME__` with each file name and `__SRI_NAME__` with its integrity hash; every
/// placeholder must be there, and none may be left.
fn fill(template: &str, what: &str, names: &[(&str, &str)], integrity: &Manifest) -> Result<String, String> {
    let mut out = template.to_owned();
    for (key, name) in names {
        let (placeholder, pin) = (format!("__{key}__"), format!("__SRI_{key}__"));
        if !out.contains(&placeholder) || !out.contains(&pin) {
            return Err(format!("{what} lacks {placeholder} or {pin}"));
        }
        out = out.replace(&pin, integrity.get(name)?).replace(&placeholder, name);
    }
    if let Some(at) = out.find("__SRI_") {
        return Err(format!("{what} has an unknown placeholder at {}", &out[at..(at + 24).min(out.len())]));
    }
    Ok(out)
}

/// The extractors' file names in `dist` (`assets/extract/`, bundled): the web page's, the PDF's
/// and pdf.js's worker. Loaded only when a web page or PDF is opened.
pub struct Extractors {
    pub html: String,
    pub pdf: String,
    pub pdf_worker: String,
}

/// The prefix of the extractors' files (outside the first load and the service worker's
/// precache; cached when first used).
pub const EXTRACTORS_PREFIX: &str = "extract-";

/// `assets/extract/load.js` filled in with the extractors' names and integrity hashes: written
/// at the end of the full reader's glue (and the comparing build's), which the loaders pin, so
/// the extractors are pinned too and nothing of them is in the first load.
pub fn extract_loader(template: &str, extractors: &Extractors, integrity: &Manifest) -> Result<String, String> {
    let names = [
        ("EXTRACT_PDF_WORKER", extractors.pdf_worker.as_str()),
        ("EXTRACT_PDF", extractors.pdf.as_str()),
        ("EXTRACT_HTML", extractors.html.as_str()),
    ];
    fill(template, "assets/extract/load.js", &names, integrity)
}

/// One Wasm build's file names in `dist`: its JavaScript glue and its module.
pub struct Build {
    pub glue: String,
    pub wasm: String,
}

/// The prefix of the comparing build's files in `dist` (outside the first load and the
/// service worker's precache; cached when first used).
pub const COMPARING_PREFIX: &str = "compare-";

/// Replaces Trunk's inline `<script type="module">` loader with `tag`, and drops its preloads of
/// the glue and the Wasm (they would compete with the text for first paint; the boot script
/// fetches them right after it).
pub fn replace_loader(html: &str, tag: &str) -> Result<String, String> {
    // As Trunk writes it, or as its HTML minifier does (release builds).
    let opens = ["<script type=\"module\">", "<script type=module>"];
    let (start, open) = opens
        .iter()
        .filter_map(|open| html.find(open).map(|at| (at, *open)))
        .min()
        .ok_or("dist/index.html has no inline module loader to replace")?;
    let body_start = start + open.len();
    let end = body_start + html[body_start..].find("</script>").ok_or("unterminated inline <script>")?;
    let mut out = format!("{}{tag}{}", &html[..start], &html[end + "</script>".len()..]);
    if opens.iter().any(|open| out.contains(open)) {
        return Err("more than one inline module script in dist/index.html".into());
    }
    // Every `<link>` that preloads (in any attribute order or quoting).
    let mut from = 0;
    while let Some(at) = out[from..].find("<link").map(|i| from + i) {
        let close = at + out[at..].find('>').ok_or("unterminated <link>")? + 1;
        let link = out[at..close].replace('"', "");
        if link.contains("rel=modulepreload") || link.contains("rel=preload") {
            out.replace_range(at..close, "");
            from = at;
        } else {
            from = close;
        }
    }
    Ok(out)
}

/// Rewrites the page stylesheet for a shadow root: `:root` → `:host`; `rem` lengths →
/// multiples of the widget's own unit (`--sr-rem`, so the host's root font size has no say);
/// viewport-width media queries → container queries on the widget's frame (its width is what
/// matters on someone else's page).
pub fn widget_stylesheet(prefix: &str, page_css: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + page_css.len() * 2);
    out.push_str(prefix);
    out.push('\n');
    for line in page_css.replace(":root", ":host").lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("@media") && trimmed.contains("width") {
            out.push_str(&media_to_container(line));
        } else {
            out.push_str(&rem_to_unit(line));
        }
        out.push('\n');
    }
    out
}

/// `@media (min-width: 60rem) {` → `@container reader (min-width: 960px) {` (rem at 16px, as
/// media queries use the initial font size).
fn media_to_container(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line.replacen("@media", "@container reader", 1);
    while let Some(at) = rest.find("rem") {
        let digits_start = rest[..at].rfind(|c: char| !(c.is_ascii_digit() || c == '.')).map_or(0, |i| i + 1);
        let value: f64 = rest[digits_start..at].parse().unwrap_or(0.0);
        out.push_str(&rest[..digits_start]);
        out.push_str(&format!("{}px", (value * 16.0 * 100.0).round() / 100.0));
        rest = rest[at + 3..].to_owned();
    }
    out.push_str(&rest);
    out
}

/// `0.5rem` → `calc(0.5 * var(--sr-rem))`, leaving identifiers that merely contain "rem" alone.
fn rem_to_unit(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let starts_number = (c.is_ascii_digit() || c == b'.')
            && (i == 0
                || !(bytes[i - 1].is_ascii_alphanumeric()
                    || bytes[i - 1] == b'-'
                    || bytes[i - 1] == b'_'
                    || bytes[i - 1] == b'.'));
        if starts_number {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || bytes[j] == b'.') {
                j += 1;
            }
            let unit_end = j + 3;
            let is_rem = line.get(j..unit_end) == Some("rem")
                && bytes.get(unit_end).is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'-'));
            if is_rem {
                out.push_str(&format!("calc({} * var(--sr-rem))", &line[i..j]));
                i = unit_end;
                continue;
            }
            out.push_str(&line[i..j]);
            i = j;
            continue;
        }
        // Copy up to the next possible number start as a slice: the text may hold any UTF-8
        // (a `content: "…"`), which byte-by-byte pushing would corrupt.
        let after = i + line[i..].chars().next().map_or(1, char::len_utf8);
        let next = line[after..].find(|ch: char| ch.is_ascii_digit() || ch == '.').map_or(line.len(), |at| after + at);
        out.push_str(&line[i..next]);
        i = next;
    }
    out
}

/// The prerendered widget snippet: `<statement-reader>` with the reader in a declarative shadow
/// root (its stylesheet linked inside with its integrity hash, like the element itself does),
/// and a fallback link in the light DOM for browsers without declarative shadow DOM. URLs are
/// relative to the bundle.
pub fn prerendered_widget(reader_html: &str, css_name: &str, css_integrity: &str) -> String {
    format!(
        "<statement-reader>\n  <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"./{css_name}\" integrity=\"{css_integrity}\" crossorigin=\"anonymous\" part=\"stylesheet\">\
         <div class=\"frame\" part=\"frame\" data-prerendered=\"\">{reader_html}</div></template>\n  \
         <p><a href=\"./\">Read the UK–US Strategic Dialogue 2024 joint statement</a></p>\n</statement-reader>\n"
    )
}

/// The demo page's script with the widget script's integrity hash, for the snippet it offers.
pub fn embed_script(template: &str, widget_integrity: &str) -> Result<String, String> {
    if !template.contains("__WIDGET_SRI__") {
        return Err("assets/embed.js lacks __WIDGET_SRI__".into());
    }
    Ok(template.replace("__WIDGET_SRI__", widget_integrity))
}

/// Whether `name` carries a content hash (`name-HEX.ext`, `name-HEX_bg.wasm`, 12 or more hex
/// digits): such a file never changes under its name.
pub fn is_content_hashed(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() >= 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The long cache lifetime of a content-hashed file.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Entry points and other unhashed files: kept, but revalidated before each use.
pub const REVALIDATE: &str = "no-cache";

/// `_headers` (Netlify / Cloudflare Pages): the CSP for every path, then each file's
/// `Cache-Control` by its exact path (never two values for one path: both hosts join them).
pub fn headers(dist: &Path) -> Result<String, String> {
    let mut names: Vec<String> = file_names(dist)?.into_iter().filter(|n| n != "_headers").collect();
    names.push("_headers".into());
    names.sort();
    let mut out = format!(
        "/*\n  Content-Security-Policy: {CSP}\n  X-Content-Type-Options: nosniff\n/\n  Cache-Control: {REVALIDATE}\n"
    );
    for name in names.iter().filter(|n| *n != "_headers") {
        let policy = if is_content_hashed(name) { IMMUTABLE } else { REVALIDATE };
        out.push_str(&format!("/{name}\n  Cache-Control: {policy}\n"));
    }
    Ok(out)
}

/// The demo page of the prerendered widget: `template` with its `<!-- SNIPPET -->` filled in.
pub fn prerendered_widget_page(template: &str, snippet: &str) -> Result<String, String> {
    if template.matches("<!-- SNIPPET -->").count() != 1 {
        return Err("assets/embed-prerendered.html must hold `<!-- SNIPPET -->` once".into());
    }
    Ok(template.replace("<!-- SNIPPET -->", snippet))
}

/// Fills the widget script's placeholders: the hashed file names, their integrity hashes and
/// the element's API (`__API__`, from `widget_api`).
pub fn widget_script(
    template: &str,
    lite: &Build,
    reader: &Build,
    comparing: &Build,
    css: &str,
    integrity: &Manifest,
) -> Result<String, String> {
    let mut names = builds_placeholders(lite, reader, comparing);
    for entry in &mut names {
        if entry.0 == "CSS" {
            entry.1 = css;
        }
    }
    if !template.contains("__API__") {
        return Err("assets/statement-reader.js lacks __API__".into());
    }
    let template = with_loading(template, "assets/statement-reader.js")?;
    let template = with_shared(&template, "__LENS_PREVIEW__", LENS_PREVIEW, "assets/statement-reader.js")?;
    fill(&template.replace("__API__", &crate::package::script_api()), "assets/statement-reader.js", &names, integrity)
}

/// The file in `dist` whose name starts with `prefix` and ends with `suffix` (exactly one).
pub fn find_one(dist: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    let mut found: Vec<String> =
        file_names(dist)?.into_iter().filter(|n| n.starts_with(prefix) && n.ends_with(suffix)).collect();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!("expected one {prefix}*{suffix} in dist, found {n}: {found:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rem_becomes_the_widget_unit_but_names_stay() {
        assert_eq!(
            rem_to_unit("padding: 0.2rem 1rem; gap: 2.5rem;"),
            "padding: calc(0.2 * var(--sr-rem)) calc(1 * var(--sr-rem)); gap: calc(2.5 * var(--sr-rem));"
        );
        assert_eq!(
            rem_to_unit(".remove, .x-1rem { width: 12px; --premium: 3remx; }"),
            ".remove, .x-1rem { width: 12px; --premium: 3remx; }"
        );
        assert_eq!(rem_to_unit("calc(var(--sidebar) + 3rem)"), "calc(var(--sidebar) + calc(3 * var(--sr-rem)))");
    }

    #[test]
    fn the_prerendered_widget_is_a_declarative_shadow_root_with_a_fallback() {
        let snippet = prerendered_widget("<div data-reader=\"\">text</div>", "statement-reader-abc.css", "sha384-x");
        assert!(snippet.starts_with("<statement-reader>\n  <template shadowrootmode=\"open\">"));
        assert!(snippet.contains("<link rel=\"stylesheet\" href=\"./statement-reader-abc.css\" integrity=\"sha384-x\" crossorigin=\"anonymous\""));
        assert!(snippet.contains("<div class=\"frame\" part=\"frame\" data-prerendered=\"\"><div data-reader=\"\">text</div></div></template>"));
        assert!(snippet.contains("<p><a href=\"./\">"));
        assert!(prerendered_widget_page("<main><!-- SNIPPET --></main>", &snippet).unwrap().contains("<template"));
        assert!(prerendered_widget_page("<main></main>", &snippet).is_err());
    }

    #[test]
    fn non_ascii_text_survives_the_rewrite() {
        assert_eq!(
            rem_to_unit(r#".a::after { content: "… “2rem” é"; margin: 1rem; } /* ½ — ü */"#),
            r#".a::after { content: "… “calc(2 * var(--sr-rem))” é"; margin: calc(1 * var(--sr-rem)); } /* ½ — ü */"#
        );
        let css = widget_stylesheet(
            "/* widget */",
            ":root { --x: \"→\"; }\n@media (min-width: 40rem) { a::before { content: \"«\"; } }",
        );
        assert!(css.contains(":host { --x: \"→\"; }"), "{css}");
        assert!(css.contains("@container reader (min-width: 640px) { a::before { content: \"«\"; } }"), "{css}");
    }

    #[test]
    fn width_media_queries_become_container_queries() {
        assert_eq!(media_to_container("@media (min-width: 60rem) {"), "@container reader (min-width: 960px) {");
        assert_eq!(media_to_container("@media (max-width: 59.99rem) {"), "@container reader (max-width: 959.84px) {");
        let css = widget_stylesheet(
            "/*p*/",
            ":root { --x: 1rem; }\n@media (prefers-color-scheme: dark) {\n@media (max-width: 30rem) {",
        );
        assert_eq!(css, "/*p*/\n:host { --x: calc(1 * var(--sr-rem)); }\n@media (prefers-color-scheme: dark) {\n@container reader (max-width: 480px) {\n");
    }

    #[test]
    fn the_loader_becomes_a_file_without_preloads() {
        let html = "<head><script src=\"a.js\"></script>\n<script type=\"module\">\nimport init from './x.js';\nawait init();\n</script><link rel=\"modulepreload\" href=\"./x.js\"><link rel=\"preload\" href=\"./x.wasm\" as=\"fetch\"></head>";
        let out = replace_loader(html, "<script type=\"module\" src=\"./boot.js\"></script>").unwrap();
        assert_eq!(
            out,
            "<head><script src=\"a.js\"></script>\n<script type=\"module\" src=\"./boot.js\"></script></head>"
        );
        assert!(replace_loader("<p>none</p>", "").is_err());
        // Minified: unquoted attributes, other orders; other links stay.
        let minified = "<link href=./a.css rel=stylesheet><script type=module>import x;</script><link crossorigin href=./x.js rel=modulepreload><link as=fetch href=./x.wasm rel=preload>";
        assert_eq!(replace_loader(minified, "<B>").unwrap(), "<link href=./a.css rel=stylesheet><B>");
        let lite = Build { glue: "lite-l.js".into(), wasm: "lite-l_bg.wasm".into() };
        let reader = Build { glue: "g.js".into(), wasm: "g_bg.wasm".into() };
        let comparing = Build { glue: "compare-c.js".into(), wasm: "compare-c_bg.wasm".into() };
        let template = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/boot.js")).unwrap();
        let mut integrity = Manifest::default();
        for name in ["lite-l.js", "lite-l_bg.wasm", "g.js", "g_bg.wasm", "compare-c.js", "compare-c_bg.wasm"] {
            integrity.insert(name, name.as_bytes());
        }
        let boot = boot_script(&template, &lite, &reader, &comparing, &integrity).unwrap();
        assert!(
            boot.contains("\"./lite-l.js\"") && boot.contains("\"./lite-l_bg.wasm\"") && boot.contains("serviceWorker")
        );
        // Only the lite module is named with "./", so the first-load measure follows only it.
        assert!(boot.contains("\"g.js\"") && boot.contains("\"compare-c.js\""));
        assert!(!boot.contains("./g") && !boot.contains("./compare-") && !boot.contains("__"));
        // The extractors are pinned by the glue that loads them, not named in the first load.
        assert!(!boot.contains("extract"));
        let extractors =
            Extractors { html: "extract-h.js".into(), pdf: "extract-p.js".into(), pdf_worker: "extract-w.js".into() };
        for name in ["extract-h.js", "extract-p.js", "extract-w.js"] {
            integrity.insert(name, name.as_bytes());
        }
        let loader =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/extract/load.js")).unwrap();
        let loader = extract_loader(&loader, &extractors, &integrity).unwrap();
        assert!(
            loader.contains("\"./extract-w.js\"")
                && loader.contains(crate::integrity::sri(b"extract-p.js").as_str())
                && !loader.contains("__")
        );
        // assets/loading.js, written in once.
        assert_eq!(boot.matches("async function fetchPinned(").count(), 1);
        assert!(with_loading("no placeholder", "t").is_err());
        assert!(with_shared("// X\n// X\n", "X", "", "t").is_err(), "twice");
        assert_eq!(with_shared("a\n// X\nb", "X", "shared\n", "t").unwrap(), "a\nshared\nb");
        assert_eq!(
            without_attribute("<script src=a.js integrity=\"sha384-x\" defer", "integrity"),
            "<script src=a.js defer"
        );
        assert_eq!(without_attribute("<script integrity=sha384-x src=a.js", "integrity"), "<script src=a.js");
        assert_eq!(without_attribute("<script src=a.js", "integrity"), "<script src=a.js");
        // Each file with its own hash.
        let pinned = format!("pinned(\"compare-c_bg.wasm\", \"{}\")", crate::integrity::sri(b"compare-c_bg.wasm"));
        assert!(boot.contains(&pinned), "{boot}");
        assert!(boot_script("no placeholders", &lite, &reader, &comparing, &integrity).is_err());
        // A file without a hash is an error, not an unpinned fetch.
        let mut partial = Manifest::default();
        partial.insert("lite-l.js", b"x");
        assert!(boot_script(&template, &lite, &reader, &comparing, &partial).is_err());
        // The widget script: names, hashes and the API, nothing left over.
        integrity.insert("w.css", b"w");
        let template =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/statement-reader.js")).unwrap();
        let widget = widget_script(&template, &lite, &reader, &comparing, "w.css", &integrity).unwrap();
        assert!(widget.contains("new URL(\"./w.css\", import.meta.url)") && !widget.contains("__"), "{widget}");
        assert!(widget.contains("[\"allowOpen\",\"allow-open\",true]"));
        assert_eq!(widget.matches("function whenIdleAndCheap(").count(), 1);
    }

    #[test]
    fn hashed_files_are_immutable_and_entry_points_revalidate() {
        for hashed in [
            "statement-reader-0123456789abcdef.js",
            "statement-reader-0123456789abcdef_bg.wasm",
            "boot-0123456789ab.js",
            "lite-0123456789abcdef_bg.wasm",
            "reader-0123456789abcdef.css",
        ] {
            assert!(is_content_hashed(hashed), "{hashed}");
        }
        for entry in [
            "index.html",
            "statement-reader.js",
            "sw.js",
            "embed.js",
            "statement-reader-snippet.html",
            "embed-prerendered.html",
            "integrity.json",
            "boot-abc.js",
        ] {
            assert!(!is_content_hashed(entry), "{entry}");
        }
        let dir = std::env::temp_dir().join(format!("headers-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in ["index.html", "sw.js", "boot-0123456789ab.js", "_headers"] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let text = headers(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(text.starts_with(&format!("/*\n  Content-Security-Policy: {CSP}\n")));
        assert!(text.contains("/boot-0123456789ab.js\n  Cache-Control: public, max-age=31536000, immutable\n"));
        assert!(
            text.contains("/index.html\n  Cache-Control: no-cache\n")
                && text.contains("/sw.js\n  Cache-Control: no-cache\n")
        );
        assert!(text.contains("/\n  Cache-Control: no-cache\n") && !text.contains("/_headers"));
        // Only the CSP rule matches every path, so no path gets two cache policies.
        assert_eq!(text.matches("Cache-Control").count(), 4);
    }
}

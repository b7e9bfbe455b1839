//! After Trunk: what makes `dist/` a bundle for any host.
//!
//! - Trunk's inline `<script type="module">` loader is replaced by a file (`boot-HASH.js`), so the
//!   page runs under a strict Content-Security-Policy with no `'unsafe-inline'`; it loads the Wasm
//!   after first paint.
//! - The widget: `statement-reader.js` (from `assets/`, with the hashed names filled in) and its
//!   stylesheet, `styles/widget.css` + `styles/reader.css` rewritten for a shadow root.
//! - The demo page `embed.html` (+ its script and stylesheet) and a `_headers` file with the CSP.

use std::path::Path;

/// The Content-Security-Policy the bundle is built and tested for.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/// The service worker for `dist`: the template with the files to precache (everything but the
/// headers file and itself) and a version hashed from their names and the page.
pub fn service_worker(template: &str, dist: &Path) -> Result<(String, String), String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n != "_headers" && n != "sw.js" && !n.starts_with(COMPARING_PREFIX))
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

/// A short content hash for file names (FNV-1a, 64 bits).
pub fn content_hash(bytes: &[u8]) -> String {
    statement_core::hash::fnv1a_hex(bytes)
}

/// The page's loader (`assets/boot.js`, a file: the CSP forbids inline scripts) with the hashed
/// names filled in. It waits for the first contentful paint, then loads the light module
/// (`crates/lite`) when the full reader would show only the prerendered page, else the full
/// reader (or the comparing build); the light module asks for the full reader at the first
/// touch. Only the light module's names start with "./": the first-load measure follows those.
pub fn boot_script(template: &str, light: &Build, reader: &Build, comparing: &Build) -> Result<String, String> {
    let names = [
        ("__LITE_GLUE__", &light.glue),
        ("__LITE_WASM__", &light.wasm),
        ("__COMPARE_GLUE__", &comparing.glue),
        ("__COMPARE_WASM__", &comparing.wasm),
        ("__GLUE__", &reader.glue),
        ("__WASM__", &reader.wasm),
    ];
    let mut out = template.to_owned();
    for (placeholder, name) in names {
        if !out.contains(placeholder) {
            return Err(format!("assets/boot.js lacks {placeholder}"));
        }
        out = out.replace(placeholder, name);
    }
    Ok(out)
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
/// root (its stylesheet linked inside, like the element itself does), and a fallback link in the
/// light DOM for browsers without declarative shadow DOM. URLs are relative to the bundle.
pub fn prerendered_widget(reader_html: &str, css_name: &str) -> String {
    format!(
        "<statement-reader>\n  <template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"./{css_name}\" part=\"stylesheet\">\
         <div class=\"frame\" part=\"frame\" data-prerendered=\"\">{reader_html}</div></template>\n  \
         <p><a href=\"./\">Read the UK–US Strategic Dialogue 2024 joint statement</a></p>\n</statement-reader>\n"
    )
}

/// The demo page of the prerendered widget: `template` with its `<!-- SNIPPET -->` filled in.
pub fn prerendered_widget_page(template: &str, snippet: &str) -> Result<String, String> {
    if template.matches("<!-- SNIPPET -->").count() != 1 {
        return Err("assets/embed-prerendered.html must hold `<!-- SNIPPET -->` once".into());
    }
    Ok(template.replace("<!-- SNIPPET -->", snippet))
}

/// Fills the widget script's placeholders with the bundle's hashed file names.
pub fn widget_script(
    template: &str,
    light: &Build,
    reader: &Build,
    comparing: &Build,
    css: &str,
) -> Result<String, String> {
    for placeholder in
        ["__GLUE__", "__WASM__", "__COMPARE_GLUE__", "__COMPARE_WASM__", "__LITE_GLUE__", "__LITE_WASM__", "__CSS__"]
    {
        if !template.contains(placeholder) {
            return Err(format!("assets/statement-reader.js lacks {placeholder}"));
        }
    }
    Ok(template
        .replace("__LITE_GLUE__", &light.glue)
        .replace("__LITE_WASM__", &light.wasm)
        .replace("__COMPARE_GLUE__", &comparing.glue)
        .replace("__COMPARE_WASM__", &comparing.wasm)
        .replace("__GLUE__", &reader.glue)
        .replace("__WASM__", &reader.wasm)
        .replace("__CSS__", css))
}

/// The file in `dist` whose name starts with `prefix` and ends with `suffix` (exactly one).
pub fn find_one(dist: &Path, prefix: &str, suffix: &str) -> Result<String, String> {
    let mut found: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
        .collect();
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
        let snippet = prerendered_widget("<div data-reader=\"\">text</div>", "statement-reader-abc.css");
        assert!(snippet.starts_with("<statement-reader>\n  <template shadowrootmode=\"open\">"));
        assert!(snippet.contains("<link rel=\"stylesheet\" href=\"./statement-reader-abc.css\""));
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
        let light = Build { glue: "lite-l.js".into(), wasm: "lite-l_bg.wasm".into() };
        let reader = Build { glue: "g.js".into(), wasm: "g_bg.wasm".into() };
        let comparing = Build { glue: "compare-c.js".into(), wasm: "compare-c_bg.wasm".into() };
        let template = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/boot.js")).unwrap();
        let boot = boot_script(&template, &light, &reader, &comparing).unwrap();
        assert!(
            boot.contains("\"./lite-l.js\"") && boot.contains("\"./lite-l_bg.wasm\"") && boot.contains("serviceWorker")
        );
        // Only the light module is named with "./", so the first-load measure follows only it.
        assert!(boot.contains("\"g.js\"") && boot.contains("\"compare-c.js\""));
        assert!(!boot.contains("./g") && !boot.contains("./compare-") && !boot.contains("__"));
        assert!(boot_script("no placeholders", &light, &reader, &comparing).is_err());
    }
}

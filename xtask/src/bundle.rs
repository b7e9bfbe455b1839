//! After Trunk: what makes `dist/` a bundle for any host.
//!
//! - Trunk's inline `<script type="module">` loader moves to a file (`boot-HASH.js`), so the page
//!   runs under a strict Content-Security-Policy with no `'unsafe-inline'`.
//! - The widget: `statement-reader.js` (from `assets/`, with the hashed names filled in) and its
//!   stylesheet, `styles/widget.css` + `styles/reader.css` rewritten for a shadow root.
//! - The demo page `embed.html` (+ its script and stylesheet) and a `_headers` file with the CSP.

use std::path::Path;

/// The Content-Security-Policy the bundle is built and tested for.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/// A short content hash for file names (FNV-1a, 64 bits).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Moves the first inline `<script type="module">…</script>` of `html` into a file named by its
/// hash; returns the new HTML and the file (name, contents).
pub fn externalise_loader(html: &str) -> Result<(String, String, String), String> {
    const OPEN: &str = "<script type=\"module\">";
    let start = html.find(OPEN).ok_or("dist/index.html has no inline module loader to move")?;
    let body_start = start + OPEN.len();
    let end = body_start + html[body_start..].find("</script>").ok_or("unterminated inline <script>")?;
    // Trunk's loader also exposes the bindings on `window`, which nothing here needs.
    let body: String = html[body_start..end]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("window.wasmBindings"))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    let name = format!("boot-{}.js", &content_hash(body.as_bytes())[..12]);
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let html = format!("{}{tag}{}", &html[..start], &html[end + "</script>".len()..]);
    if html.contains(OPEN) {
        return Err("more than one inline module script in dist/index.html".into());
    }
    Ok((html, name, body))
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
        out.push(c as char);
        i += 1;
    }
    out
}

/// Fills the widget script's placeholders with the bundle's hashed file names.
pub fn widget_script(template: &str, glue: &str, wasm: &str, css: &str) -> Result<String, String> {
    for placeholder in ["__GLUE__", "__WASM__", "__CSS__"] {
        if !template.contains(placeholder) {
            return Err(format!("assets/statement-reader.js lacks {placeholder}"));
        }
    }
    Ok(template.replace("__GLUE__", glue).replace("__WASM__", wasm).replace("__CSS__", css))
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
    fn the_loader_moves_to_a_file() {
        let html = "<head><script src=\"a.js\"></script>\n<script type=\"module\">\nimport init from './x.js';\nwindow.wasmBindings = bindings;\nawait init();\n</script></head>";
        let (out, name, body) = externalise_loader(html).unwrap();
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert_eq!(body, "import init from './x.js';\nawait init();\n");
        assert_eq!(
            out,
            format!("<head><script src=\"a.js\"></script>\n<script type=\"module\" src=\"./{name}\"></script></head>")
        );
        assert!(externalise_loader("<p>none</p>").is_err());
    }
}

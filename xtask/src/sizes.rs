//! First-load size of the bundle: raw, gzip and brotli, per file and in total.

use std::io::Write;
use std::path::Path;

/// Bytes of one file as served raw, gzip -9 and brotli -q 11.
pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn measure(bytes: &[u8]) -> Sizes {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).expect("writing to memory");
    let gzip = gz.finish().expect("writing to memory").len();
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        writer.write_all(bytes).expect("writing to memory");
    }
    Sizes { raw: bytes.len(), gzip, brotli: br.len() }
}

/// The files a first visit to `index.html` loads: the page and every `./file` it references,
/// and what those scripts reference in turn (the boot script loads the glue and the Wasm) — not
/// the widget's or the demo's files, nor the service worker's later precache.
fn first_load_files(dist: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut names: Vec<String> = vec!["index.html".into()];
    let mut next = 0;
    while next < names.len() {
        let name = names[next].clone();
        next += 1;
        if !(name.ends_with(".html") || name.ends_with(".js")) {
            continue;
        }
        let text = std::fs::read_to_string(dist.join(&name)).map_err(|e| format!("dist/{name}: {e}"))?;
        // `"./name"`, or unquoted `=./name` as the HTML minifier writes attributes.
        for (at, _) in text.match_indices("./") {
            if !matches!(text[..at].chars().next_back(), Some('"' | '=' | '\'')) {
                continue;
            }
            let found: String =
                text[at + 2..].chars().take_while(|&c| !matches!(c, '"' | '\'' | '>' | ' ' | '\n')).collect();
            if !found.is_empty() && found != "sw.js" && !names.contains(&found) && dist.join(&found).is_file() {
                // The comparing build loads only when a comparison is asked for (`print_comparing`).
                if found.starts_with(crate::bundle::COMPARING_PREFIX) {
                    return Err(format!("dist/{name} names the comparing build as part of the first load"));
                }
                names.push(found);
            }
        }
    }
    Ok(names.into_iter().map(|n| dist.join(n)).collect())
}

/// Prints the first load and what the widget adds; returns the first load's brotli bytes.
pub fn print_first_load(dist: &Path) -> Result<usize, String> {
    let (first_load, total) = table(&first_load_files(dist)?)?;
    println!("\nFirst load ({}):\n{first_load}", dist.display());
    println!("Widget (added to a host page that embeds it):\n{}", table(&widget_files(dist)?)?.0);
    println!(
        "Prerendered widget snippet (in the host page's HTML, instead of an empty element):\n{}",
        table(&[dist.join("statement-reader-snippet.html")])?.0
    );
    Ok(total.brotli)
}

/// Prints the comparing build (loaded instead of the first build's glue and Wasm when a
/// comparison is asked for).
pub fn print_comparing(dist: &Path, build: &crate::bundle::Build) -> Result<(), String> {
    println!(
        "Comparing build (loaded only when a comparison is asked for, instead of the reader's glue and Wasm):\n{}",
        table(&[dist.join(&build.glue), dist.join(&build.wasm)])?.0
    );
    Ok(())
}

/// The budget file: the most the first load may weigh, brotli.
pub const BUDGET_FILE: &str = "bench/budget.toml";

/// Reads `first_load_brotli_kib = N` from the budget file's text.
pub fn parse_budget(text: &str) -> Result<f64, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix("first_load_brotli_kib")?.trim().strip_prefix('=')?.trim().parse::<f64>().ok())
        .ok_or_else(|| format!("{BUDGET_FILE} needs a line `first_load_brotli_kib = N`"))
}

/// Fails when `brotli_bytes` is over the budget in `root`'s budget file.
pub fn check_budget(root: &Path, brotli_bytes: usize) -> Result<(), String> {
    let text = std::fs::read_to_string(root.join(BUDGET_FILE)).map_err(|e| format!("{BUDGET_FILE}: {e}"))?;
    let budget = parse_budget(&text)?;
    let kib = brotli_bytes as f64 / 1024.0;
    if kib > budget {
        return Err(format!("the first load is {kib:.1} KiB brotli, over the {budget} KiB budget in {BUDGET_FILE}"));
    }
    println!("Size budget: first load {kib:.1} KiB brotli ≤ {budget} KiB ({BUDGET_FILE}).");
    Ok(())
}

/// What a host page loads for the widget beyond the Wasm and its glue (shared with the page).
fn widget_files(dist: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let css = crate::bundle::find_one(dist, "statement-reader-", ".css")?;
    // A prerendered element starts with the lite module (the widget's build), as the page does.
    let lite_glue = crate::bundle::find_one(dist, "widget-lite-", ".js")?;
    let lite_wasm = crate::bundle::find_one(dist, "widget-lite-", "_bg.wasm")?;
    Ok([String::from("statement-reader.js"), css, lite_glue, lite_wasm].iter().map(|n| dist.join(n)).collect())
}

/// The first-load table: one row per file and a total, raw / gzip / brotli bytes.
pub fn first_load_table(dist: &Path) -> Result<String, String> {
    Ok(table(&first_load_files(dist)?)?.0)
}

fn table(files: &[std::path::PathBuf]) -> Result<(String, Sizes), String> {
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut files = files.to_vec();
    files.sort();
    let _ = writeln!(out, "{:<48} {:>10} {:>10} {:>10}", "file", "raw", "gzip", "brotli");
    let mut total = Sizes { raw: 0, gzip: 0, brotli: 0 };
    for file in &files {
        let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let s = measure(&bytes);
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let _ = writeln!(out, "{name:<48} {:>10} {:>10} {:>10}", s.raw, s.gzip, s.brotli);
        total.raw += s.raw;
        total.gzip += s.gzip;
        total.brotli += s.brotli;
    }
    let _ = writeln!(
        out,
        "{:<48} {:>10} {:>10} {:>10}   ({:.1} KiB brotli)",
        "total",
        total.raw,
        total.gzip,
        total.brotli,
        total.brotli as f64 / 1024.0
    );
    Ok((out, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_line_is_read_and_comments_skipped() {
        assert_eq!(parse_budget("# first_load_brotli_kib = 1\nfirst_load_brotli_kib = 150.5\n"), Ok(150.5));
        assert!(parse_budget("budget = 3").is_err());
    }
}

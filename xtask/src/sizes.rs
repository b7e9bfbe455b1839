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

/// The files a first visit loads: the page, its scripts, Wasm and styles.
fn is_first_load(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| matches!(e, "html" | "js" | "wasm" | "css"))
        && path.file_name().is_some_and(|n| n == "index.html" || !n.to_string_lossy().ends_with(".html"))
}

pub fn print_first_load(dist: &Path) -> Result<(), String> {
    println!("\nFirst load ({}):\n{}", dist.display(), first_load_table(dist)?);
    Ok(())
}

/// The first-load table: one row per file and a total, raw / gzip / brotli bytes.
pub fn first_load_table(dist: &Path) -> Result<String, String> {
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut files: Vec<_> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| is_first_load(p))
        .collect();
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
    Ok(out)
}

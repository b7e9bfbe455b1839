//! `cargo xtask bench`: figures come from here, never from timed assertions in the tests.
//!
//! Builds a site with the release bundle at `/` and the baseline (the same text, static HTML,
//! mark.js + a plain filter) at `/baseline/`, runs the browser benchmarks against both in one run,
//! and writes the printed table to `bench/RESULTS.md`.

use std::fmt::Write as _;
use std::path::Path;

use crate::sizes;
use crate::tools::{run, Toolchain};

pub fn run_all(toolchain: &Toolchain, root: &Path) -> Result<(), String> {
    let site = root.join("target/bench-site");
    build_site(root, &site)?;
    run(toolchain.command("node").arg("bench/run.mjs").arg(&site))?;
    let table = std::fs::read_to_string(site.join("bench.md")).map_err(|e| e.to_string())?;
    let mut report = String::from("# Benchmark results\n\nWritten by `cargo xtask bench`; every row is measured in the same run as its baseline.\n\n");
    let _ = writeln!(
        report,
        "## First load (release bundle)\n\n```\n{}```\n",
        sizes::first_load_table(&root.join("dist"))?
    );
    let _ = writeln!(report, "## Against the baselines\n\n{table}");
    let _ = writeln!(
        report,
        "Machine: {} cores; Chromium headless; figures vary with load, ratios less so.\n",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    // Why the targets this run misses are hard: kept by hand next to the generated table.
    if let Ok(targets) = std::fs::read_to_string(root.join("bench/targets.md")) {
        report.push_str(&targets);
    }
    std::fs::write(root.join("bench/RESULTS.md"), report).map_err(|e| format!("bench/RESULTS.md: {e}"))?;
    println!("\nWrote bench/RESULTS.md");
    Ok(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// `site/`: a copy of `dist/`, plus `baseline/` with the statement as plain HTML using the same stylesheet.
fn build_site(root: &Path, site: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(site);
    std::fs::create_dir_all(site.join("baseline")).map_err(|e| e.to_string())?;
    let mut stylesheet = String::new();
    for entry in std::fs::read_dir(root.join("dist")).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if name.starts_with("reader-") && name.ends_with(".css") {
            stylesheet = name.clone();
        }
        if path.is_file() {
            std::fs::copy(&path, site.join(&name)).map_err(|e| e.to_string())?;
        }
    }
    let text =
        std::fs::read_to_string(root.join("content/uk-us-strategic-dialogue-2024.txt")).map_err(|e| e.to_string())?;
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let (paragraphs, attribution) = lines.split_at(lines.len() - 1);
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Baseline</title>\
         <link rel=\"stylesheet\" href=\"../{stylesheet}\"></head><body><div class=\"reader\">\
         <header class=\"topbar\"><div class=\"topbar-inner\"><label>Search <input type=\"search\"></label>\
         <span data-hit-count></span></div></header><div class=\"layout\"><main class=\"statement\">"
    );
    for (i, p) in paragraphs.iter().enumerate() {
        let n = i + 1;
        let _ = write!(html, "<div class=\"para\"><a class=\"para-num\" href=\"#p{n}\">{n}</a><p id=\"p{n}\" data-paragraph=\"{n}\">{}</p></div>", escape(p));
    }
    let _ = write!(
        html,
        "</main></div><footer class=\"attribution\"><p>{}</p></footer></div>\
         <script src=\"mark.min.js\"></script><script src=\"baseline.js\"></script></body></html>",
        escape(attribution[0])
    );
    std::fs::write(site.join("baseline/index.html"), &html).map_err(|e| e.to_string())?;
    // The same page with the statement 100 times over (as the reader gets it from `/__test__/repeat/100.txt`).
    // The statement N times over: 100× for the reader's scale, 50× for the shelf's (the same
    // text as the 50 statements the shelf benchmark puts on it).
    for copies in [100, 50] {
        let mut large = String::new();
        for (i, p) in std::iter::repeat_n(paragraphs, copies).flatten().enumerate() {
            let n = i + 1;
            let _ = write!(large, "<div class=\"para\"><a class=\"para-num\" href=\"#p{n}\">{n}</a><p id=\"p{n}\" data-paragraph=\"{n}\">{}</p></div>", escape(p));
        }
        let start = html.find("<div class=\"para\">").ok_or("baseline page has no paragraphs")?;
        let end = html.find("</main>").ok_or("baseline page has no main")?;
        let large_html = format!("{}{large}{}", &html[..start], &html[end..]);
        std::fs::write(site.join(format!("baseline/{copies}.html")), large_html).map_err(|e| e.to_string())?;
    }
    for (from, to) in [
        ("node_modules/mark.js/dist/mark.min.js", "baseline/mark.min.js"),
        ("bench/baseline.js", "baseline/baseline.js"),
    ] {
        std::fs::copy(root.join(from), site.join(to)).map_err(|e| format!("{from}: {e}"))?;
    }
    Ok(())
}

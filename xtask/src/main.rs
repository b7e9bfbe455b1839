//! `cargo xtask <command>`: the only place that knows about tools.
//!
//! - `setup`  installs whatever is missing (idempotent; a second run only checks).
//! - `serve`  sets up, then serves the app with live reload on http://127.0.0.1:8080.
//! - `dist`   builds the release bundle into `dist/`, prerendered, and prints its first-load size.
//! - `release` after `dist`, writes the npm package and the site's zip to `release/`.
//! - `bench`  measures the release bundle against baselines, in the same run; writes bench/RESULTS.md.
//! - `test`   sets up, then runs every test layer: native, Wasm in headless Chromium, end-to-end
//!   (Playwright + axe-core) against `dist/`, the cross-engine suite (Chromium, Firefox ESR and
//!   WebKitGTK over W3C WebDriver), and the Nu HTML Checker on `dist/*.html`.

mod bench;
mod bundle;
mod fuzz;
mod integrity;
mod package;
mod release;
mod sizes;
mod tools;
mod wasm_size;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use tools::{run, Toolchain};

/// The element the prerendered reader goes into, exactly as `index.html` (and Trunk) writes it.
const ROOT_PLACEHOLDER: &str = r#"<div id="reader-root"></div>"#;
/// The same, as Trunk's HTML minifier writes it (release builds).
const ROOT_PLACEHOLDER_MINIFIED: &str = r#"<div id=reader-root></div>"#;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("help");
    let result = match command {
        "setup" => Toolchain::ensure(tools::Needs::ALL).map(|_| ()),
        "fuzz" => Toolchain::ensure(tools::Needs::FUZZ).and_then(|t| {
            let seconds = match args.get(1) {
                None => fuzz::DEFAULT_SECONDS,
                Some(s) => s.parse().map_err(|_| format!("`{s}` is not a number of seconds"))?,
            };
            fuzz::run_all(&t, &repo_root(), seconds)
        }),
        "serve" => serve(),
        "dist" => Toolchain::ensure(tools::Needs::BUILD).and_then(|t| dist(&t)),
        "release" => Toolchain::ensure(tools::Needs::BUILD).and_then(|t| {
            dist(&t)?;
            release::write(&repo_root()).map(|_| ())
        }),
        "test" => test(&args[1..]),
        "screenshots" => screenshots(&args[1..]),
        "bench" => Toolchain::ensure(tools::Needs::ALL).and_then(|t| {
            dist(&t)?;
            bench::run_all(&t, &repo_root())?;
            // The parsers of untrusted input, fuzzed longer than `cargo xtask test` does.
            fuzz::run_all(&t, &repo_root(), fuzz::DEFAULT_SECONDS)
        }),
        // The last release build's Wasm by crate and function, `N` of each (after `dist`).
        "wasm-size" => wasm_size::print_top(
            &repo_root().join("target/wasm32-unknown-unknown/release/statement-reader.wasm"),
            args.get(1).and_then(|n| n.parse().ok()).unwrap_or(40),
        ),
        "help" | "--help" | "-h" => {
            println!("{}", HELP);
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask {command}: {message}");
            ExitCode::FAILURE
        }
    }
}

const HELP: &str = "usage: cargo xtask <command>

  setup   install what is missing (wasm32 target, Trunk, wasm-bindgen-cli, npm packages, Chromium,
          Firefox ESR + geckodriver, WebKitGTK's driver, Xvfb)
  serve   serve the app with live reload on http://127.0.0.1:8080
  dist    build the prerendered release bundle into dist/ and print its size
  release dist, then release/statement-reader-VERSION.tgz (the widget as an npm package, with its
          Custom Elements Manifest and TypeScript declarations) and …-site.zip (the static site)
  wasm-size [N]  the last release build's Wasm: its N largest crates and functions (default 40)
  fuzz [SECONDS]  run every fuzz target (fuzz/: text, JSON, web page, PDF lines, Web Annotations,
          URL state) for SECONDS each (default 60; cargo-fuzz, nightly Rust)
  screenshots [PATH…]  build dist/, then save desktop/phone × light/dark PNGs in screenshots/
  bench   build dist/, then measure it against baselines in headless Chromium; writes bench/RESULTS.md;
          then fuzzes every parser for a minute each
  test    run every test: native, wasm (headless Chromium), end-to-end (Playwright), the
          cross-engine suite (Chromium, Firefox ESR, WebKitGTK over WebDriver), HTML validation
          the package (`cargo xtask release`, its manifest, the examples built from it) and the
          fuzz targets, briefly (`test native`, `test wasm`, `test e2e`, `test engines`, `test html`,
          `test package`, `test fuzz` run one layer)";

/// The repository root (the parent of `xtask/`).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_path_buf()
}

fn serve() -> Result<(), String> {
    let toolchain = Toolchain::ensure(tools::Needs::BUILD)?;
    println!("Serving on http://127.0.0.1:8080 (Ctrl+C stops)");
    run(toolchain.command("trunk").args(["serve", "--public-url", "/", "--address", "127.0.0.1", "--port", "8080"]))
}

/// Builds `dist/`: Trunk's release build, the prerendered reader put into `index.html`, sizes printed.
fn dist(toolchain: &Toolchain) -> Result<(), String> {
    let root = repo_root();
    // The comparing build: the same reader with comparison, a second module loaded only when a
    // comparison is asked for. Built beside `dist/` (first, so that the reader's own build is the
    // one left in `target/` for the size report), its glue and module copied in.
    let comparing_dist = root.join("target/dist-compare");
    run(toolchain
        .command("trunk")
        .args(["build", "--release", "--features", "compare", "--dist"])
        .arg(&comparing_dist))?;
    minify_glue(toolchain, &comparing_dist)?;
    run(toolchain.command("trunk").args(["build", "--release"]))?;
    minify_glue(toolchain, &root.join("dist"))?;
    let rendered = prerender(&root, &[])?;
    let index_path = root.join("dist/index.html");
    let index = std::fs::read_to_string(&index_path).map_err(|e| format!("dist/index.html: {e}"))?;
    let dist = root.join("dist");
    // The head script with the lens preview written in (see assets/lens-preview.js).
    let prerendered = bundle::fill_head_script(&prerender_into(&index, &rendered)?, &dist, |script| {
        minify_js(toolchain, script, "iife")
    })?;
    let write = |name: &str, contents: &[u8]| {
        std::fs::write(dist.join(name), contents).map_err(|e| format!("dist/{name}: {e}"))
    };
    // The extractors of web pages and PDFs, loaded by the full reader's glue (pinned there).
    let extractors = build_extractors(toolchain, &root, &dist)?;
    let extractors_pinned =
        integrity::Manifest::of(&dist, &[&extractors.html, &extractors.pdf, &extractors.pdf_worker])?;
    let read = |path: &str| std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"));
    let extract_loader = bundle::extract_loader(&read("assets/extract/load.js")?, &extractors, &extractors_pinned)?;
    let reader = with_extract_loader(&dist, &bundle::find_one(&dist, "statement-reader-", ".js")?, &extract_loader)?;
    let reader = bundle::Build { glue: reader, wasm: bundle::find_one(&dist, "statement-reader-", "_bg.wasm")? };
    let comparing = copy_comparing_build(&comparing_dist, &dist, &extract_loader)?;
    // The lite first module twice: the widget's (serving prerendered elements), then the page's
    // (without the widget's code: the first load), left last in `target/` for the size report.
    let widget_lite = build_lite(toolchain, &root, LiteFor::Widget)?;
    let lite = build_lite(toolchain, &root, LiteFor::Page)?;
    // The widget's stylesheet (the page's and the comparing build's, rewritten for a shadow root).
    let widget_css = bundle::widget_stylesheet(
        &read("styles/widget.css")?,
        &format!("{}\n{}", read("styles/reader.css")?, read("styles/compare.css")?),
    );
    let css_name = format!("statement-reader-{}.css", &bundle::content_hash(widget_css.as_bytes())[..16]);
    write(&css_name, widget_css.as_bytes())?;
    // The integrity manifest: every file a loader fetches, hashed as built. The loaders are
    // filled in from it, so pinning a loader pins everything behind it.
    let mut integrity = integrity::Manifest::of(
        &dist,
        &[
            &lite.glue,
            &lite.wasm,
            &widget_lite.glue,
            &widget_lite.wasm,
            &reader.glue,
            &reader.wasm,
            &comparing.glue,
            &comparing.wasm,
            &extractors.html,
            &extractors.pdf,
            &extractors.pdf_worker,
            &css_name,
        ],
    )?;
    let boot = bundle::boot_script(&read("assets/boot.js")?, &lite, &reader, &comparing, &integrity)?;
    // Minified like the glue (its comments are for the template's readers, not the first load).
    let unminified = dist.join("boot.unminified.js");
    std::fs::write(&unminified, &boot).map_err(|e| format!("{}: {e}", unminified.display()))?;
    minify_js(toolchain, &unminified, "esm")?;
    let boot = std::fs::read_to_string(&unminified).map_err(|e| format!("{}: {e}", unminified.display()))?;
    std::fs::remove_file(&unminified).map_err(|e| format!("{}: {e}", unminified.display()))?;
    let boot_name = format!("boot-{}.js", &bundle::content_hash(boot.as_bytes())[..12]);
    // Listed in the manifest, but not pinned by the page: the page and its boot script come from
    // the same origin, so whoever could change one could change the other (and 49 incompressible
    // bytes of first load buy nothing). Everything boot loads is pinned.
    integrity.insert(&boot_name, boot.as_bytes());
    let page =
        bundle::replace_loader(&prerendered, &format!("<script type=\"module\" src=\"./{boot_name}\"></script>"))?;
    write(&boot_name, boot.as_bytes())?;
    write("index.html", page.as_bytes())?;
    println!("Prerendered the reader into dist/index.html; its loader is dist/{boot_name} (no inline script).");
    // The widget's script, which knows the hashed names and hashes of the shared Wasm and glue.
    let widget = bundle::widget_script(
        &read("assets/statement-reader.js")?,
        &widget_lite,
        &reader,
        &comparing,
        &css_name,
        &integrity,
    )?;
    write("statement-reader.js", widget.as_bytes())?;
    integrity.insert("statement-reader.js", widget.as_bytes());
    // The widget before its Wasm: the reader prerendered into a declarative shadow root, readable
    // at once and with JavaScript off; the element hydrates it. A snippet to paste, and a page
    // that shows it.
    let snippet = bundle::prerendered_widget(&prerender(&root, &["--widget"])?, &css_name, integrity.get(&css_name)?);
    write("statement-reader-snippet.html", snippet.as_bytes())?;
    write(
        "embed-prerendered.html",
        bundle::prerendered_widget_page(&read("assets/embed-prerendered.html")?, &snippet)?.as_bytes(),
    )?;
    write("integrity.json", integrity.to_json().as_bytes())?;
    // The demo page (its copy box gives the script tag with its SRI hash).
    for name in ["embed.html", "embed.css"] {
        write(name, read(&format!("assets/{name}"))?.as_bytes())?;
    }
    write(
        "embed.js",
        bundle::embed_script(&read("assets/embed.js")?, integrity.get("statement-reader.js")?)?.as_bytes(),
    )?;
    // Offline: a service worker that precaches the whole bundle, versioned by its hashed names.
    let (sw, version) = bundle::service_worker(&read("assets/sw.js")?, &dist)?;
    write("sw.js", sw.as_bytes())?;
    println!("Service worker: dist/sw.js, cache version {version}.");
    // The headers file (Netlify/Cloudflare Pages format): the strict CSP everywhere; files with a
    // content hash in their name cached for a year, entry points revalidated.
    write("_headers", bundle::headers(&dist)?.as_bytes())?;
    let first_load = sizes::print_first_load(&root.join("dist"))?;
    sizes::print_comparing(&root.join("dist"), &comparing)?;
    // The first load's Wasm (the lite module), then the app's.
    wasm_size::print_top(&root.join("target/wasm32-unknown-unknown/release/statement_lite.wasm"), 10)?;
    wasm_size::print_top(&root.join("target/wasm32-unknown-unknown/release/statement-reader.wasm"), 15)?;
    sizes::check_budget(&root, first_load)
}

/// Minifies a build's wasm-bindgen glue in place with esbuild (npm): about half its bytes. Trunk's
/// own JS minifier is left off (`data-no-minify`: it made the glue larger and can break it).
/// Trunk's hashed name is kept; the same input always minifies to the same output.
fn minify_glue(toolchain: &Toolchain, dir: &Path) -> Result<(), String> {
    minify_js(toolchain, &dir.join(bundle::find_one(dir, "statement-reader-", ".js")?), "esm")
}

/// Minifies `script` in place; `format`: `esm` for a module, `iife` for a classic script.
fn minify_js(toolchain: &Toolchain, script: &Path, format: &str) -> Result<(), String> {
    run(toolchain
        .command("esbuild")
        .arg(script)
        .arg(format!("--format={format}"))
        .args(["--minify", "--log-level=warning", "--allow-overwrite"])
        .arg(format!("--outfile={}", script.display())))
}

/// The full reader's glue `glue` (in `dist`) with the extractors' loader written at its end,
/// under a new content-hashed name (returned): a glue cached as immutable never names
/// extractors it was not built with.
fn with_extract_loader(dist: &Path, glue: &str, extract_loader: &str) -> Result<String, String> {
    let mut text = std::fs::read_to_string(dist.join(glue)).map_err(|e| format!("dist/{glue}: {e}"))?;
    text.push_str(extract_loader);
    let renamed = format!("statement-reader-{}.js", &bundle::content_hash(text.as_bytes())[..16]);
    std::fs::write(dist.join(&renamed), &text).map_err(|e| format!("dist/{renamed}: {e}"))?;
    std::fs::remove_file(dist.join(glue)).map_err(|e| format!("dist/{glue}: {e}"))?;
    Ok(renamed)
}

/// The extractors (`assets/extract/`): the web page's with Mozilla's Readability and the PDF's
/// with pdf.js, each bundled and minified by esbuild, and pdf.js's worker as published; copied
/// into `dist` under content-hashed names (`extract-…-HASH.js`).
fn build_extractors(toolchain: &Toolchain, root: &Path, dist: &Path) -> Result<bundle::Extractors, String> {
    let out = root.join("target/extract");
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let place = |name: &str, bytes: &[u8]| -> Result<String, String> {
        let hashed = format!("{}{name}-{}.js", bundle::EXTRACTORS_PREFIX, &bundle::content_hash(bytes)[..16]);
        std::fs::write(dist.join(&hashed), bytes).map_err(|e| format!("dist/{hashed}: {e}"))?;
        Ok(hashed)
    };
    let bundled = |name: &str| -> Result<String, String> {
        let target = out.join(format!("{name}.js"));
        run(toolchain
            .command("esbuild")
            .arg(root.join(format!("assets/extract/{name}.js")))
            .args(["--bundle", "--format=esm", "--minify", "--log-level=warning", "--legal-comments=none"])
            .arg(format!("--outfile={}", target.display())))?;
        place(name, &std::fs::read(&target).map_err(|e| format!("{}: {e}", target.display()))?)
    };
    let (html, pdf) = (bundled("html")?, bundled("pdf")?);
    let worker = root.join("node_modules/pdfjs-dist/build/pdf.worker.min.mjs");
    let pdf_worker = place("pdf-worker", &std::fs::read(&worker).map_err(|e| format!("{}: {e}", worker.display()))?)?;
    Ok(bundle::Extractors { html, pdf, pdf_worker })
}

/// Which lite first module: the page's (no widget code) or the widget's.
#[derive(Clone, Copy, PartialEq)]
enum LiteFor {
    Page,
    Widget,
}

/// The lite first module (`crates/lite`): built with the release profile, bound by wasm-bindgen
/// and optimised by wasm-opt as Trunk does the reader, its glue minified; copied into `dist` as
/// `lite-HASH.js` and `lite-HASH_bg.wasm` (the widget's: `widget-lite-HASH…`).
fn build_lite(toolchain: &Toolchain, root: &Path, of: LiteFor) -> Result<bundle::Build, String> {
    let mut build = toolchain.command(env!("CARGO"));
    build.current_dir(root).args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "statement-lite"]);
    if of == LiteFor::Page {
        build.arg("--no-default-features");
    }
    run(&mut build)?;
    let out = root.join("target/lite");
    let _ = std::fs::remove_dir_all(&out);
    run(toolchain
        .command("wasm-bindgen")
        .args(["--target", "web", "--no-typescript", "--out-name", "lite", "--out-dir"])
        .arg(&out)
        .arg(root.join("target/wasm32-unknown-unknown/release/statement_lite.wasm")))?;
    let wasm = out.join("lite_bg.wasm");
    // The features rustc's wasm32 target emits (wasm-opt refuses a module using others); the
    // custom sections that only name the toolchain and those features go (~0.2 KiB brotli).
    run(toolchain
        .command("wasm-opt")
        .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext"])
        .args(["--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"])
        .args(["--strip-producers", "--strip-target-features"])
        .arg(&wasm)
        .arg("-o")
        .arg(&wasm))?;
    let glue = out.join("lite.js");
    minify_js(toolchain, &glue, "esm")?;
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    let (glue_bytes, wasm_bytes) = (read(&glue)?, read(&wasm)?);
    let hash = &bundle::content_hash(&[glue_bytes.as_slice(), wasm_bytes.as_slice()].concat())[..16];
    let prefix = if of == LiteFor::Widget { "widget-lite" } else { "lite" };
    let build = bundle::Build { glue: format!("{prefix}-{hash}.js"), wasm: format!("{prefix}-{hash}_bg.wasm") };
    let dist = root.join("dist");
    std::fs::write(dist.join(&build.glue), glue_bytes).map_err(|e| format!("dist/{}: {e}", build.glue))?;
    std::fs::write(dist.join(&build.wasm), wasm_bytes).map_err(|e| format!("dist/{}: {e}", build.wasm))?;
    Ok(build)
}

/// Copies the comparing build's glue and module into `dist` as `compare-HASH.js` and
/// `compare-HASH_bg.wasm` (hashed by content, like Trunk's names).
fn copy_comparing_build(from: &Path, dist: &Path, extract_loader: &str) -> Result<bundle::Build, String> {
    let glue = bundle::find_one(from, "statement-reader-", ".js")?;
    let wasm = bundle::find_one(from, "statement-reader-", "_bg.wasm")?;
    let read = |name: &str| std::fs::read(from.join(name)).map_err(|e| format!("{}: {e}", from.join(name).display()));
    let (mut glue_bytes, wasm_bytes) = (read(&glue)?, read(&wasm)?);
    glue_bytes.extend_from_slice(extract_loader.as_bytes());
    let hash = &bundle::content_hash(&[glue_bytes.as_slice(), wasm_bytes.as_slice()].concat())[..16];
    let build = bundle::Build {
        glue: format!("{}{hash}.js", bundle::COMPARING_PREFIX),
        wasm: format!("{}{hash}_bg.wasm", bundle::COMPARING_PREFIX),
    };
    std::fs::write(dist.join(&build.glue), glue_bytes).map_err(|e| format!("dist/{}: {e}", build.glue))?;
    std::fs::write(dist.join(&build.wasm), wasm_bytes).map_err(|e| format!("dist/{}: {e}", build.wasm))?;
    Ok(build)
}

/// The reader rendered on the server (`src/bin/prerender.rs`), hydratable.
fn prerender(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["run", "--quiet", "--profile", "prerender", "--features", "ssr", "--bin", "prerender", "--"])
        .args(args)
        .output()
        .map_err(|e| format!("could not run the prerenderer: {e}"))?;
    if !output.status.success() {
        return Err(format!("prerender failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("prerender output: {e}"))
}

/// Puts the server-rendered reader into the page's root element.
fn prerender_into(index: &str, rendered: &str) -> Result<String, String> {
    let found =
        [ROOT_PLACEHOLDER, ROOT_PLACEHOLDER_MINIFIED].into_iter().filter(|p| index.contains(p)).collect::<Vec<_>>();
    let total: usize = found.iter().map(|p| index.matches(*p).count()).sum();
    if total != 1 {
        return Err(format!("dist/index.html must contain `{ROOT_PLACEHOLDER}` exactly once"));
    }
    Ok(index.replace(found[0], &format!(r#"<div id="reader-root">{rendered}</div>"#)))
}

/// Builds the bundle and saves screenshots of it (desktop and phone, light and dark) to look at.
fn screenshots(paths: &[String]) -> Result<(), String> {
    let toolchain = Toolchain::ensure(tools::Needs::ALL)?;
    dist(&toolchain)?;
    run(toolchain.command("node").args(["tools/screenshots.mjs", "dist", "screenshots"]).args(paths))
}

/// The target the app and the browser-side tests compile to.
const WASM: &str = "wasm32-unknown-unknown";

/// One test layer: its name and how to run it.
struct Layer {
    name: &'static str,
    needs: tools::Needs,
}

const LAYERS: [Layer; 7] = [
    Layer { name: "native", needs: tools::Needs::NATIVE },
    Layer { name: "wasm", needs: tools::Needs::BROWSER },
    Layer { name: "e2e", needs: tools::Needs::E2E },
    Layer { name: "engines", needs: tools::Needs::ALL },
    Layer { name: "html", needs: tools::Needs::E2E },
    Layer { name: "package", needs: tools::Needs::E2E },
    Layer { name: "fuzz", needs: tools::Needs::FUZZ },
];

fn test(selected: &[String]) -> Result<(), String> {
    let layers: Vec<&Layer> = if selected.is_empty() {
        LAYERS.iter().collect()
    } else {
        let chosen: Vec<&Layer> = LAYERS.iter().filter(|l| selected.iter().any(|s| s == l.name)).collect();
        if chosen.len() != selected.len() {
            return Err(format!(
                "unknown layer in {selected:?}; layers: native, wasm, e2e, engines, html, package, fuzz"
            ));
        }
        chosen
    };
    let needs = layers.iter().fold(tools::Needs::NONE, |acc, l| acc.union(l.needs));
    let toolchain = Toolchain::ensure(needs)?;
    let root = repo_root();
    let mut failed = Vec::new();
    let mut dist_built = false;
    for layer in layers {
        println!("\n==> test layer: {}", layer.name);
        let result = match layer.name {
            "native" => run(Command::new(env!("CARGO")).current_dir(&root).args(["test", "--workspace"])),
            // The components, then the core's, the browser edge's and the lite module's own
            // tests compiled to Wasm: all in headless Chromium.
            "wasm" => {
                run(toolchain.command(env!("CARGO")).args(["test", "--target", WASM, "--test", "web"])).and_then(|_| {
                    run(toolchain.command(env!("CARGO")).args([
                        "test",
                        "--package",
                        "statement-core",
                        "--package",
                        "statement-dom",
                        "--package",
                        "statement-lite",
                        // The browser edge with its comparing build's code too (a comparison's
                        // `<del>` is not the paragraph's text).
                        "--features",
                        "statement-dom/compare",
                        "--target",
                        WASM,
                        "--test",
                        "in_browser",
                    ]))
                })
            }
            "e2e" => ensure_dist(&toolchain, &mut dist_built)
                .and_then(|_| run(toolchain.command("npx").args(["playwright", "test"]))),
            // The same reader in Chromium, Firefox ESR and WebKitGTK over W3C WebDriver.
            "engines" => ensure_dist(&toolchain, &mut dist_built)
                .and_then(|_| run(toolchain.command("node").args(["--test", "tests/engines/"]))),
            "html" => ensure_dist(&toolchain, &mut dist_built).and_then(|_| validate_html(&toolchain, &root)),
            "package" => ensure_dist(&toolchain, &mut dist_built).and_then(|_| test_package(&toolchain, &root)),
            "fuzz" => fuzz::run_all(&toolchain, &root, fuzz::TEST_SECONDS),
            _ => unreachable!(),
        };
        if let Err(message) = result {
            eprintln!("test layer {} failed: {message}", layer.name);
            failed.push(layer.name);
        }
    }
    if failed.is_empty() {
        println!("\nxtask test: every layer passed.");
        Ok(())
    } else {
        Err(format!("failed layers: {}", failed.join(", ")))
    }
}

fn ensure_dist(toolchain: &Toolchain, built: &mut bool) -> Result<(), String> {
    if !*built {
        dist(toolchain)?;
        *built = true;
    }
    Ok(())
}

/// The release as web developers take it: the package and the site written, the manifest
/// validated, both examples installed from the tarball with no network (the React one built
/// with `tsc --strict` and Vite), then driven in Chromium.
fn test_package(toolchain: &Toolchain, root: &Path) -> Result<(), String> {
    let (tgz, _) = release::write(root)?;
    run(toolchain.command("node").current_dir(root).args(["--test", "tests/package/check-package.mjs"]))?;
    let quiet = ["--no-audit", "--no-fund", "--loglevel=error"];
    // With the folder's lockfile (an example's, from its `npm ci`): npm then adds the tarball
    // alone. Without it, npm resolves the whole tree again and wants every dependency's metadata,
    // which a fresh machine's cache does not hold offline (`npm ci` fetches tarballs only).
    // `--no-save` leaves package.json and the lockfile as they are.
    let install_package = |dir: &Path| {
        run(toolchain.command("npm").current_dir(dir).args(["install", "--no-save", "--offline"]).args(quiet).arg(&tgz))
    };
    // Into an empty folder, with no network: the package needs nothing but itself. (Outside the
    // repository: npm would take a folder without package.json for part of the project above it.)
    let empty = std::env::temp_dir().join(format!("statement-reader-package-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&empty);
    std::fs::create_dir_all(&empty).map_err(|e| format!("{}: {e}", empty.display()))?;
    install_package(&empty)?;
    let installed = empty.join("node_modules/statement-reader/custom-elements.json");
    if !installed.is_file() {
        return Err(format!("the tarball installed, but {} is missing", installed.display()));
    }
    println!("The package installs into an empty folder with no network ({}).", empty.display());
    let _ = std::fs::remove_dir_all(&empty);
    let plain = root.join("examples/plain");
    install_package(&plain)?;
    let react = root.join("examples/react");
    run(toolchain.command("npm").current_dir(&react).args(["ci", "--ignore-scripts"]).args(quiet))?;
    install_package(&react)?;
    run(toolchain.command("npm").current_dir(&react).args(["run", "build"]))?;
    run(toolchain.command("npx").current_dir(root).args([
        "playwright",
        "test",
        "-c",
        "tests/package/playwright.config.ts",
    ]))
}

/// The Nu HTML Checker on every built page: errors fail the layer.
fn validate_html(toolchain: &Toolchain, root: &Path) -> Result<(), String> {
    let pages: Vec<PathBuf> = std::fs::read_dir(root.join("dist"))
        .map_err(|e| format!("dist/: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        // Whole documents only: `statement-reader-snippet.html` is a fragment for host pages,
        // checked inside `embed-prerendered.html`, which holds it.
        .filter(|p| {
            std::fs::read_to_string(p)
                .is_ok_and(|text| text.trim_start().to_ascii_lowercase().starts_with("<!doctype html>"))
        })
        .collect();
    if pages.is_empty() {
        return Err("no HTML page in dist/".into());
    }
    let jar = root.join("node_modules/vnu-jar/build/dist/vnu.jar");
    run(toolchain.command("java").arg("-jar").arg(jar).arg("--errors-only").args(&pages))?;
    println!("Nu HTML Checker: 0 errors in {} page(s).", pages.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prerender_fills_the_single_placeholder() {
        let page = format!("<body>{ROOT_PLACEHOLDER}</body>");
        assert_eq!(prerender_into(&page, "<p>x</p>").unwrap(), r#"<body><div id="reader-root"><p>x</p></div></body>"#);
        assert!(prerender_into("<body></body>", "x").is_err());
        assert!(prerender_into(&format!("{ROOT_PLACEHOLDER}{ROOT_PLACEHOLDER}"), "x").is_err());
        assert!(prerender_into(&format!("{ROOT_PLACEHOLDER}{ROOT_PLACEHOLDER_MINIFIED}"), "x").is_err());
        assert_eq!(
            prerender_into(&format!("<p>{ROOT_PLACEHOLDER_MINIFIED}"), "x").unwrap(),
            r#"<p><div id="reader-root">x</div>"#
        );
    }
}

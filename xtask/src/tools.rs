//! Installs and locates the pinned tools. Every step checks first, so a second run is fast.
//!
//! Cargo tools go to `$STATEMENT_READER_TOOLS` (default `~/.cache/statement-reader/tools`), one
//! folder per tool and version, so fresh clones on the same machine share them and a version bump
//! installs beside the old one. npm packages (binaryen's `wasm-opt`, Playwright, axe-core, the Nu
//! HTML Checker) go to `node_modules/` from the committed `package-lock.json`.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::repo_root;

/// Trunk 0.22 needs a newer rustc than this project's toolchain; 0.21.14 is the newest that fits.
const TRUNK_VERSION: &str = "0.21.14";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// geckodriver from crates.io (Debian has none); 0.37.1 builds with this toolchain.
const GECKODRIVER_VERSION: &str = "0.37.1";
/// cargo-fuzz (libFuzzer's cargo front end) for `cargo xtask fuzz`; its targets build with nightly.
const CARGO_FUZZ_VERSION: &str = "0.13.1";
const FIREFOX: &str = "/usr/bin/firefox-esr";
const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
const XVFB: &str = "/usr/bin/Xvfb";

/// Which tools a command needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs {
    wasm: bool,
    trunk: bool,
    npm: bool,
    browser: bool,
    java: bool,
    /// Firefox ESR with geckodriver, WebKitGTK with its driver, and Xvfb (the cross-engine suite).
    engines: bool,
    /// cargo-fuzz and the nightly toolchain (the fuzz targets).
    fuzz: bool,
}

impl Needs {
    pub const NONE: Needs =
        Needs { wasm: false, trunk: false, npm: false, browser: false, java: false, engines: false, fuzz: false };
    pub const NATIVE: Needs = Needs::NONE;
    /// Building the app: the wasm target, Trunk, wasm-bindgen-cli and binaryen's wasm-opt (npm).
    pub const BUILD: Needs = Needs { wasm: true, trunk: true, npm: true, ..Needs::NONE };
    /// Wasm tests in headless Chromium: the wasm target, wasm-bindgen's test runner, Chromium.
    pub const BROWSER: Needs = Needs { wasm: true, browser: true, ..Needs::NONE };
    pub const ALL: Needs =
        Needs { wasm: true, trunk: true, npm: true, browser: true, java: true, engines: true, fuzz: true };
    /// The end-to-end layers: everything but the other engines and the fuzzer.
    pub const E2E: Needs = Needs { engines: false, fuzz: false, ..Needs::ALL };
    /// The fuzz targets.
    pub const FUZZ: Needs = Needs { fuzz: true, ..Needs::NONE };

    pub fn union(self, other: Needs) -> Needs {
        Needs {
            wasm: self.wasm || other.wasm,
            trunk: self.trunk || other.trunk,
            npm: self.npm || other.npm,
            browser: self.browser || other.browser,
            java: self.java || other.java,
            engines: self.engines || other.engines,
            fuzz: self.fuzz || other.fuzz,
        }
    }
}

/// The folders to put first on PATH, once everything needed is installed.
pub struct Toolchain {
    path: Vec<PathBuf>,
}

impl Toolchain {
    pub fn ensure(needs: Needs) -> Result<Toolchain, String> {
        let root = repo_root();
        let tools = tools_dir();
        let mut path = Vec::new();
        if needs.wasm {
            ensure_wasm_target()?;
            let version = wasm_bindgen_version(&root)?;
            path.push(ensure_cargo_tool(&tools, "wasm-bindgen-cli", &version, "wasm-bindgen", false)?);
        }
        if needs.trunk {
            path.push(ensure_cargo_tool(&tools, "trunk", TRUNK_VERSION, "trunk", true)?);
        }
        let mut system = Vec::new();
        if needs.browser {
            if !Path::new(CHROMIUM).exists() {
                system.push("chromium");
            }
            if !Path::new(CHROMEDRIVER).exists() {
                system.push("chromium-driver");
            }
        }
        if needs.engines {
            for (path, package) in [(FIREFOX, "firefox-esr"), (WEBKIT_DRIVER, "webkit2gtk-driver"), (XVFB, "xvfb")] {
                if !Path::new(path).exists() {
                    system.push(package);
                }
            }
        }
        if needs.java && !on_path("java") {
            system.push("default-jre-headless");
        }
        if needs.npm && !on_path("npm") {
            system.push("npm");
        }
        ensure_system_packages(&system)?;
        if needs.engines {
            path.push(ensure_cargo_tool(&tools, "geckodriver", GECKODRIVER_VERSION, "geckodriver", true)?);
        }
        if needs.fuzz {
            ensure_nightly()?;
            path.push(ensure_cargo_tool(&tools, "cargo-fuzz", CARGO_FUZZ_VERSION, "cargo-fuzz", true)?);
        }
        if needs.npm {
            ensure_npm_packages(&root)?;
            path.push(root.join("node_modules/.bin"));
        }
        Ok(Toolchain { path })
    }

    /// A command run from the repository root with the pinned tools first on PATH.
    pub fn command(&self, program: impl AsRef<OsStr>) -> Command {
        let mut command = Command::new(program);
        let existing = std::env::var_os("PATH").unwrap_or_default();
        let path = std::env::join_paths(self.path.iter().cloned().chain(std::env::split_paths(&existing)))
            .expect("tool folders are valid PATH entries");
        command
            .current_dir(repo_root())
            .env("PATH", path)
            .env("CHROMEDRIVER", CHROMEDRIVER)
            .env("CHROMIUM_PATH", CHROMIUM)
            .env("FIREFOX_PATH", FIREFOX)
            .env("WEBKIT_DRIVER", WEBKIT_DRIVER)
            .env("MINIBROWSER_PATH", minibrowser().unwrap_or_default())
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        command
    }
}

/// Runs a command to completion, passing its output through; a non-zero exit is an error.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} exited with {status}"))
    }
}

/// WebKitGTK's MiniBrowser, which the WebKitGTK 4.1 library package installs in the multiarch
/// library folder (`/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser` and the like).
fn minibrowser() -> Option<PathBuf> {
    std::fs::read_dir("/usr/lib")
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path().join("webkit2gtk-4.1/MiniBrowser")))
        .find(|path| path.is_file())
}

fn tools_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("STATEMENT_READER_TOOLS") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    home.join(".cache/statement-reader/tools")
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").map(|p| std::env::split_paths(&p).any(|dir| dir.join(program).is_file())).unwrap_or(false)
}

fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of("rustup", &["target", "list", "--installed"])
        .ok_or("rustup is needed to add the wasm32-unknown-unknown target (https://rustup.rs)")?;
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    println!("Installing the wasm32-unknown-unknown target…");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must be exactly the same version.
pub fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    locked_version(&lock, "wasm-bindgen").ok_or_else(|| "Cargo.lock has no wasm-bindgen package".into())
}

fn locked_version(lock: &str, package: &str) -> Option<String> {
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{package}\"") {
            let version = lines.next()?.trim().strip_prefix("version = \"")?.strip_suffix('"')?;
            return Some(version.to_owned());
        }
    }
    None
}

/// Installs `krate` at `version` into its own folder unless that exact version is there.
/// Returns the folder holding the binaries.
fn ensure_cargo_tool(tools: &Path, krate: &str, version: &str, binary: &str, locked: bool) -> Result<PathBuf, String> {
    let root = tools.join(format!("{krate}-{version}"));
    let bin = root.join("bin");
    let reported = output_of(bin.join(binary).to_str().unwrap_or_default(), &["--version"]);
    if reported.is_some_and(|v| v.contains(version)) {
        return Ok(bin);
    }
    println!("Installing {krate} {version} into {} (a few minutes, once)…", root.display());
    let mut install = Command::new(env!("CARGO"));
    install.args(["install", krate, "--version", version, "--root"]).arg(&root);
    if locked {
        install.arg("--locked");
    }
    run(&mut install)?;
    Ok(bin)
}

/// The nightly toolchain, which libFuzzer's instrumentation needs (rustup installs it if it can).
fn ensure_nightly() -> Result<(), String> {
    if output_of("rustup", &["run", "nightly", "rustc", "--version"]).is_some() {
        return Ok(());
    }
    println!("Installing the nightly Rust toolchain (for the fuzz targets)…");
    run(Command::new("rustup").args(["toolchain", "install", "nightly", "--profile", "minimal"]))
        .map_err(|e| format!("the fuzz targets need nightly Rust (`rustup toolchain install nightly`): {e}"))
}

fn ensure_system_packages(packages: &[&str]) -> Result<(), String> {
    if packages.is_empty() {
        return Ok(());
    }
    let list = packages.join(" ");
    let is_root = output_of("id", &["-u"]).is_some_and(|u| u.trim() == "0");
    if !(is_root && on_path("apt-get")) {
        return Err(format!(
            "missing system packages. Install them, then run this again:\n    sudo apt-get install -y {list}\n\
             (on other systems: Chromium and ChromeDriver of the same version at {CHROMIUM} and {CHROMEDRIVER}, a Java runtime, Node.js with npm)"
        ));
    }
    println!("Installing system packages: {list}…");
    run(Command::new("apt-get").arg("update").arg("-q"))?;
    run(Command::new("apt-get").args(["install", "-y", "-q"]).args(packages).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_npm_packages(root: &Path) -> Result<(), String> {
    let modified = |p: PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let lock = modified(root.join("package-lock.json"));
    let installed = modified(root.join("node_modules/.package-lock.json"));
    if matches!((lock, installed), (Some(l), Some(i)) if i >= l) {
        return Ok(());
    }
    println!("Installing npm packages (no browser download)…");
    run(Command::new("npm")
        .current_dir(root)
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_locked_version() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(locked_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(locked_version(lock, "yew"), None);
    }

    #[test]
    fn the_lock_pins_the_wasm_bindgen_the_manifest_asks_for() {
        let manifest = std::fs::read_to_string(repo_root().join("Cargo.toml")).unwrap();
        let locked = wasm_bindgen_version(&repo_root()).unwrap();
        assert!(manifest.contains(&format!("wasm-bindgen = \"={locked}\"")), "Cargo.toml pins {locked}");
    }
}

//! `cargo xtask fuzz [SECONDS]`: every fuzz target of `fuzz/` (cargo-fuzz, libFuzzer, nightly
//! Rust) for SECONDS each; `cargo xtask test` runs them briefly, `cargo xtask bench` longer. An
//! input that panics or takes over a second is a failure: libFuzzer writes it under
//! `fuzz/artifacts/TARGET/`, and it becomes a regression test of the parser it broke.

use std::path::Path;

use crate::tools::{run, Toolchain};

/// Each parser of untrusted input, by its target's name (`fuzz/fuzz_targets/NAME.rs`).
pub const TARGETS: [&str; 7] = ["text", "json", "web_page", "pdf_lines", "annotations", "url_state", "shelf_import"];

/// How long each target runs in `cargo xtask test`, and by default.
pub const TEST_SECONDS: u64 = 10;
pub const DEFAULT_SECONDS: u64 = 60;

pub fn run_all(toolchain: &Toolchain, root: &Path, seconds: u64) -> Result<(), String> {
    // Without a sanitizer: the targets are safe Rust, so libFuzzer looks for panics (assertions
    // of the document model's invariants included) and hangs, at full speed.
    let cargo_fuzz = |args: &[&str]| {
        let mut command = toolchain.command("cargo");
        command.current_dir(root).arg("+nightly").arg("fuzz").args(args).env_remove("RUSTUP_TOOLCHAIN");
        command
    };
    run(&mut cargo_fuzz(&["build", "--sanitizer", "none"]))?;
    let mut failed = Vec::new();
    for target in TARGETS {
        println!("\n==> fuzz {target} for {seconds} s");
        let time = format!("-max_total_time={seconds}");
        let result = run(&mut cargo_fuzz(&[
            "run",
            "--sanitizer",
            "none",
            target,
            "--",
            &time,
            "-timeout=1",
            "-rss_limit_mb=2048",
        ]));
        if let Err(e) = result {
            failed.push(format!("{target} ({e}; the input is under fuzz/artifacts/{target}/)"));
        }
    }
    if failed.is_empty() {
        println!("\nfuzz: {} targets, {seconds} s each, no panic and no input over 1 s", TARGETS.len());
        Ok(())
    } else {
        Err(format!("fuzz targets failed: {}", failed.join("; ")))
    }
}

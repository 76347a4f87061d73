//! The `serve` and `test` commands, built from small steps that each print what they run.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, bail};

use crate::setup;

/// Runs `command`, echoing it first; fails when it exits non-zero.
pub(crate) fn run(command: &mut Command) -> anyhow::Result<()> {
    println!("    $ {}", describe(command));
    let status = command.status().with_context(|| format!("cannot start `{}`", describe(command)))?;
    if !status.success() {
        bail!("`{}` failed ({status})", describe(command));
    }
    Ok(())
}

/// Runs `command` quietly and returns its standard output.
pub(crate) fn capture(command: &mut Command) -> anyhow::Result<String> {
    let output = command.output().with_context(|| format!("cannot start `{}`", describe(command)))?;
    if !output.status.success() {
        bail!("`{}` failed ({})", describe(command), output.status);
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `cargo xtask serve`: install, build, serve on 127.0.0.1 with the sample incident preloaded
/// (the app loads it on a first visit).
pub(crate) fn serve(root: &Path, port: u16) -> anyhow::Result<()> {
    setup::ensure_build_tools(root)?;
    println!(
        "==> serving lagscope at http://127.0.0.1:{port}/ (the sample incident is preloaded; Ctrl-C stops)"
    );
    let _ = std::io::stdout().flush();
    run(trunk(root).args(["serve", "--offline", "--address", "127.0.0.1", "--port", &port.to_string()]))
}

fn trunk(root: &Path) -> Command {
    let mut command = Command::new("trunk");
    command.current_dir(root).env("PATH", setup::tool_path(root));
    command
}

fn cargo(root: &Path) -> Command {
    let mut command = Command::new("cargo");
    command.current_dir(root);
    command
}

/// `cargo xtask test`: every check CI runs, each a named step; one summary line at the end.
/// `cargo clippy` natively: the workspace but the web app, every target.
const CLIPPY_HOST: &[&str] = &[
    "clippy",
    "--locked",
    "--workspace",
    "--exclude",
    "lagscope-web",
    "--all-targets",
    "--",
    "-D",
    "warnings",
];
/// The web crate's library (the document, its link and file codec) is plain Rust: linted natively
/// with its tests too.
const CLIPPY_WEB_LIBRARY: &[&str] =
    &["clippy", "--locked", "--package", "lagscope-web", "--lib", "--tests", "--", "-D", "warnings"];
/// `cargo clippy` for the browser's target.
const CLIPPY_WASM: &[&str] = &[
    "clippy",
    "--locked",
    "--target",
    "wasm32-unknown-unknown",
    "--package",
    "lagscope-web",
    "--package",
    "lagscope-core",
    "--",
    "-D",
    "warnings",
];

pub(crate) fn test(root: &Path) -> anyhow::Result<()> {
    let mut results: Vec<(&str, Result<(), String>)> = Vec::new();
    let mut step = |name: &'static str, action: &mut dyn FnMut() -> anyhow::Result<()>| {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = action().map_err(|error| format!("{error:#}"));
        let seconds = started.elapsed().as_secs_f64();
        match &result {
            Ok(()) => println!("==> {name}: ok ({seconds:.1} s)"),
            Err(error) => println!("==> {name}: FAILED ({seconds:.1} s): {error}"),
        }
        let ok = result.is_ok();
        results.push((name, result));
        ok
    };

    let mut kafka_python = PathBuf::new();
    let setup_ok = step("set-up", &mut || {
        setup::ensure_build_tools(root)?;
        setup::ensure_browser()?;
        kafka_python = setup::ensure_kafka_python(root)?;
        Ok(())
    });
    if setup_ok {
        step("cargo fmt --check", &mut || run(cargo(root).args(["fmt", "--all", "--check"])));
        step("clippy (host)", &mut || {
            run(cargo(root).args(CLIPPY_HOST))?;
            run(cargo(root).args(CLIPPY_WEB_LIBRARY))
        });
        step("clippy (wasm32)", &mut || run(cargo(root).args(CLIPPY_WASM)));
        step("host tests", &mut || {
            run(cargo(root)
                .args(["test", "--locked", "--workspace", "--exclude", "lagscope-web"])
                .env("INSTA_UPDATE", "no")
                .env("LAGSCOPE_KAFKA_PYTHON", &kafka_python))?;
            run(cargo(root).args(["test", "--locked", "--package", "lagscope-web", "--lib"]))
        });
        step("docs (rustdoc -D warnings)", &mut || {
            run(cargo(root)
                .args([
                    "doc",
                    "--locked",
                    "--no-deps",
                    "--package",
                    "lagscope-core",
                    "--package",
                    "lagscope-cli",
                ])
                .env("RUSTDOCFLAGS", "-D warnings"))
        });
        let built = step("release web build (trunk)", &mut || {
            run(trunk(root).args(["build", "--release", "--offline"]))?;
            report_bundle_size(&root.join("dist"))
        });
        step("browser end-to-end tests (headless Chromium)", &mut || {
            if !built {
                bail!("skipped: the release web build failed");
            }
            run(Command::new("node")
                .args(["--test", "--test-concurrency=1", "tests/e2e/"])
                .current_dir(root)
                .env("LAGSCOPE_DIST", root.join("dist"))
                .env("LAGSCOPE_ARTIFACTS", root.join("target/e2e"))
                // The browser tests compare the page with `lagscope analyze --json` (built by the host tests).
                .env("LAGSCOPE_CLI", root.join("target/debug/lagscope")))
        });
    }

    let n_failed = results.iter().filter(|(_, result)| result.is_err()).count();
    let n_passed = results.len() - n_failed;
    println!();
    for (name, result) in &results {
        println!("    {} {name}", if result.is_ok() { "ok    " } else { "FAILED" });
    }
    println!("xtask: {n_passed} passed, {n_failed} failed");
    if n_failed > 0 {
        bail!("{n_failed} step(s) failed");
    }
    Ok(())
}

/// Prints the raw and gzip sizes of the wasm and JavaScript in `dist`.
fn report_bundle_size(dist: &Path) -> anyhow::Result<()> {
    let mut total_raw = 0;
    let mut total_gzip = 0;
    let mut entries: Vec<_> = std::fs::read_dir(dist)
        .with_context(|| format!("reading {}", dist.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "wasm" || extension == "js"))
        .collect();
    entries.sort();
    if entries.is_empty() {
        bail!("{} holds no .wasm or .js", dist.display());
    }
    for path in entries {
        let bytes = std::fs::read(&path)?;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&bytes)?;
        let gzip = encoder.finish()?.len();
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        println!("    {name:<48} {:>9} bytes, {:>9} gzip", bytes.len(), gzip);
        total_raw += bytes.len();
        total_gzip += gzip;
    }
    println!(
        "    bundle size (wasm + js): {total_raw} bytes, {total_gzip} bytes gzip ({:.1} KiB)",
        total_gzip as f64 / 1024.0
    );
    Ok(())
}

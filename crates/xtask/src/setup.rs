//! Installing what the build and the tests need, idempotently, one visible line per step.
//!
//! Versions are pinned where this toolchain (rustc 1.95) needs them: trunk 0.21.14 (0.22 needs rustc
//! 1.96); wasm-bindgen-cli exactly at the `wasm-bindgen` version in `Cargo.lock` (installed without
//! `--locked`: its own lockfile pins a crate the registry lacks); wasm-opt from the npm package
//! `binaryen` (Debian's is too old for current wasm); Debian's `chromium` for the browser tests.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};

use crate::steps::{capture, run};

pub(crate) const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";

/// `PATH` with the npm tools and cargo's install folder first, so trunk finds wasm-opt and wasm-bindgen.
pub(crate) fn tool_path(root: &Path) -> std::ffi::OsString {
    let mut paths = vec![root.join("node_modules/.bin"), cargo_bin()];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(paths).unwrap_or_default()
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_default()
        .join("bin")
}

/// Everything `serve` needs: the wasm target, trunk, wasm-bindgen, the npm tools, the crates.
pub(crate) fn ensure_build_tools(root: &Path) -> anyhow::Result<()> {
    ensure_wasm_target(root)?;
    ensure_trunk(root)?;
    ensure_wasm_bindgen(root)?;
    ensure_npm_tools(root)?;
    step("fetch crates (so the offline build never needs the network)");
    run(Command::new("cargo").args(["fetch", "--locked"]).current_dir(root))
}

fn step(what: &str) {
    println!("==> {what}");
}

fn ensure_wasm_target(root: &Path) -> anyhow::Result<()> {
    let installed =
        capture(Command::new("rustup").args(["target", "list", "--installed"]).current_dir(root))?;
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        step(&format!("{WASM_TARGET} target: installed"));
        return Ok(());
    }
    step(&format!("{WASM_TARGET} target: installing"));
    run(Command::new("rustup").args(["target", "add", WASM_TARGET]).current_dir(root))
}

fn ensure_trunk(root: &Path) -> anyhow::Result<()> {
    let version =
        capture(Command::new("trunk").arg("--version").env("PATH", tool_path(root))).unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(TRUNK_VERSION) {
        step(&format!("trunk {TRUNK_VERSION}: installed"));
        return Ok(());
    }
    step(&format!("trunk {TRUNK_VERSION}: installing (a few minutes, once)"));
    run(Command::new("cargo")
        .args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"])
        .current_dir(root))
}

fn ensure_wasm_bindgen(root: &Path) -> anyhow::Result<()> {
    let wanted = locked_version(root, "wasm-bindgen")?;
    let pinned = trunk_toml_pin(root, "wasm_bindgen")?;
    if pinned != wanted {
        bail!(
            "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has wasm-bindgen {wanted}: make them equal"
        );
    }
    let version = capture(Command::new("wasm-bindgen").arg("--version").env("PATH", tool_path(root)))
        .unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(wanted.as_str()) {
        step(&format!("wasm-bindgen-cli {wanted}: installed"));
        return Ok(());
    }
    step(&format!("wasm-bindgen-cli {wanted}: installing (a few minutes, once)"));
    // Not `--locked`: the published lockfile pins a crate version the registry no longer has.
    run(Command::new("cargo")
        .args(["install", "wasm-bindgen-cli", "--version", &wanted, "--force"])
        .current_dir(root))
}

fn ensure_npm_tools(root: &Path) -> anyhow::Result<()> {
    let lock = root.join("package-lock.json");
    let installed = root.join("node_modules/.package-lock.json");
    let up_to_date = match (std::fs::read_to_string(&lock), std::fs::read_to_string(&installed)) {
        (Ok(wanted), Ok(have)) => same_packages(&wanted, &have),
        _ => false,
    };
    if up_to_date && root.join("node_modules/.bin/wasm-opt").exists() {
        step("npm tools (binaryen, playwright-core): installed");
        return Ok(());
    }
    step("npm tools (binaryen, playwright-core): npm ci");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))
}

/// Whether npm's record of what it installed (`node_modules/.package-lock.json`) has every package
/// of the lockfile at the same version.
fn same_packages(lockfile: &str, installed: &str) -> bool {
    let versions = |text: &str| -> Option<Vec<(String, String)>> {
        let json: serde_json::Value = serde_json::from_str(text).ok()?;
        let packages = json.get("packages")?.as_object()?;
        let mut versions: Vec<(String, String)> = packages
            .iter()
            // The "" entry is the project itself, which npm does not record as installed.
            .filter(|(path, _)| !path.is_empty())
            .map(|(path, package)| {
                let version = package.get("version").and_then(|version| version.as_str()).unwrap_or_default();
                (path.clone(), version.to_owned())
            })
            .collect();
        versions.sort();
        Some(versions)
    };
    matches!((versions(lockfile), versions(installed)), (Some(wanted), Some(have)) if wanted == have)
}

/// Debian packages the browser tests need, each with a file that shows it is installed.
const BROWSER_PACKAGES: [(&str, &str); 2] = [
    ("chromium", CHROMIUM),
    // Korean text in screenshots; without it Hangul renders as empty boxes.
    ("fonts-noto-cjk", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
];

/// Makes sure headless Chromium (and fonts for Korean) are there for the browser tests, installing
/// Debian's packages when we are root with apt; otherwise says exactly what to install.
pub(crate) fn ensure_browser() -> anyhow::Result<()> {
    let missing: Vec<&str> = BROWSER_PACKAGES
        .iter()
        .filter(|(_, marker)| !Path::new(marker).exists())
        .map(|(name, _)| *name)
        .collect();
    if missing.is_empty() {
        step(&format!("chromium and fonts: installed ({CHROMIUM})"));
        return Ok(());
    }
    let is_root = capture(Command::new("id").arg("-u")).is_ok_and(|uid| uid.trim() == "0");
    let has_apt = Path::new("/usr/bin/apt-get").exists();
    let packages = missing.join(" ");
    if !(is_root && has_apt) {
        bail!(
            "the browser tests need Debian's {packages}: install with \
             `sudo apt-get update && sudo apt-get install -y {packages}`, then run `cargo xtask test` again"
        );
    }
    step(&format!("browser test packages: installing {packages} (apt-get)"));
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The Python that runs the kafka-python differential test: a virtualenv in `target/kafka-python`
/// with `tests/differential/requirements.txt` installed from `PyPI` (made once, then reused).
pub(crate) fn ensure_kafka_python(root: &Path) -> anyhow::Result<PathBuf> {
    let venv = root.join("target/kafka-python");
    let python = venv.join("bin/python");
    let requirements = root.join("tests/differential/requirements.txt");
    let stamp = venv.join("installed-requirements.txt");
    let wanted = std::fs::read_to_string(&requirements)?;
    if python.exists() && std::fs::read_to_string(&stamp).is_ok_and(|installed| installed == wanted) {
        step("kafka-python (differential test): installed");
        return Ok(python);
    }
    step("kafka-python (differential test): python3 -m venv target/kafka-python && pip install");
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    run(Command::new(&python)
        .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
        .arg(&requirements))?;
    std::fs::write(&stamp, wanted)?;
    Ok(python)
}

/// The version of `package` recorded in `Cargo.lock`.
pub(crate) fn locked_version(root: &Path, package: &str) -> anyhow::Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).context("reading Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == format!("name = \"{package}\"")
            && let Some(version) = lines.next().and_then(|line| line.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_owned());
        }
    }
    bail!("Cargo.lock has no package {package}")
}

/// The value of `key = "..."` under `[tools]` in Trunk.toml.
fn trunk_toml_pin(root: &Path, key: &str) -> anyhow::Result<String> {
    let text = std::fs::read_to_string(root.join("Trunk.toml")).context("reading Trunk.toml")?;
    text.lines()
        .filter_map(|line| line.split_once('='))
        .find(|(name, _)| name.trim() == key)
        .map(|(_, value)| value.trim().trim_matches('"').to_owned())
        .with_context(|| format!("Trunk.toml has no `{key}` under [tools]"))
}

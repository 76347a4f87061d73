//! Project automation, reached through `cargo xtask` (see `.cargo/config.toml`).
//!
//! - `cargo xtask serve`: install what is missing, build the web app, serve it on 127.0.0.1:8080.
//! - `cargo xtask test`: everything CI runs, ending with one summary line.
//!
//! Each step prints one visible line before it runs, so a newcomer sees what is happening.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod bench;
mod setup;
mod steps;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", about = "lagscope's project automation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Install what is missing, build the web app and serve it with the sample incident loaded.
    Serve {
        /// Port on 127.0.0.1.
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Format check, clippy (host and wasm32), tests, release web build, browser end-to-end tests.
    Test,
    /// Speed and memory of the parser on a generated 1,000,000-row dump: native, awk, and wasm.
    Bench,
    /// Trunk's post-build hook: split the site's `i18n/<lang>.ftl` into what the page needs at first
    /// paint, `i18n/<lang>.more.ftl`, loaded on demand, and `i18n/<lang>.learn.ftl`, loaded by
    /// Learn (`l10n::split_for_web`). The directory defaults to trunk's staging directory
    /// (`TRUNK_STAGING_DIR`).
    SplitCatalogues {
        /// The built site.
        dir: Option<PathBuf>,
    },
    /// Trunk's post-build hook: put the SHA-256 hash of every inline script of the built
    /// `index.html` (trunk's module loader) into its Content-Security-Policy, where
    /// `INLINE-SCRIPT-HASHES` stands, so that no other inline script runs. The directory defaults
    /// to trunk's staging directory (`TRUNK_STAGING_DIR`).
    Csp {
        /// The built site.
        dir: Option<PathBuf>,
    },
    /// Trunk's post-build hook: `split-catalogues`, then `csp` (which also writes the service
    /// worker's list of files), in that order.
    PostBuild {
        /// The built site.
        dir: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = project_root();
    let result = match cli.command {
        Command::Serve { port } => steps::serve(&root, port),
        Command::Test => steps::test(&root),
        Command::Bench => bench::bench(&root),
        Command::SplitCatalogues { dir } => split_catalogues(dir),
        Command::Csp { dir } => csp(dir),
        Command::PostBuild { dir } => split_catalogues(dir.clone()).and_then(|()| csp(dir)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The built site a post-build step works on: the directory given, else trunk's staging directory.
fn built_site(dir: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    use anyhow::Context;
    match dir {
        Some(dir) => Ok(dir),
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .context("no directory and no TRUNK_STAGING_DIR"),
    }
}

fn split_catalogues(dir: Option<PathBuf>) -> anyhow::Result<()> {
    use anyhow::Context;
    let dir = built_site(dir)?;
    for lang in lagscope_core::l10n::Lang::ALL {
        let path = dir.join("i18n").join(format!("{}.ftl", lang.code()));
        let text =
            std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let parts = lagscope_core::l10n::split_for_web(&text);
        std::fs::write(&path, parts.page).with_context(|| format!("cannot write {}", path.display()))?;
        for (extension, part) in [("more.ftl", parts.more), ("learn.ftl", parts.learn)] {
            let part_path = path.with_extension(extension);
            std::fs::write(&part_path, part)
                .with_context(|| format!("cannot write {}", part_path.display()))?;
        }
    }
    Ok(())
}

fn csp(dir: Option<PathBuf>) -> anyhow::Result<()> {
    use anyhow::Context;
    use base64::Engine as _;
    use sha2::Digest as _;
    let dir = built_site(dir)?;
    let path = dir.join("index.html");
    let html = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let hashes = inline_scripts(&html)
        .iter()
        .map(|script| {
            let digest = sha2::Sha256::digest(script.as_bytes());
            format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
        })
        .collect::<Vec<_>>()
        .join(" ");
    anyhow::ensure!(html.contains("INLINE-SCRIPT-HASHES"), "{} has no INLINE-SCRIPT-HASHES", path.display());
    anyhow::ensure!(!hashes.is_empty(), "{} has no inline script to hash", path.display());
    std::fs::write(&path, html.replace("INLINE-SCRIPT-HASHES", &hashes))
        .with_context(|| format!("cannot write {}", path.display()))?;
    precache_manifest(&dir)
}

/// Writes into the built `sw.js` the list of every file of the build (what its install caches)
/// and the build's version (a hash of every file's name and content: a new build gets a new cache,
/// and the old one is deleted when it activates).
fn precache_manifest(dir: &Path) -> anyhow::Result<()> {
    use anyhow::Context;
    use sha2::Digest as _;
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in
            std::fs::read_dir(&folder).with_context(|| format!("cannot list {}", folder.display()))?
        {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                let name = relative.to_string_lossy().replace('\\', "/");
                // The worker itself, and the page (cached as `./`), are not in the list.
                if name != "sw.js" && name != "index.html" {
                    files.push(name);
                }
            }
        }
    }
    files.sort();
    let mut version = sha2::Sha256::new();
    for name in files.iter().chain(std::iter::once(&"index.html".to_owned())) {
        version.update(name.as_bytes());
        version.update(std::fs::read(dir.join(name)).with_context(|| format!("cannot read {name}"))?);
    }
    let version = version.finalize().iter().take(8).fold(String::new(), |mut text, byte| {
        use std::fmt::Write as _;
        let _ = write!(text, "{byte:02x}");
        text
    });
    let path = dir.join("sw.js");
    let worker = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    anyhow::ensure!(
        worker.contains("/* BUILD-FILES */ []") && worker.contains("BUILD-VERSION"),
        "{} has no placeholders",
        path.display()
    );
    let list = serde_json::to_string(&files)?;
    let worker = worker.replace("/* BUILD-FILES */ []", &list).replace("BUILD-VERSION", &version);
    std::fs::write(&path, worker).with_context(|| format!("cannot write {}", path.display()))
}

/// The text of every `<script>` without a `src` in `html`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else { break };
        if !tag.contains("src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

/// The workspace root: two levels above this crate's manifest.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

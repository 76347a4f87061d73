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
    /// paint, `i18n/<lang>.more.ftl`, loaded on demand, and `i18n/<lang>.learn.ftl`, loaded by Learn (`l10n::split_for_web`). The directory
    /// defaults to trunk's staging directory (`TRUNK_STAGING_DIR`).
    SplitCatalogues {
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
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn split_catalogues(dir: Option<PathBuf>) -> anyhow::Result<()> {
    use anyhow::Context;
    let dir = match dir {
        Some(dir) => dir,
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .context("no directory and no TRUNK_STAGING_DIR")?,
    };
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

/// The workspace root: two levels above this crate's manifest.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

//! Diagnostics: what a parser says about a line it could not fully use.

use serde::Serialize;

use crate::l10n::Message;

/// How much a diagnostic matters to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing was lost (for example a tool's note that became a fact).
    Info,
    /// Something was kept with doubt, or a line was skipped.
    Warning,
    /// The input reports a failure (for example a group that does not exist).
    Error,
}

impl Severity {
    /// The lowercase name used in the JSON contract and the CLI.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// A message about one input line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// 1-based line number in the decoded input.
    pub line: usize,
    /// How much it matters.
    pub severity: Severity,
    /// What was found and what was expected, in one sentence (rendered per language).
    pub message: Message,
}

/// Puts diagnostics in line order (stable: a line's diagnostics keep the order they were said in).
/// One function for every reader, so the web bundle carries one copy of the sort, not one per caller.
pub fn sort_by_line(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|diagnostic| diagnostic.line);
}

impl Diagnostic {
    /// A warning about `line`.
    pub fn warning(line: usize, message: impl Into<Message>) -> Self {
        Self { line, severity: Severity::Warning, message: message.into() }
    }

    /// An error about `line`.
    pub fn error(line: usize, message: impl Into<Message>) -> Self {
        Self { line, severity: Severity::Error, message: message.into() }
    }

    /// An informational note about `line`.
    pub fn info(line: usize, message: impl Into<Message>) -> Self {
        Self { line, severity: Severity::Info, message: message.into() }
    }
}

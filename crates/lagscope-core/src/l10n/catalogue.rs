//! A language's catalogue: the subset of Project Fluent's syntax lagscope's texts need.
//!
//! ```ftl
//! # A comment.
//! slow-host-title = { $host } is the bottleneck: capped near { $peak }
//! partitions = { $count ->
//!     [one] one partition
//!    *[other] { $count } partitions
//! }
//! -kafka = Kafka
//! uses-term = { -kafka } says so
//! ```
//!
//! Supported: messages and terms (`-name`), text on the first line and on indented lines after
//! it (kept as lines, as Fluent does), variables (`{ $name }`), references to messages and terms,
//! string literals (`{ "{" }`, with `\"`, `\\` and `\uXXXX`), and selectors on a variable whose
//! variants are keyed by a number (exact match), a plural category of the language (`one`,
//! `other`) or a word matched against a text argument (`[true]`, `[cooperative]`), one of them the
//! default (`*[other]`). Not supported (and reported as an error): attributes, functions, term
//! arguments.

use std::collections::{BTreeMap, BTreeSet};

use super::{Arg, Localizer};

/// One language's messages, by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalogue {
    entries: BTreeMap<String, Pattern>,
}

/// What [`Catalogue::parse`] read, and what it could not.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// Every entry that parsed.
    pub catalogue: Catalogue,
    /// One per entry that did not (that entry is left out; the rest are kept).
    pub errors: Vec<CatalogueError>,
}

/// A catalogue line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// 1-based line number of the entry.
    pub line: usize,
    /// What was wrong.
    pub reason: String,
}

type Pattern = Vec<Element>;

#[derive(Debug, Clone, PartialEq)]
enum Element {
    Text(String),
    Variable(String),
    Reference(String),
    Select { variable: String, variants: Vec<(String, Pattern)>, default: usize },
}

impl Catalogue {
    /// Reads a catalogue; an entry that does not parse is reported and left out.
    #[must_use]
    pub fn parse(text: &str) -> Parsed {
        let mut parsed = Parsed::default();
        let lines: Vec<&str> = crate::text::numbered_lines(text).map(|(_, line)| line).collect();
        let mut index = 0;
        while index < lines.len() {
            let line = lines[index];
            let number = index + 1;
            index += 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                parsed.errors.push(CatalogueError {
                    line: number,
                    reason: "an indented line outside an entry".into(),
                });
                continue;
            }
            let Some((id, first)) = line.split_once('=') else {
                parsed.errors.push(CatalogueError { line: number, reason: "expected `id = text`".into() });
                continue;
            };
            let id = id.trim();
            let mut body = first.trim_start().to_owned();
            // Indented lines continue an entry, and so does the `}` that closes a selector.
            while index < lines.len()
                && (lines[index].starts_with([' ', '\t', '}']) || lines[index].trim().is_empty())
            {
                // A blank line inside an entry belongs to it only when an indented line follows.
                if lines[index].trim().is_empty()
                    && !lines[index + 1..]
                        .iter()
                        .find(|next| !next.trim().is_empty())
                        .is_some_and(|next| next.starts_with([' ', '\t', '}']))
                {
                    break;
                }
                body.push('\n');
                body.push_str(lines[index].trim_start());
                index += 1;
            }
            if !is_identifier(id.strip_prefix('-').unwrap_or(id)) {
                parsed
                    .errors
                    .push(CatalogueError { line: number, reason: format!("`{id}` is not an identifier") });
                continue;
            }
            let body = body.trim_matches('\n').trim_end();
            match parse_pattern(&mut Cursor { chars: body.chars().collect(), at: 0 }, false) {
                Ok(pattern) => {
                    if parsed.catalogue.entries.insert(id.to_owned(), pattern).is_some() {
                        parsed.errors.push(CatalogueError {
                            line: number,
                            reason: format!("`{id}` is defined twice"),
                        });
                    }
                }
                Err(reason) => {
                    let reason = format!("{id}: {reason}");
                    parsed.errors.push(CatalogueError { line: number, reason });
                }
            }
        }
        parsed
    }

    /// Whether `id` is in the catalogue.
    #[must_use]
    pub fn contains(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// Every id, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The variables `id`'s text names (its own, not those of the messages it references).
    #[must_use]
    pub fn variables(&self, id: &str) -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        if let Some(pattern) = self.entries.get(id) {
            collect(pattern, &mut names, &mut BTreeSet::new());
        }
        names
    }

    /// The messages and terms `id`'s text references.
    #[must_use]
    pub fn references(&self, id: &str) -> BTreeSet<String> {
        let mut references = BTreeSet::new();
        if let Some(pattern) = self.entries.get(id) {
            collect(pattern, &mut BTreeSet::new(), &mut references);
        }
        references
    }

    /// Writes `id` with `args` into `out`; an unknown id is written as itself, an argument the
    /// caller did not give as `{$name}`, so a gap shows instead of vanishing.
    pub(crate) fn write(
        &self,
        localizer: &Localizer,
        id: &str,
        args: &[(std::borrow::Cow<'static, str>, Arg)],
        out: &mut String,
        depth: usize,
    ) {
        match self.entries.get(id) {
            Some(pattern) if depth < 8 => write_pattern(localizer, pattern, args, out, depth),
            _ => out.push_str(id),
        }
    }
}

/// The ids the web app loads on demand, not at first paint: the Playground's (`sim-`, `preset-`,
/// `pg-`), the Assignment view's (`whatif-`, `assign-`), the offset-reset planner's (`reset-`), the
/// exports' (`report-`), the rules' documentation (`rule-`, shown when a reader opens it), and the
/// diagnostics of inputs that went wrong (a tool's error and its cause, a JSON document that is not
/// one, Burrow's error replies, a series row that cannot be read): shown only for such an input, and
/// the page asks for the rest of the catalogue when it meets an id it lacks.
pub const ON_DEMAND_PREFIXES: [&str; 26] = [
    "event-mark-",
    "sim-",
    "preset-",
    "pg-",
    "whatif-",
    "assign-",
    "reset-",
    "report-",
    "rule-",
    "lever-",
    "act-",
    "replay-",
    "diag-cause-",
    "diag-tool-",
    "diag-json-",
    "diag-burrow-",
    "series-csv-",
    "series-value-",
    "series-labels-",
    "series-expected-",
    "series-host-table-expected-",
    "series-msk-",
    "series-prometheus-bad-",
    "series-prometheus-value-",
    "series-prometheus-error",
    "series-dumps-",
];

/// The ids only the command line shows (its own, the analysis summary, the what-if's lines); the
/// web app never loads them.
pub const CLI_ONLY_PREFIXES: [&str; 3] = ["cli-", "analyze-", "whatif-cli-"];

/// The ids only the Learn view shows (its lessons, glossary and task checks): the third part of a
/// catalogue as the site serves it, loaded when Learn opens.
pub const LEARN_PREFIXES: [&str; 3] = ["learn-", "glossary-", "check-"];

/// A catalogue's text as the web app serves it, in three parts: what the page needs at first paint,
/// what it loads on demand ([`ON_DEMAND_PREFIXES`]: the Playground, the Assignment view, exports,
/// rules' documentation) and what only Learn shows ([`LEARN_PREFIXES`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebParts {
    /// `i18n/<lang>.ftl`.
    pub page: String,
    /// `i18n/<lang>.more.ftl`.
    pub more: String,
    /// `i18n/<lang>.learn.ftl`.
    pub learn: String,
}

/// Cuts a catalogue into its [`WebParts`]: comments and blank lines left out, every entry kept
/// whole and in exactly one part (the command line's own, [`CLI_ONLY_PREFIXES`], in none).
/// Together the parts parse to the catalogue minus the command line's entries.
#[must_use]
pub fn split_for_web(text: &str) -> WebParts {
    let mut parts = WebParts::default();
    let mut target: Option<u8> = None;
    let lines: Vec<&str> = crate::text::numbered_lines(text).map(|(_, line)| line).collect();
    for (index, line) in lines.iter().copied().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        // A blank line belongs to its entry only when the entry goes on after it (as `parse` reads it).
        if line.trim().is_empty()
            && !lines[index + 1..]
                .iter()
                .find(|next| !next.trim().is_empty())
                .is_some_and(|next| next.starts_with([' ', '\t', '}']))
        {
            continue;
        }
        if !line.starts_with([' ', '\t', '}']) {
            let id = line.split('=').next().unwrap_or_default().trim();
            let has = |prefixes: &[&str]| prefixes.iter().any(|prefix| id.starts_with(prefix));
            target = if has(&CLI_ONLY_PREFIXES) {
                None
            } else if has(&LEARN_PREFIXES) {
                Some(2)
            } else if has(&ON_DEMAND_PREFIXES) {
                Some(1)
            } else {
                Some(0)
            };
        }
        let out = match target {
            Some(0) => &mut parts.page,
            Some(1) => &mut parts.more,
            Some(_) => &mut parts.learn,
            None => continue,
        };
        out.push_str(line);
        out.push('\n');
    }
    parts
}

fn collect(pattern: &Pattern, variables: &mut BTreeSet<String>, references: &mut BTreeSet<String>) {
    for element in pattern {
        match element {
            Element::Text(_) => {}
            Element::Variable(name) => {
                variables.insert(name.clone());
            }
            Element::Reference(id) => {
                references.insert(id.clone());
            }
            Element::Select { variable, variants, .. } => {
                variables.insert(variable.clone());
                for (_, variant) in variants {
                    collect(variant, variables, references);
                }
            }
        }
    }
}

fn write_pattern(
    localizer: &Localizer,
    pattern: &Pattern,
    args: &[(std::borrow::Cow<'static, str>, Arg)],
    out: &mut String,
    depth: usize,
) {
    let arg = |name: &str| args.iter().find(|(key, _)| key == name).map(|(_, value)| value);
    for element in pattern {
        match element {
            Element::Text(text) => out.push_str(text),
            Element::Variable(name) => {
                if let Some(value) = arg(name) {
                    localizer.write_arg(value, out, depth);
                } else {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            }
            Element::Reference(id) => localizer.catalogue().write(localizer, id, args, out, depth + 1),
            Element::Select { variable, variants, default } => {
                let chosen =
                    arg(variable).and_then(|value| choose(localizer, value, variants)).unwrap_or(*default);
                if let Some((_, variant)) = variants.get(chosen) {
                    write_pattern(localizer, variant, args, out, depth);
                }
            }
        }
    }
}

/// The variant a value selects: an exact number, then the plural category, then a word.
fn choose(localizer: &Localizer, value: &Arg, variants: &[(String, Pattern)]) -> Option<usize> {
    if let Some(number) = value.number() {
        let exact = variants
            .iter()
            .position(|(key, _)| key.parse::<f64>().is_ok_and(|key| (key - number).abs() < f64::EPSILON));
        return exact.or_else(|| {
            // A number written with decimals ("1.0") is never "one" (CLDR's rule for `en`).
            let category = match value {
                Arg::Decimal(_, places) if *places > 0 => "other",
                _ => localizer.lang().plural_category(number),
            };
            variants.iter().position(|(key, _)| key == category)
        });
    }
    let word = match value {
        Arg::Text(text) => text.as_str(),
        Arg::Unknown => "unknown",
        _ => return None,
    };
    variants.iter().position(|(key, _)| key == word)
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|first| first.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

struct Cursor {
    chars: Vec<char>,
    at: usize,
}

impl Cursor {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn skip_blank(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn skip_inline_blank(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t') {
            self.at += 1;
        }
    }

    fn word(&mut self) -> String {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.') {
            self.at += 1;
        }
        self.chars[start..self.at].iter().collect()
    }

    fn expect(&mut self, expected: char) -> Result<(), String> {
        if self.peek() == Some(expected) {
            self.at += 1;
            Ok(())
        } else {
            Err(format!("expected `{expected}` at character {}", self.at + 1))
        }
    }
}

/// Text and placeables up to the end (or, in a variant, the end of its line).
fn parse_pattern(cursor: &mut Cursor, in_variant: bool) -> Result<Pattern, String> {
    let mut pattern = Vec::new();
    let mut text = String::new();
    // How much of `text` came from string literals (`{" "}`): a variant's trailing blanks are
    // trimmed only after it, as Fluent keeps what a literal says.
    let mut kept = 0;
    while let Some(c) = cursor.peek() {
        match c {
            '\n' if in_variant => break,
            '{' => {
                cursor.at += 1;
                let element = parse_placeable(cursor)?;
                match element {
                    Element::Text(literal) => {
                        text.push_str(&literal);
                        kept = text.len();
                    }
                    other => {
                        if !text.is_empty() {
                            pattern.push(Element::Text(std::mem::take(&mut text)));
                        }
                        kept = 0;
                        pattern.push(other);
                    }
                }
            }
            '}' => return Err(format!("an unmatched `}}` at character {}", cursor.at + 1)),
            _ => {
                text.push(c);
                cursor.at += 1;
            }
        }
    }
    if in_variant {
        let trimmed = kept.max(text.trim_end().len());
        text.truncate(trimmed);
    }
    if !text.is_empty() {
        pattern.push(Element::Text(text));
    }
    Ok(pattern)
}

/// What follows a `{`, up to and including its `}`.
fn parse_placeable(cursor: &mut Cursor) -> Result<Element, String> {
    cursor.skip_blank();
    let element = match cursor.peek() {
        Some('$') => {
            cursor.at += 1;
            let name = cursor.word();
            if !is_identifier(&name) {
                return Err(format!("a variable without a name at character {}", cursor.at + 1));
            }
            cursor.skip_blank();
            if cursor.peek() == Some('-') && cursor.chars.get(cursor.at + 1) == Some(&'>') {
                cursor.at += 2;
                return parse_select(cursor, name);
            }
            Element::Variable(name)
        }
        Some('"') => {
            cursor.at += 1;
            let mut literal = String::new();
            loop {
                match cursor.peek() {
                    None | Some('\n') => return Err("a string literal that does not end".into()),
                    Some('"') => {
                        cursor.at += 1;
                        break;
                    }
                    Some('\\') => {
                        cursor.at += 1;
                        match cursor.peek() {
                            Some('u') => {
                                let hex: String = cursor.chars.iter().skip(cursor.at + 1).take(4).collect();
                                let code = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                                literal.push(code.ok_or_else(|| format!("a bad escape `\\u{hex}`"))?);
                                cursor.at += 5;
                            }
                            Some(escaped @ ('"' | '\\')) => {
                                literal.push(escaped);
                                cursor.at += 1;
                            }
                            _ => return Err("an unknown escape in a string literal".into()),
                        }
                    }
                    Some(c) => {
                        literal.push(c);
                        cursor.at += 1;
                    }
                }
            }
            Element::Text(literal)
        }
        Some(c) if c == '-' || c.is_ascii_alphabetic() => {
            let id = cursor.word();
            if !is_identifier(id.strip_prefix('-').unwrap_or(&id)) {
                return Err(format!("`{id}` is not an identifier"));
            }
            cursor.skip_blank();
            if cursor.peek() == Some('(') {
                return Err(format!("`{id}(…)`: functions and term arguments are not supported"));
            }
            Element::Reference(id)
        }
        _ => {
            return Err(format!(
                "expected a variable, a reference or a string at character {}",
                cursor.at + 1
            ));
        }
    };
    cursor.skip_blank();
    cursor.expect('}')?;
    Ok(element)
}

/// The variants of `{ $variable -> … }`, up to and including the closing `}`.
fn parse_select(cursor: &mut Cursor, variable: String) -> Result<Element, String> {
    let mut variants = Vec::new();
    let mut default = None;
    loop {
        cursor.skip_blank();
        match cursor.peek() {
            Some('}') => {
                cursor.at += 1;
                break;
            }
            Some('*' | '[') => {
                if cursor.peek() == Some('*') {
                    if default.is_some() {
                        return Err(format!("`{variable}` has two default variants"));
                    }
                    default = Some(variants.len());
                    cursor.at += 1;
                }
                cursor.expect('[')?;
                cursor.skip_inline_blank();
                let key = cursor.word();
                cursor.skip_inline_blank();
                cursor.expect(']')?;
                cursor.skip_inline_blank();
                let pattern = parse_pattern(cursor, true)?;
                variants.push((key, pattern));
            }
            _ => {
                return Err(format!(
                    "expected a variant `[key] text` or `}}` at character {}",
                    cursor.at + 1
                ));
            }
        }
    }
    let default =
        default.ok_or_else(|| format!("the selector on `{variable}` has no default variant `*[…]`"))?;
    Ok(Element::Select { variable, variants, default })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::{Lang, Message};

    fn localizer(lang: Lang, text: &str) -> Localizer {
        let parsed = Catalogue::parse(text);
        assert_eq!(parsed.errors, Vec::new());
        Localizer::new(lang, parsed.catalogue)
    }

    const SAMPLE: &str = "# comment\n\
        unknown = unknown\n\
        -kafka = Kafka\n\
        title = { $host } holds { $share } of the lag\n\
        partitions = { $count ->\n    [0] no partitions\n    [one] one partition\n   *[other] { $count } partitions\n}\n\
        protocol = { $kind ->\n    [eager] stop the world\n   *[other] keep working\n} in { -kafka }\n\
        braces = a {\"{\"} brace and { unknown }\n\
        long = first line\n    second line\n";

    #[test]
    fn renders_variables_selectors_and_references() {
        let en = localizer(Lang::En, SAMPLE);
        let ko = localizer(Lang::Ko, "partitions = 파티션 { $count }개\n");
        let title = crate::msg!("title", host = "a", share = crate::l10n::Arg::share(0.973));
        assert_eq!(en.render(&title), "a holds 97% of the lag");
        for (count, text) in
            [(0, "no partitions"), (1, "one partition"), (2, "2 partitions"), (1200, "1,200 partitions")]
        {
            assert_eq!(en.render(&crate::msg!("partitions", count = count)), text);
        }
        assert_eq!(ko.render(&crate::msg!("partitions", count = 1)), "파티션 1개");
        assert_eq!(en.render(&crate::msg!("protocol", kind = "eager")), "stop the world in Kafka");
        assert_eq!(en.render(&crate::msg!("protocol", kind = "cooperative")), "keep working in Kafka");
        assert_eq!(en.render(&Message::new("braces")), "a { brace and unknown");
        assert_eq!(en.render(&Message::new("long")), "first line\nsecond line");
        assert_eq!(en.render(&Message::new("missing-id")), "missing-id");
        assert_eq!(en.render(&Message::new("title")), "{$host} holds {$share} of the lag");
        assert_eq!(en.catalogue().variables("partitions"), ["count".to_owned()].into());
        assert_eq!(en.catalogue().references("protocol"), ["-kafka".to_owned()].into());
    }

    #[test]
    fn bad_entries_are_reported_and_the_rest_kept() {
        let parsed =
            Catalogue::parse("good = fine\nbad = { $x ->\n [a] x\n}\nworse = {\nalso-good = ok\n  stray\n");
        assert!(parsed.catalogue.contains("good") && parsed.catalogue.contains("also-good"));
        assert_eq!(parsed.errors.iter().map(|error| error.line).collect::<Vec<_>>(), [2, 5]);
        assert!(parsed.errors[0].reason.contains("no default"), "{:?}", parsed.errors);
    }

    #[test]
    fn a_literal_space_at_the_end_of_a_variant_is_kept_and_decimals_are_not_one() {
        let en = localizer(Lang::En, "x = { $n ->\n    [one] one{\" \"}\n   *[other] many{\" \"}\n}end\n");
        assert_eq!(en.render(&crate::msg!("x", n = 1)), "one end");
        assert_eq!(en.render(&crate::msg!("x", n = crate::l10n::Arg::decimal(1.0, 1))), "many end");
    }

    #[test]
    fn lists_of_numbers_are_written_per_language_and_stay_numbers_in_json() {
        let en = localizer(Lang::En, "l = { $lags }; { $offsets }\n");
        let message = crate::msg!(
            "l",
            lags = crate::l10n::Arg::Sequence(vec![100_000, 102_400]),
            offsets = crate::l10n::Arg::Counts(vec![1_500, 7])
        );
        assert_eq!(en.render(&message), "100,000 → 102,400; 1,500, 7");
        let json = serde_json::to_value(&message).expect("serialises");
        assert_eq!(json["args"], serde_json::json!({ "lags": [100_000, 102_400], "offsets": [1_500, 7] }));
    }

    #[test]
    fn the_web_split_keeps_blank_lines_inside_an_entry() {
        let page = split_for_web("# c\na = x\n\n    y\n\nb = z\n").page;
        assert_eq!(page, "a = x\n\n    y\nb = z\n");
    }

    #[test]
    fn references_cannot_loop_forever() {
        let en = localizer(Lang::En, "a = { b }\nb = { a }\n");
        assert!(en.render(&Message::new("a")).len() < 100);
    }
}

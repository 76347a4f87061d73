//! The two catalogues (`i18n/en.ftl`, `i18n/ko.ftl`) against each other and against every message
//! id the code can emit: a missing translation, a renamed argument or a typo in an id fails here,
//! not in front of a reader.

#![allow(
    clippy::disallowed_methods,
    reason = "the test reads the sources and catalogues; the library does no I/O"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lagscope_core::l10n::{Catalogue, Lang, Localizer, bundled};

fn catalogue(lang: Lang) -> Catalogue {
    let text = match lang {
        Lang::En => bundled::EN,
        Lang::Ko => bundled::KO,
    };
    let parsed = Catalogue::parse(text);
    assert_eq!(parsed.errors, Vec::new(), "i18n/{}.ftl does not parse", lang.code());
    parsed.catalogue
}

#[test]
fn both_catalogues_have_the_same_ids_with_the_same_arguments() {
    let (en, ko) = (catalogue(Lang::En), catalogue(Lang::Ko));
    let en_ids: BTreeSet<&str> = en.ids().collect();
    let ko_ids: BTreeSet<&str> = ko.ids().collect();
    assert_eq!(en_ids.difference(&ko_ids).collect::<Vec<_>>(), Vec::<&&str>::new(), "in en.ftl only");
    assert_eq!(ko_ids.difference(&en_ids).collect::<Vec<_>>(), Vec::<&&str>::new(), "in ko.ftl only");
    let mut different = Vec::new();
    for id in &en_ids {
        if en.variables(id) != ko.variables(id) {
            different.push(format!("{id}: en {:?}, ko {:?}", en.variables(id), ko.variables(id)));
        }
        for reference in en.references(id).iter().chain(ko.references(id).iter()) {
            assert!(
                en.contains(reference) && ko.contains(reference),
                "{id} references {reference}, which is missing"
            );
        }
    }
    assert_eq!(different, Vec::<String>::new(), "arguments differ between the catalogues");
}

/// Every `msg!("id", name = …)`, `Message::new("id")`, interface `t("id")` and `text("id")` in the sources.
/// Each id with every place that emits it (and the arguments each passes).
fn emitted() -> BTreeMap<String, Vec<(BTreeSet<String>, String)>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates/lagscope-core/src", "crates/lagscope-cli/src", "web/src"] {
        collect_rust_files(&root.join(dir), &mut files);
    }
    let mut found = BTreeMap::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("source is readable");
        let place = file.strip_prefix(&root).unwrap_or(&file).display().to_string();
        if place.contains("src/l10n/") {
            // The localisation layer's own tests use made-up catalogues.
            continue;
        }
        for (opening, with_args) in
            [("msg!(", true), ("Message::new(", false), (".t(", false), (".text(", false)]
        {
            let mut rest = source.as_str();
            while let Some(at) = rest.find(opening) {
                let after = &rest[at + opening.len()..];
                rest = after;
                // rustfmt may put the id on the next line.
                let Some(after) = after.trim_start().strip_prefix('"') else { continue };
                let id: String = after.chars().take_while(|c| *c != '"').collect();
                let args = if with_args { argument_names(&after[id.len()..]) } else { BTreeSet::new() };
                if id != "id" {
                    found.entry(id).or_insert_with(Vec::new).push((args, place.clone()));
                }
            }
        }
    }
    found
}

/// The `name = value` names of a `msg!` call's tail (`", a = x, b = f(y, z))…"`).
fn argument_names(tail: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut depth = 0_i32;
    let mut in_string = false;
    let mut previous = '\0';
    let mut segment = String::new();
    let mut chars = tail.chars().skip(1).peekable();
    while let Some(c) = chars.next() {
        // A comment inside the call: skip to the end of its line.
        if !in_string && c == '/' && chars.peek() == Some(&'/') {
            for skipped in chars.by_ref() {
                if skipped == '\n' {
                    break;
                }
            }
            continue;
        }
        if in_string {
            if c == '"' && previous != '\\' {
                in_string = false;
            }
            previous = c;
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                if let Some((name, _)) = segment.split_once('=') {
                    names.insert(name.trim().to_owned());
                }
                segment.clear();
                previous = c;
                continue;
            }
            _ => {}
        }
        if depth == 0 {
            segment.push(c);
        }
        previous = c;
    }
    if let Some((name, _)) = segment.split_once('=') {
        names.insert(name.trim().to_owned());
    }
    names.retain(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    names
}

fn collect_rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(Result::ok).map(|entry| entry.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_rust_files(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_id_the_code_emits_is_in_both_catalogues_with_its_arguments() {
    let emitted = emitted();
    assert!(emitted.len() > 1, "the scan found no message ids");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let catalogue = catalogue(lang);
        for (id, (args, place)) in
            emitted.iter().flat_map(|(id, sites)| sites.iter().map(move |site| (id, site)))
        {
            if !catalogue.contains(id) {
                problems.push(format!("{place}: `{id}` is not in {}.ftl", lang.code()));
                continue;
            }
            let needed = catalogue.variables(id);
            if !args.is_empty() || !needed.is_empty() {
                let missing: Vec<&String> = needed.difference(args).collect();
                if !missing.is_empty() {
                    problems.push(format!(
                        "{place}: `{id}` is given {args:?} but {}.ftl uses {missing:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn the_argument_scanner_reads_nested_calls() {
    let names = argument_names(r#"", host = name.clone(), share = Arg::share(f(a, b)), text = "a, b = c")"#);
    assert_eq!(names, ["host", "share", "text"].iter().map(|name| (*name).to_owned()).collect());
}

#[test]
fn the_bundled_localizers_render_in_their_language() {
    let message = lagscope_core::msg!("unknown");
    assert_eq!(Localizer::bundled(Lang::En).render(&message), "unknown");
    assert_eq!(Localizer::bundled(Lang::Ko).render(&message), "알 수 없음");
}

/// The site serves each catalogue in two parts (`cargo xtask split-catalogues`): every entry the web
/// app may show is in exactly one, the page's part references nothing that loads on demand, and the
/// page's own code names no id that loads on demand (the lazily loaded module's may).
#[test]
fn the_web_split_keeps_every_entry_and_the_page_needs_nothing_it_lacks() {
    use lagscope_core::l10n::catalogue::{CLI_ONLY_PREFIXES, LEARN_PREFIXES, ON_DEMAND_PREFIXES};
    let learn = |id: &str| LEARN_PREFIXES.iter().any(|prefix| id.starts_with(prefix));
    let on_demand = |id: &str| !learn(id) && ON_DEMAND_PREFIXES.iter().any(|prefix| id.starts_with(prefix));
    for lang in Lang::ALL {
        let full = catalogue(lang);
        let text = match lang {
            Lang::En => bundled::EN,
            Lang::Ko => bundled::KO,
        };
        let parts = lagscope_core::l10n::split_for_web(text);
        let page = Catalogue::parse(&parts.page);
        let more = Catalogue::parse(&parts.more);
        let learned = Catalogue::parse(&parts.learn);
        assert_eq!((page.errors, more.errors, learned.errors), (Vec::new(), Vec::new(), Vec::new()));
        let (page, more, learned) = (page.catalogue, more.catalogue, learned.catalogue);
        for id in full.ids() {
            let cli = CLI_ONLY_PREFIXES.iter().any(|prefix| id.starts_with(prefix));
            assert_eq!(
                (page.contains(id), more.contains(id), learned.contains(id)),
                (!cli && !on_demand(id) && !learn(id), !cli && on_demand(id), !cli && learn(id)),
                "{id}"
            );
        }
        for id in page.ids() {
            for reference in page.references(id) {
                assert!(
                    page.contains(&reference),
                    "{}: {id} references {reference}, which loads on demand",
                    lang.code()
                );
            }
        }
    }
    let english = catalogue(Lang::En);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/src");
    let mut files = Vec::new();
    collect_rust_files(&root, &mut files);
    // The lazily loaded modules (`bin/`) and what only they use (`lazy/`) may name any id.
    for file in files
        .iter()
        .filter(|file| !file.components().any(|part| part.as_os_str() == "bin" || part.as_os_str() == "lazy"))
    {
        let source = std::fs::read_to_string(file).expect("source is readable");
        for prefix in ON_DEMAND_PREFIXES.iter().chain(&LEARN_PREFIXES) {
            for (at, _) in source.match_indices(&format!("\"{prefix}")) {
                let literal: String = source[at + 1..].chars().take_while(|c| *c != '"').collect();
                assert!(
                    !english.contains(&literal),
                    "{} names `{literal}`, which loads on demand",
                    file.display()
                );
            }
        }
    }
}

/// Ids named as plain strings in the core and the CLI (a table's headings, a list of causes, a
/// column list) exist too: any string literal shaped like an id of the catalogues' prefixes is
/// one, except a prefix that code matches ids against (`starts_with`).
#[test]
fn every_id_named_as_a_string_in_the_core_and_the_cli_exists() {
    let english = catalogue(Lang::En);
    let prefixes: BTreeSet<&str> =
        english.ids().filter_map(|id| id.split('-').next()).filter(|p| !p.is_empty()).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["crates/lagscope-core/src", "crates/lagscope-cli/src"] {
        collect_rust_files(&root.join(dir), &mut files);
    }
    let mut missing = Vec::new();
    for file in files.iter().filter(|file| !file.to_string_lossy().contains("src/l10n/")) {
        let source = std::fs::read_to_string(file).expect("source is readable");
        for (at, _) in source.match_indices('"') {
            let literal: String = source[at + 1..].chars().take_while(|c| *c != '"').collect();
            let shaped_like_an_id = literal.split_once('-').is_some_and(|(prefix, rest)| {
                prefixes.contains(prefix)
                    && !rest.is_empty()
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            });
            let matched_as_a_prefix = source[..at].ends_with("starts_with(");
            if shaped_like_an_id && !matched_as_a_prefix && !english.contains(&literal) {
                missing.push(format!("{}: `{literal}`", file.strip_prefix(&root).unwrap_or(file).display()));
            }
        }
    }
    missing.dedup();
    assert_eq!(missing, Vec::<String>::new(), "named like catalogue ids, missing from en.ftl");
}

//! The diagnostics, inline beside the lines they name: each line the parser could not fully use is
//! shown with its number and one line of context, and its message next to it; a click on the
//! number selects the line in the input.

use lagscope_core::diagnostic::{Diagnostic, Severity};
use lagscope_core::text::numbered_lines;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::Message;
use crate::state::AppState;

/// At most this many diagnostics are drawn; the count says how many there are.
const MAX_SHOWN: usize = 200;
/// Lines of context shown around each named line.
const CONTEXT_LINES: usize = 1;

#[derive(Properties, PartialEq)]
pub(crate) struct DiagnosticsProps {
    pub(crate) state: UseReducerHandle<AppState>,
    pub(crate) textarea: NodeRef,
}

#[function_component(DiagnosticsPanel)]
pub(crate) fn diagnostics_panel(props: &DiagnosticsProps) -> Html {
    let state = &props.state;
    let localized = crate::i18n::use_texts();
    let document = &state.document;
    // The workbench reads the paste (when not blank) first, then each file, in order.
    let mut texts: Vec<(&str, bool)> = Vec::new();
    if !document.paste.trim().is_empty() {
        texts.push((document.paste.as_str(), true));
    }
    texts.extend(document.files.iter().map(|(_, text)| (text.as_str(), false)));
    if texts.is_empty() {
        return html! {};
    }
    let total: usize = state.workbench.inputs.iter().map(|input| input.diagnostics.len()).sum();
    html! {
        <section class="panel diagnostics" id="diagnostics">
            <h2>{localized.render(&lagscope_core::msg!("ui-diagnostics-count", count = total))}</h2>
            if total == 0 {
                <p class="ok">{localized.t("ui-no-diagnostics")}</p>
            }
            { for state.workbench.inputs.iter().zip(&texts).filter(|(input, _)| !input.diagnostics.is_empty()).map(|(input, (text, is_paste))| {
                let diagnostics = &input.diagnostics;
                let shown = &diagnostics[..diagnostics.len().min(MAX_SHOWN)];
                let excerpt = excerpt_lines(text, shown);
                let textarea = if *is_paste { props.textarea.clone() } else { NodeRef::default() };
                html! {
                    <div class="diagnostics-input" data-input={input.name.clone()}>
                        if texts.len() > 1 {
                            <h3>{if *is_paste { localized.t("ui-pasted-text") } else { input.name.clone() }}</h3>
                        }
                        <div class="annotated" role="list">
                            { for excerpt.iter().map(|entry| match entry {
                                Excerpt::Gap => html! { <div class="gap" aria-hidden="true">{"⋯"}</div> },
                                Excerpt::Line { number, text: line, notes } => view_line(*number, line, notes, &localized, &textarea, text),
                            }) }
                        </div>
                        if diagnostics.len() > shown.len() {
                            <p class="note">{format!("+{}", diagnostics.len() - shown.len())}</p>
                        }
                    </div>
                }
            }) }
        </section>
    }
}

/// One row of the annotated view.
enum Excerpt<'a> {
    Line { number: usize, text: &'a str, notes: Vec<&'a Diagnostic> },
    Gap,
}

/// The named lines with their context, in order, with gaps where lines are skipped.
fn excerpt_lines<'a>(input: &'a str, diagnostics: &'a [Diagnostic]) -> Vec<Excerpt<'a>> {
    let mut wanted: Vec<usize> = diagnostics
        .iter()
        .flat_map(|diagnostic| {
            diagnostic.line.saturating_sub(CONTEXT_LINES)..=diagnostic.line + CONTEXT_LINES
        })
        .filter(|number| *number >= 1)
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut excerpt = Vec::new();
    let mut wanted_iter = wanted.iter().peekable();
    let mut previous = 0;
    for (number, text) in numbered_lines(input) {
        let Some(&&next) = wanted_iter.peek() else { break };
        if number < next {
            continue;
        }
        wanted_iter.next();
        if previous != 0 && number > previous + 1 {
            excerpt.push(Excerpt::Gap);
        }
        previous = number;
        let notes = diagnostics.iter().filter(|diagnostic| diagnostic.line == number).collect();
        excerpt.push(Excerpt::Line { number, text, notes });
    }
    excerpt
}

fn view_line(
    number: usize,
    text: &str,
    notes: &[&Diagnostic],
    texts: &crate::i18n::Texts,
    textarea: &NodeRef,
    input: &str,
) -> Html {
    let on_click = {
        let textarea = textarea.clone();
        let range = line_range_utf16(input, number);
        Callback::from(move |_: MouseEvent| {
            if let (Some(element), Some((start, end))) = (textarea.cast::<HtmlTextAreaElement>(), range) {
                let _ = element.focus();
                let _ = element.set_selection_range(start, end);
            }
        })
    };
    let worst = notes.iter().map(|note| note.severity).max();
    let class =
        classes!("annotated-line", worst.map(Severity::as_str), notes.is_empty().then_some("context"));
    html! {
        <div {class} role="listitem" data-line={number.to_string()}>
            <button class="line-link" title={texts.t("ui-go-to-line")} aria-label={texts.render(&lagscope_core::msg!("ui-line-number", line = number.to_string()))}
                onclick={on_click}>{number}</button>
            <pre class="line-text">{text}</pre>
            if !notes.is_empty() {
                <ul class="line-notes">
                    { for notes.iter().map(|note| html! {
                        <li class={classes!("diagnostic", note.severity.as_str())}>
                            <span class="severity">{texts.render(&severity_text(note.severity))}</span>
                            <span class="message">{texts.render(&note.message)}</span>
                        </li>
                    }) }
                </ul>
            }
        </div>
    }
}

fn severity_text(severity: Severity) -> Message {
    match severity {
        Severity::Info => Message::new("ui-severity-info"),
        Severity::Warning => Message::new("ui-severity-warning"),
        Severity::Error => Message::new("ui-severity-error"),
    }
}

/// The start and end of 1-based `line_number` in UTF-16 code units, as text-area selections count.
fn line_range_utf16(input: &str, line_number: usize) -> Option<(u32, u32)> {
    let (_, line) = numbered_lines(input).find(|(number, _)| *number == line_number)?;
    let start_byte = (line.as_ptr() as usize).checked_sub(input.as_ptr() as usize)?;
    let start = input.get(..start_byte)?.encode_utf16().count();
    let end = start + line.encode_utf16().count();
    Some((u32::try_from(start).ok()?, u32::try_from(end).ok()?))
}

//! The diagnostics list: each line the parser could not fully use, with its number, the reason, and
//! the line itself; a click selects the line in the input.

use lagscope_core::diagnostic::{Diagnostic, Severity};
use lagscope_core::text::numbered_lines;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::i18n::{Lang, Text, tr};
use crate::state::AppState;

#[derive(Properties, PartialEq)]
pub(crate) struct DiagnosticsProps {
    pub(crate) state: UseReducerHandle<AppState>,
    pub(crate) textarea: NodeRef,
}

#[function_component(DiagnosticsPanel)]
pub(crate) fn diagnostics_panel(props: &DiagnosticsProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let diagnostics = &state.outcome.diagnostics;
    if state.input.trim().is_empty() {
        return html! {};
    }
    let lines: Vec<&str> = numbered_lines(&state.input).map(|(_, line)| line).collect();
    html! {
        <section class="panel diagnostics" id="diagnostics">
            <h2>{format!("{} ({})", tr(lang, Text::Diagnostics), diagnostics.len())}</h2>
            if diagnostics.is_empty() {
                <p class="ok">{tr(lang, Text::NoDiagnostics)}</p>
            } else {
                <ol class="diagnostic-list">
                    { for diagnostics.iter().map(|diagnostic| {
                        let text = lines.get(diagnostic.line.wrapping_sub(1)).copied().unwrap_or_default();
                        view_diagnostic(diagnostic, text, lang, &props.textarea, &state.input)
                    }) }
                </ol>
            }
        </section>
    }
}

fn view_diagnostic(diagnostic: &Diagnostic, text: &str, lang: Lang, textarea: &NodeRef, input: &str) -> Html {
    let severity = match diagnostic.severity {
        Severity::Info => Text::Info,
        Severity::Warning => Text::Warning,
        Severity::Error => Text::Error,
    };
    let on_click = {
        let textarea = textarea.clone();
        let range = line_range_utf16(input, diagnostic.line);
        Callback::from(move |_: MouseEvent| {
            if let (Some(element), Some((start, end))) = (textarea.cast::<HtmlTextAreaElement>(), range) {
                let _ = element.focus();
                let _ = element.set_selection_range(start, end);
            }
        })
    };
    html! {
        <li class={classes!("diagnostic", diagnostic.severity.as_str())} data-line={diagnostic.line.to_string()}>
            <button class="line-link" title={tr(lang, Text::GoToLine)} onclick={on_click}>
                {format!("{} {}", tr(lang, Text::Line), diagnostic.line)}
            </button>
            <span class="severity">{tr(lang, severity)}</span>
            <span class="message">{&diagnostic.message}</span>
            <pre class="offending-line">{text}</pre>
        </li>
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

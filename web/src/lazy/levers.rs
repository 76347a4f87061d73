//! The simulator's levers (`sim::levers`) as form controls: a number field, a choice or a
//! checkbox per lever, showing the scenario's value; a change hands back (lever, value) for the
//! core to apply (and refuse, with its message, when out of range).

use lagscope_core::sim::Scenario;
use lagscope_core::sim::levers::{Lever, LeverKind};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::i18n::Texts;

#[allow(missing_debug_implementations, reason = "a component's properties")]
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The levers to show, in order (those the scenario has nothing for are left out).
    pub levers: Vec<Lever>,
    /// The scenario whose values they show.
    pub scenario: Scenario,
    /// A lever was changed to a value.
    pub on_change: Callback<(Lever, String)>,
    /// The page's texts.
    pub texts: Texts,
}

#[function_component(LeverControls)]
pub fn lever_controls(props: &Props) -> Html {
    let texts = &props.texts;
    html! {
        <div class="settings-grid levers">
            { for props.levers.iter().filter_map(|lever| {
                let value = lever.get(&props.scenario)?;
                let id = format!("lever-{}", lever.id());
                let lever = *lever;
                let on_change = props.on_change.clone();
                let onchange = Callback::from(move |event: Event| {
                    let Some(target) = event.target() else { return };
                    let raw = if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
                        if input.type_() == "checkbox" { input.checked().to_string() } else { input.value() }
                    } else if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
                        select.value()
                    } else {
                        return;
                    };
                    on_change.emit((lever, raw));
                });
                let label = texts.render(&lever.label());
                Some(match lever.kind() {
                    LeverKind::Number { min, max } => html! {
                        <label>{label}
                            <input {id} type="number" min={min.to_string()} max={max.to_string()} step="any" value={value} {onchange} />
                        </label>
                    },
                    LeverKind::Choice(choices) => html! {
                        <label>{label}
                            <select {id} {onchange}>
                                { for choices.iter().map(|choice| {
                                    let text = lever.choice_label(choice).map_or_else(|| (*choice).to_owned(), |message| texts.render(&message));
                                    html! { <option value={*choice} selected={*choice == value}>{text}</option> }
                                }) }
                            </select>
                        </label>
                    },
                    LeverKind::Toggle => html! {
                        <label class="pg-check">
                            <input {id} type="checkbox" checked={value == "true"} {onchange} />
                            {label}
                        </label>
                    },
                })
            }) }
        </div>
    }
}

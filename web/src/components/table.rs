//! A sortable, filterable table. Unknown values show as "unknown" and sort after every known
//! value, whichever the direction; they are never 0.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;

/// One cell: its text, and the number it sorts by (numeric columns).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Text(Option<String>),
    Number(Option<f64>, String),
}

impl Cell {
    pub(crate) fn count(value: Option<i64>) -> Self {
        Self::Number(value.map(|v| v as f64), value.map(crate::format::count).unwrap_or_default())
    }
    /// Records per second, as `lang` writes them.
    pub(crate) fn rate(value: Option<f64>, lang: Lang) -> Self {
        Self::Number(value, value.map(|v| crate::format::per_second(v, lang)).unwrap_or_default())
    }
    pub(crate) fn share(value: Option<f64>) -> Self {
        Self::Number(value, value.map(crate::format::share).unwrap_or_default())
    }
    fn known(&self) -> bool {
        match self {
            Self::Text(value) => value.is_some(),
            Self::Number(value, _) => value.is_some(),
        }
    }
    fn text(&self) -> &str {
        match self {
            Self::Text(value) => value.as_deref().unwrap_or_default(),
            Self::Number(_, shown) => shown,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Row {
    pub(crate) cells: Vec<Cell>,
    pub(crate) highlight: bool,
}

/// Rows drawn at first: a large group's table would otherwise hold most of the page's elements
/// (and most of the time from a paste to its findings). A filter narrows the rest down; a button
/// draws more.
const FIRST_ROWS_SHOWN: usize = 50;

/// Rows each press of "show more" adds.
const MORE_ROWS_SHOWN: usize = 500;

#[derive(Properties, PartialEq)]
pub(crate) struct TableProps {
    pub(crate) id: AttrValue,
    pub(crate) caption: AttrValue,
    /// Each column's heading, and whether it holds numbers.
    pub(crate) columns: Vec<(String, bool)>,
    pub(crate) rows: Vec<Row>,
}

#[function_component(DataTable)]
pub(crate) fn data_table(props: &TableProps) -> Html {
    let sort = use_state(|| None::<(usize, bool)>);
    let filter = use_state(String::new);
    let n_shown = use_state(|| FIRST_ROWS_SHOWN);
    let texts = crate::i18n::use_texts();
    let needle = filter.to_lowercase();
    let mut rows: Vec<&Row> = props
        .rows
        .iter()
        .filter(|row| {
            needle.is_empty() || row.cells.iter().any(|cell| cell.text().to_lowercase().contains(&needle))
        })
        .collect();
    if let Some((column, ascending)) = *sort {
        lagscope_core::order::sort_by(&mut rows, |a, b| {
            let (x, y) = (&a.cells[column], &b.cells[column]);
            match (x.known(), y.known()) {
                (false, false) => std::cmp::Ordering::Equal,
                (false, true) => std::cmp::Ordering::Greater,
                (true, false) => std::cmp::Ordering::Less,
                (true, true) => {
                    let order = match (x, y) {
                        (Cell::Number(Some(p), _), Cell::Number(Some(q), _)) => p.total_cmp(q),
                        _ => x.text().cmp(y.text()),
                    };
                    if ascending { order } else { order.reverse() }
                }
            }
        });
    }
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            filter.set(input.value());
        })
    };
    html! {
        <div class="table-wrap" id={props.id.clone()}>
            <div class="table-tools">
                <span class="table-caption">{props.caption.clone()}</span>
                <input class="table-filter" type="search" placeholder={texts.t("ui-filter-placeholder")}
                    aria-label={texts.render(&lagscope_core::msg!("ui-filter-label", caption = props.caption.as_str()))}
                    value={(*filter).clone()} oninput={on_filter} />
                <span class="table-count">{format!("{}/{}", rows.len(), props.rows.len())}</span>
            </div>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        { for props.columns.iter().enumerate().map(|(index, (label, numeric))| {
                            let numeric = *numeric;
                            let sort = sort.clone();
                            let state = *sort;
                            let onclick = Callback::from(move |_: MouseEvent| {
                                let ascending = match *sort { Some((c, asc)) if c == index => !asc, _ => !numeric };
                                sort.set(Some((index, ascending)));
                            });
                            let aria = match state {
                                Some((c, true)) if c == index => "ascending",
                                Some((c, false)) if c == index => "descending",
                                _ => "none",
                            };
                            html! {
                                <th class={classes!(numeric.then_some("num"))} aria-sort={aria}>
                                    <button class="sort" {onclick}>{label.clone()}{match aria { "ascending" => " ▲", "descending" => " ▼", _ => "" }}</button>
                                </th>
                            }
                        }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().take(*n_shown).map(|row| html! {
                            <tr class={classes!(row.highlight.then_some("highlight"))}>
                                { for row.cells.iter().zip(&props.columns).map(|(cell, (_, numeric))| html! {
                                    <td class={classes!(numeric.then_some("num"))} title={(!numeric && cell.known()).then(|| cell.text().to_owned())}>
                                        if cell.known() { {cell.text().to_owned()} } else {
                                            <span class="unknown">{texts.t("unknown")}</span>
                                        }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if rows.len() > *n_shown {
                <p class="note">
                    {texts.render(&lagscope_core::msg!("ui-showing-first", shown = *n_shown, total = rows.len()))}
                    {" "}
                    <button class="link show-more" onclick={
                        let n_shown = n_shown.clone();
                        Callback::from(move |_: MouseEvent| n_shown.set(n_shown.saturating_add(MORE_ROWS_SHOWN)))
                    }>{texts.render(&lagscope_core::msg!("ui-show-more-rows", count = MORE_ROWS_SHOWN.min(rows.len() - *n_shown)))}</button>
                </p>
            }
        </div>
    }
}

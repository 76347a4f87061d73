//! The lagscope web app. It adapts and renders: every parse, sum and verdict comes from
//! `lagscope-core`; components only turn results into views.

mod analysis;
mod app;
mod components;
mod fetch;
mod persist;
mod state;

use lagscope_web::{format, i18n};

fn main() {
    // The page's own root: the Playground's module renders beside it (in `#playground-host`).
    match gloo::utils::document().get_element_by_id("app-root") {
        Some(root) => yew::Renderer::<app::App>::with_root(root).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}

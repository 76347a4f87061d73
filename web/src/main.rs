//! The lagscope web app. It adapts and renders: every parse, sum and verdict comes from
//! `lagscope-core`; components only turn results into views.

mod app;
mod components;
mod i18n;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}

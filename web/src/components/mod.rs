//! The app's views.

pub(crate) mod diagnostics;
pub(crate) mod group_view;
pub(crate) mod input_panel;
pub(crate) mod lag_chart;

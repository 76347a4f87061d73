//! The app's views.

pub(crate) mod analyze;
pub(crate) mod assignment;
pub(crate) mod charts;
pub(crate) mod diagnostics;
pub(crate) mod findings;
pub(crate) mod group_view;
pub(crate) mod host_table;
pub(crate) mod input_panel;
pub(crate) mod lag_chart;
pub(crate) mod log_timeline;
pub(crate) mod overview;
pub(crate) mod reset;
pub(crate) mod share;
pub(crate) mod table;

//! What the page's WebAssembly and the lazily loaded one (`src/bin/playground/`: the simulator and
//! the what-if) share: the English and Korean texts, number formatting, and the what-if question
//! that the page keeps in its document (so a share link carries it) while the lazy module answers it.

pub mod format;
pub mod i18n;

use serde::{Deserialize, Serialize};

/// The what-if question being asked in the Assignment view. The page keeps it in the document; the
/// Assignment view (in the lazily loaded module) edits it and hands it back with a
/// `lagscope-whatif` window event whose detail is this, as JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIfForm {
    /// Index of the group in the newest snapshot.
    pub group: usize,
    /// The assignor to run.
    pub assignor: lagscope_core::assign::AssignorKind,
    /// The changes to the group, in order.
    pub changes: Vec<lagscope_core::assign::whatif::Change>,
}

impl Default for WhatIfForm {
    fn default() -> Self {
        Self {
            group: 0,
            assignor: lagscope_core::assign::AssignorKind::CooperativeSticky,
            changes: Vec::new(),
        }
    }
}

/// The window event that carries an edited [`WhatIfForm`] back to the page.
pub const WHAT_IF_EVENT: &str = "lagscope-whatif";

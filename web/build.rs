//! The bundled sample's analysis, made at build time by the same core the analysis worker runs,
//! so that a first visit shows the sample incident's findings at first paint without loading the
//! worker (`state::AppState::restore`). A test (`tests/sample.rs`) checks that it is the analysis
//! the worker makes of the sample document.

use lagscope_core::workbench::wire::{Analysed, encode};
use lagscope_core::workbench::{Input, Options, build};

const SAMPLE: &str = "../tests/fixtures/series/slow-host-timed.txt";

fn main() {
    println!("cargo::rerun-if-changed={SAMPLE}");
    println!("cargo::rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(SAMPLE).expect("the sample incident");
    // The name the page gives a pasted text (`document::PASTE_INPUT`), with no setting given.
    let workbench = build(vec![Input::text("pasted text", text)], &Options::default());
    let overview = lagscope_core::overview::overview(&workbench);
    let bytes = encode(&Analysed { workbench, overview });
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("slow-host.lsb"), bytes).expect("the sample's analysis written");
}

//! What only the lazily loaded modules use (the Playground's and Learn's): the replay of a run
//! (partition lanes, play, step, callouts, direct manipulation), the simulator's levers as
//! controls, and what they send to the page. The page's first load names none of it, so none of it is in the
//! page's WebAssembly; each lazily loaded module carries what it uses, written once here.

pub mod levers;
pub mod replay;
pub mod simulation;

/// Sends `detail` to the page as a window event named `name` (the page's Yew app listens: a run's
/// dumps to analyse, an edited what-if question).
pub fn send_to_page(name: &str, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from_str(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Opens the Playground on a scenario and seed: the address becomes its share link
/// (`#play=<fragment>`), which the page follows.
pub fn open_in_playground(scenario: &str, seed: u64) {
    let link = crate::PlaygroundLink { scenario: scenario.to_owned(), seed };
    let _ = gloo::utils::window().location().set_hash(&link.fragment());
}

/// Where a lazily loaded view is mounted: its root and its Yew app.
pub type Mounted<C> = std::cell::RefCell<Option<(web_sys::Element, yew::AppHandle<C>)>>;

/// Renders `C` into `root`: updated in place when it is already mounted there (a language switch
/// or a new route keeps its state), else mounted afresh (the previous root's app destroyed). `root`
/// is a sibling of the page's root, so this module's Yew and the page's never see each other's
/// elements.
pub fn mount<C: yew::BaseComponent>(slot: &Mounted<C>, root: web_sys::Element, props: C::Properties) {
    let mut mounted = slot.borrow_mut();
    if let Some((existing, handle)) = mounted.as_mut()
        && *existing == root
    {
        handle.update(props);
        return;
    }
    if let Some((_, handle)) = mounted.take() {
        handle.destroy();
    }
    root.set_inner_html("");
    let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    *mounted = Some((root, handle));
}

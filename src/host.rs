//! The page around the explorer: its URL hash, and the parent window of an iframe embed.
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The view the page's URL hash holds for the explorer, if any (`shared`: a host page's hash).
pub fn url_view(shared: bool) -> Option<String> {
    crate::state::url::view_part(&location_hash(), shared)
}

/// Writes the view into the URL hash (in a host page, only its `factlens=` part), as a new history
/// entry or in place of the current one.
pub fn write_url(view: &str, replace: bool, shared: bool) {
    let current = location_hash();
    let hash = crate::state::url::with_view(&current, view, shared);
    if current.trim_start_matches('#') == hash {
        return;
    }
    let window = gloo::utils::window();
    let location = window.location();
    let mut target = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
    if !hash.is_empty() {
        target.push('#');
        target.push_str(&hash);
    }
    if let Ok(history) = window.history() {
        let _ = if replace {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&target))
        };
    }
}

/// Posts `{ type, <key>: value }` to the parent window, if there is one; `embed.js` on the host page
/// reads it.
// A plain object built field by field: serde-wasm-bindgen's serialiser, for three small messages,
// weighed about 1 KB gzip in the reader's wasm.
fn post(kind: &str, field: Option<(&str, JsValue)>) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some((key, value)) = field {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    // neither height nor view is secret, and a sandboxed iframe has an opaque origin: "*"
    let _ = parent.post_message(&message, "*");
}

pub fn post_view(hash: &str) {
    post("factlens:view", Some(("hash", hash.into())));
}

pub fn post_ready() {
    // sent once at start: the parent answers with the view its own URL holds, if any
    post("factlens:ready", None);
}

/// Calls `on_view` with the hash of every `factlens:set-view` message from the parent window
/// (and from no other window), and answers `factlens:hello`; keep the listener alive.
pub fn listen_to_parent(on_view: impl Fn(String) + 'static) -> gloo::events::EventListener {
    let window = gloo::utils::window();
    gloo::events::EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let parent: Option<JsValue> = gloo::utils::window().parent().ok().flatten().map(Into::into);
        if event.source().map(JsValue::from) != parent {
            return;
        }
        let data = event.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
        match field("type").as_deref() {
            Some("factlens:set-view") => {
                if let Some(hash) = field("hash").filter(|h| h.len() <= crate::state::url::MAX_HASH) {
                    on_view(hash);
                }
            }
            // embed.js loaded after this frame said it was ready: say it again
            Some("factlens:hello") => post_ready(),
            // the parent holds the frame below its content's height: scroll inside (styles/main.css)
            Some("factlens:scroll") => {
                if let Some(html) = gloo::utils::document().document_element() {
                    let on = js_sys::Reflect::get(&data, &JsValue::from_str("on")).is_ok_and(|v| v.is_truthy());
                    let _ = if on { html.set_attribute("data-scroll", "") } else { html.remove_attribute("data-scroll") };
                }
            }
            _ => {}
        }
    })
}

/// Posts the height of `root` to the parent now and whenever it changes; keep the observer alive.
pub fn watch_height(root: &web_sys::Element) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    // the content's own height: the document's would never shrink below the frame it is shown in
    let measured = root.clone();
    let send = Closure::<dyn FnMut()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        post("factlens:height", Some(("height", height.into())));
    });
    let observer = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()).ok()?;
    observer.observe(root);
    Some((observer, send))
}

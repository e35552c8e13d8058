//! Saving the curation and metadata files: a download, the clipboard, or (where the browser offers
//! the File System Access API) a write into the corpus folder the editor picks.
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/toml");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Puts `text` on the clipboard.
pub fn copy(text: &str) {
    let _ = gloo::utils::window().navigator().clipboard().write_text(text);
}

/// Whether the browser can write into a folder the editor picks (Chromium-based browsers).
pub fn can_write_folder() -> bool {
    js_sys::Reflect::has(&gloo::utils::window(), &JsValue::from_str("showDirectoryPicker")).unwrap_or(false)
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Result<js_sys::Promise, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &JsValue::from_str(method))?.dyn_into()?;
    f.apply(target, &args.iter().collect::<js_sys::Array>())?.dyn_into()
}

/// Asks for the corpus folder and writes `files` (name, text) into it; the outcome in words.
pub async fn write_folder(files: Vec<(&'static str, String)>) -> String {
    match write_all(files).await {
        Ok(names) => format!("Wrote {} into the folder; rebuild to publish.", names.join(" and ")),
        Err(e) => format!(
            "Not written: {}",
            e.as_string().or_else(|| js_sys::Reflect::get(&e, &"message".into()).ok()?.as_string()).unwrap_or_default()
        ),
    }
}

/// The options of `showDirectoryPicker` and `getFileHandle` (File System Access API), typed.
#[derive(serde::Serialize)]
struct PickerOptions {
    mode: &'static str,
}

#[derive(serde::Serialize)]
struct HandleOptions {
    create: bool,
}

async fn write_all(files: Vec<(&'static str, String)>) -> Result<Vec<&'static str>, JsValue> {
    let window: JsValue = gloo::utils::window().into();
    let options = serde_wasm_bindgen::to_value(&PickerOptions { mode: "readwrite" })?;
    let folder = JsFuture::from(call(&window, "showDirectoryPicker", &[options])?).await?;
    let mut written = Vec::new();
    for (name, text) in files {
        let create = serde_wasm_bindgen::to_value(&HandleOptions { create: true })?;
        let handle = JsFuture::from(call(&folder, "getFileHandle", &[name.into(), create])?).await?;
        let stream = JsFuture::from(call(&handle, "createWritable", &[])?).await?;
        JsFuture::from(call(&stream, "write", &[text.into()])?).await?;
        JsFuture::from(call(&stream, "close", &[])?).await?;
        written.push(name);
    }
    Ok(written)
}

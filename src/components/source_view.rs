//! The article a quote comes from, with the quoted sentence marked and scrolled into view.
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::Ctx;
use crate::state::view::Action;

/// Opens or closes the dialog to match the view, and brings the marked sentence into view; the app
/// calls it after each render that changed the source.
pub fn sync_dialog(dialog: &NodeRef, open: bool) {
    let Some(d) = dialog.cast::<HtmlDialogElement>() else { return };
    if open && !d.open() {
        let _ = d.show_modal();
    } else if !open && d.open() {
        d.close();
    }
    if let Some(m) = d.query_selector("mark").ok().flatten() {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        m.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(el) = m.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The dialog showing the article a quote comes from (empty and closed when none is open); its
/// close button is answered by `delegate::on_click`.
pub fn source_view(ctx: &Ctx, dialog: &NodeRef) -> Html {
    // Escape ends here too, so the URL and the dialog stay in step
    let onclose = ctx.dispatch.reform(|_: Event| Action::CloseSource);
    html! {
        <dialog ref={dialog.clone()} class="source-view" aria-labelledby="fl-source-title" {onclose}>
            { Html::from_html_unchecked(crate::markup::source::source(&ctx.model).into()) }
        </dialog>
    }
}

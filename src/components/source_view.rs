//! The article a quote comes from, with the quoted sentence marked and scrolled into view.
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::Ctx;
use crate::state::view::Action;

/// Opens or closes the dialog to match the view, and brings the marked sentence into view; the app
/// calls it after each render that changed the source.
pub fn sync_dialog(dialog: &NodeRef, mark: &NodeRef, open: bool) {
    if let Some(d) = dialog.cast::<HtmlDialogElement>() {
        if open && !d.open() {
            let _ = d.show_modal();
        } else if !open && d.open() {
            d.close();
        }
    }
    if let Some(m) = mark.cast::<web_sys::Element>() {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Center);
        m.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(el) = m.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The dialog showing the article a quote comes from (empty and closed when none is open).
pub fn source_view(ctx: &Ctx, dialog: &NodeRef, mark: &NodeRef) -> Html {
    let source = &ctx.model.view.source;
    // Escape and the close button both end here, so the URL and the dialog stay in step
    let onclose = ctx.dispatch.reform(|_: Event| Action::CloseSource);
    let close = ctx.dispatch.reform(|_: MouseEvent| Action::CloseSource);
    let body = source.as_ref().and_then(|s| ctx.model.catalog.doc(&s.doc).map(|d| (s, d))).map(|(s, d)| {
        // the sentence that starts at the quoted offset, as the engine cut it
        let end = ctx.model.catalog.mentions().find(|m| m.doc == d.id && m.start == s.start).map_or(s.start, |m| m.end);
        let (before, quote, after) =
            (d.text.get(..s.start).unwrap_or(""), d.text.get(s.start..end).unwrap_or(""), d.text.get(end..).unwrap_or(""));
        let safe_url = d.url.as_ref().filter(|u| u.starts_with("https://"));
        html! {
            <>
                <header>
                    <p class="kind">{ ctx.model.catalog.outlet_of(&d.id).unwrap_or_default() }{ d.date.as_ref().map(|x| format!(" · {x}")).unwrap_or_default() }</p>
                    <h2 id="fl-source-title">{ &d.title }</h2>
                    if let Some(url) = safe_url {
                        <p><a href={url.clone()} target="_blank" rel="noopener noreferrer">{ "Read at the outlet" }</a></p>
                    }
                </header>
                <div class="article-text">{ before }<mark ref={mark.clone()} tabindex="-1">{ quote }</mark>{ after }</div>
            </>
        }
    });
    html! {
        <dialog ref={dialog.clone()} class="source-view" aria-labelledby="fl-source-title" {onclose}>
            <button type="button" class="close" onclick={close}>{ "Close" }</button>
            { for body }
        </dialog>
    }
}

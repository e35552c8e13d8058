//! Editor mode (editor.html, feature `editor`): the reader's explorer with tools on every card and
//! article; each change is compiled through the build's own path at once, listed in words, undone,
//! and saved as the corpus's curation.toml and articles.toml.
pub mod dialog;
pub mod history;
pub mod session;
pub mod tools;

#[cfg(target_arch = "wasm32")]
mod save;

use std::rc::Rc;

use factlens_engine::corpus::{CURATION_FILE, METADATA_FILE};
use factlens_engine::curation_write::Change;
use factlens_engine::input::snapshot;
use factlens_engine::model::{CardId, Facts};
use factlens_engine::suggest::{self, Suggestion};
use yew::prelude::*;

use crate::components::delegate::{on_change, on_click, Refocus};
use crate::components::facets::facets;
use crate::components::search_box::search_box;
use crate::components::source_view::{source_view, sync_dialog};
use crate::components::Ctx;
use crate::format::plural;
use crate::state::catalog::Catalog;
use crate::state::url::ViewState;
use crate::state::view::{Action, Model};
use dialog::Dialog;
use session::Session;

static CORPUS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Mounts the editor on the page's body.
pub fn run() {
    yew::Renderer::<Editor>::new().render();
}

/// How a save goes out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SaveHow {
    Download,
    Copy,
    Folder,
}

pub enum Msg {
    Reader(Action),
    /// Changes made together (an article's fields): all kept, or none.
    Make(Vec<Change>),
    Undo,
    Redo,
    Open(Dialog),
    /// The open dialog changed (typing, a pick).
    Edit(Dialog),
    Close,
    Save(SaveHow),
    Status(String),
    /// Pin a card (by id) for the reader and the embed, or unpin it: a `[[pin]]` entry.
    Pin(CardId),
}

pub struct Editor {
    session: Session,
    model: Rc<Model>,
    suggestions: Vec<Suggestion>,
    /// The names the articles hold that the engine kept out for want of a cue, found once.
    uncued: Vec<Suggestion>,
    dialog: Option<Dialog>,
    /// Card ids the curation pins (the saved file's and the pending changes'): first in the editor
    /// too, as the embed will show them.
    pins: Vec<CardId>,
    /// What the last action did, or why the build would refuse it.
    status: Result<String, Vec<String>>,
    dispatch: Callback<Action>,
    source: NodeRef,
    /// The editor's root, and where focus goes after a render (the reader's controls are markup
    /// answered by one listener: components/delegate.rs).
    root: NodeRef,
    refocus: Refocus,
    modal: NodeRef,
    shown_source: bool,
    shown_dialog: bool,
}

fn model_of(facts: Facts, view: ViewState, pins: &[CardId]) -> Rc<Model> {
    Rc::new(Model::new(Rc::new(Catalog::new(facts)), view).with_pinned(pins.to_vec()))
}

/// The iframe embed (README, "Embed in your page") with `pins` first.
pub fn embed_snippet(pins: &[CardId]) -> String {
    format!(
        "<iframe data-factlens data-sync-url title=\"People and figures of this story\"\n  src=\"factlens/index.html?embed&pinned={}\"\n  sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" loading=\"lazy\"></iframe>\n<script src=\"factlens/embed.js\" defer></script>",
        pins.iter().map(CardId::as_str).collect::<Vec<_>>().join(",")
    )
}

impl Component for Editor {
    type Message = Msg;
    type Properties = ();

    fn create(ctx: &Context<Self>) -> Self {
        // build.rs wrote these bytes from the same types: a failure is a build bug
        let session = Session::new(snapshot::decode(CORPUS).expect("corpus.bin matches the snapshot"));
        let (facts, status) = match session.compile() {
            Ok(facts) => (facts, Ok(String::new())),
            Err(errors) => (Facts::default(), Err(errors)),
        };
        let pins = session.pins();
        let uncued = suggest::uncued_names(&session.base.sources);
        Editor {
            suggestions: suggest::suggestions(&facts, &uncued, &session.curation()),
            uncued,
            model: model_of(facts, ViewState::default(), &pins),
            session,
            dialog: None,
            pins,
            status,
            dispatch: ctx.link().callback(Msg::Reader),
            source: NodeRef::default(),
            root: NodeRef::default(),
            refocus: Refocus::default(),
            modal: NodeRef::default(),
            shown_source: false,
            shown_dialog: false,
        }
    }

    fn update(&mut self, ctx: &Context<Self>, msg: Msg) -> bool {
        match msg {
            Msg::Reader(action) => self.model = Rc::new(self.model.apply(action)),
            Msg::Make(changes) => self.make(changes),
            Msg::Undo | Msg::Redo => {
                let undo = matches!(msg, Msg::Undo);
                let step = if undo { self.session.history.undo() } else { self.session.history.redo() };
                let Some(words) = step.map(Change::describe) else { return false };
                match self.session.compile() {
                    Ok(facts) => self.show(facts),
                    Err(errors) => {
                        self.status = Err(errors);
                        return true;
                    }
                }
                self.status = Ok(format!("{}: {words}.", if undo { "Undone" } else { "Redone" }));
            }
            Msg::Open(dialog) | Msg::Edit(dialog) => self.dialog = Some(dialog),
            Msg::Close => {
                self.dialog = None;
                self.status = Ok(String::new());
            }
            Msg::Save(how) => self.save(ctx, how),
            Msg::Status(text) => self.status = Ok(text),
            Msg::Pin(id) => self.make(vec![if self.pins.contains(&id) { Change::Unpin(id) } else { Change::Pin(id) }]),
        }
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let reader = Ctx { model: self.model.clone(), dispatch: self.dispatch.clone() };
        let facts = &self.model.catalog.facts;
        let history = &self.session.history;
        html! {
            <div class="factlens editor" ref={self.root.clone()} onclick={on_click(self.dispatch.clone(), self.refocus.clone(), self.model.clone())} onchange={on_change(self.dispatch.clone(), self.refocus.clone())}>
                <header class="masthead">
                    <h1>{ "Factlens editor" }</h1>
                    <p class="muted">{ plural(facts.documents.len(), "article", "articles") + ". Every change shows at once as the next build will show it; save writes curation.toml and articles.toml." }</p>
                </header>
                <div class="layout">
                    <aside class="controls" aria-label="Search, filters and changes">
                        { self.status_view() }
                        <section class="pending" aria-labelledby="ed-pending-h">
                            <h2 id="ed-pending-h">{ format!("Pending changes ({})", history.active().len()) }</h2>
                            if history.active().is_empty() {
                                <p class="muted">{ "None yet: use the tools under each card." }</p>
                            } else {
                                <ol id="ed-pending">
                                    { for history.active().iter().map(|c| html! { <li>{ c.describe() }</li> }) }
                                </ol>
                            }
                            <div class="row">
                                <button type="button" id="ed-undo" disabled={!history.can_undo()} onclick={link.callback(|_| Msg::Undo)}>{ "Undo" }</button>
                                <button type="button" id="ed-redo" disabled={!history.can_redo()} onclick={link.callback(|_| Msg::Redo)}>{ "Redo" }</button>
                            </div>
                            { self.save_view(ctx) }
                        </section>
                        { search_box(&self.model.view.query.text, &self.dispatch) }
                        { facets(&reader) }
                        { tools::suggestions(&self.suggestions, &self.model.catalog, link) }
                        { tools::articles(facts, link) }
                    </aside>
                    <main>
                        { tools::cards(&self.model, &self.dispatch, &self.pins, link) }
                    </main>
                </div>
                { source_view(&reader, &self.source) }
                { dialog::view(self.dialog.as_ref(), &self.model.catalog.facts, &self.modal, link) }
            </div>
        }
    }

    fn rendered(&mut self, _ctx: &Context<Self>, _first: bool) {
        self.refocus.restore(&self.root);
        let source = self.model.view.source.is_some();
        if source != self.shown_source {
            sync_dialog(&self.source, source);
            self.shown_source = source;
        }
        let open = self.dialog.is_some();
        if open != self.shown_dialog {
            dialog::sync(&self.modal, open);
            self.shown_dialog = open;
        }
    }
}

impl Editor {
    /// Makes `changes` if the build accepts them all, else shows its errors.
    fn make(&mut self, changes: Vec<Change>) {
        let words = changes.iter().map(Change::describe).collect::<Vec<_>>().join("; ");
        match self.session.push_all(changes) {
            Ok(facts) => {
                self.show(facts);
                self.status = Ok(format!("Done: {words}."));
                self.dialog = None;
            }
            // the dialog stays open so the entry can be corrected
            Err(errors) => self.status = Err(errors),
        }
    }

    fn show(&mut self, facts: Facts) {
        self.suggestions = suggest::suggestions(&facts, &self.uncued, &self.session.curation());
        self.pins = self.session.pins();
        self.model = model_of(facts, self.model.view.clone(), &self.pins);
    }

    fn status_view(&self) -> Html {
        match &self.status {
            Ok(text) => html! { <p class="status" role="status" aria-live="polite">{ text.clone() }</p> },
            Err(errors) => html! {
                <div class="status error" role="alert">
                    <p>{ "The build would refuse this change:" }</p>
                    <ul>{ for errors.iter().map(|e| html! { <li>{ e.clone() }</li> }) }</ul>
                </div>
            },
        }
    }

    fn save_view(&self, ctx: &Context<Self>) -> Html {
        let link = ctx.link();
        let files = self.session.files().ok();
        #[cfg(target_arch = "wasm32")]
        let folder = save::can_write_folder();
        #[cfg(not(target_arch = "wasm32"))]
        let folder = false;
        html! {
            <div class="save">
                <h3>{ "Save" }</h3>
                <div class="row">
                    <button type="button" id="ed-download" onclick={link.callback(|_| Msg::Save(SaveHow::Download))}>{ "Download both files" }</button>
                    <button type="button" id="ed-copy" onclick={link.callback(|_| Msg::Save(SaveHow::Copy))}>{ "Copy curation.toml" }</button>
                    if folder {
                        <button type="button" id="ed-folder" onclick={link.callback(|_| Msg::Save(SaveHow::Folder))}>{ "Write into the corpus folder…" }</button>
                    }
                </div>
                if !self.pins.is_empty() {
                    <details open=true>
                        <summary>{ format!("Embed with {} pinned", self.pins.len()) }</summary>
                        <pre id="ed-embed-text">{ embed_snippet(&self.pins) }</pre>
                    </details>
                }
                if let Some(files) = files {
                    <details>
                        <summary>{ "curation.toml" }</summary>
                        <pre id="ed-curation-text">{ files.curation }</pre>
                    </details>
                    <details>
                        <summary>{ "articles.toml" }</summary>
                        <pre id="ed-articles-text">{ files.articles }</pre>
                    </details>
                }
            </div>
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn save(&mut self, ctx: &Context<Self>, how: SaveHow) {
        let Ok(files) = self.session.files() else { return };
        match how {
            SaveHow::Download => {
                save::download(CURATION_FILE, &files.curation);
                save::download(METADATA_FILE, &files.articles);
                self.status = Ok("Downloaded curation.toml and articles.toml: put them in corpus/ and rebuild.".into());
            }
            SaveHow::Copy => {
                save::copy(&files.curation);
                self.status = Ok("Copied curation.toml.".into());
            }
            SaveHow::Folder => {
                let done = ctx.link().callback(Msg::Status);
                wasm_bindgen_futures::spawn_local(async move {
                    done.emit(save::write_folder(vec![(CURATION_FILE, files.curation), (METADATA_FILE, files.articles)]).await);
                });
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn save(&mut self, _ctx: &Context<Self>, _how: SaveHow) {
        let _ = (CURATION_FILE, METADATA_FILE);
    }
}

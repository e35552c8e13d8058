//! The explorer's views: functions of the model that return yew nodes; the cards, filters and
//! source text are markup written as text (`src/markup/`), their clicks answered by `delegate`.
pub mod delegate;
pub mod facets;
pub mod results;
pub mod search_box;
pub mod source_view;

use std::rc::Rc;

use yew::prelude::*;

use crate::state::catalog::Catalog;
use crate::state::view::{Action, Model};

/// Card `at` (an index into `catalog.cards`) as the page shows it. No component: a card is one
/// string, and yew compares it with the one drawn before, redrawing only a card that changed.
pub fn card(catalog: &Catalog, at: usize, open: bool, all: bool) -> Html {
    Html::from_html_unchecked(crate::markup::card::article(catalog, at, open, all).into())
}

/// What the explorer's views receive: the model and a way to change it.
#[derive(Clone)]
pub struct Ctx {
    pub model: Rc<Model>,
    pub dispatch: Callback<Action>,
}

// By identity: a deep comparison of the model would walk the whole corpus on every keystroke.
impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.model, &other.model) && self.dispatch == other.dispatch
    }
}

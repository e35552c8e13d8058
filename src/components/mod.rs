//! Yew components: each reads the model it is given and sends actions; none holds facts of its own.
pub mod facets;
pub mod figure_card;
pub mod person_card;
pub mod quotes;
pub mod results;
pub mod search_box;
pub mod source_view;

use std::rc::Rc;

use yew::prelude::*;

use crate::state::view::{Action, Model};

/// What every component receives: the model and a way to change it.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    pub model: Rc<Model>,
    pub dispatch: Callback<Action>,
}

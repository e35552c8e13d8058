//! Filters with counts (kind, outlet, contested) and the sort order: markup (`markup::facets`)
//! whose changes `delegate::on_change` answers.
use yew::prelude::*;

use super::Ctx;

pub fn facets(ctx: &Ctx) -> Html {
    Html::from_html_unchecked(crate::markup::facets::facets(&ctx.model).into())
}

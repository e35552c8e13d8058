//! Around the cards: the story's title and intro, what helps when nothing matches, and "Show more".
use factlens_engine::model::Story;

use super::Markup;
use crate::state::query::suggestion;
use crate::state::view::Model;

/// The story's title and its one-line intro.
pub fn masthead(story: &Story) -> String {
    let mut m = Markup::default();
    m.el("<header class=\"masthead\"><h1>", &story.title, "</h1><p class=\"muted\">").el("", &story.intro, "</p></header>");
    m.finish()
}

/// Nothing matches: a spelling the catalog knows, if one is near, and a way back to every card.
pub fn empty(model: &Model) -> String {
    let mut m = Markup::default();
    m.tag("<div class=\"empty\"><p>Nothing matches this search and these filters.</p>");
    if let Some(s) = suggestion(&model.catalog, &model.view.query.text).filter(|s| *s != model.view.query.text) {
        m.el("<p>Did you mean <button type=\"button\" class=\"link\" data-act=\"suggest\" data-value=\"", &s, "\">").el(
            "",
            &s,
            "</button>?</p>",
        );
    }
    m.tag("<button type=\"button\" data-act=\"clear\">Clear search and filters</button></div>");
    m.finish()
}

/// The button that draws the next page of cards.
pub fn more(shown: usize, of: usize) -> String {
    let mut m = Markup::default();
    m.tag("<button type=\"button\" class=\"more\" data-act=\"more\">Show more (").num(shown).tag(" of ").num(of).tag(" shown)</button>");
    m.finish()
}

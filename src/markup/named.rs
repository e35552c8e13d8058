//! A person, organisation or place: name, other spellings, a person's role and figures.
use factlens_engine::model::Mention;

use super::Markup;
use crate::format::{plural, with_unit};
use crate::state::catalog::{CardKind, Catalog};

/// Writes the card's title, closes its heading, and the rest of what it shows; returns the quotes
/// that name it.
pub fn write<'a>(m: &mut Markup, catalog: &'a Catalog, kind: CardKind, index: usize) -> Vec<&'a Mention> {
    let n = catalog.named(kind, index);
    m.el("", n.name, "</h2>");
    if let Some(role) = n.role {
        m.el("<p class=\"role\">", role, "</p>");
    }
    if !n.aliases.is_empty() {
        m.el("<p>Also spelled: ", &n.aliases.join(", "), "</p>");
    }
    let figures: &[usize] = if kind == CardKind::Person { &catalog.index.figures_of[index] } else { &[] };
    if !figures.is_empty() {
        m.tag("<ul class=\"person-figures\">");
        for f in figures.iter().map(|&i| &catalog.facts.figures[i]) {
            m.el("<li>", &f.label, " <strong>").text(&with_unit(f));
            m.el("</strong><span class=\"muted\"> · ", &plural(f.outlets, "outlet", "outlets"), "</span></li>");
        }
        m.tag("</ul>");
    }
    m.el("<p>Named by ", &plural(n.outlets, "outlet", "outlets"), "</p>");
    n.mentions.iter().collect()
}

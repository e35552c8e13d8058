//! One card's inside, for any kind: what it is, its heading, what its kind shows, and the foot every
//! card shares (its sources for print, the button that unfolds its quotes, the quotes).
use factlens_engine::model::Mention;

use super::{figure, named, Markup};
use crate::format::plural;
use crate::state::catalog::{name_list, CardKind, Catalog};

/// Quotes an opened card shows before "Show all": a place named in every article of a large corpus
/// has a thousand, which took 50 ms to draw.
pub const QUOTES: usize = 20;

/// Card `at` (an index into `catalog.cards`); `open`: its quotes show, `all`: every one of them
/// rather than the first `QUOTES`. Its buttons carry `data-act` (components/delegate.rs).
pub fn article(catalog: &Catalog, at: usize, open: bool, all: bool) -> String {
    let card = &catalog.cards[at];
    let mut m = Markup::default();
    m.el("<article class=\"card\" data-kind=\"", card.kind.as_str(), "\" id=\"card-").text(card.id.as_str());
    m.el("\" aria-labelledby=\"h-", card.id.as_str(), "\"");
    if open {
        m.tag(" data-open=\"\"");
    }
    if card.contested {
        m.tag(" data-contested=\"\"");
    }
    m.el("><p class=\"kind\">", card.kind.label(), "</p><h2 id=\"h-").text(card.id.as_str()).tag("\">");
    // each kind writes its title, closes the heading and adds what it shows
    let mentions = match card.kind {
        CardKind::Figure => figure::write(&mut m, catalog, at),
        kind => named::write(&mut m, catalog, kind, card.index),
    };
    // every outlet for a person is a long list on a large corpus: five, then how many more
    m.el("<p class=\"print-only\">Sources: ", &name_list(&catalog.outlets_of(at), 5), "</p>");
    // the list exists only while open, and the button names it only then: a closed card carries
    // no empty element
    m.el("<button type=\"button\" class=\"toggle\" data-act=\"toggle\" data-card=\"", card.id.as_str(), "\" aria-expanded=\"");
    m.tag(if open { "true" } else { "false" });
    if open {
        m.tag("\" aria-controls=\"q-").text(card.id.as_str()).tag("\">Hide quotes</button><div id=\"q-").text(card.id.as_str()).tag("\">");
        quotes(&mut m, catalog, if all { &mentions } else { &mentions[..mentions.len().min(QUOTES)] });
        if !all && mentions.len() > QUOTES {
            m.el("<button type=\"button\" class=\"link\" data-act=\"all\" data-card=\"", card.id.as_str(), "\">");
            m.tag("Show all ").num(mentions.len()).tag(" quotes</button>");
        }
        m.tag("</div>");
    } else {
        m.el("\">Show ", &plural(mentions.len(), "quote", "quotes"), "</button>");
    }
    m.tag("</article>");
    m.finish()
}

/// Each quote with its words marked, its outlet, and a way into the article.
fn quotes(m: &mut Markup, catalog: &Catalog, mentions: &[&Mention]) {
    m.tag("<ol class=\"quotes\">");
    for q in mentions {
        // the marked words inside the quote, by offsets relative to the sentence
        let (a, b) = (q.mark_start.saturating_sub(q.start), q.mark_end.saturating_sub(q.start));
        let (before, mark, after) = match (q.quote.get(..a), q.quote.get(a..b), q.quote.get(b..)) {
            (Some(x), Some(y), Some(z)) if a <= b => (x, y, z),
            _ => (q.quote.as_str(), "", ""),
        };
        m.el("<li><blockquote>", before, "<mark>").text(mark).el("</mark>", after, "</blockquote>");
        m.el("<p class=\"quote-source\"><span class=\"outlet\">", catalog.outlet_of(&q.doc).unwrap_or_default(), "</span>");
        m.el("<button type=\"button\" class=\"link\" data-act=\"source\" data-doc=\"", q.doc.as_str(), "\" data-start=\"");
        m.num(q.start).tag("\">Open in article</button></p></li>");
    }
    m.tag("</ol>");
}

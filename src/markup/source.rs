//! The article a quote comes from, the quoted sentence marked (the dialog scrolls it into view).
use super::Markup;
use crate::state::view::Model;

/// The dialog's close button, then the article (none when no source is open or the view names a
/// document the facts lack).
pub fn source(model: &Model) -> String {
    let mut m = Markup::default();
    m.tag("<button type=\"button\" class=\"close\" data-act=\"close\">Close</button>");
    let catalog = &model.catalog;
    let Some((s, d)) = model.view.source.as_ref().and_then(|s| catalog.doc(&s.doc).map(|d| (s, d))) else { return m.finish() };
    // the sentence that starts at the quoted offset, as the engine cut it
    let end = catalog.facts.mentions().find(|m| m.doc == d.id && m.start == s.start).map_or(s.start, |m| m.end);
    let (before, quote, after) =
        (d.text.get(..s.start).unwrap_or(""), d.text.get(s.start..end).unwrap_or(""), d.text.get(end..).unwrap_or(""));
    m.el("<header><p class=\"kind\">", catalog.outlet_of(&d.id).unwrap_or_default(), "");
    if let Some(date) = &d.date {
        m.el(" · ", date, "");
    }
    m.el("</p><h2 id=\"fl-source-title\">", &d.title, "</h2>");
    // only a web address: never `javascript:` or `data:` from an article's metadata
    if let Some(url) = d.url.as_ref().filter(|u| u.starts_with("https://")) {
        m.el("<p><a href=\"", url, "\" target=\"_blank\" rel=\"noopener noreferrer\">Read at the outlet</a></p>");
    }
    m.el("</header><div class=\"article-text\">", before, "<mark tabindex=\"-1\">").text(quote).el("</mark>", after, "</div>");
    m.finish()
}

//! The filters with their counts (kind, contested, outlet), the sort order, and "Clear".
use super::Markup;
use crate::state::query::Sort;
use crate::state::view::Model;

pub fn facets(model: &Model) -> String {
    let q = &model.view.query;
    let f = &model.results.facets;
    let mut m = Markup::default();
    m.tag("<div class=\"facets\"><fieldset><legend>Show</legend><ul>");
    for &k in &model.catalog.kinds {
        check(&mut m, &["fl-kind-", k.as_str()].concat(), k.plural(), f.kinds[k as usize], q.kinds.contains(&k), "kind", k.as_str());
    }
    check(&mut m, "fl-contested", "Contested only", f.contested, q.contested, "contested", "");
    m.tag("</ul></fieldset><fieldset><legend>Outlets</legend><ul>");
    for (i, name) in model.catalog.outlets.iter().enumerate() {
        let mut id = String::from("fl-outlet-");
        crate::format::integer(&mut id, i as u64);
        check(&mut m, &id, name, f.outlets[i], q.outlets.contains(name), "outlet", name);
    }
    m.tag("</ul></fieldset><div class=\"sort\"><label for=\"fl-sort\">Sort by</label><select id=\"fl-sort\" data-act=\"sort\">");
    for s in Sort::ALL {
        m.el("<option value=\"", s.as_str(), if s == q.sort { "\" selected>" } else { "\">" }).el("", s.label(), "</option>");
    }
    m.tag("</select></div>");
    if !q.kinds.is_empty() || !q.outlets.is_empty() || q.contested || !q.text.is_empty() {
        m.tag("<button type=\"button\" class=\"link\" data-act=\"clear\">Clear search and filters</button>");
    }
    m.tag("</div>");
    m.finish()
}

/// A checkbox and its label; a change sends `act` with `value` (components/delegate.rs).
fn check(m: &mut Markup, id: &str, label: &str, count: usize, checked: bool, act: &str, value: &str) {
    m.el("<li><input type=\"checkbox\" id=\"", id, "\" data-act=\"").text(act).el("\" data-value=\"", value, "\"");
    m.tag(if checked { " checked>" } else { ">" });
    m.el("<label for=\"", id, "\">").text(label).tag("<span class=\"count\"> (").num(count).tag(")</span></label></li>");
}

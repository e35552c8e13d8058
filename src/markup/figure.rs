//! A figure: its value in digits, what it counts, whom it concerns, who reports it (a meter of the
//! outlets), and checks; a disputed quantity shows every value side by side on a number line.
use factlens_engine::model::{ConflictKind, Mention};

use super::Markup;
use crate::format::{number, with_unit};
use crate::state::catalog::{name_list, shortlist, Catalog};
use crate::state::numberline::{self, paths, ROW, WIDTH};

/// Writes card `at`'s title, closes its heading, and the rest of what it shows; returns the quotes
/// of every value it shows.
pub fn write<'a>(m: &mut Markup, catalog: &'a Catalog, at: usize) -> Vec<&'a Mention> {
    let facts = &catalog.facts;
    let card = &catalog.cards[at];
    let f = &facts.figures[card.index];
    let values = if card.values.is_empty() { std::slice::from_ref(&card.index) } else { &card.values[..] };
    if card.values.is_empty() {
        m.el("<span class=\"value\">", &with_unit(f), "</span> ");
    }
    m.el("", &f.label, "</h2>");
    if let Some(p) = f.subject.as_deref().and_then(|id| catalog.person(id)) {
        m.el("<p>Concerns <a href=\"#open=", &p.id, "\" data-act=\"open\" data-card=\"").text(&p.id).el("\">", &p.name, "</a></p>");
    }
    if !card.values.is_empty() {
        dispute(m, catalog, values);
    }
    let (n, of) = (card.sources.len().to_string(), catalog.outlets.len().to_string());
    m.el("<p class=\"reported\"><meter aria-hidden=\"true\" max=\"", &of, "\" value=\"").text(&n);
    m.tag("\"></meter>Reported by ").text(&n).el(" of ", &of, " outlets</p>");
    // a disputed quantity shows its dispute once; what an article gives beside a value is listed apart
    let mut conflicts: Vec<usize> = Vec::new();
    let mut checks: Vec<usize> = Vec::new();
    for &v in values {
        let own =
            catalog.index.conflicts_of[v].iter().filter(|&&c| card.values.is_empty() || facts.conflicts[c].kind == ConflictKind::Mixed);
        for &c in own {
            if !conflicts.contains(&c) {
                conflicts.push(c);
            }
        }
        for &c in &catalog.index.checks_of[v] {
            if !checks.contains(&c) {
                checks.push(c);
            }
        }
    }
    for &c in &conflicts {
        let badge = match facts.conflicts[c].kind {
            ConflictKind::Contradiction => "Outlets disagree",
            ConflictKind::Imprecise => "Outlets differ in precision",
            ConflictKind::Mixed => "Other values reported (they may count something else)",
        };
        m.el("<div class=\"conflict\"><p class=\"badge\">", badge, "</p>");
        conflict_values(m, catalog, c, card.index);
        m.tag("</div>");
    }
    for c in checks.iter().map(|&c| &facts.checks[c]) {
        let parts: Vec<String> =
            c.parts.iter().filter_map(|id| catalog.figure(id)).map(|x| format!("{} ({})", number(x.value), x.label)).collect();
        let total = catalog.figure(&c.total).map_or(String::new(), |x| number(x.value));
        let verdict = if c.holds { "✓ matches the" } else { "✗ does not match the" };
        m.tag("<p class=\"check\" data-holds=\"").tag(if c.holds { "true" } else { "false" });
        m.el("\">", &format!("{} = {} {verdict} total {total}", parts.join(" + "), number(c.sum)), "</p>");
    }
    values.iter().flat_map(|&v| &facts.figures[v].mentions).collect()
}

/// The values of conflict `c`, this card's (`f`) first, a few at most, each with its outlets.
fn conflict_values(m: &mut Markup, catalog: &Catalog, c: usize, f: usize) {
    let members = &catalog.index.conflict_figures[c];
    let (shown, hidden) = shortlist(&catalog.index.conflict_ranked[c], members.iter().position(|&x| x == f), 6);
    m.tag("<ul>");
    for x in shown.iter().map(|&at| members[at]) {
        m.tag(if x == f { "<li aria-current=\"true\"><strong>" } else { "<li><strong>" });
        m.el("", &with_unit(&catalog.facts.figures[x]), "</strong> — ").el("", &outlets(catalog, x), "</li>");
    }
    if hidden > 0 {
        m.el("<li class=\"muted\">", &format!("and {hidden} other values"), "</li>");
    }
    m.tag("</ul>");
}

/// The outlets that give a figure, three named at most: a value of a large corpus can have dozens.
fn outlets(catalog: &Catalog, figure: usize) -> String {
    name_list(&catalog.figure_outlets(figure), 3)
}

/// A disputed quantity's values side by side (a few, most reported; in order of size), each with
/// its outlets, and the same on a number line; the line's caption says in words what it shows.
fn dispute(m: &mut Markup, catalog: &Catalog, values: &[usize]) {
    let facts = &catalog.facts;
    let mut shown: Vec<usize> = values.iter().take(6).copied().collect();
    let hidden = values.len() - shown.len();
    let lead = shown[0];
    crate::state::order::sort_by(&mut shown, &|a, b| facts.figures[a].value.total_cmp(&facts.figures[b].value));
    let lead_at = shown.iter().position(|&x| x == lead).unwrap_or(0);
    // the most reported value first: whether each range fits is judged against it
    let mut placed: Vec<(f64, _)> = shown.iter().map(|&x| (facts.figures[x].value, facts.figures[x].qualifier)).collect();
    placed.swap(0, lead_at);
    let mut line = numberline::place(&placed);
    line.spans.swap(0, lead_at);
    let disagree =
        values.iter().flat_map(|&v| &catalog.index.conflicts_of[v]).any(|&c| facts.conflicts[c].kind == ConflictKind::Contradiction);
    m.el("<div class=\"dispute\"><p class=\"badge\">", if disagree { "Outlets disagree" } else { "Outlets differ in precision" }, "</p>");
    m.tag("<ul class=\"values\">");
    for &x in &shown {
        m.el("<li><strong>", &with_unit(&facts.figures[x]), "</strong><span>").el("", &outlets(catalog, x), "</span></li>");
    }
    m.tag("</ul>");
    if hidden > 0 {
        m.el("<p class=\"muted\">", &format!("and {hidden} other values"), "</p>");
    }
    let misfits: Vec<String> = shown.iter().zip(&line.spans).filter(|(_, s)| !s.fits).map(|(&x, _)| with_unit(&facts.figures[x])).collect();
    // judged against the most reported value only: two others may still exclude each other
    let caption = format!(
        "On the line, {} be true together with {}, the most reported.",
        if misfits.is_empty() { "every value can".to_string() } else { format!("{} cannot", misfits.join(" and ")) },
        with_unit(&facts.figures[lead])
    );
    let axis = shown.len() as i32 * ROW + 2;
    // literal classes, one path for each kind of shape: each element drawn is markup to write
    let [fit_ranges, fit_marks, off_ranges, off_marks] = paths(&line);
    m.tag(&format!("<figure class=\"numberline\"><svg viewBox=\"0 0 {WIDTH} {}\" aria-hidden=\"true\" focusable=\"false\">", axis + 16));
    for (class, d) in [
        ("range", fit_ranges),
        ("mark", fit_marks),
        ("range off", off_ranges),
        ("mark off", off_marks),
        ("axis", format!("M0 {axis}H{WIDTH}")),
    ] {
        m.tag("<path class=\"").tag(class).el("\" d=\"", &d, "\"></path>");
    }
    for (i, &(v, x)) in [line.low, line.high].iter().enumerate() {
        if i == 0 || x != line.low.1 {
            m.tag(&format!("<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">", axis + 13)).el("", &number(v), "</text>");
        }
    }
    m.el("</svg><figcaption>", &caption, "</figcaption></figure></div>");
}

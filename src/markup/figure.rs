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
    if let Some(p) = f.subject.as_ref().and_then(|id| catalog.person(id)) {
        m.el("<p>Concerns <a href=\"#open=", p.id.as_str(), "\" data-act=\"open\" data-card=\"")
            .text(p.id.as_str())
            .el("\">", &p.name, "</a></p>");
    }
    if !card.values.is_empty() {
        dispute(m, catalog, values);
    }
    let (n, of) = (card.sources.len(), catalog.outlets.len());
    m.tag("<p class=\"reported\"><meter aria-hidden=\"true\" max=\"").num(of).tag("\" value=\"").num(n);
    m.tag("\"></meter>Reported by ").num(n).tag(" of ").num(of).tag(" outlets</p>");
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
    // "7 (to Poland) + 11 (to France) = 18 ✗ does not match the total 22"
    for c in checks.iter().map(|&c| &facts.checks[c]) {
        m.tag("<p class=\"check\" data-holds=\"").tag(if c.holds { "true\">" } else { "false\">" });
        for (i, x) in c.parts.iter().filter_map(|id| catalog.figure(id)).enumerate() {
            m.tag(if i > 0 { " + " } else { "" }).el("", &number(x.value), " (").el("", &x.label, ")");
        }
        m.el(" = ", &number(c.sum), if c.holds { " ✓ matches the total " } else { " ✗ does not match the total " });
        m.el("", &catalog.figure(&c.total).map_or(String::new(), |x| number(x.value)), "</p>");
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
        m.tag("<li class=\"muted\">and ").num(hidden).tag(" other values</li>");
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
        m.tag("<p class=\"muted\">and ").num(hidden).tag(" other values</p>");
    }
    let misfits: Vec<String> = shown.iter().zip(&line.spans).filter(|(_, s)| !s.fits).map(|(&x, _)| with_unit(&facts.figures[x])).collect();
    // coordinates are whole units inside the drawing, never negative
    let axis = (shown.len() as i32 * ROW + 2) as usize;
    // literal classes, one path for each kind of shape: each element drawn is markup to write
    let [fit_ranges, fit_marks, off_ranges, off_marks] = paths(&line);
    m.tag("<figure class=\"numberline\"><svg viewBox=\"0 0 ").num(WIDTH as usize).tag(" ").num(axis + 16);
    m.tag("\" aria-hidden=\"true\" focusable=\"false\">");
    let mut axis_path = String::from("M0 ");
    crate::format::integer(&mut axis_path, axis as u64);
    axis_path.push('H');
    crate::format::integer(&mut axis_path, WIDTH as u64);
    for (class, d) in [("range", fit_ranges), ("mark", fit_marks), ("range off", off_ranges), ("mark off", off_marks), ("axis", axis_path)]
    {
        m.tag("<path class=\"").tag(class).el("\" d=\"", &d, "\"></path>");
    }
    for (i, &(v, x)) in [line.low, line.high].iter().enumerate() {
        if i == 0 || x != line.low.1 {
            m.tag("<text x=\"").num(x.max(0) as usize).tag("\" y=\"").num(axis + 13).el(
                "\" text-anchor=\"middle\">",
                &number(v),
                "</text>",
            );
        }
    }
    // in words what the line shows, judged against the most reported value only: two others may
    // still exclude each other
    m.tag("</svg><figcaption>On the line, ");
    if misfits.is_empty() {
        m.tag("every value can");
    } else {
        m.el("", &misfits.join(" and "), " cannot");
    }
    m.el(" be true together with ", &with_unit(&facts.figures[lead]), ", the most reported.</figcaption></figure></div>");
}

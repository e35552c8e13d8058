//! What each curation entry did to the facts. An entry that changes nothing is a mistake the editor
//! cannot see (a surname where the full name was needed, a role given to a place, "hide" of a word
//! that is no one), so the build fails with the entry's line and why, as for any bad input.
use crate::corpus::Source;
use crate::curation::Curation;
use crate::error::InputError;
use crate::fold::fold;
use crate::people::{People, PersonDraft};

/// Why entries changed nothing, gathered while the facts are built.
pub struct Usage<'c> {
    curation: &'c Curation,
    idle: Vec<(usize, String)>,
    hide_used: Vec<bool>,
    role_used: Vec<bool>,
    hide_figure_used: Vec<bool>,
    label_used: Vec<bool>,
}

fn full_name_is(draft: &PersonDraft, name: &str) -> bool {
    let name = fold(name.trim());
    draft.full_names.iter().any(|f| fold(&f.join(" ")) == name)
}

/// Why `name` picks out no person, with the full name to write when it is a surname alone.
fn not_a_person(name: &str, drafts: &[PersonDraft]) -> String {
    let folded = fold(name.trim());
    if !folded.contains(' ') {
        let full = drafts.iter().flat_map(|d| &d.full_names).find(|n| n.len() > 1 && n.last().is_some_and(|l| fold(l) == folded));
        if let Some(full) = full {
            return format!("\"{name}\" is a surname alone; name the person in full as an article does, e.g. \"{}\"", full.join(" "));
        }
    }
    format!("no person card is named \"{name}\" (the engine does not read it as a person's full name); write a person's full name as an article spells it, or remove the entry")
}

impl<'c> Usage<'c> {
    pub fn new(curation: &'c Curation) -> Self {
        Usage {
            curation,
            idle: Vec::new(),
            hide_used: vec![false; curation.hide_people.len()],
            role_used: vec![false; curation.roles.len()],
            hide_figure_used: vec![false; curation.hide_figures.len()],
            label_used: vec![false; curation.labels.len()],
        }
    }

    fn idle(&mut self, line: usize, why: String) {
        self.idle.push((line, why));
    }

    /// A split must keep apart two names the engine would otherwise merge: `unsplit` is what the
    /// engine finds without any split (and with the declared people).
    pub fn check_splits(&mut self, unsplit: &People) {
        let curation = self.curation;
        for entry in &curation.split {
            let (a, b) = &entry.value;
            let owner = |n: &str| unsplit.drafts.iter().position(|d| full_name_is(d, n));
            let why = match (owner(a), owner(b)) {
                (Some(x), Some(y)) if x == y => continue,
                // the editor's "no" to "same person?": the question is not asked again
                (Some(_), Some(_)) if crate::suggest::close(a, b).is_some() => continue,
                (Some(_), Some(_)) => format!("\"{a}\" and \"{b}\" are two people already, and not asked about; remove the entry"),
                (None, _) => not_a_person(a, &unsplit.drafts),
                (_, None) => not_a_person(b, &unsplit.drafts),
            };
            self.idle(entry.line, why);
        }
    }

    /// Joins the people each merge names; a merged name that is no person's, or a merge of one
    /// person, is idle.
    pub fn apply_merges(&mut self, found: &mut People) {
        let curation = self.curation;
        for entry in &curation.merge {
            let owners: Vec<Option<usize>> = entry.value.iter().map(|n| found.drafts.iter().position(|d| full_name_is(d, n))).collect();
            for (name, owner) in entry.value.iter().zip(&owners) {
                if owner.is_none() {
                    self.idle(entry.line, not_a_person(name, &found.drafts));
                }
            }
            let mut distinct: Vec<usize> = owners.iter().flatten().copied().collect();
            distinct.sort_unstable();
            distinct.dedup();
            if owners.iter().all(Option::is_some) && distinct.len() < 2 {
                self.idle(entry.line, format!("{} are one person already; remove the entry", quoted(&entry.value)));
            }
            let Some(keep) = owners.iter().flatten().next().copied() else { continue };
            for other in distinct.into_iter().filter(|&o| o != keep) {
                let moved = std::mem::take(&mut found.drafts[other]);
                found.drafts[keep].full_names.extend(moved.full_names);
                found.drafts[keep].short_names.extend(moved.short_names);
                found.drafts[keep].roles.extend(moved.roles);
                for h in &mut found.hits {
                    if h.person == other {
                        h.person = keep;
                    }
                }
            }
        }
    }

    /// The names the curation declares people's (`[[person]]`) that the engine, as `found` without
    /// them, kept out for want of a cue; a declared name that is a person already, or that the
    /// engine kept out nowhere, is idle.
    pub fn declared_people(&mut self, found: &People) -> Vec<String> {
        let curation = self.curation;
        let mut declared: Vec<(usize, &String)> = Vec::new();
        for entry in &curation.people {
            let name = &entry.value;
            if let Some((line, _)) = declared.iter().find(|(_, d)| fold(d) == fold(name)) {
                self.idle(entry.line, format!("declares \"{name}\" as line {line} does; keep one"));
            } else if found.drafts.iter().any(|d| full_name_is(d, name)) {
                self.idle(entry.line, format!("\"{name}\" is a person already; remove the entry"));
            } else if found.kept_out(name) {
                declared.push((entry.line, name));
            } else {
                self.idle(entry.line, format!("\"{name}\" is no name the engine left out as uncertain (outside headlines, two to four capitalised words, no organisation's or place's); write a name as an article spells it, or remove the entry"));
            }
        }
        declared.into_iter().map(|(_, name)| name.clone()).collect()
    }

    /// What the curation says of the person called `names` (shown as `shown`): the hide and role
    /// entries that name them are used here, and a role for a hidden person or a second hide or role
    /// is idle.
    pub fn person(&mut self, names: &[String], shown: &str) -> PersonCuration {
        let is_them = |n: &str| names.iter().any(|x| fold(x) == fold(n.trim()));
        let hides: Vec<usize> = (0..self.curation.hide_people.len()).filter(|&i| is_them(&self.curation.hide_people[i].value)).collect();
        let roles: Vec<usize> = (0..self.curation.roles.len()).filter(|&i| is_them(&self.curation.roles[i].value.0)).collect();
        hides.iter().for_each(|&i| self.hide_used[i] = true);
        roles.iter().for_each(|&i| self.role_used[i] = true);
        let curation = self.curation;
        if let Some(&first) = hides.first() {
            let line = curation.hide_people[first].line;
            for &i in &hides[1..] {
                self.idle(curation.hide_people[i].line, format!("hides {shown}, as line {line} does; keep one"));
            }
            for &i in &roles {
                self.idle(curation.roles[i].line, format!("gives a role to {shown}, whom line {line} hides; remove one of the two"));
            }
            return PersonCuration { hidden: true, role: None };
        }
        let Some(&first) = roles.first() else { return PersonCuration::default() };
        let (line, role) = (curation.roles[first].line, &curation.roles[first].value.1);
        for &i in &roles[1..] {
            self.idle(curation.roles[i].line, format!("gives {shown} a second role; line {line} gives \"{role}\": keep one"));
        }
        PersonCuration { hidden: false, role: Some((first, role.clone())) }
    }

    /// A role entry whose role is the one the card would show anyway.
    pub fn role_unchanged(&mut self, entry: usize, shown: &str) {
        let (line, role) = (self.curation.roles[entry].line, &self.curation.roles[entry].value.1);
        self.idle(line, format!("\"{role}\" is the role {shown}'s card shows already; remove the entry"));
    }

    /// Whether a hide entry names the figure written at `mark_start` of article `doc`; a second
    /// hide, or a label, for that figure is idle.
    pub fn figure_hidden(&mut self, quotes: &Quotes, doc: usize, mark_start: usize) -> bool {
        let hides = covering(&quotes.hides, doc, mark_start);
        let Some(&first) = hides.first() else { return false };
        let curation = self.curation;
        let line = curation.hide_figures[first].line;
        hides.iter().for_each(|&i| self.hide_figure_used[i] = true);
        for &i in &hides[1..] {
            self.idle(curation.hide_figures[i].line, format!("hides the same figure as line {line}; keep one"));
        }
        for i in covering(&quotes.labels, doc, mark_start) {
            self.label_used[i] = true;
            self.idle(curation.labels[i].line, format!("labels a figure that line {line} hides; remove one of the two"));
        }
        true
    }

    /// The label entry, if any, for the figure written at `mark_start` of article `doc`; a second
    /// one for that figure is idle.
    pub fn figure_label(&mut self, quotes: &Quotes, doc: usize, mark_start: usize) -> Option<usize> {
        let labels = covering(&quotes.labels, doc, mark_start);
        let &first = labels.first()?;
        let curation = self.curation;
        labels.iter().for_each(|&i| self.label_used[i] = true);
        for &i in &labels[1..] {
            self.idle(curation.labels[i].line, format!("labels the same figure as line {}; keep one", curation.labels[first].line));
        }
        Some(first)
    }

    pub fn label_text(&self, entry: usize) -> &str {
        &self.curation.labels[entry].value.2
    }

    /// The labels the members of one figure card got (entry indexes, in member order) against the
    /// label the engine gives it: a second label, or the engine's own, changes nothing.
    pub fn group_labels(&mut self, entries: &[usize], engine_label: &str) {
        let Some(&first) = entries.first() else { return };
        let labels = &self.curation.labels;
        if fold(&labels[first].value.2) == fold(engine_label) {
            self.idle(labels[first].line, format!("\"{engine_label}\" is the label the figure has already; remove the entry"));
        }
        for &i in entries.iter().filter(|&&i| i != first) {
            self.idle(labels[i].line, format!("labels the same figure card as line {}; keep one", labels[first].line));
        }
    }

    /// An error for every entry that changed nothing, in line order.
    pub fn into_errors(mut self, found: &People) -> Vec<InputError> {
        let curation = self.curation;
        let drafts = &found.drafts;
        let unused = |used: &[bool]| used.iter().enumerate().filter(|(_, used)| !**used).map(|(i, _)| i).collect::<Vec<_>>();
        // a hide of a name the engine kept out for want of a cue is the editor's "no" to "is this a
        // person?": it keeps the name out, and the question is not asked again
        for i in unused(&self.hide_used).into_iter().filter(|&i| !found.kept_out(&curation.hide_people[i].value)) {
            self.idle(curation.hide_people[i].line, not_a_person(&curation.hide_people[i].value, drafts));
        }
        for i in unused(&self.role_used) {
            self.idle(curation.roles[i].line, not_a_person(&curation.roles[i].value.0, drafts));
        }
        let no_figure = |file: &str, text: &str| {
            format!("\"{text}\" occurs in {file}, but the engine reads no figure there; quote the number of a figure card as written")
        };
        for i in unused(&self.hide_figure_used) {
            let (file, text) = &curation.hide_figures[i].value;
            self.idle(curation.hide_figures[i].line, no_figure(file, text));
        }
        for i in unused(&self.label_used) {
            let (file, text, _) = &curation.labels[i].value;
            self.idle(curation.labels[i].line, no_figure(file, text));
        }
        self.idle.sort();
        self.idle.dedup();
        self.idle.into_iter().map(|(line, why)| InputError::at(&curation.path, line, why)).collect()
    }
}

fn quoted(names: &[String]) -> String {
    names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(" and ")
}

/// What the curation says of one person.
#[derive(Debug, Default)]
pub struct PersonCuration {
    pub hidden: bool,
    /// (role entry, role)
    pub role: Option<(usize, String)>,
}

/// Where one figure entry's words occur in its article.
struct Quote {
    doc: Option<usize>,
    starts: Vec<usize>,
    len: usize,
}

impl Quote {
    fn covers(&self, doc: usize, at: usize) -> bool {
        // occurrences do not overlap: only the last one starting at or before `at` can hold it
        self.doc == Some(doc) && self.starts.partition_point(|&s| s <= at).checked_sub(1).is_some_and(|i| at < self.starts[i] + self.len)
    }
}

/// The entries among `quotes` whose words cover byte `at` of article `doc`.
fn covering(quotes: &[Quote], doc: usize, at: usize) -> Vec<usize> {
    (0..quotes.len()).filter(|&i| quotes[i].covers(doc, at)).collect()
}

/// Every figure entry's occurrences, found once: looking them up for each figure found took
/// minutes on a 1 MB article with 20 entries.
pub struct Quotes {
    hides: Vec<Quote>,
    labels: Vec<Quote>,
}

impl Quotes {
    pub fn new(curation: &Curation, sources: &[Source]) -> Self {
        let quote = |file: &str, text: &str| {
            let doc = sources.iter().position(|s| s.file == file);
            let starts = doc.map(|d| sources[d].text.match_indices(text).map(|(at, _)| at).collect()).unwrap_or_default();
            Quote { doc, starts, len: text.len() }
        };
        Quotes {
            hides: curation.hide_figures.iter().map(|e| quote(&e.value.0, &e.value.1)).collect(),
            labels: curation.labels.iter().map(|e| quote(&e.value.0, &e.value.1)).collect(),
        }
    }
}

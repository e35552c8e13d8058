//! Joins what the extractors found across articles: one person or figure per fact, with every
//! mention, the outlets that agree, the values that conflict and the sums that should hold.
mod entities;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::corpus::Source;
use crate::curation::Curation;
use crate::curation_use::{Quotes, Usage};
use crate::document::{self, Sentence};
use crate::error::InputError;
use crate::figures::{self, plain_noun, FigureDraft, FigureKind};
use crate::fold::fold;
use crate::lexicon::lexicon;
use crate::model::{Check, Conflict, ConflictKind, Document, Facts, Figure, Mention, Person, Qualifier};
use crate::people::{self, Hit, PersonDraft};

/// A readable, URL-safe id: "jane-doe".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn unique(id: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    candidate
}

fn mention(sentences: &[Sentence], docs: &[Document], sentence: usize, mark: (usize, usize)) -> Mention {
    let s = &sentences[sentence];
    let doc = &docs[s.doc];
    Mention {
        doc: doc.id.clone(),
        quote: doc.text[s.start..s.end].to_string(),
        start: s.start,
        end: s.end,
        mark_start: mark.0,
        mark_end: mark.1,
    }
}

/// Outlets agree by name; an article with no known outlet counts as one of its own.
fn outlet_key(m: &Mention, docs: &[Document]) -> String {
    match docs.binary_search_by(|d| d.id.as_str().cmp(&m.doc)) {
        Ok(i) => docs[i].outlet.as_deref().map_or_else(|| format!("doc:{}", m.doc), fold),
        Err(_) => format!("doc:{}", m.doc),
    }
}

fn outlet_count(mentions: &[Mention], docs: &[Document]) -> usize {
    mentions.iter().map(|m| outlet_key(m, docs)).collect::<HashSet<String>>().len()
}

/// How the differing values of one quantity relate. Trust first: a contradiction needs two outlets
/// whose values cannot both be true while neither outlet gives both; where one article itself gives
/// two such values, the key did not tell their quantities apart, so they are only shown side by side.
fn conflict_kind(members: &[&Figure], docs: &[Document]) -> ConflictKind {
    let ranges: Vec<(f64, f64)> = members.iter().map(|f| f.qualifier.range(f.value)).collect();
    // "71%" is "71.3%" rounded: a whole number agrees with a decimal that rounds to it
    let rounded = |a: usize, b: usize| members[a].value.fract() == 0.0 && members[b].value.round() == members[a].value;
    let disjoint = |a: usize, b: usize| (ranges[a].1 < ranges[b].0 || ranges[b].1 < ranges[a].0) && !rounded(a, b) && !rounded(b, a);
    let member_docs: Vec<HashSet<&str>> = members.iter().map(|f| f.mentions.iter().map(|m| m.doc.as_str()).collect()).collect();
    let member_outlets: Vec<HashSet<String>> = members.iter().map(|f| f.mentions.iter().map(|m| outlet_key(m, docs)).collect()).collect();
    let mut contradiction = false;
    let mut any_disjoint = false;
    for a in 0..members.len() {
        for b in a + 1..members.len() {
            if !disjoint(a, b) {
                continue;
            }
            any_disjoint = true;
            // one article gives both, or they differ by more than three times: two quantities
            let (lo, hi) = (members[a].value.min(members[b].value), members[a].value.max(members[b].value));
            if !member_docs[a].is_disjoint(&member_docs[b]) || (lo > 0.0 && hi / lo > 3.0) {
                return ConflictKind::Mixed;
            }
            // some outlet reports one value and not the other, and another outlet the other way round
            let only_a = member_outlets[a].difference(&member_outlets[b]).count();
            let only_b = member_outlets[b].difference(&member_outlets[a]).count();
            contradiction |= only_a > 0 && only_b > 0;
        }
    }
    match (any_disjoint, contradiction) {
        (false, _) => ConflictKind::Imprecise,
        (true, true) => ConflictKind::Contradiction,
        (true, false) => ConflictKind::Mixed,
    }
}

/// Runs every extractor over `sources` and joins the results.
pub fn extract(sources: &[Source], curation: &Curation) -> Facts {
    extract_checked(sources, curation).0
}

/// Runs every extractor over `sources` and joins the results, with an error for every curation entry
/// that changed nothing.
pub fn extract_checked(sources: &[Source], curation: &Curation) -> (Facts, Vec<InputError>) {
    let stem = |s: &Source| document::id(&s.file);
    // documents sorted by id, so a mention finds its document by binary search
    let mut sources = sources.to_vec();
    sources.sort_by_key(|s| stem(s));
    let sources = &sources[..];
    let docs: Vec<Document> = sources
        .iter()
        .map(|s| Document {
            id: stem(s),
            file: s.file.clone(),
            title: document::title(s),
            outlet: document::outlet(s),
            date: s.date.clone(),
            url: s.url.clone(),
            text: s.text.clone(),
        })
        .collect();
    let sentences = document::sentences(sources);
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let mut usage = Usage::new(curation);
    let splits: Vec<(String, String)> = curation.split.iter().map(|e| e.value.clone()).collect();
    let mut found = people::find(&sentences, &texts, &splits);
    if !splits.is_empty() {
        // what the engine would merge without the splits: each split must undo one of those merges
        usage.check_splits(&people::find(&sentences, &texts, &[]));
    }
    usage.apply_merges(&mut found);
    let drafts = figures::find(&sentences, &texts, &found.hits);
    let (people, person_ids) = build_people(&found.drafts, &found.hits, &sentences, &docs, &mut usage);
    let outlets: HashSet<String> = docs.iter().filter_map(|d| d.outlet.as_deref()).map(fold).collect();
    let names: Vec<Vec<String>> = found.drafts.iter().flat_map(|d| d.full_names.iter().cloned()).collect();
    let named = people::entities::find(&sentences, &found.hits, &names, &outlets);
    let (organisations, places) = entities::build(&named, &sentences, &docs, &people);
    // an editor's entry names a figure by the words that write it in one file
    let quotes = Quotes::new(curation, sources);
    let drafts: Vec<FigureDraft> =
        drafts.into_iter().filter(|f| !usage.figure_hidden(&quotes, sentences[f.sentence].doc, f.mark_start)).collect();
    let labels: Vec<Option<usize>> = drafts.iter().map(|f| usage.figure_label(&quotes, sentences[f.sentence].doc, f.mark_start)).collect();
    let (figures, groups) = build_figures(&drafts, &labels, &sentences, &docs, &person_ids, &people, &mut usage);
    let conflicts = build_conflicts(&figures, &groups, &docs);
    let checks = build_checks(&drafts, &figures, &sentences, &docs);
    let idle = usage.into_errors(&found.drafts);
    (Facts { documents: docs, people, organisations, places, figures, conflicts, checks, ..Facts::default() }, idle)
}

/// The most frequent item by number of distinct documents; ties go to the first seen.
fn most_reported<'a>(items: impl Iterator<Item = (&'a str, usize)>) -> Vec<String> {
    let mut order: Vec<String> = Vec::new();
    let mut docs: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut spelling: HashMap<String, String> = HashMap::new();
    for (text, doc) in items {
        let key = fold(text);
        if !docs.contains_key(&key) {
            order.push(key.clone());
            spelling.insert(key.clone(), text.to_string());
        }
        docs.entry(key).or_default().insert(doc);
    }
    let mut ranked: Vec<(usize, usize, String)> = order.iter().enumerate().map(|(i, k)| (docs[k].len(), i, k.clone())).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().map(|(_, _, k)| spelling[&k].clone()).collect()
}

fn build_people(
    drafts: &[PersonDraft],
    hits: &[Hit],
    sentences: &[Sentence],
    docs: &[Document],
    usage: &mut Usage,
) -> (Vec<Person>, Vec<Option<String>>) {
    let mut taken = HashSet::new();
    let mut people = Vec::new();
    let mut ids = vec![None; drafts.len()];
    let mut by_person: Vec<Vec<&Hit>> = vec![Vec::new(); drafts.len()];
    for h in hits {
        by_person[h.person].push(h);
    }
    for (p, draft) in drafts.iter().enumerate() {
        let own = &by_person[p];
        if draft.full_names.is_empty() || own.is_empty() {
            continue;
        }
        let spelled = |h: &Hit| {
            let s = &sentences[h.sentence];
            (s.tokens[h.first..h.last].iter().map(|t| t.bare()).collect::<Vec<_>>().join(" "), s.doc)
        };
        let full: Vec<(String, usize)> = own.iter().filter(|h| h.last - h.first > 1).map(|h| spelled(h)).collect();
        let names = most_reported(full.iter().map(|(n, d)| (n.as_str(), *d)));
        let name = names.first().cloned().unwrap_or_else(|| draft.full_names[0].join(" "));
        let every_name: Vec<String> = draft.full_names.iter().map(|n| n.join(" ")).collect();
        let curated = usage.person(&every_name, &name);
        if curated.hidden {
            continue;
        }
        let mut aliases: Vec<String> = Vec::new();
        let surname = name.rsplit(' ').next().unwrap_or("").to_string();
        for alias in every_name.iter().chain(draft.short_names.iter()) {
            if fold(alias) != fold(&name) && fold(alias) != fold(&surname) && !aliases.iter().any(|a| fold(a) == fold(alias)) {
                aliases.push(alias.clone());
            }
        }
        let mut mentions: Vec<Mention> = Vec::new();
        for h in own {
            let s = &sentences[h.sentence];
            let m = mention(
                sentences,
                docs,
                h.sentence,
                (s.tokens[h.first].start, s.tokens[h.last - 1].start + s.tokens[h.last - 1].bare().len()),
            );
            if !mentions.iter().any(|x| x.doc == m.doc && x.start == m.start) {
                mentions.push(m);
            }
        }
        let roles = most_reported(draft.roles.iter().map(|(r, d)| (r.as_str(), *d)));
        if let Some((entry, role)) = &curated.role {
            if roles.first().is_some_and(|r| fold(r) == fold(role)) {
                usage.role_unchanged(*entry, &name);
            }
        }
        let chosen = curated.role.map(|(_, role)| role);
        let id = unique(slug(&name), &mut taken);
        ids[p] = Some(id.clone());
        people.push(Person {
            id,
            name,
            aliases,
            role: chosen.or_else(|| roles.first().cloned()),
            roles,
            outlets: outlet_count(&mentions, docs),
            mentions,
        });
    }
    people.sort_by(|a, b| b.outlets.cmp(&a.outlets).then(b.mentions.len().cmp(&a.mentions.len())).then(a.name.cmp(&b.name)));
    (people, ids)
}

/// What makes two figures reports of one quantity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct GroupKey {
    kind: u8,
    subject: Option<String>,
    what: String,
    event: String,
    scope: String,
    unit: String,
}

fn group_key(f: &FigureDraft, person_ids: &[Option<String>]) -> GroupKey {
    let subject = f.subject.and_then(|p| person_ids.get(p).cloned().flatten());
    let lex = lexicon();
    let (kind, what) = match f.kind {
        // casualties: "42 people killed", "42 dead" and "a death toll of 42" count one thing
        FigureKind::Count if casualty(f).is_some() => (0, casualty(f).unwrap_or_default().to_string()),
        FigureKind::Count if f.partitive && f.event.is_empty() => (0, format!("of the {}", f.noun)),
        FigureKind::Count => {
            // "the two leading candidates" are a part of "the four candidates"
            let part: Vec<&str> = f.noun.split(' ').filter(|w| lex.restrictive.contains(*w)).collect();
            (0, if part.is_empty() { lex.noun_group(&f.head) } else { format!("{} {}", part.join(" "), lex.noun_group(&f.head)) })
        }
        FigureKind::Age => (1, String::new()),
        FigureKind::Sentence => (2, String::new()),
        FigureKind::Duration => (3, f.noun.clone()),
    };
    let event = if casualty(f).is_some() { String::new() } else { f.event.clone() };
    GroupKey { kind, subject, what, event, scope: f.scope.clone(), unit: f.unit.clone() }
}

/// "dead" or "injured" for counts of people killed or hurt, however the sentence puts it.
fn casualty(f: &FigureDraft) -> Option<&'static str> {
    let lex = lexicon();
    let group = lex.noun_group(&f.head);
    let people = f.unit == "people";
    if f.partitive {
        return None;
    }
    match (group.as_str(), f.event.as_str()) {
        ("dead", _) => Some("dead"),
        ("injured", _) => Some("injured"),
        (_, "killed") if people => Some("dead"),
        (_, "injured") if people => Some("injured"),
        _ => None,
    }
}

fn label(members: &[&FigureDraft]) -> String {
    let f = members[0];
    match f.kind {
        FigureKind::Age => "age".into(),
        FigureKind::Sentence if !f.scope.is_empty() => format!("prison sentence ({})", f.scope),
        FigureKind::Sentence => "prison sentence".into(),
        FigureKind::Duration if !f.scope.is_empty() => format!("{} ({})", label_duration(f), f.scope),
        FigureKind::Duration => label_duration(f),
        FigureKind::Count if f.partitive && f.event.is_empty() => format!("of the {}", f.noun),
        FigureKind::Count if casualty(f).is_some() => {
            let what = casualty(f).unwrap_or_default();
            if f.scope.is_empty() {
                format!("people {}", if what == "dead" { "killed" } else { what })
            } else {
                format!("people {what} ({})", f.scope)
            }
        }
        FigureKind::Count => {
            let nouns = most_reported(members.iter().map(|m| (m.noun.as_str(), m.sentence)));
            let noun = plain_noun(nouns.first().map_or("", String::as_str));
            let mut label = noun;
            if !f.event.is_empty() {
                label = format!("{label} {}", f.event);
            }
            if !f.scope.is_empty() {
                label = format!("{label} ({})", f.scope);
            }
            label
        }
    }
}

fn label_duration(f: &FigureDraft) -> String {
    let first = f.noun.split(' ').next().unwrap_or("");
    if f.noun.is_empty() {
        f.unit.clone()
    } else if ["in", "of", "behind", "on"].contains(&first) {
        format!("{} {}", f.unit, f.noun)
    } else {
        f.noun.clone()
    }
}

/// Whether a key says less than another of the same kind could: people counted with no event
/// ("the 73 people", "44 workers"), a prison sentence with no person, a bare number of years.
fn vague(key: &GroupKey) -> bool {
    let money_or_measure = || lexicon().units.values().any(|u| *u == key.unit);
    match key.kind {
        0 if key.what == key.unit && key.event.is_empty() && key.subject.is_none() && money_or_measure() => true,
        0 => key.unit == "people" && key.event.is_empty() && !matches!(key.what.as_str(), "dead" | "injured"),
        2 => key.subject.is_none(),
        3 => key.what.is_empty() && key.subject.is_none(),
        _ => false,
    }
}

/// One quantity is one card: a vague report ("44 workers", a headline's "jailed for 18 years") joins
/// the one specific quantity of the story with the same value ("44 miners trapped", "Ahmet Çelik:
/// prison sentence"), and stays apart when there is none or more than one.
fn attach_vague_reports(grouped: &mut BTreeMap<GroupKey, Vec<usize>>, drafts: &[FigureDraft]) {
    let keys: Vec<GroupKey> = grouped.keys().cloned().collect();
    // the specific keys that hold a value, so each vague report looks at a handful, not all
    let mut holding: HashMap<(u64, Qualifier), Vec<usize>> = HashMap::new();
    for (k, key) in keys.iter().enumerate().filter(|(_, k)| !vague(k)) {
        for &j in &grouped[key] {
            let slot = holding.entry((drafts[j].value.to_bits(), drafts[j].qualifier)).or_default();
            if slot.last() != Some(&k) {
                slot.push(k);
            }
        }
    }
    for key in keys.iter().filter(|k| vague(k)) {
        let members = grouped.get(key).cloned().unwrap_or_default();
        let mut stay = Vec::new();
        for i in members {
            let f = &drafts[i];
            let compatible = |k: &GroupKey| {
                k != key
                    && k.scope == key.scope
                    && (k.kind == key.kind || (key.kind == 3 && k.kind == 2))
                    && (k.unit == key.unit || (k.kind == 2 && key.unit == "years"))
                    && (key.subject.is_none() || k.subject == key.subject)
            };
            let candidates = holding.get(&(f.value.to_bits(), f.qualifier)).map_or(&[][..], Vec::as_slice);
            let targets: Vec<&GroupKey> = candidates.iter().map(|&k| &keys[k]).filter(|k| compatible(k)).collect();
            match targets.as_slice() {
                [target] => {
                    let target = (*target).clone();
                    grouped.entry(target).or_default().push(i);
                }
                _ => stay.push(i),
            }
        }
        if stay.is_empty() {
            grouped.remove(key);
        } else {
            grouped.insert(key.clone(), stay);
        }
    }
}

/// "38 miners alive" and "Thirty-eight men are alive": in one story, people counted with the same
/// exact value (ten or more), the same scope and no two different events are one quantity, whatever
/// noun each outlet used. Only the reports with that value move, to the group most reports share.
fn join_same_head_counts(grouped: &mut BTreeMap<GroupKey, Vec<usize>>, drafts: &[FigureDraft]) {
    let mut by_value: BTreeMap<(String, Option<String>, u64, u8), Vec<GroupKey>> = BTreeMap::new();
    for (key, members) in grouped.iter() {
        if key.kind != 0 || key.unit != "people" || matches!(key.what.as_str(), "dead" | "injured") {
            continue;
        }
        for &i in members {
            let f = &drafts[i];
            // small numbers collide by chance unless an event says what happened to them ("five men lifted")
            if (f.value >= 10.0 || !key.event.is_empty()) && f.qualifier == Qualifier::Exact && !f.partitive {
                let slot = by_value.entry((key.scope.clone(), key.subject.clone(), f.value.to_bits(), 0)).or_default();
                if !slot.contains(key) {
                    slot.push(key.clone());
                }
            }
        }
    }
    for ((_, _, bits, _), keys) in by_value {
        let events: BTreeSet<&str> = keys.iter().map(|k| k.event.as_str()).filter(|e| !e.is_empty()).collect();
        if keys.len() < 2 || events.len() > 1 || (f64::from_bits(bits) < 10.0 && keys.iter().any(|k| k.event.is_empty())) {
            continue;
        }
        let value = f64::from_bits(bits);
        let reports = |k: &GroupKey| grouped.get(k).map_or(0, |m| m.iter().filter(|&&i| drafts[i].value == value).count());
        let Some(target) = keys.iter().max_by_key(|k| (reports(k), !k.event.is_empty())).cloned() else { continue };
        for key in keys.iter().filter(|k| **k != target) {
            let Some(members) = grouped.get_mut(key) else { continue };
            let (moving, staying): (Vec<usize>, Vec<usize>) =
                members.iter().partition(|&&i| drafts[i].value == value && drafts[i].qualifier == Qualifier::Exact);
            *members = staying;
            if members.is_empty() {
                grouped.remove(key);
            }
            grouped.entry(target.clone()).or_default().extend(moving);
        }
    }
}

/// Each quantity's label, whether its values can contradict each other at all, and its figures.
type Groups = Vec<(String, bool, Vec<usize>)>;

/// A bare unit ("20 days" or "€150m" with nothing said of what), a conversion, or a count still going
/// on ("with 58% of protocols counted") names no single quantity: its values are shown side by side, never as a dispute.
fn comparable(key: &GroupKey) -> bool {
    let money_or_measure = lexicon().units.values().any(|u| *u == key.unit);
    let bare_amount = money_or_measure && key.kind == 0 && key.what == key.unit && key.event.is_empty() && key.subject.is_none();
    !(key.scope == "partial count"
        || key.scope == "converted"
        // a range's low end, and the goals of two sides, are no values of one quantity
        || key.scope == "range"
        || key.scope.ends_with(" score")
        || bare_amount
        || (key.kind == 3 && key.what.is_empty() && key.subject.is_none()))
}

/// `labels[i]` is the curation's label entry for draft `i`, if any.
fn build_figures(
    drafts: &[FigureDraft],
    labels: &[Option<usize>],
    sentences: &[Sentence],
    docs: &[Document],
    person_ids: &[Option<String>],
    people: &[Person],
    usage: &mut Usage,
) -> (Vec<Figure>, Groups) {
    let mut grouped: BTreeMap<GroupKey, Vec<usize>> = BTreeMap::new();
    for (i, f) in drafts.iter().enumerate() {
        let key = group_key(f, person_ids);
        if f.subject.is_some() && key.subject.is_none() {
            continue; // its person was hidden by curation
        }
        grouped.entry(key).or_default().push(i);
    }
    attach_vague_reports(&mut grouped, drafts);
    join_same_head_counts(&mut grouped, drafts);
    let mut taken = HashSet::new();
    let mut figures = Vec::new();
    let mut groups = Vec::new();
    for (key, members) in grouped {
        let all: Vec<&FigureDraft> = members.iter().map(|&i| &drafts[i]).collect();
        let mut entries: Vec<usize> = Vec::new();
        for entry in members.iter().filter_map(|&i| labels[i]) {
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
        let engine_label = label(&all);
        usage.group_labels(&entries, &engine_label);
        let label = entries.first().map_or(engine_label, |&e| usage.label_text(e).to_string());
        let subject_name = key.subject.as_ref().and_then(|id| people.iter().find(|p| &p.id == id)).map(|p| p.name.clone());
        let about = match &subject_name {
            Some(name) => format!("{name}: {label}"),
            None => label.clone(),
        };
        let mut values: Vec<(f64, Qualifier)> = Vec::new();
        for f in &all {
            if !values.iter().any(|&(v, q)| v == f.value && q == f.qualifier) {
                values.push((f.value, f.qualifier));
            }
        }
        let mut ids = Vec::new();
        for (value, qualifier) in values {
            let same: Vec<&&FigureDraft> = all.iter().filter(|f| f.value == value && f.qualifier == qualifier).collect();
            let mut mentions: Vec<Mention> = Vec::new();
            for f in &same {
                let m = mention(sentences, docs, f.sentence, (f.mark_start, f.mark_end));
                if !mentions.iter().any(|x| x.doc == m.doc && x.start == m.start && x.mark_start == m.mark_start) {
                    mentions.push(m);
                }
            }
            let base = format!("{} {} {}", subject_name.as_deref().unwrap_or(""), label, qualifier.words());
            let id = unique(slug(&format!("{base} {value}")), &mut taken);
            ids.push(figures.len());
            figures.push(Figure {
                id,
                value,
                display: same[0].display.clone(),
                unit: same[0].unit.clone(),
                qualifier,
                label: label.clone(),
                subject: key.subject.clone(),
                outlets: outlet_count(&mentions, docs),
                mentions,
            });
        }
        groups.push((about, comparable(&key), ids));
    }
    // most reported first; groups keep pointing at their figures through the new positions
    let mut order: Vec<usize> = (0..figures.len()).collect();
    order.sort_by(|&a, &b| {
        figures[b].outlets.cmp(&figures[a].outlets).then(figures[b].mentions.len().cmp(&figures[a].mentions.len())).then(a.cmp(&b))
    });
    let mut position = vec![0; figures.len()];
    for (rank, &old) in order.iter().enumerate() {
        position[old] = rank;
    }
    let groups: Groups = groups.into_iter().map(|(about, c, ids)| (about, c, ids.iter().map(|&i| position[i]).collect())).collect();
    let mut sorted: Vec<Figure> = order.iter().map(|&i| figures[i].clone()).collect();
    sorted.iter_mut().for_each(|f| f.mentions.sort_by(|a, b| (a.doc.as_str(), a.start).cmp(&(b.doc.as_str(), b.start))));
    (sorted, groups)
}

fn build_conflicts(figures: &[Figure], groups: &Groups, docs: &[Document]) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    let mut taken = HashSet::new();
    for (about, comparable, ids) in groups {
        if ids.len() < 2 {
            continue;
        }
        let members: Vec<&Figure> = ids.iter().map(|&i| &figures[i]).collect();
        let all_mentions: Vec<Mention> = members.iter().flat_map(|f| f.mentions.iter().cloned()).collect();
        if outlet_count(&all_mentions, docs) < 2 {
            continue;
        }
        conflicts.push(Conflict {
            id: unique(slug(about), &mut taken),
            about: about.clone(),
            kind: if *comparable { conflict_kind(&members, docs) } else { ConflictKind::Mixed },
            figures: members.iter().map(|f| f.id.clone()).collect(),
        });
    }
    conflicts.sort_by_key(|c| c.kind as u8);
    conflicts
}

/// Adds the check that `parts` sum to `total`, unless it is already there or has fewer than two parts.
fn add_check<'f>(
    checks: &mut Vec<Check>,
    parts: &[&FigureDraft],
    total: &FigureDraft,
    figure_of: &dyn Fn(&FigureDraft) -> Option<&'f Figure>,
    about: impl Fn(&Figure) -> String,
) {
    let (Some(total_fig), Some(part_figs)) = (figure_of(total), parts.iter().map(|p| figure_of(p)).collect::<Option<Vec<_>>>()) else {
        return;
    };
    let sum: f64 = part_figs.iter().map(|f| f.value).sum();
    let mut part_ids: Vec<String> = part_figs.iter().map(|f| f.id.clone()).collect();
    part_ids.sort();
    part_ids.dedup();
    if part_ids.len() < 2 || checks.iter().any(|c| c.parts == part_ids && c.total == total_fig.id) {
        return;
    }
    checks.push(Check {
        id: format!("check-{}", checks.len() + 1),
        about: about(total_fig),
        parts: part_ids,
        total: total_fig.id.clone(),
        sum,
        holds: (sum - total_fig.value).abs() < 1e-9,
    });
}

/// Within one article, counts sent to different places should add up to the total released.
fn build_checks(drafts: &[FigureDraft], figures: &[Figure], sentences: &[Sentence], docs: &[Document]) -> Vec<Check> {
    let lex = lexicon();
    let mut by_mark: HashMap<(&str, usize), usize> = HashMap::new();
    for (i, x) in figures.iter().enumerate() {
        for m in &x.mentions {
            by_mark.insert((m.doc.as_str(), m.mark_start), i);
        }
    }
    let figure_of = |f: &FigureDraft| {
        let doc = docs[sentences[f.sentence].doc].id.as_str();
        by_mark.get(&(doc, f.mark_start)).map(|&i| &figures[i]).filter(|x| x.value == f.value)
    };
    let mut checks: Vec<Check> = Vec::new();
    let mut by_doc: BTreeMap<(usize, String), Vec<&FigureDraft>> = BTreeMap::new();
    for f in drafts.iter().filter(|f| f.kind == FigureKind::Count && f.scope.is_empty()) {
        by_doc.entry((sentences[f.sentence].doc, lex.noun_group(&f.head))).or_default().push(f);
    }
    for ((_, noun), members) in by_doc {
        let mut parts: Vec<&FigureDraft> = Vec::new();
        for f in members.iter().filter(|f| f.event.starts_with("sent to ") && f.qualifier == Qualifier::Exact) {
            if !parts.iter().any(|p| p.event == f.event) {
                parts.push(f);
            }
        }
        // the total: the exact count of the same things nearest before the parts ("50 released ...
        // 20 sent to A, 30 sent to B"; "41 ships waiting ... 30 sent to A, 11 to B")
        let first_part = parts.iter().map(|p| p.sentence).min().unwrap_or(0);
        let total = members
            .iter()
            .filter(|f| f.qualifier == Qualifier::Exact && !f.event.starts_with("sent to ") && f.sentence <= first_part)
            .max_by_key(|f| (f.event == "released", f.sentence));
        let (Some(total), true) = (total, parts.len() >= 2) else { continue };
        let places: Vec<&str> = parts.iter().map(|p| p.event.trim_start_matches("sent to ")).collect();
        let about = |total: &Figure| format!("{noun} sent to {} against the total: {}", places.join(" and "), total.label);
        add_check(&mut checks, &parts, total, &figure_of, about);
    }
    // parts of one group in one sentence ("Of the injured, 250 ... while 162 ...") against its total
    let mut by_sentence: BTreeMap<(usize, String), Vec<&FigureDraft>> = BTreeMap::new();
    for f in drafts.iter().filter(|f| f.partitive && f.qualifier == Qualifier::Exact && !f.event.starts_with("sent to ")) {
        by_sentence.entry((f.sentence, lex.noun_group(&f.head))).or_default().push(f);
    }
    for ((sentence, noun), parts) in by_sentence {
        let doc = sentences[sentence].doc;
        let total = drafts
            .iter()
            .filter(|f| !f.partitive && f.qualifier == Qualifier::Exact && sentences[f.sentence].doc == doc && f.sentence <= sentence)
            .filter(|f| casualty(f).map(str::to_string).unwrap_or_else(|| lex.noun_group(&f.head)) == noun)
            .max_by_key(|f| f.sentence);
        let (Some(total), true) = (total, parts.len() >= 2) else { continue };
        add_check(&mut checks, &parts, total, &figure_of, |total: &Figure| {
            format!("parts of the {noun} against the total: {}", total.label)
        });
    }
    stated_breakdowns(drafts, sentences, &mut |parts, total| {
        add_check(&mut checks, parts, total, &figure_of, |total: &Figure| format!("parts against the total: {}", total.label));
    });
    checks
}

/// A total and a breakdown an article states ("2,300 jobs ..., including 1,200 in Germany, 800 in
/// Spain and 300 in Poland"; "38 were brought out alive and six dead ... all 44"): two to four exact
/// counts of the same unit in one sentence that add up to an exact count at most three sentences
/// away. Only sums that hold are found this way (a near miss is no evidence that the parts were meant
/// as a breakdown).
fn stated_breakdowns<'d>(drafts: &'d [FigureDraft], sentences: &[Sentence], found: &mut dyn FnMut(&[&'d FigureDraft], &'d FigureDraft)) {
    // by sentence, so each total looks at its own and the neighbouring sentences only
    let mut by_sentence: BTreeMap<usize, Vec<&FigureDraft>> = BTreeMap::new();
    for f in drafts.iter().filter(|f| f.kind == FigureKind::Count && f.qualifier == Qualifier::Exact && !f.unit.is_empty()) {
        by_sentence.entry(f.sentence).or_default().push(f);
    }
    for total in by_sentence.values().flatten().filter(|t| t.value >= 10.0) {
        let doc = sentences[total.sentence].doc;
        let near = |f: &&&FigureDraft| {
            sentences[f.sentence].doc == doc && f.unit == total.unit && f.value < total.value && f.mark_start != total.mark_start
        };
        let pool: Vec<&FigureDraft> = by_sentence
            .range(total.sentence.saturating_sub(3)..=total.sentence + 3)
            .flat_map(|(_, fs)| fs.iter().filter(near))
            .copied()
            .collect();
        let mut best: Option<Vec<&FigureDraft>> = None;
        for sentence in pool.iter().map(|f| f.sentence).collect::<BTreeSet<_>>() {
            let here: Vec<&FigureDraft> = pool.iter().filter(|f| f.sentence == sentence).copied().take(12).collect();
            let n = here.len();
            for mask in 1u32..(1 << n) {
                let size = mask.count_ones();
                if !(2..=4).contains(&size) || best.as_ref().is_some_and(|b| b.len() <= size as usize) {
                    continue;
                }
                let parts: Vec<&FigureDraft> = (0..n).filter(|i| mask & (1 << i) != 0).map(|i| here[i]).collect();
                if (parts.iter().map(|p| p.value).sum::<f64>() - total.value).abs() < 1e-9 {
                    best = Some(parts);
                }
            }
        }
        if let Some(parts) = best {
            found(&parts, total);
        }
    }
}

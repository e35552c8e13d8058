//! Figures joined into quantities: what makes two reports one quantity (the group key), vague
//! reports joining the one specific quantity they match, labels, and the figures each group shows.
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::{mention, most_reported, outlet_count, slug, unique};
use crate::curation_use::Usage;
use crate::document::Sentence;
use crate::figures::{plain_noun, FigureDraft, FigureKind};
use crate::lexicon::lexicon;
use crate::model::{Document, Figure, FigureId, Mention, Person, PersonId, Qualifier};

/// What makes two figures reports of one quantity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct GroupKey {
    kind: u8,
    subject: Option<PersonId>,
    what: String,
    event: String,
    scope: String,
    unit: String,
}

fn group_key(f: &FigureDraft, person_ids: &[Option<PersonId>]) -> GroupKey {
    let subject = f.subject.and_then(|p| person_ids.get(p).cloned().flatten());
    let lex = lexicon();
    let (kind, what) = match f.kind {
        // casualties: "42 people killed", "42 dead" and "a death toll of 42" count one thing
        FigureKind::Count if casualty(f).is_some() => (0, casualty(f).unwrap_or_default().to_string()),
        FigureKind::Count if f.partitive && f.event.is_empty() => (0, format!("of the {}", f.noun)),
        FigureKind::Count => {
            // "the two leading candidates" are a part of "the four candidates"
            let part: Vec<&str> = f.noun.split(' ').filter(|w| lex.restrictive.contains(*w)).collect();
            match nationality(f) {
                Some(people) if part.is_empty() => (0, people),
                _ if part.is_empty() => (0, lex.noun_group(&f.head)),
                _ => (0, format!("{} {}", part.join(" "), lex.noun_group(&f.head))),
            }
        }
        FigureKind::Age => (1, String::new()),
        FigureKind::Sentence => (2, String::new()),
        FigureKind::Duration => (3, f.noun.clone()),
    };
    let event = if casualty(f).is_some() { String::new() } else { f.event.clone() };
    GroupKey { kind, subject, what, event, scope: f.scope.clone(), unit: f.unit.clone() }
}

/// "ukrainian people" for "103 Ukrainians" and "101 Ukrainian prisoners": people of one nationality
/// counted whole (`lexicon/whole_nouns.txt`), so the two sides of an exchange are two quantities
/// and two outlets' counts of one side are one. "84 Ukrainian soldiers" are a part: none.
fn nationality(f: &FigureDraft) -> Option<String> {
    let lex = lexicon();
    if f.unit != "people" || f.partitive {
        return None;
    }
    let words: Vec<&str> = f.noun.split(' ').collect();
    let demonym = match words.as_slice() {
        [one] => lex.demonym(&one.to_lowercase()).map(str::to_string),
        [.., adjective, head] if lex.whole_nouns.contains(*head) => lex.demonym(&adjective.to_lowercase()).map(str::to_string),
        _ => None,
    }?;
    Some(format!("{demonym} people"))
}

/// "dead" or "injured" for counts of people killed or hurt, however the sentence puts it.
pub(super) fn casualty(f: &FigureDraft) -> Option<&'static str> {
    let lex = lexicon();
    let group = lex.noun_group(&f.head);
    let people = f.unit == "people";
    // "15 of the dead" is a part of them, but "71 of them died" counts the dead
    if f.partitive && !matches!(f.event.as_str(), "killed" | "injured") {
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
        0 if key.unit == "people" => key.event.is_empty() && !matches!(key.what.as_str(), "dead" | "injured"),
        // "38,412 fans" beside "38,412 fans watched": a thing counted with nothing said of it
        0 => key.event.is_empty() && key.subject.is_none() && key.scope.is_empty() && !money_or_measure(),
        2 => key.subject.is_none(),
        3 => key.what.is_empty() && key.subject.is_none(),
        _ => false,
    }
}

/// One quantity is one card: a vague report ("44 workers", a headline's "jailed for 18 years") joins
/// the one specific quantity of the story with the same value ("44 miners trapped", "Ahmet Çelik:
/// prison sentence"), and stays apart when there is none or more than one.
/// `loose`, for a last pass once the other joins are done: a report saying nothing of its time
/// frame may join one that says it, and an exact report one that gives the same value less precisely.
fn attach_vague_reports(grouped: &mut BTreeMap<GroupKey, Vec<usize>>, drafts: &[FigureDraft], loose: bool) {
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
            // a report saying nothing of its time frame may join one that says it ("612 cases" and
            // "612 measles cases this year"), never one of a separate stage, estimate or plan
            let compatible = |k: &GroupKey| {
                k != key
                    && (k.scope == key.scope
                        || (loose && key.scope.is_empty() && !separating_scope(&k.scope) && !comparable_apart(&k.scope)))
                    && (k.kind == key.kind || (key.kind == 3 && k.kind == 2))
                    && (k.unit == key.unit || (k.kind == 2 && key.unit == "years"))
                    && (key.subject.is_none() || k.subject == key.subject)
            };
            // the same value, said as exactly or less precisely ("2.300 observers" and "about 2,300
            // observers monitored the vote")
            let qualifiers: &[Qualifier] = if !loose {
                &[f.qualifier]
            } else if f.qualifier == Qualifier::Exact {
                &[Qualifier::Exact, Qualifier::About, Qualifier::AtLeast, Qualifier::UpTo, Qualifier::Nearly]
            } else {
                &[f.qualifier, Qualifier::Exact]
            };
            let mut targets: Vec<&GroupKey> = Vec::new();
            for q in qualifiers {
                let candidates = holding.get(&(f.value.to_bits(), *q)).map_or(&[][..], Vec::as_slice);
                for k in candidates.iter().map(|&k| &keys[k]).filter(|k| compatible(k)) {
                    if !targets.contains(&k) {
                        targets.push(k);
                    }
                }
            }
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
    let mut by_value: BTreeMap<(String, Option<PersonId>, u64, u8), Vec<GroupKey>> = BTreeMap::new();
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
        // a group that holds other values of its quantity is where the value meets them ("103
        // Ukrainians came home" beside another outlet's "101 Ukrainian prisoners returned")
        let others = |k: &GroupKey| grouped.get(k).is_some_and(|m| m.iter().any(|&i| drafts[i].value != value));
        let Some(target) = keys.iter().max_by_key(|k| (others(k), reports(k), !k.event.is_empty())).cloned() else { continue };
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

/// Scopes of an estimate or a plan: a report that says nothing of who estimated or planned it is no
/// report of theirs.
fn comparable_apart(scope: &str) -> bool {
    matches!(scope, "possible" | "sought" | "converted") || scope.ends_with(" estimate")
}

/// Scopes that make a different quantity of the same number: a count still going on, a range's low
/// end, a score, a sentence sought rather than given. (A conversion is not one: "($9.4 billion)" is the
/// same amount as another outlet's "$9.4 billion".)
fn separating_scope(scope: &str) -> bool {
    matches!(scope, "partial count" | "range" | "sought" | "each") || scope.ends_with(" score")
}

/// "could cut up to 2,300 jobs" and "2,300 jobs in all", or "34,163 votes" and "Kovalenko's 34,163
/// votes": a report kept apart only by a scope or by naming no subject joins the one quantity that is
/// the same in all else and holds the same value, since the same number of the same thing is one card.
fn join_repeats(grouped: &mut BTreeMap<GroupKey, Vec<usize>>, drafts: &[FigureDraft]) {
    // the values each key holds, once (a member that moves carries a value its target already holds)
    let held: HashMap<GroupKey, HashSet<(u64, Qualifier)>> =
        grouped.iter().map(|(k, m)| (k.clone(), m.iter().map(|&j| (drafts[j].value.to_bits(), drafts[j].qualifier)).collect())).collect();
    let holds = |k: &GroupKey, f: &FigureDraft| held.get(k).is_some_and(|h| h.contains(&(f.value.to_bits(), f.qualifier)));
    let keys: Vec<GroupKey> = grouped.keys().cloned().collect();
    // the keys that name a subject, by what else they are and each value they hold, so a report
    // finds its twins at once instead of scanning every key alike (linear in the corpus)
    type Alike<'k> = (u8, &'k str, &'k str, &'k str, &'k str, u64, Qualifier);
    let mut with_subject: HashMap<Alike, Vec<&GroupKey>> = HashMap::new();
    for k in keys.iter().filter(|k| k.subject.is_some()) {
        for &(bits, q) in &held[k] {
            with_subject
                .entry((k.kind, k.what.as_str(), k.event.as_str(), k.unit.as_str(), k.scope.as_str(), bits, q))
                .or_default()
                .push(k);
        }
    }
    for key in &keys {
        // the one key with no scope and all else the same, and, for a key naming no subject, every
        // key alike that names one
        let unscoped = GroupKey { scope: String::new(), ..key.clone() };
        let by_scope = !key.scope.is_empty() && !separating_scope(&key.scope);
        let Some(members) = grouped.get(key).cloned() else { continue };
        let mut stay = Vec::new();
        for i in members {
            let f = &drafts[i];
            let mut targets: Vec<&GroupKey> = Vec::new();
            if by_scope && grouped.contains_key(&unscoped) && holds(&unscoped, f) {
                targets.push(&unscoped);
            }
            if key.subject.is_none() {
                let alike = (
                    key.kind,
                    key.what.as_str(),
                    key.event.as_str(),
                    key.unit.as_str(),
                    key.scope.as_str(),
                    f.value.to_bits(),
                    f.qualifier,
                );
                let found = with_subject.get(&alike).map_or(&[][..], Vec::as_slice);
                targets.extend(found.iter().copied().filter(|k| *k != key && grouped.contains_key(*k)).take(2));
            }
            match targets.as_slice() {
                [target] => grouped.entry((*target).clone()).or_default().push(i),
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

/// "the restructuring will cost around €600 million" and "a total of €600 million": in one story, an
/// amount of money or a measure of a thousand or more with the same unit and value is one quantity,
/// whatever each outlet said of it (such a number does not recur by chance). The reports with that value
/// move to the group most of them share, preferring one that says what the amount is.
fn join_same_amounts(grouped: &mut BTreeMap<GroupKey, Vec<usize>>, drafts: &[FigureDraft]) {
    let lex = lexicon();
    let mut by_value: BTreeMap<(String, Option<PersonId>, u64), Vec<GroupKey>> = BTreeMap::new();
    // how often each key reports each value, counted once rather than per value
    let mut counts: HashMap<(GroupKey, u64), usize> = HashMap::new();
    for (key, members) in grouped.iter() {
        if key.kind != 0 || separating_scope(&key.scope) || !lex.units.values().any(|u| *u == key.unit) {
            continue;
        }
        for &i in members.iter().filter(|&&i| drafts[i].value >= 1000.0 && !drafts[i].partitive) {
            *counts.entry((key.clone(), drafts[i].value.to_bits())).or_default() += 1;
            let slot = by_value.entry((key.unit.clone(), key.subject.clone(), drafts[i].value.to_bits())).or_default();
            if !slot.contains(key) {
                slot.push(key.clone());
            }
        }
    }
    for ((_, _, bits), keys) in by_value.into_iter().filter(|(_, keys)| keys.len() > 1) {
        let value = f64::from_bits(bits);
        let reports = |k: &GroupKey| counts.get(&(k.clone(), bits)).copied().unwrap_or(0);
        let Some(target) = keys.iter().max_by_key(|k| (reports(k), k.what != k.unit, k.scope.is_empty())).cloned() else { continue };
        for key in keys.iter().filter(|k| **k != target) {
            let Some(members) = grouped.get_mut(key) else { continue };
            let (moving, staying): (Vec<usize>, Vec<usize>) = members.iter().partition(|&&i| drafts[i].value == value);
            *members = staying;
            if members.is_empty() {
                grouped.remove(key);
            }
            grouped.entry(target.clone()).or_default().extend(moving);
        }
    }
}

/// Each quantity's label, whether its values can contradict each other at all, and its figures.
pub(super) type Groups = Vec<(String, bool, Vec<usize>)>;

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
pub(super) fn build_figures(
    drafts: &[FigureDraft],
    labels: &[Option<usize>],
    sentences: &[Sentence],
    docs: &[Document],
    person_ids: &[Option<PersonId>],
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
    attach_vague_reports(&mut grouped, drafts, false);
    join_same_head_counts(&mut grouped, drafts);
    join_repeats(&mut grouped, drafts);
    join_same_amounts(&mut grouped, drafts);
    attach_vague_reports(&mut grouped, drafts, true);
    let name_of: HashMap<&str, &str> = people.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
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
        let subject_name = key.subject.as_ref().and_then(|id| name_of.get(id.as_str())).map(|name| name.to_string());
        let about = match &subject_name {
            Some(name) => format!("{name}: {label}"),
            None => label.clone(),
        };
        // "at least 23 injured" and "23 injured": a qualified report that allows the exact value another
        // report of the quantity gives is that value said less precisely, so both show on one card
        let exact: HashSet<u64> = all.iter().filter(|f| f.qualifier == Qualifier::Exact).map(|f| f.value.to_bits()).collect();
        let shown = |f: &FigureDraft| {
            let (lo, hi) = f.qualifier.range(f.value);
            if exact.contains(&f.value.to_bits()) && lo <= f.value && f.value <= hi {
                Qualifier::Exact
            } else {
                f.qualifier
            }
        };
        // each value once, in the order reported, with its reports (looked up, not scanned: a
        // quantity of a large corpus has thousands of reports)
        let mut values: Vec<(f64, Qualifier)> = Vec::new();
        let mut reports: HashMap<(u64, Qualifier), Vec<&FigureDraft>> = HashMap::new();
        for f in &all {
            let slot = reports.entry((f.value.to_bits(), shown(f))).or_default();
            if slot.is_empty() {
                values.push((f.value, shown(f)));
            }
            slot.push(f);
        }
        let mut ids = Vec::new();
        for (value, qualifier) in values {
            let mut same = reports.remove(&(value.to_bits(), qualifier)).unwrap_or_default();
            // the card shows the number as an exact report wrote it
            same.sort_by_key(|f| f.qualifier != qualifier);
            let mut mentions: Vec<Mention> = Vec::new();
            let mut seen: HashSet<(usize, usize, usize)> = HashSet::new();
            for f in &same {
                if seen.insert((sentences[f.sentence].doc, sentences[f.sentence].start, f.mark_start)) {
                    mentions.push(mention(sentences, docs, f.sentence, (f.mark_start, f.mark_end)));
                }
            }
            let base = format!("{} {} {}", subject_name.as_deref().unwrap_or(""), label, qualifier.words());
            let id = unique(slug(&format!("{base} {value}")), &mut taken);
            ids.push(figures.len());
            figures.push(Figure {
                id: FigureId::new(id),
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

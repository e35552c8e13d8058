//! Joins what the extractors found across articles: one person, organisation, place or figure per
//! fact, with every mention and the outlets that agree; figures are joined into quantities in
//! `grouping`, their differing values related in `conflicts`, stated sums checked in `checks`.
mod checks;
mod conflicts;
mod entities;
mod grouping;

use std::collections::{HashMap, HashSet};

use crate::corpus::Source;
use crate::curation::Curation;
use crate::curation_use::{Quotes, Usage};
use crate::document::{self, Sentence};
use crate::error::InputError;
use crate::figures::{self, FigureDraft};
use crate::fold::fold;
use crate::model::{DocId, Document, Facts, Mention, Person, PersonId};
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
    match docs.binary_search_by(|d| d.id.cmp(&m.doc)) {
        Ok(i) => docs[i].outlet.as_deref().map_or_else(|| format!("doc:{}", m.doc), fold),
        Err(_) => format!("doc:{}", m.doc),
    }
}

fn outlet_count(mentions: &[Mention], docs: &[Document]) -> usize {
    mentions.iter().map(|m| outlet_key(m, docs)).collect::<HashSet<String>>().len()
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
            id: DocId::new(stem(s)),
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
    // the names an editor declared people's, read again as if cued (only when there are any)
    let declared = usage.declared_people(&found);
    if !splits.is_empty() {
        // what the engine would merge without the splits: each split must undo one of those merges
        usage.check_splits(&people::find_with(&sentences, &texts, &[], &declared));
    }
    if !declared.is_empty() {
        found = people::find_with(&sentences, &texts, &splits, &declared);
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
    let (figures, groups) = grouping::build_figures(&drafts, &labels, &sentences, &docs, &person_ids, &people, &mut usage);
    let conflicts = conflicts::build_conflicts(&figures, &groups, &docs);
    let checks = checks::build_checks(&drafts, &figures, &sentences, &docs);
    let idle = usage.into_errors(&found);
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
) -> (Vec<Person>, Vec<Option<PersonId>>) {
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
        let id = PersonId::new(unique(slug(&name), &mut taken));
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

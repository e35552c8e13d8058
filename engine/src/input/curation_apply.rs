//! The curation entries that act on compiled facts (a merged card's leading name, answers to
//! conflicts, hides and merges of organisations and places), and the one path from articles and curation to facts that the build and the editor
//! share, so the editor's preview is the next build.
use std::collections::HashSet;
use std::path::Path;

use crate::corpus::{Source, CURATION_FILE, METADATA_FILE};
use crate::curation::{self, Answer, Curation, EntityKind, EntityMerge};
use crate::error::InputError;
use crate::facts;
use crate::fold::fold;
use crate::metadata;
use crate::model::{CardId, ConflictKind, Document, Entity, Facts, FigureId};

/// The facts of `sources` under `curation`: extraction (which reads merges, splits, hides, roles and
/// labels as it goes) and then the entries that act on its result; every entry that changed nothing
/// is an error.
pub fn compile(sources: &[Source], curation: &Curation) -> Result<Facts, Vec<InputError>> {
    let (facts, idle) = facts::extract_checked(sources, curation);
    if !idle.is_empty() {
        return Err(idle);
    }
    apply(curation, facts)
}

/// What a corpus folder would build to, from its articles (as `corpus::load` decodes them) and the
/// text of its metadata and curation files: the editor's preview, checked natively against the build.
pub fn compile_texts(dir: &Path, mut sources: Vec<Source>, articles: &str, curation: &str) -> Result<Facts, Vec<InputError>> {
    let mut errors = Vec::new();
    let story = if articles.trim().is_empty() {
        metadata::StoryMeta::default()
    } else {
        metadata::apply(&dir.join(METADATA_FILE), articles, &mut sources, &mut errors)
    };
    let curation = if curation.trim().is_empty() {
        Curation::default()
    } else {
        curation::parse(&dir.join(CURATION_FILE), curation, &sources).unwrap_or_else(|mut e| {
            errors.append(&mut e);
            Curation::default()
        })
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    // as `crate::build_with_warnings` does after `compile`
    let mut facts = compile(&sources, &curation)?;
    facts.story = metadata::story(story, &facts.documents);
    Ok(facts)
}

/// Applies the entries that act on compiled facts: a merge's `lead` names the card, a conflict
/// answer turns a dispute into values shown side by side or takes a figure out of it, and
/// organisations and places are hidden or merged.
pub fn apply(curation: &Curation, mut facts: Facts) -> Result<Facts, Vec<InputError>> {
    let mut errors = Vec::new();
    let mut idle = |line: usize, why: String| errors.push(InputError::at(&curation.path, line, why));
    for entry in &curation.hide_entities {
        let (kind, name) = &entry.value;
        let list = entities_mut(&mut facts, *kind);
        match find_entity(list, name) {
            Some(at) => drop(list.remove(at)),
            None => idle(entry.line, no_card(*kind, name)),
        }
    }
    for entry in &curation.merge_entities {
        if let Err(why) = merge_entities(&mut facts, &entry.value) {
            idle(entry.line, why);
        }
    }
    for entry in &curation.leads {
        let lead = fold(&entry.value);
        let Some(person) = facts.people.iter_mut().find(|p| fold(&p.name) == lead || p.aliases.iter().any(|a| fold(a) == lead)) else {
            idle(entry.line, format!("no person card shows \"{}\" (hidden, or not read as a person)", entry.value));
            continue;
        };
        if fold(&person.name) == lead {
            idle(entry.line, format!("\"{}\" leads its card already; remove `lead`", entry.value));
            continue;
        }
        person.aliases.retain(|a| fold(a) != lead);
        let before = std::mem::replace(&mut person.name, entry.value.clone());
        person.aliases.insert(0, before);
    }
    for entry in &curation.answers {
        let (file, written, answer) = &entry.value;
        let ids = figures_written(&facts, file, written);
        let Some(c) = facts.conflicts.iter().position(|c| c.figures.iter().any(|f| ids.contains(f))) else {
            idle(entry.line, format!("\"{written}\" in {file} is in no conflict; remove the entry"));
            continue;
        };
        let conflict = &mut facts.conflicts[c];
        match answer {
            Answer::NotADisagreement if conflict.kind == ConflictKind::Mixed => {
                idle(entry.line, format!("\"{}\" is shown side by side already; remove the entry", conflict.about))
            }
            Answer::NotADisagreement => conflict.kind = ConflictKind::Mixed,
            Answer::DifferentQuantity => {
                conflict.figures.retain(|f| !ids.contains(f));
                if conflict.figures.len() < 2 {
                    facts.conflicts.remove(c);
                }
            }
        }
    }
    for entry in &curation.pins {
        if shows_card(&facts, &entry.value) {
            facts.pinned.push(entry.value.clone());
        } else {
            idle(entry.line, format!("no card has the id \"{}\" (hidden, merged away or renamed); pin a card the page shows", entry.value));
        }
    }
    if errors.is_empty() {
        Ok(facts)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// Whether a card answers to `id`: a person's, organisation's, place's or figure's id, or a
/// dispute's (a disputed quantity's card is known by its dispute or by any of its values).
fn shows_card(facts: &Facts, id: &CardId) -> bool {
    let named = facts.people.iter().map(|p| p.id.as_str()).chain(facts.organisations.iter().chain(&facts.places).map(|e| e.id.as_str()));
    let figures = facts.figures.iter().map(|f| f.id.as_str()).chain(facts.conflicts.iter().map(|c| c.id.as_str()));
    named.chain(figures).any(|x| id == x)
}

/// The card ids `[[pin]]` entries of a curation file name, in order (none when the text is no
/// valid curation): the pins an editor opens with, checked by the build like every entry.
pub fn pins(curation: &str) -> Vec<CardId> {
    #[derive(serde::Deserialize)]
    struct Pins {
        #[serde(default)]
        pin: Vec<Pin>,
    }
    #[derive(serde::Deserialize)]
    struct Pin {
        card: String,
    }
    toml::from_str::<Pins>(curation).map(|p| p.pin.into_iter().map(|p| CardId::new(p.card.trim())).collect()).unwrap_or_default()
}

fn entities_mut(facts: &mut Facts, kind: EntityKind) -> &mut Vec<Entity> {
    match kind {
        EntityKind::Organisation => &mut facts.organisations,
        EntityKind::Place => &mut facts.places,
    }
}

/// The card that shows `name` as its name or one of its spellings.
fn find_entity(list: &[Entity], name: &str) -> Option<usize> {
    let name = fold(name.trim());
    list.iter().position(|e| fold(&e.name) == name || e.aliases.iter().any(|a| fold(a) == name))
}

fn no_card(kind: EntityKind, name: &str) -> String {
    format!("no {} card shows \"{name}\" (hidden, merged away, or not read as one); write a spelling its card lists", kind.as_str())
}

/// Joins the cards a merge names into one: the lead's name (else the first card's), every other
/// spelling as an alias, all their mentions; the list keeps the engine's order (most outlets, most
/// mentions, name).
fn merge_entities(facts: &mut Facts, merge: &EntityMerge) -> Result<(), String> {
    let docs = facts.documents.clone();
    let list = entities_mut(facts, merge.kind);
    let mut found = Vec::new();
    for name in &merge.names {
        let at = find_entity(list, name).ok_or_else(|| no_card(merge.kind, name))?;
        if !found.contains(&at) {
            found.push(at);
        }
    }
    if found.len() < 2 {
        return Err(format!("{} are one {} already; remove the entry", merge.names.join(" and "), merge.kind.as_str()));
    }
    let keep = merge.lead.as_deref().and_then(|l| find_entity(list, l)).unwrap_or(found[0]);
    let name = merge.lead.clone().unwrap_or_else(|| list[keep].name.clone());
    let mut spellings: Vec<String> = Vec::new();
    let mut mentions = Vec::new();
    for &at in std::iter::once(&keep).chain(found.iter().filter(|&&at| at != keep)) {
        let e = &list[at];
        spellings.extend(std::iter::once(e.name.clone()).chain(e.aliases.iter().cloned()));
        mentions.extend(e.mentions.iter().cloned());
    }
    let mut seen = HashSet::from([fold(&name)]);
    spellings.retain(|s| seen.insert(fold(s)));
    mentions.sort_by(|a, b| (&a.doc, a.start, a.mark_start).cmp(&(&b.doc, b.start, b.mark_start)));
    // one mention a sentence, as the engine keeps them
    mentions.dedup_by(|a, b| a.doc == b.doc && a.start == b.start);
    let joined = Entity { id: list[keep].id.clone(), name, aliases: spellings, outlets: outlet_count(&mentions, &docs), mentions };
    found.sort_unstable();
    for &at in found.iter().rev() {
        list.remove(at);
    }
    list.push(joined);
    list.sort_by(|a, b| b.outlets.cmp(&a.outlets).then(b.mentions.len().cmp(&a.mentions.len())).then(a.name.cmp(&b.name)));
    Ok(())
}

/// Distinct outlets among `mentions`' articles; an article with no known outlet counts as its own
/// (as the engine counts a card's outlets).
fn outlet_count(mentions: &[crate::model::Mention], docs: &[Document]) -> usize {
    let key = |doc: &str| match docs.iter().find(|d| d.id == doc).and_then(|d| d.outlet.as_deref()) {
        Some(outlet) => fold(outlet),
        None => format!("doc:{doc}"),
    };
    mentions.iter().map(|m| key(m.doc.as_str())).collect::<HashSet<_>>().len()
}

/// The figure cards with a mention written as `written` in `file` (the entry's words cover the
/// figure's number where it is written), by id.
pub fn figures_written(facts: &Facts, file: &str, written: &str) -> Vec<FigureId> {
    let Some(doc) = facts.documents.iter().find(|d| d.file == file) else { return Vec::new() };
    let starts: Vec<usize> = doc.text.match_indices(written).map(|(at, _)| at).collect();
    let covers = |at: usize| starts.iter().any(|&s| s <= at && at < s + written.len());
    facts.figures.iter().filter(|f| f.mentions.iter().any(|m| m.doc == doc.id && covers(m.mark_start))).map(|f| f.id.clone()).collect()
}

/// The shortest words from a figure's number on that pick it out in its article (at most to the end
/// of its sentence): what the editor writes for a figure, so an entry names that one figure.
pub fn figure_words(text: &str, mark_start: usize, mark_end: usize, sentence_end: usize) -> String {
    let mut end = mark_end.min(text.len());
    loop {
        let words = &text[mark_start..end];
        if text.match_indices(words).count() <= 1 || end >= sentence_end.min(text.len()) {
            return words.to_string();
        }
        // take in the next word
        let rest = &text[end..sentence_end.min(text.len())];
        let skip = rest.len() - rest.trim_start().len();
        let word = rest[skip..].find(char::is_whitespace).unwrap_or(rest.len() - skip);
        let next = end + skip + word;
        if next == end {
            return words.to_string();
        }
        end = next;
    }
}

// the tests write entries as the editor does
#[cfg(all(test, feature = "write"))]
mod tests {
    use super::*;
    use crate::corpus;
    use crate::curation_write::{write_articles, write_curation, Change, Field, Target};
    use crate::model::Mention;
    use std::path::PathBuf;

    fn seed() -> (PathBuf, Vec<Source>) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        let sources = corpus::load(&dir).expect("the seed corpus loads").sources;
        // as the editor holds them: decoded text, no metadata yet
        let bare = sources.into_iter().map(|s| Source { file: s.file, text: s.text, ..Source::default() }).collect();
        (dir, bare)
    }

    fn read(dir: &Path, name: &str) -> String {
        std::fs::read_to_string(dir.join(name)).unwrap_or_default()
    }

    fn words_of(facts: &Facts, m: &Mention) -> (String, String) {
        let doc = facts.documents.iter().find(|d| d.id == m.doc).unwrap();
        (doc.file.clone(), figure_words(&doc.text, m.mark_start, m.mark_end, m.end))
    }

    /// The seed corpus with `changes` written into its files, compiled as the editor does.
    fn edited(changes: &[Change]) -> Result<Facts, Vec<InputError>> {
        let (dir, sources) = seed();
        let articles = write_articles(&read(&dir, METADATA_FILE), changes).unwrap();
        let curation = write_curation(&read(&dir, CURATION_FILE), changes).unwrap();
        compile_texts(&dir, sources, &articles, &curation)
    }

    #[test]
    fn the_editors_path_gives_the_builds_facts() {
        let (dir, _) = seed();
        let (editor, build) = (edited(&[]).unwrap(), crate::build(&dir).unwrap());
        assert!(
            editor == build,
            "{:?}\n{:?}",
            editor.documents.iter().map(|d| (&d.outlet, &d.title)).collect::<Vec<_>>(),
            build.documents.iter().map(|d| (&d.outlet, &d.title)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_written_merge_with_a_lead_shows_that_name_with_the_other_as_alias() {
        let facts = edited(&[]).unwrap();
        let full: Vec<&str> = facts.people.iter().map(|p| p.name.as_str()).filter(|n| n.contains(' ')).take(2).collect();
        let (a, b) = (full[0].to_string(), full[1].to_string());
        let after = edited(&[Change::Merge { names: vec![a.clone(), b.clone()], lead: Some(b.clone()) }]);
        let after = after.unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(after.people.len(), facts.people.len() - 1);
        let card = after.people.iter().find(|p| p.name == b).expect("the lead names the card");
        assert!(card.aliases.contains(&a), "{:?}", card.aliases);
        // a lead the merged card shows anyway changes nothing: an error with the entry's line
        let errors = edited(&[Change::Merge { names: vec![a.clone(), b.clone()], lead: Some(a.clone()) }]).unwrap_err();
        assert_eq!((errors[0].line, errors.len()), (Some(1), 1), "{errors:?}");
    }

    #[test]
    fn answers_to_a_conflict_calm_it_or_take_the_figure_out() {
        let facts = edited(&[]).unwrap();
        let c = facts.conflicts.iter().find(|c| c.kind != ConflictKind::Mixed).expect("the seed has a contested figure");
        let figure = facts.figures.iter().find(|f| f.id == c.figures[0]).unwrap();
        let (file, words) = words_of(&facts, &figure.mentions[0]);
        let answer = |answer| edited(&[Change::Answer { file: file.clone(), words: words.clone(), answer }]);
        let calm = answer(Answer::NotADisagreement).unwrap();
        let same = calm.conflicts.iter().find(|x| x.id == c.id).unwrap();
        assert_eq!(same.kind, ConflictKind::Mixed);
        let apart = answer(Answer::DifferentQuantity).unwrap();
        assert!(apart.conflicts.iter().filter(|x| x.id == c.id).all(|x| !x.figures.contains(&figure.id)));
        // answering a figure in no conflict changes nothing: the build fails on that line
        let lone = facts.figures.iter().find(|f| !facts.conflicts.iter().any(|c| c.figures.contains(&f.id))).unwrap();
        let (file, words) = words_of(&facts, &lone.mentions[0]);
        let errors = edited(&[Change::Answer { file, words, answer: Answer::NotADisagreement }]).unwrap_err();
        assert_eq!(errors[0].line, Some(1), "{errors:?}");
    }

    #[test]
    fn places_and_organisations_are_hidden_and_merged_on_the_compiled_facts() {
        use crate::curation::EntityKind::{Organisation, Place};
        let facts = edited(&[]).unwrap();
        assert!(facts.places.len() >= 3 && !facts.organisations.is_empty(), "the seed names places and organisations");
        let (a, b) = (&facts.places[facts.places.len() - 2], &facts.places[facts.places.len() - 1]);
        let merge = Change::MergeEntities { kind: Place, names: vec![a.name.clone(), b.name.clone()], lead: Some(b.name.clone()) };
        let org = facts.organisations[0].name.clone();
        let after = edited(&[merge.clone(), Change::Hide(Target::Entity(Organisation, org.clone()))]).unwrap();
        assert_eq!(after.places.len(), facts.places.len() - 1);
        let card = after.places.iter().find(|p| p.name == b.name).expect("the lead names the merged card");
        assert!(card.aliases.contains(&a.name), "{:?}", card.aliases);
        assert_eq!(card.mentions.len(), a.mentions.len() + b.mentions.len(), "no sentence names both");
        assert!(card.outlets >= a.outlets.max(b.outlets));
        assert!(!after.organisations.iter().any(|o| o.name == org));
        assert_eq!((after.people.clone(), after.figures.clone()), (facts.people.clone(), facts.figures.clone()), "only their lists change");
        // entries that change nothing fail on their line: a second hide, a merge of one card, the wrong kind
        let hide = Change::Hide(Target::Entity(Organisation, org.clone()));
        let written = write_curation(&read(&seed().0, CURATION_FILE), &[hide.clone(), hide.clone()]).unwrap();
        let second = written.lines().enumerate().filter(|(_, l)| l.starts_with("[[hide]]")).map(|(i, _)| i + 1).last();
        let errors = edited(&[hide.clone(), hide]).unwrap_err();
        assert_eq!((errors.len(), errors[0].line), (1, second), "{errors:?}");
        let one = Change::MergeEntities { kind: Place, names: vec![b.name.clone(), b.name.to_lowercase()], lead: None };
        let errors = edited(&[one]).unwrap_err();
        assert!(errors[0].message.contains("one place already"), "{errors:?}");
        let wrong = edited(&[Change::Hide(Target::Entity(Place, org.clone()))]).unwrap_err();
        assert!(wrong[0].message.contains("no place card"), "{wrong:?}");
        // as a person, an organisation is no one
        assert!(edited(&[Change::Hide(Target::Person(org))]).is_err());
    }

    #[test]
    fn an_outlet_named_in_the_editor_reaches_the_documents() {
        let (_, sources) = seed();
        let file = sources[3].file.clone();
        let facts = edited(&[Change::Article { file: file.clone(), field: Field::Outlet, value: "The Test Desk".into() }]).unwrap();
        assert_eq!(facts.documents.iter().find(|d| d.file == file).unwrap().outlet.as_deref(), Some("The Test Desk"));
    }

    #[test]
    fn a_declared_person_is_a_card_and_a_declaration_that_changes_nothing_fails() {
        let text = "The talks were led by Tarvo Kesk on Monday.\nLater Tarvo Kesk left the hall.\nMinister Ulla Rand said little.\n";
        let sources = vec![Source { file: "a.txt".into(), text: text.into(), ..Source::default() }];
        let build = |changes: &[Change]| compile_texts(Path::new("corpus"), sources.clone(), "", &write_curation("", changes).unwrap());
        assert!(!build(&[]).unwrap().people.iter().any(|p| p.name == "Tarvo Kesk"), "no cue: no card");
        let facts = build(&[Change::Person("Tarvo Kesk".into())]).unwrap();
        let card = facts.people.iter().find(|p| p.name == "Tarvo Kesk").expect("declared: a card");
        assert_eq!(card.mentions.len(), 2);
        // a person already, a name no article writes, one word: each fails on its line
        let errors = |name: &str| build(&[Change::Person(name.into())]).unwrap_err().iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(errors("Ulla Rand"), ["corpus/curation.toml:1: \"Ulla Rand\" is a person already; remove the entry"]);
        assert!(errors("Tarvo Kask")[0].contains("does not occur in any article"));
        assert!(errors("Kesk")[0].contains("is one word"));
        // declared names are read like any person's: two near spellings are one person, as the
        // engine merges spellings of anyone, and a split keeps them apart
        let text = "Talks with Tarvo Kesk began.\nLater Tarvo Kesk left with Tarvo Kesck.\n";
        let sources = vec![Source { file: "a.txt".into(), text: text.into(), ..Source::default() }];
        let declared = [Change::Person("Tarvo Kesk".into()), Change::Person("Tarvo Kesck".into())];
        let curation = write_curation("", &declared).unwrap();
        let one = compile_texts(Path::new("c"), sources.clone(), "", &curation).unwrap();
        assert_eq!(one.people.iter().map(|p| (p.name.as_str(), p.aliases.len())).collect::<Vec<_>>(), [("Tarvo Kesk", 1)]);
        let split =
            write_curation("", &[declared[0].clone(), declared[1].clone(), Change::Split("Tarvo Kesk".into(), "Tarvo Kesck".into())])
                .unwrap();
        assert_eq!(compile_texts(Path::new("c"), sources, "", &split).unwrap().people.len(), 2);
        // a declared person can be merged, given a role or hidden like any other
        let hidden = build(&[Change::Person("Tarvo Kesk".into()), Change::Hide(Target::Person("Tarvo Kesk".into()))]).unwrap();
        assert!(!hidden.people.iter().any(|p| p.name == "Tarvo Kesk"));
    }

    #[test]
    fn a_pin_must_name_a_card_the_build_shows() {
        let facts = edited(&[]).unwrap();
        let (person, figure) = (CardId::from(&facts.people[0].id), CardId::from(&facts.figures[0].id));
        let dispute = CardId::from(&facts.conflicts[0].id);
        let pinned = [Change::Pin(person.clone()), Change::Pin(figure.clone()), Change::Pin(dispute.clone())];
        let with_pins = edited(&pinned).unwrap();
        assert_eq!(with_pins.pinned, [person.clone(), figure, dispute], "the facts carry the pins, in order, for the page");
        assert_eq!(Facts { pinned: Vec::new(), ..with_pins }, facts, "pins change no other fact");
        let curation = write_curation(&read(&seed().0, CURATION_FILE), &pinned).unwrap();
        assert_eq!(
            pins(&curation),
            pinned
                .iter()
                .map(|p| match p {
                    Change::Pin(id) => id.clone(),
                    _ => unreachable!(),
                })
                .collect::<Vec<_>>()
        );
        let errors = edited(&[Change::Pin("no-such-card".into())]).unwrap_err();
        assert!(errors[0].message.contains("no card has the id \"no-such-card\""), "{errors:?}");
        // the card hidden: its pin names nothing
        let hidden = [Change::Pin(person), Change::Hide(Target::Person(facts.people[0].name.clone()))];
        assert_eq!(edited(&hidden).unwrap_err().len(), 1);
    }

    #[test]
    fn figure_words_grow_until_they_pick_out_one_place() {
        let text = "Police counted 300 people. Later 300 cars came.";
        let at = text.find("300 cars").unwrap();
        assert_eq!(figure_words(text, at, at + 3, text.len()), "300 cars");
        assert_eq!(figure_words("only 12 here", 5, 7, 12), "12");
    }
}

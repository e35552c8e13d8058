//! The optional curation file: an editor's corrections, each checked against the text it names here
//! and against what it changed in `curation_use` (an entry that changes nothing fails the build).
use std::cell::OnceCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::clean::clean;
use crate::corpus::Source;
use crate::error::{line_of, InputError};
use crate::fold::fold;
use crate::model::CardId;
use crate::toml_hints;

/// One entry of the curation file and the line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<T> {
    pub line: usize,
    pub value: T,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Curation {
    /// The curation file, for errors about what its entries did.
    pub path: PathBuf,
    /// Spellings of one person the engine kept apart.
    pub merge: Vec<Entry<Vec<String>>>,
    /// Pairs of names that must stay two people.
    pub split: Vec<Entry<(String, String)>>,
    /// People to leave out, by any of their spellings.
    pub hide_people: Vec<Entry<String>>,
    /// Figures to leave out: (file, the figure as written, e.g. "two days").
    pub hide_figures: Vec<Entry<(String, String)>>,
    /// (person, role) to use instead of the one the engine picks.
    pub roles: Vec<Entry<(String, String)>>,
    /// (file, the figure as written, label): what a figure counts, in the editor's words.
    pub labels: Vec<Entry<(String, String, String)>>,
    /// The name a merged card leads with (a merge's `lead`), applied to the compiled facts.
    pub leads: Vec<Entry<String>>,
    /// (file, the figure as written, answer): the editor's answer to a conflict the engine reports.
    pub answers: Vec<Entry<(String, String, Answer)>>,
    /// Organisations and places to leave out, by any of their spellings (`[[hide]]` with `kind`).
    pub hide_entities: Vec<Entry<(EntityKind, String)>>,
    /// Spellings of one organisation or place the engine kept apart (`[[merge]]` with `kind`).
    pub merge_entities: Vec<Entry<EntityMerge>>,
    /// Names to read as people though nothing in the text marks them so (`[[person]]`): the
    /// editor's "yes" to "is this a person?".
    pub people: Vec<Entry<String>>,
    /// Card ids shown first (`[[pin]]`), in the order written: the reader's `pinned` and the embed's.
    pub pins: Vec<Entry<CardId>>,
}

/// The card kind a `[[hide]]` or `[[merge]]` entry names with `kind = "organisation"` or
/// `kind = "place"`; without `kind` (or with `kind = "person"`) an entry names a person. These act on
/// the compiled facts (`curation_apply`), as the engine finds organisations and places last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Organisation,
    Place,
}

impl EntityKind {
    pub const ALL: [EntityKind; 2] = [EntityKind::Organisation, EntityKind::Place];

    /// As written in the curation file, and in errors: "organisation".
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
        }
    }

    pub fn parse(text: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == text.trim())
    }
}

/// A merge of organisations or places: their spellings, and the one the card leads with.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMerge {
    pub kind: EntityKind,
    pub names: Vec<String>,
    pub lead: Option<String>,
}

/// What an editor says of a figure the engine put in a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The values can all be true (different times, stages): shown side by side, never as a dispute.
    NotADisagreement,
    /// This figure counts something else: it leaves the conflict.
    DifferentQuantity,
}

impl Answer {
    pub const ALL: [Answer; 2] = [Answer::NotADisagreement, Answer::DifferentQuantity];

    /// As written in the curation file.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::NotADisagreement => "not a disagreement",
            Answer::DifferentQuantity => "a different quantity",
        }
    }

    pub fn parse(text: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.as_str() == text.trim())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    merge: Vec<toml::Spanned<Names>>,
    #[serde(default)]
    split: Vec<toml::Spanned<Names>>,
    #[serde(default)]
    hide: Vec<toml::Spanned<Hide>>,
    #[serde(default)]
    role: Vec<toml::Spanned<Role>>,
    #[serde(default)]
    label: Vec<toml::Spanned<Label>>,
    #[serde(default)]
    conflict: Vec<toml::Spanned<Label>>,
    #[serde(default)]
    person: Vec<toml::Spanned<Person>>,
    #[serde(default)]
    pin: Vec<toml::Spanned<Pin>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Pin {
    /// a card's id, as the reader's `pinned` takes it ("ann-lee")
    card: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Person {
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Label {
    figure: String,
    file: String,
    #[serde(default)]
    label: String,
    /// in a `[[conflict]]` entry: "not a disagreement" or "a different quantity"
    #[serde(default)]
    answer: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    names: Vec<String>,
    /// a merge's name to show (one of `names`)
    lead: Option<String>,
    /// "organisation" or "place" (a merge); a person when absent
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hide {
    name: Option<String>,
    figure: Option<String>,
    file: Option<String>,
    /// "organisation" or "place" (a hide by name); a person when absent
    kind: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Role {
    name: String,
    role: String,
}

/// Parses `text` and checks every quoted name, figure and role against the articles.
pub fn parse(path: &Path, text: &str, sources: &[Source]) -> Result<Curation, Vec<InputError>> {
    let mut file: File = toml::from_str(text).map_err(|e| {
        vec![toml_hints::parse_error(path, text, &e, &["merge", "split", "hide", "role", "label", "conflict", "person", "pin"], "Curation")]
    })?;
    clean_entries(&mut file);
    let mut errors = Vec::new();
    let mut curation = Curation { path: path.to_path_buf(), ..Curation::default() };
    // every article folded once, not once per entry: 20 entries on a 20 MB article took 4 s
    let folded: OnceCell<Vec<String>> = OnceCell::new();
    let in_corpus = |needle: &str| {
        let needle = fold(needle);
        folded.get_or_init(|| sources.iter().map(|s| fold(&s.text)).collect()).iter().any(|t| t.contains(&needle))
    };
    let require = |line: usize, needle: &str, what: &str, errors: &mut Vec<InputError>| {
        if needle.trim().is_empty() || !in_corpus(needle) {
            errors.push(InputError::at(
                path,
                line,
                format!("{what} \"{needle}\" does not occur in any article; quote it as the text spells it"),
            ));
        }
    };
    for entry in &file.merge {
        let line = line_of(text, entry.span().start);
        if entry.get_ref().names.len() < 2 {
            errors.push(InputError::at(path, line, "a merge needs at least two names"));
        }
        entry.get_ref().names.iter().for_each(|n| require(line, n, "name", &mut errors));
        let Ok(kind) = kind_of(path, line, &entry.get_ref().kind, &mut errors) else { continue };
        let lead = entry.get_ref().lead.as_ref().and_then(|lead| {
            if entry.get_ref().names.iter().any(|n| fold(n.trim()) == fold(lead.trim())) {
                Some(lead.trim().to_string())
            } else {
                errors.push(InputError::at(path, line, format!("lead \"{lead}\" is not one of the merge's names; write one of them")));
                None
            }
        });
        let names = entry.get_ref().names.clone();
        match kind {
            Some(kind) => curation.merge_entities.push(Entry { line, value: EntityMerge { kind, names, lead } }),
            None => {
                curation.merge.push(Entry { line, value: names });
                curation.leads.extend(lead.map(|value| Entry { line, value }));
            }
        }
    }
    for entry in &file.split {
        let line = line_of(text, entry.span().start);
        let names = &entry.get_ref().names;
        names.iter().for_each(|n| require(line, n, "name", &mut errors));
        if entry.get_ref().lead.is_some() {
            errors.push(InputError::at(path, line, "a split takes no `lead`; a merge does"));
        }
        if matches!(kind_of(path, line, &entry.get_ref().kind, &mut errors), Ok(Some(_))) {
            errors.push(InputError::at(path, line, "a split keeps two people apart; it takes no `kind`"));
        }
        match names.as_slice() {
            [a, b] => curation.split.push(Entry { line, value: (a.clone(), b.clone()) }),
            _ => errors.push(InputError::at(path, line, "a split takes exactly two names")),
        }
    }
    for entry in &file.hide {
        let line = line_of(text, entry.span().start);
        let hide = entry.get_ref();
        let Ok(kind) = kind_of(path, line, &hide.kind, &mut errors) else { continue };
        match (&hide.name, &hide.figure, &hide.file) {
            (Some(name), None, None) => {
                require(line, name, "name", &mut errors);
                match kind {
                    Some(kind) => curation.hide_entities.push(Entry { line, value: (kind, name.clone()) }),
                    None => curation.hide_people.push(Entry { line, value: name.clone() }),
                }
            }
            (None, Some(_), Some(_)) if kind.is_some() => {
                errors.push(InputError::at(path, line, "a figure's hide takes no `kind`; an organisation's or a place's does"))
            }
            (None, Some(figure), Some(file)) => match sources.iter().find(|s| &s.file == file) {
                Some(source) if source.text.contains(figure.as_str()) => {
                    curation.hide_figures.push(Entry { line, value: (file.clone(), figure.clone()) })
                }
                Some(_) => errors.push(InputError::at(
                    path,
                    line,
                    format!("figure \"{figure}\" does not occur in {file}; quote it as written there"),
                )),
                None => errors.push(InputError::at(path, line, format!("no article \"{file}\" in the corpus"))),
            },
            _ => errors.push(InputError::at(path, line, "a hide takes either `name`, or `figure` with `file`")),
        }
    }
    for entry in &file.person {
        let line = line_of(text, entry.span().start);
        let name = entry.get_ref().name.trim();
        require(line, name, "name", &mut errors);
        if name.split_whitespace().count() < 2 {
            errors.push(InputError::at(
                path,
                line,
                format!("\"{name}\" is one word; a person is declared by a full name as an article spells it"),
            ));
        }
        curation.people.push(Entry { line, value: name.to_string() });
    }
    for entry in &file.pin {
        let line = line_of(text, entry.span().start);
        let card = entry.get_ref().card.trim();
        if card.is_empty() {
            errors.push(InputError::at(path, line, "a pin names a card by its id: card = \"...\""));
        } else if let Some(first) = curation.pins.iter().find(|p| p.value == card) {
            errors.push(InputError::at(path, line, format!("pins \"{card}\" as line {} does; keep one", first.line)));
        } else {
            curation.pins.push(Entry { line, value: CardId::new(card) });
        }
    }
    for entry in &file.role {
        let line = line_of(text, entry.span().start);
        let role = entry.get_ref();
        require(line, &role.name, "name", &mut errors);
        require(line, &role.role, "role", &mut errors);
        curation.roles.push(Entry { line, value: (role.name.clone(), role.role.clone()) });
    }
    for entry in &file.label {
        let line = line_of(text, entry.span().start);
        let l = entry.get_ref();
        match sources.iter().find(|s| s.file == l.file) {
            Some(source) if source.text.contains(l.figure.as_str()) && !l.label.trim().is_empty() => {
                curation.labels.push(Entry { line, value: (l.file.clone(), l.figure.clone(), l.label.trim().to_string()) })
            }
            Some(_) if l.label.trim().is_empty() => errors.push(InputError::at(path, line, "label is empty; write what the figure counts")),
            Some(_) => errors.push(InputError::at(
                path,
                line,
                format!("figure \"{}\" does not occur in {}; quote it as written there", l.figure, l.file),
            )),
            None => errors.push(InputError::at(path, line, format!("no article \"{}\" in the corpus", l.file))),
        }
    }
    for entry in &file.conflict {
        let line = line_of(text, entry.span().start);
        let c = entry.get_ref();
        let answer = Answer::parse(&c.answer);
        match sources.iter().find(|s| s.file == c.file) {
            _ if !c.label.is_empty() => errors.push(InputError::at(path, line, "a conflict entry takes `answer`, not `label`")),
            _ if answer.is_none() => errors.push(InputError::at(
                path,
                line,
                format!("answer \"{}\" is neither \"not a disagreement\" nor \"a different quantity\"", c.answer),
            )),
            Some(source) if source.text.contains(c.figure.as_str()) && !c.figure.trim().is_empty() => {
                curation.answers.push(Entry { line, value: (c.file.clone(), c.figure.clone(), answer.unwrap_or(Answer::NotADisagreement)) })
            }
            Some(_) => errors.push(InputError::at(
                path,
                line,
                format!("figure \"{}\" does not occur in {}; quote it as written there", c.figure, c.file),
            )),
            None => errors.push(InputError::at(path, line, format!("no article \"{}\" in the corpus", c.file))),
        }
    }
    for entry in &file.label {
        if !entry.get_ref().answer.is_empty() {
            errors.push(InputError::at(path, line_of(text, entry.span().start), "a label entry takes `label`, not `answer`"));
        }
    }
    contradictions(&curation, &mut errors);
    if errors.is_empty() {
        Ok(curation)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// The card kind an entry's `kind` names: `Ok(None)` for a person (no `kind`, or "person"), `Err`
/// (with the error pushed) for a word that is no kind.
fn kind_of(path: &Path, line: usize, kind: &Option<String>, errors: &mut Vec<InputError>) -> Result<Option<EntityKind>, ()> {
    match kind.as_deref().map(str::trim) {
        None | Some("person") => Ok(None),
        Some(word) => EntityKind::parse(word).map(Some).ok_or_else(|| {
            errors.push(InputError::at(path, line, format!("kind \"{word}\" is none of \"person\", \"organisation\", \"place\"")));
        }),
    }
}

/// The entries' words cleaned as article text is (`clean::clean`): an entry copied from an article
/// with a zero-width space or a look-alike letter in it still quotes the text the engine reads.
fn clean_entries(file: &mut File) {
    let tidy = |s: &mut String| *s = clean(s);
    for entry in file.merge.iter_mut().chain(file.split.iter_mut()) {
        let names = entry.get_mut();
        names.names.iter_mut().chain(names.lead.iter_mut()).for_each(tidy);
    }
    for entry in &mut file.hide {
        let hide = entry.get_mut();
        hide.name.iter_mut().chain(hide.figure.iter_mut()).for_each(tidy);
    }
    for entry in &mut file.person {
        tidy(&mut entry.get_mut().name);
    }
    for entry in &mut file.role {
        let role = entry.get_mut();
        [&mut role.name, &mut role.role].into_iter().for_each(tidy);
    }
    for entry in file.label.iter_mut().chain(file.conflict.iter_mut()) {
        let label = entry.get_mut();
        [&mut label.figure, &mut label.label].into_iter().for_each(tidy);
    }
}

/// A split of two names that merges join, directly or through other merges: one entry undoes the other.
fn contradictions(curation: &Curation, errors: &mut Vec<InputError>) {
    // names joined by merges, as a union-find over folded spellings
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut parent: Vec<usize> = Vec::new();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for merge in &curation.merge {
        let ids: Vec<usize> = merge
            .value
            .iter()
            .map(|n| {
                let next = parent.len();
                let id = *index.entry(fold(n.trim())).or_insert(next);
                if id == next {
                    parent.push(next);
                }
                id
            })
            .collect();
        for pair in ids.windows(2) {
            let (a, b) = (root(&mut parent, pair[0]), root(&mut parent, pair[1]));
            parent[a] = b;
        }
    }
    for split in &curation.split {
        let (a, b) = &split.value;
        let (Some(&x), Some(&y)) = (index.get(&fold(a.trim())), index.get(&fold(b.trim()))) else { continue };
        if root(&mut parent, x) != root(&mut parent, y) {
            continue;
        }
        let names = |m: &Entry<Vec<String>>| m.value.iter().map(|n| fold(n.trim())).collect::<Vec<_>>();
        let merge_line = curation
            .merge
            .iter()
            .find(|m| names(m).contains(&fold(a.trim())) && names(m).contains(&fold(b.trim())))
            .or_else(|| curation.merge.iter().find(|m| names(m).contains(&fold(a.trim()))))
            .map_or(0, |m| m.line);
        errors.push(InputError::at(
            &curation.path,
            split.line,
            format!("keeps \"{a}\" and \"{b}\" apart, but the merge on line {merge_line} joins them; remove one of the two"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources() -> Vec<Source> {
        vec![Source { file: "a.txt".into(), text: "Mayor Ann Lee met Anne Li and two aides.".into(), ..Source::default() }]
    }

    #[test]
    fn entries_that_quote_the_text_are_accepted() {
        let c = parse(
            Path::new("c.toml"),
            "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\n[[hide]]\nfigure = \"two aides\"\nfile = \"a.txt\"\n",
            &sources(),
        )
        .unwrap();
        assert_eq!(c.merge, [Entry { line: 1, value: vec!["Ann Lee".to_string(), "Anne Li".to_string()] }]);
        assert_eq!(c.hide_figures, [Entry { line: 3, value: ("a.txt".to_string(), "two aides".to_string()) }]);
        let c = parse(
            Path::new("c.toml"),
            "[[label]]\nfigure = \"two aides\"\nfile = \"a.txt\"\nlabel = \"staff at the meeting\"\n",
            &sources(),
        )
        .unwrap();
        assert_eq!(c.labels[0].value.2, "staff at the meeting");
        assert!(parse(Path::new("c.toml"), "[[label]]\nfigure = \"nine aides\"\nfile = \"a.txt\"\nlabel = \"x\"\n", &sources()).is_err());
    }

    #[test]
    fn entries_that_do_not_match_the_text_fail_with_their_line() {
        let errors = parse(
            Path::new("c.toml"),
            "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\n\n[[role]]\nname = \"Bob Stone\"\nrole = \"mayor\"\n",
            &sources(),
        )
        .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].to_string(), "c.toml:4: name \"Bob Stone\" does not occur in any article; quote it as the text spells it");
    }

    #[test]
    fn a_merge_and_a_split_of_one_pair_contradict() {
        let errors = parse(
            Path::new("c.toml"),
            "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\n[[split]]\nnames = [\"anne li\", \"Ann Lee\"]\n",
            &sources(),
        )
        .unwrap_err();
        assert_eq!(
            errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["c.toml:3: keeps \"anne li\" and \"Ann Lee\" apart, but the merge on line 1 joins them; remove one of the two"]
        );
        // through a chain of merges too
        let text = "Mayor Ann Lee met Anne Li and Ann Leigh.";
        let sources = vec![Source { file: "a.txt".into(), text: text.into(), ..Source::default() }];
        let toml = "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\n[[merge]]\nnames = [\"Anne Li\", \"Ann Leigh\"]\n[[split]]\nnames = [\"Ann Lee\", \"Ann Leigh\"]\n";
        assert_eq!(parse(Path::new("c.toml"), toml, &sources).unwrap_err()[0].line, Some(5));
    }

    #[test]
    fn entries_copied_with_invisible_or_look_alike_characters_still_match() {
        // the article as loaded is clean; the entry was copied from the raw file
        let c = parse(Path::new("c.toml"), "[[hide]]\nname = \"Ann\u{200B} L\u{0435}e\"\n", &sources()).unwrap();
        assert_eq!(c.hide_people[0].value, "Ann Lee");
    }

    #[test]
    fn a_lead_must_be_a_merged_name_and_an_answer_one_of_two() {
        let c = parse(Path::new("c.toml"), "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\nlead = \"Anne Li\"\n", &sources()).unwrap();
        assert_eq!(c.leads, [Entry { line: 1, value: "Anne Li".to_string() }]);
        let errors = parse(Path::new("c.toml"), "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\nlead = \"Bob\"\n", &sources()).unwrap_err();
        assert_eq!(errors[0].to_string(), "c.toml:1: lead \"Bob\" is not one of the merge's names; write one of them");
        let ok = "[[conflict]]\nfigure = \"two aides\"\nfile = \"a.txt\"\nanswer = \"a different quantity\"\n";
        assert_eq!(parse(Path::new("c.toml"), ok, &sources()).unwrap().answers[0].value.2, Answer::DifferentQuantity);
        let bad = "\n[[conflict]]\nfigure = \"two aides\"\nfile = \"a.txt\"\nanswer = \"wrong\"\n";
        assert_eq!(parse(Path::new("c.toml"), bad, &sources()).unwrap_err()[0].line, Some(2));
    }

    #[test]
    fn organisation_and_place_entries_carry_their_kind() {
        let text = "Mayor Ann Lee of Lakeford Council met the Lakeford council in Lakeford town.";
        let sources = vec![Source { file: "a.txt".into(), text: text.into(), ..Source::default() }];
        let toml = "[[hide]]\nname = \"Lakeford town\"\nkind = \"place\"\n[[merge]]\nnames = [\"Lakeford Council\", \"Lakeford council\"]\nlead = \"Lakeford council\"\nkind = \"organisation\"\n";
        let c = parse(Path::new("c.toml"), toml, &sources).unwrap();
        assert_eq!(c.hide_entities, [Entry { line: 1, value: (EntityKind::Place, "Lakeford town".to_string()) }]);
        let merge = EntityMerge {
            kind: EntityKind::Organisation,
            names: vec!["Lakeford Council".into(), "Lakeford council".into()],
            lead: Some("Lakeford council".into()),
        };
        assert_eq!(c.merge_entities, [Entry { line: 4, value: merge }]);
        assert!(c.hide_people.is_empty() && c.merge.is_empty() && c.leads.is_empty());
        // a kind that is none, a kind on a split or a figure's hide: errors on the entry's line
        let errors =
            |toml: &str| parse(Path::new("c.toml"), toml, &sources).unwrap_err().iter().map(ToString::to_string).collect::<Vec<_>>();
        assert_eq!(
            errors("[[hide]]\nname = \"Lakeford\"\nkind = \"town\"\n"),
            ["c.toml:1: kind \"town\" is none of \"person\", \"organisation\", \"place\""]
        );
        assert_eq!(
            errors("\n[[split]]\nnames = [\"Ann Lee\", \"Lakeford\"]\nkind = \"place\"\n"),
            ["c.toml:2: a split keeps two people apart; it takes no `kind`"]
        );
        assert_eq!(errors("[[hide]]\nname = \"Lakeford Zoo\"\nkind = \"place\"\n").len(), 1, "the name must occur in an article");
    }

    #[test]
    fn a_card_is_pinned_once() {
        let c = parse(Path::new("c.toml"), "[[pin]]\ncard = \"ann-lee\"\n", &sources()).unwrap();
        assert_eq!(c.pins, [Entry { line: 1, value: CardId::new("ann-lee") }]);
        let twice = "[[pin]]\ncard = \"ann-lee\"\n[[pin]]\ncard = \" ann-lee\"\n";
        assert_eq!(
            parse(Path::new("c.toml"), twice, &sources()).unwrap_err()[0].to_string(),
            "c.toml:3: pins \"ann-lee\" as line 1 does; keep one"
        );
    }

    #[test]
    fn single_bracket_tables_say_to_write_two() {
        let errors = parse(Path::new("c.toml"), "[hide]\nname = \"Ann Lee\"\n", &sources()).unwrap_err();
        assert_eq!(
            errors[0].to_string(),
            "c.toml:1: [hide] opens one table, but each entry is an array item: write [[hide]] (two brackets) above each one"
        );
    }
}

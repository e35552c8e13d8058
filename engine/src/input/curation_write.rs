//! An editor's changes written into `curation.toml` and `articles.toml` as entries, keeping the
//! entries and comments already there (format-preserving edits with `toml_edit`).
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, Item, Table};

use crate::curation::{Answer, EntityKind};
use crate::model::CardId;

/// A card or figure an entry names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A person, by a full name an article writes.
    Person(String),
    /// A figure, by the words that write it in one file.
    Figure { file: String, words: String },
    /// An organisation or a place, by a spelling its card lists.
    Entity(EntityKind, String),
}

/// A field of an article's metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Outlet,
    Headline,
    Date,
    Url,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Outlet, Field::Headline, Field::Date, Field::Url];

    pub fn key(self) -> &'static str {
        match self {
            Field::Outlet => "outlet",
            Field::Headline => "headline",
            Field::Date => "date",
            Field::Url => "url",
        }
    }
}

/// One change an editor makes; each becomes one entry (or one metadata field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Hide(Target),
    /// Spellings of one person, and the one the card leads with.
    Merge {
        names: Vec<String>,
        lead: Option<String>,
    },
    /// Spellings of one organisation or place, and the one the card leads with.
    MergeEntities {
        kind: EntityKind,
        names: Vec<String>,
        lead: Option<String>,
    },
    Split(String, String),
    /// A name the engine kept out for want of a cue, read as a person's.
    Person(String),
    /// The editor's "no" to "same person?": written as the `[[split]]` of the two names.
    Apart(String, String),
    /// The editor's "no" to "is this a person?": written as the `[[hide]]` of the name.
    NotPerson(String),
    /// A card, by id, shown first (by the reader and the embed); `Unpin` takes every pin of it out.
    Pin(CardId),
    Unpin(CardId),
    Role {
        name: String,
        role: String,
    },
    Label {
        file: String,
        words: String,
        label: String,
    },
    Answer {
        file: String,
        words: String,
        answer: Answer,
    },
    Article {
        file: String,
        field: Field,
        value: String,
    },
}

impl Change {
    /// The change in words, for the list of pending changes.
    pub fn describe(&self) -> String {
        match self {
            Change::Hide(Target::Person(name)) => format!("hide {name}"),
            Change::Hide(Target::Figure { file, words }) => format!("hide the figure \"{words}\" in {file}"),
            Change::Hide(Target::Entity(kind, name)) => format!("hide the {} {name}", kind.as_str()),
            Change::Merge { names, lead } => {
                let lead = lead.as_ref().map(|l| format!(" (shown as {l})")).unwrap_or_default();
                format!("merge {}{lead}", names.join(" + "))
            }
            Change::MergeEntities { kind, names, lead } => {
                let lead = lead.as_ref().map(|l| format!(" (shown as {l})")).unwrap_or_default();
                format!("merge the {}s {}{lead}", kind.as_str(), names.join(" + "))
            }
            Change::Split(a, b) => format!("split {b} off {a}"),
            Change::Apart(a, b) => format!("{a} and {b} are two people"),
            Change::NotPerson(name) => format!("{name} is no person"),
            Change::Person(name) => format!("read {name} as a person"),
            Change::Pin(card) => format!("pin {card} first"),
            Change::Unpin(card) => format!("unpin {card}"),
            Change::Role { name, role } => format!("set the role of {name} to \"{role}\""),
            Change::Label { file, words, label } => format!("label \"{words}\" in {file} as \"{label}\""),
            Change::Answer { file, words, answer } => format!("mark \"{words}\" in {file} as {}", answer.as_str()),
            Change::Article { file, field, value } => format!("set the {} of {file} to \"{value}\"", field.key()),
        }
    }

    /// Whether it goes into `articles.toml` rather than `curation.toml`.
    pub fn is_metadata(&self) -> bool {
        matches!(self, Change::Article { .. })
    }
}

fn table(pairs: &[(&str, &str)]) -> Table {
    let mut t = Table::new();
    for (k, v) in pairs {
        t.insert(k, value(*v));
    }
    t
}

fn names(list: &[String]) -> Item {
    value(list.iter().map(String::as_str).collect::<Array>())
}

fn merge(list: &[String], lead: &Option<String>, kind: Option<EntityKind>) -> Table {
    let mut t = Table::new();
    t.insert("names", names(list));
    if let Some(lead) = lead {
        t.insert("lead", value(lead.as_str()));
    }
    if let Some(kind) = kind {
        t.insert("kind", value(kind.as_str()));
    }
    t
}

/// Appends one array-of-tables entry `[[key]]`, after those already there.
fn push(doc: &mut DocumentMut, key: &str, entry: Table) {
    let item = doc.entry(key).or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    if let Some(list) = item.as_array_of_tables_mut() {
        list.push(entry);
    }
}

/// Takes every pin of `card` out. A comment above a pin taken out moves to the next pin kept: the
/// file's opening comment sits above its first entry, which may be that pin.
fn unpin(pins: &mut ArrayOfTables, card: &str) {
    let mut carried = String::new();
    let mut kept = ArrayOfTables::new();
    for t in pins.iter() {
        let prefix = t.decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
        if t.get("card").and_then(Item::as_str).map(str::trim) == Some(card) {
            if prefix.contains('#') {
                carried.push_str(&prefix);
            }
            continue;
        }
        let mut t = t.clone();
        if !carried.is_empty() {
            t.decor_mut().set_prefix(format!("{}{prefix}", std::mem::take(&mut carried)));
        }
        kept.push(t);
    }
    *pins = kept;
}

/// `base` (the curation file as it is, possibly empty) with an entry for each curation change
/// appended; `Err` when `base` is no valid TOML.
pub fn write_curation(base: &str, changes: &[Change]) -> Result<String, String> {
    let mut doc: DocumentMut = base.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    for change in changes {
        match change {
            Change::Hide(Target::Person(name)) | Change::NotPerson(name) => push(&mut doc, "hide", table(&[("name", name)])),
            Change::Hide(Target::Figure { file, words }) => push(&mut doc, "hide", table(&[("figure", words), ("file", file)])),
            Change::Hide(Target::Entity(kind, name)) => push(&mut doc, "hide", table(&[("name", name), ("kind", kind.as_str())])),
            Change::Merge { names: list, lead } => push(&mut doc, "merge", merge(list, lead, None)),
            Change::MergeEntities { kind, names: list, lead } => push(&mut doc, "merge", merge(list, lead, Some(*kind))),
            Change::Split(a, b) | Change::Apart(a, b) => {
                let mut t = Table::new();
                t.insert("names", names(&[a.clone(), b.clone()]));
                push(&mut doc, "split", t)
            }
            Change::Person(name) => push(&mut doc, "person", table(&[("name", name)])),
            Change::Pin(card) => push(&mut doc, "pin", table(&[("card", card.as_str())])),
            Change::Unpin(card) => {
                if let Some(pins) = doc.get_mut("pin").and_then(Item::as_array_of_tables_mut) {
                    unpin(pins, card.as_str());
                }
            }
            Change::Role { name, role } => push(&mut doc, "role", table(&[("name", name), ("role", role)])),
            Change::Label { file, words, label } => push(&mut doc, "label", table(&[("figure", words), ("file", file), ("label", label)])),
            Change::Answer { file, words, answer } => {
                push(&mut doc, "conflict", table(&[("figure", words), ("file", file), ("answer", answer.as_str())]))
            }
            Change::Article { .. } => {}
        }
    }
    Ok(doc.to_string())
}

/// `base` (the metadata file as it is, possibly empty) with each article change set on that
/// article's `[[article]]` entry, which is added when the file has none.
pub fn write_articles(base: &str, changes: &[Change]) -> Result<String, String> {
    let mut doc: DocumentMut = base.parse().map_err(|e: toml_edit::TomlError| e.to_string())?;
    for change in changes {
        let Change::Article { file, field, value: text } = change else { continue };
        let item = doc.entry("article").or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
        let Some(list) = item.as_array_of_tables_mut() else { return Err("`article` is not a list of [[article]] entries".into()) };
        let found = list.iter_mut().position(|t| t.get("file").and_then(Item::as_str) == Some(file.as_str()));
        let at = match found {
            Some(at) => at,
            None => {
                list.push(table(&[("file", file)]));
                list.len() - 1
            }
        };
        if let Some(t) = list.get_mut(at) {
            if text.trim().is_empty() {
                t.remove(field.key());
            } else {
                t.insert(field.key(), value(text.trim()));
            }
        }
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_appended_after_existing_ones_with_comments_kept() {
        let base = "# the desk's corrections\n[[hide]]  # not a person\nname = \"Praise God\"\n";
        let out = write_curation(
            base,
            &[
                Change::Hide(Target::Person("Ann Lee".into())),
                Change::Merge { names: vec!["Ann Lee".into(), "Anne Li".into()], lead: Some("Anne Li".into()) },
                Change::Hide(Target::Entity(EntityKind::Place, "Lakeford".into())),
                Change::Person("Ivo Marek".into()),
                Change::MergeEntities { kind: EntityKind::Organisation, names: vec!["City Hall".into(), "Town Hall".into()], lead: None },
            ],
        )
        .unwrap();
        assert!(out.starts_with(base), "{out}");
        assert!(out.contains("[[hide]]\nname = \"Lakeford\"\nkind = \"place\"\n"), "{out}");
        assert!(out.contains("[[merge]]\nnames = [\"City Hall\", \"Town Hall\"]\nkind = \"organisation\"\n"), "{out}");
        assert!(out.contains("[[hide]]\nname = \"Ann Lee\"\n"), "{out}");
        assert!(out.contains("[[person]]\nname = \"Ivo Marek\"\n"), "{out}");
        assert!(out.contains("[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\nlead = \"Anne Li\"\n"), "{out}");
    }

    #[test]
    fn an_article_field_lands_on_its_own_entry_or_a_new_one() {
        let base = "# metadata\n[[article]]\nfile = \"a.txt\" # first\nheadline = \"H\"\n";
        let changes = [
            Change::Article { file: "a.txt".into(), field: Field::Outlet, value: "The Daily".into() },
            Change::Article { file: "b.txt".into(), field: Field::Date, value: "2025-12-13".into() },
            Change::Article { file: "a.txt".into(), field: Field::Headline, value: " ".into() },
        ];
        let out = write_articles(base, &changes).unwrap();
        assert_eq!(out, "# metadata\n[[article]]\nfile = \"a.txt\" # first\noutlet = \"The Daily\"\n\n[[article]]\nfile = \"b.txt\"\ndate = \"2025-12-13\"\n");
    }

    #[test]
    fn a_pin_is_appended_and_an_unpin_takes_out_every_pin_of_that_card() {
        let base = "# pins for the embed\n[[pin]]\ncard = \"ann-lee\"\n[[pin]]\ncard = \"lakeford\"\n";
        let out = write_curation(base, &[Change::Pin("two-aides".into()), Change::Unpin("ann-lee".into())]).unwrap();
        assert_eq!(out, "# pins for the embed\n[[pin]]\ncard = \"lakeford\"\n\n[[pin]]\ncard = \"two-aides\"\n");
        assert_eq!(crate::curation_apply::pins(&out), ["lakeford", "two-aides"]);
    }

    #[test]
    fn the_editors_no_answers_are_the_entries_the_build_reads_as_answers() {
        let no = [Change::Apart("Maria Novak".into(), "Petra Novak".into()), Change::NotPerson("Tarvo Kesk".into())];
        let out = write_curation("", &no).unwrap();
        assert_eq!(out, "[[split]]\nnames = [\"Maria Novak\", \"Petra Novak\"]\n\n[[hide]]\nname = \"Tarvo Kesk\"\n");
        assert_eq!(
            no.iter().map(Change::describe).collect::<Vec<_>>(),
            ["Maria Novak and Petra Novak are two people", "Tarvo Kesk is no person"]
        );
    }

    #[test]
    fn invalid_base_text_is_an_error_not_a_loss() {
        assert!(write_curation("[[hide]\n", &[]).is_err());
    }
}

//! The editor's work: the corpus it started from, the changes made, and the facts they compile to
//! through the build's own path (`curation_apply::compile_texts`). Pure, tested natively.
use std::path::Path;
use std::rc::Rc;

use factlens_engine::curation::{self, Curation};
use factlens_engine::curation_apply::{compile_texts, figure_words, pins};
use factlens_engine::curation_write::{write_articles, write_curation, Change};
use factlens_engine::input::snapshot::Snapshot;
use factlens_engine::model::{CardId, Facts};

use super::history::History;

/// The curation and metadata files as the build would read them after the changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Files {
    pub curation: String,
    pub articles: String,
}

pub struct Session {
    pub base: Rc<Snapshot>,
    pub history: History<Change>,
}

impl Session {
    pub fn new(base: Snapshot) -> Session {
        Session { base: Rc::new(base), history: History::default() }
    }

    pub fn files(&self) -> Result<Files, String> {
        let changes = self.history.active();
        Ok(Files { curation: write_curation(&self.base.curation, changes)?, articles: write_articles(&self.base.articles, changes)? })
    }

    /// The card ids pinned after the changes, in order.
    pub fn pins(&self) -> Vec<CardId> {
        self.files().map(|f| pins(&f.curation)).unwrap_or_default()
    }

    /// The curation after the changes, as the build reads it (empty if it reads none): what the
    /// editor has answered of the engine's questions.
    pub fn curation(&self) -> Curation {
        let Ok(files) = self.files() else { return Curation::default() };
        curation::parse(Path::new("corpus/curation.toml"), &files.curation, &self.base.sources).unwrap_or_default()
    }

    /// The facts the next build gives, or its errors as it prints them.
    pub fn compile(&self) -> Result<Facts, Vec<String>> {
        let files = self.files().map_err(|e| vec![e])?;
        compile_texts(Path::new("corpus"), self.base.sources.clone(), &files.articles, &files.curation)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect())
    }

    /// Makes `change` if the build accepts it: a change the build would refuse (it changes nothing,
    /// it contradicts another) is not kept, and its errors are returned.
    pub fn push(&mut self, change: Change) -> Result<Facts, Vec<String>> {
        self.history.push(change);
        let facts = self.compile();
        if facts.is_err() {
            self.history.drop_last();
        }
        facts
    }

    /// Makes every change of `changes`, or none if the build refuses any.
    pub fn push_all(&mut self, changes: Vec<Change>) -> Result<Facts, Vec<String>> {
        let n = changes.len();
        changes.into_iter().for_each(|c| self.history.push(c));
        let facts = self.compile();
        if facts.is_err() {
            (0..n).for_each(|_| self.history.drop_last());
        }
        facts
    }
}

/// (file, words) that name figure `index` in a curation entry: its first report, from its number
/// on for as many words as pick it out in that article.
pub fn figure_target(facts: &Facts, index: usize) -> Option<(String, String)> {
    let m = facts.figures.get(index)?.mentions.first()?;
    let doc = facts.documents.iter().find(|d| d.id == m.doc)?;
    Some((doc.file.clone(), figure_words(&doc.text, m.mark_start, m.mark_end, m.end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlens_engine::corpus::{self, Source};
    use factlens_engine::curation_write::Target;

    fn seed() -> Session {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let sources = corpus::load(&dir).unwrap().sources;
        let sources = sources.into_iter().map(|s| Source { file: s.file, text: s.text, ..Source::default() }).collect();
        let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap_or_default();
        Session::new(Snapshot { articles: read(corpus::METADATA_FILE), curation: read(corpus::CURATION_FILE), sources })
    }

    #[test]
    fn the_merge_dialog_offers_cards_of_one_kind_and_a_place_merge_leaves_one_card() {
        use crate::editor::dialog::{candidates, named};
        use factlens_engine::curation::EntityKind;
        let mut s = seed();
        let before = s.compile().unwrap();
        let kind = Some(EntityKind::Place);
        let offered = candidates(&before, kind, 0, "");
        assert_eq!(offered, (1..before.places.len()).collect::<Vec<_>>(), "every other place, and no person");
        let other = named(&before, kind)[offered[0]].0.to_string();
        let names = vec![before.places[0].name.clone(), other.clone()];
        let after = s.push(Change::MergeEntities { kind: EntityKind::Place, names, lead: Some(other.clone()) }).unwrap();
        assert_eq!(after.places.len(), before.places.len() - 1);
        assert!(after.places.iter().any(|p| p.name == other && p.aliases.contains(&before.places[0].name)));
        assert!(s.files().unwrap().curation.contains("kind = \"place\""));
    }

    #[test]
    fn a_hide_leaves_the_card_out_and_undo_brings_it_back() {
        let mut s = seed();
        let before = s.compile().unwrap();
        let name = before.people[0].name.clone();
        let after = s.push(Change::Hide(Target::Person(name.clone()))).unwrap();
        assert!(!after.people.iter().any(|p| p.name == name));
        assert!(s.files().unwrap().curation.contains(&format!("name = \"{name}\"")));
        s.history.undo();
        assert_eq!(s.compile().unwrap(), before);
    }

    #[test]
    fn pins_are_changes_saved_in_curation_and_undone_like_any() {
        let mut s = seed();
        let facts = s.compile().unwrap();
        let (a, b) = (CardId::from(&facts.people[0].id), CardId::from(&facts.figures[0].id));
        s.push(Change::Pin(a.clone())).unwrap();
        s.push(Change::Pin(b.clone())).unwrap();
        assert_eq!(s.pins(), [a.clone(), b.clone()]);
        assert!(s.files().unwrap().curation.contains(&format!("[[pin]]\ncard = \"{a}\"")));
        s.push(Change::Unpin(a.clone())).unwrap();
        assert_eq!(s.pins(), std::slice::from_ref(&b));
        s.history.undo();
        assert_eq!(s.pins(), [a, b]);
        // a pin of no card is refused as the build refuses it
        assert!(s.push(Change::Pin("no-such-card".into())).is_err());
        // an editor opened on the saved files starts with their pins
        let saved = Snapshot { curation: s.files().unwrap().curation, ..(*s.base).clone() };
        assert_eq!(Session::new(saved).pins(), s.pins());
    }

    #[test]
    fn a_change_the_build_would_refuse_is_not_kept() {
        let mut s = seed();
        let facts = s.compile().unwrap();
        let (file, words) = figure_target(&facts, 0).unwrap();
        let label = facts.figures[0].label.clone();
        // the label the figure has already changes nothing: the build fails on it
        let errors = s.push(Change::Label { file, words, label }).unwrap_err();
        assert!(errors[0].contains("curation.toml:"), "{errors:?}");
        assert!(s.history.active().is_empty());
    }
}

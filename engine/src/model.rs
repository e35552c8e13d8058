//! The facts the engine exports: plain data shared by the CLI, the build script and the app.
// No `skip_serializing_if`: the JSON export lists every field, empty or not.
use serde::{Deserialize, Serialize};

pub use crate::ids::{CardId, CheckId, ConflictId, DocId, EntityId, FigureId, PersonId};

/// Everything extracted from one corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub documents: Vec<Document>,
    pub people: Vec<Person>,
    /// Companies, unions, parties, courts, hospitals, ministries... named in the articles.
    pub organisations: Vec<Entity>,
    /// Countries, regions, towns, streets, mines and camps named in the articles.
    pub places: Vec<Entity>,
    pub figures: Vec<Figure>,
    pub conflicts: Vec<Conflict>,
    pub checks: Vec<Check>,
    /// The story the page is about: `[story]` in articles.toml, else made from the headlines.
    pub story: Story,
    /// Card ids the editors pinned (`[[pin]]` in curation.toml): first on the page and in embeds,
    /// unless the host page pins its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pinned: Vec<CardId>,
}

impl Facts {
    /// Every mention of every person, organisation, place and figure, in that order.
    pub fn mentions(&self) -> impl Iterator<Item = &Mention> {
        let named = self.people.iter().flat_map(|p| &p.mentions);
        let entities = self.organisations.iter().chain(&self.places).flat_map(|e| &e.mentions);
        named.chain(entities).chain(self.figures.iter().flat_map(|f| &f.mentions))
    }
}

/// What the page is called and what a shared link shows (`<title>`, `og:` and `twitter:` meta).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub title: String,
    /// One line under the title, and the link preview's description.
    pub intro: String,
    /// The page's own https address (`og:url`, `rel=canonical`).
    pub url: Option<String>,
    /// An https address of the picture a shared link shows, and its text alternative.
    pub image: Option<String>,
    pub image_alt: Option<String>,
    /// The publication's name (`og:site_name`).
    pub site: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file name without `.txt`: stable across builds, so links to it keep working.
    pub id: DocId,
    pub file: String,
    pub title: String,
    /// Where known (metadata, or a domain or banner in the text).
    pub outlet: Option<String>,
    pub date: Option<String>,
    /// Always `https://` when present (validated on load).
    pub url: Option<String>,
    /// The article's text as loaded (decoded, without invisible characters: `corpus::decode`), so
    /// every mention's offsets slice back to its quote (the app's bundle carries each article's own
    /// lines only, offsets moved: `bundle::prepare`).
    pub text: String,
}

/// Where a fact was said: a sentence of one document and, inside it, the words that said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub doc: DocId,
    pub quote: String,
    /// Byte offsets of `quote` in the document text.
    pub start: usize,
    pub end: usize,
    /// Byte offsets, in the document text, of the name or number itself.
    pub mark_start: usize,
    pub mark_end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    /// Every other spelling the sources use, full names first.
    pub aliases: Vec<String>,
    /// The description most outlets give, e.g. "opposition leader".
    pub role: Option<String>,
    /// Every distinct description, most reported first.
    pub roles: Vec<String>,
    /// How many distinct outlets (or, where unknown, documents) mention this person.
    pub outlets: usize,
    pub mentions: Vec<Mention>,
}

/// An organisation or a place: a person's shape without roles. Never the same words as a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Unique among people, organisations and places: "norvik-holdings".
    pub id: EntityId,
    /// The spelling most outlets use, in full: "Norvik Holdings".
    pub name: String,
    /// Every other spelling the sources use, longer first ("Norvik", "NH").
    pub aliases: Vec<String>,
    /// How many distinct outlets (or, where unknown, documents) mention it.
    pub outlets: usize,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Qualifier {
    Exact,
    AtLeast,
    MoreThan,
    UpTo,
    FewerThan,
    About,
    Nearly,
}

impl Qualifier {
    /// The words a reader sees before the number ("" for an exact figure).
    pub fn words(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::AtLeast => "at least",
            Qualifier::MoreThan => "more than",
            Qualifier::UpTo => "up to",
            Qualifier::FewerThan => "fewer than",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
        }
    }

    /// The values a qualified figure allows: two reports conflict only when their ranges are disjoint.
    pub fn range(self, value: f64) -> (f64, f64) {
        match self {
            Qualifier::Exact => (value, value),
            Qualifier::AtLeast => (value, f64::INFINITY),
            Qualifier::MoreThan => (value + f64::EPSILON * value.abs().max(1.0), f64::INFINITY),
            Qualifier::UpTo => (f64::NEG_INFINITY, value),
            Qualifier::FewerThan => (f64::NEG_INFINITY, value - f64::EPSILON * value.abs().max(1.0)),
            Qualifier::About => (value * 0.9, value * 1.1),
            Qualifier::Nearly => (value * 0.85, value),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub id: FigureId,
    pub value: f64,
    /// The number as the first report wrote it, with its qualifier: "at least 1,200".
    pub display: String,
    /// What one of it is: "people", "years", "days", "percent", ...
    pub unit: String,
    pub qualifier: Qualifier,
    /// What it counts: "political prisoners released", "prison sentence", "age".
    pub label: String,
    /// The person it belongs to, by id.
    pub subject: Option<PersonId>,
    pub outlets: usize,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConflictKind {
    /// The values cannot all be true at once (their ranges do not overlap).
    Contradiction,
    /// Different numbers that can all be true ("more than 100" and "104").
    Imprecise,
    /// Values that one article itself gives side by side ("12 brought out on Thursday", "38 in all"):
    /// they count different things, stages or times, so they are shown apart, never as a dispute.
    Mixed,
}

/// Reports of one quantity with different values, kept side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    pub id: ConflictId,
    /// What the figures measure: "political prisoners held".
    pub about: String,
    pub kind: ConflictKind,
    pub figures: Vec<FigureId>,
}

/// Parts that should add up to a total, as one article reports them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub id: CheckId,
    pub about: String,
    pub parts: Vec<FigureId>,
    pub total: FigureId,
    pub sum: f64,
    pub holds: bool,
}

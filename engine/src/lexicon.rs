//! General word lists (given names, places, role nouns...) the extractors consult; none is about one story.
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::fold::fold;

pub struct Lexicon {
    pub given_names: HashSet<String>,
    pub role_nouns: HashSet<String>,
    pub person_nouns: HashSet<String>,
    pub org_words: HashSet<String>,
    pub stopwords: HashSet<String>,
    pub demonyms: HashSet<String>,
    /// Places and outlets may be several words: stored folded, words joined by one space.
    pub places: HashSet<String>,
    pub outlets: HashSet<String>,
    /// Words that make a figure in their clause a possibility or plan, or a demand.
    pub possible: HashSet<String>,
    pub sought: HashSet<String>,
    /// Words that make a figure in their clause a bar to reach ("a candidate needs more than 50%").
    pub threshold: HashSet<String>,
    /// Nouns that count everyone of a nationality in an event ("101 Ukrainian prisoners" returned are
    /// the "103 Ukrainians" who came home), where "84 Ukrainian soldiers" are a part of them.
    pub whole_nouns: HashSet<String>,
    /// Written unit (sign, word or code, folded) to the unit shown: "€" and "eur" to "euros".
    pub units: std::collections::HashMap<String, String>,
    /// Sources whose estimates are told apart ("police", "organisers").
    pub sources: HashSet<String>,
    /// Modifiers that pick out part of what a noun counts ("leading candidates").
    pub restrictive: HashSet<String>,
    /// Each noun to the first word of its synonym group.
    pub synonyms: std::collections::HashMap<String, String>,
    /// Words ending ("Norvik Holdings") or opening ("Ministry of Health") an organisation's name.
    pub organisation_heads: HashSet<String>,
    /// Lower-case nouns just before an organisation's name ("the monitoring group Votul Liber").
    pub organisation_nouns: HashSet<String>,
    /// Words that open organisations' names but are no short form of one ("National" Guard).
    pub organisation_generic: HashSet<String>,
    /// Words ending a place's name ("Station Road"), and opening one ("Camp Hope").
    pub place_heads: HashSet<String>,
    pub place_openers: HashSet<String>,
    /// Endings that make one word a club's or company's name ("-spor": "Yıldızspor").
    pub organisation_suffixes: Vec<String>,
    /// Lower-case nouns of sites after a place's name ("the Valdemora plant").
    pub place_nouns: HashSet<String>,
    /// Each spelling of a place with several (folded: "u.s.") to the name shown ("United States").
    pub place_aliases: std::collections::HashMap<String, String>,
}

fn words(list: &str) -> HashSet<String> {
    list.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(|l| l.split_whitespace()).map(fold).collect()
}

fn phrases(list: &str) -> HashSet<String> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(fold).collect()
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| Lexicon {
        given_names: words(include_str!("../lexicon/given_names.txt")),
        role_nouns: words(include_str!("../lexicon/role_nouns.txt")),
        person_nouns: words(include_str!("../lexicon/person_nouns.txt")),
        // an organisation's head word never belongs to a person's name either
        org_words: words(include_str!("../lexicon/org_words.txt"))
            .union(&words(include_str!("../lexicon/organisation_heads.txt")))
            .cloned()
            .collect(),
        stopwords: words(include_str!("../lexicon/stopwords.txt")),
        demonyms: words(include_str!("../lexicon/demonyms.txt")),
        places: phrases(include_str!("../lexicon/places.txt")),
        outlets: phrases(include_str!("../lexicon/outlets.txt")),
        possible: words(include_str!("../lexicon/possible.txt")),
        sought: words(include_str!("../lexicon/sought.txt")),
        threshold: words(include_str!("../lexicon/threshold.txt")),
        whole_nouns: words(include_str!("../lexicon/whole_nouns.txt")),
        restrictive: words(include_str!("../lexicon/restrictive.txt")),
        sources: words(include_str!("../lexicon/sources.txt")),
        units: include_str!("../lexicon/units.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| l.split_once(' ').map(|(w, u)| (fold(w.trim()), u.trim().to_string())))
            .collect(),
        synonyms: include_str!("../lexicon/synonyms.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(|l| {
                let group: Vec<&str> = l.split_whitespace().collect();
                group.iter().map(|w| (w.to_string(), group[0].to_string())).collect::<Vec<_>>()
            })
            .collect(),
        organisation_heads: words(include_str!("../lexicon/organisation_heads.txt")).into_iter().filter(|w| !w.starts_with('-')).collect(),
        organisation_suffixes: words(include_str!("../lexicon/organisation_heads.txt"))
            .into_iter()
            .filter_map(|w| w.strip_prefix('-').map(str::to_string))
            .collect(),
        place_nouns: words(include_str!("../lexicon/place_nouns.txt")),
        place_aliases: include_str!("../lexicon/place_aliases.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && l.contains('='))
            .flat_map(|l| {
                let names: Vec<&str> = l.split('=').map(str::trim).collect();
                names.iter().map(|n| (fold(n), names[0].to_string())).collect::<Vec<_>>()
            })
            .collect(),
        organisation_nouns: words(include_str!("../lexicon/organisation_nouns.txt")),
        organisation_generic: words(include_str!("../lexicon/organisation_generic.txt")),
        place_heads: words(&before_or_after(false)),
        place_openers: words(&before_or_after(true)),
    })
}

/// The lines of place_heads.txt after "before:" (words opening a name) or the others (ending one).
fn before_or_after(before: bool) -> String {
    let list = include_str!("../lexicon/place_heads.txt");
    let lines = list.lines().filter(|l| l.starts_with("before:") == before);
    lines.map(|l| l.trim_start_matches("before:")).collect::<Vec<_>>().join("\n")
}

impl Lexicon {
    /// A role noun, singular or plural ("leaders" -> "leader").
    pub fn is_role(&self, word: &str) -> bool {
        let w = fold(word);
        self.role_nouns.contains(&w) || w.strip_suffix('s').is_some_and(|s| self.role_nouns.contains(s))
    }

    /// The synonym group of a noun ("detainees" -> "prisoners").
    pub fn noun_group(&self, noun: &str) -> String {
        self.synonyms.get(noun).cloned().unwrap_or_else(|| noun.to_string())
    }

    /// "ukrainian" for "ukrainian" or "ukrainians": the nationality a word names, if any.
    pub fn demonym<'a>(&self, word: &'a str) -> Option<&'a str> {
        let singular = word.strip_suffix('s').unwrap_or(word);
        [word, singular].into_iter().find(|w| self.demonyms.contains(*w))
    }

    /// How many of `words` (folded, from the start) form a place or outlet name, longest first.
    pub fn place_or_outlet_len(&self, words: &[String]) -> usize {
        for n in (1..=words.len().min(4)).rev() {
            let phrase = words[..n].join(" ");
            if self.places.contains(&phrase) || self.outlets.contains(&phrase) {
                return n;
            }
        }
        0
    }
}

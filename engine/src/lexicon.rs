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
    /// Written unit (sign, word or code, folded) to the unit shown: "€" and "eur" to "euros".
    pub units: std::collections::HashMap<String, String>,
    /// Sources whose estimates are told apart ("police", "organisers").
    pub sources: HashSet<String>,
    /// Modifiers that pick out part of what a noun counts ("leading candidates").
    pub restrictive: HashSet<String>,
    /// Each noun to the first word of its synonym group.
    pub synonyms: std::collections::HashMap<String, String>,
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
        org_words: words(include_str!("../lexicon/org_words.txt")),
        stopwords: words(include_str!("../lexicon/stopwords.txt")),
        demonyms: words(include_str!("../lexicon/demonyms.txt")),
        places: phrases(include_str!("../lexicon/places.txt")),
        outlets: phrases(include_str!("../lexicon/outlets.txt")),
        possible: words(include_str!("../lexicon/possible.txt")),
        sought: words(include_str!("../lexicon/sought.txt")),
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
    })
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

//! Finds people: full names with a cue that they are people, their other spellings, later surname-only
//! mentions, and the roles the text gives them.
pub mod aliases;
pub mod entities;
mod index;

use std::collections::{HashMap, HashSet};

use crate::aliases::key;
use crate::document::Sentence;
use crate::fold::fold;
use crate::lexicon::{lexicon, Lexicon};
use crate::tokens::{Kind, Token};
use index::DraftIndex;

const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "added",
    "wrote",
    "confirmed",
    "announced",
    "noted",
    "explained",
    "insisted",
    "argued",
    "claimed",
    "warned",
    "urged",
    "denied",
    "recalled",
    "tweeted",
    "posted",
    "replied",
    "responded",
    "declared",
];
/// Words after a lone surname that show it is a person acting ("Smith said", "Smith, who").
const PERSON_AFTER: &[&str] = &["said", "says", "told", "was", "is", "has", "had", "who", "added", "wrote", "stated", "also"];
const PARTICLES: &[&str] = &["de", "da", "di", "du", "del", "der", "van", "von", "bin", "ibn", "al", "el", "la", "le", "dos"];
const APPOSITIVE_STOP: &[&str] = &[
    "who",
    "which",
    "that",
    "whose",
    "and",
    "but",
    "while",
    "when",
    "where",
    "after",
    "before",
    "said",
    "says",
    "such",
    "including",
    "like",
    "among",
];
const COPULA_ROLE: &[&str] = &["served", "serves", "works", "worked", "is", "was", "acted", "acts"];
/// Verbs that can stand just before a role phrase; an "-ed" word after an auxiliary is a verb too.
const CHAIN_STOP: &[&str] = &[
    "released",
    "freed",
    "jailed",
    "arrested",
    "met",
    "named",
    "called",
    "including",
    "include",
    "among",
    "them",
    "such",
    "with",
    "by",
    "from",
    "to",
    "in",
    "on",
    "at",
    "as",
    "like",
    "than",
    "per",
];
const AUXILIARIES: &[&str] = &["has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will"];

/// A place in the corpus where a person is named: token range `first..last` of one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub sentence: usize,
    pub first: usize,
    pub last: usize,
    pub person: usize,
}

#[derive(Debug, Clone, Default)]
pub struct PersonDraft {
    /// Full-name spellings as written (possessives cut), in order of first appearance.
    pub full_names: Vec<Vec<String>>,
    /// Surname-only spellings.
    pub short_names: Vec<String>,
    /// (role text, document) for every description the text gives.
    pub roles: Vec<(String, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct People {
    pub drafts: Vec<PersonDraft>,
    pub hits: Vec<Hit>,
    /// Capitalised names kept out for want of a cue: what an editor may declare a person
    /// (`[[person]]` in the curation) and what the editor asks about ("is this a person?").
    pub uncued: Vec<Uncued>,
}

/// A run of two to four capitalised words outside a headline that nothing marks as a person's (no
/// title or role before it, no known given name, no speech verb, age or description after it, no
/// surname of it acting alone) and that spells no person found: token range `first..last` of one
/// sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uncued {
    pub sentence: usize,
    pub first: usize,
    pub last: usize,
    pub words: Vec<String>,
}

impl People {
    /// Whether `name` is spelled by a run the engine kept out for want of a cue.
    pub fn kept_out(&self, name: &str) -> bool {
        let wanted = fold(name.trim());
        self.uncued.iter().any(|u| fold(&u.words.join(" ")) == wanted)
    }
}

/// Whether a token can be part of a name: a capitalised word, not an acronym, not a function word.
fn name_word(t: &Token, lex: &Lexicon) -> bool {
    if !t.is_capitalised() {
        return false;
    }
    let bare = t.bare();
    let letters: Vec<char> = bare.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    let initial = letters.len() == 1 && bare.ends_with('.');
    let folded = fold(bare);
    !acronym
        && (initial || !bare.contains('.'))
        && !bare.chars().any(|c| c.is_ascii_digit())
        && !lex.stopwords.contains(&folded)
        // "Germán" is a given name; "German" written so is the demonym (see `segments` for "Sergeant German Sokolov")
        && (!lex.demonyms.contains(&folded) || folded != bare.to_lowercase())
        && !lex.is_role(bare)
        && !lex.org_words.contains(&folded)
        // Turkish sports clubs: "Yıldızspor", "Demirspor"
        && !lex.organisation_suffixes.iter().any(|s| folded.len() > s.len() + 3 && folded.ends_with(s.as_str()))
}

fn folded_words(tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| fold(t.bare())).collect()
}

/// Runs of name words in a sentence, split at places and outlets: (first, last) token ranges. Runs
/// that are part of an organisation's name go to `orgs` instead.
fn segments(tokens: &[Token], lex: &Lexicon, orgs: &mut Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let folded = folded_words(tokens);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let place = lex.place_or_outlet_len(&folded[i..]);
        if place > 0 {
            i += place;
            continue;
        }
        // a demonym between a role and a name is a given name: "Sergeant German Sokolov"
        // a role word between a lower-case role and a name is a given name: "midfielder Emir Tekin"
        let given_role = i > 0
            && tokens[i].is_capitalised()
            && lex.is_role(tokens[i].bare())
            && tokens[i - 1].kind == Kind::Word
            && !tokens[i - 1].is_capitalised()
            && lex.is_role(tokens[i - 1].bare())
            && tokens.get(i + 1).is_some_and(|n| name_word(n, lex));
        let given_demonym = i > 0
            && tokens[i].is_capitalised()
            && lex.demonyms.contains(&folded[i])
            && lex.is_role(tokens[i - 1].bare())
            && tokens.get(i + 1).is_some_and(|n| name_word(n, lex));
        if !name_word(&tokens[i], lex) && !given_demonym && !given_role {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i + 1;
        while last < tokens.len() && !tokens[last - 1].is_possessive() {
            if lex.place_or_outlet_len(&folded[last..]) > 0 {
                break;
            }
            if name_word(&tokens[last], lex) {
                last += 1;
            } else if PARTICLES.contains(&tokens[last].text) && tokens.get(last + 1).is_some_and(|n| name_word(n, lex)) {
                last += 2;
            } else {
                break;
            }
        }
        // a run that runs into an organisation word ("Nobel Peace Prize", "Sankofa Deep Mining") or
        // out of one ("Sindicato Unitario del Metal") names no person
        let org_word = |t: Option<&Token>| t.is_some_and(|n| n.is_capitalised() && lex.org_words.contains(&fold(n.bare())));
        if org_word(tokens.get(last)) || (first > 0 && org_word(tokens.get(first - 1))) {
            orgs.push((first, last));
        } else {
            out.push((first, last));
        }
        i = last;
    }
    out
}

fn is_number(t: Option<&Token>, range: std::ops::RangeInclusive<u32>) -> bool {
    t.is_some_and(|t| t.kind == Kind::Number && t.text.parse::<u32>().is_ok_and(|n| range.contains(&n)))
}

/// Context that shows a capitalised phrase is a person: a role just before, or a verb, age or
/// description just after.
fn has_person_cue(tokens: &[Token], first: usize, last: usize, lex: &Lexicon) -> bool {
    let before = |k: usize| first.checked_sub(k).and_then(|i| tokens.get(i));
    // a role or a person noun ("a worker, Germán Ortega"), an age ("17-year-old Kwame Boateng"), or
    // an introduction ("a girl named Mira Tanasescu", "identified as Olufemi Adeyemi", "gave her name as ...")
    let described = |t: &Token| {
        let w = fold(t.bare());
        t.kind == Kind::Word && (lex.is_role(t.bare()) || lex.person_nouns.contains(&w) || lex.person_nouns.contains(&format!("{w}s")))
    };
    let role_before = before(1).is_some_and(described)
        || (before(1).is_some_and(|t| t.text == ",") && before(2).is_some_and(described))
        || before(1).is_some_and(|t| t.is("old") || fold(t.text).ends_with("-old"))
        || before(1).is_some_and(|t| t.is("named") || t.is("called"))
        || (before(1).is_some_and(|t| t.is("as")) && before(2).is_some_and(|t| t.is("identified") || t.is("name")))
        // "She was Rose Boateng.": a pronoun for a person, named
        || (before(1).is_some_and(|t| t.is("was") || t.is("is")) && before(2).is_some_and(|t| t.is("she") || t.is("he")));
    let after = |k: usize| tokens.get(last + k);
    let speech = after(0).is_some_and(|t| SPEECH_VERBS.iter().any(|v| t.is(v)))
        || (after(0).is_some_and(|t| t.text == ",") && after(1).is_some_and(|t| SPEECH_VERBS.iter().any(|v| t.is(v))));
    let appositive = after(0).is_some_and(|t| t.text == ",")
        && (after(1).is_some_and(|t| ["a", "an", "the", "who", "whose"].iter().any(|w| t.is(w)))
            || (is_number(after(1), 1..=120) && after(2).is_some_and(|t| t.text == ",")));
    let age_in_brackets = after(0).is_some_and(|t| t.text == "(") && is_number(after(1), 1..=120);
    // "Rainer Voßberg of the IG Metall union warned": a full name of an organisation
    let member_of = last - first >= 2
        && after(0).is_some_and(|t| t.is("of"))
        && after(1).is_some_and(|t| t.is("the"))
        && after(2).is_some_and(|t| t.is_capitalised());
    // "Felicia Ampofo (@FeliciaAmpofoGH)": a social media handle after a full name
    let handle_at = |k: usize| after(k).is_some_and(|t| t.text == "(") && after(k + 1).is_some_and(|t| t.text.starts_with('@'));
    // "Priya Raman, Business correspondent (@priyaraman_biz)": a byline's role between them
    let role_then_handle = after(0).is_some_and(|t| t.text == ",")
        && (2..=4).any(|k| {
            handle_at(k)
                && (1..k).all(|j| after(j).is_some_and(|t| t.kind == Kind::Word))
                && (1..k).any(|j| after(j).is_some_and(|t| lex.is_role(t.bare())))
        });
    let handle = handle_at(0) || role_then_handle;
    role_before || speech || appositive || age_in_brackets || handle || member_of
}

/// The role phrase just before a name: "former trade minister", "exiled opposition leader",
/// "U.N. Special Envoy for Freedonia", "the mayor’s adviser,".
fn role_before(tokens: &[Token], first: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let mut head = first.checked_sub(1)?;
    if tokens[head].text == "," {
        head = head.checked_sub(1)?;
    }
    // "Envoy for Freedonia Jane Roe": the head noun may be followed by for/of + a place
    let mut end = head + 1;
    if !lex.is_role(tokens[head].bare()) {
        let place_start = head;
        let connector = place_start.checked_sub(1)?;
        if !(tokens[connector].is("for") || tokens[connector].is("of")) || !tokens[place_start].is_capitalised() {
            return None;
        }
        head = connector.checked_sub(1)?;
        if !lex.is_role(tokens[head].bare()) {
            return None;
        }
        end = first;
    }
    if tokens[head].kind != Kind::Word {
        return None;
    }
    let mut start = head;
    while start > 0 && head + 1 - start < 6 {
        let t = &tokens[start - 1];
        let folded = fold(t.bare());
        let aux_before = start >= 2 && AUXILIARIES.iter().any(|a| tokens[start - 2].is(a));
        let verb = CHAIN_STOP.contains(&folded.as_str()) || (folded.ends_with("ed") && aux_before);
        if t.kind != Kind::Word || verb || (lex.stopwords.contains(&folded) && !t.is_possessive()) {
            break;
        }
        start -= 1;
        if t.is_possessive() {
            break;
        }
    }
    Some((start, end))
}

/// A description after a name: ", a former banker who ..." -> "former banker".
fn role_after(tokens: &[Token], last: usize, lex: &Lexicon) -> Option<(usize, usize)> {
    let mut i = last;
    if tokens.get(i)?.text != "," {
        return None;
    }
    i += 1;
    // skip an age: "Smith, 62, a former banker"
    if is_number(tokens.get(i), 1..=120) && tokens.get(i + 1).is_some_and(|t| t.text == ",") {
        i += 2;
    }
    // ", who served as the campaign manager for ..."
    if tokens.get(i).is_some_and(|t| t.is("who")) && tokens.get(i + 1).is_some_and(|t| COPULA_ROLE.iter().any(|v| t.is(v))) {
        i += 2;
        if tokens.get(i).is_some_and(|t| t.is("as")) {
            i += 1;
        }
    }
    let first = tokens.get(i)?;
    let starts_lower = first.kind == Kind::Word && first.text.chars().next().is_some_and(char::is_lowercase);
    if !starts_lower || APPOSITIVE_STOP.iter().any(|w| first.is(w)) {
        return None;
    }
    if ["a", "an", "the"].iter().any(|a| first.is(a)) {
        i += 1;
    }
    let start = i;
    let mut end = i;
    let mut role_at = None;
    while end < tokens.len() && end - start < 10 {
        let t = &tokens[end];
        if t.kind == Kind::Punct || APPOSITIVE_STOP.iter().any(|w| t.is(w)) {
            break;
        }
        if role_at.is_none() && t.kind == Kind::Word && lex.is_role(t.bare()) {
            role_at = Some(end);
        }
        end += 1;
    }
    let role_at = role_at?;
    // a plural noun describes a group the name belongs to ("X, opposition figures such as Y"), not X
    if tokens[role_at].text.ends_with('s') && !lex.role_nouns.contains(&fold(tokens[role_at].text)) {
        return None;
    }
    // a long description is cut after its noun: "central figure in the ... against ..." -> "central figure"
    if end - start >= 10 {
        end = role_at + 1;
    }
    Some((start, end))
}

fn role_text(doc_text: &str, tokens: &[Token], (start, end): (usize, usize)) -> String {
    let text = &doc_text[tokens[start].start..tokens[end - 1].end()];
    let text = text.trim_end_matches([',', ' ']);
    // "opposition leaders Maria X and Viktor Y": each is an opposition leader
    match text.strip_suffix('s') {
        Some(stem) if lexicon().role_nouns.contains(&fold(stem.rsplit(' ').next().unwrap_or(""))) => stem.to_string(),
        _ => text.to_string(),
    }
}

struct Candidate {
    sentence: usize,
    first: usize,
    last: usize,
    words: Vec<String>,
    cue: bool,
}

/// "Among the freed were Hanna Kovalchuk, Petro Savchuk, Olena Bondar and Danylo Hrytsak": when a
/// member of a list of full names is a person, the others (two to four words each) are people too.
fn coordinated_lists(candidates: &mut [Candidate], sentences: &[Sentence]) {
    // a member is a person when it has a cue here or anywhere in the corpus
    let known: HashSet<String> = candidates.iter().filter(|c| c.cue).map(|c| fold(&c.words.join(" "))).collect();
    let mut start = 0;
    while start < candidates.len() {
        let mut end = start + 1;
        while end < candidates.len() && candidates[end].sentence == candidates[start].sentence {
            let (a, b) = (&candidates[end - 1], &candidates[end]);
            let between: Vec<&str> = sentences[a.sentence].tokens[a.last..b.first].iter().map(|t| t.text).collect();
            if !matches!(between.as_slice(), [","] | ["and"] | [",", "and"] | ["or"] | [",", "or"]) {
                break;
            }
            end += 1;
        }
        let list = &mut candidates[start..end];
        if list.len() >= 2
            && list.iter().any(|c| c.cue || known.contains(&fold(&c.words.join(" "))))
            && !sentences[list[0].sentence].title_case
        {
            for c in list.iter_mut().filter(|c| (2..=4).contains(&c.words.len())) {
                c.cue = true;
            }
        }
        start = end;
    }
}

/// Finds the people of a corpus. `texts[doc]` is the text of document `doc`.
pub fn find(sentences: &[Sentence], texts: &[&str], never_merge: &[(String, String)]) -> People {
    find_with(sentences, texts, never_merge, &[])
}

/// `find`, with full names an editor declared people's (`[[person]]`, names `People::kept_out`)
/// read as if a cue marked them: each is a person like any other, with every full-name and
/// surname-alone mention and the roles the text gives.
pub fn find_with(sentences: &[Sentence], texts: &[&str], never_merge: &[(String, String)], declared: &[String]) -> People {
    let lex = lexicon();
    let mut candidates = Vec::new();
    // surnames seen alone with a verb after them: "Smith said", "Smith, who"
    let mut acting_surnames: HashMap<String, usize> = HashMap::new();
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::with_capacity(sentences.len());
    // names of organisations anywhere in the corpus: "Sankofa Deep said" is the company that another
    // sentence calls "Sankofa Deep Mining Ltd"
    let mut org_names: HashSet<String> = HashSet::new();
    for sentence in sentences {
        let mut orgs = Vec::new();
        runs.push(segments(&sentence.tokens, lex, &mut orgs));
        for (first, last) in orgs.into_iter().filter(|(f, l)| l - f >= 2) {
            org_names.insert(folded_words(&sentence.tokens[first..last]).join(" "));
        }
    }
    for (s, sentence) in sentences.iter().enumerate() {
        let tokens = &sentence.tokens;
        for &(first, last) in &runs[s] {
            let words: Vec<String> = tokens[first..last].iter().map(|t| t.bare().to_string()).collect();
            if last - first >= 2 && org_names.contains(&folded_words(&tokens[first..last]).join(" ")) {
                continue;
            }
            if last - first == 1 {
                let next = tokens.get(last).map(|t| t.text).unwrap_or("");
                let next = if next == "," { tokens.get(last + 1).map_or("", |t| t.text) } else { next };
                // "Kovalchuk, 61, taught history": an age between commas
                let aged = tokens.get(last).is_some_and(|t| t.text == ",")
                    && is_number(tokens.get(last + 1), 1..=120)
                    && tokens.get(last + 2).is_some_and(|t| t.text == ",");
                if PERSON_AFTER.iter().any(|w| next.eq_ignore_ascii_case(w)) || tokens[first].is_possessive() || aged {
                    *acting_surnames.entry(key(&words[0])).or_default() += 1;
                }
                continue;
            }
            if last - first > 4 {
                continue;
            }
            let given = lex.given_names.contains(&fold(&words[0]));
            let cue = !sentence.title_case && (given || has_person_cue(tokens, first, last, lex));
            candidates.push(Candidate { sentence: s, first, last, words, cue });
        }
    }
    let mut people = People::default();
    // a full name with no cue of its own still counts when its surname acts alone elsewhere, or
    // when an editor declared it a person's
    let declared: HashSet<String> = declared.iter().map(|n| fold(n.trim())).collect();
    for c in &mut candidates {
        if !c.cue && !sentences[c.sentence].title_case {
            c.cue = acting_surnames.contains_key(&key(c.words.last().map_or("", String::as_str)))
                || (!declared.is_empty() && declared.contains(&fold(&c.words.join(" "))));
        }
    }
    coordinated_lists(&mut candidates, sentences);
    let separate = |a: &[String], b: &[String]| {
        if never_merge.is_empty() {
            return false;
        }
        let (a, b) = (a.join(" "), b.join(" "));
        never_merge.iter().any(|(x, y)| (fold(x) == fold(&a) && fold(y) == fold(&b)) || (fold(x) == fold(&b) && fold(y) == fold(&a)))
    };
    // drafts by the keys of their names, so matching a name looks at the few it may spell
    let mut index = DraftIndex::default();
    for c in candidates.iter().filter(|c| c.cue) {
        let found = index.matching(&c.words).into_iter().find(|&p| !people.drafts[p].full_names.iter().any(|n| separate(n, &c.words)));
        match found {
            Some(p) => {
                if !people.drafts[p].full_names.contains(&c.words) {
                    index.add(&c.words, p);
                    people.drafts[p].full_names.push(c.words.clone());
                }
            }
            None => {
                index.add(&c.words, people.drafts.len());
                people.drafts.push(PersonDraft { full_names: vec![c.words.clone()], ..PersonDraft::default() });
            }
        }
    }
    // every full-name occurrence, with or without a cue, that spells a known person
    for c in &candidates {
        let try_words = [&c.words[..], &c.words[c.words.len().saturating_sub(2)..]];
        for (n, words) in try_words.iter().enumerate() {
            // a split keeps apart here too, or the second spelling's mentions went to the first person
            let allowed = |d: &PersonDraft| !d.full_names.iter().any(|n| separate(n, words));
            if let Some(p) = index.matching(words).into_iter().find(|&p| allowed(&people.drafts[p])) {
                let first = if n == 0 { c.first } else { c.last - words.len() };
                if !people.drafts[p].full_names.iter().any(|f| f == *words) {
                    index.add(words, p);
                    people.drafts[p].full_names.push(words.to_vec());
                }
                people.hits.push(Hit { sentence: c.sentence, first, last: c.last, person: p });
                break;
            }
        }
        let spelled = people.hits.last().is_some_and(|h| h.sentence == c.sentence && h.last == c.last);
        if !spelled && !c.cue && !sentences[c.sentence].title_case {
            people.uncued.push(Uncued { sentence: c.sentence, first: c.first, last: c.last, words: c.words.clone() });
        }
    }
    let mut owners_of: HashMap<String, Vec<usize>> = HashMap::new();
    for (p, d) in people.drafts.iter().enumerate() {
        for n in &d.full_names {
            let owners = owners_of.entry(key(n.last().map_or("", String::as_str))).or_default();
            if !owners.contains(&p) {
                owners.push(p);
            }
        }
    }
    // surname-only mentions: one capitalised word whose key is a known surname's
    let mut last_seen: HashMap<usize, (usize, usize)> = HashMap::new();
    let mut sorted: Vec<Hit> = people.hits.clone();
    sorted.sort_by_key(|h| (h.sentence, h.first));
    let mut extra = Vec::new();
    let mut cursor = 0;
    for (s, sentence) in sentences.iter().enumerate() {
        while cursor < sorted.len() && sorted[cursor].sentence == s {
            last_seen.insert(sorted[cursor].person, (sentence.doc, s));
            cursor += 1;
        }
        let from = sorted.partition_point(|h| h.sentence < s);
        let to = sorted.partition_point(|h| h.sentence <= s);
        let covered: Vec<(usize, usize)> = sorted[from..to].iter().map(|h| (h.first, h.last)).collect();
        for (i, t) in sentence.tokens.iter().enumerate() {
            if !t.is_capitalised() || covered.iter().any(|&(a, b)| (a..b).contains(&i)) {
                continue;
            }
            // "Court" is no mention of a Kurt, whatever their keys share
            if tokens_continue_name(&sentence.tokens, i, lex) || !name_word(t, lex) {
                continue;
            }
            // "Çelik İnşaat", "Brandt Holdings": a surname that names a company is no mention of its owner
            if sentence.tokens.get(i + 1).is_some_and(|n| n.is_capitalised() && lex.organisation_heads.contains(&fold(n.bare()))) {
                continue;
            }
            let Some(owners) = owners_of.get(&key(t.bare())) else { continue };
            let owner = match owners.as_slice() {
                [] => continue,
                [one] => *one,
                many => *many
                    .iter()
                    .max_by_key(|p| last_seen.get(p).filter(|(d, _)| *d == sentence.doc).map_or(0, |(_, s)| s + 1))
                    .unwrap_or(&many[0]),
            };
            extra.push(Hit { sentence: s, first: i, last: i + 1, person: owner });
            let short = t.bare().to_string();
            if !people.drafts[owner].short_names.contains(&short) {
                people.drafts[owner].short_names.push(short);
            }
        }
    }
    people.hits.extend(extra);
    people.hits.sort_by_key(|h| (h.sentence, h.first));
    for hit in &people.hits {
        let sentence = &sentences[hit.sentence];
        let text = texts[sentence.doc];
        if sentence.title_case {
            continue;
        }
        let spans = [role_before(&sentence.tokens, hit.first, lex), role_after(&sentence.tokens, hit.last, lex)];
        for span in spans.into_iter().flatten() {
            if span.1 > span.0 {
                let role = role_text(text, &sentence.tokens, span);
                people.drafts[hit.person].roles.push((role, sentence.doc));
            }
        }
    }
    people
}

/// A capitalised word that is part of a longer capitalised run is not a lone surname.
fn tokens_continue_name(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let joined = |j: usize| tokens.get(j).is_some_and(|t| name_word(t, lex));
    (i > 0 && joined(i - 1) && !tokens[i - 1].is_possessive()) || (joined(i + 1) && !tokens[i].is_possessive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Source;
    use crate::document::sentences;

    fn people(texts: &[&str]) -> (Vec<PersonDraft>, Vec<Source>) {
        let sources: Vec<Source> =
            texts.iter().map(|t| Source { file: "a.txt".into(), text: t.to_string(), ..Source::default() }).collect();
        let sentences = sentences(&sources);
        let plain: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
        let found = find(&sentences, &plain, &[]);
        (found.drafts, sources)
    }

    fn names(drafts: &[PersonDraft]) -> Vec<String> {
        drafts.iter().map(|d| d.full_names[0].join(" ")).collect()
    }

    #[test]
    fn surname_mentions_join_the_full_name() {
        let (drafts, _) = people(&[
            "The mayor met union leader Odile Brandt on Monday in the town hall.\nBrandt said the strike would go on for weeks.\n",
        ]);
        assert_eq!(names(&drafts), ["Odile Brandt"]);
        assert_eq!(drafts[0].short_names, ["Brandt"]);
    }

    #[test]
    fn people_introduced_by_age_name_list_or_handle_are_found() {
        let (drafts, _) = people(&[
            "Among the civilians were Hanna Kovalchuk, Petro Savchuk, Olena Bondar and Danylo Hrytsak, officials said Kovalchuk, 61, taught history.",
            "Among those hurt was 17-year-old Kwabi Mensarh.",
            "A girl named Mirela Tanasoiu was found alive.",
            "Lawmaker Felicia Ampoma (@FeliciaAmpomaGH) posted a video.",
            "A worker, Germán Ortegal, said the mood was grim.",
            "Sergeant German Sokolin said he was treated well.",
            "Demirspor midfielder Emir Tekinal was sent off.",
            "Rainer Vossbergen of the IG Fahrzeugbau union warned of strikes.",
        ]);
        let found = names(&drafts);
        for name in [
            "Hanna Kovalchuk",
            "Petro Savchuk",
            "Olena Bondar",
            "Danylo Hrytsak",
            "Kwabi Mensarh",
            "Mirela Tanasoiu",
            "Felicia Ampoma",
            "Germán Ortegal",
        ] {
            assert!(found.iter().any(|n| n == name), "{name} in {found:?}");
        }
    }

    #[test]
    fn romanisations_and_hyphenated_surnames_merge() {
        let (drafts, _) = people(&[
            "Mediator Khalid Al-Mansouri said the talks were over.",
            "Mediator Khaled al-Mansoori, 58, flew home.",
            "Foreman Yaw Owusu-Mensah said the air was good.",
            "Foreman Yaw Owusu Mensah was still underground.",
            "Striker Oleksandr Shcherbakov, 24, scored twice.",
            "Striker Oleksandr Şerbakov said he was tired.",
        ]);
        assert_eq!(names(&drafts).len(), 3, "{:?}", names(&drafts));
    }

    #[test]
    fn a_company_named_in_full_elsewhere_is_no_person_when_it_speaks() {
        let (drafts, _) = people(&[
            "The mine's operator, Norvik Deep Mining Ltd, said the shaft was safe.",
            "Norvik Deep said on Friday that work had stopped.",
        ]);
        assert!(names(&drafts).is_empty(), "{:?}", names(&drafts));
        let (drafts, _) = people(&["Ana Ruiz said the Sindicato Unitario del Metal would strike."]);
        assert_eq!(names(&drafts), ["Ana Ruiz"]);
    }

    #[test]
    fn places_organisations_and_outlets_are_not_people() {
        let (drafts, _) = people(&["Officials in New Zealand told Reuters that the European Union and the Red Cross would help, according to Al Jazeera reports from Buenos Aires.\n"]);
        assert!(drafts.is_empty(), "{:?}", names(&drafts));
    }

    #[test]
    fn transliterated_spellings_merge_and_lookalikes_do_not() {
        let (drafts, _) = people(&[
            "The court freed activist Maria Kalesnikava on Friday after a long trial.\nIn a separate case, engineer Pavel Kalashnikov was fined by the court.\n",
            "Opposition leader Maria Kolesnikova said she had no regrets about the protests.\n",
        ]);
        assert_eq!(names(&drafts), ["Maria Kalesnikava", "Pavel Kalashnikov"]);
        assert_eq!(drafts[0].full_names.len(), 2);
    }

    #[test]
    fn roles_come_from_titles_before_and_descriptions_after() {
        let (drafts, _) = people(&["The deal was welcomed by former trade minister Ines Rocha on Tuesday.\nTomasz Wrobel, a retired judge who led the inquiry, disagreed with the decision.\n"]);
        let roles: Vec<Vec<&str>> = drafts.iter().map(|d| d.roles.iter().map(|(r, _)| r.as_str()).collect()).collect();
        assert_eq!(roles, [vec!["former trade minister"], vec!["retired judge"]]);
    }

    #[test]
    fn a_name_a_pronoun_is_given_is_a_person() {
        let (drafts, _) = people(&["A woman waited at the gate all night. She was Efua Asante.\n"]);
        let names: Vec<Vec<String>> = drafts.iter().flat_map(|d| d.full_names.clone()).collect();
        assert_eq!(names, [vec!["Efua".to_string(), "Asante".to_string()]]);
    }

    #[test]
    fn a_byline_with_a_role_and_a_handle_names_a_person() {
        let (drafts, _) =
            people(&["The plant will close in May.\n\nKwesi Ampadu, Energy reporter (@kampadu_news)\n\nThe plant employs 900 people.\n"]);
        let names: Vec<Vec<String>> = drafts.iter().flat_map(|d| d.full_names.clone()).collect();
        assert_eq!(names, [vec!["Kwesi".to_string(), "Ampadu".to_string()]]);
    }

    #[test]
    fn a_name_a_caller_gives_is_a_person() {
        let (drafts, _) = people(&["One caller, who gave her name as Auntie Dzifa from the market, asked about the fees.\n"]);
        let names: Vec<Vec<String>> = drafts.iter().flat_map(|d| d.full_names.clone()).collect();
        assert_eq!(names, [vec!["Auntie".to_string(), "Dzifa".to_string()]]);
    }

    #[test]
    fn a_job_word_opening_a_sentence_is_a_role_not_a_given_name() {
        let (drafts, _) = people(&[
            "Paratrooper Ivo Renkas, 31, was among those freed.\n",
            "Freed paratrooper Ivo Renkas hugged his sister at the border.\n",
        ]);
        let names: Vec<Vec<String>> = drafts.iter().flat_map(|d| d.full_names.clone()).collect();
        assert_eq!(names, [vec!["Ivo".to_string(), "Renkas".to_string()]]);
        assert_eq!(drafts[0].roles[0].0, "Paratrooper");
    }

    #[test]
    fn a_split_keeps_two_spellings_apart_in_every_mention() {
        let sources = vec![Source {
            file: "a.txt".into(),
            text: "Finance minister Anna Novak said 40 banks would be audited.\nThe sprinter Ana Novak, 23, said she would run.\n".into(),
            ..Source::default()
        }];
        let sentences = sentences(&sources);
        let texts = [sources[0].text.as_str()];
        let merged = find(&sentences, &texts, &[]);
        assert_eq!(names(&merged.drafts), ["Anna Novak"], "one key: merged without the split");
        let split = find(&sentences, &texts, &[("Anna Novak".into(), "Ana Novak".into())]);
        let people_hit: Vec<usize> = split.hits.iter().filter(|h| h.last - h.first == 2).map(|h| h.person).collect();
        assert_eq!(people_hit.len(), 2);
        assert_ne!(people_hit[0], people_hit[1], "each spelling's mention is its own person's");
    }

    #[test]
    fn a_name_with_no_cue_is_kept_out_until_declared_a_person() {
        let sources = vec![Source {
            file: "a.txt".into(),
            text: "The talks were led by Odile Brandt on Monday.\nLater Odile Brandt left the hall with Ivo Marek.\n".into(),
            ..Source::default()
        }];
        let sentences = sentences(&sources);
        let texts = [sources[0].text.as_str()];
        let found = find(&sentences, &texts, &[]);
        assert!(found.drafts.is_empty(), "{:?}", names(&found.drafts));
        let uncued: Vec<String> = found.uncued.iter().map(|u| u.words.join(" ")).collect();
        assert_eq!(uncued, ["Odile Brandt", "Odile Brandt", "Ivo Marek"]);
        assert!(found.kept_out("odile brandt") && !found.kept_out("Brandt"));
        let declared = find_with(&sentences, &texts, &[], &["odile brandt".into()]);
        assert_eq!(names(&declared.drafts), ["Odile Brandt"]);
        assert_eq!(declared.hits.iter().filter(|h| h.person == 0).count(), 2);
        assert_eq!(declared.uncued.len(), 1, "Ivo Marek is still only a question");
    }

    #[test]
    fn a_declared_person_is_read_like_any_other_surname_and_role_included() {
        let text = "Crowds cheered Tarvo Kesk at the gate.\nKesk, the harbour pilot, waved back.\nOfficials said Kesk had not slept.\n";
        let sources = vec![Source { file: "a.txt".into(), text: text.into(), ..Source::default() }];
        let sentences = sentences(&sources);
        let declared = find_with(&sentences, &[text], &[], &["Tarvo Kesk".into()]);
        assert_eq!(names(&declared.drafts), ["Tarvo Kesk"]);
        assert_eq!(declared.drafts[0].short_names, ["Kesk"]);
        assert_eq!(declared.hits.len(), 3, "the full name and the surname twice");
        assert!(declared.drafts[0].roles.iter().any(|(r, _)| r.contains("harbour pilot")), "{:?}", declared.drafts[0].roles);
    }

    #[test]
    fn headlines_name_no_new_people() {
        let (drafts, _) =
            people(&["Storm Leaves Thousands Without Power Across Region\nThe storm hit on Sunday night, the agency said.\n"]);
        assert!(drafts.is_empty(), "{:?}", names(&drafts));
    }
}

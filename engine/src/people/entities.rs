//! Organisations and places: the capitalised names the people pass keeps out of people, found by
//! small readers (one per kind of evidence, each returning readings) and joined into one entity per
//! name with its spellings and mentions.
use std::collections::{HashMap, HashSet};

use crate::document::Sentence;
use crate::fold::fold;
use crate::lexicon::{lexicon, Lexicon};
use crate::people::Hit;
use crate::tokens::{Kind, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Organisation,
    Place,
}

/// What a reader proposes: tokens `first..last` of one sentence name an organisation or a place.
/// A strong reading rests on the name itself (a head word, a known country); a weak one on its
/// context (a preposition, a noun before it), and gives way to any strong reading of the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reading {
    first: usize,
    last: usize,
    kind: EntityKind,
    strong: bool,
    /// Only a site noun after it says it is a place ("the Veltrana plant"): a company's name may too.
    site: bool,
}

/// One sentence as the readers see it: its tokens and the spans its people take.
struct Seen<'a, 't> {
    tokens: &'a [Token<'t>],
    people: &'a [(usize, usize)],
    lex: &'static Lexicon,
}

type ReadFn = fn(&Seen) -> Vec<Reading>;

/// Every reader, in no particular order: a new kind of evidence is a new function here.
const READERS: &[(&str, ReadFn)] = &[
    ("named by a head word", named_by_head),
    ("a known place", known_place),
    ("a member's organisation", member_of),
    ("introduced by a noun", introduced_by_noun),
    ("after a preposition of place", after_place_preposition),
    ("a dateline", dateline),
    ("before a site noun", before_site_noun),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityHit {
    pub sentence: usize,
    pub first: usize,
    pub last: usize,
    pub entity: usize,
}

#[derive(Debug, Clone)]
pub struct EntityDraft {
    pub kind: EntityKind,
    /// Spellings as written, full names first, in order of first appearance.
    pub spellings: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Entities {
    pub drafts: Vec<EntityDraft>,
    pub hits: Vec<EntityHit>,
}

const CONNECTORS: &[&str] = &["of", "for", "de", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der"];

fn folded(t: &Token) -> String {
    fold(t.bare())
}

/// A word that can be part of an organisation's or a place's name: capitalised (or an acronym), not
/// a function word or a role ("Chief Executive" ends a company's name, not continues it).
fn name_part(t: &Token, lex: &Lexicon) -> bool {
    if t.kind != Kind::Word || !t.is_capitalised() {
        return false;
    }
    let w = folded(t);
    !lex.stopwords.contains(&w) && (!lex.is_role(t.bare()) || lex.organisation_heads.contains(&w))
}

/// An ordinal inside a name: "Eldağ 2nd High Criminal Court".
fn ordinal(tokens: &[Token], i: usize) -> bool {
    let (Some(n), Some(s)) = (tokens.get(i), tokens.get(i + 1)) else { return false };
    n.kind == Kind::Number && n.end() == s.start && ["st", "nd", "rd", "th"].contains(&s.text)
}

/// The end of the capitalised name that starts at `i`, with connectors inside ("Court of
/// Cassation"; "and" only after one: "Union of Mine and Quarry Workers"), "St." and collective
/// possessives ("St. Martin's Hospital", "People's Rivers Network"). `i` itself must be a name part.
fn run_end(tokens: &[Token], i: usize, lex: &Lexicon) -> usize {
    let mut j = i;
    let mut connected = false;
    while let Some(t) = tokens.get(j) {
        if t.is("St") && tokens.get(j + 1).is_some_and(|d| d.text == ".") && tokens.get(j + 2).is_some_and(|n| name_part(n, lex)) {
            j += 2;
            continue;
        }
        if ordinal(tokens, j) && j > i {
            j += 2;
            continue;
        }
        if !(name_part(t, lex) || (j > i && inner_role(tokens, j, lex))) {
            break;
        }
        j += 1;
        if t.is_possessive() {
            // only a saint's or a collective's possessive stays inside a name
            let saint = j >= 3 && tokens[j - 2].text == "." && tokens[j - 3].is("St");
            let collective = lex.person_nouns.contains(&folded(t));
            if !(saint || collective) || !tokens.get(j).is_some_and(|n| name_part(n, lex)) {
                break;
            }
            continue;
        }
        let next = tokens.get(j);
        let after = tokens.get(j + 1).is_some_and(|n| name_part(n, lex)) || inner_role(tokens, j + 1, lex);
        let connector = next.is_some_and(|n| CONNECTORS.contains(&n.text));
        let and = next.is_some_and(|n| n.text == "and" || n.text == "&") && connected;
        if (connector || and) && after {
            connected |= connector;
            j += 1;
        }
    }
    j
}

/// A role word inside a name, not ending it: "Rights Defence Lawyers Centre", "Centre for Prisoner Affairs".
fn inner_role(tokens: &[Token], j: usize, lex: &Lexicon) -> bool {
    tokens.get(j).is_some_and(|t| t.is_capitalised() && lex.is_role(t.bare())) && tokens.get(j + 1).is_some_and(|n| name_part(n, lex))
}

/// The folded words of a name that are not connectors or punctuation.
fn words_of(tokens: &[Token], first: usize, last: usize) -> Vec<String> {
    tokens[first..last].iter().filter(|t| t.kind != Kind::Punct).map(folded).collect()
}

/// "Norvik Holdings", "Ministry of Health", "Sindicato Unitario del Metal": an organisation's head
/// word ends the name or comes before its first connector; "Station Road", "Camp Hope": a place's
/// head word ends it or opens it.
fn named_by_head(seen: &Seen) -> Vec<Reading> {
    let (tokens, lex) = (seen.tokens, seen.lex);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let saint = tokens[i].is("St") && tokens.get(i + 1).is_some_and(|d| d.text == ".");
        if !name_part(&tokens[i], lex) && !saint {
            i += 1;
            continue;
        }
        let mut last = run_end(tokens, i, lex);
        // "Our Home Party": a capitalised opener inside a sentence belongs to the name
        let opener = i > 1 && tokens[i - 1].is_capitalised() && lex.organisation_generic.contains(&folded(&tokens[i - 1]));
        let first = if opener { i - 1 } else { i };
        let words = words_of(tokens, first, last);
        // a run of punctuation alone ("St" cut off, then ".") names nothing
        if words.is_empty() {
            i = last.max(i + 1);
            continue;
        }
        let main = words.iter().position(|w| CONNECTORS.contains(&w.as_str())).unwrap_or(words.len());
        let end = words.last().map_or("", String::as_str);
        let given = lex.given_names.contains(&words[0]);
        let org_head = |w: &String| lex.organisation_heads.contains(w) || suffixed(w, lex);
        let place_named = (lex.place_heads.contains(end) && !lex.organisation_heads.contains(end) && !given)
            || (lex.place_openers.contains(&words[0]) && main == words.len());
        let kind = if place_named && words.len() >= 2 {
            Some(EntityKind::Place)
        } else if let Some(h) = words[..main].iter().rposition(org_head) {
            // the name ends at its last head word unless connectors follow it: "Ghana Football
            // Association President ..." ends at "Association", "Ministry of Health" runs on
            // a role after the head word starts someone's title: "Ghana Football Association President ..."
            let titled = words[h + 1..main].iter().any(|w| lex.is_role(w));
            let kept = if h + 1 < main && titled {
                last = token_after_word(tokens, first, h);
                h + 1
            } else {
                words.len()
            };
            (kept >= 2 || suffixed(&words[h], lex)).then_some(EntityKind::Organisation)
        } else if org_head(&end.to_string()) && words.len() >= 2 {
            Some(EntityKind::Organisation)
        } else {
            None
        };
        if let Some(kind) = kind {
            out.push(Reading { first, last, kind, strong: true, site: false });
        }
        i = last.max(i + 1);
    }
    out
}

/// A club or company by its ending (engine/lexicon/organisation_heads.txt, "-spor": "Yıldızspor").
fn suffixed(word: &str, lex: &Lexicon) -> bool {
    !word.contains('-') && lex.organisation_suffixes.iter().any(|s| word.len() > s.len() + 3 && word.ends_with(s.as_str()))
}

/// The token index just after the `n`-th word (0-based, punctuation not counted) from `first`.
fn token_after_word(tokens: &[Token], first: usize, n: usize) -> usize {
    let mut seen = 0;
    for (k, t) in tokens[first..].iter().enumerate() {
        if t.kind != Kind::Punct {
            if seen == n {
                return first + k + 1;
            }
            seen += 1;
        }
    }
    tokens.len()
}

/// How many tokens from `i` spell a place of engine/lexicon/places.txt ("South Korea"), or 0.
fn place_len(tokens: &[Token], i: usize, lex: &Lexicon) -> usize {
    if !tokens[i].is_capitalised() {
        return 0;
    }
    let mut words = Vec::new();
    let mut best = 0;
    for (n, t) in tokens[i..].iter().take(4).enumerate() {
        if t.kind != Kind::Word || !t.is_capitalised() {
            break;
        }
        words.push(folded(t));
        if lex.places.contains(&words.join(" ")) {
            best = n + 1;
        }
        if t.is_possessive() {
            break;
        }
    }
    best
}

/// "Germany", "South Korea": countries, regions and large cities of the place list.
fn known_place(seen: &Seen) -> Vec<Reading> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < seen.tokens.len() {
        let n = place_len(seen.tokens, i, seen.lex);
        if n > 0 {
            out.push(Reading { first: i, last: i + n, kind: EntityKind::Place, strong: true, site: false });
        }
        i += n.max(1);
    }
    out
}

/// "Vasile Ciobanu of the Civic Bloc", "Vasile Ciobanu (Civic Bloc)": what a named person belongs to.
fn member_of(seen: &Seen) -> Vec<Reading> {
    let (tokens, lex) = (seen.tokens, seen.lex);
    let mut out = Vec::new();
    for &(_, last) in seen.people {
        let at = |k: usize| tokens.get(last + k);
        let start = if at(0).is_some_and(|t| t.is("of")) && at(1).is_some_and(|t| t.is("the")) {
            last + 2
        } else if at(0).is_some_and(|t| t.text == "(") {
            last + 1
        } else {
            continue;
        };
        if !tokens.get(start).is_some_and(|t| name_part(t, lex)) || place_len(tokens, start, lex) > 0 {
            continue;
        }
        let end = run_end(tokens, start, lex);
        let closed = tokens[last].text != "(" || tokens.get(end).is_some_and(|t| t.text == ")");
        if closed && (tokens[last].is("of") || tokens.get(end).is_some_and(|t| t.text == ")")) {
            out.push(Reading { first: start, last: end, kind: EntityKind::Organisation, strong: false, site: false });
        }
    }
    out
}

/// "the monitoring group Votul Liber", "a mine-rescue firm, Rescate Andino,", "the IG Fahrzeugbau
/// union": a lower-case organisation noun just before or after a name.
fn introduced_by_noun(seen: &Seen) -> Vec<Reading> {
    let (tokens, lex) = (seen.tokens, seen.lex);
    let noun = |t: &Token| t.kind == Kind::Word && !t.is_capitalised() && lex.organisation_nouns.contains(&fold(t.text));
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if !noun(&tokens[i]) {
            continue;
        }
        // before: "group Votul Liber", "firm, Rescate Andino,"
        let comma = tokens.get(i + 1).is_some_and(|t| t.text == ",");
        let start = if comma { i + 2 } else { i + 1 };
        if tokens.get(start).is_some_and(|t| name_part(t, lex)) {
            let end = run_end(tokens, start, lex);
            let closed = !comma || tokens.get(end).is_some_and(|t| t.text == ",");
            if closed && !tokens[end - 1].is_possessive() {
                out.push(Reading { first: start, last: end, kind: EntityKind::Organisation, strong: false, site: false });
            }
        }
        // after: "the IG Fahrzeugbau union"
        let mut first = i;
        while first > 0 && name_part(&tokens[first - 1], lex) && !tokens[first - 1].is_possessive() {
            first -= 1;
        }
        if first < i && first > 0 && ["the", "a", "an"].iter().any(|a| tokens[first - 1].is(a)) {
            out.push(Reading { first, last: i, kind: EntityKind::Organisation, strong: false, site: false });
        }
    }
    out
}

/// "in Lindenau", "near Khlong Saen", "the village of Nkronso": a name where a place is expected.
fn after_place_preposition(seen: &Seen) -> Vec<Reading> {
    let (tokens, lex) = (seen.tokens, seen.lex);
    let mut out = Vec::new();
    for i in 1..tokens.len() {
        let before = &tokens[i - 1];
        let preposition = ["in", "near", "outside", "around", "across"].contains(&before.text);
        let settlement = before.text == "of"
            && i >= 2
            && ["village", "town", "city", "district", "province", "region", "suburb", "county", "municipality"]
                .iter()
                .any(|w| tokens[i - 2].is(w));
        if !(preposition || settlement) || !name_part(&tokens[i], lex) {
            continue;
        }
        let mut end = i;
        while end < tokens.len() && end - i < 3 && name_part(&tokens[end], lex) {
            end += 1;
            if tokens[end - 1].is_possessive() {
                break;
            }
        }
        // the name ends the phrase: "in Lindenau, Germany", not "in Veltrana Chief ..."
        let closed = tokens.get(end).is_none_or(|t| t.kind == Kind::Punct || !t.is_capitalised());
        if closed && !tokens[end - 1].is_possessive() {
            out.push(Reading { first: i, last: end, kind: EntityKind::Place, strong: false, site: false });
        }
    }
    out
}

/// "the Valdemora seat plant", "the Vilkhova Balka crossing": a name before a site noun.
fn before_site_noun(seen: &Seen) -> Vec<Reading> {
    let (tokens, lex) = (seen.tokens, seen.lex);
    let mut out = Vec::new();
    for i in 2..tokens.len() {
        // one modifier may sit between: "seat plant", "border crossing"
        let site = |t: &Token| t.kind == Kind::Word && !t.is_capitalised() && lex.place_nouns.contains(&fold(t.text));
        if !site(&tokens[i]) {
            continue;
        }
        let modifier = tokens[i - 1].kind == Kind::Word && !tokens[i - 1].is_capitalised();
        let end = if modifier { i - 1 } else { i };
        let mut first = end;
        while first > 0 && end - first < 3 && name_part(&tokens[first - 1], lex) && (first == end || !tokens[first - 1].is_possessive()) {
            first -= 1;
        }
        let article =
            first > 0 && (["the", "a", "its", "their"].iter().any(|a| tokens[first - 1].is(a)) || tokens[first - 1].is_possessive());
        if first < end && article && !tokens[end - 1].is_possessive() {
            out.push(Reading { first, last: end, kind: EntityKind::Place, strong: false, site: true });
        }
    }
    out
}

/// "LINDENAU, Germany", "Asuokrom, Ghana": a dateline, a name opening the text with a known country
/// after a comma and punctuation after that.
fn dateline(seen: &Seen) -> Vec<Reading> {
    let (tokens, lex) = (seen.tokens, seen.lex);
    let mut out = Vec::new();
    for i in 1..tokens.len().min(5) {
        if tokens[i].text != "," || i == 0 || i + 1 >= tokens.len() || place_len(tokens, i + 1, lex) == 0 {
            continue;
        }
        let n = place_len(tokens, i + 1, lex);
        if tokens[i + n].is_possessive() || tokens.get(i + n + 1).is_some_and(|t| t.kind != Kind::Punct) {
            continue; // "Veltrana, Germany's biggest seat maker", "Separately, Ukraine received"
        }
        let first = 0;
        if (0..i).all(|k| name_part(&tokens[k], lex)) && place_len(tokens, first, lex) == 0 {
            out.push(Reading { first, last: i, kind: EntityKind::Place, strong: false, site: false });
        }
    }
    out
}

/// A reading the rest of the corpus contradicts: a person's name word, a given name opening a name
/// found by context only, an outlet.
fn vetoed(words: &[String], r: &Reading, person_words: &HashSet<String>, outlets: &HashSet<String>, lex: &Lexicon) -> bool {
    let joined = words.join(" ");
    let any_person_word = words.iter().any(|w| person_words.contains(w));
    outlets.contains(&joined)
        || lex.outlets.contains(&joined)
        || (!r.strong && (any_person_word || lex.given_names.contains(&words[0]) || lex.demonyms.contains(&words[0])))
        || (r.kind == EntityKind::Place && any_person_word)
        // "Russia-Ukraine": two places joined describe a relation, they name no third
        || words.iter().any(|w| w.contains('-') && w.split('-').any(|p| lex.places.contains(p)))
}

/// Finds the organisations and places of a corpus. `people` is what the people pass found (its
/// names are never an organisation's or a place's); `outlets` the outlets' names, folded.
pub fn find(sentences: &[Sentence], people: &[Hit], person_names: &[Vec<String>], outlets: &HashSet<String>) -> Entities {
    let lex = lexicon();
    let mut person_spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); sentences.len()];
    for h in people {
        person_spans[h.sentence].push((h.first, h.last));
    }
    let person_words: HashSet<String> = person_names.iter().flatten().map(|w| fold(w)).collect();
    // every reading of every sentence, people's words left out
    let mut readings: Vec<(usize, Reading)> = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        if sentence.title_case {
            continue;
        }
        let seen = Seen { tokens: &sentence.tokens, people: &person_spans[s], lex };
        for (_, read) in READERS {
            for r in read(&seen) {
                let clash = person_spans[s].iter().any(|&(a, b)| r.first < b && a < r.last);
                if !clash && r.last > r.first {
                    readings.push((s, r));
                }
            }
        }
    }
    // what each spelling is: strong evidence over weak, an organisation over a place
    let mut kinds: HashMap<String, (bool, EntityKind)> = HashMap::new();
    // names the text places with a preposition or a dateline, not only before a site noun
    let mut located: HashSet<String> = HashSet::new();
    // "the Joint Centre for Prisoner Affairs (JCPA)": the text's own evidence for a short name
    let mut acronyms: Vec<(String, String)> = Vec::new();
    let mut written: HashMap<String, String> = HashMap::new();
    for (s, r) in &readings {
        let tokens = &sentences[*s].tokens;
        let words = words_of(tokens, r.first, r.last);
        if words.is_empty() || vetoed(&words, r, &person_words, outlets, lex) {
            continue;
        }
        // "US", "U.S." and "United States" are one place
        let alias = lex.place_aliases.get(&words.join(" "));
        let key = alias.map_or_else(|| words.join(" "), |a| fold(a));
        if r.kind == EntityKind::Place && !r.strong && !r.site {
            located.insert(key.clone());
        }
        let text = alias.cloned().unwrap_or_else(|| spelled(tokens, r.first, r.last));
        if let Some(acronym) = acronym_after(tokens, r) {
            acronyms.push((key.clone(), acronym));
        }
        let rank = |strong: bool, kind: EntityKind| (strong, kind == EntityKind::Organisation);
        match kinds.get(&key) {
            Some(&(strong, kind)) if rank(strong, kind) >= rank(r.strong, r.kind) => {}
            _ => {
                kinds.insert(key.clone(), (r.strong, r.kind));
            }
        }
        // the spelling shown: the first written in mixed case ("Lindenau", not "LINDENAU")
        let mixed = text.chars().any(char::is_lowercase);
        if written.get(&key).is_none_or(|w| !w.chars().any(char::is_lowercase) && mixed) {
            written.insert(key, text);
        }
    }
    // the longest name in tokens: "St. Theresa's Catholic Hospital" is four words in five tokens
    let span = readings.iter().map(|(_, r)| r.last - r.first).max().unwrap_or(0);
    join(sentences, &person_spans, kinds, written, &located, &acronyms, span)
}

fn spelled(tokens: &[Token], first: usize, last: usize) -> String {
    let mut out = String::new();
    for (k, t) in tokens[first..last].iter().enumerate() {
        let glued = k > 0 && (t.text == "." || (tokens[first + k - 1].kind == Kind::Number && tokens[first + k - 1].end() == t.start));
        if k > 0 && !glued {
            out.push(' ');
        }
        out.push_str(if k + 1 == last - first { t.bare() } else { t.text });
    }
    out
}

/// One entity per name: an organisation's shorter spelling joins it when the words it leaves out are
/// head words ("Veltrana" of "Veltrana Group", "Sankofa Deep" of "Sankofa Deep Mining Ltd") and no
/// other organisation shares it; then every occurrence of a spelling anywhere is a mention.
fn join(
    sentences: &[Sentence],
    person_spans: &[Vec<(usize, usize)>],
    kinds: HashMap<String, (bool, EntityKind)>,
    written: HashMap<String, String>,
    located: &HashSet<String>,
    acronyms: &[(String, String)],
    span: usize,
) -> Entities {
    let lex = lexicon();
    // how many organisations' names open with each shorter name: a town opens several ("Asuokrom
    // Government Hospital", "Asuokrom Youth Football Club"), a company its own
    let mut opens: HashMap<String, HashSet<&String>> = HashMap::new();
    for (key, _) in kinds.iter().filter(|(_, k)| k.1 == EntityKind::Organisation) {
        let words: Vec<&str> = key.split(' ').collect();
        for n in 1..words.len() {
            opens.entry(words[..n].join(" ")).or_default().insert(key);
        }
    }
    let placed = |key: &String| located.contains(key) && opens.get(key).is_some_and(|o| o.len() >= 2);
    let mut keys: Vec<&String> = kinds.keys().collect();
    // longer names first: a shorter one then finds every name it may be a short form of
    keys.sort_by(|a, b| b.split(' ').count().cmp(&a.split(' ').count()).then(a.cmp(b)));
    let mut entities = Entities::default();
    // each spelling's entity, and the organisations each short form may stand for
    let mut spellings: HashMap<Vec<String>, usize> = HashMap::new();
    let mut short: HashMap<Vec<String>, HashSet<usize>> = HashMap::new();
    let mut ambiguous: HashSet<Vec<String>> = HashSet::new();
    for key in keys {
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        let (strong, kind) = kinds[key];
        let owners = short.get(&words);
        // "Veltrana" of "Veltrana Group" (even where "in Veltrana" looked like a place), not "Asuokrom"
        // of "Asuokrom Government Hospital", a place the text names and several organisations open with
        let joins = owners.is_some() && (kind == EntityKind::Organisation || (!strong && !placed(key)));
        let entity = match owners.filter(|_| joins).map(|o| o.iter().copied().collect::<Vec<_>>()) {
            Some(o) if o.len() == 1 => {
                entities.drafts[o[0]].spellings.push(written[key].clone());
                o[0]
            }
            Some(_) => {
                ambiguous.insert(words); // "Hanseong" of two companies: neither, nor a card of its own
                continue;
            }
            None => {
                entities.drafts.push(EntityDraft { kind, spellings: vec![written[key].clone()] });
                entities.drafts.len() - 1
            }
        };
        spellings.insert(words.clone(), entity);
        if entities.drafts[entity].kind == EntityKind::Organisation {
            for form in short_forms(&words, lex) {
                short.entry(form).or_default().insert(entity);
            }
        }
    }
    // short forms never found as names of their own still spell their one organisation
    for (form, owners) in &short {
        if owners.len() == 1 && !spellings.contains_key(form) && !ambiguous.contains(form) && !placed(&form.join(" ")) {
            spellings.insert(form.clone(), *owners.iter().next().unwrap_or(&0));
        }
    }
    for (key, acronym) in acronyms {
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        let short = vec![fold(acronym)];
        if let (Some(&e), false) = (spellings.get(&words), spellings.contains_key(&short)) {
            spellings.insert(short, e);
        }
    }
    // every occurrence of a spelling, longest first, outside people's names
    let longest = spellings.keys().map(Vec::len).max().unwrap_or(0).max(span);
    for (s, sentence) in sentences.iter().enumerate() {
        let tokens = &sentence.tokens;
        let mut i = 0;
        while i < tokens.len() {
            let starts = tokens[i].kind == Kind::Word && (tokens[i].is_capitalised() || tokens[i].text.chars().all(|c| !c.is_lowercase()));
            let before_free = i == 0 || !name_part(&tokens[i - 1], lex) || tokens[i - 1].is_possessive();
            let mut matched = None;
            if starts && before_free {
                for n in (1..=longest.min(tokens.len() - i)).rev() {
                    let last = i + n;
                    let words = words_of(tokens, i, last);
                    let words = match lex.place_aliases.get(&words.join(" ")) {
                        Some(a) => fold(a).split(' ').map(str::to_string).collect(),
                        None => words,
                    };
                    let Some(&e) = spellings.get(&words).filter(|_| tokens[last - 1].kind == Kind::Word) else { continue };
                    let after_free = tokens.get(last).is_none_or(|t| !name_part(t, lex)) || tokens[last - 1].is_possessive();
                    let clash = person_spans[s].iter().any(|&(a, b)| i < b && a < last);
                    if after_free && !clash {
                        matched = Some((last, e));
                    }
                    break;
                }
            }
            match matched {
                Some((last, e)) => {
                    let text = spelled(tokens, i, last);
                    let draft = &mut entities.drafts[e];
                    if !draft.spellings.iter().any(|x| fold(x) == fold(&text)) {
                        draft.spellings.push(text);
                    }
                    entities.hits.push(EntityHit { sentence: s, first: i, last, entity: e });
                    i = last;
                }
                None => i += 1,
            }
        }
    }
    entities
}

/// The acronym in brackets right after an organisation's name, when its letters are the initials of
/// the name's capitalised words: "European Union (EU)", "Joint Centre for Prisoner Affairs (JCPA)".
fn acronym_after(tokens: &[Token], r: &Reading) -> Option<String> {
    let (open, word, close) = (tokens.get(r.last)?, tokens.get(r.last + 1)?, tokens.get(r.last + 2)?);
    if r.kind != EntityKind::Organisation || open.text != "(" || close.text != ")" || word.kind != Kind::Word {
        return None;
    }
    let letters: String = word.text.chars().filter(|c| c.is_alphabetic()).collect();
    let initials: String = tokens[r.first..r.last].iter().filter(|t| t.is_capitalised()).filter_map(|t| t.text.chars().next()).collect();
    (letters.chars().count() >= 2 && letters.chars().all(char::is_uppercase) && letters == initials).then(|| word.text.to_string())
}

/// Shorter spellings an organisation may go by: its name without trailing head words ("Sankofa
/// Deep" of "Sankofa Deep Mining Ltd"), before its first connector ("Joint Centre" of "Joint Centre
/// for Prisoner Affairs"), or its club ("Yıldızspor" of "Denizkent Yıldızspor"); never only generic
/// words ("National" of "National Guard") or a known place.
fn short_forms(words: &[String], lex: &Lexicon) -> Vec<Vec<String>> {
    let mut forms = Vec::new();
    let mut cut = words.len();
    while cut > 1 && lex.organisation_heads.contains(&words[cut - 1]) {
        cut -= 1;
        forms.push(words[..cut].to_vec());
    }
    if let Some(c) = words.iter().position(|w| CONNECTORS.contains(&w.as_str())).filter(|&c| c >= 2) {
        forms.push(words[..c].to_vec());
    }
    if words.len() > 1 && words.last().is_some_and(|w| suffixed(w, lex)) {
        forms.push(words[words.len() - 1..].to_vec());
    }
    forms.retain(|f| {
        let generic = f.iter().all(|w| lex.organisation_generic.contains(w) || lex.organisation_heads.contains(w));
        !generic && !lex.places.contains(&f.join(" "))
    });
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Source;
    use crate::document::sentences;

    fn found(texts: &[&str]) -> Vec<(EntityKind, String)> {
        let sources: Vec<Source> =
            texts.iter().map(|t| Source { file: "a.txt".into(), text: t.to_string(), ..Source::default() }).collect();
        let sentences = sentences(&sources);
        let plain: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
        let people = crate::people::find(&sentences, &plain, &[]);
        let names: Vec<Vec<String>> = people.drafts.iter().flat_map(|d| d.full_names.clone()).collect();
        let entities = find(&sentences, &people.hits, &names, &HashSet::new());
        let mut out: Vec<(EntityKind, String)> = entities
            .drafts
            .iter()
            .enumerate()
            .filter(|(e, d)| !d.spellings.is_empty() && entities.hits.iter().any(|h| h.entity == *e))
            .map(|(_, d)| (d.kind, d.spellings.join(" / ")))
            .collect();
        out.sort();
        out
    }

    fn org(s: &str) -> (EntityKind, String) {
        (EntityKind::Organisation, s.to_string())
    }

    fn place(s: &str) -> (EntityKind, String) {
        (EntityKind::Place, s.to_string())
    }

    #[test]
    fn a_company_named_after_its_owner_is_a_company_not_a_mention_of_him() {
        let text = "Verdict\nBuilder Ahmet Çelik, 64, the owner of Çelik İnşaat, was convicted. Çelik İnşaat must pay 41 million lira.\n";
        assert_eq!(found(&[text]), [org("Çelik İnşaat")]);
    }

    #[test]
    fn a_name_longer_in_tokens_than_any_in_words_is_found_whole() {
        // "St. Theresa's Catholic Hospital": four words, five tokens, the longest name of the text
        assert_eq!(
            found(&["Deaths\nThree children died at St. Theresa's Catholic Hospital in Kulungu, officials said.\n"]),
            [org("St. Theresa's Catholic Hospital"), place("Kulungu")]
        );
    }

    #[test]
    fn a_head_word_names_an_organisation_or_a_place() {
        let got =
            found(&["Workers of the National Union of Mine and Quarry Workers met on Station Road after the Defence Ministry spoke.\n"]);
        assert_eq!(got, [org("Defence Ministry"), org("National Union of Mine and Quarry Workers"), place("Station Road")]);
    }

    #[test]
    fn a_company_joins_its_short_name_and_a_person_stays_a_person() {
        let got = found(&["German seat maker Veltrana Group said it would cut jobs, chief executive Dagmar Holtkamp said.\nVeltrana shares fell sharply in early trading on Tuesday after the news.\n"]);
        assert_eq!(got, [org("Veltrana Group / Veltrana")]);
    }

    #[test]
    fn an_acronym_joins_its_organisation_only_where_the_text_spells_it_out() {
        let got = found(&["Talks were hosted by the Joint Centre for Prisoner Affairs (JCPA) in the capital on Monday.\nThe JCPA said that the next round of talks would follow in a month.\nThe ICRC said it was not invited.\n"]);
        assert_eq!(got, [org("Joint Centre for Prisoner Affairs / JCPA")]);
    }

    #[test]
    fn a_name_two_companies_share_is_neither() {
        let got = found(&["Hanseong Mobility and its parent Hanseong Holdings agreed to the deal on Tuesday.\nHanseong said it was pleased with the terms of the merger.\n"]);
        assert_eq!(got, [org("Hanseong Holdings"), org("Hanseong Mobility")]);
    }

    #[test]
    fn context_names_organisations_without_a_head_word() {
        let got = found(&[
            "The company hired a mine-rescue firm, Rescate Andino, to help.\nVasile Ciobanu of the Civic Front said the monitoring group Votul Liber was right.\n",
        ]);
        assert_eq!(got, [org("Civic Front"), org("Rescate Andino"), org("Votul Liber")]);
    }

    #[test]
    fn places_come_from_the_list_a_dateline_or_a_preposition() {
        let got = found(&["LINDENAU, Germany (Wire) - The plant in Oberhain closed, officials in South Korea said.\nWorkers in Lindenau protested outside the plant gates on Wednesday morning.\n"]);
        assert_eq!(got, [place("Germany"), place("Lindenau"), place("Oberhain"), place("South Korea")]);
    }

    #[test]
    fn a_site_noun_names_a_place_unless_a_company_has_the_name() {
        let got =
            found(&["Veltrana Group will close the Valdemora seat plant and the Veltrana plant in Oberhain by the end of next year.\n"]);
        assert_eq!(got, [org("Veltrana Group / Veltrana"), place("Oberhain"), place("Valdemora")]);
    }

    #[test]
    fn people_and_given_names_are_never_places_or_organisations() {
        let got = found(&["Officials in Kofi Mensah's office said David Hill would visit, spokesman Yaw Darko said in Accra.\n"]);
        assert!(got.iter().all(|(_, n)| !n.contains("Mensah") && !n.contains("Hill") && !n.contains("Darko")), "{got:?}");
    }
}

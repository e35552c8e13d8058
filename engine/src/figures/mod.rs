//! Finds figures: a number, its qualifier, what it counts, the event it belongs to and, for ages
//! and sentences, the person it describes.
pub mod numbers;
mod readers;
pub mod shapes;

use crate::document::Sentence;
use crate::fold::fold;
use crate::lexicon::lexicon;
use crate::model::Qualifier;
use crate::numbers::{read, Number};
use crate::people::Hit;
use crate::tokens::{Kind, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FigureKind {
    Count,
    Age,
    Sentence,
    Duration,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureDraft {
    pub sentence: usize,
    pub kind: FigureKind,
    pub value: f64,
    pub qualifier: Qualifier,
    pub unit: String,
    /// The counted noun phrase as written ("political prisoners"), possibly carried from an earlier number.
    pub noun: String,
    /// The noun's synonym group ("prisoners" for "detainees"): what figures are grouped on.
    pub head: String,
    /// "released", "sent to Ukraine", "remaining", ... or empty.
    pub event: String,
    /// A time frame that makes the number a different quantity ("in recent years").
    pub scope: String,
    pub subject: Option<usize>,
    /// "15 of the dead": a part of a group, not a count of its own.
    pub partitive: bool,
    /// The qualifier and number as written: "at least 1,200".
    pub display: String,
    pub mark_start: usize,
    pub mark_end: usize,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
const TIME_UNITS: &[&str] = &["year", "month", "week", "day", "hour", "minute", "decade"];
// ("received seven years and six months each": a court's time, received)
const SENTENCE_WORDS: &[&str] = &[
    "sentence",
    "sentenced",
    "sentences",
    "term",
    "prison",
    "jail",
    "jails",
    "jailed",
    "imprisoned",
    "imprisonment",
    "serving",
    "bars",
    "received",
];
const SCOPES: &[&str] =
    &["in recent years", "in recent months", "so far", "to date", "in total", "last year", "this year", "over the past", "in the past"];
const RELEASE: &[&str] = &["release", "released", "releases", "releasing", "free", "freed", "frees", "freeing", "pardoned", "pardons"];
const REMAIN: &[&str] = &["remain", "remains", "remained", "remaining", "held", "hold", "holds", "holding"];
const KILL: &[&str] = &["kill", "kills", "killed", "killing", "died", "die", "dies", "dead", "deaths", "perished"];
const INJURE: &[&str] = &["injure", "injures", "injured", "injuring", "wound", "wounds", "wounded", "wounding", "hurt"];
const RETURN: &[&str] = &["return", "returns", "returned", "returning"];
const MOTION: &[&str] = &[
    "sent",
    "send",
    "sends",
    "taken",
    "took",
    "transferred",
    "traveled",
    "travelled",
    "went",
    "moved",
    "flown",
    "flew",
    "deported",
    "expelled",
    "brought",
    "relocated",
    "arrived",
    "headed",
    "bused",
    "driven",
];
const AUX: &[&str] =
    &["were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "will", "would", "reportedly", "later", "then", "all"];
const CLAUSE_END: &[&str] = &["which", "who", "that", "while", "whereas", "but", "and", "according", ";", ".", ":", "?", "!"];
const SPEECH: &[&str] = &["said", "says", "told", "stated", "added", "announced", "warned"];
const PRONOUNS: &[&str] = &["he", "she", "his", "her", "him"];

fn qualifier_before(tokens: &[Token], first: usize) -> (Qualifier, usize) {
    let word = |k: usize| first.checked_sub(k).and_then(|i| tokens.get(i)).map(|t| fold(t.text)).unwrap_or_default();
    let (w1, w2) = (word(1), word(2));
    if format!("{} {w2} {w1}", word(3)) == "as many as" {
        return (Qualifier::UpTo, first - 3);
    }
    // "the toll crossed 60", "exceeds 50": a threshold passed (the verb is no part of the number)
    if ["crossed", "exceeded", "exceeds", "exceed", "topped", "surpassed"].contains(&w1.as_str()) {
        return (Qualifier::MoreThan, first);
    }
    let two = format!("{w2} {w1}");
    let q2 = match two.as_str() {
        "at least" => Some(Qualifier::AtLeast),
        "at most" | "up to" => Some(Qualifier::UpTo),
        "more than" | "upwards of" => Some(Qualifier::MoreThan),
        "fewer than" | "less than" | "just under" => Some(Qualifier::FewerThan),
        "close to" => Some(Qualifier::Nearly),
        "an estimated" => Some(Qualifier::About),
        _ => None,
    };
    if let Some(q) = q2 {
        return (q, first - 2);
    }
    let q1 = match w1.as_str() {
        "over" | "above" => Some(Qualifier::MoreThan),
        "under" | "below" => Some(Qualifier::FewerThan),
        "about" | "around" | "approximately" | "roughly" | "some" | "estimated" | "circa" => Some(Qualifier::About),
        "nearly" | "almost" => Some(Qualifier::Nearly),
        _ => None,
    };
    match q1 {
        Some(q) => (q, first - 1),
        None => (Qualifier::Exact, first),
    }
}

fn is_date_or_year(tokens: &[Token], n: &Number) -> bool {
    let t = &tokens[n.first];
    let year = n.digits && t.text.len() == 4 && (1800.0..=2100.0).contains(&n.value) && n.last == n.first + 1;
    let folded = |i: Option<usize>| i.and_then(|i| tokens.get(i)).map(|t| fold(t.text)).unwrap_or_default();
    let prev = folded(n.first.checked_sub(1));
    let prev_month = MONTHS.contains(&prev.as_str()) || (prev == "." && MONTHS.contains(&folded(n.first.checked_sub(2)).as_str()));
    let next = folded(Some(n.last));
    let next_month = MONTHS.contains(&next.as_str());
    let ordinal = ["st", "nd", "rd", "th"].contains(&next.as_str()) && tokens.get(n.last).is_some_and(|x| x.start == t.end());
    // "10:30", the "41" of a clip's length "(2:41)", "No. 3", "#4"
    let after_colon =
        prev == ":" && n.first >= 2 && tokens[n.first - 2].kind == Kind::Number && tokens[n.first - 1].start == tokens[n.first - 2].end();
    let clock = ["p.m.", "a.m.", "pm", "am", "p.m", "a.m"].contains(&next.as_str());
    let time = next == ":" || after_colon || prev == "no" || prev == "#" || clock;
    year || (n.digits && (prev_month || next_month)) || ordinal || time
}

/// The unit a plural time word names ("years" for "year"/"years").
fn time_unit(word: &str) -> Option<String> {
    let w = fold(word);
    let singular = w.strip_suffix('s').unwrap_or(&w);
    TIME_UNITS.contains(&singular).then(|| format!("{singular}s"))
}

fn canonical_event(word: &str) -> Option<String> {
    let w = fold(word);
    if RELEASE.contains(&w.as_str()) {
        return Some("released".into());
    }
    if REMAIN.contains(&w.as_str()) {
        return Some("remaining".into());
    }
    if KILL.contains(&w.as_str()) {
        return Some("killed".into());
    }
    if INJURE.contains(&w.as_str()) {
        return Some("injured".into());
    }
    if RETURN.contains(&w.as_str()) {
        return Some("returned".into());
    }
    None
}

/// "to Ukraine", "in Vilnius, Lithuania": the capitalised place after a motion verb.
fn destination(tokens: &[Token], k: usize) -> Option<String> {
    let prep = tokens.get(k)?;
    if !(prep.is("to") || prep.is("in") || prep.is("for")) {
        return None;
    }
    let mut words: Vec<String> = Vec::new();
    let mut i = k + 1;
    while let Some(t) = tokens.get(i) {
        if t.is_capitalised() {
            words.push(t.bare().to_string());
        } else if t.text == "."
            && t.start == tokens[i - 1].end()
            && words.last().is_some_and(|w| w.len() <= 3)
            && tokens.get(i + 1).is_some_and(Token::is_capitalised)
        {
            // "St. Martin's Hospital": an abbreviation's dot
            if let Some(w) = words.last_mut() {
                w.push('.');
            }
        } else if t.text == "," && tokens.get(i + 1).is_some_and(Token::is_capitalised) && words.len() == 1 {
            // "Vilnius, Lithuania": keep the country, the larger unit
            words.clear();
        } else {
            break;
        }
        i += 1;
    }
    if words.is_empty() && ["a", "an", "the"].iter().any(|a| tokens.get(k + 1).is_some_and(|t| t.is(a))) {
        // "to a regional hospital": a place described, not named
        let lex = lexicon();
        let described = tokens[(k + 2).min(tokens.len())..]
            .iter()
            .take(3)
            .take_while(|t| t.kind == Kind::Word && !t.is_capitalised() && !lex.stopwords.contains(&fold(t.text)));
        words.extend(described.map(|t| t.bare().to_string()));
        // "went to the mayor": a person, not a place
        if words.last().is_some_and(|w| lex.is_role(w) || lex.person_nouns.contains(&fold(w))) {
            words.clear();
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// "flown by military helicopter to a teaching hospital": where a motion goes, past how it went.
fn destination_after_means(tokens: &[Token], k: usize) -> Option<String> {
    destination(tokens, k).or_else(|| {
        tokens.get(k).filter(|t| t.is("by"))?;
        (k + 2..k + 5).find(|&j| tokens.get(j).is_some_and(|t| t.is("to"))).and_then(|j| destination(tokens, j))
    })
}

/// "seven were taken to A, 11 to B and one to C": a count right before "to" in a sentence whose
/// earlier count was sent somewhere was sent too, to where it says.
fn carried_destination(tokens: &[Token], end: usize, earlier: Option<&FigureDraft>, s: usize) -> Option<String> {
    earlier.filter(|f| f.sentence == s && f.event.starts_with("sent to "))?;
    tokens.get(end).filter(|t| t.is("to"))?;
    destination(tokens, end).map(|place| format!("sent to {place}"))
}

/// The last count found in sentence `s` (an age may sit between the items of a list).
fn last_count(out: &[FigureDraft], s: usize) -> Option<&FigureDraft> {
    out.iter().rev().take_while(|f| f.sentence == s).find(|f| f.kind == FigureKind::Count)
}

/// "one" alone is seldom a count, but it is in a list of counts sent somewhere ("11 to a military
/// hospital and one to a burns unit").
fn listed_one(tokens: &[Token], i: usize, earlier: Option<&FigureDraft>, s: usize) -> Option<Number> {
    let listed = i > 0 && (tokens[i - 1].is("and") || tokens[i - 1].text == ",");
    let sent = earlier.is_some_and(|f| f.sentence == s && f.event.starts_with("sent to "));
    (tokens[i].is("one") && listed && sent && tokens.get(i + 1).is_some_and(|n| n.is("to"))).then_some(Number {
        first: i,
        last: i + 1,
        value: 1.0,
        digits: false,
    })
}

/// The event after the counted phrase: "were taken to Ukraine", "remain in jail", "were among those freed".
fn event_after(tokens: &[Token], from: usize) -> Option<String> {
    let mut k = from;
    let mut previous_aux = false;
    while k < tokens.len() && k < from + 14 {
        let t = &tokens[k];
        let w = fold(t.text);
        if t.text == "," {
            // ", including X," is an aside: look past it
            if tokens.get(k + 1).is_some_and(|n| n.is("including") || n.is("among")) {
                k = (k + 2..tokens.len()).find(|&j| tokens[j].text == ",").map_or(tokens.len(), |j| j + 1);
                continue;
            }
            return None;
        }
        if CLAUSE_END.contains(&w.as_str()) {
            return None;
        }
        // "came home" and "handed back" are "returned"
        let back = |t: &Token| t.is("home") || t.is("back");
        if ["come", "came", "coming", "comes", "handed", "given", "sent", "flown", "brought"].contains(&w.as_str())
            && tokens.get(k + 1).is_some_and(back)
        {
            return Some("returned".into());
        }
        if MOTION.contains(&w.as_str()) {
            return destination_after_means(tokens, k + 1).map(|place| format!("sent to {place}"));
        }
        if let Some(e) = canonical_event(&w) {
            return Some(e);
        }
        if w == "among" && tokens.get(k + 1).is_some_and(|n| n.is("those")) {
            return tokens.get(k + 2).and_then(|v| canonical_event(v.text).or_else(|| past_participle(v.text)));
        }
        if previous_aux || k == from {
            if let Some(p) = past_participle(t.text) {
                return Some(p);
            }
        }
        previous_aux = AUX.contains(&w.as_str());
        if !previous_aux && t.kind == Kind::Word && k > from + 1 {
            return None;
        }
        k += 1;
    }
    None
}

fn past_participle(word: &str) -> Option<String> {
    let w = fold(word);
    (w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_alphabetic)).then_some(w)
}

/// The event before the number: "has released 123", "the release of 123", "held at least 1,200".
fn event_before(tokens: &[Token], first: usize) -> Option<String> {
    let mut k = first;
    for _ in 0..3 {
        k = k.checked_sub(1)?;
        let t = &tokens[k];
        if ["of", "the", "a", "an", "all", "some"].iter().any(|w| t.is(w)) {
            continue;
        }
        return canonical_event(t.text).or_else(|| {
            let aux = k > 0 && AUX.iter().any(|a| tokens[k - 1].is(a));
            if aux {
                past_participle(t.text)
            } else {
                None
            }
        });
    }
    None
}

/// The noun phrase a count counts: "123 political prisoners", "nine of the freed prisoners".
fn counted_noun(tokens: &[Token], from: usize, title_case: bool) -> Option<(String, String, usize)> {
    let lex = lexicon();
    let mut k = from;
    // "nine of the freed prisoners"; "103 of its citizens" (all of them, no part); "eight of the 10
    // defendants" (the whole's own count is read on its own)
    if tokens.get(k).is_some_and(|t| t.is("of"))
        && tokens.get(k + 1).is_some_and(|t| ["the", "those", "its", "their", "his", "her", "our"].iter().any(|w| t.is(w)))
    {
        k += 2;
        if let Some(whole) = read(tokens, k) {
            k = whole.last;
        }
    }
    // "1,000 more prisoners": more of the same things
    if tokens.get(k).is_some_and(|t| t.is("more") || t.is("further") || t.is("additional")) {
        k += 1;
    }
    let start = k;
    while k < tokens.len() && k < start + 4 {
        let t = &tokens[k];
        let w = fold(t.bare());
        let allowed_caps = !t.is_capitalised() || title_case || lex.demonym(&w).is_some();
        if t.kind != Kind::Word || lex.stopwords.contains(&w) || !allowed_caps {
            return None;
        }
        let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss") && w.len() > 3;
        // "612 measles cases": a plural-looking word before a plural noun describes it
        let noun_follows = tokens.get(k + 1).is_some_and(|n| {
            let next = fold(n.text);
            n.kind == Kind::Word && !n.is_capitalised() && plural(&next) && !lex.stopwords.contains(&next) && !lex.person_nouns.contains(&w)
        });
        if !noun_follows && (lex.person_nouns.contains(&w) || plural(&w)) {
            // demonyms keep their capital ("Ukrainian citizens"); headline capitals do not
            let phrase: Vec<String> = tokens[start..=k]
                .iter()
                .map(|t| if title_case || !t.is_capitalised() { fold(t.bare()) } else { t.bare().to_string() })
                .collect();
            return Some((phrase.join(" "), w, k + 1));
        }
        k += 1;
    }
    None
}

/// What a sentence counts when its number stands alone: "Of the injured, 250 ..." or "death toll".
/// The flag is true for a part of a group ("Of the injured, ...").
fn sentence_topic(tokens: &[Token]) -> Option<(String, String, bool)> {
    let words: Vec<String> = tokens.iter().map(|t| fold(t.text)).collect();
    if words.len() > 3 && words[0] == "of" && words[1] == "the" {
        if let Some(comma) = (3..words.len().min(7)).find(|&k| words[k] == ",") {
            return Some((words[2..comma].join(" "), words[comma - 1].clone(), true));
        }
    }
    words
        .windows(2)
        .any(|w| w[0] == "death" && (w[1] == "toll" || w[1] == "tolls"))
        .then(|| ("dead".to_string(), "dead".to_string(), false))
}

/// "The number of people arrested ... rose to 58", "Number arrested rises to 58": what a number
/// said of "the number" counts (people where no noun is given) and what happened to them.
fn number_of(tokens: &[Token], first: usize) -> Option<(String, String, String)> {
    let k = tokens[..first].iter().position(|t| t.is("number"))?;
    let (mut noun, mut head, mut j) = ("people".to_string(), "people".to_string(), k + 1);
    if tokens.get(j).is_some_and(|t| t.is("of")) {
        (noun, head, j) = counted_noun(tokens, j + 1, false)?;
    }
    // "the number brought out alive": a motion verb says what happened as a participle does
    let motion = |t: &Token| Some(fold(t.text)).filter(|w| MOTION.contains(&w.as_str()));
    let event = tokens.get(j).and_then(|t| canonical_event(t.text).or_else(|| past_participle(t.text)).or_else(|| motion(t)))?;
    Some((noun, head, event))
}

/// Drops participles that repeat the event ("freed prisoners" -> "prisoners").
pub fn plain_noun(noun: &str) -> String {
    let words: Vec<&str> = noun.split(' ').filter(|w| !(w.ends_with("ed") || w.ends_with("ing"))).collect();
    if words.is_empty() {
        noun.to_string()
    } else {
        words.join(" ")
    }
}

/// The subject of an age, sentence or duration: the person who opens the sentence, else the nearest
/// one named before the number, else the person a pronoun points back to.
fn subject_of(sentence_hits: &[Hit], at: usize, tokens: &[Token], last_person: Option<usize>) -> Option<usize> {
    let before: Vec<&Hit> = sentence_hits.iter().filter(|h| h.last <= at).collect();
    if let Some(first) = before.first() {
        if first.first == 0 {
            return Some(first.person);
        }
    }
    if let Some(nearest) = before.last() {
        return Some(nearest.person);
    }
    let pronoun = tokens.iter().any(|t| PRONOUNS.iter().any(|p| t.is(p)));
    if pronoun {
        last_person
    } else {
        None
    }
}

/// Who has a share no noun follows: the owner of the count just before ("34,163 votes, or 12.4%"),
/// the person named in its clause ("Uzunoglu 33.6%"), or the person the sentence opens with, after
/// at most a title ("Independent candidate Marta Kovalenko, 38, a lawyer ..., had 12.7%").
fn share_holder(sentence_hits: &[Hit], tokens: &[Token], at: usize, first: usize, out: &[FigureDraft], s: usize) -> Option<usize> {
    let lex = lexicon();
    if first >= 2 && tokens[first - 1].is("or") && tokens[first - 2].text == "," {
        return out.last().filter(|f| f.sentence == s).and_then(|f| f.subject);
    }
    owner_of_share(sentence_hits, at, tokens).or_else(|| {
        let h = sentence_hits.first().filter(|h| h.last <= at)?;
        let titled = tokens[..h.first].iter().all(|t| t.is_capitalised() || lex.is_role(t.bare()));
        titled.then_some(h.person)
    })
}

/// "possible" or "sought" when a word of `lexicon/possible.txt` or `sought.txt` comes earlier in the
/// figure's clause (back to a comma, semicolon or colon, eight words at most).
fn modality_before(tokens: &[Token], first: usize) -> Option<&'static str> {
    let lex = lexicon();
    for t in tokens[first.saturating_sub(8)..first].iter().rev() {
        if [",", ";", ":"].contains(&t.text) {
            break;
        }
        let w = fold(t.text);
        if lex.possible.contains(&w) {
            return Some("possible");
        }
        if lex.sought.contains(&w) {
            return Some("sought");
        }
    }
    None
}

/// The person a share or a vote count belongs to: one named just before it ("Kovalenko won 44.1%",
/// "Kovalenko's 2 218 904 votes", "Marta Kovalenko – 12.4%"), so two candidates' shares are two quantities.
fn owner_of_share(sentence_hits: &[Hit], at: usize, tokens: &[Token]) -> Option<usize> {
    let h = sentence_hits.iter().rfind(|h| h.last <= at)?;
    // in the same clause: no comma or semicolon between the name and the number
    (!tokens[h.last..at].iter().any(|t| [",", ";", ":"].contains(&t.text))).then_some(h.person)
}

/// The unit of an amount of money or a measure: a sign before the number ("$", "€"), or a word or
/// code after it ("euros", "EUR", "metres", "ft"), from `lexicon/units.txt`; with the token after it.
fn unit_of_amount(tokens: &[Token], first: usize, after: usize) -> Option<(String, usize)> {
    let lex = lexicon();
    let sign = first.checked_sub(1).and_then(|i| tokens.get(i)).filter(|t| t.kind == Kind::Punct);
    if let Some(unit) = sign.and_then(|t| lex.units.get(t.text)) {
        return Some((unit.clone(), after));
    }
    // "a magnitude 6.6 earthquake": a scale named before its number
    let before = first.checked_sub(1).and_then(|i| tokens.get(i)).map(|t| fold(t.text)).unwrap_or_default();
    if UNITS_BEFORE.contains(&before.as_str()) {
        return lex.units.get(&before).map(|unit| (unit.clone(), after));
    }
    // "the 6.6-magnitude earthquake", "a 512-metre shaft"
    if tokens.get(after).is_some_and(|t| t.text == "-") {
        let unit = tokens.get(after + 1).and_then(|t| lex.units.get(&fold(t.text)))?;
        return Some((unit.clone(), after + 2));
    }
    let next = tokens.get(after)?;
    let unit = lex.units.get(&fold(next.text))?;
    // "try" and "won" are words too: a code counts only in capitals, and "won" only after a scale
    let code = next.text.len() == 3 && next.text.chars().all(|c| c.is_ascii_lowercase());
    if (code && !["eur", "usd"].contains(&next.text)) || next.is("won") && after < 2 {
        return None;
    }
    Some((unit.clone(), after + 1))
}

/// Units written before their number as well as after it.
const UNITS_BEFORE: &[&str] = &["magnitude"];

/// Who gives an estimate, when its clause names one of `lexicon/sources.txt` before the number:
/// "police put the crowd at 8,000, while organisers said 40,000".
fn estimate_source(tokens: &[Token], first: usize) -> Option<String> {
    let lex = lexicon();
    for t in tokens[first.saturating_sub(12)..first].iter().rev() {
        let w = fold(t.bare());
        if [";", "while", "but", "whereas"].contains(&w.as_str()) {
            return None;
        }
        // the source gives the figure: "Police estimated ...", "police said", "organisers put it at"
        let gives = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                ["said", "says", "estimated", "estimate", "estimates", "put", "counted", "gave", "told", "reported", "claimed"]
                    .iter()
                    .any(|v| t.is(v))
            })
        };
        let at = t.start;
        let i = tokens.iter().position(|x| x.start == at).unwrap_or(0);
        if lex.sources.contains(&w) && (i + 1..i + 4).any(gives) {
            return Some(if w == "organizers" { "organisers".into() } else { w });
        }
    }
    None
}

/// "1,200 jobs in Germany, 800 in Spain": a known place (`lexicon/places.txt`) right after a count
/// says where it is, and counts in different places are different quantities.
fn place_after(tokens: &[Token], end: usize) -> Option<String> {
    if !tokens.get(end).is_some_and(|t| t.is("in")) {
        return None;
    }
    let words: Vec<String> = tokens[end + 1..].iter().take(4).take_while(|t| t.is_capitalised()).map(|t| fold(t.bare())).collect();
    let n = lexicon().place_or_outlet_len(&words);
    (n > 0).then(|| tokens[end + 1..end + 1 + n].iter().map(|t| t.bare()).collect::<Vec<_>>().join(" "))
}

/// Where an amount starts: at its currency sign, if one comes right before the number.
fn amount_first(tokens: &[Token], first: usize) -> usize {
    if first > 0 && crate::numbers::CURRENCY_SIGNS.contains(&tokens[first - 1].text) {
        first - 1
    } else {
        first
    }
}

/// Words of a clause that tell what an amount is: the noun before it ("a fee of 6.5 million",
/// "a deal worth $9.4 billion", "turnout was 42.7%", "shares fell 12.4%").
fn topic_before(tokens: &[Token], first: usize) -> Option<String> {
    topic_linked(tokens, first, false)
}

/// The same, for a count: only across a link ("the crowd at 8,000", "the crowd numbered some 18,000").
fn topic_linked(tokens: &[Token], first: usize, need_link: bool) -> Option<String> {
    let mut linked = false;
    const LINKS: &[&str] = &[
        "rises",
        "risen",
        "climbs",
        "numbered",
        "numbering",
        "totalling",
        "totaling",
        "than",
        "worth",
        "valued",
        "of",
        "at",
        "was",
        "were",
        "is",
        "are",
        "stood",
        "reached",
        "fell",
        "rose",
        "dropped",
        "jumped",
        "climbed",
        "gained",
        "lost",
        "to",
        "by",
        "totalled",
        "totaled",
        "cost",
        "costs",
        "paid",
        "had",
        "has",
        "about",
        "around",
        "nearly",
        "put",
        "set",
        "crossed",
        "exceeded",
        "topped",
        "estimated",
        "expected",
        "priced",
        "pegged",
        "forecast",
        "said",
        "says",
        "told",
        "roughly",
        "some",
        "almost",
    ];
    let lex = lexicon();
    // "Turnout: 47.2%": a label opening the sentence
    if first == 2 && tokens[1].text == ":" && tokens[0].kind == Kind::Word {
        let w = fold(tokens[0].bare());
        return (!lex.stopwords.contains(&w) && w.len() > 2).then_some(w);
    }
    let (mut cost, mut modal) = (false, false);
    let (mut k, mut steps) = (first, 0);
    while k > 0 && steps < 4 + usize::from(modal) {
        k -= 1;
        // "turnout at 6 p.m. was 36.1%": a time of day says when, not what
        if let Some(from) = clock_from(tokens, k) {
            k = from;
            continue;
        }
        steps += 1;
        let t = &tokens[k];
        let w = fold(t.bare());
        // the first word of a sentence has its capital from the sentence alone
        let place = t.is_capitalised() && lex.place_or_outlet_len(std::slice::from_ref(&w)) > 0;
        if t.kind != Kind::Word || (t.is_capitalised() && k > 0) || place || w == "number" {
            return None;
        }
        if LINKS.contains(&w.as_str()) || w == "total" {
            linked = true;
            cost |= w.starts_with("cost");
            continue;
        }
        if ["a", "an", "the"].contains(&w.as_str()) {
            continue;
        }
        // "the restructuring would cost", "turnout reported at": a modal or participle before the link
        if linked && (MODALS.contains(&w.as_str()) || ["have", "has", "been"].contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed"))) {
            modal |= MODALS.contains(&w.as_str());
            continue;
        }
        if need_link && !linked {
            return None;
        }
        // a noun, as far as word shapes tell: verb forms and adverbs are no topic, but "the restructuring" is
        // ("his tally", "the rally": a determiner makes a noun of a word shaped like an adverb)
        let article = k > 0 && ["a", "an", "the", "his", "her", "its", "their", "our"].iter().any(|a| tokens[k - 1].is(a));
        let verb_like = w.ends_with("ed") || (w.ends_with("ly") && !article) || (w.ends_with("ing") && !article && !cost);
        if lex.stopwords.contains(&w) || w.len() <= 2 || verb_like {
            return None;
        }
        // what a forecast cost is of: "the restructuring would cost €650m" and "restructuring costs would
        // total €600m" are both the restructuring costs
        let before = k.checked_sub(1).map(|j| &tokens[j]).filter(|p| p.kind == Kind::Word && !p.is_capitalised());
        return Some(match before.map(|p| fold(p.bare())) {
            Some(p) if w.starts_with("cost") && !lex.stopwords.contains(&p) && !LINKS.contains(&p.as_str()) => format!("{p} costs"),
            _ if cost && modal && !w.starts_with("cost") => format!("{w} costs"),
            _ => w,
        });
    }
    None
}

/// Modal verbs between a topic and its link ("the restructuring would cost ...").
const MODALS: &[&str] = &["would", "will", "could", "may", "might", "should", "can"];

/// "at 6 p.m." ending at token `k`: where the time of day starts (its preposition included).
fn clock_from(tokens: &[Token], k: usize) -> Option<usize> {
    let w = fold(tokens[k].text);
    let number_before = k > 0 && tokens[k - 1].kind == Kind::Number;
    if !number_before || !["p.m.", "a.m.", "pm", "am", "p.m", "a.m"].contains(&w.as_str()) {
        return None;
    }
    let start = k - 1;
    Some(if start > 0 && ["at", "by"].iter().any(|p| tokens[start - 1].is(p)) { start - 1 } else { start })
}

/// "at 6 p.m.": a time of day the sentence's figures were given at, which makes them a stage of the day.
fn clock_time(tokens: &[Token]) -> Option<String> {
    (0..tokens.len()).find_map(|k| {
        let from = clock_from(tokens, k)?;
        (from + 2 == k).then(|| tokens[from..=k].iter().map(|t| fold(t.text)).collect::<Vec<_>>().join(" "))
    })
}

/// "across Eldag province", "across the province": figures of a whole area, never one quantity with
/// those of a place in it ("73 died in the complex"; "more than 1,200 across the province").
fn area(tokens: &[Token]) -> Option<String> {
    let k = tokens.iter().position(|t| t.is("across") || t.is("throughout"))?;
    let mut name = Vec::new();
    for t in tokens[k + 1..].iter().take(4) {
        if t.is("the") || (t.is_capitalised() && t.kind == Kind::Word) {
            name.push(t.bare());
        } else if t.kind == Kind::Word && lexicon().place_heads.contains(&fold(t.bare())) {
            // "Eldag province" and "the province" are one area: its noun says which ("across the
            // group" is no area)
            return Some(format!("across the {}", fold(t.bare())));
        } else {
            break;
        }
    }
    name.retain(|w| !w.eq_ignore_ascii_case("the"));
    (!name.is_empty()).then(|| format!("across {}", name.join(" ")))
}

/// "a candidate needs more than 50%", "short of the 50% a candidate needs": a share that is a bar to
/// reach (`lexicon/threshold.txt` in its clause, a few words either side), whatever noun follows it.
fn threshold_near(tokens: &[Token], first: usize, end: usize) -> bool {
    let lex = lexicon();
    let stop = |t: &&Token| [",", ";", ":", "."].contains(&t.text);
    let before = tokens[first.saturating_sub(6)..first].iter().rev().take_while(|t| !stop(t));
    let after = tokens[end.min(tokens.len())..(end + 5).min(tokens.len())].iter().take_while(|t| !stop(t));
    before.chain(after).any(|t| lex.threshold.contains(&fold(t.text)))
}

/// Whose an age is when the person is named around it: "Ebo Quansah, the 17-year-old winger",
/// "17-year-old Kwame Boateng", "a 24-year-old trader named Hope Azumah", "17-year-old Ghanaian
/// winger Ebo Quansah" (a nationality describes, it names no one).
fn age_owner(sentence_hits: &[Hit], tokens: &[Token], first: usize, end: usize) -> Option<usize> {
    let before = sentence_hits.iter().rev().find(|h| {
        h.last < first
            && matches!(tokens[h.last..first].iter().map(|t| fold(t.text)).collect::<Vec<_>>().as_slice(), [c, a] if c == "," && ["a", "an", "the"].contains(&a.as_str()))
    });
    let after = || {
        sentence_hits.iter().find(|h| {
            h.first >= end
                && h.first <= end + 3
                && tokens[end..h.first]
                    .iter()
                    .all(|t| t.kind == Kind::Word && (!t.is_capitalised() || lexicon().demonyms.contains(&fold(t.text))) || t.is("named"))
        })
    };
    before.or_else(after).map(|h| h.person)
}

/// Election coverage reports results as the count goes on: "with 58% of protocols counted".
fn partial_count(folded_sentence: &str) -> bool {
    folded_sentence.contains("% of") && ["counted", "processed", "reporting", "tallied"].iter().any(|w| folded_sentence.contains(w))
}

/// Finds every figure of the corpus.
pub fn find(sentences: &[Sentence], texts: &[&str], hits: &[Hit]) -> Vec<FigureDraft> {
    let lex = lexicon();
    let mut out: Vec<FigureDraft> = Vec::new();
    let mut last_person: Option<usize> = None;
    let mut last_noun: Option<(usize, String, String, bool)> = None;
    let mut current_doc = usize::MAX;
    // "With 58% of protocols counted, ..." sets a stage the next sentences stay in until a count is
    // said again ("With all protocols counted")
    let mut counting = false;
    for (s, sentence) in sentences.iter().enumerate() {
        if sentence.doc != current_doc {
            current_doc = sentence.doc;
            last_person = None;
            last_noun = None;
            counting = false;
        }
        let tokens = &sentence.tokens;
        let text = texts[sentence.doc];
        // hits come sorted by sentence
        let sentence_hits: Vec<Hit> = hits[hits.partition_point(|h| h.sentence < s)..hits.partition_point(|h| h.sentence <= s)].to_vec();
        let folded_sentence = fold(sentence.text(text));
        let counted_here = ["counted", "processed", "final result", "tallied"].iter().any(|w| folded_sentence.contains(w));
        let still_counting = counting && !counted_here;
        counting = partial_count(&folded_sentence) || still_counting;
        let scope = if partial_count(&folded_sentence) {
            "partial count".to_string()
        } else {
            SCOPES
                .iter()
                .find(|p| folded_sentence.contains(*p))
                .map(|p| p.to_string())
                .or_else(|| clock_time(tokens))
                .or_else(|| area(tokens))
                .unwrap_or_default()
        };
        let mut i = 0;
        // the low end of a range waits for the number after it, which says what both count
        let mut low_end: Option<(Number, usize)> = None;
        while i < tokens.len() {
            let Some(n) = read(tokens, i).or_else(|| listed_one(tokens, i, last_count(&out, s), s)) else {
                i += 1;
                continue;
            };
            i = n.last;
            if is_date_or_year(tokens, &n) {
                continue;
            }
            if let Some(score) = shapes::score(tokens, n.first) {
                i = score.second.last;
                let scope = if score.half_time { "half-time score" } else { "final score" };
                for goals in [&score.first, &score.second] {
                    out.push(FigureDraft {
                        sentence: s,
                        kind: FigureKind::Count,
                        value: goals.value,
                        qualifier: Qualifier::Exact,
                        unit: "goals".into(),
                        noun: "goals".into(),
                        head: "goals".into(),
                        event: String::new(),
                        scope: scope.into(),
                        subject: None,
                        partitive: false,
                        display: tokens[goals.first].text.to_string(),
                        mark_start: tokens[goals.first].start,
                        mark_end: tokens[goals.last - 1].end(),
                    });
                }
                continue;
            }
            let (mut qualifier, qual_first) = qualifier_before(tokens, n.first);
            // "ten or more dead": the qualifier after the number
            let word_at = |k: usize| tokens.get(k).map(|t| fold(t.text)).unwrap_or_default();
            let n = match (word_at(n.last).as_str(), word_at(n.last + 1).as_str()) {
                ("or", "more") if qualifier == Qualifier::Exact => {
                    qualifier = Qualifier::AtLeast;
                    Number { last: n.last + 2, ..n }
                }
                ("or", "fewer" | "less") if qualifier == Qualifier::Exact => {
                    qualifier = Qualifier::UpTo;
                    Number { last: n.last + 2, ..n }
                }
                _ => n,
            };
            if shapes::range_low_end(tokens, &n).is_some() {
                low_end = Some((n, qual_first));
                continue;
            }
            let low = low_end.take().filter(|(l, _)| l.last + 1 == n.first);
            let word = |k: usize| tokens.get(k).map(|t| fold(t.text)).unwrap_or_default();
            let modality = modality_before(tokens, qual_first);
            let context = readers::Context {
                tokens,
                n,
                qual_first,
                title_case: sentence.title_case,
                hits: &sentence_hits,
                out: &out,
                s,
                sentences,
                last_noun: last_noun.as_ref(),
                folded_sentence: &folded_sentence,
            };
            let Some(reading) = readers::read(&context) else { continue };
            let readers::Reading {
                kind,
                mut unit,
                mut noun,
                mut head,
                end: end_tok,
                mut subject,
                part: topic_part,
                event: mut number_event,
                value,
            } = reading;
            let mut event = String::new();
            // "against the 15 years requested by the prosecution": a demand named right after the figure
            let modality = modality.or_else(|| lex.sought.contains(&word(end_tok)).then_some("sought"));
            // "Twelve of the 44 miners trapped": a part with nothing said of it but its number
            let mut part_with_nothing_said = false;
            if kind == FigureKind::Count && unit.is_empty() {
                // ("the toll" counts the dead: a head count)
                let is_people = lex.person_nouns.contains(&head)
                    || lex.person_nouns.contains(&format!("{head}s"))
                    || lex.person_nouns.contains(&lex.noun_group(&head))
                    || lex.demonym(&head).is_some();
                unit = if is_people { "people".into() } else { head.clone() };
                let remaining_modifier = noun.split(' ').any(|w| w == "remaining");
                // "the death toll had risen to at least 7 children": people counted in a toll are its dead
                let toll = is_people && sentence_topic(tokens).is_some_and(|(_, h, part)| h == "dead" && !part);
                // "eight of the 10 defendants were convicted": what happened is said of the part
                let whole = n.first >= 3
                    && word(n.first - 1) == "the"
                    && word(n.first - 2) == "of"
                    && read(tokens, n.first - 3).is_some_and(|part| part.last == n.first - 2);
                let of_part = whole && AUX.contains(&word(end_tok).as_str());
                // "Twelve of the 44 miners trapped ...": a participle right after the noun is the whole's
                let numbered_part = word(n.last) == "of" && word(n.last + 1) == "the" && read(tokens, n.last + 2).is_some();
                let of_whole = numbered_part && !AUX.contains(&word(end_tok).as_str());
                part_with_nothing_said = of_whole;
                event = number_event
                    .take()
                    .filter(|_| !of_part)
                    .or_else(|| carried_destination(tokens, end_tok, last_count(&out, s), s))
                    .or_else(|| event_after(tokens, end_tok).filter(|_| !of_part && !of_whole))
                    .filter(|e| e.starts_with("sent to") || !remaining_modifier)
                    .or_else(|| toll.then(|| "killed".to_string()))
                    .or_else(|| remaining_modifier.then(|| "remaining".to_string()))
                    .or_else(|| event_before(tokens, qual_first))
                    .or_else(|| place_after(tokens, end_tok).map(|place| format!("in {place}")))
                    .unwrap_or_default();
                last_noun = Some((s, noun.clone(), head.clone(), topic_part));
            }
            if kind == FigureKind::Count && noun.is_empty() {
                continue;
            }
            if kind == FigureKind::Count
                && subject.is_none()
                && (unit == "percent" || matches!(head.as_str(), "votes" | "vote" | "ballots"))
            {
                subject = owner_of_share(&sentence_hits, n.first, tokens);
            }
            // a duration in reported speech ("Brandt said the strike would last 10 days") is not the speaker's
            // and a duration belongs to a person only as a state they were in ("five years in exile")
            let reported = tokens.iter().any(|t| SPEECH.iter().any(|v| t.is(v)));
            let state = ["in ", "behind ", "on "].iter().any(|p| noun.starts_with(p));
            if kind == FigureKind::Age && subject.is_none() {
                subject = age_owner(&sentence_hits, tokens, qual_first, end_tok);
                // "a 22-year-old student who gave only his nickname": an unnamed person's age is nobody's card
                if subject.is_none()
                    && word(n.last) == "-"
                    && tokens.get(end_tok).is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised())
                {
                    continue;
                }
            }
            if kind != FigureKind::Count && subject.is_none() && !(kind == FigureKind::Duration && (reported || !state)) {
                subject = subject_of(&sentence_hits, n.first, tokens, last_person);
            }
            if kind == FigureKind::Age {
                unit = "years".into();
            }
            // "sentenced six co-defendants to 7 years each": the sentence is theirs, not the person's before
            let each = kind == FigureKind::Sentence && (end_tok..end_tok + 6).any(|k| word(k) == "each");
            if each {
                subject = None;
            }
            // "9 billion euros ($9.4 billion)", "512m (1,680ft)": the same fact converted
            let source = estimate_source(tokens, qual_first);
            let start = amount_first(tokens, qual_first);
            let converted = start > 0 && tokens[start - 1].text == "(" && lex.units.values().any(|u| *u == unit);
            // "a candidate needs more than 50%": the bar, one quantity whatever noun each outlet gives it
            if kind == FigureKind::Count && unit == "percent" && threshold_near(tokens, qual_first, end_tok) {
                noun = "threshold".into();
                head = noun.clone();
                subject = None;
            }
            let share = unit == "percent" || matches!(head.as_str(), "votes" | "vote" | "ballots");
            // a count goes on for results (a candidate's share or votes, the share of protocols
            // counted), not for turnout, which is known before it starts
            let result = share
                && (subject.is_some()
                    || matches!(head.as_str(), "votes" | "vote" | "ballots")
                    || ["counted", "processed", "reporting", "tallied"].contains(&word(end_tok).as_str()));
            let mark_start = tokens[qual_first].start;
            let mark_end = tokens[end_tok.min(tokens.len()) - 1].end();
            let nothing_said = part_with_nothing_said && event.is_empty();
            out.push(FigureDraft {
                sentence: s,
                kind,
                value: value.unwrap_or(n.value),
                qualifier,
                unit,
                head: if head.is_empty() { noun.clone() } else { head },
                noun,
                event,
                // a possible or demanded figure is never one quantity with what happened
                scope: match (modality, kind) {
                    // "9 billion euros ($9.4 billion)", "512m (1,680ft)": the same fact converted
                    _ if converted => "converted".to_string(),
                    (Some(m), _) => m.to_string(),
                    (None, FigureKind::Count) if source.is_some() => format!("{} estimate", source.clone().unwrap_or_default()),
                    (None, FigureKind::Sentence) if each => "each".to_string(),
                    (None, _) if scope == "partial count" && result => scope.clone(),
                    (None, _) if scope == "partial count" => String::new(),
                    (None, FigureKind::Count) if still_counting && result => "partial count".to_string(),
                    // "2,300 jobs in total, including 850 in Spain": "in total" is the figure's it follows
                    (None, FigureKind::Count) if scope == "in total" => {
                        if word(end_tok) == "in" && word(end_tok + 1) == "total" {
                            scope.clone()
                        } else {
                            String::new()
                        }
                    }
                    (None, FigureKind::Count) => scope.clone(),
                    (None, _) => String::new(),
                },
                subject,
                // a part with nothing said of it counts what it names, as "Twelve miners" would
                partitive: kind == FigureKind::Count
                    && !nothing_said
                    && (topic_part || (word(n.last) == "of" && matches!(word(n.last + 1).as_str(), "the" | "those"))),
                display: text[tokens[qual_first].start..tokens[n.last - 1].end()].to_string(),
                mark_start,
                mark_end,
            });
            // "36 to 72 hours": the low end counts what the high end does, as a range
            if let (Some((low, first)), Some(high)) = (low, out.last().cloned()) {
                out.push(FigureDraft {
                    value: low.value,
                    qualifier: qualifier_before(tokens, low.first).0,
                    scope: "range".into(),
                    display: text[tokens[first].start..tokens[low.last - 1].end()].to_string(),
                    mark_start: tokens[first].start,
                    mark_end: tokens[low.last - 1].end(),
                    ..high
                });
            }
        }
        if let Some(h) = sentence_hits.last() {
            last_person = Some(h.person);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Source;
    use crate::document::sentences;

    fn figures(text: &str) -> Vec<FigureDraft> {
        let sources = vec![Source { file: "a.txt".into(), text: text.to_string(), ..Source::default() }];
        let sentences = sentences(&sources);
        let texts = [sources[0].text.as_str()];
        let people = crate::people::find(&sentences, &texts, &[]);
        find(&sentences, &texts, &people.hits)
    }

    fn summary(f: &FigureDraft) -> String {
        format!("{} {} {} [{}] {}", f.qualifier.words(), f.value, f.noun, f.event, f.unit).trim().to_string()
    }

    #[test]
    fn counts_with_qualifiers_nouns_and_events() {
        let found = figures("Rescuers have evacuated at least 1,200 residents from the valley, officials said.\nNearly 40 people were taken to Springfield, while 12 were flown to Shelbyville.\n");
        let got: Vec<String> = found.iter().map(summary).collect();
        assert_eq!(
            got,
            [
                "at least 1200 residents [evacuated] people",
                "nearly 40 people [sent to Springfield] people",
                "12 people [sent to Shelbyville] people",
            ]
        );
    }

    #[test]
    fn years_and_dates_are_not_counts() {
        let found = figures("On March 3, 2021, the council met for the 2022 budget and approved it.\n");
        assert!(found.is_empty(), "{:?}", found.iter().map(summary).collect::<Vec<_>>());
    }

    #[test]
    fn ages_and_sentences_belong_to_their_person() {
        let found = figures("Union leader Odile Brandt, 58, was sentenced to eleven years in prison.\nActivist Jon Mirek, aged 31, received a 4-year sentence on Monday.\n");
        let got: Vec<(FigureKind, f64, Option<usize>)> = found.iter().map(|f| (f.kind, f.value, f.subject)).collect();
        assert_eq!(
            got,
            [
                (FigureKind::Age, 58.0, Some(0)),
                (FigureKind::Sentence, 11.0, Some(0)),
                (FigureKind::Age, 31.0, Some(1)),
                (FigureKind::Sentence, 4.0, Some(1)),
            ]
        );
    }

    #[test]
    fn pronouns_carry_the_subject_from_the_sentence_before() {
        let found = figures("Activist Jon Mirek spoke to the crowd on Monday.\nAfter nearly five years in exile, he returned home.\n");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].kind, found[0].subject, found[0].qualifier, found[0].noun.as_str()),
            (FigureKind::Duration, Some(0), Qualifier::Nearly, "in exile")
        );
    }

    #[test]
    fn shares_belong_to_the_candidate_named_before_them() {
        let found = figures("President Marta Kovalenko won 44.1% of the vote, while opposition leader Ion Rusu took 46.8% of the vote.");
        let owners: Vec<_> = found.iter().map(|f| (f.value, f.subject.is_some())).collect();
        assert_eq!(owners, [(44.1, true), (46.8, true)]);
        assert_ne!(found[0].subject, found[1].subject);
    }

    #[test]
    fn a_sentence_given_to_each_of_several_is_not_the_main_defendants() {
        let found =
            figures("Judge Ana Ruiz sentenced contractor Ahmet Kaya to 18 years. The court sentenced six co-defendants to 7 years each.");
        let seven = found.iter().find(|f| f.value == 7.0).expect("7 years");
        assert_eq!((seven.kind, seven.subject, seven.scope.as_str()), (FigureKind::Sentence, None, "each"));
    }

    #[test]
    fn results_with_part_of_the_count_done_are_a_stage() {
        let found = figures("With 58% of protocols counted, President Ion Rusu had 44.1% of the vote.");
        assert!(found.iter().all(|f| f.scope == "partial count"), "{found:?}");
    }

    #[test]
    fn ages_belong_to_the_person_named_around_them() {
        let found = figures("Mayor Ana Ruiz said a 24-year-old trader named Hope Azumaro was among them.");
        let age = found.iter().find(|f| f.kind == FigureKind::Age).expect("an age");
        let found2 = figures("Mayor Ana Ruiz praised Ebo Quansar, the 17-year-old winger, after the match.");
        let age2 = found2.iter().find(|f| f.kind == FigureKind::Age).expect("an age");
        assert!(age.subject.is_some() && age2.subject.is_some());
        // not the mayor, who is named first
        let first = |text: &str| figures(text).iter().find(|f| f.kind == FigureKind::Age).and_then(|f| f.subject);
        assert_ne!(first("Mayor Ana Ruiz said a 24-year-old trader named Hope Azumaro was among them."), Some(0));
        assert_ne!(first("Mayor Ana Ruiz praised Ebo Quansar, the 17-year-old winger, after the match."), Some(0));
    }

    #[test]
    fn clock_times_and_clip_lengths_are_no_figures() {
        assert!(figures("Watch: the last five miners are lifted from the shaft (2:41)").iter().all(|f| f.value != 41.0 && f.value != 2.0));
    }

    #[test]
    fn money_and_measures_have_their_unit_and_topic() {
        let found = figures("The club paid a fee of 6.5 million euros ($7 million) for the striker, whose house cost €2bn.");
        let got: Vec<_> = found.iter().map(|f| (f.value, f.unit.as_str(), f.noun.as_str(), f.scope.as_str())).collect();
        assert_eq!(got, [(6.5e6, "euros", "fee", ""), (7e6, "dollars", "dollars", "converted"), (2e9, "euros", "house", "")]);
        let found = figures("The gallery collapsed 512m (1,680ft) below the surface, and turnout was 42.7%.");
        let got: Vec<_> = found.iter().map(|f| (f.value, f.unit.as_str(), f.scope.as_str())).collect();
        assert_eq!(got, [(512.0, "metres", ""), (1680.0, "feet", "converted"), (42.7, "percent", "")]);
    }

    #[test]
    fn counts_in_different_places_are_different_quantities() {
        let found = figures("The company will cut 1,200 jobs in Germany, 800 in Spain and 300 in Poland.");
        let events: Vec<_> = found.iter().map(|f| (f.value, f.event.as_str())).collect();
        assert_eq!(events, [(1200.0, "in Germany"), (800.0, "in Spain"), (300.0, "in Poland")]);
    }

    #[test]
    fn possible_and_demanded_figures_are_scoped_apart() {
        let found = figures("The talks could lead to the release of up to 300 detainees.");
        assert_eq!(found[0].scope, "possible");
        let found = figures("Prosecutors had asked for 22 years in prison, but the court sentenced him to 15 years.");
        assert_eq!(found.iter().map(|f| (f.value, f.scope.as_str())).collect::<Vec<_>>(), [(22.0, "sought"), (15.0, "")]);
        assert_eq!(figures("Officials said 40 miners were freed.")[0].scope, "");
    }

    #[test]
    fn a_share_with_no_noun_belongs_to_the_candidate_who_has_it() {
        let found = figures("Candidate Ion Rusu, 61, a former deputy governor, had 35.2%. Ana Ruiz won 34,163 votes, or 12.4%, and candidate Tudor Vlad 21,487 votes, or 7.8%.");
        let owners: Vec<(f64, Option<usize>)> = found.iter().filter(|f| f.unit == "percent").map(|f| (f.value, f.subject)).collect();
        assert_eq!(owners, [(35.2, Some(0)), (12.4, Some(1)), (7.8, Some(2))]);
    }

    #[test]
    fn a_part_of_them_counts_what_was_counted_before() {
        let found = figures("The block was home to more than 200 people. When the quake hit, 71 of them died.");
        let part = found.iter().find(|f| f.value == 71.0).expect("71 of them");
        assert_eq!((part.head.as_str(), part.partitive, part.event.as_str()), ("people", true, "killed"));
    }

    #[test]
    fn a_range_and_a_score_read_both_their_numbers() {
        let found = figures("Reaching the men could take 36 to 72 hours. Yildizspor beat Demirspor 3-1 in the final.");
        let got: Vec<(f64, &str, &str)> = found.iter().map(|f| (f.value, f.unit.as_str(), f.scope.as_str())).collect();
        assert_eq!(
            got,
            [(72.0, "hours", "possible"), (36.0, "hours", "range"), (3.0, "goals", "final score"), (1.0, "goals", "final score")]
        );
    }

    #[test]
    fn time_frames_set_the_scope() {
        let found = figures("In recent years, the company has hired more than 300 workers.\n");
        assert_eq!(found[0].scope, "in recent years");
        assert_eq!(found[0].qualifier, Qualifier::MoreThan);
    }

    #[test]
    fn a_topic_opening_the_sentence_or_before_a_colon_names_the_share() {
        let got: Vec<(f64, String)> = figures("Turnout was 42.7%, the commission said.\nThe count ended, turnout reported at 44.5%.")
            .iter()
            .map(|f| (f.value, f.noun.clone()))
            .collect();
        assert_eq!(got, [(42.7, "turnout".to_string()), (44.5, "turnout".to_string())]);
    }

    #[test]
    fn a_time_of_day_is_the_figures_stage_and_no_figure() {
        let found = figures("Turnout at 6 p.m. was 36.1%, the commission says.");
        let got: Vec<(f64, &str, &str)> = found.iter().map(|f| (f.value, f.noun.as_str(), f.scope.as_str())).collect();
        assert_eq!(got, [(36.1, "turnout", "at 6 p.m.")]);
    }

    #[test]
    fn a_share_a_candidate_needs_is_the_threshold() {
        let found = figures("She fell short of the more than 50% a candidate needs to win outright.");
        assert_eq!((found[0].noun.as_str(), found[0].qualifier), ("threshold", Qualifier::MoreThan));
    }

    #[test]
    fn turnout_is_no_partial_result_while_shares_are() {
        let found = figures("With 58% of protocols counted, Ion Rusu had 44.1% of the vote and turnout was 42.7%.");
        let got: Vec<(f64, &str)> = found.iter().map(|f| (f.value, f.scope.as_str())).collect();
        assert_eq!(got, [(58.0, "partial count"), (44.1, "partial count"), (42.7, "")]);
    }

    #[test]
    fn the_number_of_people_arrested_says_what_it_counts() {
        let found = figures("The number of people arrested after the march rose to at least 58 on Sunday.");
        assert_eq!((found[0].value, found[0].head.as_str(), found[0].event.as_str()), (58.0, "people", "arrested"));
    }

    #[test]
    fn people_counted_in_a_death_toll_are_its_dead() {
        let found = figures("By Friday the death toll had risen to at least 7 children.");
        assert_eq!((found[0].value, found[0].event.as_str()), (7.0, "killed"));
    }

    #[test]
    fn a_nationality_between_an_age_and_a_name_keeps_the_age_with_the_name() {
        let found = figures("Coach Ana Ruiz watched as 17-year-old Ghanaian winger Ebo Quansar scored.");
        let age = found.iter().find(|f| f.kind == FigureKind::Age).expect("an age");
        assert_eq!(age.subject, Some(1));
    }

    #[test]
    fn what_a_cost_is_of_names_the_amount() {
        let found = figures("The restructuring would cost about €650m, and the restructuring costs would total about €600m.");
        let got: Vec<&str> = found.iter().map(|f| f.noun.as_str()).collect();
        assert_eq!(got, ["restructuring costs", "restructuring costs"]);
    }

    #[test]
    fn coming_home_and_being_handed_back_are_returns() {
        let found = figures("In all, 103 Ukrainians came home, and 95 servicemen were handed back to Russia.");
        let got: Vec<(f64, &str, &str)> = found.iter().map(|f| (f.value, f.unit.as_str(), f.event.as_str())).collect();
        assert_eq!(got, [(103.0, "people", "returned"), (95.0, "people", "returned")]);
    }

    #[test]
    fn a_whole_area_is_the_scope_of_its_counts() {
        let found = figures("The earthquake killed more than 1,200 people across Eldar province.");
        assert_eq!(found[0].scope, "across the province");
    }

    #[test]
    fn a_list_of_counts_sent_to_places_carries_its_verb_and_noun() {
        let found = figures("Of the survivors, 22 needed care. Seven, including a boy, were taken to Asuokra Hospital, 11 to St. Mary's Hospital and one to a burns unit.");
        let got: Vec<(f64, &str, &str)> = found.iter().map(|f| (f.value, f.head.as_str(), f.event.as_str())).collect();
        assert_eq!(
            got,
            [
                (22.0, "survivors", "needed"),
                (7.0, "survivors", "sent to Asuokra Hospital"),
                (11.0, "survivors", "sent to St. Mary Hospital"),
                (1.0, "survivors", "sent to burns unit"),
            ]
        );
    }

    #[test]
    fn a_part_of_a_numbered_whole_is_read_and_what_happened_is_the_parts() {
        let found = figures("In all, eight of the 10 defendants were convicted and two acquitted.");
        let got: Vec<(f64, &str, &str)> = found.iter().map(|f| (f.value, f.head.as_str(), f.event.as_str())).collect();
        assert_eq!(got, [(8.0, "defendants", "convicted"), (10.0, "defendants", ""), (2.0, "defendants", "acquitted")]);
    }

    #[test]
    fn a_tally_is_a_topic_though_shaped_like_an_adverb() {
        let found = figures("His second goal took his tally to 16 for the season: 12 in the league and four in the cup.");
        assert_eq!(
            found.iter().map(|f| (f.value, f.noun.as_str())).collect::<Vec<_>>(),
            [(16.0, "tally"), (12.0, "tally"), (4.0, "tally")]
        );
    }

    #[test]
    fn a_magnitude_is_a_measure_never_a_head_count() {
        let found =
            figures("The 6.4 magnitude quake injured 512 people, and a magnitude 5.1 aftershock and a 4.8-magnitude tremor followed.");
        let got: Vec<(f64, &str)> = found.iter().map(|f| (f.value, f.unit.as_str())).collect();
        assert_eq!(got, [(6.4, "magnitude"), (512.0, "people"), (5.1, "magnitude"), (4.8, "magnitude")]);
    }

    #[test]
    fn a_building_is_as_high_as_its_storeys() {
        let found = figures("Two 12-storey blocks with 84 flats collapsed.");
        let got: Vec<(f64, &str)> = found.iter().map(|f| (f.value, f.unit.as_str())).collect();
        assert!(got.contains(&(12.0, "storeys")) && got.contains(&(84.0, "flats")), "{got:?}");
    }

    #[test]
    fn qualifiers_after_the_number_or_of_three_words_are_read() {
        let found = figures("We could be counting ten or more dead. Kyiv hopes to bring home as many as 1,000 more prisoners.");
        let got: Vec<(f64, Qualifier, &str)> = found.iter().map(|f| (f.value, f.qualifier, f.head.as_str())).collect();
        assert_eq!(got, [(10.0, Qualifier::AtLeast, "dead"), (1000.0, Qualifier::UpTo, "prisoners")]);
        assert!(found.iter().all(|f| f.scope == "possible"), "{found:?}");
    }

    #[test]
    fn a_threshold_passed_is_more_than_its_number() {
        let found = figures("Measles cases have crossed 600, officials said.");
        assert_eq!((found[0].value, found[0].qualifier), (600.0, Qualifier::MoreThan));
    }

    #[test]
    fn between_two_numbers_is_a_range() {
        let found = figures("Researchers estimated that between 12,000 and 15,000 people were at the square.");
        let got: Vec<(f64, &str)> = found.iter().map(|f| (f.value, f.scope.as_str())).collect();
        assert_eq!(got, [(15000.0, ""), (12000.0, "range")]);
    }

    #[test]
    fn a_demand_named_right_after_the_figure_is_sought() {
        let found = figures("The engineer was sentenced to 9 years, against the 15 years requested by the prosecution.");
        assert_eq!(found.iter().map(|f| (f.value, f.scope.as_str())).collect::<Vec<_>>(), [(9.0, ""), (15.0, "sought")]);
    }

    #[test]
    fn a_part_of_someones_group_counts_the_group_noun() {
        let found = figures("She wrote that three of her classmates were still in custody.");
        assert_eq!((found[0].value, found[0].head.as_str(), found[0].unit.as_str()), (3.0, "classmates", "classmates"));
    }
}

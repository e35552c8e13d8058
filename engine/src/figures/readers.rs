//! One reader per shape a figure is written in: each looks at a number in its sentence and, when the
//! shape is its own, says what the number is (a reading) or that it is no figure; `read` tries them
//! in order and the first that knows the shape decides. What all figures share (events, scopes,
//! subjects) is settled after, in `find`.
use super::{
    amount_first, counted_noun, last_count, listed_one, number_of, sentence_topic, share_holder, time_unit, topic_before, topic_linked,
    unit_of_amount, FigureDraft, FigureKind, SENTENCE_WORDS,
};
use crate::document::Sentence;
use crate::fold::fold;
use crate::lexicon::lexicon;
use crate::numbers::{read as read_number, Number};
use crate::people::Hit;
use crate::tokens::{Kind, Token};

/// A number in its sentence, with what the readers may look at.
pub(super) struct Context<'a> {
    pub tokens: &'a [Token<'a>],
    pub n: Number,
    /// Where the number starts with its qualifier ("at least 1,200").
    pub qual_first: usize,
    pub title_case: bool,
    /// The people named in the sentence.
    pub hits: &'a [Hit],
    /// The figures found so far, and the sentence's index among all sentences.
    pub out: &'a [FigureDraft],
    pub s: usize,
    pub sentences: &'a [Sentence<'a>],
    /// The last counted noun of the article: (sentence, phrase, head, a part of a group).
    pub last_noun: Option<&'a (usize, String, String, bool)>,
    pub folded_sentence: &'a str,
}

impl Context<'_> {
    fn word(&self, k: usize) -> String {
        self.tokens.get(k).map(|t| fold(t.text)).unwrap_or_default()
    }

    /// "sentenced to 11 years", "an 11-year prison term": words of a prison sentence around the number.
    fn sentence_context(&self, from: usize) -> bool {
        (self.n.first.saturating_sub(5)..self.n.first).any(|k| SENTENCE_WORDS.contains(&self.word(k).as_str()))
            || (from..from + 3).any(|k| SENTENCE_WORDS.contains(&self.word(k).as_str()))
    }
}

/// What a number is, as its shape tells.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Reading {
    pub kind: FigureKind,
    /// Empty for a count, whose unit comes from its noun.
    pub unit: String,
    pub noun: String,
    pub head: String,
    /// The token after the figure's words.
    pub end: usize,
    pub subject: Option<usize>,
    /// A part of a group counted before ("71 of them").
    pub part: bool,
    /// What happened, where the shape says it ("the number of people arrested").
    pub event: Option<String>,
    /// The value, where the shape adds to the number ("seven years and six months": 7.5).
    pub value: Option<f64>,
}

impl Reading {
    fn new(kind: FigureKind, end: usize) -> Reading {
        Reading {
            kind,
            unit: String::new(),
            noun: String::new(),
            head: String::new(),
            end,
            subject: None,
            part: false,
            event: None,
            value: None,
        }
    }

    fn count(noun: String, head: String, end: usize) -> Reading {
        Reading { noun, head, ..Reading::new(FigureKind::Count, end) }
    }
}

/// A reader's answer: not its shape, its shape but no figure, or a figure.
#[derive(Debug)]
pub(super) enum Shape {
    Other,
    NoFigure,
    Figure(Reading),
}

type Reader = fn(&Context) -> Shape;

/// The readers, most specific first.
const READERS: &[Reader] = &[
    age_after_name,
    age_after_aged,
    age_year_old,
    hyphenated_time,
    time_words,
    percentage,
    amount,
    noun_after,
    part_of_them,
    noun_before,
    number_of_phrase,
    topic_of_sentence,
    topic_across_link,
];

/// The reading of the first reader that knows the number's shape; none when no reader does.
pub(super) fn read(c: &Context) -> Option<Reading> {
    for reader in READERS {
        match reader(c) {
            Shape::Other => continue,
            Shape::NoFigure => return None,
            Shape::Figure(r) => return Some(r),
        }
    }
    None
}

/// "Smith, 62," or "Smith (62)": an age right after a name.
fn age_after_name(c: &Context) -> Shape {
    let n = &c.n;
    // "..., said pensioner Valentina Munteanu, 72." ends the sentence with the age
    let closed = |w: String| w == "," || w == "." || n.last == c.tokens.len();
    let bracketed = |h: &&Hit| (c.word(h.last) == "," && closed(c.word(n.last))) || (c.word(h.last) == "(" && c.word(n.last) == ")");
    match c.hits.iter().find(|h| h.last + 1 == n.first && bracketed(h) && (1.0..=120.0).contains(&n.value)) {
        Some(h) => Shape::Figure(Reading { subject: Some(h.person), ..Reading::new(FigureKind::Age, n.last) }),
        None => Shape::Other,
    }
}

/// "aged 31", "at age 70".
fn age_after_aged(c: &Context) -> Shape {
    if matches!(c.word(c.n.first.wrapping_sub(1)).as_str(), "aged" | "age") {
        Shape::Figure(Reading::new(FigureKind::Age, c.n.last))
    } else {
        Shape::Other
    }
}

/// "a 24-year-old": the tokenizer keeps "year-old" as one word.
fn age_year_old(c: &Context) -> Shape {
    let n = &c.n;
    if c.word(n.last) == "-" && c.word(n.last + 1).strip_suffix("-old").and_then(time_unit).is_some() {
        Shape::Figure(Reading::new(FigureKind::Age, n.last + 2))
    } else {
        Shape::Other
    }
}

/// "a 43-year-old", "an 11-year sentence", "a 23-day ordeal": an age, a prison sentence or a
/// duration of what follows; with nothing after it, no figure.
fn hyphenated_time(c: &Context) -> Shape {
    let n = &c.n;
    let Some(unit) = (c.word(n.last) == "-").then(|| time_unit(&c.word(n.last + 1))).flatten() else { return Shape::Other };
    let mut end = n.last + 2;
    let reading = |kind, end| Reading { unit: unit.clone(), ..Reading::new(kind, end) };
    if c.word(end) == "-" && c.word(end + 1) == "old" {
        return Shape::Figure(reading(FigureKind::Age, end + 2));
    }
    if c.sentence_context(end) {
        end += (end..end + 2).take_while(|&k| SENTENCE_WORDS.contains(&c.word(k).as_str())).count();
        return Shape::Figure(reading(FigureKind::Sentence, end));
    }
    let lex = lexicon();
    let noun = counted_noun(c.tokens, end, c.title_case).or_else(|| {
        c.tokens
            .get(end)
            .filter(|t| t.kind == Kind::Word && !lex.stopwords.contains(&fold(t.text)))
            .map(|t| (fold(t.text), fold(t.text), end + 1))
    });
    match noun {
        Some((phrase, _, end)) => Shape::Figure(Reading { noun: phrase, ..reading(FigureKind::Duration, end) }),
        None => Shape::NoFigure,
    }
}

/// "58 years old", "12 years in prison", "five years in exile", "20 days of talks".
fn time_words(c: &Context) -> Shape {
    let n = &c.n;
    let Some(unit) = time_unit(&c.word(n.last)) else { return Shape::Other };
    let mut end = n.last + 1;
    // "seven years and six months": one time, in years
    let months = (unit == "years" && c.word(end) == "and")
        .then(|| read_number(c.tokens, end + 1))
        .flatten()
        .filter(|m| time_unit(&c.word(m.last)).as_deref() == Some("months"));
    let value = months.map(|m| {
        end = m.last + 1;
        n.value + m.value / 12.0
    });
    let reading = |kind, end| Reading { unit: unit.clone(), value, ..Reading::new(kind, end) };
    if c.word(end) == "old" || (c.word(end) == "of" && c.word(end + 1) == "age") {
        return Shape::Figure(reading(FigureKind::Age, end + if c.word(end) == "old" { 1 } else { 2 }));
    }
    if c.sentence_context(end) {
        return Shape::Figure(reading(FigureKind::Sentence, end));
    }
    // "years in confinement", "days of talks"
    let lex = lexicon();
    let plain = |t: &Token| t.kind == Kind::Word && !t.is_capitalised();
    if ["in", "of", "behind", "on"].contains(&c.word(end).as_str()) && c.tokens.get(end + 1).is_some_and(plain) {
        let mut k = end + 1;
        while k < end + 3 && c.tokens.get(k).is_some_and(|t| plain(t) && !lex.stopwords.contains(&fold(t.text))) {
            k += 1;
        }
        let noun = c.tokens[end..k].iter().map(|t| fold(t.text)).collect::<Vec<_>>().join(" ");
        return Shape::Figure(Reading { noun, ..reading(FigureKind::Duration, k) });
    }
    Shape::Figure(reading(FigureKind::Duration, end))
}

/// "42.7%", "12 percent", "5 per cent": a share of what follows ("of the vote"), of the topic before
/// it ("turnout was 42.7%"), or of the person who has it ("Uzunoglu had 35.2%").
fn percentage(c: &Context) -> Shape {
    let n = &c.n;
    let per_cent = c.word(n.last) == "per" && c.word(n.last + 1) == "cent";
    if !(c.word(n.last) == "%" || c.word(n.last) == "percent" || per_cent) {
        return Shape::Other;
    }
    let mut r = Reading { unit: "percent".into(), ..Reading::new(FigureKind::Count, n.last + if per_cent { 2 } else { 1 }) };
    if c.word(r.end) == "of" {
        let end = r.end;
        let noun = counted_noun(c.tokens, end + 1, c.title_case).or_else(|| {
            counted_noun(c.tokens, end + 2, c.title_case)
                .or_else(|| c.tokens.get(end + 2).filter(|t| t.kind == Kind::Word).map(|t| (fold(t.text), fold(t.text), end + 3)))
        });
        if let Some((phrase, h, end)) = noun {
            (r.noun, r.head, r.end) = (phrase, h, end);
        }
    }
    if r.noun.is_empty() {
        if let Some(topic) = topic_before(c.tokens, c.qual_first) {
            (r.noun, r.head) = (topic.clone(), topic);
        }
    }
    if r.noun.is_empty() {
        r.subject = share_holder(c.hits, c.tokens, n.first, c.qual_first, c.out, c.s);
        // in election coverage ("46.8% of the vote" elsewhere in the article) the share is of the vote
        let doc = c.sentences[c.s].doc;
        let votes = c.folded_sentence.contains("vote")
            || c.out.iter().rev().take_while(|f| c.sentences[f.sentence].doc == doc).any(|f| f.head.starts_with("vote"));
        if r.subject.is_some() {
            r.noun = if votes { "vote" } else { "share" }.into();
            r.head = r.noun.clone();
        }
    }
    Shape::Figure(r)
}

/// "$41 million", "€2bn", "6.5 million euros", "512m (1,680ft)": money or a measure, labelled by
/// what it is ("a fee of", "a deal worth") or else by its unit.
fn amount(c: &Context) -> Shape {
    let Some((unit, end)) = unit_of_amount(c.tokens, c.qual_first, c.n.last) else { return Shape::Other };
    let noun = topic_before(c.tokens, amount_first(c.tokens, c.qual_first)).unwrap_or_else(|| unit.clone());
    Shape::Figure(Reading { unit, head: noun.clone(), noun, ..Reading::new(FigureKind::Count, end) })
}

/// "123 political prisoners", "nine of the freed prisoners".
fn noun_after(c: &Context) -> Shape {
    match counted_noun(c.tokens, c.n.last, c.title_case) {
        Some((phrase, head, end)) => Shape::Figure(Reading::count(phrase, head, end)),
        None => Shape::Other,
    }
}

/// "more than 200 people ... 71 of them died": a part of the people counted before.
fn part_of_them(c: &Context) -> Shape {
    let n = &c.n;
    let of_them = c.word(n.last) == "of" && matches!(c.word(n.last + 1).as_str(), "them" | "those");
    match c.last_noun.filter(|_| of_them) {
        Some((_, phrase, head, _)) => Shape::Figure(Reading { part: true, ..Reading::count(phrase.clone(), head.clone(), n.last + 2) }),
        None => Shape::Other,
    }
}

/// "while 114 were taken to Ukraine": the noun counted just before in the sentence, or in the one
/// before when a bare number opens the sentence ("Of the survivors, 22 needed care. Seven were ...").
fn noun_before(c: &Context) -> Shape {
    let n = &c.n;
    // "Seven, including ...", "The other 16 were ..."
    let lead =
        c.qual_first == 0 || (c.qual_first == 2 && c.word(0) == "the" && matches!(c.word(1).as_str(), "other" | "remaining" | "last"));
    // "the other 12" is the rest of a group told of before, whatever verb follows ("went home")
    let rest_of = c.qual_first == 2 && c.tokens.get(n.last).is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised());
    let opens = lead && (rest_of || matches!(c.word(n.last).as_str(), "," | "were" | "was" | "had" | "have"));
    let counts = n.value >= 2.0 || listed_one(c.tokens, n.first, last_count(c.out, c.s), c.s).is_some();
    match c.last_noun.filter(|(at, ..)| (*at == c.s || (*at + 1 == c.s && opens)) && counts) {
        Some((_, phrase, head, part)) => Shape::Figure(Reading { part: *part, ..Reading::count(phrase.clone(), head.clone(), n.last) }),
        None => Shape::Other,
    }
}

/// "the number of people arrested rose to at least 58".
fn number_of_phrase(c: &Context) -> Shape {
    match number_of(c.tokens, c.qual_first) {
        Some((phrase, head, event)) => Shape::Figure(Reading { event: Some(event), ..Reading::count(phrase, head, c.n.last) }),
        None => Shape::Other,
    }
}

/// "Of the injured, 250 were taken to hospital"; "the death toll rose to 57".
fn topic_of_sentence(c: &Context) -> Shape {
    match sentence_topic(c.tokens) {
        Some((phrase, head, part)) => Shape::Figure(Reading { part, ..Reading::count(phrase, head, c.n.last) }),
        None => Shape::Other,
    }
}

/// "Police estimated the crowd at 8,000", "the crowd numbered some 18,000".
fn topic_across_link(c: &Context) -> Shape {
    match topic_linked(c.tokens, c.qual_first, true).filter(|_| c.n.value >= 2.0) {
        Some(topic) => Shape::Figure(Reading::count(topic.clone(), topic, c.n.last)),
        None => Shape::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Source;
    use crate::document::sentences;

    /// What `reader` makes of the first number of `text` that no earlier reader claims, with the
    /// article's figures before it found as `find` would.
    fn reading(text: &str, reader: Reader, number: &str) -> Shape {
        let sources = vec![Source { file: "a.txt".into(), text: text.to_string(), ..Source::default() }];
        let sentences = sentences(&sources);
        let texts = [sources[0].text.as_str()];
        let people = crate::people::find(&sentences, &texts, &[]);
        let out = super::super::find(&sentences, &texts, &people.hits);
        let s = sentences.iter().position(|x| x.tokens.iter().any(|t| t.text == number)).expect("the number is in the text");
        let sentence = &sentences[s];
        let at = sentence.tokens.iter().position(|t| t.text == number).expect("the number is a token");
        let n = read_number(&sentence.tokens, at).expect("a number");
        let hits: Vec<Hit> = people.hits.iter().filter(|h| h.sentence == s).cloned().collect();
        let mark = sentence.tokens[at].start;
        let before: Vec<FigureDraft> = out.iter().filter(|f| f.sentence < s || (f.sentence == s && f.mark_start < mark)).cloned().collect();
        let last_noun =
            before.iter().rev().find(|f| f.kind == FigureKind::Count).map(|f| (f.sentence, f.noun.clone(), f.head.clone(), f.partitive));
        let folded = fold(sentence.text(texts[0]));
        let (_, qual_first) = super::super::qualifier_before(&sentence.tokens, n.first);
        let c = Context {
            tokens: &sentence.tokens,
            n,
            qual_first,
            title_case: sentence.title_case,
            hits: &hits,
            out: &before,
            s,
            sentences: &sentences,
            last_noun: last_noun.as_ref(),
            folded_sentence: &folded,
        };
        reader(&c)
    }

    fn figure(shape: Shape) -> Reading {
        match shape {
            Shape::Figure(r) => r,
            other => panic!("no figure: {other:?}"),
        }
    }

    #[test]
    fn an_age_in_commas_after_a_name_is_theirs() {
        let r = figure(reading("Union leader Odile Brandt, 58, spoke.", age_after_name, "58"));
        assert_eq!((r.kind, r.subject), (FigureKind::Age, Some(0)));
    }

    #[test]
    fn aged_before_a_number_makes_an_age() {
        assert_eq!(figure(reading("A man aged 31 was arrested.", age_after_aged, "31")).kind, FigureKind::Age);
    }

    #[test]
    fn a_year_old_is_an_age() {
        assert_eq!(figure(reading("A 24-year-old trader was hurt.", age_year_old, "24")).kind, FigureKind::Age);
    }

    #[test]
    fn a_hyphenated_time_before_its_noun_is_a_duration_or_a_sentence() {
        let r = figure(reading("The miners survived a 23-day ordeal.", hyphenated_time, "23"));
        assert_eq!((r.kind, r.unit.as_str(), r.noun.as_str()), (FigureKind::Duration, "days", "ordeal"));
        let r = figure(reading("She received an 11-year prison sentence.", hyphenated_time, "11"));
        assert_eq!(r.kind, FigureKind::Sentence);
    }

    #[test]
    fn time_words_after_a_number_make_a_duration_with_its_state() {
        let r = figure(reading("He spent five years in exile.", time_words, "five"));
        assert_eq!((r.kind, r.unit.as_str(), r.noun.as_str()), (FigureKind::Duration, "years", "in exile"));
    }

    #[test]
    fn a_percentage_is_of_what_follows_it() {
        let r = figure(reading("Ion Rusu won 44.1% of the vote.", percentage, "44.1"));
        assert_eq!((r.unit.as_str(), r.head.as_str()), ("percent", "vote"));
    }

    #[test]
    fn an_amount_is_labelled_by_what_it_is() {
        let r = figure(reading("The club paid a fee of 6.5 million euros.", amount, "6.5"));
        assert_eq!((r.unit.as_str(), r.noun.as_str()), ("euros", "fee"));
    }

    #[test]
    fn a_noun_after_the_number_is_what_it_counts() {
        let r = figure(reading("Belarus freed 123 political prisoners.", noun_after, "123"));
        assert_eq!((r.noun.as_str(), r.head.as_str()), ("political prisoners", "prisoners"));
    }

    #[test]
    fn of_them_is_a_part_of_the_people_counted_before() {
        let r = figure(reading("The block was home to 200 people. When it fell, 71 of them died.", part_of_them, "71"));
        assert_eq!((r.head.as_str(), r.part), ("people", true));
    }

    #[test]
    fn a_bare_number_counts_the_noun_just_before_it() {
        let r = figure(reading("Officials said 40 prisoners were freed, while 12 were sent to Vilnius.", noun_before, "12"));
        assert_eq!(r.head, "prisoners");
    }

    #[test]
    fn the_number_of_phrase_says_what_is_counted_and_what_happened() {
        let r = figure(reading("The number of people arrested rose to 58.", number_of_phrase, "58"));
        assert_eq!((r.head.as_str(), r.event.as_deref()), ("people", Some("arrested")));
    }

    #[test]
    fn a_death_toll_is_the_topic_of_its_sentence() {
        assert_eq!(figure(reading("The death toll rose to 57.", topic_of_sentence, "57")).head, "dead");
    }

    #[test]
    fn a_topic_across_a_link_is_what_a_count_counts() {
        assert_eq!(figure(reading("Police estimated the crowd at 8,000.", topic_across_link, "8,000")).noun, "crowd");
    }

    #[test]
    fn a_hyphenated_time_with_nothing_after_it_is_no_figure() {
        assert!(matches!(reading("The talks ended after a tense 3-day, officials said.", hyphenated_time, "3"), Shape::NoFigure));
    }

    #[test]
    fn an_age_closing_the_sentence_after_a_name_is_theirs() {
        let r = figure(reading("We have had no water all summer, said pensioner Valentina Muntes, 72.", age_after_name, "72"));
        assert_eq!((r.kind, r.subject.is_some()), (FigureKind::Age, true));
    }

    #[test]
    fn the_other_few_count_what_the_sentence_before_counted() {
        let r = figure(reading("Of the survivors, 22 needed care. The other 16 were checked at the scene.", noun_before, "16"));
        assert_eq!(r.head, "survivors");
    }

    #[test]
    fn the_last_few_count_what_the_sentence_before_counted() {
        let r = figure(reading(
            "At least 40 passengers were rescued. The last 12, including a pilot, were rescued at dawn.",
            noun_before,
            "12",
        ));
        assert_eq!(r.head, "passengers");
    }

    #[test]
    fn the_number_moved_somewhere_counts_people_moved() {
        let r = figure(reading("The number brought ashore had risen to 40.", number_of_phrase, "40"));
        assert_eq!((r.head.as_str(), r.event.as_deref()), ("people", Some("brought")));
    }

    #[test]
    fn the_rest_of_a_group_counts_it_whatever_verb_follows() {
        let r = figure(reading("Of the passengers, 19 were taken to hospital. The remaining 12 went home.", noun_before, "12"));
        assert_eq!(r.head, "passengers");
    }

    #[test]
    fn years_and_months_are_one_time_in_years() {
        let r = figure(reading("The court sentenced six co-defendants to 7 years and 6 months each.", time_words, "7"));
        assert_eq!((r.kind, r.value), (FigureKind::Sentence, Some(7.5)));
    }
}

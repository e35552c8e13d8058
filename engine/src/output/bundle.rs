//! The facts as the app's bundle carries them: quotes left out (each is a slice of its article's
//! text, which the app cuts again) and every article cut to its own lines, without the page
//! furniture around it (menus, cookie banners, related-story lists) that the source view would
//! otherwise show and the bundle carry. Mention offsets move with the text they point into.
use crate::boilerplate::{classify, LineKind};
use std::collections::HashMap;

use crate::model::Facts;

/// Between two kept lines in the cut text: they were separate lines, usually paragraphs.
const JOIN: &str = "\n\n";

pub fn prepare(mut facts: Facts) -> Facts {
    let cuts: Vec<Cut> = facts.documents.iter().map(|d| Cut::of(&d.text)).collect();
    let by_id: HashMap<&str, usize> = facts.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    // a mention outside the article's own lines (none is, as the engine reads only those) keeps the
    // whole text of its article rather than lose its quote
    let mut keep_whole = vec![false; cuts.len()];
    for m in facts.mentions() {
        if let Some(&d) = by_id.get(m.doc.as_str()) {
            let (cut, text) = (&cuts[d], &facts.documents[d].text);
            let (a, b) = (cut.moved(m.start), cut.moved(m.end));
            keep_whole[d] |= a.zip(b).is_none_or(|(a, b)| cut.text.get(a..b) != text.get(m.start..m.end));
        }
    }
    let by_id: HashMap<String, usize> = by_id.into_iter().map(|(id, d)| (id.to_string(), d)).collect();
    let entities = facts.organisations.iter_mut().chain(facts.places.iter_mut()).flat_map(|e| &mut e.mentions);
    for m in
        facts.people.iter_mut().flat_map(|p| &mut p.mentions).chain(entities).chain(facts.figures.iter_mut().flat_map(|f| &mut f.mentions))
    {
        if let Some(&d) = by_id.get(m.doc.as_str()).filter(|&&d| !keep_whole[d]) {
            for offset in [&mut m.start, &mut m.end, &mut m.mark_start, &mut m.mark_end] {
                *offset = cuts[d].moved(*offset).unwrap_or(*offset);
            }
        }
        m.quote.clear();
    }
    for ((doc, cut), whole) in facts.documents.iter_mut().zip(cuts).zip(keep_whole) {
        if !whole {
            doc.text = cut.text;
        }
    }
    facts
}

/// An article's own lines joined, and where each came from.
struct Cut {
    text: String,
    /// kept lines: (start in the original, start in the cut text, length)
    kept: Vec<(usize, usize, usize)>,
}

impl Cut {
    fn of(text: &str) -> Cut {
        let mut cut = Cut { text: String::new(), kept: Vec::new() };
        for line in classify(text).into_iter().filter(|l| l.kind != LineKind::Boilerplate) {
            if !cut.text.is_empty() {
                cut.text.push_str(JOIN);
            }
            cut.kept.push((line.start, cut.text.len(), line.end - line.start));
            cut.text.push_str(&text[line.start..line.end]);
        }
        cut
    }

    /// Where an offset into the original text lies in the cut text, if on a kept line.
    fn moved(&self, offset: usize) -> Option<usize> {
        // lines are in order: the last one starting at or before the offset
        let i = self.kept.partition_point(|&(from, _, _)| from <= offset).checked_sub(1)?;
        let (from, to, len) = self.kept[i];
        (offset <= from + len).then(|| offset - from + to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document, Mention, Person};
    use std::path::Path;

    #[test]
    fn articles_lose_their_furniture_and_every_mention_still_slices_its_quote() {
        for dir in ["../corpus", "tests/fixtures/earthquake", "tests/fixtures/harbour-strike"] {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            let facts = crate::build(&dir).expect("the corpus builds");
            let prepared = prepare(facts.clone());
            let total = |f: &Facts| f.documents.iter().map(|d| d.text.len()).sum::<usize>();
            assert!(total(&prepared) < total(&facts), "{}: the bundle's texts are shorter", dir.display());
            let text_of = |f: &Facts, id: &DocId| f.documents.iter().find(|d| d.id == *id).map(|d| d.text.clone()).expect("a document");
            let pairs = |f: &Facts| -> Vec<Mention> {
                f.people.iter().flat_map(|p| p.mentions.clone()).chain(f.figures.iter().flat_map(|x| x.mentions.clone())).collect()
            };
            for (before, after) in pairs(&facts).iter().zip(pairs(&prepared)) {
                let (old, new) = (text_of(&facts, &before.doc), text_of(&prepared, &after.doc));
                assert_eq!(&new[after.start..after.end], before.quote, "quote of {}", before.doc);
                assert_eq!(&new[after.mark_start..after.mark_end], &old[before.mark_start..before.mark_end]);
                assert!(after.quote.is_empty(), "quotes are left to the app");
            }
        }
    }

    #[test]
    fn page_furniture_is_cut_and_lines_stay_apart() {
        let text = "Menu | Home | World\n\nSign up for our newsletter\n\nThe council met on Monday.\n\nIt voted to close 12 schools.\n";
        let lines = classify(text);
        let body: Vec<&str> = lines.iter().filter(|l| l.kind != LineKind::Boilerplate).map(|l| &text[l.start..l.end]).collect();
        assert!(!body.iter().any(|l| l.contains("newsletter")), "{body:?}");
        let mut facts = Facts::default();
        facts.documents.push(Document {
            id: "a".into(),
            file: "a.txt".into(),
            title: "t".into(),
            outlet: None,
            date: None,
            url: None,
            text: text.into(),
        });
        let cut = prepare(facts).documents.remove(0).text;
        assert_eq!(cut, body.join(JOIN));
    }

    #[test]
    fn an_article_with_a_mention_in_its_furniture_keeps_its_whole_text() {
        let text = "Sign up for our newsletter, says Anna Berg\n\nThe council met on Monday.\n";
        let doc = |id: &str| Document {
            id: id.into(),
            file: format!("{id}.txt"),
            title: "t".into(),
            outlet: None,
            date: None,
            url: None,
            text: text.into(),
        };
        let at = |id: &str, s: &str| {
            let start = text.find(s).expect("in the text");
            Mention { doc: id.into(), quote: s.into(), start, end: start + s.len(), mark_start: start, mark_end: start + 4 }
        };
        let person = Person {
            id: "p".into(),
            name: "Anna Berg".into(),
            aliases: vec![],
            role: None,
            roles: vec![],
            outlets: 1,
            mentions: vec![at("a", "Anna Berg"), at("b", "The council met")],
        };
        let facts = Facts { documents: vec![doc("a"), doc("b")], people: vec![person], ..Facts::default() };
        let prepared = prepare(facts.clone());
        assert_eq!(prepared.documents[0].text, text, "a's mention is on a furniture line: a keeps it all");
        assert_eq!(prepared.people[0].mentions[0].start, facts.people[0].mentions[0].start);
        assert_eq!(prepared.documents[1].text, "The council met on Monday.");
        let m = &prepared.people[0].mentions[1];
        assert_eq!(&prepared.documents[1].text[m.start..m.end], "The council met");
    }
}

//! The facts as the app's bundle carries them: quotes left out (each is a slice of its article's
//! text, which the app cuts again) and every article cut to its own lines, without the page
//! furniture around it (menus, cookie banners, related-story lists) that the source view would
//! otherwise show and the bundle carry. Mention offsets move with the text they point into.
use crate::boilerplate::{classify, LineKind};
use crate::model::{Facts, Mention};

/// Between two kept lines in the cut text: they were separate lines, usually paragraphs.
const JOIN: &str = "\n\n";

pub fn prepare(mut facts: Facts) -> Facts {
    for doc in &mut facts.documents {
        // kept lines: (start in the original, start in the cut text, length)
        let mut kept: Vec<(usize, usize, usize)> = Vec::new();
        let mut cut = String::new();
        for line in classify(&doc.text).into_iter().filter(|l| l.kind != LineKind::Boilerplate) {
            if !cut.is_empty() {
                cut.push_str(JOIN);
            }
            kept.push((line.start, cut.len(), line.end - line.start));
            cut.push_str(&doc.text[line.start..line.end]);
        }
        let moved = |offset: usize| {
            kept.iter().find(|&&(from, _, len)| (from..=from + len).contains(&offset)).map(|&(from, to, _)| offset - from + to)
        };
        let mentions = || {
            let id = doc.id.clone();
            facts.people.iter().flat_map(|p| &p.mentions).chain(facts.figures.iter().flat_map(|f| &f.mentions)).filter(move |m| m.doc == id)
        };
        // a mention outside the article's own lines (none is, as the engine reads only those)
        // keeps the whole text rather than lose its quote
        let fits = |m: &Mention| {
            let (a, b) = (moved(m.start), moved(m.end));
            a.zip(b).is_some_and(|(a, b)| cut.get(a..b) == doc.text.get(m.start..m.end))
        };
        if !mentions().all(fits) {
            continue;
        }
        let id = doc.id.clone();
        let all = facts.people.iter_mut().flat_map(|p| &mut p.mentions).chain(facts.figures.iter_mut().flat_map(|f| &mut f.mentions));
        for m in all.filter(|m| m.doc == id) {
            for offset in [&mut m.start, &mut m.end, &mut m.mark_start, &mut m.mark_end] {
                *offset = moved(*offset).unwrap_or(*offset);
            }
        }
        doc.text = cut;
    }
    for m in facts.people.iter_mut().flat_map(|p| &mut p.mentions).chain(facts.figures.iter_mut().flat_map(|f| &mut f.mentions)) {
        m.quote.clear();
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn articles_lose_their_furniture_and_every_mention_still_slices_its_quote() {
        for dir in ["../corpus", "tests/fixtures/earthquake", "tests/fixtures/harbour-strike"] {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            let facts = crate::build(&dir).expect("the corpus builds");
            let prepared = prepare(facts.clone());
            let total = |f: &Facts| f.documents.iter().map(|d| d.text.len()).sum::<usize>();
            assert!(total(&prepared) < total(&facts), "{}: the bundle's texts are shorter", dir.display());
            let text_of = |f: &Facts, id: &str| f.documents.iter().find(|d| d.id == id).map(|d| d.text.clone()).expect("a document");
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
        facts.documents.push(crate::model::Document {
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
}

//! Checks: parts an article states against the total they should add up to.
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::grouping::casualty;
use crate::document::Sentence;
use crate::figures::{FigureDraft, FigureKind};
use crate::fold::fold;
use crate::lexicon::lexicon;
use crate::model::{Check, CheckId, Document, Figure, FigureId, Qualifier};

/// Adds the check that `parts` sum to `total`, unless it is already there or has fewer than two parts.
fn add_check<'f>(
    checks: &mut Vec<Check>,
    parts: &[&FigureDraft],
    total: &FigureDraft,
    figure_of: &dyn Fn(&FigureDraft) -> Option<&'f Figure>,
    about: impl Fn(&Figure) -> String,
) {
    let (Some(total_fig), Some(part_figs)) = (figure_of(total), parts.iter().map(|p| figure_of(p)).collect::<Option<Vec<_>>>()) else {
        return;
    };
    let sum: f64 = part_figs.iter().map(|f| f.value).sum();
    let mut part_ids: Vec<FigureId> = part_figs.iter().map(|f| f.id.clone()).collect();
    part_ids.sort();
    part_ids.dedup();
    if part_ids.len() < 2 || checks.iter().any(|c| c.parts == part_ids && c.total == total_fig.id) {
        return;
    }
    checks.push(Check {
        id: CheckId::new(format!("check-{}", checks.len() + 1)),
        about: about(total_fig),
        parts: part_ids,
        total: total_fig.id.clone(),
        sum,
        holds: (sum - total_fig.value).abs() < 1e-9,
    });
}

/// Within one article, counts sent to different places should add up to the total released.
pub(super) fn build_checks(drafts: &[FigureDraft], figures: &[Figure], sentences: &[Sentence], docs: &[Document]) -> Vec<Check> {
    let lex = lexicon();
    let mut by_mark: HashMap<(&str, usize), usize> = HashMap::new();
    for (i, x) in figures.iter().enumerate() {
        for m in &x.mentions {
            by_mark.insert((m.doc.as_str(), m.mark_start), i);
        }
    }
    let figure_of = |f: &FigureDraft| {
        let doc = docs[sentences[f.sentence].doc].id.as_str();
        by_mark.get(&(doc, f.mark_start)).map(|&i| &figures[i]).filter(|x| x.value == f.value)
    };
    let mut checks: Vec<Check> = Vec::new();
    let mut by_doc: BTreeMap<(usize, String), Vec<&FigureDraft>> = BTreeMap::new();
    for f in drafts.iter().filter(|f| f.kind == FigureKind::Count && f.scope.is_empty()) {
        by_doc.entry((sentences[f.sentence].doc, lex.noun_group(&f.head))).or_default().push(f);
    }
    for ((_, noun), members) in by_doc {
        let mut parts: Vec<&FigureDraft> = Vec::new();
        for f in members.iter().filter(|f| f.event.starts_with("sent to ") && f.qualifier == Qualifier::Exact) {
            if !parts.iter().any(|p| p.event == f.event) {
                parts.push(f);
            }
        }
        // the total: the exact count of the same things nearest before the parts ("50 released ...
        // 20 sent to A, 30 sent to B"; "41 ships waiting ... 30 sent to A, 11 to B")
        let first_part = parts.iter().map(|p| p.sentence).min().unwrap_or(0);
        let total = members
            .iter()
            .filter(|f| f.qualifier == Qualifier::Exact && !f.event.starts_with("sent to ") && f.sentence <= first_part)
            .max_by_key(|f| (f.event == "released", f.sentence));
        let (Some(total), true) = (total, parts.len() >= 2) else { continue };
        let places: Vec<&str> = parts.iter().map(|p| p.event.trim_start_matches("sent to ")).collect();
        let about = |total: &Figure| format!("{noun} sent to {} against the total: {}", places.join(" and "), total.label);
        add_check(&mut checks, &parts, total, &figure_of, about);
    }
    // parts of one group in one sentence ("Of the injured, 250 ... while 162 ...") against its total
    let mut by_sentence: BTreeMap<(usize, String), Vec<&FigureDraft>> = BTreeMap::new();
    for f in drafts.iter().filter(|f| f.partitive && f.qualifier == Qualifier::Exact && !f.event.starts_with("sent to ")) {
        by_sentence.entry((f.sentence, lex.noun_group(&f.head))).or_default().push(f);
    }
    for ((sentence, noun), parts) in by_sentence {
        let doc = sentences[sentence].doc;
        let total = drafts
            .iter()
            .filter(|f| !f.partitive && f.qualifier == Qualifier::Exact && sentences[f.sentence].doc == doc && f.sentence <= sentence)
            .filter(|f| casualty(f).map(str::to_string).unwrap_or_else(|| lex.noun_group(&f.head)) == noun)
            .max_by_key(|f| f.sentence);
        let (Some(total), true) = (total, parts.len() >= 2) else { continue };
        add_check(&mut checks, &parts, total, &figure_of, |total: &Figure| {
            format!("parts of the {noun} against the total: {}", total.label)
        });
    }
    // drafts by sentence, so the rules below look at the sentences around a figure only
    let mut around: BTreeMap<usize, Vec<&FigureDraft>> = BTreeMap::new();
    for f in drafts {
        around.entry(f.sentence).or_default().push(f);
    }
    // the last draft told before `sentence` in its article that `wanted` accepts
    let told_before = |sentence: usize, wanted: &dyn Fn(&FigureDraft) -> bool| {
        let doc = sentences[sentence].doc;
        around
            .range(..sentence)
            .rev()
            .take_while(|(s, _)| sentences[**s].doc == doc)
            .flat_map(|(_, fs)| fs.iter().rev())
            .find(|f| wanted(f))
            .copied()
    };
    // "Of the survivors, 22 needed hospital care. ... The other 16 were checked at the scene": a part
    // and the rest of its group make the whole group, which an article may count with another noun
    // ("38 miners came out alive"): a total of the same unit told before them, of exactly their sum
    for rest in drafts.iter().filter(|f| f.partitive && f.qualifier == Qualifier::Exact && after_the(f, sentences, "other")) {
        let (doc, noun) = (sentences[rest.sentence].doc, lex.noun_group(&rest.head));
        let mut parts: Vec<&FigureDraft> = around
            .range(rest.sentence.saturating_sub(3)..rest.sentence)
            .flat_map(|(_, fs)| fs.iter().copied())
            .filter(|f| sentences[f.sentence].doc == doc && f.partitive && f.qualifier == Qualifier::Exact)
            .filter(|f| !f.event.starts_with("sent to ") && lex.noun_group(&f.head) == noun)
            .collect();
        let (Some(first), 1) = (parts.first().map(|p| p.sentence), parts.len()) else { continue };
        parts.push(rest);
        let sum: f64 = parts.iter().map(|p| p.value).sum();
        let total = told_before(first, &|f| {
            !f.partitive && f.qualifier == Qualifier::Exact && f.kind == rest.kind && f.unit == rest.unit && f.value == sum
        });
        let Some(total) = total else { continue };
        add_check(&mut checks, &parts, total, &figure_of, |total: &Figure| {
            format!("{noun}, a part and the rest, against the total: {}", total.label)
        });
    }
    // "By Saturday night the number brought out alive had risen to at least 33. The last five ... were
    // brought up on Sunday": the count so far and the last ones make the whole, counted before them
    // ("In all, 38 miners came out alive"). A count "at least" so far adds up only if it was exact,
    // and the check says so
    for last in drafts.iter().filter(|f| f.kind == FigureKind::Count && f.qualifier == Qualifier::Exact && after_the(f, sentences, "last"))
    {
        let before = last.sentence.checked_sub(1).filter(|&s| sentences[s].doc == sentences[last.sentence].doc);
        let so_far = before.and_then(|s| around.get(&s)).and_then(|fs| {
            let counted = |f: &&&FigureDraft| f.kind == last.kind && !f.partitive && f.unit == last.unit && f.head == last.head;
            fs.iter().rev().filter(counted).find(|f| matches!(f.qualifier, Qualifier::Exact | Qualifier::AtLeast)).copied()
        });
        let Some(so_far) = so_far else { continue };
        let sum = so_far.value + last.value;
        let total = told_before(so_far.sentence, &|f| {
            !f.partitive && f.qualifier == Qualifier::Exact && f.kind == last.kind && f.unit == last.unit && f.value == sum
        })
        .filter(|f| f.sentence + 3 >= so_far.sentence);
        let Some(total) = total else { continue };
        let lowest = so_far.qualifier == Qualifier::AtLeast;
        add_check(&mut checks, &[so_far, last], total, &figure_of, |total: &Figure| {
            let caveat =
                if lowest { format!(" (adds up only if \"{}\" was exactly {})", so_far.display, so_far.value) } else { String::new() };
            format!("the count so far and the last ones against the total: {}{caveat}", total.label)
        });
    }
    stated_breakdowns(drafts, sentences, &mut |parts, total| {
        add_check(&mut checks, parts, total, &figure_of, |total: &Figure| format!("parts against the total: {}", total.label));
    });
    checks
}

/// Whether "the `word`" comes right before the figure: "The other 16 were ...", "The last five ...".
fn after_the(f: &FigureDraft, sentences: &[Sentence], word: &str) -> bool {
    let tokens = &sentences[f.sentence].tokens;
    let Some(at) = tokens.iter().position(|t| t.start == f.mark_start) else { return false };
    at >= 2 && tokens[at - 2].is("the") && tokens[at - 1].is(word)
}

/// A total and a breakdown an article states ("2,300 jobs ..., including 1,200 in Germany, 800 in
/// Spain and 300 in Poland"; "38 were brought out alive and six dead ... all 44"): two to four exact
/// counts of the same unit in one sentence that add up to an exact count at most three sentences
/// away. Only sums that hold are found this way (a near miss is no evidence that the parts were meant
/// as a breakdown).
fn stated_breakdowns<'d>(drafts: &'d [FigureDraft], sentences: &[Sentence], found: &mut dyn FnMut(&[&'d FigureDraft], &'d FigureDraft)) {
    let lex = lexicon();
    // by sentence, so each total looks at its own and the neighbouring sentences only
    let mut by_sentence: BTreeMap<usize, Vec<&FigureDraft>> = BTreeMap::new();
    // parts may be "around 700" and "500" where they add up to an exact total
    let part = |f: &&FigureDraft| matches!(f.qualifier, Qualifier::Exact | Qualifier::About);
    for f in drafts.iter().filter(|f| f.kind == FigureKind::Count && part(f) && !f.unit.is_empty()) {
        by_sentence.entry(f.sentence).or_default().push(f);
    }
    let mut breakdowns: Vec<(Vec<&FigureDraft>, &FigureDraft)> = Vec::new();
    // a small total adds up by chance unless its parts are listed after it, past a colon ("Seven
    // children have died: four at A and three at B")
    let colon_after =
        |t: &FigureDraft| sentences[t.sentence].tokens.iter().find(|x| x.text == ":" && x.start >= t.mark_end).map(|x| x.start);
    for total in by_sentence.values().flatten().filter(|t| t.qualifier == Qualifier::Exact && (t.value >= 10.0 || colon_after(t).is_some()))
    {
        let doc = sentences[total.sentence].doc;
        let listed_from = if total.value >= 10.0 { None } else { colon_after(total) };
        let near = |f: &&&FigureDraft| {
            let listed = listed_from.is_none_or(|colon| f.sentence == total.sentence && f.mark_start > colon);
            let same_unit = f.unit == total.unit || lex.noun_group(&f.unit) == lex.noun_group(&total.unit);
            sentences[f.sentence].doc == doc && same_unit && f.value < total.value && f.mark_start != total.mark_start && listed
        };
        let pool: Vec<&FigureDraft> = by_sentence
            .range(total.sentence.saturating_sub(3)..=total.sentence + 3)
            .flat_map(|(_, fs)| fs.iter().filter(near))
            .copied()
            .collect();
        let mut best: Option<Vec<&FigureDraft>> = None;
        let words: Vec<String> = sentences[total.sentence].tokens.iter().map(|t| fold(t.text)).collect();
        // ... or opens on it: "Of the 212 workers on the shift, 168 escaped" (the others are told apart)
        let opens_on_it =
            words.len() > 2 && words[0] == "of" && words[1] == "the" && total.mark_start == sentences[total.sentence].tokens[2].start;
        let of_which = opens_on_it || words.windows(2).any(|w| w[0] == "of" && (w[1] == "which" || w[1] == "whom"));
        // the parts of one sentence, or of two running on ("A received 128,944 votes and B 90,918.
        // C won 34,163 votes, and D 21,487"): three or four parts then, which seldom add up by chance
        for sentence in pool.iter().map(|f| f.sentence).collect::<BTreeSet<_>>() {
            for span in [0, 1] {
                let here: Vec<&FigureDraft> =
                    pool.iter().filter(|f| (sentence..=sentence + span).contains(&f.sentence)).copied().take(12).collect();
                let n = here.len();
                // two parts over two sentences only where the total says it has parts ("279,621
                // ballots were cast, of which 4,109 were invalid" beside "275,512 valid votes")
                let sizes = if span == 0 || of_which { 2..=4 } else { 3..=4 };
                for mask in 1u32..(1 << n) {
                    let size = mask.count_ones();
                    if !sizes.contains(&size) || best.as_ref().is_some_and(|b| b.len() <= size as usize) {
                        continue;
                    }
                    let parts: Vec<&FigureDraft> = (0..n).filter(|i| mask & (1 << i) != 0).map(|i| here[i]).collect();
                    if (parts.iter().map(|p| p.value).sum::<f64>() - total.value).abs() < 1e-9 {
                        best = Some(parts);
                    }
                }
            }
        }
        // a total said to have parts, with one part beside it and the other told a few sentences away
        if best.is_none() && of_which {
            let beside = pool.iter().filter(|p| p.sentence == total.sentence);
            best = beside
                .flat_map(|p| pool.iter().filter(|q| q.sentence != total.sentence).map(move |q| vec![*q, *p]))
                .find(|pair| (pair[0].value + pair[1].value - total.value).abs() < 1e-9);
        }
        if let Some(parts) = best {
            breakdowns.push((parts, *total));
        }
    }
    // a list's parts add up to its total: two of "84 soldiers, 11 guards and eight civilians" (103)
    // that add up to another count (95) do so by chance
    let marks = |parts: &[&FigureDraft]| parts.iter().map(|p| (p.sentence, p.mark_start)).collect::<BTreeSet<_>>();
    for (parts, total) in &breakdowns {
        let mine = marks(parts);
        if !breakdowns.iter().any(|(other, _)| other.len() > parts.len() && mine.is_subset(&marks(other))) {
            found(parts, total);
        }
    }
}

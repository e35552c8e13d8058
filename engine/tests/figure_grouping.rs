//! Figures joined across articles: one quantity is one card, whatever each outlet adds to it.
use factlens_engine::corpus::Source;
use factlens_engine::curation::Curation;
use factlens_engine::facts::extract;
use factlens_engine::Facts;

fn facts(texts: &[&str]) -> Facts {
    let sources: Vec<Source> =
        texts.iter().enumerate().map(|(i, t)| Source { file: format!("a{i}.txt"), text: (*t).to_string(), ..Source::default() }).collect();
    extract(&sources, &Curation::default())
}

/// The cards (label, qualifier) that hold `value` (all cards, with their values, when none does).
fn cards(facts: &Facts, value: f64) -> Vec<String> {
    let found: Vec<String> =
        facts.figures.iter().filter(|f| f.value == value).map(|f| format!("{} / {:?}", f.label, f.qualifier)).collect();
    assert!(!found.is_empty(), "no card holds {value}: {:?}", facts.figures.iter().map(|f| (f.value, &f.label)).collect::<Vec<_>>());
    found
}

#[test]
fn a_scope_with_the_same_value_joins_the_plain_report() {
    // "could close" scopes the first report as possible; the second says the same 2,300 jobs plainly
    let f = facts(&["The carmaker said it could close 2,300 jobs at its plants.", "The carmaker will cut 2,300 jobs, the union said."]);
    assert_eq!(cards(&f, 2300.0).len(), 1, "{:?}", cards(&f, 2300.0));
}

#[test]
fn a_count_naming_no_subject_joins_the_one_subjects_same_count() {
    let f = facts(&[
        "Marta Kovalenko, the mayor, won 34,163 votes in the count.",
        "Kovalenko's 34,163 votes put her first.",
        "In all, 34,163 votes went to the mayor, officials said.",
    ]);
    assert_eq!(cards(&f, 34163.0).len(), 1, "{:?}", cards(&f, 34163.0));
}

#[test]
fn an_at_least_report_of_the_exact_value_shares_its_card() {
    let f = facts(&["At least 23 people were injured in the clashes.", "Twenty-three people were injured in the clashes on Friday."]);
    assert_eq!(cards(&f, 23.0), ["people injured / Exact"]);
}

#[test]
fn a_thing_counted_with_nothing_said_of_it_joins_the_same_count_with_an_event() {
    let f = facts(&["A crowd of 38,412 fans watched the final.", "There were 38,412 fans in the stadium on Sunday."]);
    assert_eq!(cards(&f, 38412.0).len(), 1, "{:?}", cards(&f, 38412.0));
}

#[test]
fn a_conversion_in_brackets_joins_another_outlets_same_amount() {
    let f = facts(&[
        "The group is valued at 9 billion euros ($9.4 billion) in the deal.",
        "Norvale to merge in $9.4 billion deal with Kestrel",
    ]);
    assert_eq!(cards(&f, 9.4e9).len(), 1, "{:?}", cards(&f, 9.4e9));
}

#[test]
fn one_story_s_same_large_amount_is_one_card_whatever_each_outlet_calls_it() {
    let f = facts(&[
        "The club president said each player would receive a bonus of 1.5 million lira.",
        "He confirmed that each player will receive a 1.5 million lira bonus.",
    ]);
    assert_eq!(cards(&f, 1.5e6).len(), 1, "{:?}", cards(&f, 1.5e6));
}

/// The kinds of the conflicts whose figures hold exactly `values`.
fn conflict_kinds(facts: &Facts, values: &[f64]) -> Vec<factlens_engine::ConflictKind> {
    let value_of = |id: &factlens_engine::FigureId| facts.figures.iter().find(|f| f.id == *id).map(|f| f.value);
    facts
        .conflicts
        .iter()
        .filter(|c| {
            let mut got: Vec<f64> = c.figures.iter().filter_map(value_of).collect();
            got.sort_by(f64::total_cmp);
            let mut want = values.to_vec();
            want.sort_by(f64::total_cmp);
            got == want
        })
        .map(|c| c.kind)
        .collect()
}

#[test]
fn a_part_that_died_is_the_death_toll_and_an_area_s_toll_is_another_quantity() {
    let f = facts(&[
        "The tower, where 73 people died in the earthquake, was built in 2009. The earthquake killed more than 1,200 people across the province.",
        "The tower was home to more than 200 people. When the earthquake hit, 71 of them died.",
    ]);
    assert_eq!(conflict_kinds(&f, &[71.0, 73.0]), [factlens_engine::ConflictKind::Contradiction]);
}

#[test]
fn turnout_two_outlets_give_differently_is_a_contradiction_but_not_turnout_at_an_hour() {
    let f = facts(&[
        "With 58% of protocols counted, Ion Rusu had 44.1% of the vote. Turnout was 42.7%, the commission said. At 6 p.m., turnout had stood at 36.1%.",
        "Ion Rusu won with 46.8% of the vote; turnout reported at 47.2%. Turnout at 6 p.m. was 36.1%, the commission says.",
    ]);
    assert_eq!(conflict_kinds(&f, &[42.7, 47.2]), [factlens_engine::ConflictKind::Contradiction]);
    assert_eq!(cards(&f, 36.1).len(), 1, "{:?}", cards(&f, 36.1));
}

#[test]
fn two_sides_of_an_exchange_are_two_quantities_and_one_side_told_twice_can_disagree() {
    let f = facts(&[
        "Kyiv said 103 of its citizens had come home: 84 soldiers, 11 guards and eight civilians. Moscow said 95 Russian servicemen had been handed back.",
        "Under the deal, 101 Ukrainian prisoners were returned to Ukraine and 95 Russian servicemen were returned to Russia.",
        "One hundred and three Ukrainians came home on Friday.",
    ]);
    assert_eq!(conflict_kinds(&f, &[101.0, 103.0]), [factlens_engine::ConflictKind::Contradiction]);
    assert_eq!(cards(&f, 95.0).len(), 1, "{:?}", cards(&f, 95.0));
    // 84 + 11 add up to 95 only by chance: the list adds up to 103
    let value_of = |id: &factlens_engine::FigureId| f.figures.iter().find(|x| x.id == *id).map(|x| x.value);
    assert!(f.checks.iter().all(|c| value_of(&c.total) != Some(95.0)), "{:?}", f.checks);
}

#[test]
fn a_report_saying_less_joins_the_one_quantity_with_its_value() {
    let f = facts(&[
        "About 2,300 observers monitored the vote. The health service recorded 612 cases since March.",
        "The coalition, which deployed 2.300 observers, praised the count. The district has recorded 612 measles cases this year.",
    ]);
    assert_eq!(cards(&f, 2300.0).len(), 1, "{:?}", cards(&f, 2300.0));
    assert_eq!(cards(&f, 612.0).len(), 1, "{:?}", cards(&f, 612.0));
}

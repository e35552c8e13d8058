//! Sums the articles state: parts and the total they add up to, found as checks.
use factlens_engine::corpus::Source;
use factlens_engine::curation::Curation;
use factlens_engine::facts::extract;
use factlens_engine::Facts;

fn facts(texts: &[&str]) -> Facts {
    let sources: Vec<Source> =
        texts.iter().enumerate().map(|(i, t)| Source { file: format!("a{i}.txt"), text: (*t).to_string(), ..Source::default() }).collect();
    extract(&sources, &Curation::default())
}

/// Each check as (sorted part values, total value, holds).
fn checks(f: &Facts) -> Vec<(Vec<f64>, f64, bool)> {
    let value_of = |id: &factlens_engine::FigureId| f.figures.iter().find(|x| x.id == *id).map_or(f64::NAN, |x| x.value);
    f.checks
        .iter()
        .map(|c| {
            let mut parts: Vec<f64> = c.parts.iter().map(value_of).collect();
            parts.sort_by(f64::total_cmp);
            (parts, value_of(&c.total), c.holds)
        })
        .collect()
}

#[test]
fn a_total_said_to_have_parts_adds_up_with_the_part_in_the_sentence_before() {
    let f =
        facts(&["A total of 275,512 valid votes were counted. In total 279,621 ballots were cast, of which 4,109 were declared invalid."]);
    assert!(checks(&f).contains(&(vec![4109.0, 275_512.0], 279_621.0, true)), "{:?}", checks(&f));
}

#[test]
fn counts_listed_to_places_add_up_to_the_total_before_them() {
    let f = facts(&["Of the survivors, 22 needed hospital care. Seven were taken to Asuokra Hospital, 11 to St. Mary's Hospital and four were flown by helicopter to a teaching hospital."]);
    assert!(checks(&f).contains(&(vec![4.0, 7.0, 11.0], 22.0, true)), "{:?}", checks(&f));
}

#[test]
fn a_small_total_adds_up_with_the_parts_listed_after_its_colon() {
    let f = facts(&["Seven children have died: four at Dagbara Hospital and three at St. Theresa's Hospital."]);
    assert!(checks(&f).contains(&(vec![3.0, 4.0], 7.0, true)), "{:?}", checks(&f));
}

#[test]
fn a_total_a_sentence_opens_on_adds_up_with_the_count_told_before() {
    let f = facts(&["Forty-four miners were trapped underground on Wednesday. The collapse happened at 11 p.m. It was the third this year. Of the 212 workers on the shift, 168 escaped on their own."]);
    assert!(checks(&f).contains(&(vec![44.0, 168.0], 212.0, true)), "{:?}", checks(&f));
}

#[test]
fn a_part_and_the_rest_of_its_group_add_up_to_a_total_counted_with_another_noun() {
    let f = facts(&["In all, 31 passengers were pulled alive from the river. Of the survivors, 19 were taken to hospital. Eleven were taken to Riverside Clinic and eight to a clinic in the capital. The other 12 went home after treatment."]);
    assert!(checks(&f).contains(&(vec![12.0, 19.0], 31.0, true)), "{:?}", checks(&f));
}

#[test]
fn a_part_and_the_rest_that_add_up_to_no_count_told_before_are_no_sum() {
    let f = facts(&["In all, 30 passengers were pulled alive from the river. Of the survivors, 19 were taken to hospital. Eleven were taken to Riverside Clinic and eight to a clinic in the capital. The other 12 went home after treatment."]);
    assert!(checks(&f).iter().all(|(parts, _, _)| !parts.contains(&12.0)), "{:?}", checks(&f));
}

/// Each check's `about`, for the parts and total it joins.
fn about(f: &Facts, parts: &[f64], total: f64) -> Option<String> {
    let all = checks(f);
    all.iter().position(|(p, t, _)| p == parts && *t == total).map(|i| f.checks[i].about.clone())
}

#[test]
fn the_count_so_far_and_the_last_ones_add_up_to_the_total_told_before_and_an_at_least_is_marked() {
    let f = facts(&["In all, 52 passengers were brought ashore alive. By Friday evening the number brought ashore had risen to at least 40. The last 12, including a pilot, were brought ashore on Saturday."]);
    let about = about(&f, &[12.0, 40.0], 52.0);
    assert!(about.as_deref().is_some_and(|a| a.contains("exactly 40")), "{:?} {about:?}", checks(&f));
}

#[test]
fn the_count_so_far_and_the_last_ones_that_add_up_to_no_count_told_before_are_no_sum() {
    let f = facts(&["In all, 55 passengers were brought ashore alive. By Friday evening the number brought ashore had risen to at least 40. The last 12, including a pilot, were brought ashore on Saturday."]);
    assert!(checks(&f).iter().all(|(parts, _, _)| !parts.contains(&12.0)), "{:?}", checks(&f));
}

//! Conflicts: the differing values of one quantity, and how they relate (a contradiction, differing
//! precision, or values one article itself gives side by side).
use std::collections::HashSet;

use super::grouping::Groups;
use super::{outlet_count, outlet_key, slug, unique};
use crate::model::{Conflict, ConflictId, ConflictKind, Document, Figure, Mention};

/// How the differing values of one quantity relate. Trust first: a contradiction needs two outlets
/// whose values cannot both be true while neither outlet gives both; where one article itself gives
/// two such values, the key did not tell their quantities apart, so they are only shown side by side.
fn conflict_kind(members: &[&Figure], docs: &[Document]) -> ConflictKind {
    let ranges: Vec<(f64, f64)> = members.iter().map(|f| f.qualifier.range(f.value)).collect();
    // "71%" is "71.3%" rounded: a whole number agrees with a decimal that rounds to it
    let rounded = |a: usize, b: usize| members[a].value.fract() == 0.0 && members[b].value.round() == members[a].value;
    let disjoint = |a: usize, b: usize| (ranges[a].1 < ranges[b].0 || ranges[b].1 < ranges[a].0) && !rounded(a, b) && !rounded(b, a);
    let member_docs: Vec<HashSet<&str>> = members.iter().map(|f| f.mentions.iter().map(|m| m.doc.as_str()).collect()).collect();
    let member_outlets: Vec<HashSet<String>> = members.iter().map(|f| f.mentions.iter().map(|m| outlet_key(m, docs)).collect()).collect();
    let mut contradiction = false;
    let mut any_disjoint = false;
    for a in 0..members.len() {
        for b in a + 1..members.len() {
            if !disjoint(a, b) {
                continue;
            }
            any_disjoint = true;
            // one article gives both, or they differ by more than three times: two quantities
            let (lo, hi) = (members[a].value.min(members[b].value), members[a].value.max(members[b].value));
            if !member_docs[a].is_disjoint(&member_docs[b]) || (lo > 0.0 && hi / lo > 3.0) {
                return ConflictKind::Mixed;
            }
            // some outlet reports one value and not the other, and another outlet the other way round
            let only_a = member_outlets[a].difference(&member_outlets[b]).count();
            let only_b = member_outlets[b].difference(&member_outlets[a]).count();
            contradiction |= only_a > 0 && only_b > 0;
        }
    }
    match (any_disjoint, contradiction) {
        (false, _) => ConflictKind::Imprecise,
        (true, true) => ConflictKind::Contradiction,
        (true, false) => ConflictKind::Mixed,
    }
}

pub(super) fn build_conflicts(figures: &[Figure], groups: &Groups, docs: &[Document]) -> Vec<Conflict> {
    let mut conflicts = Vec::new();
    let mut taken = HashSet::new();
    for (about, comparable, ids) in groups {
        if ids.len() < 2 {
            continue;
        }
        let members: Vec<&Figure> = ids.iter().map(|&i| &figures[i]).collect();
        let all_mentions: Vec<Mention> = members.iter().flat_map(|f| f.mentions.iter().cloned()).collect();
        if outlet_count(&all_mentions, docs) < 2 {
            continue;
        }
        conflicts.push(Conflict {
            id: ConflictId::new(unique(slug(about), &mut taken)),
            about: about.clone(),
            kind: if *comparable { conflict_kind(&members, docs) } else { ConflictKind::Mixed },
            figures: members.iter().map(|f| f.id.clone()).collect(),
        });
    }
    conflicts.sort_by_key(|c| c.kind as u8);
    conflicts
}

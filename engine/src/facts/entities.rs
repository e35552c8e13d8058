//! Organisations and places as the export shows them: one entity per name, its spellings, the
//! outlets that name it and every mention, with ids that no person, organisation or place shares.
use std::collections::HashSet;

use super::{mention, most_reported, outlet_count, slug, unique};
use crate::document::Sentence;
use crate::fold::fold;
use crate::model::{Document, Entity, EntityId, Mention, Person};
use crate::people::entities::{Entities, EntityHit, EntityKind};

/// (organisations, places), each sorted like people: most outlets, then most mentions, then name.
pub fn build(found: &Entities, sentences: &[Sentence], docs: &[Document], people: &[Person]) -> (Vec<Entity>, Vec<Entity>) {
    let mut taken: HashSet<String> = people.iter().map(|p| p.id.to_string()).collect();
    let (mut organisations, mut places) = (Vec::new(), Vec::new());
    // hits by entity, in one pass (filtering all hits per entity was quadratic on large corpora)
    let mut by_entity: Vec<Vec<&EntityHit>> = vec![Vec::new(); found.drafts.len()];
    for h in &found.hits {
        by_entity[h.entity].push(h);
    }
    for (e, draft) in found.drafts.iter().enumerate() {
        let hits = &by_entity[e];
        if draft.spellings.is_empty() || hits.is_empty() {
            continue;
        }
        let spelled: Vec<(String, usize)> = hits
            .iter()
            .map(|h| {
                let s = &sentences[h.sentence];
                (
                    docs[s.doc].text[s.tokens[h.first].start..s.tokens[h.last - 1].start + s.tokens[h.last - 1].bare().len()].to_string(),
                    s.doc,
                )
            })
            .collect();
        // the name most outlets write, in mixed case where any writes it so ("Lindenau", not "LINDENAU")
        let ranked = most_reported(spelled.iter().map(|(n, d)| (n.as_str(), *d)));
        let longest_first = draft.spellings.iter().max_by_key(|s| s.split(' ').count());
        let mixed = |n: &&String| n.chars().any(char::is_lowercase);
        let name = ranked
            .iter()
            .filter(mixed)
            .find(|n| longest_first.is_some_and(|l| fold(l) == fold(n)))
            .or_else(|| ranked.iter().find(mixed))
            .or(ranked.first())
            .cloned()
            .unwrap_or_else(|| draft.spellings[0].clone());
        // a name only ever written in capitals (a dateline's "ELDAG", not "US") shows as a name: "Eldag"
        let shout = !name.chars().any(char::is_lowercase) && name.split(' ').all(|w| w.chars().count() > 3 && !w.contains('.'));
        let name = if shout { title_case(&name) } else { name };
        let mut aliases: Vec<String> = Vec::new();
        for s in draft.spellings.iter().chain(ranked.iter()) {
            if fold(s) != fold(&name) && !aliases.iter().any(|a| fold(a) == fold(s)) {
                aliases.push(s.clone());
            }
        }
        aliases.sort_by_key(|a| std::cmp::Reverse(a.split(' ').count()));
        let mut mentions: Vec<Mention> = Vec::new();
        // one mention per sentence (a set: a country may have thousands)
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        for h in hits {
            let s = &sentences[h.sentence];
            let mark = (s.tokens[h.first].start, s.tokens[h.last - 1].start + s.tokens[h.last - 1].bare().len());
            if seen.insert((s.doc, s.start)) {
                mentions.push(mention(sentences, docs, h.sentence, mark));
            }
        }
        let entity =
            Entity { id: EntityId::new(unique(slug(&name), &mut taken)), name, aliases, outlets: outlet_count(&mentions, docs), mentions };
        match draft.kind {
            EntityKind::Organisation => organisations.push(entity),
            EntityKind::Place => places.push(entity),
        }
    }
    for list in [&mut organisations, &mut places] {
        list.sort_by(|a, b| b.outlets.cmp(&a.outlets).then(b.mentions.len().cmp(&a.mentions.len())).then(a.name.cmp(&b.name)));
    }
    (organisations, places)
}

fn title_case(name: &str) -> String {
    let word = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect::<String>()).unwrap_or_default()
    };
    name.split(' ').map(word).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_written_only_in_capitals_shows_in_title_case() {
        assert_eq!(super::title_case("ELDAĞ"), "Eldağ");
        assert_eq!(super::title_case("VADU NOU"), "Vadu Nou");
    }
}

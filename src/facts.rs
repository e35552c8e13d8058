//! The facts compiled into the bundle by build.rs, decoded once at start-up.
use factlens_engine::model::Facts;

static FACTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/facts.bin"));

pub fn load() -> Facts {
    // build.rs wrote these bytes from the same types: a failure here is a build bug, not bad input
    let mut facts: Facts = factlens_engine::codec::decode(FACTS).expect("facts.bin matches the model");
    // build.rs left the quotes out; each is a slice of its document's text
    let Facts { documents, people, organisations, places, figures, .. } = &mut facts;
    let doc_id = |i: usize| documents[i].id.as_str();
    let by_id = crate::state::order::IdIndex::new(documents.len(), &doc_id);
    let entities = organisations.iter_mut().chain(places.iter_mut()).flat_map(|e| &mut e.mentions);
    for m in people.iter_mut().flat_map(|p| &mut p.mentions).chain(entities).chain(figures.iter_mut().flat_map(|f| &mut f.mentions)) {
        let text = by_id.get(m.doc.as_str(), &doc_id).map(|d| documents[d].text.as_str());
        m.quote = text.and_then(|t| t.get(m.start..m.end)).unwrap_or_default().to_string();
    }
    facts
}

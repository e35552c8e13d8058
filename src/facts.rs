//! The facts compiled into the bundle by build.rs, decoded once at start-up.
use factlens_engine::model::Facts;

static FACTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/facts.bin"));

pub fn load() -> Facts {
    // build.rs wrote these bytes from the same types: a failure here is a build bug, not bad input
    let mut facts: Facts = postcard::from_bytes(FACTS).expect("facts.bin matches the model");
    // build.rs left the quotes out; each is a slice of its document's text
    let texts: std::collections::HashMap<String, String> = facts.documents.iter().map(|d| (d.id.clone(), d.text.clone())).collect();
    for m in facts.people.iter_mut().flat_map(|p| &mut p.mentions).chain(facts.figures.iter_mut().flat_map(|f| &mut f.mentions)) {
        m.quote = texts.get(&m.doc).and_then(|t| t.get(m.start..m.end)).unwrap_or_default().to_string();
    }
    facts
}

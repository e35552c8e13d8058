//! The facts compiled into the bundle by build.rs, decoded once at start-up.
use factlens_engine::model::Facts;

static FACTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/facts.bin"));

pub fn load() -> Facts {
    // build.rs wrote these bytes from the same types: a failure here is a build bug, not bad input
    postcard::from_bytes(FACTS).expect("facts.bin matches the model")
}

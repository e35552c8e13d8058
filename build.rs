//! Runs the fact engine on the corpus at build time and hands the app a compact binary of the facts.
use std::path::PathBuf;

fn main() {
    // FACTLENS_CORPUS points the build at another folder (the bench's synthetic corpora use it)
    println!("cargo:rerun-if-env-changed=FACTLENS_CORPUS");
    let dir = match std::env::var_os("FACTLENS_CORPUS") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"),
    };
    // a directory: cargo rescans every file in it
    println!("cargo:rerun-if-changed={}", dir.display());
    let facts = match factlens_engine::build_with_warnings(&dir) {
        Ok((facts, warnings)) => {
            // shown by cargo without stopping the build: a file left out, an article that lost most of its text
            for w in &warnings {
                println!("cargo:warning={w}");
            }
            facts
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("error: the corpus has {} problem(s); fix them and build again", errors.len());
            std::process::exit(1);
        }
    };
    // without quotes (the app cuts them from the texts) or the pages' furniture around each article
    let facts = factlens_engine::bundle::prepare(facts);
    let bytes = factlens_engine::codec::encode(&facts);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("facts.bin");
    std::fs::write(&out, bytes).expect("OUT_DIR is writable");
}

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
    // the story's <title>, og: and twitter: tags, for the trunk post-build hook to put in the static
    // page (link previews do not run wasm): beside the profile's build output, where the hook finds
    // it (OUT_DIR is <target>/[<triple>/]<profile>/build/<package>-<hash>/out)
    if let Some(profile) = out.ancestors().nth(4) {
        let _ = std::fs::write(profile.join("factlens-head.html"), factlens_engine::output::head::tags(&facts.story));
    }
    // the editor (feature `editor`) compiles the facts itself, as this build does, from the articles
    // and the metadata and curation files: the reader's bundle never carries them
    if std::env::var_os("CARGO_FEATURE_EDITOR").is_some() {
        use factlens_engine::{corpus, input::snapshot};
        let sources = corpus::load(&dir).map(|c| c.sources).unwrap_or_default();
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        let sources = sources.into_iter().map(|s| corpus::Source { file: s.file, text: s.text, ..Default::default() }).collect();
        let snapshot = snapshot::Snapshot { articles: read(corpus::METADATA_FILE), curation: read(corpus::CURATION_FILE), sources };
        let out = out.with_file_name("corpus.bin");
        std::fs::write(out, snapshot::encode(&snapshot)).expect("OUT_DIR is writable");
    }
}

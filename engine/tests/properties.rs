//! Any text at all: no panic, and every mention's offsets slice back to its quote.
use factlens_engine::clean::{clean, is_invisible};
use factlens_engine::corpus::Source;
use factlens_engine::curation::Curation;
use factlens_engine::facts::extract;
use proptest::prelude::*;

fn words() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Maria".to_string()),
        Just("Kolesnikova".to_string()),
        Just("leader".to_string()),
        Just("said".to_string()),
        Just("123".to_string()),
        Just("1,227".to_string()),
        Just("at least".to_string()),
        Just("prisoners".to_string()),
        Just("were sent to".to_string()),
        Just("Ukraine".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just("’s".to_string()),
        Just("-year".to_string()),
        Just("aged".to_string()),
        "\\PC{1,8}",
    ];
    prop::collection::vec(word, 0..80).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_text_extracts_without_panic_and_offsets_hold(a in words(), b in "\\PC{0,400}") {
        let sources = vec![
            Source { file: "a.txt".into(), text: a, ..Source::default() },
            Source { file: "b.txt".into(), text: b, ..Source::default() },
        ];
        let facts = extract(&sources, &Curation::default());
        let mentions = facts.people.iter().flat_map(|p| &p.mentions).chain(facts.figures.iter().flat_map(|f| &f.mentions));
        for m in mentions {
            let doc = facts.documents.iter().find(|d| d.id == m.doc).unwrap();
            prop_assert_eq!(&doc.text[m.start..m.end], m.quote.as_str());
            prop_assert!(m.start <= m.mark_start && m.mark_start <= m.mark_end && m.mark_end <= m.end);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Cleaning leaves no invisible character and a cleaned text cleans to itself, so the text the
    /// engine reads is stable across builds.
    #[test]
    fn cleaning_is_complete_and_stable(text in "(\\PC|[\u{200B}-\u{200F}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{FEFF}\u{AD}\u{2060}\r]|[АВЕКМНОРСТХаеорсухΑΒΕΟορ]){0,60}") {
        let once = clean(&text);
        prop_assert!(!once.chars().any(is_invisible) && !once.replace("\r\n", "").contains('\r'));
        prop_assert_eq!(clean(&once), once);
    }
}

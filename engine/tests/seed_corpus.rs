//! The engine on whole corpora: the seed story a reader knows, and a different story it has never seen.
use std::path::Path;

use factlens_engine::{build, ConflictKind, Facts, PersonId, Qualifier};

fn seed() -> Facts {
    build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")).expect("the seed corpus builds")
}

fn person<'a>(facts: &'a Facts, name: &str) -> &'a factlens_engine::Person {
    facts
        .people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} missing from {:?}", facts.people.iter().map(|p| &p.name).collect::<Vec<_>>()))
}

#[test]
fn every_person_a_reader_looks_for_is_there_once_with_spellings_merged() {
    let facts = seed();
    let names: Vec<&str> = facts.people.iter().map(|p| p.name.as_str()).collect();
    for expected in [
        "Maria Kalesnikava",
        "Ales Bialiatski",
        "Viktar Babaryka",
        "Alexander Lukashenko",
        "Sviatlana Tsikhanouskaya",
        "Siarhei Tsikhanouski",
        "John Coale",
        "Donald Trump",
        "Tatsiana Khomich",
        "Maxim Znak",
    ] {
        assert_eq!(names.iter().filter(|n| **n == expected).count(), 1, "{expected} once in {names:?}");
    }
    assert!(person(&facts, "Maria Kalesnikava").aliases.contains(&"Maria Kolesnikova".to_string()));
    assert!(person(&facts, "Viktar Babaryka").aliases.contains(&"Viktor Babaryko".to_string()));
    assert!(person(&facts, "Siarhei Tsikhanouski").aliases.contains(&"Sergei Tikhanovsky".to_string()));
    // husband and wife share a family name but are two people
    assert_ne!(person(&facts, "Siarhei Tsikhanouski").id, person(&facts, "Sviatlana Tsikhanouskaya").id);
    assert_eq!(person(&facts, "Maria Kalesnikava").outlets, 5);
}

#[test]
fn no_place_organisation_or_outlet_is_a_person() {
    let facts = seed();
    for p in &facts.people {
        for bad in [
            "Belarus",
            "Viasna",
            "Reuters",
            "Nobel",
            "Lithuania",
            "Ukraine",
            "Minsk",
            "Zerkalo",
            "Belaruskali",
            "Jazeera",
            "Union",
            "Kremlin",
        ] {
            assert!(!p.name.contains(bad), "{} is not a person", p.name);
        }
    }
    assert!(facts.people.len() <= 14, "{:?}", facts.people.iter().map(|p| &p.name).collect::<Vec<_>>());
}

#[test]
fn roles_describe_people_as_the_articles_do() {
    let facts = seed();
    assert_eq!(person(&facts, "Ales Bialiatski").role.as_deref(), Some("Nobel Peace Prize laureate"));
    assert_eq!(person(&facts, "Viktar Babaryka").role.as_deref(), Some("former banker"));
    assert!(person(&facts, "John Coale").roles.iter().any(|r| r.to_lowercase().contains("envoy")));
}

#[test]
fn key_figures_have_labels_people_and_agreement() {
    let facts = seed();
    let released = facts.figures.iter().find(|f| f.value == 123.0 && f.label.ends_with("released")).expect("123 released");
    assert_eq!(released.outlets, 5);
    assert_eq!(released.unit, "people");
    let of = |name: &str, label: &str, value: f64| {
        let id = &person(&facts, name).id;
        facts
            .figures
            .iter()
            .find(|f| f.subject.as_ref() == Some(id) && f.label == label && f.value == value)
            .unwrap_or_else(|| panic!("{name}: {label} {value}"))
    };
    assert_eq!(of("Maria Kalesnikava", "prison sentence", 11.0).outlets, 3);
    of("Maria Kalesnikava", "age", 43.0);
    of("Ales Bialiatski", "age", 63.0);
    assert_eq!(of("Ales Bialiatski", "prison sentence", 10.0).outlets, 2);
    of("Viktar Babaryka", "age", 62.0);
    of("Viktar Babaryka", "prison sentence", 14.0);
    of("Siarhei Tsikhanouski", "prison sentence", 18.0);
    let ukraine = facts.figures.iter().find(|f| f.label.ends_with("sent to Ukraine")).expect("sent to Ukraine");
    assert_eq!((ukraine.value, ukraine.outlets), (114.0, 2));
    assert!(facts.figures.iter().all(|f| !(1900.0..=2100.0).contains(&f.value)), "years are not figures");
    let at_least = facts.figures.iter().find(|f| f.value == 1200.0).expect("at least 1,200");
    assert_eq!(at_least.qualifier, Qualifier::AtLeast);
}

#[test]
fn the_prisoners_still_held_differ_only_in_precision_and_the_destinations_add_up() {
    let facts = seed();
    // "at least 1,200" and "1,227" still held can both be true; "could lead to the release of up to
    // 1,000 remaining" is a possible future release, labelled apart and in no conflict with them
    let held = facts.conflicts.iter().find(|c| c.figures.iter().any(|id| id.as_str().contains("1227"))).expect("conflict over 1,227");
    assert_eq!(held.kind, ConflictKind::Imprecise);
    let values: Vec<f64> = held.figures.iter().map(|id| facts.figures.iter().find(|f| &f.id == id).unwrap().value).collect();
    assert_eq!(values.len(), 2, "{values:?}");
    assert!(values.contains(&1200.0) && values.contains(&1227.0), "{values:?}");
    let possible = facts.figures.iter().find(|f| f.value == 1000.0).expect("up to 1,000");
    assert!(possible.label.ends_with("(possible)"), "{}", possible.label);
    assert!(facts.conflicts.iter().all(|c| !c.figures.contains(&possible.id)));
    let check = facts.checks.iter().find(|c| c.sum == 123.0).expect("9 + 114 = 123");
    assert!(check.holds);
    assert_eq!(check.parts.len(), 2);
}

#[test]
fn every_mention_slices_back_to_its_quote() {
    let facts = seed();
    let mentions = facts.people.iter().flat_map(|p| &p.mentions).chain(facts.figures.iter().flat_map(|f| &f.mentions));
    for m in mentions {
        let doc = facts.documents.iter().find(|d| d.id == m.doc).unwrap();
        assert_eq!(&doc.text[m.start..m.end], m.quote);
        assert!(m.start <= m.mark_start && m.mark_end <= m.end, "{m:?}");
    }
}

#[test]
fn boilerplate_yields_no_cards() {
    let facts = seed();
    let all = serde_json::to_string(&(&facts.people, &facts.figures)).unwrap();
    for bad in ["Gleizes", "Louvre", "Novorossiysk", "gmail", "cookies", "Mercosur"] {
        assert!(!all.contains(bad), "{bad} comes from page furniture");
    }
}

#[test]
fn a_story_it_has_never_seen_gives_sensible_facts() {
    let facts = build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/harbour-strike")).unwrap();
    let names: Vec<&str> = facts.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Odile Brandt") && names.contains(&"Henrik Solberg") && names.contains(&"Amara Okafor"), "{names:?}");
    assert!(person(&facts, "Henrik Solberg").aliases.contains(&"Henrik Sohlberg".to_string()), "{names:?}");
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Valmora") || n.contains("Reuters") || n.contains("Port")), "{names:?}");
    let brandt = &person(&facts, "Odile Brandt").id;
    assert!(facts.figures.iter().any(|f| f.subject.as_ref() == Some(brandt) && f.label == "age" && f.value == 54.0));
    let ships: Vec<f64> = facts.figures.iter().filter(|f| f.label.contains("ships")).map(|f| f.value).collect();
    assert!(ships.contains(&37.0) && ships.contains(&41.0), "{ships:?}");
    assert!(facts.conflicts.iter().any(|c| c.figures.iter().any(|id| id.as_str().contains("37"))), "37 vs 41 ships waiting");
    let check = facts.checks.iter().find(|c| c.sum == 41.0).expect("30 + 11 ships against the 41 waiting");
    assert!(check.holds);
    assert!(facts.figures.iter().all(|f| !f.label.is_empty()), "every figure says what it counts");
    let strike = facts.figures.iter().find(|f| f.value == 10.0).expect("at least 10 days");
    assert_eq!(
        (strike.qualifier, strike.subject.as_ref().map(PersonId::as_str)),
        (Qualifier::AtLeast, None),
        "a duration in reported speech is not the speaker's"
    );
    let workers = facts.figures.iter().find(|f| f.value == 2400.0 && !f.mentions.is_empty()).expect("2,400 workers");
    assert_eq!(workers.unit, "people");
    assert_eq!(facts.documents[0].outlet.as_deref(), Some("harbourwatch.example.net"));
}

#[test]
fn hostile_markup_in_an_article_stays_text() {
    let facts = build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/harbour-strike")).unwrap();
    let doc = facts.documents.iter().find(|d| d.id == "hostile").unwrap();
    assert!(doc.text.contains("<script>alert(\"x\")</script>"), "kept verbatim, to be shown as text");
    assert!(facts.people.iter().all(|p| !p.name.contains('<') && !p.name.contains("script")));
}

#[test]
fn bad_input_is_an_error_naming_the_file_not_a_silent_drop() {
    let dir = std::env::temp_dir().join(format!("factlens-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("good.txt"), "Mayor Ann Lee said 3 parks would open.").unwrap();
    std::fs::write(dir.join("broken.txt"), b"line one\nbad \xff\xfe byte").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("notes.md"), "x").unwrap();
    let errors: Vec<String> = build(&dir).unwrap_err().iter().map(ToString::to_string).collect();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("broken.txt:2: is not valid UTF-8")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("empty.txt: is empty")), "{errors:?}");
    assert!(errors.iter().any(|e| e.contains("notes.md: is not an article")), "{errors:?}");
    let missing = build(Path::new("/nonexistent/factlens")).unwrap_err();
    assert!(missing[0].to_string().contains("cannot read the corpus folder"));
}

#[test]
fn curation_merges_hides_relabels_and_is_checked_against_the_text() {
    let dir = std::env::temp_dir().join(format!("factlens-curation-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/harbour-strike");
    for f in ["a.txt", "b.txt", "hostile.txt"] {
        std::fs::copy(fixtures.join(f), dir.join(f)).unwrap();
    }
    std::fs::write(dir.join("curation.toml"), "[[hide]]\nname = \"Amara Okafor\"\n\n[[role]]\nname = \"Henrik Solberg\"\nrole = \"Harbour master\"\n\n[[label]]\nfigure = \"37 ships\"\nfile = \"a.txt\"\nlabel = \"ships waiting to unload\"\n\n[[hide]]\nfigure = \"41 ships\"\nfile = \"b.txt\"\n").unwrap();
    let facts = build(&dir).unwrap();
    assert!(facts.people.iter().all(|p| p.name != "Amara Okafor"));
    assert_eq!(person(&facts, "Henrik Solberg").role.as_deref(), Some("Harbour master"));
    assert!(facts.figures.iter().any(|f| f.value == 37.0 && f.label == "ships waiting to unload"));
    assert!(facts.figures.iter().all(|f| f.value != 41.0));
    std::fs::write(
        dir.join("curation.toml"),
        "[[role]]\nname = \"Odile Brandt\"\nrole = \"union leader\"\n\n[[merge]]\nnames = [\"Odile Brandt\", \"Olga Brant\"]\n",
    )
    .unwrap();
    let errors: Vec<String> = build(&dir).unwrap_err().iter().map(ToString::to_string).collect();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].ends_with("curation.toml:5: name \"Olga Brant\" does not occur in any article; quote it as the text spells it"),
        "{errors:?}"
    );
}

#[test]
fn casualty_reports_from_several_outlets_become_conflicts_and_checks() {
    let facts = build(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/earthquake")).unwrap();
    let names: Vec<&str> = facts.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    assert!(person(&facts, "Rahim Qasemi").aliases.contains(&"Rahim Ghasemi".to_string()));
    assert!(!names.iter().any(|n| n.contains("Crescent")), "an organisation is not a person: {names:?}");
    let killed = facts.conflicts.iter().find(|c| c.about == "people killed").expect("death tolls disagree");
    assert_eq!(killed.kind, ConflictKind::Contradiction);
    let tolls: Vec<f64> = killed.figures.iter().map(|id| facts.figures.iter().find(|f| &f.id == id).unwrap().value).collect();
    assert!(tolls.contains(&42.0) && tolls.contains(&57.0), "{tolls:?}");
    let injured = facts.conflicts.iter().find(|c| c.about == "people injured").expect("more than 300 vs 412");
    assert_eq!(injured.kind, ConflictKind::Imprecise);
    let part = facts.figures.iter().find(|f| f.value == 15.0).unwrap();
    assert_eq!(part.label, "of the dead", "a part of the dead is not another toll");
    let check = facts.checks.iter().find(|c| c.sum == 412.0).expect("250 + 162 injured");
    assert!(check.holds);
    let hours = facts.figures.iter().find(|f| f.value == 48.0).unwrap();
    assert_eq!(hours.subject, None, "a promise's deadline is not the prime minister's");
}

#[test]
fn organisations_and_places_are_kinds_of_their_own_and_never_a_person() {
    let facts = seed();
    let names = |list: &[factlens_engine::Entity]| list.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    let (organisations, places) = (names(&facts.organisations), names(&facts.places));
    assert!(organisations.iter().any(|n| n == "Viasna"), "{organisations:?}");
    for place in ["Belarus", "Lithuania", "Minsk"] {
        assert!(places.iter().any(|n| n == place), "{place} in {places:?}");
    }
    // one card answers to every spelling of one country
    let us = facts.places.iter().find(|p| p.name == "United States").expect("the United States is named");
    assert!(us.aliases.iter().any(|a| a == "U.S."), "{:?}", us.aliases);
    // a person is never an organisation or a place, and no id is shared between kinds
    let people: Vec<String> =
        facts.people.iter().flat_map(|p| std::iter::once(&p.name).chain(&p.aliases)).map(|n| n.to_lowercase()).collect();
    let mut ids: Vec<&str> = facts.people.iter().map(|p| p.id.as_str()).collect();
    for e in facts.organisations.iter().chain(&facts.places) {
        assert!(!people.contains(&e.name.to_lowercase()), "{} is a person", e.name);
        // every mention marks one of its spellings in its article
        for m in &e.mentions {
            let doc = facts.documents.iter().find(|d| d.id == m.doc).expect("a mention's document exists");
            let marked = &doc.text[m.mark_start..m.mark_end];
            assert!(std::iter::once(&e.name).chain(&e.aliases).any(|n| n == marked), "{marked} marks {}", e.name);
        }
        ids.push(e.id.as_str());
    }
    let distinct: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(distinct.len(), ids.len(), "ids are unique across kinds");
}

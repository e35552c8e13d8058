//! Every curation entry must change the facts, or the build fails with its line and why.
use std::path::PathBuf;

use factlens_engine::build;

const A: &str = "Union leader Odile Brandt said 2,400 dock workers walked off the job on Monday.\nBrandt, 54, said the strike would last at least 10 days.\nPort director Henrik Solberg told reporters that 37 ships were waiting in Lake Valmora.\n";
const B: &str = "Union leader Odile Brandt said the walkout would go on.\nHarbour master Henrik Sohlberg said 41 ships were waiting at anchor.\nCouncillor Amara Okafor said the council would meet on Friday.\n";

/// Builds the two articles above with `curation` and returns the errors, as shown.
fn curated(name: &str, curation: &str) -> Vec<String> {
    let dir: PathBuf = std::env::temp_dir().join(format!("factlens-effects-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), A).unwrap();
    std::fs::write(dir.join("b.txt"), B).unwrap();
    std::fs::write(dir.join("curation.toml"), curation).unwrap();
    let result = build(&dir);
    std::fs::remove_dir_all(&dir).ok();
    let shown: Vec<String> = result.map(|_| Vec::new()).unwrap_or_else(|e| e.iter().map(ToString::to_string).collect());
    // the folder differs per test: show the file name only
    shown.iter().map(|e| e.rsplit('/').next().unwrap_or(e).to_string()).collect()
}

#[test]
fn entries_that_change_the_facts_pass() {
    let errors = curated(
        "good",
        "[[split]]\nnames = [\"Henrik Solberg\", \"Henrik Sohlberg\"]\n[[hide]]\nname = \"Amara Okafor\"\n[[role]]\nname = \"Odile Brandt\"\nrole = \"leader\"\n[[hide]]\nfigure = \"41 ships\"\nfile = \"b.txt\"\n[[label]]\nfigure = \"37 ships\"\nfile = \"a.txt\"\nlabel = \"ships at anchor\"\n",
    );
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn a_merge_and_a_split_of_the_same_pair_contradict() {
    assert_eq!(
        curated(
            "merge-split",
            "[[merge]]\nnames = [\"Odile Brandt\", \"Henrik Solberg\"]\n\n[[split]]\nnames = [\"Henrik Solberg\", \"Odile Brandt\"]\n"
        ),
        ["curation.toml:4: keeps \"Henrik Solberg\" and \"Odile Brandt\" apart, but the merge on line 1 joins them; remove one of the two"]
    );
}

#[test]
fn a_surname_only_merge_says_to_write_the_full_name() {
    assert_eq!(
        curated("surname", "[[merge]]\nnames = [\"Brandt\", \"Odile Brandt\"]\n"),
        ["curation.toml:1: \"Brandt\" is a surname alone; name the person in full as an article does, e.g. \"Odile Brandt\""]
    );
}

#[test]
fn hiding_a_word_that_is_no_person_fails() {
    assert_eq!(
        curated("hide-the", "[[hide]]\nname = \"the\"\n"),
        ["curation.toml:1: no person card is named \"the\" (the engine does not read it as a person's full name); write a person's full name as an article spells it, or remove the entry"]
    );
}

#[test]
fn a_role_for_a_place_fails() {
    assert_eq!(
        curated("role-place", "[[role]]\nname = \"Lake Valmora\"\nrole = \"Union leader\"\n"),
        ["curation.toml:1: no person card is named \"Lake Valmora\" (the engine does not read it as a person's full name); write a person's full name as an article spells it, or remove the entry"]
    );
}

#[test]
fn entries_that_repeat_what_the_engine_does_fail() {
    let errors = curated(
        "no-ops",
        "[[merge]]\nnames = [\"Henrik Solberg\", \"Henrik Sohlberg\"]\n[[split]]\nnames = [\"Odile Brandt\", \"Amara Okafor\"]\n[[role]]\nname = \"Odile Brandt\"\nrole = \"union leader\"\n[[label]]\nfigure = \"37 ships\"\nfile = \"a.txt\"\nlabel = \"Ships\"\n[[label]]\nfigure = \"41 ships\"\nfile = \"b.txt\"\nlabel = \"ships at anchor\"\n",
    );
    assert_eq!(
        errors,
        [
            "curation.toml:1: \"Henrik Solberg\" and \"Henrik Sohlberg\" are one person already; remove the entry",
            "curation.toml:3: \"Odile Brandt\" and \"Amara Okafor\" are two people already, and not asked about; remove the entry",
            "curation.toml:5: \"union leader\" is the role Odile Brandt's card shows already; remove the entry",
            "curation.toml:8: \"ships\" is the label the figure has already; remove the entry",
            "curation.toml:12: labels the same figure card as line 8; keep one",
        ]
    );
}

#[test]
fn contradictory_and_repeated_entries_fail() {
    let errors = curated(
        "contradictions",
        "[[hide]]\nname = \"Amara Okafor\"\n[[role]]\nname = \"Amara Okafor\"\nrole = \"Councillor\"\n[[hide]]\nname = \"amara okafor\"\n[[role]]\nname = \"Odile Brandt\"\nrole = \"leader\"\n[[role]]\nname = \"Odile Brandt\"\nrole = \"director\"\n[[hide]]\nfigure = \"37 ships\"\nfile = \"a.txt\"\n[[label]]\nfigure = \"37 ships\"\nfile = \"a.txt\"\nlabel = \"ships at anchor\"\n[[hide]]\nfigure = \"dock workers\"\nfile = \"a.txt\"\n[[label]]\nfigure = \"41 ships\"\nfile = \"b.txt\"\nlabel = \"ships at anchor\"\n[[label]]\nfigure = \"2,400 dock workers\"\nfile = \"a.txt\"\nlabel = \"strikers\"\n[[label]]\nfigure = \"2,400\"\nfile = \"a.txt\"\nlabel = \"dockers on strike\"\n",
    );
    assert_eq!(
        errors,
        [
            "curation.toml:3: gives a role to Amara Okafor, whom line 1 hides; remove one of the two",
            "curation.toml:6: hides Amara Okafor, as line 1 does; keep one",
            "curation.toml:11: gives Odile Brandt a second role; line 8 gives \"leader\": keep one",
            "curation.toml:17: labels a figure that line 14 hides; remove one of the two",
            "curation.toml:21: \"dock workers\" occurs in a.txt, but the engine reads no figure there; quote the number of a figure card as written",
            "curation.toml:32: labels the same figure as line 28; keep one",
        ]
    );
}

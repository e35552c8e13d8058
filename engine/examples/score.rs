//! Scores the engine against the team's hand-annotated stories in `eval/` (see eval/FORMAT.md).
//!   cargo run --release -p factlens-engine --example score               per story and in total
//!   cargo run --release -p factlens-engine --example score -- --check    and fail below eval/floors.toml
//!   cargo run --release -p factlens-engine --example score -- --verbose  and list every miss
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use factlens_engine::{build, fold, ConflictKind, Facts, FigureId};
use serde::Deserialize;

#[derive(Deserialize)]
struct Truth {
    #[serde(default)]
    person: Vec<TruthPerson>,
    #[serde(default)]
    not_person: Vec<NotPerson>,
    #[serde(default)]
    organisation: Vec<Named>,
    #[serde(default)]
    place: Vec<Named>,
    #[serde(default)]
    figure: Vec<TruthFigure>,
    #[serde(default)]
    conflict: Vec<TruthConflict>,
    #[serde(default)]
    sum: Vec<TruthSum>,
}

#[derive(Deserialize)]
struct TruthPerson {
    name: String,
    spellings: Vec<String>,
    #[serde(default)]
    byline: bool,
}

#[derive(Deserialize)]
struct NotPerson {
    text: String,
}

#[derive(Deserialize)]
struct Named {
    name: String,
    #[serde(default)]
    spellings: Vec<String>,
}

#[derive(Deserialize)]
struct TruthFigure {
    value: f64,
    what: String,
    evidence: String,
    #[serde(default)]
    files: Vec<String>,
    #[serde(default)]
    unit: String,
}

/// What a unit measures, coarsely: a card in days is never a second card of a head count that the same
/// sentence gives with the same number ("the last five men were lifted, five days after ...").
fn dimension(unit: &str) -> u8 {
    match unit {
        "seconds" | "minutes" | "hours" | "days" | "nights" | "weeks" | "months" | "years" => 1,
        "percent" => 2,
        _ => 0,
    }
}

#[derive(Deserialize)]
struct TruthConflict {
    values: Vec<f64>,
}

#[derive(Deserialize)]
struct TruthSum {
    about: String,
    parts: Vec<f64>,
    total: f64,
}

/// The measures of one story; totals add them up.
#[derive(Default, Clone)]
struct Score {
    people: usize,
    people_found: usize,
    person_cards: usize,
    person_cards_good: usize,
    multi_spelled: usize,
    merged: usize,
    not_people_shown: usize,
    figures: usize,
    figures_found: usize,
    duplicate_figure_cards: usize,
    conflicts: usize,
    conflicts_found: usize,
    false_contradictions: usize,
    sums: usize,
    sums_found: usize,
    /// Organisations and places: [organisations, places] of each.
    named: [usize; 2],
    named_found: [usize; 2],
    named_cards: [usize; 2],
    named_cards_good: [usize; 2],
    /// Organisation or place cards that are an annotated person.
    people_as_named: usize,
    misses: Vec<String>,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.people += o.people;
        self.people_found += o.people_found;
        self.person_cards += o.person_cards;
        self.person_cards_good += o.person_cards_good;
        self.multi_spelled += o.multi_spelled;
        self.merged += o.merged;
        self.not_people_shown += o.not_people_shown;
        self.figures += o.figures;
        self.figures_found += o.figures_found;
        self.duplicate_figure_cards += o.duplicate_figure_cards;
        self.conflicts += o.conflicts;
        self.conflicts_found += o.conflicts_found;
        self.false_contradictions += o.false_contradictions;
        self.sums += o.sums;
        self.sums_found += o.sums_found;
        for k in 0..2 {
            self.named[k] += o.named[k];
            self.named_found[k] += o.named_found[k];
            self.named_cards[k] += o.named_cards[k];
            self.named_cards_good[k] += o.named_cards_good[k];
        }
        self.people_as_named += o.people_as_named;
    }

    fn ratio(n: usize, d: usize) -> f64 {
        if d == 0 {
            1.0
        } else {
            n as f64 / d as f64
        }
    }

    /// The named measures the floors file constrains.
    fn measures(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("people_recall", Self::ratio(self.people_found, self.people)),
            ("person_card_precision", Self::ratio(self.person_cards_good, self.person_cards)),
            ("merged_share", Self::ratio(self.merged, self.multi_spelled)),
            ("not_people_shown", self.not_people_shown as f64),
            ("figure_recall", Self::ratio(self.figures_found, self.figures)),
            ("duplicate_figure_cards", self.duplicate_figure_cards as f64),
            ("conflicts_found", self.conflicts_found as f64),
            ("false_contradictions", self.false_contradictions as f64),
            ("sums_found", self.sums_found as f64),
            ("organisation_recall", Self::ratio(self.named_found[0], self.named[0])),
            ("organisation_precision", Self::ratio(self.named_cards_good[0], self.named_cards[0])),
            ("place_recall", Self::ratio(self.named_found[1], self.named[1])),
            ("place_precision", Self::ratio(self.named_cards_good[1], self.named_cards[1])),
            ("people_as_organisations_or_places", self.people_as_named as f64),
        ]
    }

    fn row(&self, name: &str) -> String {
        format!(
            "{name:<30} {:>3}/{:<3} {:>5.2}  {:>3}/{:<3} {:>5.2}  {:>2}/{:<2}  {:>3}  {:>3}/{:<3} {:>5.2}  {:>3}  {:>2}/{:<2}  {:>3}  {:>2}/{:<2}  {:>5.2} {:>5.2}  {:>5.2} {:>5.2}  {:>3}",
            self.people_found,
            self.people,
            Self::ratio(self.people_found, self.people),
            self.person_cards_good,
            self.person_cards,
            Self::ratio(self.person_cards_good, self.person_cards),
            self.merged,
            self.multi_spelled,
            self.not_people_shown,
            self.figures_found,
            self.figures,
            Self::ratio(self.figures_found, self.figures),
            self.duplicate_figure_cards,
            self.conflicts_found,
            self.conflicts,
            self.false_contradictions,
            self.sums_found,
            self.sums,
            Self::ratio(self.named_found[0], self.named[0]),
            Self::ratio(self.named_cards_good[0], self.named_cards[0]),
            Self::ratio(self.named_found[1], self.named[1]),
            Self::ratio(self.named_cards_good[1], self.named_cards[1]),
            self.people_as_named,
        )
    }
}

/// Names compared as a reader would: case, diacritics, hyphens and dots do not matter.
fn name_key(name: &str) -> String {
    fold::fold(name).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn score(dir: &Path, truth: &Truth, facts: &Facts) -> Score {
    let mut s = Score::default();
    let doc_file: BTreeMap<&str, &str> = facts.documents.iter().map(|d| (d.id.as_str(), d.file.as_str())).collect();

    // people: a card matches an annotated person when its name or an alias is one of their spellings
    let card_names: Vec<Vec<String>> =
        facts.people.iter().map(|p| std::iter::once(&p.name).chain(&p.aliases).map(|n| name_key(n)).collect()).collect();
    let person_of_card = |names: &[String]| truth.person.iter().position(|t| t.spellings.iter().any(|sp| names.contains(&name_key(sp))));
    let matched: Vec<Option<usize>> = card_names.iter().map(|n| person_of_card(n)).collect();
    let not_people: Vec<String> = truth
        .not_person
        .iter()
        .map(|n| name_key(&n.text))
        .chain(
            truth.organisation.iter().chain(&truth.place).flat_map(|o| std::iter::once(&o.name).chain(&o.spellings)).map(|n| name_key(n)),
        )
        .collect();
    let mut seen = vec![false; truth.person.len()];
    for (card, m) in facts.people.iter().zip(&matched) {
        match m {
            Some(i) if truth.person[*i].byline => {} // furniture: neither required nor counted
            Some(i) => {
                s.person_cards += 1;
                if seen[*i] {
                    s.misses.push(format!("duplicate person card: {} ({})", card.name, truth.person[*i].name));
                } else {
                    s.person_cards_good += 1;
                }
                seen[*i] = true;
            }
            None => {
                s.person_cards += 1;
                let key = name_key(&card.name);
                if not_people.iter().any(|n| *n == key || key.contains(n.as_str()) || n.contains(key.as_str())) {
                    s.not_people_shown += 1;
                    s.misses.push(format!("not a person, shown as one: {}", card.name));
                } else {
                    s.misses.push(format!("person card matching no annotated person: {} {:?}", card.name, card.aliases));
                }
            }
        }
    }
    for (i, t) in truth.person.iter().enumerate().filter(|(_, t)| !t.byline) {
        s.people += 1;
        if seen[i] {
            s.people_found += 1;
        } else {
            s.misses.push(format!("person missed: {}", t.name));
        }
        let keys: Vec<String> = t.spellings.iter().map(|sp| name_key(sp)).collect();
        let distinct: std::collections::BTreeSet<&String> = keys.iter().collect();
        let written: std::collections::BTreeSet<&String> = t.spellings.iter().collect();
        if written.len() > 1 {
            s.multi_spelled += 1;
            // merged: one card answers to every spelling
            if card_names.iter().any(|names| distinct.iter().all(|k| names.contains(k))) {
                s.merged += 1;
            } else if seen[i] {
                s.misses.push(format!("spellings not merged into one card: {:?}", t.spellings));
            }
        }
    }

    // organisations and places: a card matches an annotated one when its name or an alias is one of
    // its spellings; a card of the wrong kind, or matching none, counts against precision
    let keys_of = |n: &Named| std::iter::once(&n.name).chain(&n.spellings).map(|x| name_key(x)).collect::<Vec<_>>();
    let person_keys: Vec<String> = truth.person.iter().flat_map(|t| t.spellings.iter().map(|sp| name_key(sp))).collect();
    for (k, (annotated, cards, word)) in
        [(&truth.organisation, &facts.organisations, "organisation"), (&truth.place, &facts.places, "place")].into_iter().enumerate()
    {
        let card_keys: Vec<Vec<String>> =
            cards.iter().map(|c| std::iter::once(&c.name).chain(&c.aliases).map(|n| name_key(n)).collect()).collect();
        for a in annotated {
            s.named[k] += 1;
            let keys = keys_of(a);
            if card_keys.iter().any(|names| names.iter().any(|n| keys.contains(n))) {
                s.named_found[k] += 1;
            } else {
                s.misses.push(format!("{word} missed: {}", a.name));
            }
        }
        for (card, names) in cards.iter().zip(&card_keys) {
            s.named_cards[k] += 1;
            if annotated.iter().any(|a| keys_of(a).iter().any(|key| names.contains(key))) {
                s.named_cards_good[k] += 1;
            } else if names.iter().any(|n| person_keys.contains(n)) {
                s.people_as_named += 1;
                s.misses.push(format!("a person shown as {word}: {}", card.name));
            } else {
                s.misses.push(format!("{word} card matching no annotated {word}: {} {:?}", card.name, card.aliases));
            }
        }
    }

    // figures: a card with the value, reported in a sentence that holds the evidence word
    let reports = |f: &factlens_engine::Figure, t: &TruthFigure| {
        same_value(f.value, t.value)
            && f.mentions.iter().any(|m| {
                fold::fold(&m.quote).contains(&fold::fold(&t.evidence))
                    && (t.files.is_empty() || doc_file.get(m.doc.as_str()).is_some_and(|file| t.files.iter().any(|x| x == file)))
            })
    };
    for t in &truth.figure {
        s.figures += 1;
        let cards = facts.figures.iter().filter(|f| reports(f, t)).count();
        if cards == 0 {
            s.misses.push(format!("figure missed: {} {} ({})", t.value, t.what, t.evidence));
        } else {
            s.figures_found += 1;
            // a card that answers to another annotated figure too ("1-1 at half-time" beside "3-1") is
            // that figure's card, no second card of this one, as long as this one keeps a card
            let own = |f: &&factlens_engine::Figure| !truth.figure.iter().any(|o| !std::ptr::eq(o, t) && reports(f, o));
            let owned = facts.figures.iter().filter(|f| reports(f, t)).filter(own).count();
            let same_dimension = facts
                .figures
                .iter()
                .filter(|f| reports(f, t) && (t.unit.is_empty() || dimension(&f.unit) == dimension(&t.unit)))
                .filter(|f| owned == 0 || own(f))
                .count();
            let extra = if same_dimension > 0 { same_dimension - 1 } else { cards - 1 };
            if extra > 0 {
                s.duplicate_figure_cards += extra;
                s.misses.push(format!("{cards} cards for one figure: {} {}", t.value, t.what));
                // the cards' labels and qualifiers say which rule kept them apart
                for f in facts.figures.iter().filter(|f| reports(f, t)) {
                    let subject = f.subject.as_ref().map_or("-", |s| s.as_str());
                    s.misses.push(format!("        card '{}' [{subject}] {:?} {}", f.label, f.qualifier, f.unit));
                }
            }
        }
    }

    // conflicts: an engine contradiction is genuine when its values are all values of one annotated conflict
    let value_of = |id: &FigureId| facts.figures.iter().find(|f| f.id == *id).map(|f| f.value);
    let mut found = vec![false; truth.conflict.len()];
    for c in facts.conflicts.iter().filter(|c| c.kind == ConflictKind::Contradiction) {
        let values: Vec<f64> = c.figures.iter().filter_map(value_of).collect();
        // a whole number that is an annotated decimal rounded ("71%" beside "71.3%") belongs with it
        let belongs = |t: &TruthConflict, v: f64| t.values.iter().any(|x| same_value(*x, v) || (v.fract() == 0.0 && x.round() == v));
        match truth.conflict.iter().position(|t| values.iter().all(|v| belongs(t, *v))) {
            Some(i) => found[i] = true,
            None => {
                s.false_contradictions += 1;
                s.misses.push(format!("false contradiction: {} {values:?}", c.about));
            }
        }
    }
    s.conflicts = truth.conflict.len();
    s.conflicts_found = found.iter().filter(|f| **f).count();
    for (t, f) in truth.conflict.iter().zip(&found) {
        if !f {
            s.misses.push(format!("disagreement missed: {:?}", t.values));
        }
    }

    // sums: a check with the same total and parts
    for t in &truth.sum {
        s.sums += 1;
        let hit = facts.checks.iter().any(|c| {
            let mut parts: Vec<f64> = c.parts.iter().filter_map(value_of).collect();
            let mut want = t.parts.clone();
            parts.sort_by(f64::total_cmp);
            want.sort_by(f64::total_cmp);
            value_of(&c.total).is_some_and(|v| same_value(v, t.total))
                && parts.len() == want.len()
                && parts.iter().zip(&want).all(|(a, b)| same_value(*a, *b))
        });
        if hit {
            s.sums_found += 1;
        } else {
            s.misses.push(format!("sum missed: {} {:?} = {}", t.about, t.parts, t.total));
        }
    }
    let _ = dir;
    s
}

/// `eval/floors.toml`: `min_<measure>` and `max_<measure>` for the totals.
fn check_floors(path: &Path, total: &Score) -> Result<(), Vec<String>> {
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("{}: cannot be read ({e})", path.display())])?;
    let floors: BTreeMap<String, f64> = toml::from_str(&text).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    let measures = total.measures();
    let mut failures = Vec::new();
    for (key, bound) in &floors {
        let (is_min, name) = match key.split_once('_') {
            Some(("min", name)) => (true, name),
            Some(("max", name)) => (false, name),
            _ => {
                failures.push(format!("{}: unknown key {key}: use min_<measure> or max_<measure>", path.display()));
                continue;
            }
        };
        let Some((_, value)) = measures.iter().find(|(n, _)| *n == name) else {
            failures.push(format!("{}: unknown measure {name}", path.display()));
            continue;
        };
        if (is_min && *value + 1e-9 < *bound) || (!is_min && *value > *bound + 1e-9) {
            failures.push(format!(
                "{name} = {value:.3}, {} {bound} (eval/floors.toml)",
                if is_min { "below the floor" } else { "above the ceiling" }
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let verbose = args.iter().any(|a| a == "--verbose");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../eval");
    let mut stories: Vec<PathBuf> = match std::fs::read_dir(&root) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.join("truth.toml").is_file()).collect(),
        Err(e) => {
            eprintln!("{}: cannot be read ({e})", root.display());
            return ExitCode::FAILURE;
        }
    };
    stories.sort();
    println!(
        "{:<30} {:^15}  {:^15}  {:^5}  {:>3}  {:^15}  {:>3}  {:^5}  {:>3}  {:^5}  {:^11}  {:^11}  {:>3}",
        "story",
        "people found",
        "card precision",
        "merge",
        "not",
        "figures found",
        "dup",
        "confl",
        "fls",
        "sums",
        "orgs r/p",
        "places r/p",
        "p>e"
    );
    let mut total = Score::default();
    for dir in &stories {
        let name = dir.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let truth: Truth = match std::fs::read_to_string(dir.join("truth.toml"))
            .map_err(|e| e.to_string())
            .and_then(|t| toml::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {e}", dir.join("truth.toml").display());
                return ExitCode::FAILURE;
            }
        };
        let facts = match build(&dir.join("articles")) {
            Ok(f) => f,
            Err(errors) => {
                for e in errors {
                    eprintln!("{e}");
                }
                return ExitCode::FAILURE;
            }
        };
        let s = score(dir, &truth, &facts);
        println!("{}", s.row(&name));
        if verbose {
            for m in &s.misses {
                println!("    {m}");
            }
        }
        total.add(&s);
    }
    println!("{}", total.row("TOTAL"));
    println!("(people: found/annotated, recall; person cards that are a distinct annotated person; people spelled several ways merged into one card; not-people shown as people; figures found; extra cards for one figure; genuine disagreements found; false contradictions; sums found; organisations and places: recall, card precision; person cards shown as an organisation or place)");
    if check {
        match check_floors(&root.join("floors.toml"), &total) {
            Ok(()) => println!("score: every measure within eval/floors.toml"),
            Err(failures) => {
                for f in failures {
                    eprintln!("score: {f}");
                }
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

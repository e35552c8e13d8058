//! Sizes the shard layout that docs/scaling.md designs for corpora past one bundle, on a real corpus
//! folder: builds its facts as the app's build does, splits them into the planned files (manifest,
//! default view, term shards by the first two letters of each search word and name key, card groups,
//! article texts), and prints how many there are and how large (raw and gzip -9), and how long the
//! browser-side work of one keystroke would take natively (decoding a term shard and a card group).
//! It writes nothing: it measures the design before the app is built around it.
//!   cargo run --release -p factlens-engine --example shards -- DIR [CARDS_PER_GROUP]
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use factlens_engine::model::{Facts, Figure, Person};
use factlens_engine::{aliases, bundle, codec, fold};

/// Cards of the default view: the page renders its first 60 (`src/state/view.rs`).
const TOP: usize = 60;
/// Quotes a card carries in its group; the rest wait in a file of their own until the card opens
/// (the most reported people of a large corpus are quoted thousands of times).
const QUOTES: usize = 5;
/// Articles per file of texts, fetched when a reader opens a source.
const DOCS_PER_FILE: usize = 50;
/// Quotes in one file of further quotes.
const QUOTES_PER_FILE: usize = 1000;
/// A term shard over this many bytes (before gzip) splits by one more letter.
const SHARD_MAX: usize = 96 * 1024;

fn gzip(bytes: &[u8]) -> usize {
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).expect("in memory");
    z.finish().expect("in memory").len()
}

/// A content hash for a file name (FNV-1a; the real format would take a cryptographic one's prefix).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

fn num(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn read_num(bytes: &[u8], at: &mut usize) -> usize {
    let (mut n, mut shift) = (0, 0);
    loop {
        let b = bytes[*at];
        *at += 1;
        n |= ((b & 0x7f) as usize) << shift;
        if b < 0x80 {
            return n;
        }
        shift += 7;
    }
}

enum Card<'a> {
    Person(&'a Person),
    Figure(&'a Figure),
}

impl Card<'_> {
    fn reach(&self) -> (usize, usize) {
        match self {
            Card::Person(p) => (p.outlets, p.mentions.len()),
            Card::Figure(f) => (f.outlets, f.mentions.len()),
        }
    }
    /// What search reads of the card, as the app's catalog gathers it.
    fn texts(&self, names: &HashMap<&str, &str>) -> Vec<String> {
        match self {
            Card::Person(p) => [&p.name].into_iter().chain(&p.aliases).chain(&p.role).chain(&p.roles).cloned().collect(),
            Card::Figure(f) => {
                let subject = f.subject.as_ref().and_then(|id| names.get(id.as_str())).map(|n| n.to_string());
                [f.display.clone(), f.label.clone(), f.unit.clone(), format!("{}", f.value)].into_iter().chain(subject).collect()
            }
        }
    }
}

/// Facts holding only `cards`, each with its first quotes, and the conflicts and checks that name
/// them, in the bundle's codec; and the quotes left out.
fn group(facts: &Facts, cards: &[Card]) -> (Vec<u8>, Vec<Vec<u8>>) {
    let mut part = Facts::default();
    // the quotes past the first few, of all the group's cards, in one file
    let mut rest = Vec::new();
    let mut split = |mentions: &mut Vec<factlens_engine::model::Mention>| {
        if mentions.len() > QUOTES {
            rest.extend(mentions.split_off(QUOTES));
        }
    };
    for c in cards {
        match c {
            Card::Person(p) => {
                let mut p = (*p).clone();
                split(&mut p.mentions);
                part.people.push(p);
            }
            Card::Figure(f) => {
                let mut f = (*f).clone();
                split(&mut f.mentions);
                part.figures.push(f);
            }
        }
    }
    let ids: HashSet<&str> = part.figures.iter().map(|f| f.id.as_str()).collect();
    // a card shows six values of a conflict (`components/figure_card.rs`): the group carries those
    let mut conflicts: Vec<_> = facts.conflicts.iter().filter(|c| c.figures.iter().any(|id| ids.contains(id.as_str()))).cloned().collect();
    conflicts.iter_mut().for_each(|c| c.figures.truncate(6));
    part.conflicts = conflicts;
    part.checks = facts.checks.iter().filter(|c| ids.contains(c.total.as_str())).cloned().collect();
    // in files of a thousand at most: the most reported cards of a large corpus have thousands
    let files = rest
        .chunks(QUOTES_PER_FILE)
        .map(|chunk| {
            let more = Person {
                id: Default::default(),
                name: String::new(),
                aliases: Vec::new(),
                role: None,
                roles: Vec::new(),
                outlets: 0,
                mentions: chunk.to_vec(),
            };
            codec::encode(&Facts { people: vec![more], ..Facts::default() })
        })
        .collect();
    (codec::encode(&part), files)
}

/// Words (in order) and their cards as one shard: each word with its card numbers (as steps), then
/// the summaries of the cards their first pages show.
fn term_shard(words: &[(&String, &Vec<usize>)], summary: &dyn Fn(usize) -> String) -> Vec<u8> {
    let mut out = Vec::new();
    num(&mut out, words.len());
    for (word, ids) in words {
        num(&mut out, word.len());
        out.extend_from_slice(word.as_bytes());
        num(&mut out, ids.len());
        let mut last = 0;
        for &id in ids.iter() {
            num(&mut out, id - last);
            last = id;
        }
    }
    let mut shown: Vec<usize> = words.iter().flat_map(|(_, ids)| ids.iter().take(TOP).copied()).collect();
    shown.sort_unstable();
    shown.dedup();
    num(&mut out, shown.len());
    for n in shown {
        let line = summary(n);
        num(&mut out, line.len());
        out.extend_from_slice(line.as_bytes());
    }
    out
}

/// Shards the words by their first `letters` characters; a shard over `SHARD_MAX` bytes splits by
/// one more character.
fn shard_terms(words: &[(&String, &Vec<usize>)], letters: usize, summary: &dyn Fn(usize) -> String, out: &mut Vec<Vec<u8>>) {
    let prefix = |w: &str| w.chars().take(letters).collect::<String>();
    let mut at = 0;
    while at < words.len() {
        let p = prefix(words[at].0);
        let len = words[at..].iter().take_while(|(w, _)| prefix(w) == p).count();
        let part = &words[at..at + len];
        let bytes = term_shard(part, summary);
        if bytes.len() > SHARD_MAX && letters < 4 && part.iter().any(|(w, _)| w.chars().count() > letters) {
            shard_terms(part, letters + 1, summary, out);
        } else {
            out.push(bytes);
        }
        at += len;
    }
}

struct Sizes {
    raw: Vec<usize>,
    gz: Vec<usize>,
}

impl Sizes {
    fn of(files: &[Vec<u8>]) -> Sizes {
        Sizes { raw: files.iter().map(Vec::len).collect(), gz: files.iter().map(|f| gzip(f)).collect() }
    }
    fn print(&self, what: &str) {
        let kb = |n: usize| n as f64 / 1024.0;
        let (mut raw, mut gz) = (self.raw.clone(), self.gz.clone());
        raw.sort_unstable();
        gz.sort_unstable();
        let total: usize = gz.iter().sum();
        println!(
            "{what:<34} {:>6} files  gzip median {:>7.1} KB  largest {:>7.1} KB  total {:>9.1} KB   (raw largest {:.1} KB)",
            gz.len(),
            kb(gz.get(gz.len() / 2).copied().unwrap_or(0)),
            kb(gz.last().copied().unwrap_or(0)),
            kb(total),
            kb(raw.last().copied().unwrap_or(0)),
        );
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: shards DIR [CARDS_PER_GROUP]");
        std::process::exit(2);
    };
    let per_group: usize = args.next().map_or(200, |n| n.parse().expect("CARDS_PER_GROUP is a number"));
    let t = Instant::now();
    let facts = match factlens_engine::build(&dir) {
        Ok(facts) => facts,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("error: {e}"));
            std::process::exit(1);
        }
    };
    println!(
        "{}: {} articles, {} people, {} figures (engine + bundle preparation {:.1} s)",
        dir.display(),
        facts.documents.len(),
        facts.people.len(),
        facts.figures.len(),
        t.elapsed().as_secs_f64()
    );
    // cards keep their quotes (a reader sees them without fetching an article); the article texts
    // are cut to their own lines as the bundle's are
    let prepared = bundle::prepare(facts.clone());
    let whole = codec::encode(&prepared);
    let t = Instant::now();
    println!(
        "one bundle's facts today: {:.1} KB raw, {:.1} KB gzip ({:.1} s to compress)",
        whole.len() as f64 / 1024.0,
        gzip(&whole) as f64 / 1024.0,
        t.elapsed().as_secs_f64()
    );

    // most reported first, as the default view sorts
    let mut cards: Vec<Card> = facts.people.iter().map(Card::Person).chain(facts.figures.iter().map(Card::Figure)).collect();
    cards.sort_by_key(|c| std::cmp::Reverse(c.reach()));

    let (top, _) = group(&facts, &cards[..TOP.min(cards.len())]);
    let (mut groups, mut quotes) = (Vec::new(), Vec::new());
    for g in cards.chunks(per_group) {
        let (bytes, rest) = group(&facts, g);
        groups.push(bytes);
        quotes.extend(rest);
    }

    // search words and name keys -> card numbers, sharded by their first two characters
    let mut terms: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let names: HashMap<&str, &str> = facts.people.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
    for (n, card) in cards.iter().enumerate() {
        for text in card.texts(&names) {
            for w in fold::search_form(&text).split(' ').filter(|w| !w.is_empty()) {
                for term in [w.to_string(), aliases::key(w)] {
                    let ids = terms.entry(term).or_default();
                    if ids.last() != Some(&n) {
                        ids.push(n);
                    }
                }
            }
        }
    }
    // a shard also carries a one-line summary of each card its words' first pages show, so a search
    // draws its first page from the one shard it fetched
    let summary = |n: usize| match cards[n] {
        Card::Person(p) => format!("{}|{}|{}", p.name, p.role.as_deref().unwrap_or(""), p.outlets),
        Card::Figure(f) => format!("{}|{}|{}", f.display, f.label, f.outlets),
    };
    let words: Vec<(&String, &Vec<usize>)> = terms.iter().collect();
    let mut term_shards = Vec::new();
    shard_terms(&words, 2, &summary, &mut term_shards);

    let texts: Vec<Vec<u8>> = prepared
        .documents
        .chunks(DOCS_PER_FILE)
        .map(|docs| codec::encode(&Facts { documents: docs.to_vec(), ..Facts::default() }))
        .collect();

    // the manifest: counts, the outlets (the facet), and each shard's name with a 16-hex-digit
    // content hash (the term shards' by their prefix; the others are numbered)
    let mut outlets: Vec<&str> = facts.documents.iter().filter_map(|d| d.outlet.as_deref()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let mut manifest = format!(
        "{{\"articles\":{},\"people\":{},\"figures\":{},\"outlets\":[",
        facts.documents.len(),
        facts.people.len(),
        facts.figures.len()
    );
    outlets.iter().for_each(|o| manifest.push_str(&format!("\"{o}\",")));
    manifest.push_str("],\"terms\":{");
    // (each term shard under its prefix, as long as the shard's own)
    term_shards.iter().for_each(|f| manifest.push_str(&format!("\"abc\":\"{:016x}\",", fnv(f))));
    manifest.push_str("},\"cards\":[");
    groups.iter().chain(&quotes).chain(&texts).for_each(|f| manifest.push_str(&format!("\"{:016x}\",", fnv(f))));
    manifest.push_str("]}");

    println!("\nfiles of the sharded layout ({per_group} cards per group):");
    Sizes::of(&[manifest.into_bytes()]).print("manifest (counts, outlets, hashes)");
    Sizes::of(std::slice::from_ref(&top)).print(&format!("default view (top {TOP} cards)"));
    Sizes::of(&term_shards).print("term shards (first letters)");
    Sizes::of(&groups).print(&format!("card groups ({QUOTES} quotes a card)"));
    Sizes::of(&quotes).print("further quotes (a group's, by 1,000)");
    Sizes::of(&texts).print(&format!("article texts ({DOCS_PER_FILE} a file)"));

    // a search shows its first page of matches, in rank order: cards are numbered by rank, so that
    // page comes from the first groups that hold any of them
    let mut touched: Vec<usize> = terms
        .values()
        .map(|ids| {
            let mut g: Vec<usize> = ids.iter().take(TOP).map(|id| id / per_group).collect();
            g.dedup();
            g.len()
        })
        .collect();
    touched.sort_unstable();
    println!(
        "card groups a search's first page would need without the summaries: median {}, 90th percentile {}, most {} (of {} words and keys)",
        touched[touched.len() / 2],
        touched[touched.len() * 9 / 10],
        touched.last().copied().unwrap_or(0),
        touched.len()
    );

    // what one keystroke costs in the browser once the files are there: decode the largest term
    // shard and look a word up, then decode the largest card group
    let largest = |files: &[Vec<u8>]| files.iter().max_by_key(|f| f.len()).cloned().unwrap_or_default();
    let (term, cards_bytes) = (largest(&term_shards), largest(&groups));
    let runs = 20;
    let t = Instant::now();
    for _ in 0..runs {
        let mut at = 0;
        let mut words = Vec::new();
        for _ in 0..read_num(&term, &mut at) {
            let len = read_num(&term, &mut at);
            let word = std::str::from_utf8(&term[at..at + len]).expect("utf-8").to_string();
            at += len;
            let ids: Vec<usize> = (0..read_num(&term, &mut at)).map(|_| read_num(&term, &mut at)).collect();
            words.push((word, ids));
        }
        std::hint::black_box(words);
    }
    let term_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let t = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(codec::decode(&cards_bytes).expect("decodes"));
    }
    let group_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!(
        "\nnative decode: largest term shard {term_ms:.2} ms, largest card group {group_ms:.2} ms (the browser's wasm: expect ~1.5-2x)"
    );
}

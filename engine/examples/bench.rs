//! Engine bench: the seed corpus and synthetic corpora 100 and 1,000 times its size (made-up
//! sentences), timed and with peak heap, then inputs that once took quadratic time (`--inputs`
//! runs only those). `--write DIR N` writes a synthetic corpus of N articles instead, for the
//! browser bench.
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use factlens_engine::boilerplate::classify;
use factlens_engine::corpus::{load, Source};
use factlens_engine::curation::{self, Curation};
use factlens_engine::facts::extract;
use factlens_engine::metadata;
use factlens_engine::model::Document;

/// Counts live and peak heap bytes.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const SYLLABLES: &[&str] = &["ka", "lo", "mi", "ren", "sto", "va", "dru", "pel", "zor", "ni", "tes", "bar", "mon", "quil", "fa", "ger"];
const GIVEN: &[&str] = &["Anna", "Peter", "Laura", "Omar", "Jonas", "Elena", "Marta", "David", "Nadia", "Tomas", "Irene", "Paul"];
const ROLES: &[&str] = &["union leader", "city councillor", "opposition leader", "spokeswoman", "former minister", "activist"];
const NOUNS: &[&str] = &["workers", "residents", "protesters", "students", "patients", "families"];
const PLACES: &[&str] = &["Norden", "Valmora", "Eastport", "Kessington", "Lindau", "Portbury"];

fn word(rng: &mut Rng, parts: u64) -> String {
    let mut w: String = (0..parts).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(first) = w.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    w
}

/// A made-up article of roughly the seed's length about made-up people and numbers.
fn article(rng: &mut Rng, n: usize) -> String {
    let people: Vec<(String, String, &str)> = (0..4).map(|_| (rng.pick(GIVEN).to_string(), word(rng, 3), rng.pick(ROLES))).collect();
    let mut text = format!(
        "{} Council Approves Plan For {} In {} | News | daily{}.example.org\n\nMenu\n\n",
        word(rng, 2),
        word(rng, 2),
        rng.pick(PLACES),
        n % 40
    );
    for (i, (given, surname, role)) in people.iter().enumerate() {
        let noun = rng.pick(NOUNS);
        let (a, b) = (rng.below(900) + 20, rng.below(90) + 5);
        text.push_str(&format!(
            "{role_cap} {given} {surname}, {age}, said at least {a} {noun} had joined the protest in {place} on Monday.\n\n\
             {surname} told reporters that {b} {noun} were sent to {other}, while {rest} were taken to {place}.\n\n\
             In recent years, {surname} has been sentenced to {years} years in prison, according to officials.\n\n",
            role_cap = capital(role),
            age = 30 + rng.below(50),
            place = rng.pick(PLACES),
            other = rng.pick(PLACES),
            rest = a.saturating_sub(b),
            years = 2 + rng.below(12),
        ));
        if i == 0 {
            text.push_str(&format!(
                "The {} of {} said more than {} homes were damaged.\n\n",
                role,
                rng.pick(PLACES),
                rng.below(5000) + 100
            ));
        }
    }
    text.push_str("Related posts\n\nAnother Story Headline About Something Else Entirely\n\nreporter@example.org\n\nWe use cookies to improve your experience.\n");
    text
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

fn synthetic(count: usize) -> Vec<Source> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..count).map(|n| Source { file: format!("{n:05}.txt"), text: article(&mut rng, n), ..Source::default() }).collect()
}

fn measure(name: &str, sources: &[Source], runs: usize) {
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let mut times = Vec::new();
    let mut peak = 0;
    let mut facts = None;
    for _ in 0..runs {
        let base = LIVE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let start = Instant::now();
        let f = extract(sources, &Curation::default());
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        peak = PEAK.load(Ordering::Relaxed) - base;
        facts = Some(f);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let f = facts.unwrap_or_default();
    println!(
        "{name:<22} {:>5} articles {:>8.1} KB  median {:>9.2} ms  ({:>6.3} ms/article)  peak heap {:>7.1} MB  -> {} people, {} figures, {} conflicts",
        sources.len(), bytes as f64 / 1024.0, median, median / sources.len() as f64, peak as f64 / 1_048_576.0,
        f.people.len(), f.figures.len(), f.conflicts.len()
    );
}

/// Seconds `work` takes, once: these cases are slow when they go wrong, not worth repeating.
fn once<T>(name: &str, what: &str, work: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = work();
    println!("{name:<22} {what:<44} {:>9.3} s", start.elapsed().as_secs_f64());
    out
}

/// Inputs that were quadratic: a page of 80,000 distinct lines (the repeated-line check), the
/// headlines of 20,000 articles (each compared with every other for the page's title), 20
/// curation entries against one 20 MB article (each entry folded the whole corpus again), and 20
/// hidden figures in one 1 MB article (each figure found searched the article for every entry).
fn inputs() {
    println!("inputs that once took quadratic time (one run each)");
    let page: String = (0..80_000).map(|n| format!("Line {n} of a very long scraped page says nothing much.\n")).collect();
    once("furniture", "80,000 distinct lines", || classify(&page).len());
    // the page's title when `[story]` gives none: the headline sharing most words with the others
    let words = ["strike", "port", "union", "talks", "wages", "board", "vote", "ends", "city", "deal", "court", "mine"];
    let docs: Vec<Document> = (0..20_000)
        .map(|i| Document {
            id: format!("d{i}").into(),
            file: format!("d{i}.txt"),
            title: (0..8).map(|k| words[(i * 7 + k * k) % words.len()]).collect::<Vec<_>>().join(" ") + &format!(" {i}"),
            outlet: None,
            date: None,
            url: None,
            text: String::new(),
        })
        .collect();
    once("story title", "20,000 headlines", || metadata::story(Default::default(), &docs).title.len());
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut text = String::new();
    let mut n = 0;
    while text.len() < 20 << 20 {
        // without each article's trailer, whose "Related posts" would make the rest a list of links
        let one = article(&mut rng, n);
        text.push_str(one.split("Related posts").next().unwrap_or(&one));
        n += 1;
    }
    // the people each synthetic article opens with: "Union leader Anna Kalomi, 42, said ..."
    let mut names: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_once(", ").map(|(head, _)| head.split(' ').rev().take(2).collect::<Vec<_>>()))
        .filter(|w| w.len() == 2 && w.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)))
        .map(|w| format!("{} {}", w[1], w[0]))
        .collect();
    names.dedup();
    let toml: String = names.iter().take(20).map(|n| format!("[[hide]]\nname = \"{n}\"\n")).collect();
    let sources = vec![Source { file: "big.txt".into(), text, ..Source::default() }];
    let ok = once("curation", "20 entries, one 20 MB article", || curation::parse(Path::new("curation.toml"), &toml, &sources).is_ok());
    assert!(ok, "the bench's curation quotes its article");
    let mut text = sources[0].text.clone();
    text.truncate(text[..1 << 20].rfind('\n').unwrap_or(0) + 1);
    // "said at least 412 workers had joined": figures as the article writes them
    let figures: Vec<String> =
        text.match_indices("at least ").filter_map(|(at, _)| text[at..].split(" had").next().map(str::to_string)).take(20).collect();
    let toml: String = figures.iter().map(|f| format!("[[hide]]\nfigure = \"{f}\"\nfile = \"big.txt\"\n")).collect();
    let sources = vec![Source { file: "big.txt".into(), text, ..Source::default() }];
    let curation = curation::parse(Path::new("curation.toml"), &toml, &sources).expect("the bench's curation quotes its article");
    let plain = once("curation applied", "none, one 1 MB article", || extract(&sources, &Curation::default()).figures.len());
    let hidden = once("curation applied", "20 hidden figures, one 1 MB article", || extract(&sources, &curation).figures.len());
    assert!(hidden < plain, "the hidden figures are gone");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--inputs") {
        inputs();
        return;
    }
    if let [flag, dir, n] = args.as_slice() {
        if flag == "--write" {
            let dir = Path::new(dir);
            std::fs::create_dir_all(dir).expect("can create the output folder");
            for s in synthetic(n.parse().expect("N is a number")) {
                std::fs::write(dir.join(&s.file), &s.text).expect("can write");
            }
            return;
        }
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
    let seed = load(&corpus).expect("seed corpus loads").sources;
    println!("factlens engine bench (release build, one thread; median of runs)");
    measure("seed corpus", &seed, 21);
    measure("synthetic x100", &synthetic(seed.len() * 100), 3);
    measure("synthetic 1,000", &synthetic(1000), 3);
    measure("synthetic x1000", &synthetic(seed.len() * 1000), 1);
    inputs();
}

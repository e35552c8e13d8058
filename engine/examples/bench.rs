//! Engine bench: the seed corpus and synthetic corpora 100 and 1,000 times its size (made-up
//! sentences), timed and with peak heap. `--write DIR N` writes a synthetic corpus of N articles
//! instead, for the browser bench.
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use factlens_engine::corpus::{load, Source};
use factlens_engine::curation::Curation;
use factlens_engine::facts::extract;

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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
    let (seed, _) = load(&corpus).expect("seed corpus loads");
    println!("factlens engine bench (release build, one thread; median of runs)");
    measure("seed corpus", &seed, 21);
    measure("synthetic x100", &synthetic(seed.len() * 100), 3);
    measure("synthetic 1,000", &synthetic(1000), 3);
    measure("synthetic x1000", &synthetic(seed.len() * 1000), 1);
}

//! `articles.toml`: the story (`[story]`: the page's title, intro and link preview) and each
//! article's outlet, headline, date and address, every field checked where it is written, so a
//! mistake is an error with its line rather than a wrong card or a wrong preview.
use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::clean::is_invisible;
use crate::corpus::Source;
use crate::error::{line_of, InputError};
use crate::fold::fold;
use crate::model::{Document, Story};
use crate::toml_hints;

/// Longer than any outlet name or headline: past it, a field holds something else (a pasted article).
pub const MAX_CHARS: usize = 300;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetadataFile {
    #[serde(default)]
    article: Vec<toml::Spanned<ArticleMeta>>,
    story: Option<StoryMeta>,
}

/// `[story]` as written: every field optional, the rest made from the articles (`story`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryMeta {
    title: Option<toml::Spanned<String>>,
    intro: Option<toml::Spanned<String>>,
    url: Option<toml::Spanned<String>>,
    image: Option<toml::Spanned<String>>,
    image_alt: Option<toml::Spanned<String>>,
    site: Option<toml::Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleMeta {
    file: String,
    outlet: Option<toml::Spanned<String>>,
    headline: Option<toml::Spanned<String>>,
    // any TOML value, so an unquoted date (a TOML date, not text) gets an error that says to quote it
    date: Option<toml::Spanned<toml::Value>>,
    url: Option<toml::Spanned<String>>,
}

/// Applies the metadata in `text` to `sources` and returns its `[story]`; every problem is pushed
/// to `errors`.
pub fn apply(path: &Path, text: &str, sources: &mut [Source], errors: &mut Vec<InputError>) -> StoryMeta {
    let parsed: MetadataFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            // one story per corpus: "[[story]]" is the opposite of the [article] mistake
            let doubled = text.lines().position(|l| l.split('#').next().unwrap_or("").trim().replace(' ', "") == "[[story]]");
            errors.push(match doubled {
                Some(i) => {
                    InputError::at(path, i + 1, "[[story]] makes a list, but a corpus tells one story: write [story] (one bracket), once")
                }
                None => toml_hints::parse_error(path, text, &e, &["article"], "Add your articles"),
            });
            return StoryMeta::default();
        }
    };
    let story = parsed.story.unwrap_or_default();
    for (name, value) in [("title", &story.title), ("intro", &story.intro), ("image_alt", &story.image_alt), ("site", &story.site)] {
        if let Some(problem) = value.as_ref().and_then(|v| text_problem(name, v.get_ref())) {
            errors.push(InputError::at(path, line_of(text, value.as_ref().map_or(0, |v| v.span().start)), problem));
        }
    }
    for (name, value) in [("url", &story.url), ("image", &story.image)] {
        if let Some(v) = value {
            // the same rules as an article's address; the message names the field it is about
            if let Some(problem) = url_problem(v.get_ref()) {
                errors.push(InputError::at(path, line_of(text, v.span().start), problem.replacen("url", name, 1)));
            }
        }
    }
    let mut listed = HashSet::new();
    for entry in parsed.article {
        let line = line_of(text, entry.span().start);
        let meta = entry.into_inner();
        if !listed.insert(meta.file.clone()) {
            errors.push(InputError::at(path, line, format!("\"{}\" is listed twice; keep one entry", meta.file)));
            continue;
        }
        let Some(source) = sources.iter_mut().find(|s| s.file == meta.file) else {
            errors.push(InputError::at(
                path,
                line,
                format!("no article \"{}\" in this folder; fix the name or remove the entry", meta.file),
            ));
            continue;
        };
        let mut check = |field: &toml::Spanned<String>, problem: Option<String>| {
            if let Some(problem) = problem {
                errors.push(InputError::at(path, line_of(text, field.span().start), problem));
            }
        };
        if let Some(url) = &meta.url {
            check(url, url_problem(url.get_ref()));
        }
        for (name, value) in [("outlet", &meta.outlet), ("headline", &meta.headline)] {
            if let Some(value) = value {
                check(value, text_problem(name, value.get_ref()));
            }
        }
        let date = meta.date.as_ref().and_then(|d| {
            let problem = match d.get_ref() {
                toml::Value::String(s) => date_problem(s),
                toml::Value::Datetime(dt) => Some(format!("date = {dt} is a TOML date, not text; write it in quotes: date = \"{dt}\"")),
                other => Some(format!("date is a {}, not text; write it in quotes: date = \"YYYY-MM-DD\"", other.type_str())),
            };
            match problem {
                Some(p) => {
                    errors.push(InputError::at(path, line_of(text, d.span().start), p));
                    None
                }
                None => d.get_ref().as_str().map(str::to_string),
            }
        });
        source.outlet = meta.outlet.map(toml::Spanned::into_inner);
        source.headline = meta.headline.map(toml::Spanned::into_inner);
        source.date = date;
        source.url = meta.url.map(toml::Spanned::into_inner);
    }
    story
}

/// The story as the page shows it: `[story]`'s fields, the title else the headline that shares the
/// most words with the others (the one most representative of the coverage), the intro else a line
/// that says what the page holds.
pub fn story(meta: StoryMeta, docs: &[Document]) -> Story {
    let text = |f: Option<toml::Spanned<String>>| f.map(toml::Spanned::into_inner).map(|s| s.trim().to_string());
    let title = text(meta.title).unwrap_or_else(|| representative_headline(docs));
    let intro = text(meta.intro).unwrap_or_else(|| {
        let n = docs.len();
        format!("People and figures from {n} article{}, each traced to the sentences that report it.", if n == 1 { "" } else { "s" })
    });
    Story { title, intro, url: text(meta.url), image: text(meta.image), image_alt: text(meta.image_alt), site: text(meta.site) }
}

/// The headline whose words most of the others share; ties go to the shorter, then the first. A
/// title cut from a long first line (it ends in "…": the article had no headline) comes last.
fn representative_headline(docs: &[Document]) -> String {
    let words = |t: &str| -> HashSet<String> {
        fold(t).split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 3).map(str::to_string).collect()
    };
    let sets: Vec<HashSet<String>> = docs.iter().map(|d| words(&d.title)).collect();
    // the words it shares with each other headline, summed: each word counts the other headlines
    // that have it (pairing every two headlines took seconds on thousands of articles)
    let mut headlines_with: HashMap<&str, usize> = HashMap::new();
    for w in sets.iter().flatten() {
        *headlines_with.entry(w.as_str()).or_default() += 1;
    }
    let shared = |i: usize| sets[i].iter().map(|w| headlines_with[w.as_str()] - 1).sum::<usize>();
    let key = |i: usize| (!docs[i].title.ends_with('…'), shared(i), std::cmp::Reverse(docs[i].title.len()), std::cmp::Reverse(i));
    (0..docs.len()).max_by_key(|&i| key(i)).map_or_else(String::new, |i| docs[i].title.clone())
}

/// What is wrong with an outlet or headline, if anything.
fn text_problem(field: &str, value: &str) -> Option<String> {
    let chars = value.chars().count();
    if value.trim().is_empty() {
        Some(format!("{field} is empty; remove it or fill it in"))
    } else if chars > MAX_CHARS {
        Some(format!("{field} is {chars} characters long; shorten it to {MAX_CHARS} or fewer"))
    } else {
        hidden_character(value).map(|c| format!("{field} holds {c}; retype it without"))
    }
}

/// A control or invisible formatting character, named by code point.
fn hidden_character(value: &str) -> Option<String> {
    value
        .chars()
        .find(|&c| c.is_control() || is_invisible(c))
        .map(|c| format!("the control or invisible formatting character U+{:04X}", c as u32))
}

/// What is wrong with an article's address, if anything: it must be a plain `https://` URL with a
/// host, no user name or password and nothing invisible in it.
pub fn url_problem(url: &str) -> Option<String> {
    let fix = "write the page's https:// address";
    if let Some(c) = hidden_character(url) {
        return Some(format!("url holds {c}; retype the address"));
    }
    if url.contains(char::is_whitespace) {
        return Some(format!("url \"{url}\" holds a space; {fix}"));
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(format!("url \"{url}\" must be an https:// address"));
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Some(format!("url \"{url}\" carries a user name or password before \"@\"; remove it, {fix}"));
    }
    // "[2001:db8::1]:8443" and "example.com:8443": the port is digits after the host
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) && !host.ends_with(':') => host,
        _ => authority,
    };
    if host.is_empty() {
        return Some(format!("url \"{url}\" has no host after https://; {fix}"));
    }
    let ip6 =
        host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).is_some_and(|h| h.chars().all(|c| c.is_ascii_hexdigit() || c == ':'));
    let domain = host.split('.').all(|label| !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-'));
    if !(ip6 || domain) {
        return Some(format!("url \"{url}\" has no valid host (\"{host}\"); {fix}"));
    }
    None
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What is wrong with a date, if anything: it must be a day of the calendar, written YYYY-MM-DD.
pub fn date_problem(date: &str) -> Option<String> {
    const MONTHS: [&str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.chars().all(|c| c.is_ascii_digit());
    let [y, m, d] = parts.as_slice() else { return Some(format!("date \"{date}\" must be written YYYY-MM-DD")) };
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Some(format!("date \"{date}\" must be written YYYY-MM-DD"));
    }
    let (y, m, d) = (y.parse().unwrap_or(0), m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    if !(1..=12).contains(&m) {
        return Some(format!("date \"{date}\" has no month {m}; write it YYYY-MM-DD"));
    }
    let days = days_in_month(y, m);
    (d == 0 || d > days).then(|| format!("date \"{date}\" does not exist: {} {y} has {days} days", MONTHS[m as usize - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Counting each word's headlines picks what pairing every two headlines picked.
        #[test]
        fn the_representative_headline_is_the_one_pairing_finds(titles in proptest::collection::vec("(vote|strike|port|union|talks|wages|board|ends)( (vote|strike|port|union|talks|wages|board|ends|…)){0,5}", 1..12)) {
            let docs: Vec<Document> = titles
                .iter()
                .enumerate()
                .map(|(i, t)| Document { id: format!("d{i}").into(), file: String::new(), title: t.clone(), outlet: None, date: None, url: None, text: String::new() })
                .collect();
            let words = |t: &str| -> HashSet<String> { fold(t).split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 3).map(str::to_string).collect() };
            let sets: Vec<HashSet<String>> = docs.iter().map(|d| words(&d.title)).collect();
            let shared = |i: usize| (0..sets.len()).filter(|&j| j != i).map(|j| sets[i].intersection(&sets[j]).count()).sum::<usize>();
            let key = |i: usize| (!docs[i].title.ends_with('…'), shared(i), std::cmp::Reverse(docs[i].title.len()), std::cmp::Reverse(i));
            let paired = (0..docs.len()).max_by_key(|&i| key(i)).map(|i| docs[i].title.clone()).unwrap_or_default();
            prop_assert_eq!(representative_headline(&docs), paired);
        }
    }

    fn errors_of(toml: &str) -> Vec<String> {
        let mut sources = vec![Source { file: "a.txt".into(), text: "x".into(), ..Source::default() }];
        let mut errors = Vec::new();
        apply(Path::new("articles.toml"), toml, &mut sources, &mut errors);
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn metadata_errors_name_their_line() {
        let shown = errors_of("[[article]]\nfile = \"a.txt\"\nurl = \"javascript:alert(1)\"\n\n[[article]]\nfile = \"missing.txt\"\n");
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("articles.toml:3: url"), "{shown:?}");
        assert!(shown[1].starts_with("articles.toml:5: no article \"missing.txt\""), "{shown:?}");
    }

    #[test]
    fn unknown_metadata_fields_are_errors_with_a_line() {
        assert!(errors_of("[[article]]\nfile = \"a.txt\"\noutlett = \"X\"\n")[0].starts_with("articles.toml:3: "));
    }

    #[test]
    fn addresses_need_a_host_and_nothing_hidden_or_secret() {
        for (url, says) in [
            ("https://", "has no host"),
            ("https:///story", "has no host"),
            ("https://:443/story", "has no host"),
            ("https://user:pw@example.com/story", "user name or password"),
            ("https://example.com@evil.example/", "user name or password"),
            ("https://exa\u{202E}mple.com/", "U+202E"),
            ("https://example.com/\u{7}", "U+0007"),
            ("https://example.com/a b", "holds a space"),
            ("https://exa_mple.com/", "no valid host"),
            ("http://example.com/", "must be an https:// address"),
        ] {
            assert!(url_problem(url).is_some_and(|p| p.contains(says)), "{url:?}: {:?}", url_problem(url));
        }
        for url in ["https://example.com", "https://news.example.org:8443/a/b?c=d#e", "https://[2001:db8::1]/x", "https://bücher.example/"]
        {
            assert_eq!(url_problem(url), None, "{url}");
        }
    }

    #[test]
    fn dates_must_exist_with_leap_years_counted() {
        assert_eq!(date_problem("2025-02-31").as_deref(), Some("date \"2025-02-31\" does not exist: February 2025 has 28 days"));
        assert!(date_problem("2025-02-29").is_some());
        assert!(date_problem("1900-02-29").is_some(), "1900 was not a leap year");
        assert_eq!(date_problem("2024-02-29"), None);
        assert_eq!(date_problem("2000-02-29"), None);
        assert!(date_problem("2025-04-31").is_some());
        assert!(date_problem("2025-13-01").is_some());
        assert!(date_problem("2025-00-10").is_some());
        assert!(date_problem("2025-1-5").is_some());
        assert_eq!(date_problem("2025-12-31"), None);
    }

    #[test]
    fn long_or_hidden_text_in_outlet_and_headline_is_an_error() {
        let long = "x".repeat(MAX_CHARS + 1);
        let shown = errors_of(&format!("[[article]]\nfile = \"a.txt\"\noutlet = \"The Daily\"\nheadline = \"{long}\"\n"));
        assert_eq!(shown, ["articles.toml:4: headline is 301 characters long; shorten it to 300 or fewer"]);
        let shown = errors_of("[[article]]\nfile = \"a.txt\"\noutlet = \"The \\u202EDaily\"\n");
        assert!(shown[0].starts_with("articles.toml:3: outlet holds the control or invisible formatting character U+202E"), "{shown:?}");
    }

    fn story_of(toml: &str) -> Result<Story, Vec<String>> {
        let mut sources = vec![Source { file: "a.txt".into(), text: "x".into(), ..Source::default() }];
        let mut errors = Vec::new();
        let meta = apply(Path::new("articles.toml"), toml, &mut sources, &mut errors);
        if !errors.is_empty() {
            return Err(errors.iter().map(ToString::to_string).collect());
        }
        let doc = |title: &str| Document {
            id: title.into(),
            file: String::new(),
            title: title.into(),
            outlet: None,
            date: None,
            url: None,
            text: String::new(),
        };
        let docs = [
            doc("Harbour Strike Ends After Pay Deal"),
            doc("Dockers End Harbour Strike As Pay Deal Is Agreed By Union Members"),
            doc("Strike at the harbour ends with a pay deal, union says"),
            doc("Weather: Rain Expected"),
        ];
        Ok(story(meta, &docs))
    }

    #[test]
    fn the_story_table_sets_title_intro_and_preview_and_is_checked_line_by_line() {
        let s = story_of(
            "[story]\ntitle = \"Dockers end the harbour strike\"\nintro = \"What four outlets reported.\"\nurl = \"https://news.example/strike\"\nimage = \"https://news.example/strike.jpg\"\nimage_alt = \"Cranes at dawn\"\nsite = \"The Example Herald\"\n\n[[article]]\nfile = \"a.txt\"\n",
        )
        .unwrap();
        assert_eq!((s.title.as_str(), s.intro.as_str()), ("Dockers end the harbour strike", "What four outlets reported."));
        assert_eq!(s.url.as_deref(), Some("https://news.example/strike"));
        assert_eq!(s.image.as_deref(), Some("https://news.example/strike.jpg"));
        assert_eq!((s.image_alt.as_deref(), s.site.as_deref()), (Some("Cranes at dawn"), Some("The Example Herald")));
        let shown =
            story_of("# a comment\n[story]\ntitle = \"\"\nimage = \"http://x.example/a.jpg\"\nurl = \"https://a b\"\n").unwrap_err();
        assert_eq!(shown.len(), 3, "{shown:?}");
        assert!(shown[0].starts_with("articles.toml:3: title is empty"), "{shown:?}");
        assert!(
            shown.iter().any(|e| e.starts_with("articles.toml:4: image \"http://x.example/a.jpg\" must be an https:// address")),
            "{shown:?}"
        );
        assert!(shown.iter().any(|e| e.starts_with("articles.toml:5: url \"https://a b\" holds a space")), "{shown:?}");
        assert!(story_of("[story]\ntitel = \"x\"\n").unwrap_err()[0].starts_with("articles.toml:2: "));
        assert_eq!(
            story_of("[[story]]\ntitle = \"x\"\n").unwrap_err(),
            ["articles.toml:1: [[story]] makes a list, but a corpus tells one story: write [story] (one bracket), once"]
        );
        let long = "x".repeat(MAX_CHARS + 1);
        assert!(story_of(&format!("[story]\nintro = \"{long}\"\n")).unwrap_err()[0].contains("intro is 301 characters long"));
    }

    #[test]
    fn without_a_story_table_the_headline_most_others_share_is_the_title() {
        // words of four letters or more shared with the others: 2 + 4 + 0, 2 + 3 + 0, 4 + 3 + 0, none
        let s = story_of("[[article]]\nfile = \"a.txt\"\n").unwrap();
        assert_eq!(s.title, "Strike at the harbour ends with a pay deal, union says");
        assert_eq!(s.intro, "People and figures from 4 articles, each traced to the sentences that report it.");
        assert_eq!((s.url, s.image, s.site), (None, None, None));
        // an intro alone keeps the made title
        assert_eq!(story_of("[story]\nintro = \"Hi.\"\n").unwrap().title, s.title);
    }

    #[test]
    fn unquoted_dates_and_single_brackets_say_how_to_write_them() {
        assert_eq!(
            errors_of("[[article]]\nfile = \"a.txt\"\ndate = 2025-12-13\n"),
            ["articles.toml:3: date = 2025-12-13 is a TOML date, not text; write it in quotes: date = \"2025-12-13\""]
        );
        assert_eq!(
            errors_of("[article]\nfile = \"a.txt\"\n"),
            ["articles.toml:1: [article] opens one table, but each entry is an array item: write [[article]] (two brackets) above each one"]
        );
    }
}

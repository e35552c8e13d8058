//! An article made ready for extraction: its headline, outlet and sentences of article text only.
use crate::boilerplate::{classify, is_headline_like, LineKind};
use crate::corpus::Source;
use crate::fold::fold;
use crate::phrase;
use crate::sentences::split;
use crate::tokens::{tokenize, Token};

pub struct Sentence<'a> {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
    /// Headlines and title-case lines: every word is capitalised, so they name no new people.
    pub title_case: bool,
    pub tokens: Vec<Token<'a>>,
}

impl<'a> Sentence<'a> {
    pub fn text(&self, doc_text: &'a str) -> &'a str {
        &doc_text[self.start..self.end]
    }
}

/// All sentences of the article text of every source, in document order.
pub fn sentences(sources: &[Source]) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    for (doc, source) in sources.iter().enumerate() {
        let text = source.text.as_str();
        for line in classify(text) {
            if line.kind == LineKind::Boilerplate {
                continue;
            }
            for span in split(&text[line.start..line.end], line.start) {
                let sentence = &text[span.start..span.end];
                out.push(Sentence {
                    doc,
                    start: span.start,
                    end: span.end,
                    title_case: line.kind == LineKind::Headline || is_headline_like(sentence),
                    tokens: tokenize(sentence, span.start),
                });
            }
        }
    }
    out
}

/// An article's id: its file name without `.txt` (in any case), stable across builds so links keep
/// working. The corpus loader rejects two names whose ids differ only in case.
pub fn id(file: &str) -> String {
    let cut = file.len().saturating_sub(4);
    match file.get(cut..) {
        Some(ext) if ext.eq_ignore_ascii_case(".txt") => file[..cut].to_string(),
        _ => file.to_string(),
    }
}

/// The headline: metadata's, else the first headline-like line, else the first body line.
pub fn title(source: &Source) -> String {
    if let Some(h) = &source.headline {
        return h.clone();
    }
    let lines = classify(&source.text);
    let pick = lines.iter().find(|l| l.kind == LineKind::Headline).or_else(|| lines.iter().find(|l| l.kind == LineKind::Body));
    match pick {
        Some(l) => {
            let line = &source.text[l.start..l.end];
            let short: String = line.chars().take(160).collect();
            if short.len() < line.len() {
                format!("{}…", short.trim_end())
            } else {
                short
            }
        }
        None => id(&source.file),
    }
}

/// The outlet: metadata's, else a web domain in the first lines, else a "Welcome to X" banner, else
/// what the page's furniture and wire credits name (`credited`).
pub fn outlet(source: &Source) -> Option<String> {
    if let Some(o) = &source.outlet {
        return Some(o.clone());
    }
    for line in source.text.lines().take(5) {
        for part in line.split(['|', ' ']) {
            let part = part.trim().trim_end_matches('/');
            let part = part.strip_prefix("https://").or_else(|| part.strip_prefix("http://")).unwrap_or(part);
            let labels: Vec<&str> = part.split('.').collect();
            let is_domain = labels.len() >= 2
                && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                && labels.last().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()));
            if is_domain && !part.contains('@') {
                return Some(part.trim_start_matches("www.").to_string());
            }
        }
    }
    for line in source.text.lines() {
        let folded = fold(line);
        if let Some(pos) = phrase::find(&folded, "welcome to ") {
            let name = line.get(pos + "welcome to ".len()..).unwrap_or("").trim().trim_end_matches(['.', '!']);
            if !name.is_empty() && name.split_whitespace().count() <= 4 {
                return Some(name.to_string());
            }
        }
    }
    credited(&source.text)
}

/// Agencies (engine/lexicon/agencies.txt): the name shown, and every way of writing it, folded.
fn agencies() -> &'static [(String, Vec<String>)] {
    static LIST: std::sync::OnceLock<Vec<(String, Vec<String>)>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../../lexicon/agencies.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .map(|l| {
                let names: Vec<&str> = l.split('|').map(str::trim).collect();
                (names[0].to_string(), names.iter().map(|n| fold(n)).collect())
            })
            .collect()
    })
}

/// The agency `text` is, as a whole (folded), if any.
fn agency_named(folded: &str) -> Option<&'static str> {
    agencies().iter().find(|(_, names)| names.iter().any(|n| n == folded)).map(|(shown, _)| shown.as_str())
}

/// The outlet that the page's furniture or the wire credits name, in this order: a headline's
/// " | Publication" suffix naming a known outlet or agency, a copyright line ("© 2025 The Daily
/// Planet", "Copyright 2025 The Associated Press"), a byline ending with an agency ("By Jane Roe,
/// Reuters"), an agency dateline ("KYIV, Dec 13 (Reuters) -"). A source the article quotes
/// ("according to Reuters") is none of these.
pub fn credited(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let known = |part: &str| {
        let folded = fold(part);
        agency_named(&folded).map(str::to_string).or_else(|| crate::lexicon::lexicon().outlets.contains(&folded).then(|| part.to_string()))
    };
    let suffix = lines.iter().take(3).find_map(|l| {
        let (_, last) = l.rsplit_once(" | ").or_else(|| l.rsplit_once(" - "))?;
        known(last.trim())
    });
    suffix
        .or_else(|| lines.iter().rev().find_map(|l| copyright(l)))
        .or_else(|| lines.iter().take(15).find_map(|l| byline(l)))
        .or_else(|| lines.iter().take(15).find_map(|l| dateline(l)))
}

/// "© 2025 The Daily Planet. All rights reserved." -> "The Daily Planet" ("The Daily Planet © All
/// rights reserved" too); an agency by its name. The line must read as a notice: a year or "all
/// rights reserved" with the mark, so "the Copyright Office said" names nothing.
fn copyright(line: &str) -> Option<String> {
    let folded = fold(line);
    let notice = phrase::contains(&folded, "all rights reserved")
        || folded.split(|c: char| !c.is_ascii_digit()).any(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")));
    let at = ["©", "copyright", "(c)"].iter().filter_map(|m| phrase::find(&folded, m).map(|at| (at, m.len()))).min()?;
    if !notice {
        return None;
    }
    // the words after the mark, up to the end of their sentence or part, without years
    let rest = folded.get(at.0 + at.1..)?;
    let after = rest.split(['.', '|', ';']).next()?.replace(|c: char| c.is_ascii_digit() || c == ',' || c == '©', " ");
    let after = after.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(agency) = agencies().iter().find(|(_, names)| names.iter().any(|n| phrase::contains(&after, n))) {
        return Some(agency.0.clone());
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let mark = words.iter().position(|w| matches!(fold(w).as_str(), "©" | "copyright" | "(c)"))?;
    let years = |w: &&str| w.trim_matches(|c: char| !c.is_alphanumeric()).chars().all(|c| c.is_ascii_digit());
    let following: Vec<&str> = words[mark + 1..].iter().copied().skip_while(years).collect();
    let reserved = following.first().is_some_and(|w| fold(w) == "all");
    if !reserved {
        return name_words(&following);
    }
    // "Eldağ Ekspres © All rights reserved": the name stands before the mark, alone
    (mark <= 5).then(|| name_words(&words[..mark])).flatten()
}

/// The name `words` start with: capitalised words (and "of", "the", "and", "&" between them), up to
/// five, ending at punctuation, a number or a company suffix ("Ltd", "PLC", "mbH").
fn name_words(words: &[&str]) -> Option<String> {
    const SMALL: [&str; 4] = ["of", "the", "and", "&"];
    const COMPANY: [&str; 12] = ["co", "ltd", "plc", "inc", "llc", "gmbh", "mbh", "ag", "sa", "pty", "limited", "corp"];
    let mut name = Vec::new();
    for w in words {
        let bare = w.trim_end_matches(['.', ',', ';', '|', ':']);
        let capital = bare.chars().next().is_some_and(char::is_uppercase);
        if !(capital || SMALL.contains(&bare)) || bare.chars().any(|c| c.is_ascii_digit()) || COMPANY.contains(&fold(bare).as_str()) {
            break;
        }
        name.push(bare);
        if bare.len() < w.len() {
            break;
        }
    }
    while name.last().is_some_and(|w| SMALL.contains(w)) {
        name.pop();
    }
    let text = name.join(" ");
    ((1..=5).contains(&name.len()) && !fold(&text).starts_with("all rights")).then_some(text)
}

/// "By Jane Roe, Reuters" / "By JANE ROE Associated Press" -> the agency.
fn byline(line: &str) -> Option<String> {
    let folded = fold(line);
    if !folded.starts_with("by ") || line.split_whitespace().count() > 14 {
        return None;
    }
    agencies()
        .iter()
        .find(|(_, names)| {
            names.iter().any(|n| folded.strip_suffix(n.as_str()).is_some_and(|before| before.ends_with([' ', ',', '|', '/'])))
        })
        .map(|(shown, _)| shown.clone())
}

/// "KYIV, Dec 13 (Reuters) - Belarus freed ..." -> Reuters: an agency in brackets followed by a dash,
/// near the start of a line.
fn dateline(line: &str) -> Option<String> {
    let head: String = line.chars().take(80).collect();
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let after = head[close + 1..].trim_start();
    if !after.starts_with(['-', '–', '—']) {
        return None;
    }
    agency_named(&fold(&head[open + 1..close])).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> Source {
        Source { file: "x.txt".into(), text: text.into(), ..Source::default() }
    }

    #[test]
    fn outlet_comes_from_a_domain_in_the_title_line_or_a_welcome_banner() {
        assert_eq!(
            outlet(&source("Council Votes On New Budget Plan | Local | news.example.org\nBody text here.")).as_deref(),
            Some("news.example.org")
        );
        assert_eq!(outlet(&source("Some words of the article here.\nWelcome to Daily Planet\n")).as_deref(), Some("Daily Planet"));
        assert_eq!(outlet(&source("No outlet named in this text at all.")), None);
    }

    #[test]
    fn wire_credits_name_the_agency_and_a_quoted_source_does_not() {
        let says = |text: &str| outlet(&source(text));
        let body = "The council voted on Monday to close the harbour for repairs.\n";
        assert_eq!(says(&format!("MINSK, Dec 13 (Reuters) - {body}")).as_deref(), Some("Reuters"));
        assert_eq!(says(&format!("WASHINGTON (AP) — {body}")).as_deref(), Some("Associated Press"));
        assert_eq!(
            says(&format!("Harbour Closes For Repairs\nBy Jane Roe and John Doe, Agence France-Presse\n{body}")).as_deref(),
            Some("AFP")
        );
        assert_eq!(says(&format!("By JANE ROE Associated Press\n{body}")).as_deref(), Some("Associated Press"));
        assert_eq!(
            says(&format!("{body}Copyright 2025 The Associated Press. All rights reserved.\n")).as_deref(),
            Some("Associated Press")
        );
        assert_eq!(says(&format!("{body}© 2025 Thomson Reuters\n")).as_deref(), Some("Reuters"));
        assert_eq!(says(&format!("Harbour Closes For Repairs | Reuters\n{body}")).as_deref(), Some("Reuters"));
        // a publication's own name in its copyright line
        assert_eq!(says(&format!("{body}© 2025 The Daily Planet. All rights reserved.\n")).as_deref(), Some("The Daily Planet"));
        assert_eq!(says(&format!("{body}Copyright © Harbour Gazette 2024\n")).as_deref(), Some("Harbour Gazette"));
        assert_eq!(
            says(&format!("{body}All rights reserved. © Daily Planet. Reproduction is not permitted.\n")).as_deref(),
            Some("Daily Planet")
        );
        assert_eq!(says(&format!("{body}Harbour Gazette © All rights reserved.\n")).as_deref(), Some("Harbour Gazette"));
        assert_eq!(says(&format!("{body}© 2025 Harbour Media Co., Ltd. All rights reserved.\n")).as_deref(), Some("Harbour Media"));
        // sources the article quotes, brackets without a dash, copyright as a topic: no outlet
        for text in [
            format!("{body}Some 300 were freed in recent years, according to Reuters.\n"),
            format!("{body}The ministry (AFP reported) said 40 were hurt.\n"),
            format!("{body}Copyright disputes over the design went to court in 2023.\n"),
            format!("{body}The Copyright Office said it would rule on the case.\n"),
            format!("{body}By the end of the week, Reuters said, talks had stalled.\n"),
            format!("{body}© 2025 all rights reserved\n"),
        ] {
            assert_eq!(says(&text), None, "{text}");
        }
    }

    #[test]
    fn title_is_the_first_headline_without_site_suffix() {
        assert_eq!(
            title(&source("Menu\nCouncil Votes On New Budget Plan | Local | news.example.org\nThe council voted.")),
            "Council Votes On New Budget Plan"
        );
    }
}

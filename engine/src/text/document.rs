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

/// The outlet: metadata's, else a web domain in the first lines, else a "Welcome to X" banner.
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
    None
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
    fn title_is_the_first_headline_without_site_suffix() {
        assert_eq!(
            title(&source("Menu\nCouncil Votes On New Budget Plan | Local | news.example.org\nThe council voted.")),
            "Council Votes On New Budget Plan"
        );
    }
}

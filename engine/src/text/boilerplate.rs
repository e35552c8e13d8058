//! Tells an article's own lines from the page around it: menus, banners, credits, related-story lists.
use std::collections::HashSet;
use std::fmt;

use crate::fold::fold;
use crate::phrase;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The article's headline (first headline-like line).
    Headline,
    /// A paragraph or summary bullet of the article.
    Body,
    Boilerplate,
}

/// Why a line was taken for page furniture: the warnings about an article that lost most of its
/// text say which rule took it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// It holds a banner or photo-credit phrase, as whole words.
    Phrase(&'static str),
    Email,
    /// A "Related posts" heading.
    RelatedHeading,
    /// A line of the story list after such a heading.
    RelatedList,
    /// The same text as an earlier line.
    Repeat,
    /// Under five words, or no lower-case letter: a menu item or label.
    Label,
    /// A headline after the article's own: another story's.
    OtherHeadline,
    /// A lower-case line carrying on the furniture line before it.
    Continues,
}

impl fmt::Display for Furniture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Furniture::Phrase(p) => write!(f, "it holds \"{p}\", a phrase of banners and credits"),
            Furniture::Email => write!(f, "it holds an e-mail address"),
            Furniture::RelatedHeading => write!(f, "it reads as a \"Related posts\" heading"),
            Furniture::RelatedList => write!(f, "it follows a \"Related posts\" heading, as other stories' titles do"),
            Furniture::Repeat => write!(f, "it repeats an earlier line"),
            Furniture::Label => write!(f, "it has under five words or no lower-case letter, as menus and labels do"),
            Furniture::OtherHeadline => write!(f, "it reads as a second headline, another story's"),
            Furniture::Continues => write!(f, "it starts in lower case, carrying on the page-furniture line before it"),
        }
    }
}

/// One line of the document: `start..end` is the line without its bullet marker and surrounding space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
    /// Why, when `kind` is `Boilerplate`.
    pub furniture: Option<Furniture>,
}

/// Phrases of page furniture: a line containing one as whole words is not part of the article
/// (whole words, or "backlog in" would hold "log in" and an article's paragraph would vanish).
const BANNER: &[&str] = &[
    "cookie",
    "cookies",
    "newsletter",
    "newsletters",
    "sign up",
    "subscribe",
    "your inbox",
    "all rights reserved",
    "©",
    "privacy policy",
    "terms of use",
    "read more",
    "opt-out",
    "opt out",
    "welcome to",
    "advertisement",
    "advertisements",
    "share this",
    "click here",
    "follow us",
    "this article was",
    "this story is developing",
    "this news story is ongoing",
    "story continues",
    "download our app",
    "log in",
    "sign in",
];

/// Photo and image credits.
const CREDIT: &[&str] =
    &["cc by", "via wikimedia", "photo:", "photo by", "image:", "credit:", "getty images", "(photo", "photograph:", "file photo"];

/// Headings after which a page lists other stories.
const RELATED: &[&str] = &[
    "related",
    "related posts",
    "related articles",
    "related stories",
    "latest news",
    "latest",
    "more stories",
    "recommended",
    "you may also like",
    "most read",
    "most popular",
    "popular",
    "trending",
    "see also",
    "more from",
    "read next",
    "top stories",
    "more news",
];

fn has_email(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(w.split_once('@'), Some((user, host)) if !user.is_empty() && host.contains('.'))
    })
}

/// Bullet markers a scraped summary list starts with: "- • ", "• ", "* ".
fn strip_bullet(line: &str) -> &str {
    line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '·' | '▪' | '|'))
}

/// A line where most words start with a capital and none ends a sentence: a headline.
pub fn is_headline_like(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 4 || line.ends_with(['.', '?', '!', ':']) {
        return false;
    }
    let content: Vec<&&str> = words.iter().filter(|w| w.len() > 3).collect();
    let caps = content.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())).count();
    !content.is_empty() && caps * 10 >= content.len() * 7
}

fn word_count(line: &str) -> usize {
    line.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// The banner or credit phrase `folded` holds as whole words, if any.
fn furniture_phrase(folded: &str) -> Option<&'static str> {
    BANNER.iter().chain(CREDIT).copied().find(|p| phrase::contains(folded, p))
}

/// Classifies every non-empty line of `text`.
pub fn classify(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    // a set: a page of 80,000 lines took 10 s to check for repeats against a list
    let mut seen: HashSet<String> = HashSet::new();
    let mut in_related = false;
    let mut headline_seen = false;
    let mut previous = (LineKind::Boilerplate, Some(Furniture::Label));
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        let body = strip_bullet(trimmed);
        if body.trim().is_empty() {
            continue;
        }
        // `body` is a suffix of `trimmed`, which starts the line
        let start = line_start + (trimmed.len() - body.len());
        // a headline line often carries " | Section | site": the headline is the part before the bar
        let body = body.split(" | ").next().unwrap_or(body).trim_end();
        let end = start + body.len();
        let folded = fold(body);
        let words = word_count(body);
        let continues = body.chars().next().is_some_and(char::is_lowercase);
        let furniture = |why: Furniture| (LineKind::Boilerplate, Some(why));
        let (kind, why) = if has_email(body) {
            furniture(Furniture::Email)
        } else if let Some(p) = furniture_phrase(&folded) {
            furniture(Furniture::Phrase(p))
        } else if words <= 4 && RELATED.contains(&folded.trim_end_matches(':').trim()) {
            in_related = true;
            furniture(Furniture::RelatedHeading)
        } else if continues && !in_related {
            // a wrapped line carries on whatever the line before it was
            match previous {
                (LineKind::Boilerplate, _) => furniture(Furniture::Continues),
                other => other,
            }
        } else if in_related && !(words >= 25 && body.ends_with(['.', '"', '”'])) {
            // other stories' headlines
            furniture(Furniture::RelatedList)
        } else if seen.contains(&folded) {
            furniture(Furniture::Repeat)
        } else if words < 5 || !body.chars().any(char::is_lowercase) {
            // menus and labels
            furniture(Furniture::Label)
        } else if is_headline_like(body) {
            if headline_seen {
                furniture(Furniture::OtherHeadline)
            } else {
                headline_seen = true;
                (LineKind::Headline, None)
            }
        } else {
            in_related = false;
            (LineKind::Body, None)
        };
        seen.insert(folded);
        previous = (kind, why);
        lines.push(Line { start, end, kind, furniture: why });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, LineKind)> {
        classify(text).into_iter().map(|l| (&text[l.start..l.end], l.kind)).collect()
    }

    #[test]
    fn menus_banners_and_emails_are_boilerplate() {
        let text = "Menu\nSearch\nCity Council Approves New Budget For Schools | Local | example.com\nThe council approved a budget of 4 million dollars on Monday.\nreporter@example.com\nWe use cookies to improve your experience. Accept\n";
        let k = kinds(text);
        assert_eq!(k[0].1, LineKind::Boilerplate);
        assert_eq!(k[2], ("City Council Approves New Budget For Schools", LineKind::Headline));
        assert_eq!(k[3].1, LineKind::Body);
        assert_eq!(k[4].1, LineKind::Boilerplate);
        assert_eq!(k[5].1, LineKind::Boilerplate);
    }

    #[test]
    fn related_story_lists_and_repeated_headlines_are_boilerplate() {
        let text = "Mayor Wins Second Term In Landslide Vote\nMayor Wins Second Term In Landslide Vote\nThe mayor won 61 percent of the vote, officials said on Sunday.\nRelated posts\nFlood Warnings Issued Across The Northern Valley Region\nLocal Team Claims Title After Dramatic Final\n";
        let k = kinds(text);
        assert_eq!(k[0].1, LineKind::Headline);
        assert_eq!(k[1].1, LineKind::Boilerplate);
        assert_eq!(k[2].1, LineKind::Body);
        assert!(k[3..].iter().all(|(_, kind)| *kind == LineKind::Boilerplate));
    }

    #[test]
    fn bullets_are_body_without_their_markers() {
        let text = "- • The plant will employ 300 workers from next year.\n";
        assert_eq!(kinds(text), [("The plant will employ 300 workers from next year.", LineKind::Body)]);
    }

    #[test]
    fn furniture_phrases_inside_words_leave_the_paragraph_alone() {
        for text in [
            "The court's backlog in the capital has grown to 4,000 cases, the minister said.\n",
            "Engineers said the design updates would cost the city 2 million dollars.\n",
            "Doctors feared the virus would spread more quickly in the crowded camps.\n",
            "The bond sale was heavily subscribed by pension funds, the treasury said.\n",
            "The ministry opened a dialog in the capital with 40 union delegates.\n",
        ] {
            let lines = classify(text);
            assert_eq!((lines[0].kind, lines[0].furniture), (LineKind::Body, None), "{text}");
        }
        let banner = classify("Please log in to read the rest of this story today.\n");
        assert_eq!(banner[0].furniture, Some(Furniture::Phrase("log in")));
    }

    #[test]
    fn photo_credits_are_boilerplate() {
        let text = "A view of the harbour at dawn. Photo: Jane Roe, CC BY 2.0 via Wikimedia Commons\n";
        assert_eq!(kinds(text)[0].1, LineKind::Boilerplate);
    }
}

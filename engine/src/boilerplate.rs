//! Tells an article's own lines from the page around it: menus, banners, credits, related-story lists.
use crate::fold::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The article's headline (first headline-like line).
    Headline,
    /// A paragraph or summary bullet of the article.
    Body,
    Boilerplate,
}

/// One line of the document: `start..end` is the line without its bullet marker and surrounding space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

/// Phrases of page furniture: a line containing one is not part of the article.
const BANNER: &[&str] = &[
    "cookie",
    "newsletter",
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

/// Classifies every non-empty line of `text`.
pub fn classify(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut in_related = false;
    let mut headline_seen = false;
    let mut previous = LineKind::Boilerplate;
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
        let kind = if has_email(body) || BANNER.iter().any(|b| folded.contains(b)) || CREDIT.iter().any(|c| folded.contains(c)) {
            LineKind::Boilerplate
        } else if words <= 4 && RELATED.contains(&folded.trim_end_matches(':').trim()) {
            in_related = true;
            LineKind::Boilerplate
        } else if continues && !in_related {
            // a wrapped line carries on whatever the line before it was
            previous
        } else if (in_related && !(words >= 25 && body.ends_with(['.', '"', '”'])))
            || seen.contains(&folded)
            || words < 5
            || !body.chars().any(char::is_lowercase)
        {
            // other stories' headlines, repeats, menus and labels
            LineKind::Boilerplate
        } else if is_headline_like(body) {
            if headline_seen {
                LineKind::Boilerplate
            } else {
                headline_seen = true;
                LineKind::Headline
            }
        } else {
            in_related = false;
            LineKind::Body
        };
        seen.push(folded);
        previous = kind;
        lines.push(Line { start, end, kind });
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
    fn photo_credits_are_boilerplate() {
        let text = "A view of the harbour at dawn. Photo: Jane Roe, CC BY 2.0 via Wikimedia Commons\n";
        assert_eq!(kinds(text)[0].1, LineKind::Boilerplate);
    }
}

//! How much of each article the engine reads. Page-furniture removal works line by line, so an
//! article scraped onto one line with an e-mail address or "sign up" in it vanishes whole: a file
//! that yields no article lines, or loses more than half its text, is a warning naming the line
//! that took the most and the rule that took it.
use std::path::Path;

use crate::boilerplate::{classify, LineKind};
use crate::corpus::Source;
use crate::error::line_of;
use crate::Warning;

/// Characters that are not white space: blank lines and indentation are not text that was lost.
fn weight(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// A warning for every article of `dir` that loses all or most of its text as page furniture.
pub fn warnings(dir: &Path, sources: &[Source]) -> Vec<Warning> {
    let mut out = Vec::new();
    for source in sources {
        let text = source.text.as_str();
        let lines = classify(text);
        let kept: usize = lines.iter().filter(|l| l.kind != LineKind::Boilerplate).map(|l| weight(&text[l.start..l.end])).sum();
        let total = weight(text);
        let dropped = lines.iter().filter(|l| l.kind == LineKind::Boilerplate).max_by_key(|l| weight(&text[l.start..l.end]));
        let (Some(line), true) = (dropped, kept * 2 < total) else { continue };
        let why = line.furniture.map_or_else(String::new, |f| format!(" because {f}"));
        let chars = text[line.start..line.end].chars().count();
        let message = if kept == 0 {
            format!(
                "gives no article text: every line reads as page furniture, this one ({chars} characters){why}; put the article's paragraphs on lines of their own, apart from menus, banners and e-mail addresses"
            )
        } else {
            format!(
                "page-furniture removal drops {}% of this article's text, the most on this line ({chars} characters){why}; if it is the article's text, put its paragraphs on lines of their own",
                (total - kept) * 100 / total
            )
        };
        out.push(Warning::at(&dir.join(&source.file), line_of(text, line.start), message));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warned(text: &str) -> Vec<String> {
        let sources = [Source { file: "a.txt".into(), text: text.into(), ..Source::default() }];
        warnings(Path::new("corpus"), &sources).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn an_article_on_one_line_with_an_address_is_a_warning() {
        let text =
            "The council approved the budget on Monday. Mayor Ann Lee said 12 schools would close. Write to news@example.org with tips.\n";
        assert_eq!(
            warned(text),
            ["corpus/a.txt:1: gives no article text: every line reads as page furniture, this one (122 characters) because it holds an e-mail address; put the article's paragraphs on lines of their own, apart from menus, banners and e-mail addresses"]
        );
    }

    #[test]
    fn losing_most_of_the_text_names_the_line_that_took_the_most() {
        let text = "The council approved the budget on Monday after a long debate.\n\nSign up for alerts: the mayor said 12 schools would close, 40 teachers would move and 3 libraries would shut for good.\n";
        let shown = warned(text);
        assert_eq!(shown.len(), 1, "{shown:?}");
        assert!(shown[0].starts_with("corpus/a.txt:3: page-furniture removal drops 65% of this article's text, the most on this line (118 characters) because it holds \"sign up\""), "{shown:?}");
    }

    #[test]
    fn articles_that_keep_most_of_their_text_are_fine() {
        assert!(warned("Menu\nThe council approved the budget on Monday after a long debate.\n").is_empty());
    }
}

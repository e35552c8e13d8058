//! Splits the content lines of an article into sentences with byte offsets into the original text.

/// A sentence: `start..end` in the document text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs",
    "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
];

const STARTERS: &[&str] = &["The", "He", "She", "It", "They", "This", "That", "In", "But", "A", "An", "We", "I", "On", "At"];

/// Sentences of `line`, which starts at byte `base` of the document.
pub fn split(line: &str, base: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < line.len() {
        let c = line[i..].chars().next().unwrap_or(' ');
        let width = c.len_utf8();
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut end = i + width;
            // closing quotes and brackets belong to the sentence they close
            while let Some(q) = line[end..].chars().next().filter(|q| matches!(q, '"' | '”' | '’' | '\'' | ')' | ']')) {
                end += q.len_utf8();
            }
            let rest = &line[end..];
            let next_word = rest.trim_start();
            let gap = rest.len() - next_word.len();
            if gap > 0 && !next_word.is_empty() && starts_sentence(next_word) && !(c == '.' && is_abbreviation(&line[start..i], next_word))
            {
                push(&mut spans, line, base, start, end);
                start = end + gap;
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += width;
    }
    push(&mut spans, line, base, start, line.len());
    spans
}

fn push(spans: &mut Vec<Span>, line: &str, base: usize, start: usize, end: usize) {
    let text = &line[start..end];
    let trimmed = text.trim_end();
    let lead = text.len() - text.trim_start().len();
    if !trimmed.trim().is_empty() {
        spans.push(Span { start: base + start + lead, end: base + start + trimmed.len() });
    }
}

fn starts_sentence(next: &str) -> bool {
    let c = next.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '•' | '-')
}

/// Whether the dot that ends `before` belongs to an abbreviation rather than ending a sentence.
fn is_abbreviation(before: &str, next_word: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    // "U.S." ends a sentence only when a typical sentence opener follows
    let initialism = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
    let opener = next_word.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    initial || (initialism && !STARTERS.contains(&opener))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text, 0).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation_and_keeps_closing_quotes() {
        assert_eq!(sentences("He left. “She is free!” Then 9 more."), ["He left.", "“She is free!”", "Then 9 more."]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("On Dec. 13 the U.S. envoy J. Smith spoke to Mr. Li."),
            ["On Dec. 13 the U.S. envoy J. Smith spoke to Mr. Li."]
        );
        assert_eq!(sentences("It went to the U.S. The talks ended."), ["It went to the U.S.", "The talks ended."]);
    }

    #[test]
    fn offsets_are_relative_to_the_document() {
        let doc = "xx\nOne. Two.";
        let spans = split(&doc[3..], 3);
        assert_eq!(&doc[spans[1].start..spans[1].end], "Two.");
    }
}

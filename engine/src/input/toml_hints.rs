//! What to write instead, for the TOML mistakes people make by hand in articles.toml and
//! curation.toml: the parser's own message ("invalid type: map, expected a sequence") says what
//! went wrong for the parser, not what to type.
use std::path::Path;

use crate::error::{line_of, InputError};

/// The error for a file `toml` could not read: a hint for a known mistake, else the parser's message
/// with the README section to read.
pub fn parse_error(path: &Path, text: &str, error: &toml::de::Error, tables: &[&str], section: &str) -> InputError {
    if let Some((line, table)) = single_bracket(text, tables) {
        return InputError::at(
            path,
            line,
            format!("[{table}] opens one table, but each entry is an array item: write [[{table}]] (two brackets) above each one"),
        );
    }
    let line = error.span().map_or(1, |s| line_of(text, s.start));
    InputError::at(path, line, format!("{}; see README \"{section}\" for the format", error.message()))
}

/// The first line that opens `[table]` where `[[table]]` is meant.
fn single_bracket(text: &str, tables: &[&str]) -> Option<(usize, String)> {
    text.lines().enumerate().find_map(|(i, line)| {
        let line = line.split('#').next().unwrap_or("").trim();
        let name = line.strip_prefix('[')?.strip_suffix(']')?.trim();
        (!name.starts_with('[') && tables.contains(&name)).then(|| (i + 1, name.to_string()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_brackets_are_found_and_double_ones_are_not() {
        assert_eq!(single_bracket("# x\n[article] # one\nfile = \"a\"\n", &["article"]), Some((2, "article".into())));
        assert_eq!(single_bracket("[[article]]\nfile = \"a\"\n", &["article"]), None);
        assert_eq!(single_bracket("[other]\n", &["article"]), None);
    }
}

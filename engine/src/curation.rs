//! The optional curation file: an editor's corrections, each checked against the text it names.
use std::path::Path;

use serde::Deserialize;

use crate::corpus::Source;
use crate::error::{line_of, InputError};
use crate::fold::fold;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Curation {
    /// Spellings of one person the engine kept apart.
    pub merge: Vec<Vec<String>>,
    /// Pairs of names that must stay two people.
    pub split: Vec<(String, String)>,
    /// People to leave out, by any of their spellings.
    pub hide_people: Vec<String>,
    /// Figures to leave out: (file, the figure as written, e.g. "two days").
    pub hide_figures: Vec<(String, String)>,
    /// (person, role) to use instead of the one the engine picks.
    pub roles: Vec<(String, String)>,
    /// (file, the figure as written, label): what a figure counts, in the editor's words.
    pub labels: Vec<(String, String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    merge: Vec<toml::Spanned<Names>>,
    #[serde(default)]
    split: Vec<toml::Spanned<Names>>,
    #[serde(default)]
    hide: Vec<toml::Spanned<Hide>>,
    #[serde(default)]
    role: Vec<toml::Spanned<Role>>,
    #[serde(default)]
    label: Vec<toml::Spanned<Label>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Label {
    figure: String,
    file: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Hide {
    name: Option<String>,
    figure: Option<String>,
    file: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Role {
    name: String,
    role: String,
}

/// Parses `text` and checks every quoted name, figure and role against the articles.
pub fn parse(path: &Path, text: &str, sources: &[Source]) -> Result<Curation, Vec<InputError>> {
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        vec![InputError::at(path, line, format!("{}; see README \"Curation\" for the format", e.message()))]
    })?;
    let mut errors = Vec::new();
    let mut curation = Curation::default();
    let in_corpus = |needle: &str| sources.iter().any(|s| fold(&s.text).contains(&fold(needle)));
    let require = |line: usize, needle: &str, what: &str, errors: &mut Vec<InputError>| {
        if needle.trim().is_empty() || !in_corpus(needle) {
            errors.push(InputError::at(
                path,
                line,
                format!("{what} \"{needle}\" does not occur in any article; quote it as the text spells it"),
            ));
        }
    };
    for entry in &file.merge {
        let line = line_of(text, entry.span().start);
        if entry.get_ref().names.len() < 2 {
            errors.push(InputError::at(path, line, "a merge needs at least two names"));
        }
        entry.get_ref().names.iter().for_each(|n| require(line, n, "name", &mut errors));
        curation.merge.push(entry.get_ref().names.clone());
    }
    for entry in &file.split {
        let line = line_of(text, entry.span().start);
        let names = &entry.get_ref().names;
        names.iter().for_each(|n| require(line, n, "name", &mut errors));
        match names.as_slice() {
            [a, b] => curation.split.push((a.clone(), b.clone())),
            _ => errors.push(InputError::at(path, line, "a split takes exactly two names")),
        }
    }
    for entry in &file.hide {
        let line = line_of(text, entry.span().start);
        let hide = entry.get_ref();
        match (&hide.name, &hide.figure, &hide.file) {
            (Some(name), None, None) => {
                require(line, name, "name", &mut errors);
                curation.hide_people.push(name.clone());
            }
            (None, Some(figure), Some(file)) => match sources.iter().find(|s| &s.file == file) {
                Some(source) if source.text.contains(figure.as_str()) => curation.hide_figures.push((file.clone(), figure.clone())),
                Some(_) => errors.push(InputError::at(
                    path,
                    line,
                    format!("figure \"{figure}\" does not occur in {file}; quote it as written there"),
                )),
                None => errors.push(InputError::at(path, line, format!("no article \"{file}\" in the corpus"))),
            },
            _ => errors.push(InputError::at(path, line, "a hide takes either `name`, or `figure` with `file`")),
        }
    }
    for entry in &file.role {
        let line = line_of(text, entry.span().start);
        let role = entry.get_ref();
        require(line, &role.name, "name", &mut errors);
        require(line, &role.role, "role", &mut errors);
        curation.roles.push((role.name.clone(), role.role.clone()));
    }
    for entry in &file.label {
        let line = line_of(text, entry.span().start);
        let l = entry.get_ref();
        match sources.iter().find(|s| s.file == l.file) {
            Some(source) if source.text.contains(l.figure.as_str()) && !l.label.trim().is_empty() => {
                curation.labels.push((l.file.clone(), l.figure.clone(), l.label.trim().to_string()))
            }
            Some(_) if l.label.trim().is_empty() => errors.push(InputError::at(path, line, "label is empty; write what the figure counts")),
            Some(_) => errors.push(InputError::at(
                path,
                line,
                format!("figure \"{}\" does not occur in {}; quote it as written there", l.figure, l.file),
            )),
            None => errors.push(InputError::at(path, line, format!("no article \"{}\" in the corpus", l.file))),
        }
    }
    if errors.is_empty() {
        Ok(curation)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources() -> Vec<Source> {
        vec![Source { file: "a.txt".into(), text: "Mayor Ann Lee met Anne Li and two aides.".into(), ..Source::default() }]
    }

    #[test]
    fn entries_that_quote_the_text_are_accepted() {
        let c = parse(
            Path::new("c.toml"),
            "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\n[[hide]]\nfigure = \"two aides\"\nfile = \"a.txt\"\n",
            &sources(),
        )
        .unwrap();
        assert_eq!(c.merge, [vec!["Ann Lee".to_string(), "Anne Li".to_string()]]);
        assert_eq!(c.hide_figures, [("a.txt".to_string(), "two aides".to_string())]);
        let c = parse(
            Path::new("c.toml"),
            "[[label]]\nfigure = \"two aides\"\nfile = \"a.txt\"\nlabel = \"staff at the meeting\"\n",
            &sources(),
        )
        .unwrap();
        assert_eq!(c.labels[0].2, "staff at the meeting");
        assert!(parse(Path::new("c.toml"), "[[label]]\nfigure = \"nine aides\"\nfile = \"a.txt\"\nlabel = \"x\"\n", &sources()).is_err());
    }

    #[test]
    fn entries_that_do_not_match_the_text_fail_with_their_line() {
        let errors = parse(
            Path::new("c.toml"),
            "[[merge]]\nnames = [\"Ann Lee\", \"Anne Li\"]\n\n[[role]]\nname = \"Bob Stone\"\nrole = \"mayor\"\n",
            &sources(),
        )
        .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].to_string(), "c.toml:4: name \"Bob Stone\" does not occur in any article; quote it as the text spells it");
    }
}

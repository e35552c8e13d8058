//! Reads a corpus folder: article files, their metadata, the curation file; every problem is an error.
use std::collections::HashSet;
use std::fs;
use std::path::Path;

use serde::Deserialize;

use crate::curation::{self, Curation};
use crate::error::{line_of, InputError};

pub const METADATA_FILE: &str = "articles.toml";
pub const CURATION_FILE: &str = "curation.toml";

/// An article as read from disk, with whatever metadata says of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Source {
    pub file: String,
    pub text: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetadataFile {
    #[serde(default)]
    article: Vec<toml::Spanned<ArticleMeta>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleMeta {
    file: String,
    outlet: Option<String>,
    headline: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

/// Reads every `.txt` article of `dir` (sorted by name) with its metadata and the curation file.
pub fn load(dir: &Path) -> Result<(Vec<Source>, Curation), Vec<InputError>> {
    let entries = fs::read_dir(dir)
        .map_err(|e| vec![InputError::file(dir, format!("cannot read the corpus folder ({e}); pass a folder of .txt articles"))])?;
    let mut errors = Vec::new();
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name().to_string_lossy().into_owned()),
            Err(e) => errors.push(InputError::file(dir, format!("cannot list the folder ({e})"))),
        }
    }
    names.sort();
    let mut sources = Vec::new();
    for name in &names {
        let path = dir.join(name);
        if name.starts_with('.') || name == METADATA_FILE || name == CURATION_FILE || name.to_lowercase().starts_with("readme") {
            continue;
        }
        if !name.to_lowercase().ends_with(".txt") {
            errors.push(InputError::file(&path, "is not an article: the corpus folder takes .txt files (plus articles.toml and curation.toml); rename it to .txt or move it out"));
            continue;
        }
        match fs::read(&path) {
            Ok(bytes) => match decode(&path, bytes) {
                Ok(text) => sources.push(Source { file: name.clone(), text, ..Source::default() }),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(InputError::file(&path, format!("cannot be read ({e}); check its permissions"))),
        }
    }
    if sources.is_empty() && errors.is_empty() {
        errors.push(InputError::file(dir, "holds no .txt articles; add the text of at least one article"));
    }
    let meta_path = dir.join(METADATA_FILE);
    if let Some(text) = read_optional(&meta_path, &mut errors) {
        apply_metadata(&meta_path, &text, &mut sources, &mut errors);
    }
    let curation_path = dir.join(CURATION_FILE);
    let curation = match read_optional(&curation_path, &mut errors) {
        Some(text) => curation::parse(&curation_path, &text, &sources).unwrap_or_else(|mut e| {
            errors.append(&mut e);
            Curation::default()
        }),
        None => Curation::default(),
    };
    if errors.is_empty() {
        Ok((sources, curation))
    } else {
        Err(errors)
    }
}

fn read_optional(path: &Path, errors: &mut Vec<InputError>) -> Option<String> {
    match fs::read(path) {
        Ok(bytes) => decode(path, bytes).map_err(|e| errors.push(e)).ok(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            errors.push(InputError::file(path, format!("cannot be read ({e})")));
            None
        }
    }
}

/// UTF-8 text with at least one letter; anything else is an error that says where.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(InputError::at(path, line, "holds a NUL byte, so it looks binary; save the article as plain UTF-8 text"));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        InputError::at(path, line, format!("is not valid UTF-8 (byte {pos}); re-save the file as UTF-8"))
    })?;
    if !text.chars().any(char::is_alphabetic) {
        return Err(InputError::file(path, "is empty (no words); add the article's text or remove the file"));
    }
    Ok(text)
}

fn apply_metadata(path: &Path, text: &str, sources: &mut [Source], errors: &mut Vec<InputError>) {
    let parsed: MetadataFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            errors.push(InputError::at(path, line, format!("{}; see README \"Add your articles\" for the format", e.message())));
            return;
        }
    };
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
        if let Some(url) = &meta.url {
            if !url.starts_with("https://") || url.contains(char::is_whitespace) {
                errors.push(InputError::at(path, line, format!("url \"{url}\" must be an https:// address")));
            }
        }
        if let Some(date) = &meta.date {
            if !is_iso_date(date) {
                errors.push(InputError::at(path, line, format!("date \"{date}\" must be written YYYY-MM-DD")));
            }
        }
        for (field, value) in [("outlet", &meta.outlet), ("headline", &meta.headline)] {
            if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
                errors.push(InputError::at(path, line, format!("{field} is empty; remove it or fill it in")));
            }
        }
        source.outlet = meta.outlet;
        source.headline = meta.headline;
        source.date = meta.date;
        source.url = meta.url;
    }
}

fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)) && (1..=31).contains(&d.parse::<u32>().unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = decode(Path::new("a.txt"), b"ok\nbad \xff byte".to_vec()).unwrap_err();
        assert_eq!(err.to_string(), "a.txt:2: is not valid UTF-8 (byte 7); re-save the file as UTF-8");
    }

    #[test]
    fn binary_and_empty_files_are_errors() {
        assert!(decode(Path::new("b.txt"), b"PK\x03\x04\x00\x00".to_vec()).unwrap_err().message.contains("binary"));
        assert!(decode(Path::new("c.txt"), b"  \n\n ".to_vec()).unwrap_err().message.contains("empty"));
    }

    #[test]
    fn metadata_errors_name_their_line() {
        let mut sources = vec![Source { file: "a.txt".into(), text: "x".into(), ..Source::default() }];
        let mut errors = Vec::new();
        let toml = "[[article]]\nfile = \"a.txt\"\nurl = \"javascript:alert(1)\"\n\n[[article]]\nfile = \"missing.txt\"\n";
        apply_metadata(Path::new("articles.toml"), toml, &mut sources, &mut errors);
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown[0].starts_with("articles.toml:1: url"), "{shown:?}");
        assert!(shown[1].starts_with("articles.toml:5: no article \"missing.txt\""), "{shown:?}");
    }

    #[test]
    fn unknown_metadata_fields_are_errors_with_a_line() {
        let mut sources = vec![Source { file: "a.txt".into(), ..Source::default() }];
        let mut errors = Vec::new();
        apply_metadata(Path::new("m.toml"), "[[article]]\nfile = \"a.txt\"\noutlett = \"X\"\n", &mut sources, &mut errors);
        assert_eq!(errors[0].line, Some(3), "{errors:?}");
    }
}

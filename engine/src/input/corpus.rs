//! Reads a corpus folder: article files, their metadata, the curation file. Every problem is an
//! error naming the file; a file left out on purpose (hidden, a read-me) is a warning.
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::clean::{clean, is_invisible};
use crate::curation::{self, Curation};
use crate::document;
use crate::encoding;
use crate::error::InputError;
use crate::facts::slug;
use crate::metadata;

pub const METADATA_FILE: &str = "articles.toml";
pub const CURATION_FILE: &str = "curation.toml";

/// An article as read from disk, with whatever metadata says of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Source {
    pub file: String,
    /// The text as decoded and cleaned (`clean::clean`): every offset the engine gives points into it.
    pub text: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

/// A corpus folder as read: its articles sorted by file name, the editor's curation, and warnings
/// about what was left out or looks wrong but does not stop the build.
#[derive(Debug, Default)]
pub struct Corpus {
    pub sources: Vec<Source>,
    pub curation: Curation,
    pub warnings: Vec<InputError>,
    /// `[story]` of articles.toml, as written (`metadata::story` fills in the rest).
    pub story: metadata::StoryMeta,
}

fn is_txt(name: &str) -> bool {
    name.len() > 4 && name.is_char_boundary(name.len() - 4) && name[name.len() - 4..].eq_ignore_ascii_case(".txt")
}

fn is_readme(name: &str) -> bool {
    name.to_lowercase().starts_with("readme")
}

/// Reads every `.txt` article of `dir` (sorted by name) with its metadata and the curation file.
pub fn load(dir: &Path) -> Result<Corpus, Vec<InputError>> {
    let entries = fs::read_dir(dir)
        .map_err(|e| vec![InputError::file(dir, format!("cannot read the corpus folder ({e}); pass a folder of .txt articles"))])?;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut names = Vec::new();
    for entry in entries {
        match entry.map(|e| e.file_name().into_string()) {
            Ok(Ok(name)) => names.push(name),
            Ok(Err(raw)) => errors.push(InputError::file(
                &dir.join(raw),
                "has a file name that is not valid UTF-8; rename it with plain letters, digits and -",
            )),
            Err(e) => errors.push(InputError::file(dir, format!("cannot list the folder ({e})"))),
        }
    }
    names.sort();
    // symbolic links may point to files in this folder only: compared as canonical paths
    let folder = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut ids: HashMap<String, &str> = HashMap::new();
    let mut sources = Vec::new();
    for name in &names {
        let path = dir.join(name);
        if name == METADATA_FILE || name == CURATION_FILE {
            continue;
        }
        if name.starts_with('.') || is_readme(name) {
            if is_txt(name) {
                let why = if name.starts_with('.') {
                    "is hidden (its name starts with a dot), so it is not read; rename it without the dot if it is an article"
                } else {
                    "is taken for a read-me, so it is not read; rename it if it is an article"
                };
                warnings.push(InputError::file(&path, why));
            }
            continue;
        }
        let target = match regular_file(&path, &folder) {
            Ok(target) => target,
            Err(problem) => {
                errors.push(InputError::file(&path, problem));
                continue;
            }
        };
        if !is_txt(name) {
            errors.push(InputError::file(&path, "is not an article: the corpus folder takes .txt files (plus articles.toml and curation.toml); rename it to .txt or move it out"));
            continue;
        }
        if let Some(c) = name.chars().find(|&c| c.is_control() || is_invisible(c)) {
            errors.push(InputError::file(
                &path,
                format!("has a control or invisible character (U+{:04X}) in its name; rename the file", c as u32),
            ));
            continue;
        }
        let id = document::id(name);
        // ids are compared without case: such names clash on many disks (macOS, Windows) and in links
        if let Some(other) = ids.insert(id.to_lowercase(), name) {
            errors.push(InputError::file(
                &path,
                format!(
                    "clashes with {other}: both give the article id \"{}\" once case is ignored (one file on many disks, one link); rename one",
                    id.to_lowercase()
                ),
            ));
            continue;
        }
        if !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            let rename = match slug(&id) {
                s if s.is_empty() => "rename it with letters a-z, digits, - and _".to_string(),
                s => format!("rename it, e.g. \"{s}.txt\""),
            };
            warnings.push(InputError::file(
                &path,
                format!("gives the article id \"{id}\", which a shared link cannot carry (only a-z, 0-9, - and _): links to its quotes will not reopen; {rename}"),
            ));
        }
        match fs::read(&target) {
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
    let story = match read_optional(&meta_path, &folder, &mut errors) {
        Some(text) => metadata::apply(&meta_path, &text, &mut sources, &mut errors),
        None => metadata::StoryMeta::default(),
    };
    let curation_path = dir.join(CURATION_FILE);
    let curation = match read_optional(&curation_path, &folder, &mut errors) {
        Some(text) => curation::parse(&curation_path, &text, &sources).unwrap_or_else(|mut e| {
            errors.append(&mut e);
            Curation::default()
        }),
        None => Curation::default(),
    };
    if errors.is_empty() {
        Ok(Corpus { sources, curation, warnings, story })
    } else {
        Err(errors)
    }
}

/// The path to read for `path`: itself when it is a regular file, its target when it is a symbolic
/// link to a regular file inside `folder`. Anything else is never opened (a named pipe would block
/// the build forever), and the error says what it is.
fn regular_file(path: &Path, folder: &Path) -> Result<PathBuf, String> {
    let meta = fs::symlink_metadata(path).map_err(|e| format!("cannot be read ({e}); check its permissions"))?;
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok(path.to_path_buf());
    }
    if kind.is_dir() {
        return Err("is a folder; the corpus folder takes .txt files directly (sub-folders are not read): move it out".into());
    }
    if kind.is_symlink() {
        let target =
            fs::canonicalize(path).map_err(|e| format!("is a symbolic link that leads nowhere ({e}); put the article itself here"))?;
        if !target.starts_with(folder) {
            return Err(format!(
                "is a symbolic link to {}, outside the corpus folder; copy the article into the folder instead",
                target.display()
            ));
        }
        return match fs::metadata(&target) {
            Ok(m) if m.is_file() => Ok(target),
            _ => Err(format!(
                "is a symbolic link to {}, which is not a regular file; link only to articles in this folder",
                target.display()
            )),
        };
    }
    Err(format!("is {}, not a regular file; the corpus folder takes plain .txt files: move it out", special_kind(&kind)))
}

#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &fs::FileType) -> &'static str {
    "a special file"
}

/// The text of `articles.toml` or `curation.toml`, if there is one.
fn read_optional(path: &Path, folder: &Path, errors: &mut Vec<InputError>) -> Option<String> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        _ => {}
    }
    let read = regular_file(path, folder).and_then(|target| fs::read(target).map_err(|e| format!("cannot be read ({e})")));
    match read {
        Ok(bytes) => encoding::text(path, bytes).map_err(|e| errors.push(e)).ok(),
        Err(problem) => {
            errors.push(InputError::file(path, problem));
            None
        }
    }
}

/// An article's text from its bytes: decoded (UTF-8, or UTF-16 with a byte-order mark), cleaned of
/// invisible characters and look-alike letters, with at least one letter; anything else is an error
/// that says where.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    let text = clean(&encoding::text(path, bytes)?);
    if !text.chars().any(char::is_alphabetic) {
        return Err(InputError::file(path, "is empty (no words); add the article's text or remove the file"));
    }
    Ok(text)
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
        assert!(decode(Path::new("d.txt"), "\u{200B}\u{FEFF}\n".as_bytes().to_vec()).unwrap_err().message.contains("empty"));
    }

    #[test]
    fn articles_are_decoded_and_cleaned() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("news.example.org\nIvan Pe\u{200B}trov".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(Path::new("a.txt"), utf16).unwrap(), "news.example.org\nIvan Petrov");
        assert_eq!(decode(Path::new("a.txt"), "\u{FEFF}Ivan Реtrov".as_bytes().to_vec()).unwrap(), "Ivan Petrov");
    }

    #[test]
    fn txt_names_in_any_case() {
        assert!(is_txt("a.txt") && is_txt("A.TXT") && is_txt("b.Txt"));
        assert!(!is_txt(".txt") && !is_txt("notes.md") && !is_txt("é.tx"));
    }
}

//! The command line's arguments: what to run, or a usage error that names the argument at fault.
// Parsed by hand rather than with clap: two commands and one option, and no new dependency.
use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "usage: factlens-engine export DIR [--format json|csv]
       factlens-engine check DIR
       factlens-engine --help | --version

  export DIR   print the facts found in the .txt articles of DIR (JSON, or CSV with --format csv)
  check DIR    read DIR and report its problems without exporting

Problems (with file and line) go to stderr and exit with status 1; warnings go to stderr too
but do not stop the export. A usage error exits with status 2.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Export { dir: PathBuf, format: Format },
    Check { dir: PathBuf },
    Help,
    Version,
}

fn format_of(value: &str) -> Result<Format, String> {
    match value {
        "json" => Ok(Format::Json),
        "csv" => Ok(Format::Csv),
        other => Err(format!("unknown format \"{other}\": use json or csv")),
    }
}

/// The command `args` (without the program name) ask for. `--help` or `--version` anywhere wins;
/// after `--` every argument is a folder name, even one starting with `-`.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let args: Vec<OsString> = args.into_iter().collect();
    let options = args.iter().take_while(|a| *a != "--");
    for arg in options {
        match arg.to_str() {
            Some("-h" | "--help") => return Ok(Command::Help),
            Some("-V" | "--version") => return Ok(Command::Version),
            _ => {}
        }
    }
    let mut words: Vec<OsString> = Vec::new();
    let mut format = None;
    let mut rest = args.into_iter();
    while let Some(arg) = rest.next() {
        match arg.to_str() {
            Some("--") => {
                words.extend(rest.by_ref());
                break;
            }
            Some("--format") => {
                let value = rest.next().ok_or("--format needs a value: json or csv")?;
                format = Some(format_of(&value.to_string_lossy())?);
            }
            Some(a) if a.starts_with("--format=") => format = Some(format_of(&a["--format=".len()..])?),
            Some(a) if a.starts_with('-') && a.len() > 1 => return Err(format!("unknown option \"{a}\"")),
            _ => words.push(arg),
        }
    }
    let mut words = words.into_iter();
    let command = words.next().ok_or("no command given: use export or check")?;
    let name = command.to_string_lossy().into_owned();
    if name != "export" && name != "check" {
        return Err(format!("unknown command \"{name}\": use export or check"));
    }
    let dir = PathBuf::from(words.next().ok_or_else(|| format!("{name} needs the corpus folder: {name} DIR"))?);
    if let Some(extra) = words.next() {
        return Err(format!("unexpected argument \"{}\": {name} takes one folder", extra.to_string_lossy()));
    }
    match (name.as_str(), format) {
        ("export", format) => Ok(Command::Export { dir, format: format.unwrap_or(Format::Json) }),
        (_, None) => Ok(Command::Check { dir }),
        (_, Some(_)) => Err("--format goes with export; check prints no facts".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn commands_formats_and_the_end_of_options() {
        assert_eq!(parsed(&["export", "c"]), Ok(Command::Export { dir: "c".into(), format: Format::Json }));
        assert_eq!(parsed(&["export", "--format", "csv", "c"]), Ok(Command::Export { dir: "c".into(), format: Format::Csv }));
        assert_eq!(parsed(&["export", "c", "--format=csv"]), Ok(Command::Export { dir: "c".into(), format: Format::Csv }));
        assert_eq!(parsed(&["check", "--", "-odd"]), Ok(Command::Check { dir: "-odd".into() }));
        assert_eq!(parsed(&["check", "c", "-h"]), Ok(Command::Help));
        assert_eq!(parsed(&["--version"]), Ok(Command::Version));
    }

    #[test]
    fn usage_errors_name_the_argument() {
        assert_eq!(parsed(&["export", "c", "--verbose"]), Err("unknown option \"--verbose\"".into()));
        assert_eq!(parsed(&["check", "c", "extra"]), Err("unexpected argument \"extra\": check takes one folder".into()));
        assert_eq!(parsed(&["export", "c", "--format", "xml"]), Err("unknown format \"xml\": use json or csv".into()));
        assert_eq!(parsed(&["export", "c", "--format"]), Err("--format needs a value: json or csv".into()));
        assert_eq!(parsed(&["import", "c"]), Err("unknown command \"import\": use export or check".into()));
        assert_eq!(parsed(&["export"]), Err("export needs the corpus folder: export DIR".into()));
        assert_eq!(parsed(&[]), Err("no command given: use export or check".into()));
        assert_eq!(parsed(&["check", "c", "--format", "csv"]), Err("--format goes with export; check prints no facts".into()));
    }
}

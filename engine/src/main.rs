//! `factlens-engine export DIR [--format json|csv]` and `factlens-engine check DIR`.
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use factlens_engine::cli::{self, Command, Format, USAGE};
use factlens_engine::{build_with_warnings, export};

/// The status a shell reports for a program ended by SIGPIPE (128 + 13): the reader stopped reading.
const CLOSED_PIPE: u8 = 141;

/// A line on stderr; there is nowhere left to report a failure to write it.
fn say(text: &str) {
    let _ = writeln!(io::stderr(), "{text}");
}

/// Writes `text` to stdout. A reader that stopped reading (`export ... | head`) ends the program
/// quietly: `println!` would panic with "failed printing to stdout".
fn out(text: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(CLOSED_PIPE),
        Err(e) => {
            say(&format!("factlens-engine: cannot write to standard output ({e})"));
            ExitCode::FAILURE
        }
    }
}

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(problem) => {
            say(&format!("factlens-engine: {problem}\n{USAGE}"));
            return ExitCode::from(2);
        }
    };
    let (dir, format) = match command {
        Command::Help => return out(&format!("{USAGE}\n")),
        Command::Version => return out(&format!("factlens-engine {}\n", env!("CARGO_PKG_VERSION"))),
        Command::Check { dir } => (dir, None),
        Command::Export { dir, format } => (dir, Some(format)),
    };
    let shown = dir.display();
    let (facts, warnings) = match build_with_warnings(Path::new(&dir)) {
        Ok(built) => built,
        Err(errors) => {
            for e in &errors {
                say(&e.to_string());
            }
            let after = if format.is_some() { "; nothing was exported" } else { "" };
            say(&format!("{} problem(s) in {shown}{after}", errors.len()));
            return ExitCode::FAILURE;
        }
    };
    for w in &warnings {
        say(&format!("warning: {w}"));
    }
    let text = match format {
        None => {
            let warned = if warnings.is_empty() { String::new() } else { format!(", {} warning(s)", warnings.len()) };
            Ok(format!(
                "{shown}: ok: {} articles, {} people, {} figures, {} conflicts, {} checks{warned}",
                facts.documents.len(),
                facts.people.len(),
                facts.figures.len(),
                facts.conflicts.len(),
                facts.checks.len()
            ))
        }
        Some(Format::Json) => export::json(&facts),
        Some(Format::Csv) => export::csv(&facts),
    };
    match text {
        Ok(text) => out(&format!("{text}\n")),
        // never an empty or partial export that a script would take for the facts
        Err(problem) => {
            say(&format!("factlens-engine: cannot write the export: {problem}"));
            ExitCode::FAILURE
        }
    }
}

//! `factlens-engine export DIR [--format json|csv]` and `factlens-engine check DIR`.
use std::path::Path;
use std::process::ExitCode;

use factlens_engine::{build, export};

const USAGE: &str = "usage: factlens-engine export DIR [--format json|csv]\n       factlens-engine check DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, dir, format) = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["export", dir] => ("export", dir.to_string(), "json"),
        ["export", dir, "--format", f] | ["export", "--format", f, dir] => ("export", dir.to_string(), *f),
        ["check", dir] => ("check", dir.to_string(), "json"),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !["json", "csv"].contains(&format) {
        eprintln!("unknown format \"{format}\": use json or csv\n{USAGE}");
        return ExitCode::from(2);
    }
    match build(Path::new(&dir)) {
        Ok(facts) if command == "check" => {
            println!(
                "{dir}: ok: {} articles, {} people, {} figures, {} conflicts, {} checks",
                facts.documents.len(),
                facts.people.len(),
                facts.figures.len(),
                facts.conflicts.len(),
                facts.checks.len()
            );
            ExitCode::SUCCESS
        }
        Ok(facts) => {
            println!("{}", if format == "csv" { export::csv(&facts) } else { export::json(&facts) });
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} problem(s) in {dir}; nothing was exported", errors.len());
            ExitCode::FAILURE
        }
    }
}

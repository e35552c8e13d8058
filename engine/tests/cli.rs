//! The command line as a user runs it: the built binary, its output, status and messages.
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_factlens-engine");

fn seed() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN).args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_and_version_go_to_stdout_with_status_zero() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag]);
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(text(&out.stdout).starts_with("usage: factlens-engine export DIR [--format json|csv]"), "{flag}");
        assert!(out.stderr.is_empty(), "{flag}");
    }
    let out = run(&["--version"]);
    assert_eq!((out.status.code(), text(&out.stdout)), (Some(0), format!("factlens-engine {}\n", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn unknown_flags_and_extra_arguments_are_named_with_status_two() {
    let seed = seed();
    let seed = seed.to_str().unwrap();
    for (args, named) in [
        (vec!["export", seed, "--verbose"], "unknown option \"--verbose\""),
        (vec!["check", seed, "extra"], "unexpected argument \"extra\": check takes one folder"),
        (vec!["export", seed, "--format", "xml"], "unknown format \"xml\""),
        (vec!["frobnicate"], "unknown command \"frobnicate\""),
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = text(&out.stderr);
        assert!(err.starts_with(&format!("factlens-engine: {named}")), "{args:?}: {err}");
        assert!(err.contains("usage: "), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_reader_that_stops_reading_ends_the_export_quietly() {
    // larger than a pipe's buffer (64 KB), so the export is still writing when the reader leaves
    let dir = std::env::temp_dir().join(format!("factlens-cli-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(seed()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            for n in 0..8 {
                let name = format!("{n}-{}", path.file_name().unwrap().to_str().unwrap());
                std::fs::copy(&path, dir.join(name)).unwrap();
            }
        }
    }
    let mut child = Command::new(BIN)
        .args(["export", dir.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // the read end is dropped here, as `| head -c 100` would close it
    let out = child.wait_with_output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let err = text(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
    assert_eq!(out.status.code(), Some(141), "{err}");
}

#[test]
fn warnings_go_to_stderr_and_do_not_fail_check_or_export() {
    let dir = std::env::temp_dir().join(format!("factlens-cli-warn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Mayor Ann Lee said 3 parks would open on Monday in the old harbour district.\n").unwrap();
    std::fs::write(dir.join(".draft.txt"), "x").unwrap();
    let check = run(&["check", dir.to_str().unwrap()]);
    let export = run(&["export", dir.to_str().unwrap(), "--format", "csv"]);
    std::fs::remove_dir_all(&dir).ok();
    for out in [&check, &export] {
        assert_eq!(out.status.code(), Some(0));
        assert!(
            text(&out.stderr).starts_with("warning: ") && text(&out.stderr).contains("/.draft.txt: is hidden"),
            "{}",
            text(&out.stderr)
        );
    }
    assert!(
        text(&check.stdout).ends_with(": ok: 1 articles, 1 people, 1 figures, 0 conflicts, 0 checks, 1 warning(s)\n"),
        "{}",
        text(&check.stdout)
    );
    assert!(text(&export.stdout).starts_with("kind,id,"));
}

#[test]
fn problems_exit_with_status_one_and_export_nothing() {
    let out = run(&["export", "/nonexistent/factlens"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).ends_with("1 problem(s) in /nonexistent/factlens; nothing was exported\n"), "{}", text(&out.stderr));
}

#[test]
fn the_seed_exports_and_checks() {
    let seed = seed();
    let out = run(&["export", seed.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(5));
    assert!(out.stderr.is_empty(), "the seed has no warnings: {}", text(&out.stderr));
}

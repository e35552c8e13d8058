//! Corpus folders with files that are not plain UTF-8 articles: each works or fails with a message
//! that names the file, and never hangs or reads outside the folder.
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use factlens_engine::{build, build_with_warnings, Facts, InputError};

/// A fresh folder under the system's temp folder, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let dir = std::env::temp_dir().join(format!("factlens-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Folder(dir)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> &Self {
        std::fs::write(self.0.join(name), bytes).unwrap();
        self
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ARTICLE: &str = "Mayor Ann Lee said 3 parks would open on Monday in the old harbour district.\n";

fn errors(dir: &Path) -> Vec<String> {
    build(dir).map(|_| Vec::new()).unwrap_or_else(|e| e.iter().map(ToString::to_string).collect())
}

fn warnings(dir: &Path) -> Vec<String> {
    build_with_warnings(dir).expect("the folder builds").1.iter().map(ToString::to_string).collect()
}

/// `build` in a thread: a file that blocks when opened (a named pipe) must fail the test, not hang it.
fn build_within(dir: &Path, seconds: u64) -> Result<Facts, Vec<InputError>> {
    let (send, receive) = mpsc::channel();
    let dir = dir.to_path_buf();
    // boxed: the facts are large to move through a channel by value
    std::thread::spawn(move || send.send(Box::new(build(&dir))));
    *receive.recv_timeout(Duration::from_secs(seconds)).expect("the build hung")
}

#[cfg(unix)]
#[test]
fn symbolic_links_only_to_regular_files_inside_the_folder() {
    use std::os::unix::fs::symlink;
    let outside = Folder::new("outside");
    outside.write("secret.txt", "Secret agent Ivan Petrov said 40 files were copied.\n");
    let f = Folder::new("links");
    f.write("a.txt", ARTICLE);
    std::fs::create_dir(f.0.join("sub")).unwrap();
    f.write("sub/b.txt", "Councillor Ines Rocha said 12 buses would run.\n");
    symlink(outside.0.join("secret.txt"), f.0.join("x.txt")).unwrap();
    symlink(f.0.join("missing.txt"), f.0.join("dangling.txt")).unwrap();
    symlink(f.0.join("sub"), f.0.join("folder.txt")).unwrap();
    let shown = errors(&f.0);
    assert_eq!(shown.len(), 4, "{shown:?}");
    let named = |file: &str, says: &str| shown.iter().any(|e| e.contains(&format!("/{file}: ")) && e.contains(says));
    assert!(named("x.txt", "is a symbolic link to ") && named("x.txt", "outside the corpus folder"), "{shown:?}");
    assert!(named("dangling.txt", "is a symbolic link that leads nowhere"), "{shown:?}");
    assert!(named("folder.txt", "which is not a regular file"), "{shown:?}");
    assert!(named("sub", "is a folder"), "{shown:?}");

    // a link to an article inside the folder is read like the article
    let ok = Folder::new("inner-link");
    ok.write("a.txt", ARTICLE);
    symlink(ok.0.join("a.txt"), ok.0.join("b.txt")).unwrap();
    let facts = build(&ok.0).expect("a link inside the folder is fine");
    assert_eq!(facts.documents.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_an_error_and_never_opened() {
    let f = Folder::new("fifo");
    f.write("a.txt", ARTICLE);
    let made = std::process::Command::new("mkfifo").arg(f.0.join("f.txt")).status().expect("mkfifo runs");
    assert!(made.success());
    let shown: Vec<String> = build_within(&f.0, 20).unwrap_err().iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].ends_with("/f.txt: is a named pipe (FIFO), not a regular file; the corpus folder takes plain .txt files: move it out"));
}

#[test]
fn a_folder_named_like_an_article_is_an_error() {
    let f = Folder::new("dir-txt");
    f.write("a.txt", ARTICLE);
    std::fs::create_dir(f.0.join("x.txt")).unwrap();
    let shown = errors(&f.0);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].ends_with("/x.txt: is a folder; the corpus folder takes .txt files directly (sub-folders are not read): move it out"));
}

#[test]
fn byte_order_marks_and_utf16_are_read() {
    let f = Folder::new("encodings");
    // the outlet is the domain that opens the first line: a byte-order mark kept in front of it hid it
    f.write("a.txt", format!("\u{FEFF}harbour.example.net | Harbour Strike Enters Its Second Week\n{ARTICLE}"));
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(format!("Welcome to Valley Times\n{ARTICLE}").encode_utf16().flat_map(u16::to_le_bytes));
    f.write("b.txt", utf16);
    let facts = build(&f.0).expect("both files build");
    let outlets: Vec<Option<&str>> = facts.documents.iter().map(|d| d.outlet.as_deref()).collect();
    assert_eq!(outlets, [Some("harbour.example.net"), Some("Valley Times")]);
    assert!(!facts.documents[0].text.starts_with('\u{FEFF}'));
}

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_or_clash_by_case_are_errors() {
    use std::os::unix::ffi::OsStrExt;
    let f = Folder::new("names");
    f.write("a.txt", ARTICLE).write("A.TXT", ARTICLE).write("b.txt", ARTICLE).write("b.TXT", ARTICLE);
    std::fs::write(f.0.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt")), ARTICLE).unwrap();
    f.write("spoof\u{202E}txt.exe.txt", ARTICLE);
    let shown = errors(&f.0);
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert!(
        shown.iter().any(|e| {
            e.ends_with(
            "/a.txt: clashes with A.TXT: both give the article id \"a\" once case is ignored (one file on many disks, one link); rename one"
        )
        }),
        "{shown:?}"
    );
    assert!(shown.iter().any(|e| e.contains("/b.txt: clashes with b.TXT: both give the article id \"b\"")), "{shown:?}");
    assert!(
        shown.iter().any(|e| e.ends_with(".txt: has a file name that is not valid UTF-8; rename it with plain letters, digits and -")),
        "{shown:?}"
    );
    assert!(shown.iter().any(|e| e.contains("has a control or invisible character (U+202E) in its name")), "{shown:?}");
}

#[test]
fn hidden_and_readme_files_are_skipped_with_a_warning() {
    let f = Folder::new("skipped");
    f.write("a.txt", ARTICLE).write(".draft.txt", ARTICLE).write("README.txt", "How to add articles.").write(".DS_Store", [0u8, 1]);
    let shown = warnings(&f.0);
    assert_eq!(shown.len(), 2, "{shown:?}");
    assert!(shown[0].ends_with(
        "/.draft.txt: is hidden (its name starts with a dot), so it is not read; rename it without the dot if it is an article"
    ));
    assert!(shown[1].ends_with("/README.txt: is taken for a read-me, so it is not read; rename it if it is an article"));
}

#[test]
fn ids_a_link_cannot_carry_are_a_warning() {
    let f = Folder::new("link-ids");
    f.write("Harbour strike (Reuters).txt", ARTICLE);
    let shown = warnings(&f.0);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].contains("gives the article id \"Harbour strike (Reuters)\", which a shared link cannot carry"), "{shown:?}");
    assert!(shown[0].ends_with("rename it, e.g. \"harbour-strike-reuters.txt\""), "{shown:?}");
}

#[test]
fn an_article_lost_to_page_furniture_is_a_warning_with_its_line() {
    let f = Folder::new("furniture");
    f.write("a.txt", ARTICLE);
    f.write(
        "b.txt",
        "Menu\nThe council met on Monday and Mayor Ann Lee said 12 schools would close, write to desk@news.example.org for more.\n",
    );
    let shown = warnings(&f.0);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].contains("/b.txt:2: gives no article text: every line reads as page furniture"), "{shown:?}");
}

#[test]
fn invisible_characters_and_look_alike_letters_do_not_make_new_people() {
    let f = Folder::new("tricks");
    f.write("a.txt", "Union leader Ivan Petrov said 40 workers had joined the strike on Monday.\n");
    // a zero-width space, a soft hyphen, and a Cyrillic Р and е in the surname
    f.write("b.txt", "Union leader Ivan Pe\u{200B}tro\u{00AD}v said the strike would go on.\nLater, union leader Ivan Реtrov, 51, said talks had failed.\n");
    let facts = build(&f.0).unwrap();
    let names: Vec<(&str, &str)> = facts.people.iter().map(|p| (p.id.as_str(), p.name.as_str())).collect();
    assert_eq!(names, [("ivan-petrov", "Ivan Petrov")]);
    assert_eq!(facts.people[0].outlets, 2);
    let b = facts.documents.iter().find(|d| d.id == "b").unwrap();
    assert!(!b.text.contains('\u{200B}') && !b.text.contains('\u{00AD}') && !b.text.contains('Р'));
    for m in facts.people.iter().flat_map(|p| &p.mentions).chain(facts.figures.iter().flat_map(|x| &x.mentions)) {
        let doc = facts.documents.iter().find(|d| d.id == m.doc).unwrap();
        assert_eq!(&doc.text[m.start..m.end], m.quote, "offsets point into the cleaned text");
    }
}

#[test]
fn a_four_hundred_digit_number_is_no_figure_and_the_export_has_no_null() {
    let f = Folder::new("long-number");
    f.write("a.txt", format!("Officials said {} people had been evacuated, and 40 people were hurt.\n", "9".repeat(400)));
    let facts = build(&f.0).unwrap();
    assert!(facts.figures.iter().all(|x| x.value.is_finite()), "{:?}", facts.figures.iter().map(|x| x.value).collect::<Vec<_>>());
    assert!(facts.figures.iter().any(|x| x.value == 40.0));
    let json: serde_json::Value = serde_json::from_str(&factlens_engine::export::json(&facts).expect("exports")).unwrap();
    assert!(json["figures"].as_array().unwrap().iter().all(|x| x["value"].is_number()), "{json}");
    assert!(facts.figures.iter().all(|x| !x.id.as_str().contains("inf")));
}

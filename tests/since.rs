//! `check --since REV` against real git repositories made in temporary
//! folders: only findings on changed lines are reported, uncommitted edits
//! count, and a missing repository or revision is a clear error (exit 2).

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// Isolate git from the machine's and the user's configuration, and from
/// any repository around the temporary folders.
fn isolate<'a>(c: &'a mut Command, dir: &Path) -> &'a mut Command {
    for var in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"] {
        c.env_remove(var);
    }
    c.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CEILING_DIRECTORIES", std::env::temp_dir())
        .current_dir(dir)
}

fn git(dir: &Path, args: &[&str]) {
    let out = isolate(&mut Command::new("git"), dir).args(args).output().expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

fn copydesk(dir: &Path, args: &[&str]) -> Output {
    isolate(&mut Command::new(env!("CARGO_BIN_EXE_copydesk")), dir).args(args).output().expect("run copydesk")
}

/// A repository holding the seed report, committed.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q"]);
    git(d, &["config", "user.name", "Test"]);
    git(d, &["config", "user.email", "test@example.com"]);
    git(d, &["config", "commit.gpgsign", "false"]);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed.md"), d.join("report.md")).unwrap();
    git(d, &["add", "report.md"]);
    git(d, &["commit", "-q", "-m", "report"]);
    dir
}

/// Findings as (rule, first line, last line), lines 0-based as in the JSON.
fn findings(out: &Output) -> Vec<(String, u64, u64)> {
    assert!(out.status.code() == Some(0) || out.status.code() == Some(1), "exit {:?}: {}", out.status.code(), String::from_utf8_lossy(&out.stderr));
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    value["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap().clone())
        .map(|d| (d["rule"].as_str().unwrap().to_string(), d["range"]["start"]["line"].as_u64().unwrap(), d["range"]["end"]["line"].as_u64().unwrap()))
        .collect()
}

/// 0-based line of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in text")) as u64
}

/// Edit two paragraphs of the seed (a word in each; the findings stay).
fn edit_two_paragraphs(dir: &Path) -> (u64, u64) {
    let path = dir.join("report.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replacen("has significantly drained", "has severely drained", 1).replacen("A Ukrainian missile strike near Donetsk City", "A Ukrainian missile strike close to Donetsk City", 1);
    assert_ne!(edited, text);
    std::fs::write(&path, &edited).unwrap();
    (line_of(&edited, "has severely drained"), line_of(&edited, "close to Donetsk City"))
}

#[test]
fn since_head_reports_only_findings_in_the_edited_paragraphs() {
    let dir = repo();
    let d = dir.path();
    let (a, b) = edit_two_paragraphs(d);
    let all = findings(&copydesk(d, &["check", "--format", "json", "report.md"]));
    let expected: Vec<_> = all.iter().filter(|(_, first, last)| (*first..=*last).any(|l| l == a || l == b)).cloned().collect();
    assert!(expected.iter().any(|f| f.1 <= a && a <= f.2) && expected.iter().any(|f| f.1 <= b && b <= f.2), "both edited paragraphs have findings: {expected:?}");
    assert!(expected.len() < all.len(), "the rest of the report has findings too, so the filter shows");
    // Uncommitted edits count.
    let since = findings(&copydesk(d, &["check", "--format", "json", "--since", "HEAD", "report.md"]));
    assert_eq!(since, expected);
    // The same once committed, against the commit before.
    git(d, &["commit", "-q", "-am", "edit"]);
    assert_eq!(findings(&copydesk(d, &["check", "--format", "json", "--since", "HEAD~1", "report.md"])), expected);
    // Nothing changed since HEAD now: nothing to report, exit 0.
    let out = copydesk(d, &["check", "--format", "json", "--since", "HEAD", "report.md"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(findings(&out).is_empty());
}

#[test]
fn since_works_from_a_subfolder_and_on_folders() {
    let dir = repo();
    let d = dir.path();
    // A folder name with a space and a glob character, taken literally.
    let sub = "drafts and notes*";
    std::fs::create_dir(d.join(sub)).unwrap();
    git(d, &["mv", "report.md", &format!("{sub}/report.md")]);
    git(d, &["commit", "-q", "-m", "move"]);
    let file = d.join(sub).join("report.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("has significantly drained", "has severely drained", 1)).unwrap();
    let line = line_of(&text, "has significantly drained");
    for (cwd, arg) in [(d.to_path_buf(), sub), (d.join(sub), "."), (d.join(sub), "report.md"), (d.join(sub), "../drafts and notes*/report.md")] {
        let got = findings(&copydesk(&cwd, &["check", "--format", "json", "--since", "HEAD", arg]));
        assert!(!got.is_empty() && got.iter().all(|(_, first, last)| *first <= line && line <= *last), "{arg} in {}: {got:?}", cwd.display());
    }
}

#[test]
fn since_counts_every_line_of_a_new_file() {
    let dir = repo();
    let d = dir.path();
    std::fs::copy(d.join("report.md"), d.join("new.md")).unwrap();
    let all = findings(&copydesk(d, &["check", "--format", "json", "new.md"]));
    assert!(!all.is_empty());
    assert_eq!(findings(&copydesk(d, &["check", "--format", "json", "--since", "HEAD", "new.md"])), all);
}

#[test]
fn since_with_stdin_compares_with_the_named_file() {
    let dir = repo();
    let d = dir.path();
    let text = std::fs::read_to_string(d.join("report.md")).unwrap();
    let edited = text.replacen("has significantly drained", "has severely drained", 1);
    let line = line_of(&edited, "has severely drained");
    let mut child = isolate(&mut Command::new(env!("CARGO_BIN_EXE_copydesk")), d)
        .args(["check", "--format", "json", "--since", "HEAD", "--stdin-filename", "report.md", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(edited.as_bytes()).unwrap();
    let got = findings(&child.wait_with_output().unwrap());
    assert!(!got.is_empty() && got.iter().all(|(_, first, last)| *first <= line && line <= *last), "{got:?}");
}

#[test]
fn since_outside_a_repository_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("report.md"), "The army reportedly has 20,000 tanks.\n").unwrap();
    let out = copydesk(dir.path(), &["check", "--since", "HEAD", "report.md"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not inside a git repository"), "{err}");
    assert!(out.stdout.is_empty(), "no report on a usage error");
}

#[test]
fn since_with_an_unknown_revision_is_an_error() {
    let dir = repo();
    for rev in ["no-such-branch", "HEAD~5", "--output=x"] {
        let out = copydesk(dir.path(), &["check", &format!("--since={rev}"), "report.md"]);
        assert_eq!(out.status.code(), Some(2), "{rev}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is not a revision"), "{rev}: {err}");
    }
    assert!(!dir.path().join("x").exists());
}
